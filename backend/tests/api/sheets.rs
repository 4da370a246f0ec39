//! Indicator reference sheets: read and written with the indicator, never a framework revision, and
//! annexed to the annual report for key indicators.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::reports::get_raw;
use axum::http::StatusCode;
use serde_json::json;

const PATH: &str = "/api/v1/plans/SP2028-2031/indicators/KPI-T1.1";

both_backends! {
    async fn a_reference_sheet_is_written_without_a_revision_and_annexed_to_the_report(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (_, before) = app.get_json(PATH).await;
        assert_eq!(before["has_measurements"], true);
        assert_eq!(before["reference_sheet"]["rationale"], serde_json::Value::Null);
        let sheet = json!({"rationale": "  Access is the first step to meaningful connectivity. ", "method": "Internet users / population × 100",
            "limitations": "Survey coverage is thin in LDCs.", "target_rationale": "UMC 2030."});
        let (s, p) = app.call("PATCH", PATH, Some(&admin), Some(json!({"version": before["version"], "reference_sheet": sheet}))).await;
        assert_eq!(s, StatusCode::OK, "a sheet needs no decision even once values exist: {p}");
        assert_eq!(app.count("framework_revisions").await, 0);
        let (_, after) = app.get_json(PATH).await;
        assert_eq!(after["reference_sheet"]["rationale"], "Access is the first step to meaningful connectivity.");
        assert_eq!(after["reference_sheet"]["quality_assurance"], serde_json::Value::Null);
        assert_eq!(after["version"].as_i64(), before["version"].as_i64().map(|v| v + 1));

        let (s, p) = app.call("PATCH", PATH, Some(&app.tokens.planner_bdt.clone()), Some(json!({"version": after["version"], "reference_sheet": {"rationale": "x"}}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{p}");
        let (s, p) = app.call("PATCH", PATH, Some(&admin), Some(json!({"version": before["version"], "reference_sheet": {"rationale": "stale"}}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "a stale version is refused: {p}");
        let (s, p) = app.call("PATCH", PATH, Some(&admin), Some(json!({"version": after["version"], "reference_sheet": {"rationale": "x".repeat(10_001)}}))).await;
        assert_eq!((s, p["errors"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("reference_sheet.rationale")));

        let (s, run) = app.call("POST", "/api/v1/reports", Some(&admin), Some(json!({"plan": "SP2028-2031", "year": 2028}))).await;
        assert_eq!(s, StatusCode::CREATED, "{run}");
        let id = run["id"].as_i64().unwrap();
        let (_, _, html) = get_raw(&app, &format!("/api/v1/reports/{id}/files/report.html"), &admin).await;
        let html = String::from_utf8(html).unwrap();
        assert!(html.contains("Annex: indicator reference sheets"), "the key indicator's sheet is annexed");
        assert!(html.contains("Internet users / population × 100"));
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&admin), None).await;
        assert_eq!((s, v["identical"].as_bool()), (StatusCode::OK, Some(true)), "the frozen run rebuilds byte for byte: {v}");
    }
}

both_backends! {
    async fn a_new_indicator_may_come_with_its_reference_sheet(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let body = json!({
            "code": "KPI-R11", "node": "TP-R1.O2.P1", "name": "Notices published on time", "unit": "percent",
            "direction": "increase", "baseline_value": "70", "baseline_year": 2026, "target_value": 90, "target_year": 2031,
            "reference_sheet": {"rationale": "Timely notices protect frequency rights.", "quality_assurance": " "}
        });
        let (s, i) = app.call("POST", "/api/v1/plans/SP2028-2031/indicators", Some(&app.tokens.admin.clone()), Some(body)).await;
        assert_eq!(s, StatusCode::CREATED, "{i}");
        let (_, d) = app.get_json("/api/v1/plans/SP2028-2031/indicators/KPI-R11").await;
        assert_eq!(d["reference_sheet"]["rationale"], "Timely notices protect frequency rights.");
        assert_eq!(d["reference_sheet"]["quality_assurance"], serde_json::Value::Null, "a blank part is none");
    }
}
