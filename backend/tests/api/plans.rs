//! Plans: reading, updating with versions, and who may do it.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const PLAN: &str = "/api/v1/plans/SP2028-2031";

both_backends! {
    async fn only_the_secretary_generals_office_changes_a_plan(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let body = json!({"version": 1, "at_risk_threshold": "0.7"});
        let anonymous = app.anonymous().patch(PLAN).json(&body).await;
        assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
        for who in [&t.reviewer, &t.planner_br, &t.planner_bdt] {
            let p = app.as_(who).patch(PLAN).json(&body).await.expect(StatusCode::FORBIDDEN);
            assert_eq!(p["code"], "forbidden");
        }
        let before = app.as_(&t.admin).get(PLAN).await.expect(StatusCode::OK);
        let body = json!({"version": before["version"], "at_risk_threshold": "0.7"});
        let p = app.as_(&t.admin2).patch(PLAN).json(&body).await.expect(StatusCode::OK);
        assert_eq!(p["at_risk_threshold"], "0.7");
        assert_eq!(p["version"], before["version"].as_i64().unwrap() + 1);
        assert_eq!(app.count("audit_log").await, 1, "the change is audited");
    }
}

both_backends! {
    async fn a_stale_version_is_refused_and_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let before = app.as_(&admin).get(PLAN).await.expect(StatusCode::OK);
        let v = before["version"].as_i64().unwrap();
        app.as_(&admin).patch(PLAN).json(&json!({"version": v, "name": "first"})).await.expect(StatusCode::OK);
        app.as_(&admin).patch(PLAN).json(&json!({"version": v, "name": "second"})).await.expect(StatusCode::CONFLICT);
        let after = app.as_(&admin).get(PLAN).await.expect(StatusCode::OK);
        assert_eq!(after["name"], "first");
    }
}

both_backends! {
    async fn unknown_fields_and_bad_values_are_named_in_the_problem(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let caller = app.as_(&admin);
        let refused = move |body: serde_json::Value| async move {
            caller.patch(PLAN).json(&body).await.expect(StatusCode::UNPROCESSABLE_ENTITY)
        };
        let p = refused(json!({"version": 1, "colour": "red"})).await;
        assert_eq!(p["errors"][0]["field"], "colour");
        let p = refused(json!({"version": 1, "on_track_threshold": "1.5", "status": "party"})).await;
        let fields: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
        assert_eq!(fields, ["status", "on_track_threshold"]);
        let p = refused(json!({"version": 1, "on_track_threshold": "N/A"})).await;
        assert_eq!(p["errors"][0]["field"], "on_track_threshold");
    }
}
