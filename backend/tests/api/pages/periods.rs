//! The periods page: the office locks a year, grants one unit an exception and revokes it from the page,
//! each change audited and seen by the API's lock check; a refused form stores nothing and says why;
//! other roles read the page and every form refuses them.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

const PAGE: &str = "/periods?plan=SP2028-2031";

fn fields(csrf: &str, year: &str, extra: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("csrf", csrf.to_owned()),
        ("plan", "SP2028-2031".to_owned()),
        ("year", year.to_owned()),
    ];
    f.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
    f
}

fn tomorrow() -> String {
    (chrono::Utc::now() + chrono::Duration::days(1))
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

async fn audited(app: &TestApp, actions: &str) -> i64 {
    app.count(&format!("audit_log WHERE action IN ({actions})")).await
}

both_backends! {
    async fn the_office_locks_a_year_and_grants_and_revokes_an_exception_from_the_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&cookie), PAGE).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_self_contained(PAGE, &page.body);
        assert!(page.body.contains(r#"action="/periods/lock""#) && page.body.contains(r#"id="grant""#), "the office gets the forms");
        let csrf = csrf_of(&page.body);
        let a = post(&app, Some(&cookie), "/periods/lock", &fields(&csrf, "2029", &[("note", "Books closed for Council"), ("version", "1")])).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_eq!(a.done().as_deref(), Some("Locked reporting period 2029 of SP2028-2031"));
        let (_, l) = app.get_json("/api/v1/plans/SP2028-2031/periods").await;
        assert_eq!((l["items"][1]["status"].as_str(), l["items"][1]["note"].as_str()), (Some("locked"), Some("Books closed for Council")));
        let t = app.tokens.clone();
        let value = crate::measurements::body("KPI-R1", 2029, json!("140"), json!({}));
        let (s, _) = crate::measurements::create(&app, &t.planner_br, value.clone()).await;
        assert_eq!(s, StatusCode::LOCKED);
        let until = tomorrow();
        let a = post(&app, Some(&cookie), "/periods/exceptions", &fields(&csrf, "2029", &[("unit", "BR"), ("until", &until), ("note", "Late survey")])).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_eq!(a.done(), Some(format!("BR may change values of 2029 of SP2028-2031 until {until}:00Z")));
        let (s, m) = crate::measurements::create(&app, &t.planner_br, value.clone()).await;
        assert_eq!(s, StatusCode::CREATED, "BR writes during its exception: {m}");
        let page = get(&app, Some(&cookie), PAGE).await;
        let (_, l) = app.get_json("/api/v1/plans/SP2028-2031/periods/2029/exceptions").await;
        let id = l["items"][0]["id"].as_i64().unwrap();
        assert!(page.body.contains(&format!(r#"action="/periods/exceptions/{id}/revoke""#)), "an active exception gets a revoke form");
        let a = post(&app, Some(&cookie), &format!("/periods/exceptions/{id}/revoke"), &fields(&csrf, "2029", &[("note", "Report frozen")])).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_eq!(a.done().as_deref(), Some("Revoked the exception of BR to 2029 of SP2028-2031"));
        let (s, p) = crate::measurements::step(&app, &t.planner_br, &m["id"], "submit", None).await;
        assert_eq!(s, StatusCode::LOCKED);
        let detail = p["detail"].as_str().unwrap();
        assert!(detail.contains("the exception granted to BR until") && detail.ends_with("by admin@test.org: Report frozen"), "{p}");
        let page = get(&app, Some(&cookie), PAGE).await;
        assert!(page.body.contains("revoked") && page.body.contains("Report frozen"), "the page shows the revocation");
        assert_eq!(audited(&app, "'lock', 'grant_exception', 'revoke_exception'").await, 3, "every change is audited");
    }
}

both_backends! {
    async fn a_refused_periods_form_stores_nothing_and_names_what_was_wrong(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let csrf = csrf_of(&get(&app, Some(&cookie), PAGE).await.body);
        let before = app.count("audit_log").await;
        let a = post(&app, Some(&cookie), "/periods/exceptions", &fields(&csrf, "2029", &[("unit", "BR"), ("until", "next week"), ("note", " ")])).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        let why = a.refused().expect("a refusal for the next page");
        assert!(why.starts_with("The exception was not granted: until \"next week\" is not a date") && why.contains("note is required"), "{why}");
        let a = post(&app, Some(&cookie), "/periods/unlock", &fields(&csrf, "2030", &[("note", "reopen")])).await;
        assert_eq!(a.refused().as_deref(), Some("The year was not unlocked: reporting period 2030 of SP2028-2031 is not locked"));
        let a = post(&app, Some(&cookie), "/periods/lock", &fields(&csrf, "20x", &[("note", "x")])).await;
        assert_eq!(a.refused().as_deref(), Some("The year was not locked: year \"20x\" is not a year"));
        assert_eq!(app.count("lock_exceptions").await, 0);
        assert_eq!(app.count("audit_log").await, before, "nothing was stored");
    }
}

both_backends! {
    async fn other_roles_read_the_periods_page_and_every_form_refuses_them(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for (role, email) in ROLES.iter().filter(|(r, _)| *r != "admin") {
            let cookie = login(&app, email).await;
            let page = get(&app, Some(&cookie), PAGE).await;
            assert_eq!(page.status, StatusCode::OK, "{role}");
            assert!(page.body.contains("Years of SP2028-2031") && !page.body.contains(r#"id="grant""#), "{role} reads, without forms");
            let csrf = csrf_of(&page.body);
            for (path, extra) in [
                ("/periods/lock", vec![("note", "x")]),
                ("/periods/unlock", vec![("note", "x")]),
                ("/periods/exceptions", vec![("unit", "BR"), ("until", "2099-01-01T00:00"), ("note", "x")]),
                ("/periods/exceptions/1/revoke", vec![("note", "x")]),
            ] {
                let a = post(&app, Some(&cookie), path, &fields(&csrf, "2029", &extra)).await;
                assert_eq!(a.status, StatusCode::FORBIDDEN, "{role} → {path}: {}", a.body);
            }
        }
        assert_eq!(app.count("lock_exceptions").await, 0);
        let (_, l) = app.get_json("/api/v1/plans/SP2028-2031/periods").await;
        assert_eq!(l["items"][1]["status"], "open", "nothing was locked");
    }
}
