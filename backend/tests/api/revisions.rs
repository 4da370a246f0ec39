//! Framework revisions: once an indicator has values, a change to its baseline, target, milestones, unit
//! or direction needs a decision, and the value as adopted stays readable next to the value as revised.

use crate::both_backends;
use crate::conditional::{audit_rows, decision, fields};
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const INDICATORS: &str = "/api/v1/plans/SP2028-2031/indicators";
const REVISIONS: &str = "/api/v1/plans/SP2028-2031/revisions";

both_backends! {
    async fn changing_a_target_once_values_exist_requires_a_revision_and_changes_nothing_without_one(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let path = format!("{INDICATORS}/KPI-T1.1");
        let (_, i) = app.get_json(&path).await;
        assert_eq!(i["has_measurements"], true);
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": i["version"], "target_value": "95", "name": "Internet use"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["revision"]);
        assert!(p["errors"][0]["reason"].as_str().unwrap().contains("target_value"));
        let (_, after) = app.get_json(&path).await;
        assert_eq!((after["target_value"].as_str(), after["name"].clone()), (Some("100"), i["name"].clone()), "nothing is half-written");
        assert_eq!(app.count("framework_revisions").await, 0);
        assert_eq!(app.count("audit_log").await, 0);
    }
}

both_backends! {
    async fn a_revised_target_keeps_the_value_as_adopted_readable(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let path = format!("{INDICATORS}/KPI-T1.1");
        let v = app.version_of(&path).await;
        let (s, up) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": v, "target_value": "95", "target_year": 2031, "revision": decision("Council Decision 620")}))).await;
        assert_eq!(s, StatusCode::OK, "{up}");
        assert_eq!((up["target_value"].as_str(), up["target_year"].as_i64()), (Some("95"), Some(2031)));
        let (s, up) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": v + 1, "target_value": "97.5", "revision": decision("Council Decision 631")}))).await;
        assert_eq!(s, StatusCode::OK, "{up}");

        let (s, list) = app.call("GET", &format!("{REVISIONS}?indicator=KPI-T1.1&field=target_value"), Some(&app.tokens.reviewer.clone()), None).await;
        assert_eq!(s, StatusCode::OK, "{list}");
        assert_eq!(list["total"], 2);
        let rows = list["items"].as_array().unwrap();
        assert_eq!((rows[0]["value_as_adopted"].as_str(), rows[0]["value_as_revised"].as_str()), (Some("100"), Some("95")));
        assert_eq!((rows[1]["value_as_adopted"].as_str(), rows[1]["value_as_revised"].as_str()), (Some("100"), Some("97.5")),
            "the adopted value survives a second revision");
        assert_eq!((rows[1]["reference"].as_str(), rows[1]["deciding_body"].as_str(), rows[1]["decided_on"].as_str()),
            (Some("Council Decision 631"), Some("Council"), Some("2029-05-12")));
        let (_, all) = app.get_json(REVISIONS).await;
        assert_eq!(all["total"], 3, "target value twice, target year once");

        let (_, d) = app.get_json(&path).await;
        assert_eq!(d["target_value"], "97.5");
        let target = d["revised_fields"].as_array().unwrap().iter().find(|f| f["field"] == "target_value").unwrap();
        assert_eq!((target["as_adopted"].as_str(), target["as_revised"].as_str(), target["revisions"].as_u64()), (Some("100"), Some("97.5"), Some(2)));
        let year = d["revised_fields"].as_array().unwrap().iter().find(|f| f["field"] == "target_year").unwrap();
        assert_eq!((year["as_adopted"].as_str(), year["as_revised"].as_str()), (Some("2030"), Some("2031")));
        assert_eq!(d["revisions"].as_array().unwrap().len(), 3);
        assert_eq!(audit_rows(&app, "framework_revision", "create").await, 3);
        assert_eq!(audit_rows(&app, "indicator", "update").await, 2);
    }
}

both_backends! {
    async fn a_milestone_change_once_values_exist_is_a_revision_too(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let path = format!("{INDICATORS}/KPI-T1.1/milestones/2029");
        let (_, i) = app.get_json(&format!("{INDICATORS}/KPI-T1.1")).await;
        let m = i["milestones"].as_array().unwrap().iter().find(|m| m["year"] == 2029).unwrap().clone();
        let (s, p) = app.call("PUT", &path, Some(&admin), Some(json!({"value": "93", "version": m["version"]}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["revision".to_owned()]));
        let (s, up) = app.call("PUT", &path, Some(&admin), Some(json!({"value": "93", "version": m["version"], "revision": decision("Council Decision 620")}))).await;
        assert_eq!(s, StatusCode::OK, "{up}");
        let (s, p) = app.call("DELETE", &path, Some(&admin), None).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["revision".to_owned()]));
        let (s, _) = app.call("DELETE", &path, Some(&admin), Some(json!({"revision": decision("Council Decision 640")}))).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (_, list) = app.get_json(&format!("{REVISIONS}?field=milestones.2029")).await;
        let rows = list["items"].as_array().unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0]["value_as_adopted"].as_str(), rows[0]["value_as_revised"].as_str()), (Some("94.7"), Some("93")));
        assert_eq!((rows[1]["value_as_adopted"].as_str(), rows[1]["value_as_revised"].clone()), (Some("94.7"), serde_json::Value::Null));
    }
}

both_backends! {
    async fn before_any_value_exists_changes_are_free_but_audited(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let path = format!("{INDICATORS}/KPI-D6");
        let (_, i) = app.get_json(&path).await;
        assert_eq!(i["has_measurements"], false, "the seed has no value for KPI-D6");
        let (s, up) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": i["version"], "target_value": "75", "direction": "maintain", "baseline_year": 2026}))).await;
        assert_eq!(s, StatusCode::OK, "{up}");
        assert_eq!(up["target_value"], "75");
        assert_eq!(app.count("framework_revisions").await, 0);
        assert_eq!(audit_rows(&app, "indicator", "update").await, 1);
    }
}

both_backends! {
    async fn a_revision_must_be_complete_and_about_a_revised_field(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let path = format!("{INDICATORS}/KPI-T1.1");
        let mut partial = decision("");
        partial["deciding_body"] = json!(" ");
        partial["reason_category"] = json!("whim");
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "target_value": "95", "revision": partial}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["revision.deciding_body", "revision.reference", "revision.reason_category"]);
        let mut missing = decision("Council Decision 620");
        missing.as_object_mut().unwrap().remove("justification");
        let (_, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "target_value": "95", "revision": missing}))).await;
        assert_eq!(fields(&p), ["revision"]);
        let mut undated = decision("Council Decision 620");
        undated["decided_on"] = json!("last spring");
        let (_, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "target_value": "95", "revision": undated}))).await;
        assert_eq!(fields(&p), ["revision.decided_on"]);
        let (_, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "name": "Internet use", "revision": decision("Council Decision 620")}))).await;
        assert_eq!(fields(&p), ["revision"], "a decision without a revised field is a mistake");
        let (_, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "baseline_value": "101", "revision": decision("Council Decision 620")}))).await;
        assert_eq!(fields(&p), ["baseline_value"], "a percentage above 100");
        let (_, p) = app.call("PATCH", &format!("{INDICATORS}/KPI-R2"), Some(&admin), Some(json!({"version": 1, "unit": "percent"}))).await;
        assert_eq!(fields(&p), ["unit", "baseline_value", "target_value", "unit", "revision"],
            "a sum of percentages makes no sense, and 2400, 3000 and the milestones are no percentages");
        assert!(p["errors"][0]["reason"].as_str().unwrap().contains("`sum` does not suit unit `percent`"), "{p}");
        let (s, p) = app.get_json(&format!("{REVISIONS}?indicator=KPI-NOPE&reason_category=whim")).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["indicator".to_owned(), "reason_category".to_owned()]));
        assert_eq!(app.count("framework_revisions").await, 0);
    }
}
