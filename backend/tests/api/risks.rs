//! The risk register: scores and filters on the seed, the admin's CRUD and links, the owner unit's
//! planner following up their risks, every validation failure named, versions and audit.

use crate::both_backends;
use crate::calls::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const RISKS: &str = "/api/v1/plans/SP2028-2031/risks";

fn codes(p: &serde_json::Value) -> Vec<String> {
    p["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_owned())
        .collect()
}

both_backends! {
    async fn the_register_sorts_by_score_and_filters_by_status_category_owner_and_node(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.call("GET", &format!("{RISKS}?sort=-score&per_page=5"), Some(&app.tokens.reviewer), None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["total"], 11);
        assert_eq!(codes(&p), ["RSK-03", "RSK-01", "RSK-04", "RSK-02", "RSK-09"], "gravest first, ties by code");
        assert_eq!((p["items"][0]["score"].as_i64(), p["items"][0]["owner"].as_str()), (Some(20), Some("BDT")));
        assert_eq!(p["items"][1]["nodes"], json!(["EN-2", "TP-R1.O1.P1"]));
        let (_, p) = app.get_json(&format!("{RISKS}?sort=score&per_page=1")).await;
        assert_eq!(codes(&p), ["RSK-10"]);
        assert_eq!(codes(&app.get_json(&format!("{RISKS}?owner=BDT")).await.1), ["RSK-03", "RSK-09"]);
        assert_eq!(codes(&app.get_json(&format!("{RISKS}?node=EN-2")).await.1), ["RSK-01", "RSK-02"]);
        assert_eq!(codes(&app.get_json(&format!("{RISKS}?status=closed")).await.1), ["RSK-10"]);
        assert_eq!(codes(&app.get_json(&format!("{RISKS}?category=financial&status=open")).await.1), ["RSK-02"]);
        let (s, p) = app.get_json(&format!("{RISKS}?owner=XX&node=NOPE&status=gone&category=weather")).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, ["owner", "node", "status", "category"].map(String::from).to_vec()));
        let (s, r) = app.get_json(&format!("{RISKS}/RSK-03")).await;
        assert_eq!((s, r["nodes"].clone()), (StatusCode::OK, json!(["T1.1", "T1.3", "T1.5", "TP-D1"])));
        assert_eq!(app.get_json(&format!("{RISKS}/RSK-99")).await.0, StatusCode::NOT_FOUND);
    }
}

both_backends! {
    async fn the_admin_creates_links_unlinks_and_deletes_a_risk_and_each_step_is_audited(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let links_before = app.count("risk_links").await;
        let body = json!({"code": "RSK-12", "title": "Standards adoption lags", "category": "strategic", "likelihood": 2,
                          "impact": 4, "owner": "TSB", "nodes": ["TP-T2", "G2"], "mitigation": "Outreach"});
        let (s, r) = app.call("POST", RISKS, Some(&admin), Some(body)).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!((r["score"].as_i64(), r["status"].as_str(), r["owner"].as_str()), (Some(8), Some("open"), Some("TSB")));
        assert_eq!(r["nodes"], json!(["G2", "TP-T2"]));
        let (s, r) = app.call("POST", &format!("{RISKS}/RSK-12/links"), Some(&admin), Some(json!({"node": "EN-1"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!((r["nodes"].clone(), r["version"].as_i64()), (json!(["EN-1", "G2", "TP-T2"]), Some(2)));
        assert_eq!(app.call("POST", &format!("{RISKS}/RSK-12/links"), Some(&admin), Some(json!({"node": "EN-1"}))).await.0, StatusCode::CONFLICT);
        let (s, p) = app.call("POST", &format!("{RISKS}/RSK-12/links"), Some(&admin), Some(json!({"node": "NOPE"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["node".to_owned()]));
        assert_eq!(app.call("DELETE", &format!("{RISKS}/RSK-12/links/G2"), Some(&admin), None).await.0, StatusCode::NO_CONTENT);
        assert_eq!(app.call("DELETE", &format!("{RISKS}/RSK-12/links/G2"), Some(&admin), None).await.0, StatusCode::NOT_FOUND);
        let (_, r) = app.get_json(&format!("{RISKS}/RSK-12")).await;
        assert_eq!((r["nodes"].clone(), r["version"].as_i64()), (json!(["EN-1", "TP-T2"]), Some(3)));
        let (s, p) = app.as_(&admin).delete(&format!("{RISKS}/RSK-12")).if_match(2).await.status_and_json();
        assert_eq!(s, StatusCode::PRECONDITION_FAILED, "{p}");
        assert_eq!(app.call("DELETE", &format!("{RISKS}/RSK-12"), Some(&admin), None).await.0, StatusCode::NO_CONTENT);
        assert_eq!(app.get_json(&format!("{RISKS}/RSK-12")).await.0, StatusCode::NOT_FOUND);
        assert_eq!(app.count("risk_links").await, links_before);
        let (_, log) = app.get_json(&format!("/api/v1/audit?entity_type=risk&entity_id={}", r["id"])).await;
        let actions: Vec<&str> = log["items"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
        assert_eq!(actions, ["delete", "unlink", "link", "create"]);
        assert_eq!(log["items"][1]["reason"], "node G2");
    }
}

both_backends! {
    async fn the_owner_units_planner_follows_up_status_mitigation_and_review_date_only(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let path = format!("{RISKS}/RSK-01");
        let follow_up = json!({"version": 1, "status": "closed", "mitigation": "Fee schedule revised by Council 2028", "reviewed_on": "2028-12-15"});
        let (s, r) = app.call("PATCH", &path, Some(&t.planner_br), Some(follow_up)).await;
        assert_eq!(s, StatusCode::OK, "{r}");
        assert_eq!((r["status"].as_str(), r["reviewed_on"].as_str(), r["version"].as_i64()), (Some("closed"), Some("2028-12-15"), Some(2)));
        let (s, p) = app.call("PATCH", &path, Some(&t.planner_br), Some(json!({"version": 2, "likelihood": 1, "status": "open"}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{p}");
        assert!(p["detail"].as_str().unwrap().contains("likelihood"), "{p}");
        for who in [&t.planner_bdt, &t.reviewer] {
            assert_eq!(app.call("PATCH", &path, Some(who), Some(json!({"version": 2, "status": "open"}))).await.0, StatusCode::FORBIDDEN);
        }
        for who in [&t.planner_br, &t.reviewer] {
            let body = json!({"code": "RSK-13", "title": "t", "category": "strategic", "likelihood": 1, "impact": 1, "owner": "BR"});
            assert_eq!(app.call("POST", RISKS, Some(who), Some(body)).await.0, StatusCode::FORBIDDEN);
            assert_eq!(app.call("DELETE", &path, Some(who), None).await.0, StatusCode::FORBIDDEN);
            assert_eq!(app.call("POST", &format!("{path}/links"), Some(who), Some(json!({"node": "EN-1"}))).await.0, StatusCode::FORBIDDEN);
            assert_eq!(app.call("DELETE", &format!("{path}/links/EN-2"), Some(who), None).await.0, StatusCode::FORBIDDEN);
        }
        assert_eq!(app.call("PATCH", &path, None, Some(json!({"version": 2}))).await.0, StatusCode::UNAUTHORIZED);
        // The admin may change the assessment itself.
        let (s, r) = app.call("PATCH", &path, Some(&t.admin), Some(json!({"version": 2, "likelihood": 2}))).await;
        assert_eq!((s, r["score"].as_i64()), (StatusCode::OK, Some(8)));
        assert_eq!(audit_rows(&app, "risk").await, 2);
    }
}

both_backends! {
    async fn every_invalid_field_of_a_risk_is_named_and_nothing_is_written(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let cases = [
            (json!({"code": "RSK-12", "title": " ", "category": "weather", "likelihood": 6, "impact": 0, "owner": "XX",
                    "status": "gone", "nodes": ["EN-1", "NOPE"]}),
             vec!["title", "category", "status", "likelihood", "impact", "owner", "nodes[1]"]),
            (json!({"title": "t"}), vec!["code", "category", "likelihood", "impact", "owner"]),
            (json!({"code": "RSK-12", "title": "t", "category": "strategic", "likelihood": "high", "impact": 1, "owner": "BR"}), vec!["likelihood"]),
            (json!({"code": "RSK-12", "title": "t", "category": "strategic", "likelihood": 1, "impact": 1, "owner": "BR", "reviewed_on": "31.12.2028"}), vec!["reviewed_on"]),
        ];
        for (body, want) in cases {
            let (s, p) = app.call("POST", RISKS, Some(&admin), Some(body.clone())).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {p}");
            assert_eq!(fields(&p), want, "{body}");
        }
        let dup = json!({"code": "RSK-01", "title": "t", "category": "strategic", "likelihood": 1, "impact": 1, "owner": "BR"});
        assert_eq!(app.call("POST", RISKS, Some(&admin), Some(dup)).await.0, StatusCode::CONFLICT);
        let (s, p) = app.call("PATCH", &format!("{RISKS}/RSK-02"), Some(&admin), Some(json!({"version": 1, "code": "RSK-01"}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        let (s, p) = app.call("PATCH", &format!("{RISKS}/RSK-02"), Some(&admin), Some(json!({"version": 1, "impact": 9, "owner": "XX"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["impact".to_owned(), "owner".to_owned()]));
        assert_eq!(app.count("risks").await, 11);
        assert_eq!(app.count("audit_log").await, 0, "a refused write leaves no audit row");
    }
}

both_backends! {
    async fn a_stale_risk_version_is_refused_and_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let path = format!("{RISKS}/RSK-05");
        assert_eq!(app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "impact": 4}))).await.0, StatusCode::OK);
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "impact": 5}))).await;
        assert_eq!((s, p["code"].as_str()), (StatusCode::CONFLICT, Some("conflict")));
        let (s, p) = app.as_(&admin).patch(&path).if_match(1).json(&json!({"impact": 5})).await.status_and_json();
        assert_eq!((s, p["code"].as_str()), (StatusCode::PRECONDITION_FAILED, Some("version_mismatch")));
        let (s, _) = app.as_(&admin).post(&format!("{path}/links")).if_match(1).json(&json!({"node": "EN-1"})).await.status_and_json();
        assert_eq!(s, StatusCode::PRECONDITION_FAILED, "a link needs the current version too, when one is sent");
        let (_, now) = app.get_json(&path).await;
        assert_eq!((now["impact"].as_i64(), now["version"].as_i64(), now["nodes"].as_array().unwrap().len()), (Some(4), Some(2), 2));
    }
}
