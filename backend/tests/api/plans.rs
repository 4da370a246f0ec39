//! Plans: reading, updating with versions, and who may do it.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

both_backends! {
    async fn only_the_secretary_generals_office_changes_a_plan(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let body = json!({"version": 1, "at_risk_threshold": "0.7"});
        let (s, _) = app.call("PATCH", "/api/v1/plans/SP2028-2031", None, Some(body.clone())).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
        for who in [&t.reviewer, &t.planner_br, &t.planner_bdt] {
            let (s, p) = app.call("PATCH", "/api/v1/plans/SP2028-2031", Some(who), Some(body.clone())).await;
            assert_eq!(s, StatusCode::FORBIDDEN, "{p}");
            assert_eq!(p["code"], "forbidden");
        }
        let (_, before) = app.get_json("/api/v1/plans/SP2028-2031").await;
        let (s, p) = app.call("PATCH", "/api/v1/plans/SP2028-2031", Some(&t.admin2), Some(json!({"version": before["version"], "at_risk_threshold": "0.7"}))).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["at_risk_threshold"], "0.7");
        assert_eq!(p["version"], before["version"].as_i64().unwrap() + 1);
        assert_eq!(app.count("audit_log").await, 1, "the change is audited");
        app.cleanup().await;
    }
}

both_backends! {
    async fn a_stale_version_is_refused_and_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (_, before) = app.get_json("/api/v1/plans/SP2028-2031").await;
        let v = before["version"].as_i64().unwrap();
        let (s, _) = app.call("PATCH", "/api/v1/plans/SP2028-2031", Some(&admin), Some(json!({"version": v, "name": "first"}))).await;
        assert_eq!(s, StatusCode::OK);
        let (s, p) = app.call("PATCH", "/api/v1/plans/SP2028-2031", Some(&admin), Some(json!({"version": v, "name": "second"}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        let (_, after) = app.get_json("/api/v1/plans/SP2028-2031").await;
        assert_eq!(after["name"], "first");
        app.cleanup().await;
    }
}

both_backends! {
    async fn unknown_fields_and_bad_values_are_named_in_the_problem(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, p) = app.call("PATCH", "/api/v1/plans/SP2028-2031", Some(&admin), Some(json!({"version": 1, "colour": "red"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["errors"][0]["field"], "colour");
        let (s, p) = app.call("PATCH", "/api/v1/plans/SP2028-2031", Some(&admin), Some(json!({"version": 1, "on_track_threshold": "1.5", "status": "party"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let fields: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
        assert_eq!(fields, ["status", "on_track_threshold"]);
        let (s, p) = app.call("PATCH", "/api/v1/plans/SP2028-2031", Some(&admin), Some(json!({"version": 1, "on_track_threshold": "N/A"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["errors"][0]["field"], "on_track_threshold");
        app.cleanup().await;
    }
}
