//! Execution actuals: a planner enters their own unit's, never another unit's; reviewers read; the admin
//! may do anything, and alone deletes.

use crate::both_backends;
use crate::calls::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const ACTUALS: &str = "/api/v1/plans/SP2028-2031/finance/actuals";

fn br_2029() -> serde_json::Value {
    json!({"year": 2029, "unit": "BR", "kind": "expense", "category": "staff", "amount": "20100.25"})
}

both_backends! {
    async fn the_seeded_actuals_are_readable_by_everyone(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.call("GET", &format!("{ACTUALS}?year=2028&kind=expense"), Some(&app.tokens.reviewer), None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["total"], 8);
        let (_, p) = app.get_json(&format!("{ACTUALS}?unit=TSB&category=non_staff")).await;
        assert_eq!(p["items"][0]["amount"], "4712.6", "WTSA-28 over-spent its budget");
    }
}

both_backends! {
    async fn a_planner_creates_and_updates_the_actuals_of_their_own_unit(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let br = app.tokens.planner_br.clone();
        let (s, a) = app.call("POST", ACTUALS, Some(&br), Some(br_2029())).await;
        assert_eq!(s, StatusCode::CREATED, "{a}");
        assert_eq!((a["unit"].as_str(), a["amount"].as_str()), (Some("BR"), Some("20100.25")));
        let path = format!("{ACTUALS}/{}", a["id"]);
        let (s, a) = app.call("PATCH", &path, Some(&br), Some(json!({"version": 1, "amount": "20150", "description": "Q4 closed"}))).await;
        assert_eq!(s, StatusCode::OK, "{a}");
        assert_eq!((a["amount"].as_str(), a["version"].as_i64()), (Some("20150"), Some(2)));
        assert_eq!(audit_rows(&app, "finance_actual").await, 2);
        let (_, log) = app.get_json("/api/v1/audit?entity_type=finance_actual").await;
        assert!(log["items"].as_array().unwrap().iter().all(|e| e["actor"].as_str().unwrap().starts_with("planner.br@test.org")));
    }
}

both_backends! {
    async fn a_bdt_planner_cannot_write_a_br_actual(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (s, p) = app.call("POST", ACTUALS, Some(&t.planner_bdt), Some(br_2029())).await;
        assert_eq!((s, p["code"].as_str()), (StatusCode::FORBIDDEN, Some("forbidden")), "{p}");
        let (_, list) = app.get_json(&format!("{ACTUALS}?year=2028&unit=BR&category=staff")).await;
        let path = format!("{ACTUALS}/{}", list["items"][0]["id"]);
        let (s, _) = app.call("PATCH", &path, Some(&t.planner_bdt), Some(json!({"version": 1, "amount": "1"}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        // Nor may the BR planner hand their actual over to BDT, or take a BDT one.
        let (s, _) = app.call("PATCH", &path, Some(&t.planner_br), Some(json!({"version": 1, "unit": "BDT"}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let (s, _) = app.call("POST", ACTUALS, Some(&t.planner_br), Some(json!({"year": 2029, "unit": "BDT", "kind": "expense", "category": "staff", "amount": "1"}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let (_, now) = app.get_json(&path).await;
        assert_eq!((now["amount"].as_str(), now["unit"].as_str(), now["version"].as_i64()), (Some("19904.1"), Some("BR"), Some(1)));
        assert_eq!(app.count("finance_actuals").await, 14);
        assert_eq!(app.count("audit_log").await, 0);
    }
}

both_backends! {
    async fn reviewers_and_anonymous_callers_write_no_actual_and_only_the_admin_deletes(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        assert_eq!(app.call("POST", ACTUALS, None, Some(br_2029())).await.0, StatusCode::UNAUTHORIZED);
        // The reviewer is refused before the body is looked at, whatever it holds.
        assert_eq!(app.call("POST", ACTUALS, Some(&t.reviewer), Some(br_2029())).await.0, StatusCode::FORBIDDEN);
        assert_eq!(app.call("POST", ACTUALS, Some(&t.reviewer), Some(json!({}))).await.0, StatusCode::FORBIDDEN);
        let (_, list) = app.get_json(&format!("{ACTUALS}?year=2028&unit=BR&category=staff")).await;
        let path = format!("{ACTUALS}/{}", list["items"][0]["id"]);
        assert_eq!(app.call("PATCH", &path, Some(&t.reviewer), Some(json!({"version": 1, "amount": "1"}))).await.0, StatusCode::FORBIDDEN);
        assert_eq!(app.call("DELETE", &path, Some(&t.planner_br), None).await.0, StatusCode::FORBIDDEN);
        assert_eq!(app.call("DELETE", &path, Some(&t.admin), None).await.0, StatusCode::NO_CONTENT);
        assert_eq!(app.count("finance_actuals").await, 13);
        assert_eq!(audit_rows(&app, "finance_actual").await, 1);
    }
}

both_backends! {
    async fn an_actual_is_validated_like_a_line(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let br = app.tokens.planner_br.clone();
        let (s, p) = app.call("POST", ACTUALS, Some(&br), Some(json!({"year": 2027, "unit": "BR", "kind": "expense", "category": "cost_recovery", "amount": -1}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["category", "year", "biennium", "amount"]);
        let dup = json!({"year": 2028, "unit": "BR", "kind": "expense", "category": "staff", "amount": "1"});
        assert_eq!(app.call("POST", ACTUALS, Some(&br), Some(dup)).await.0, StatusCode::CONFLICT);
        assert_eq!(app.count("audit_log").await, 0);
    }
}
