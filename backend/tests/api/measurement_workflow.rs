//! The measurement workflow: each allowed and each refused transition, who and when, revisions, and
//! that only approved values count in the tree.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::measurements::{audits, body, create, draft, step};
use axum::http::StatusCode;
use serde_json::{Value, json};

/// The actual of `code` in the tree of 2028 or 2029.
async fn actual(app: &TestApp, code: &str, year: i32) -> Value {
    fn find(nodes: &Value, code: &str) -> Option<Value> {
        nodes.as_array()?.iter().find_map(|n| {
            n["indicators"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| i["code"] == code)
                .map(|i| i["actual"].clone())
                .or_else(|| find(&n["children"], code))
        })
    }
    let (s, tree) = app
        .get_json(&format!("/api/v1/plans/SP2028-2031/tree?year={year}"))
        .await;
    assert_eq!(s, StatusCode::OK);
    find(&tree["nodes"], code).unwrap_or(Value::Null)
}

both_backends! {
    async fn a_value_goes_from_draft_to_submitted_to_approved_and_then_counts(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let m = draft(&app, &t.planner_br, "KPI-R4", 2029, "560").await;
        assert_eq!(actual(&app, "KPI-R4", 2029).await, json!("570"), "before approval the 2028 value stands in");
        let (s, m) = step(&app, &t.planner_br, &m["id"], "submit", None).await;
        assert_eq!(s, StatusCode::OK, "{m}");
        assert_eq!((m["state"].as_str(), m["submitted_by"].as_str()), (Some("submitted"), Some("planner.br@test.org")));
        assert!(m["submitted_at"].is_string());
        assert_eq!(actual(&app, "KPI-R4", 2029).await, json!("570"), "a submitted value does not count");
        let (s, m) = step(&app, &t.admin, &m["id"], "approve", Some(json!({"version": m["version"]}))).await;
        assert_eq!(s, StatusCode::OK, "{m}");
        assert_eq!((m["state"].as_str(), m["approved_by"].as_str()), (Some("approved"), Some("admin@test.org")));
        assert!(m["approved_at"].is_string());
        assert_eq!(actual(&app, "KPI-R4", 2029).await, json!("560"), "an approved value counts");
        for a in ["create", "submit", "approve"] {
            assert_eq!(audits(&app, a).await, 1, "{a} is audited");
        }
    }
}

both_backends! {
    async fn a_returned_value_carries_the_note_and_is_edited_and_submitted_again(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "131").await;
        let (_, m) = step(&app, &t.planner_br, &m["id"], "submit", None).await;
        let (s, p) = step(&app, &t.admin, &m["id"], "return", None).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "a return needs a note: {p}");
        assert_eq!(p["errors"][0]["field"], "note");
        let (s, m) = step(&app, &t.admin, &m["id"], "return", Some(json!({"note": "Count members, not states."}))).await;
        assert_eq!(s, StatusCode::OK, "{m}");
        assert_eq!((m["state"].as_str(), m["review_note"].as_str(), m["returned_by"].as_str()),
            (Some("returned"), Some("Count members, not states."), Some("admin@test.org")));
        let path = format!("/api/v1/measurements/{}", m["id"]);
        let (s, p) = app.call("PATCH", &path, Some(&t.planner_br), Some(json!({"value": "140"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "an edit names the version it is based on: {p}");
        let (s, e) = app.call("PATCH", &path, Some(&t.planner_br), Some(json!({"version": m["version"], "value": "140", "narrative": "Members."}))).await;
        assert_eq!(s, StatusCode::OK, "{e}");
        assert_eq!((e["value"].as_str(), e["version"].as_i64()), (Some("140"), Some(m["version"].as_i64().unwrap() + 1)));
        let (s, again) = step(&app, &t.planner_br, &m["id"], "submit", None).await;
        assert_eq!((s, again["state"].as_str()), (StatusCode::OK, Some("submitted")));
        assert_eq!(audits(&app, "return").await, 1);
        assert_eq!(audits(&app, "update").await, 1);
        assert_eq!(audits(&app, "submit").await, 2);
    }
}

both_backends! {
    async fn refused_transitions_change_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "131").await;
        let id = m["id"].clone();
        let (s, p) = step(&app, &t.admin, &id, "approve", None).await;
        assert_eq!(s, StatusCode::CONFLICT, "a draft cannot be approved: {p}");
        assert!(p["detail"].as_str().unwrap().contains("only a submitted value can be approved"), "{p}");
        let (s, _) = step(&app, &t.reviewer, &id, "submit", None).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "a reviewer submits nothing");
        let (s, _) = step(&app, &t.planner_bdt, &id, "submit", None).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "nor does another unit's planner");
        let (s, _) = app.call("POST", &format!("/api/v1/measurements/{id}/submit"), None, None).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
        let (s, _) = step(&app, &t.planner_br, &id, "submit", None).await;
        assert_eq!(s, StatusCode::OK);
        let (s, p) = step(&app, &t.planner_br, &id, "submit", None).await;
        assert_eq!(s, StatusCode::CONFLICT, "submitting twice: {p}");
        let (s, p) = step(&app, &t.planner_br, &id, "approve", None).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "a planner approves nothing: {p}");
        let (s, _) = step(&app, &t.planner_br, &id, "return", Some(json!({"note": "x"}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "nor returns");
        let (s, p) = app.call("PATCH", &format!("/api/v1/measurements/{id}"), Some(&t.planner_br), Some(json!({"version": 2, "value": "1"}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "a submitted value is not edited: {p}");
        // An admin's own entry is approved by someone else.
        let own = draft(&app, &t.admin, "KPI-R8", 2029, "5").await;
        let (s, _) = step(&app, &t.admin, &own["id"], "submit", None).await;
        assert_eq!(s, StatusCode::OK);
        let (s, p) = step(&app, &t.admin, &own["id"], "approve", None).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "nobody approves their own entry: {p}");
        let (s, _) = step(&app, &t.admin, &own["id"], "return", Some(json!({"note": "x"}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "nor returns it");
        let (s, ok) = step(&app, &t.admin2, &own["id"], "approve", None).await;
        assert_eq!((s, ok["state"].as_str()), (StatusCode::OK, Some("approved")));
        let (s, _) = step(&app, &t.admin, &id, "approve", Some(json!({"version": 1}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "a stale version is refused");
        let (s, _) = step(&app, &t.admin, &id, "approve", None).await;
        assert_eq!(s, StatusCode::OK);
        let (s, _) = step(&app, &t.admin2, &id, "approve", None).await;
        assert_eq!(s, StatusCode::CONFLICT, "approving twice");
        let (s, _) = app.call("DELETE", &format!("/api/v1/measurements/{id}"), Some(&t.admin), None).await;
        assert_eq!(s, StatusCode::CONFLICT, "an approved value is never deleted");
        let gone = draft(&app, &t.planner_br, "KPI-R9", 2029, "3").await;
        let (s, _) = app.call("DELETE", &format!("/api/v1/measurements/{}", gone["id"]), Some(&t.planner_br), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT, "a draft may be deleted");
        assert_eq!(audits(&app, "approve").await, 2);
    }
}

both_backends! {
    async fn a_revision_keeps_the_old_value_readable_and_counts_only_once_approved(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (_, l) = app.get_json("/api/v1/measurements?indicator=KPI-T1.3&year=2028").await;
        let old = l["items"][0].clone();
        assert_eq!((old["state"].as_str(), old["value"].as_str()), (Some("approved"), Some("80")));
        assert_eq!(actual(&app, "KPI-T1.3", 2028).await, json!("80"));
        let (s, p) = app.call("POST", &format!("/api/v1/measurements/{}/revise", old["id"]), Some(&t.planner_br), Some(json!({"value": "82"}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "another unit's value: {p}");
        let (s, rev) = app.call("POST", &format!("/api/v1/measurements/{}/revise", old["id"]), Some(&t.planner_bdt), Some(json!({"value": "82", "narrative": "Corrected survey."}))).await;
        assert_eq!(s, StatusCode::CREATED, "{rev}");
        assert_eq!((rev["revision"].as_i64(), rev["supersedes_id"].clone(), rev["state"].as_str()), (Some(2), old["id"].clone(), Some("draft")));
        assert_eq!(rev["quality"], old["quality"], "unchanged fields carry over");
        let (s, p) = app.call("POST", &format!("/api/v1/measurements/{}/revise", old["id"]), Some(&t.planner_bdt), Some(json!({"value": "83"}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "one pending revision at a time: {p}");
        let (s, p) = app.call("POST", &format!("/api/v1/measurements/{}/revise", rev["id"]), Some(&t.planner_bdt), Some(json!({"value": "83"}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "a draft is edited, not revised: {p}");
        step(&app, &t.planner_bdt, &rev["id"], "submit", None).await;
        assert_eq!(actual(&app, "KPI-T1.3", 2028).await, json!("80"), "the old value counts until the revision is approved");
        let (s, ok) = step(&app, &t.admin, &rev["id"], "approve", None).await;
        assert_eq!(s, StatusCode::OK, "{ok}");
        assert_eq!(actual(&app, "KPI-T1.3", 2028).await, json!("82"), "the approved revision counts, once");
        let (_, was) = app.get_json(&format!("/api/v1/measurements/{}", old["id"])).await;
        assert_eq!((was["state"].as_str(), was["value"].as_str()), (Some("superseded"), Some("80")));
        for who in [&t.admin, &t.reviewer] {
            let (s, h) = app.call("GET", &format!("/api/v1/measurements/{}/history", rev["id"]), Some(who), None).await;
            assert_eq!(s, StatusCode::OK);
            let values: Vec<(&str, &str)> = h["items"].as_array().unwrap().iter().map(|i| (i["value"].as_str().unwrap(), i["state"].as_str().unwrap())).collect();
            assert_eq!(values, [("80", "superseded"), ("82", "approved")]);
        }
        assert_eq!(audits(&app, "revise").await, 1);
        assert_eq!(audits(&app, "supersede").await, 1);
        let (s, _) = create(&app, &t.planner_bdt, body("KPI-T1.3", 2028, json!("84"), json!({}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "still one value chain per slot");
    }
}

/// The audit entries of measurement `id`, oldest first: (action, entity_id, before, after, reason).
async fn entries_of(app: &TestApp, id: i64) -> Vec<(String, String, Value, Value, String)> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    use stratrack::entities::audit_log;
    let parse = |t: Option<String>| t.map_or(Value::Null, |t| serde_json::from_str(&t).unwrap());
    audit_log::Entity::find()
        .filter(audit_log::Column::EntityType.eq("measurement"))
        .filter(audit_log::Column::EntityId.eq(id.to_string()))
        .order_by_asc(audit_log::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.entity_id, parse(e.before), parse(e.after), e.reason))
        .collect()
}

/// The stored row of measurement `id` as the audit log writes records, and its dimension values.
async fn stored(app: &TestApp, id: i64) -> (Value, usize) {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use stratrack::entities::{measurement_dimensions, measurements};
    let id = i32::try_from(id).unwrap();
    let row = measurements::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let dims = measurement_dimensions::Entity::find()
        .filter(measurement_dimensions::Column::MeasurementId.eq(id))
        .all(&app.db)
        .await
        .unwrap();
    (serde_json::to_value(row).unwrap(), dims.len())
}

/// Notices of `kind` about measurement `id`, by recipient e-mail, sorted.
async fn told(app: &TestApp, id: i64, kind: &str) -> Vec<String> {
    use sea_orm::ConnectionTrait;
    let sql = format!(
        "SELECT u.email AS email FROM notifications n JOIN users u ON u.id = n.user_id \
         WHERE n.measurement_id = {id} AND n.kind = '{kind}' ORDER BY u.email"
    );
    let rows = app
        .db
        .query_all_raw(sea_orm::Statement::from_string(app.db.get_database_backend(), sql))
        .await
        .unwrap();
    rows.iter().map(|r| r.try_get::<String>("", "email").unwrap()).collect()
}

both_backends! {
    // On PostgreSQL a new value and each step are written in one statement, whose audit entry is built
    // before the row exists: the entry must still be the row stored, id and all, with its notices.
    async fn each_write_of_a_value_is_audited_as_the_row_stored_and_tells_whom_it_should(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let extra = json!({"numerator": 1, "denominator": 2, "disaggregation": {"region": "africa"}, "narrative": "Two \"quoted\" words."});
        let (s, m) = create(&app, &t.planner_bdt, body("KPI-T2.1", 2029, json!("0.5"), extra)).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        let id = m["id"].as_i64().unwrap();
        let (row, dims) = stored(&app, id).await;
        assert_eq!(dims, 1, "the value is linked to its region");
        let entries = entries_of(&app, id).await;
        assert_eq!(entries.len(), 1, "{entries:?}");
        let (action, entity_id, before, after, _) = &entries[0];
        assert_eq!((action.as_str(), entity_id.as_str(), before), ("create", id.to_string().as_str(), &Value::Null));
        assert_eq!(after, &row, "the creation's entry is the row stored");

        let (s, m) = step(&app, &t.planner_bdt, &m["id"], "submit", None).await;
        assert_eq!(s, StatusCode::OK, "{m}");
        let (s, m) = step(&app, &t.admin, &m["id"], "return", Some(json!({"note": "Which year's members?"}))).await;
        assert_eq!(s, StatusCode::OK, "{m}");
        let (row, _) = stored(&app, id).await;
        let entries = entries_of(&app, id).await;
        let actions: Vec<&str> = entries.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(actions, ["create", "submit", "return"]);
        let (_, _, before, after, reason) = &entries[2];
        assert_eq!(reason, "Which year's members?");
        let mut changed: Vec<&str> = after.as_object().unwrap().keys().map(String::as_str).collect();
        changed.sort_unstable();
        assert_eq!(changed, ["id", "returned_at", "returned_by", "review_note", "state", "updated_at", "version"]);
        for (k, v) in after.as_object().unwrap() {
            assert_eq!(&row[k], v, "the return's entry has {k} as stored");
        }
        assert_eq!((before["state"].as_str(), after["state"].as_str()), (Some("submitted"), Some("returned")));
        assert_eq!(after["version"], json!(3));
        let submitted = &entries[1].3;
        assert_eq!((submitted["state"].as_str(), submitted["version"].as_i64()), (Some("submitted"), Some(2)));
        assert_eq!(told(&app, id, "submitted").await, ["admin2@test.org", "admin@test.org"], "the office but no one else");
        assert_eq!(told(&app, id, "returned").await, ["planner.bdt@test.org"], "the unit's planner");
    }
}
