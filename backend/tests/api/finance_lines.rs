//! Financial-plan lines: listing the seeded plan, the admin's create/update/delete with audit, every
//! validation failure named, conflicts, versions and who may write.

use crate::both_backends;
use crate::calls::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const LINES: &str = "/api/v1/plans/SP2028-2031/finance/lines";

fn new_line() -> serde_json::Value {
    json!({"year": 2029, "unit": "RO-AFR", "kind": "expense", "category": "staff", "amount": "1234.5",
           "description": "Regional office staff"})
}

both_backends! {
    async fn the_seeded_lines_list_with_filters_a_stable_order_and_the_total(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.call("GET", LINES, Some(&app.tokens.reviewer), None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["total"], 56);
        assert_eq!(p["items"].as_array().unwrap().len(), 50, "the default page size");
        let (_, p) = app.get_json(&format!("{LINES}?year=2028&unit=BR")).await;
        assert_eq!(p["total"], 3);
        let amounts: Vec<&str> = p["items"].as_array().unwrap().iter().map(|i| i["amount"].as_str().unwrap()).collect();
        assert!(amounts.contains(&"20376"), "amounts are exact decimal strings: {amounts:?}");
        assert!(p["items"].as_array().unwrap().iter().all(|i| i["unit"] == "BR" && i["plan"] == "SP2028-2031"));
        let (_, p) = app.get_json(&format!("{LINES}?biennium=2028-2029&kind=revenue&per_page=5&page=2")).await;
        assert_eq!((p["total"].as_u64(), p["page"].as_u64(), p["items"].as_array().unwrap().len()), (Some(12), Some(2), 5));
        let (_, p) = app.get_json(&format!("{LINES}?category=staff&sort=-amount&per_page=1")).await;
        assert_eq!(p["total"], 16);
        assert_eq!(p["items"][0]["unit"], "GS", "the largest staff line is the General Secretariat's");
    }
}

both_backends! {
    async fn bad_filters_are_named_in_the_problem(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.get_json(&format!("{LINES}?year=abc&colour=red")).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["year", "colour"]);
        let (s, p) = app.get_json(&format!("{LINES}?unit=XX&kind=gift&category=snacks&sort=colour")).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["unit", "kind", "category"]);
        let (s, p) = app.get_json(&format!("{LINES}?sort=colour")).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["sort"]);
    }
}

both_backends! {
    async fn the_admin_creates_reads_updates_and_deletes_a_line_and_each_write_is_audited(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, line) = app.call("POST", LINES, Some(&admin), Some(new_line())).await;
        assert_eq!(s, StatusCode::CREATED, "{line}");
        assert_eq!((line["biennium"].as_str(), line["amount"].as_str(), line["version"].as_i64()), (Some("2028-2029"), Some("1234.5"), Some(1)));
        assert_eq!(line["provenance"], "entered");
        let path = format!("{LINES}/{}", line["id"]);
        assert_eq!(app.as_(&app.tokens.admin).get(&path).await.header("etag"), Some("\"1\""));
        let (s, read) = app.call("GET", &path, Some(&app.tokens.reviewer), None).await;
        assert_eq!((s, &read), (StatusCode::OK, &line));
        let (s, upd) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "amount": 1300}))).await;
        assert_eq!(s, StatusCode::OK, "{upd}");
        assert_eq!((upd["amount"].as_str(), upd["version"].as_i64()), (Some("1300"), Some(2)));
        let (s, _) = app.call("DELETE", &path, Some(&admin), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        assert_eq!(app.call("GET", &path, Some(&admin), None).await.0, StatusCode::NOT_FOUND);
        assert_eq!(audit_rows(&app, "finance_line").await, 3, "create, update and delete are audited");
        let (_, log) = app.get_json(&format!("/api/v1/audit?entity_type=finance_line&entity_id={}", line["id"])).await;
        let actions: Vec<&str> = log["items"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
        assert_eq!(actions, ["delete", "update", "create"], "newest first");
        assert_eq!(log["items"][1]["before"]["amount"], "1234.5");
        assert_eq!(log["items"][1]["after"]["amount"], "1300");
    }
}

both_backends! {
    async fn every_invalid_field_of_a_line_is_named_and_nothing_is_written(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let before = app.count("finance_lines").await;
        let bad = json!({"year": 2035, "unit": "XX", "kind": "revenue", "category": "staff", "amount": "-5",
                         "biennium": "2028-2030", "provenance": "rumour"});
        let (s, p) = app.call("POST", LINES, Some(&admin), Some(bad)).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["code"], "validation_failed");
        assert_eq!(fields(&p), ["unit", "category", "year", "biennium", "amount", "provenance"]);
        let (s, p) = app.call("POST", LINES, Some(&admin), Some(json!({"description": "nothing else"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["year", "unit", "kind", "category", "amount"]);
        let (s, p) = app.call("POST", LINES, Some(&admin), Some(json!({"year": 2029, "unit": "BR", "kind": "expense", "category": "staff", "amount": "2029-2030", "biennium": "2030-2031"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["amount"], "text in a numeric field is refused");
        let (s, p) = app.call("POST", LINES, Some(&admin), Some(json!({"year": 2029, "unit": "BR", "kind": "expense", "category": "staff", "amount": "1", "biennium": "2030-2031"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["year"], "the year must lie in its biennium: {p}");
        let (s, p) = app.call("POST", LINES, Some(&admin), Some(json!({"year": 2029, "unit": "BR", "kind": "expense", "category": "staff", "amount": "1.23456"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["amount".to_owned()]));
        let (s, p) = app.call("POST", LINES, Some(&admin), Some(json!({"year": 2029, "unit": "BR", "kind": "expense", "category": "staff", "amount": "1", "colour": "red"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["colour".to_owned()]));
        assert_eq!(app.count("finance_lines").await, before);
        assert_eq!(app.count("audit_log").await, 0, "a refused write leaves no audit row");
    }
}

both_backends! {
    async fn a_second_line_for_the_same_year_unit_kind_and_category_is_a_conflict(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let dup = json!({"year": 2028, "unit": "BR", "kind": "expense", "category": "staff", "amount": "1"});
        let (s, p) = app.call("POST", LINES, Some(&admin), Some(dup)).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        assert_eq!(p["code"], "conflict");
        // Moving an existing line onto a taken key is refused the same way.
        let (_, list) = app.get_json(&format!("{LINES}?year=2028&unit=BR&category=non_staff")).await;
        let id = &list["items"][0]["id"];
        let (s, _) = app.call("PATCH", &format!("{LINES}/{id}"), Some(&admin), Some(json!({"version": 1, "category": "staff"}))).await;
        assert_eq!(s, StatusCode::CONFLICT);
        assert_eq!(app.count("finance_lines").await, 56);
        assert_eq!(app.count("audit_log").await, 0, "a failed write leaves no audit row");
    }
}

both_backends! {
    async fn a_stale_version_is_refused_with_409_or_412_and_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (_, line) = app.call("POST", LINES, Some(&admin), Some(new_line())).await;
        let path = format!("{LINES}/{}", line["id"]);
        let (s, _) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "amount": "1"}))).await;
        assert_eq!(s, StatusCode::OK);
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"version": 1, "amount": "2"}))).await;
        assert_eq!((s, p["code"].as_str()), (StatusCode::CONFLICT, Some("conflict")));
        let (s, p) = app.as_(&admin).patch(&path).if_match(1).json(&json!({"amount": "3"})).await.status_and_json();
        assert_eq!((s, p["code"].as_str()), (StatusCode::PRECONDITION_FAILED, Some("version_mismatch")));
        let (s, p) = app.as_(&admin).delete(&path).if_match(1).await.status_and_json();
        assert_eq!(s, StatusCode::PRECONDITION_FAILED, "{p}");
        let (s, p) = app.call("PATCH", &path, Some(&admin), Some(json!({"amount": "3"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["version".to_owned()]));
        let (_, now) = app.get_json(&path).await;
        assert_eq!((now["amount"].as_str(), now["version"].as_i64()), (Some("1"), Some(2)));
        let (s, _) = app.as_(&admin).patch(&path).if_match(2).json(&json!({"amount": "4"})).await.status_and_json();
        assert_eq!(s, StatusCode::OK);
        assert_eq!(audit_rows(&app, "finance_line").await, 3);
    }
}

both_backends! {
    async fn only_the_secretary_generals_office_writes_the_financial_plan(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (_, list) = app.get_json(&format!("{LINES}?year=2028&unit=BR&category=staff")).await;
        let path = format!("{LINES}/{}", list["items"][0]["id"]);
        let patch = json!({"version": 1, "amount": "1"});
        assert_eq!(app.call("GET", LINES, None, None).await.0, StatusCode::UNAUTHORIZED);
        assert_eq!(app.call("POST", LINES, None, Some(new_line())).await.0, StatusCode::UNAUTHORIZED);
        for who in [&t.reviewer, &t.planner_br, &t.planner_bdt] {
            assert_eq!(app.call("GET", &path, Some(who), None).await.0, StatusCode::OK);
            let (s, p) = app.call("POST", LINES, Some(who), Some(new_line())).await;
            assert_eq!((s, p["code"].as_str()), (StatusCode::FORBIDDEN, Some("forbidden")));
            assert_eq!(app.call("PATCH", &path, Some(who), Some(patch.clone())).await.0, StatusCode::FORBIDDEN);
            assert_eq!(app.call("DELETE", &path, Some(who), None).await.0, StatusCode::FORBIDDEN);
        }
        let (_, now) = app.get_json(&path).await;
        assert_eq!((now["amount"].as_str(), now["version"].as_i64()), (Some("20376"), Some(1)));
        assert_eq!(app.count("audit_log").await, 0);
    }
}
