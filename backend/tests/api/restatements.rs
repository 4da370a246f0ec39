//! Restatements of a published report run: what changed in its figures after it was frozen, read by
//! Council reviewers with the run, and annexed to the next year's report.

use crate::both_backends;
use crate::conditional::decision;
use crate::helpers::{Backend, TestApp};
use crate::measurements::step;
use crate::reports::{freeze, get_raw};
use axum::http::StatusCode;
use serde_json::{Value, json};

/// The approved 2028 headline value of `indicator`.
async fn approved_2028(app: &TestApp, indicator: &str) -> Value {
    let (_, l) = app
        .get_json(&format!(
            "/api/v1/measurements?indicator={indicator}&year=2028&state=approved"
        ))
        .await;
    l["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["disaggregation"] == "")
        .cloned()
        .unwrap_or_else(|| panic!("an approved 2028 headline value of {indicator}: {l}"))
}

/// Restatements of run `id` as `token` sees them.
async fn restatements(app: &TestApp, id: i64, token: &str) -> (StatusCode, Value) {
    app.call("GET", &format!("/api/v1/reports/{id}/restatements"), Some(token), None)
        .await
}

/// The office corrects the approved 2028 value of KPI-T1.1 (78.6, estimated → 79.1, final, with its
/// reason), a second office member approving; returns the approved revision.
async fn office_revises(app: &TestApp) -> Value {
    let t = app.tokens.clone();
    let old = approved_2028(app, "KPI-T1.1").await;
    let body = json!({"value": "79.1", "quality": "final", "reason": "Household survey corrected"});
    let (s, rev) = app
        .call(
            "POST",
            &format!("/api/v1/measurements/{}/revise", old["id"]),
            Some(&t.admin),
            Some(body),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{rev}");
    assert_eq!(step(app, &t.admin, &rev["id"], "submit", None).await.0, StatusCode::OK);
    let (s, ok) = step(app, &t.admin2, &rev["id"], "approve", None).await;
    assert_eq!(s, StatusCode::OK, "{ok}");
    ok
}

both_backends! {
    async fn a_reviewer_reads_what_changed_in_a_published_run_old_to_new_who_when_and_why(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let run = freeze(&app).await;
        let id = run["id"].as_i64().unwrap();
        let (s, _) = restatements(&app, id, &t.reviewer).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "an unpublished run's restatements are refused to reviewers, as the run is");
        let (s, r) = restatements(&app, id, &t.planner_br).await;
        assert_eq!(s, StatusCode::OK, "{r}");
        let (s, _) = app.call("POST", &format!("/api/v1/reports/{id}/publish"), Some(&t.admin), None).await;
        assert_eq!(s, StatusCode::OK);
        let (s, r) = restatements(&app, id, &t.reviewer).await;
        assert_eq!(s, StatusCode::OK, "{r}");
        assert_eq!((r["values"].clone(), r["framework_revisions"].clone()), (json!([]), json!([])), "nothing changed yet");

        let rev = office_revises(&app).await;
        // A late value: the seed's submitted 2028 value of KPI-X2, approved after the run was frozen.
        let (_, l) = app.get_json("/api/v1/measurements?indicator=KPI-X2&year=2028&state=submitted").await;
        let late = l["items"][0].clone();
        let (s, p) = step(&app, &t.admin, &late["id"], "approve", None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        // A revision not yet approved does not count.
        let pending = approved_2028(&app, "KPI-T1.3").await;
        let (s, p) = app.call("POST", &format!("/api/v1/measurements/{}/revise", pending["id"]), Some(&t.planner_bdt), Some(json!({"value": "81", "reason": "Not yet approved"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{p}");
        // A target revised by Council.
        let path = "/api/v1/plans/SP2028-2031/indicators/KPI-T1.1";
        let v = app.version_of(path).await;
        let (s, p) = app.call("PATCH", path, Some(&t.admin), Some(json!({"version": v, "target_value": "95", "revision": decision("Council Decision 620")}))).await;
        assert_eq!(s, StatusCode::OK, "{p}");

        let (s, r) = restatements(&app, id, &t.reviewer).await;
        assert_eq!(s, StatusCode::OK, "{r}");
        let values = r["values"].as_array().unwrap();
        let codes: Vec<&str> = values.iter().map(|v| v["indicator"].as_str().unwrap()).collect();
        assert_eq!(codes, ["KPI-T1.1", "KPI-X2"], "the revision pending approval is not listed: {r}");
        let revised = &values[0];
        assert_eq!(revised["kind"], "revised");
        assert_eq!((revised["reported"].as_str(), revised["current"].as_str()), (Some("78.6"), Some("79.1")), "old → new");
        assert_eq!((revised["reported_quality"].as_str(), revised["current_quality"].as_str()), (Some("estimated"), Some("final")));
        assert!(revised["changed_by"].as_str().unwrap().starts_with("admin@test.org"), "who: {revised}");
        assert!(revised["approved_by"].as_str().unwrap().starts_with("admin2@test.org"), "approved by: {revised}");
        assert_eq!(revised["changed_at"].as_str().map(|s| &s[..19]), rev["approved_at"].as_str().map(|s| &s[..19]), "when");
        assert_eq!(revised["reason"], "Household survey corrected", "why");
        assert_eq!(revised["measurement"], rev["id"]);
        let late = &values[1];
        assert_eq!((late["kind"].as_str(), late["reported"].clone(), late["current"].as_str()), (Some("late"), Value::Null, Some("1180")));
        let frs = r["framework_revisions"].as_array().unwrap();
        assert_eq!(frs.len(), 1, "{r}");
        let f = &frs[0];
        assert_eq!((f["indicator"].as_str(), f["field"].as_str(), f["before"].as_str(), f["after"].as_str()),
            (Some("KPI-T1.1"), Some("target_value"), Some("100"), Some("95")));
        assert_eq!((f["reference"].as_str(), f["deciding_body"].as_str(), f["decided_on"].as_str()),
            (Some("Council Decision 620"), Some("Council"), Some("2029-05-12")));
        assert_eq!(f["in_force_for_year"], false, "decided in 2029: the 2028 status stands");
    }
}

both_backends! {
    async fn the_next_years_report_annexes_the_restatements_and_rebuilds_byte_for_byte(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let run = freeze(&app).await;
        let last = run["id"].as_i64().unwrap();
        let plain_files: Vec<Value> = run["files"].as_array().unwrap().iter().map(|f| f["path"].clone()).collect();
        assert!(!plain_files.contains(&json!("tables/restatements.csv")), "no restatement, no table");
        office_revises(&app).await;
        let (s, _) = app.call("POST", "/api/v1/reports", Some(&t.admin), Some(json!({"plan": "SP2028-2031", "year": 2029}))).await;
        assert_eq!(s, StatusCode::CREATED, "an unpublished run of 2028 is not restated");
        let (_, list) = app.get_json("/api/v1/reports?year=2029").await;
        let first = list["items"][0]["id"].as_i64().unwrap();
        let (s, _, _) = get_raw(&app, &format!("/api/v1/reports/{first}/files/tables/restatements.csv"), &t.admin).await;
        assert_eq!(s, StatusCode::NOT_FOUND);

        let (s, _) = app.call("POST", &format!("/api/v1/reports/{last}/publish"), Some(&t.admin), None).await;
        assert_eq!(s, StatusCode::OK);
        let (s, next) = app.call("POST", "/api/v1/reports", Some(&t.admin), Some(json!({"plan": "SP2028-2031", "year": 2029}))).await;
        assert_eq!(s, StatusCode::CREATED, "{next}");
        let id = next["id"].as_i64().unwrap();
        let (s, _, csv) = get_raw(&app, &format!("/api/v1/reports/{id}/files/tables/restatements.csv"), &t.admin).await;
        assert_eq!(s, StatusCode::OK);
        let csv = String::from_utf8(csv).unwrap();
        let row = csv.lines().find(|l| l.contains("KPI-T1.1")).unwrap_or_else(|| panic!("{csv}"));
        assert!(row.starts_with(&format!("{last},2028,revised,KPI-T1.1,")), "{row}");
        assert!(row.contains(",78.6,estimated,79.1,final,admin@test.org") && row.contains("Household survey corrected"), "{row}");
        let (_, _, html) = get_raw(&app, &format!("/api/v1/reports/{id}/files/report.html"), &t.admin).await;
        let html = String::from_utf8(html).unwrap();
        assert!(html.contains("Restatements of figures reported last year"));
        assert!(html.contains(&format!("Since report run {last} for 2028 was frozen")), "the annex names the run restated");
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&t.admin), None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["identical"], true, "a run with restatements rebuilds byte for byte: {v}");
    }
}
