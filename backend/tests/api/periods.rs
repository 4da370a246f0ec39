//! Reporting periods: listing, locking and unlocking (admin, with a note, versioned, audited), the
//! 423 refusal that names the lock and since when, and lock exceptions: one unit may write in a locked
//! year until the exception ends or is revoked, and the refusal after it names the exception.

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

const EXC: &str = "/api/v1/plans/SP2028-2031/periods/2029/exceptions";

/// Locks 2029 as the admin and returns the lock's refusal message.
async fn lock_2029(app: &TestApp) -> String {
    let (s, lock) = app
        .call(
            "POST",
            &format!("{P}/2029/lock"),
            Some(&app.tokens.admin),
            Some(json!({"note": "Books closed for Council"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{lock}");
    let since = lock["locked_at"].as_str().unwrap();
    format!("reporting period 2029 of SP2028-2031 was locked on {since} by admin@test.org: Books closed for Council")
}

/// Grants `unit` an exception to 2029 ending a day from now; returns it.
async fn grant(app: &TestApp, unit: &str) -> serde_json::Value {
    let until = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let body = json!({"unit": unit, "until": until, "note": "Late survey results"});
    let (s, e) = app.call("POST", EXC, Some(&app.tokens.admin), Some(body)).await;
    assert_eq!(s, StatusCode::CREATED, "{e}");
    assert_eq!(
        (e["unit"].as_str(), e["state"].as_str(), e["until"].as_str()),
        (Some(unit), Some("active"), Some(until.as_str()))
    );
    e
}

async fn audited(app: &TestApp, action: &str) -> i64 {
    use sea_orm::ConnectionTrait;
    let sql =
        format!("SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'lock_exception' AND action = '{action}'");
    let row = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(app.db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

both_backends! {
    async fn an_exception_lets_one_unit_write_in_a_locked_year_while_others_are_refused(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let locked = lock_2029(&app).await;
        let (s, p) = create(&app, &t.planner_br, body("KPI-R1", 2029, json!("140"), json!({}))).await;
        assert_eq!((s, p["detail"].as_str()), (StatusCode::LOCKED, Some(locked.as_str())), "before the exception: {p}");
        let e = grant(&app, "BR").await;
        assert_eq!(e["granted_by"], "admin@test.org");
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "140").await;
        let (s, p) = app.call("PATCH", &format!("/api/v1/measurements/{}", m["id"]), Some(&t.planner_br), Some(json!({"version": 1, "value": "141"}))).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        let (s, p) = step(&app, &t.planner_br, &m["id"], "submit", None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        let (s, p) = step(&app, &t.admin, &m["id"], "approve", None).await;
        assert_eq!((s, p["state"].as_str()), (StatusCode::OK, Some("approved")), "the office approves the unit's value: {p}");
        // Another unit is still held by the lock, and its refusal names only the lock.
        let (s, p) = create(&app, &t.planner_bdt, body("KPI-D2", 2029, json!("14"), json!({}))).await;
        assert_eq!((s, p["detail"].as_str()), (StatusCode::LOCKED, Some(locked.as_str())), "{p}");
        // An import by the unit passes the lock too; the other unit's does not.
        let (s, r) = crate::imports::import(&app, &t.planner_br, "plan=SP2028-2031", "indicator_code,year,value\nKPI-R3,2029,50\n").await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        let (s, r) = crate::imports::import(&app, &t.planner_bdt, "plan=SP2028-2031", "indicator_code,year,value\nKPI-D5,2029,5\n").await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{r}");
        assert_eq!(r["errors"][0]["reason"].as_str(), Some(locked.as_str()), "{r}");
        let (s, l) = app.call("GET", EXC, Some(&t.planner_bdt), None).await;
        assert_eq!((s, l["total"].as_u64()), (StatusCode::OK, Some(1)), "anyone logged in reads the exceptions: {l}");
        assert_eq!(audited(&app, "grant_exception").await, 1, "the grant is audited");
    }
}

both_backends! {
    async fn after_an_exception_is_revoked_its_unit_is_refused_with_the_revocation_named(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let locked = lock_2029(&app).await;
        let e = grant(&app, "BR").await;
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "140").await;
        let revoke = format!("{EXC}/{}/revoke", e["id"]);
        let (s, r) = app.call("POST", &revoke, Some(&t.admin), Some(json!({"note": "Council report frozen", "version": 1}))).await;
        assert_eq!((s, r["state"].as_str(), r["revoked_by"].as_str()), (StatusCode::OK, Some("revoked"), Some("admin@test.org")), "{r}");
        let expected = format!(
            "{locked}; the exception granted to BR until {} by admin@test.org was revoked on {} by admin@test.org: Council report frozen",
            e["until"].as_str().unwrap(),
            r["revoked_at"].as_str().unwrap()
        );
        let (s, p) = step(&app, &t.planner_br, &m["id"], "submit", None).await;
        assert_eq!((s, p["detail"].as_str()), (StatusCode::LOCKED, Some(expected.as_str())), "{p}");
        let (s, p) = create(&app, &t.planner_br, body("KPI-R3", 2029, json!("50"), json!({}))).await;
        assert_eq!((s, p["detail"].as_str()), (StatusCode::LOCKED, Some(expected.as_str())), "{p}");
        let (_, got) = app.get_json(&format!("/api/v1/measurements/{}", m["id"])).await;
        assert_eq!(got["state"], "draft", "nothing changed");
        let (s, _) = app.call("POST", &revoke, Some(&t.admin), Some(json!({"note": "again"}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "an exception is revoked once");
        assert_eq!(audited(&app, "revoke_exception").await, 1, "the revocation is audited");
        // A new exception lets the unit through again.
        grant(&app, "BR").await;
        let (s, p) = step(&app, &t.planner_br, &m["id"], "submit", None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
    }
}

both_backends! {
    async fn after_an_exception_ends_its_unit_is_refused_with_the_ended_exception_named(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let locked = lock_2029(&app).await;
        let e = grant(&app, "BR").await;
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "140").await;
        // Time passes: the exception's end is moved a minute into the past (no test waits on a clock).
        use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
        use stratrack::entities::lock_exceptions;
        let row = lock_exceptions::Entity::find_by_id(e["id"].as_i64().unwrap() as i32).one(&app.db).await.unwrap().unwrap();
        let ended = chrono::Utc::now() - chrono::Duration::minutes(1);
        let mut am: lock_exceptions::ActiveModel = row.into();
        am.until = Set(ended.into());
        am.update(&app.db).await.unwrap();
        let until = ended.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let expected = format!("{locked}; the exception granted to BR until {until} by admin@test.org ended");
        let (s, p) = app.call("PATCH", &format!("/api/v1/measurements/{}", m["id"]), Some(&t.planner_br), Some(json!({"version": 1, "value": "141"}))).await;
        assert_eq!((s, p["detail"].as_str()), (StatusCode::LOCKED, Some(expected.as_str())), "{p}");
        let (_, l) = app.get_json(EXC).await;
        assert_eq!(l["items"][0]["state"], "ended", "{l}");
        let (s, _) = app.call("POST", &format!("{EXC}/{}/revoke", e["id"]), Some(&t.admin), Some(json!({"note": "late"}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "an ended exception cannot be revoked");
    }
}

both_backends! {
    async fn only_an_admin_grants_an_exception_and_every_bad_field_is_named(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let good = json!({"unit": "BR", "until": "2099-01-01T00:00:00Z", "note": "late data"});
        for who in [&t.planner_br, &t.reviewer] {
            let (s, _) = app.call("POST", EXC, Some(who), Some(good.clone())).await;
            assert_eq!(s, StatusCode::FORBIDDEN);
        }
        let (s, _) = app.call("POST", EXC, None, Some(good.clone())).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
        let bad = json!({"unit": "XX", "until": "soon", "note": " "});
        let (s, p) = app.call("POST", "/api/v1/plans/SP2028-2031/periods/2040/exceptions", Some(&t.admin), Some(bad)).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let fields: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
        assert_eq!(fields, ["year", "unit", "until", "note"], "{p}");
        let (s, p) = app.call("POST", EXC, Some(&t.admin), Some(json!({"unit": "BR", "until": "2020-01-01T00:00", "note": "x"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert!(p["errors"][0]["reason"].as_str().unwrap().contains("has passed"), "{p}");
        let (s, _) = app.call("POST", EXC, Some(&t.admin), Some(good.clone())).await;
        assert_eq!(s, StatusCode::CREATED);
        let (s, p) = app.call("POST", EXC, Some(&t.admin), Some(good.clone())).await;
        assert_eq!(s, StatusCode::CONFLICT, "one active exception per unit and year: {p}");
        let (s, _) = app.call("POST", &format!("{EXC}/999/revoke"), Some(&t.admin), Some(json!({"note": "x"}))).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert_eq!(app.count("lock_exceptions").await, 1, "refusals store nothing");
        assert_eq!(audited(&app, "grant_exception").await, 1);
    }
}
