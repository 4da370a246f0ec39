//! The data entry and approval pages: a planner enters a value on an indicator's form (a share as
//! numerator and denominator), submits it, and the admin approves it from the queue, through the same
//! use cases as the API.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

/// The form of indicator `code` in the plan and year of [`VIEW`].
fn form_path(code: &str) -> String {
    format!("/entry/{code}?{VIEW}")
}

/// The fields of the entry form, as a browser sends them.
fn entry(csrf: &str, numerator: &str, denominator: &str, action: &str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", csrf.to_owned()),
        ("year", "2028".into()),
        ("quarter", "1".into()),
        ("value", String::new()),
        ("numerator", numerator.into()),
        ("denominator", denominator.into()),
        ("quality", "provisional".into()),
        ("narrative", String::new()),
        ("evidence_url", String::new()),
        ("action", action.into()),
    ]
}

both_backends! {
    async fn a_percentage_aggregated_as_a_ratio_is_entered_as_numerator_and_denominator_and_approved_from_the_queue(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let share = json!({
            "code": "KPI-R11", "node": "TP-R1.O2.P1", "name": "Filings published on time",
            "unit": "percent", "direction": "increase", "aggregation": "ratio", "frequency": "quarterly",
            "baseline_value": "50", "baseline_year": 2026, "target_value": "80", "target_year": 2031
        });
        let (s, i) = app.call("POST", "/api/v1/plans/SP2028-2031/indicators", Some(&admin), Some(share)).await;
        assert_eq!(s, StatusCode::CREATED, "{i}");
        let cookie = login(&app, "planner.br@test.org").await;
        // A percentage that is not aggregated as a ratio is entered as a value only.
        let plain = get(&app, Some(&cookie), &form_path("KPI-R3")).await;
        assert_eq!(plain.status, StatusCode::OK, "{}", plain.body);
        assert!(!plain.body.contains(r#"name="numerator""#), "{}", plain.body);
        let page = get(&app, Some(&cookie), &form_path("KPI-R11")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains(r#"name="numerator""#) && page.body.contains(r#"name="denominator""#));
        let csrf = csrf_of(&page.body);
        // A decimal comma is refused naming the field, and nothing is stored.
        let bad = post(&app, Some(&cookie), &form_path("KPI-R11"), &entry(&csrf, "1,5", "160", "draft")).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
        assert!(bad.body.contains("decimal commas are not accepted"), "{}", bad.body);
        let saved = post(&app, Some(&cookie), &form_path("KPI-R11"), &entry(&csrf, "40", "160", "submit")).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        assert_eq!(saved.done().as_deref(), Some("Submitted KPI-R11 for approval"), "{:?}", saved.location);
        let (s, list) = app.call("GET", "/api/v1/measurements?indicator=KPI-R11", Some(&admin), None).await;
        assert_eq!(s, StatusCode::OK, "{list}");
        assert_eq!(list["total"], 1, "{list}");
        let m = &list["items"][0];
        assert_eq!((m["value"].as_str(), m["state"].as_str()), (Some("25"), Some("submitted")), "{m}");
        assert_eq!((m["numerator"].as_str(), m["denominator"].as_str()), (Some("40"), Some("160")), "{m}");
        let entered = get(&app, Some(&cookie), &form_path("KPI-R11")).await.body;
        assert!(entered.contains("2028 Q1") && entered.contains("submitted"), "{entered}");
        // The admin approves it from the queue.
        let admin_cookie = login(&app, "admin@test.org").await;
        let queue = get(&app, Some(&admin_cookie), "/approvals").await;
        assert_eq!(queue.status, StatusCode::OK, "{}", queue.body);
        assert!(queue.body.contains("KPI-R11"), "{}", queue.body);
        let decide = vec![
            ("csrf", csrf_of(&queue.body)),
            ("ids", m["id"].to_string()),
            ("action", "approve".to_owned()),
            ("note", String::new()),
        ];
        let done = post(&app, Some(&admin_cookie), "/approvals", &decide).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert!(done.location.as_deref().unwrap().starts_with("/approvals"), "{:?}", done.location);
        assert!(done.done().unwrap().starts_with("Approved 1 value(s): KPI-R11 2028 Q1"), "{:?}", done.done());
        let (s, m) = app.call("GET", &format!("/api/v1/measurements/{}", m["id"]), Some(&admin), None).await;
        assert_eq!((s, m["state"].as_str()), (StatusCode::OK, Some("approved")), "{m}");
    }
}
