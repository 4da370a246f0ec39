//! Reporting periods: listing, locking and unlocking (admin, with a note, versioned, audited), and the
//! 423 refusal that names the lock and since when.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::measurements::{body, create, draft, step};
use axum::http::StatusCode;
use serde_json::json;

const P: &str = "/api/v1/plans/SP2028-2031/periods";

both_backends! {
    async fn every_year_of_a_plan_is_listed_with_its_status(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, l) = app.call("GET", P, Some(&app.tokens.reviewer.clone()), None).await;
        assert_eq!(s, StatusCode::OK, "{l}");
        let years: Vec<(i64, &str)> = l["items"].as_array().unwrap().iter().map(|p| (p["year"].as_i64().unwrap(), p["status"].as_str().unwrap())).collect();
        assert_eq!(years, [(2028, "open"), (2029, "open"), (2030, "open"), (2031, "open")]);
        let (_, old) = app.get_json("/api/v1/plans/SP2024-2027/periods").await;
        assert!(old["items"].as_array().unwrap().iter().all(|p| p["status"] == "locked"), "{old}");
        let (s, _) = app.get_json("/api/v1/plans/SP1999/periods").await;
        assert_eq!(s, StatusCode::NOT_FOUND);
    }
}

both_backends! {
    async fn a_locked_year_refuses_new_and_changed_values_naming_the_lock(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "131").await;
        let (s, lock) = app.call("POST", &format!("{P}/2029/lock"), Some(&t.admin), Some(json!({"note": "Books closed for Council"}))).await;
        assert_eq!(s, StatusCode::OK, "{lock}");
        assert_eq!((lock["status"].as_str(), lock["locked_by"].as_str()), (Some("locked"), Some("admin@test.org")));
        let since = lock["locked_at"].as_str().unwrap().to_owned();
        let expected = format!("reporting period 2029 of SP2028-2031 was locked on {since} by admin@test.org: Books closed for Council");
        let id = &m["id"];
        let refusals = [
            create(&app, &t.planner_br, body("KPI-R2", 2029, json!("5"), json!({}))).await,
            app.call("PATCH", &format!("/api/v1/measurements/{id}"), Some(&t.planner_br), Some(json!({"version": 1, "value": "132"}))).await,
            step(&app, &t.planner_br, id, "submit", None).await,
        ];
        for (s, p) in refusals {
            assert_eq!(s, StatusCode::LOCKED, "{p}");
            assert_eq!(p["code"], "period_locked");
            assert_eq!(p["detail"], expected);
        }
        let (_, got) = app.get_json(&format!("/api/v1/measurements/{id}")).await;
        assert_eq!((got["value"].as_str(), got["state"].as_str()), (Some("131"), Some("draft")), "nothing changed");
        // Other years stay open.
        let (s, _) = create(&app, &t.planner_br, body("KPI-R2", 2030, json!("5"), json!({}))).await;
        assert_eq!(s, StatusCode::CREATED);
        let (s, open) = app.call("POST", &format!("{P}/2029/unlock"), Some(&t.admin), Some(json!({"note": "Late correction agreed", "version": lock["version"]}))).await;
        assert_eq!(s, StatusCode::OK, "{open}");
        assert_eq!((open["status"].as_str(), open["locked_at"].clone()), (Some("open"), serde_json::Value::Null));
        let (s, _) = step(&app, &t.planner_br, id, "submit", None).await;
        assert_eq!(s, StatusCode::OK, "an unlocked year takes changes again");
        use sea_orm::ConnectionTrait;
        let row = app.db.query_one_raw(sea_orm::Statement::from_string(app.db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'reporting_period' AND action IN ('lock', 'unlock')")).await.unwrap().unwrap();
        assert_eq!(row.try_get::<i64>("", "n").unwrap(), 2, "lock and unlock are audited");
    }
}

both_backends! {
    async fn only_an_admin_locks_with_a_note_and_a_current_version(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let note = json!({"note": "closing"});
        for who in [&t.planner_br, &t.reviewer] {
            let (s, _) = app.call("POST", &format!("{P}/2030/lock"), Some(who), Some(note.clone())).await;
            assert_eq!(s, StatusCode::FORBIDDEN);
        }
        let (s, _) = app.call("POST", &format!("{P}/2030/lock"), None, Some(note.clone())).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
        let (s, p) = app.call("POST", &format!("{P}/2040/lock"), Some(&t.admin), Some(json!({"note": " "}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["errors"].as_array().unwrap().len(), 2, "year and note are both named: {p}");
        let (s, _) = app.call("POST", &format!("{P}/2030/unlock"), Some(&t.admin), Some(note.clone())).await;
        assert_eq!(s, StatusCode::CONFLICT, "an open year cannot be unlocked");
        let (s, l) = app.call("POST", &format!("{P}/2030/lock"), Some(&t.admin), Some(note.clone())).await;
        assert_eq!((s, l["status"].as_str()), (StatusCode::OK, Some("locked")), "{l}");
        let (s, _) = app.call("POST", &format!("{P}/2030/lock"), Some(&t.admin), Some(note.clone())).await;
        assert_eq!(s, StatusCode::CONFLICT, "locked twice");
        let (s, _) = app.call("POST", &format!("{P}/2030/unlock"), Some(&t.admin), Some(json!({"note": "x", "version": 7}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "a stale version is refused");
        let (_, l) = app.get_json(P).await;
        assert_eq!(l["items"][2]["status"], "locked");
    }
}
