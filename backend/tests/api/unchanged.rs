//! No change, no trace: an update that sends every field with the value it already has keeps the
//! record's version and writes no audit entry, on every versioned resource; the same update with one
//! value changed still makes a new version with one entry.

use crate::both_backends;
use crate::conditional::{audit_rows, decision};
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::{Value, json};

const PLAN: &str = "/api/v1/plans/SP2028-2031";

/// One versioned resource: where it is read and written, the field sent, and a value that differs.
struct Case {
    path: String,
    method: &'static str,
    field: &'static str,
    changed: Value,
}

/// The `id` of the first item listed at `list`.
async fn first_id(app: &TestApp, list: &str) -> Value {
    let (s, page) = app.get_json(list).await;
    assert_eq!(s, StatusCode::OK, "GET {list}: {page}");
    page["items"][0]["id"].clone()
}

/// Every resource whose update is versioned, with one of its items in the seed.
async fn cases(app: &TestApp) -> Vec<Case> {
    let case = |path: String, field, changed| Case {
        path,
        method: "PATCH",
        field,
        changed,
    };
    let measurement = crate::measurements::draft(app, &app.tokens.planner_br, "KPI-R4", 2029, "560").await;
    let mut cases = vec![
        case(PLAN.to_owned(), "name", json!("Strategic plan, renamed")),
        case(format!("{PLAN}/nodes/G1"), "name", json!("Goal one, renamed")),
        case(format!("{PLAN}/indicators/KPI-R4"), "name", json!("Renamed indicator")),
        case(format!("{PLAN}/risks/RSK-01"), "title", json!("Renamed risk")),
        case(
            format!("/api/v1/measurements/{}", measurement["id"]),
            "value",
            json!("561"),
        ),
    ];
    for (list, field, changed) in [
        (format!("{PLAN}/finance/lines"), "amount", json!("1.5")),
        (format!("{PLAN}/finance/actuals"), "amount", json!("2.5")),
        (format!("{PLAN}/finance/allocations"), "amount", json!("3.5")),
        (format!("{PLAN}/contributions"), "weight", json!("0.25")),
        ("/api/v1/operational-items".to_owned(), "name", json!("Renamed item")),
        ("/api/v1/users".to_owned(), "display_name", json!("Renamed user")),
    ] {
        let id = first_id(app, &list).await;
        cases.push(case(format!("{list}/{id}"), field, changed));
    }
    cases
}

/// Sends `case` as the admin with `value` for its field at `version`; returns the answer.
async fn send(app: &TestApp, case: &Case, version: &Value, value: &Value) -> Value {
    let body = json!({ "version": version, case.field: value });
    let (s, answer) = app
        .call(case.method, &case.path, Some(&app.tokens.admin), Some(body))
        .await;
    assert_eq!(
        s,
        StatusCode::OK,
        "{} {} {}={value}: {answer}",
        case.method,
        case.path,
        case.field
    );
    answer
}

both_backends! {
    async fn saving_a_record_with_its_own_values_keeps_its_version_and_leaves_no_audit_entry(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for case in cases(&app).await {
            let (s, before) = app.get_json(&case.path).await;
            assert_eq!(s, StatusCode::OK, "GET {}: {before}", case.path);
            let version = before["version"].clone();
            let entries = app.count("audit_log").await;

            let same = send(&app, &case, &version, &before[case.field]).await;
            assert_eq!(same["version"], version, "{}: an update that changes nothing keeps the version", case.path);
            assert_eq!(app.count("audit_log").await, entries, "{}: and writes no audit entry", case.path);
            let (_, reread) = app.get_json(&case.path).await;
            assert_eq!(reread, before, "{}: and leaves the record as it was", case.path);

            let changed = send(&app, &case, &version, &case.changed).await;
            assert_eq!(
                changed["version"].as_i64(),
                version.as_i64().map(|v| v + 1),
                "{}: a real change still makes a new version",
                case.path
            );
            assert_eq!(app.count("audit_log").await, entries + 1, "{}: with one audit entry", case.path);
        }
        app.cleanup().await;
    }
}

both_backends! {
    async fn putting_a_milestone_with_its_own_value_keeps_its_version_and_leaves_no_audit_entry(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let path = format!("{PLAN}/indicators/KPI-R4/milestones/2030");
        let admin = app.tokens.admin.clone();
        let (_, indicator) = app.get_json(&format!("{PLAN}/indicators/KPI-R4")).await;
        let seeded = indicator["milestones"].as_array().and_then(|ms| ms.iter().find(|m| m["year"] == 2030)).cloned();
        let seeded = seeded.unwrap_or_else(|| panic!("the seed has a 2030 milestone for KPI-R4: {indicator}"));
        assert_eq!(seeded["value"], "450");
        let version = seeded["version"].clone();
        let entries = app.count("audit_log").await;
        let (s, same) = app.call("PUT", &path, Some(&admin), Some(json!({"value": "450.0", "version": version}))).await;
        assert_eq!(s, StatusCode::OK, "{same}");
        assert_eq!(same["version"], version, "the same value (written differently) is no change");
        assert_eq!(app.count("audit_log").await, entries);
        // Values exist, so a real change of a milestone is a framework revision.
        let body = json!({"value": "451", "version": version, "revision": decision("C29/1")});
        let (s, changed) = app.call("PUT", &path, Some(&admin), Some(body)).await;
        assert_eq!(s, StatusCode::OK, "{changed}");
        assert_eq!(changed["version"].as_i64(), version.as_i64().map(|v| v + 1));
        assert_eq!(audit_rows(&app, "indicator_milestone", "update").await, 1, "the change is audited");
        app.cleanup().await;
    }
}
