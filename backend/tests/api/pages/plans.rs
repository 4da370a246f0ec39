//! The plans page: every role reads the plans; the office clones a plan as the next period's draft,
//! is told what a draft still lacks before it can be adopted, and closes a plan, locking its years.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

fn step(csrf: &str, version: &str, note: &str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", csrf.to_owned()),
        ("version", version.to_owned()),
        ("note", note.to_owned()),
    ]
}

both_backends! {
    async fn the_office_clones_adopts_and_closes_plans_from_the_plans_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&cookie), "/plans").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_self_contained("/plans", &page.body);
        assert!(page.body.contains(r#"action="/plans/SP2028-2031/clone""#), "the newest plan may be cloned");
        assert!(!page.body.contains(r#"action="/plans/SP2024-2027/clone""#), "SP2028-2031 follows SP2024-2027 already");
        assert!(page.body.contains(r#"action="/plans/SP2028-2031/close""#), "an adopted plan may be closed");
        let csrf = csrf_of(&page.body);

        let a = post(&app, Some(&cookie), "/plans/SP2028-2031/clone", &[("csrf", csrf.clone())]).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        let done = a.done().unwrap_or_default();
        assert!(done.starts_with("Made draft plan SP2032-2035 from SP2028-2031: 80 nodes"), "{done}");
        let page = get(&app, Some(&cookie), "/plans").await;
        assert!(page.body.contains(r#"<tr id="plan-SP2032-2035">"#) && page.body.contains(r#"action="/plans/SP2032-2035/adopt""#), "{}", page.body);
        assert!(!page.body.contains(r#"action="/plans/SP2028-2031/clone""#), "cloned once");
        let again = post(&app, Some(&cookie), "/plans/SP2028-2031/clone", &[("csrf", csrf.clone())]).await;
        assert!(again.refused().unwrap_or_default().contains("SP2032-2035 already follows SP2028-2031"), "{:?}", again.refused());

        let a = post(&app, Some(&cookie), "/plans/SP2032-2035/adopt", &step(&csrf, "1", "PP-30")).await;
        let why = a.refused().unwrap_or_default();
        assert!(why.starts_with("Plan SP2032-2035 was not adopted: target ") && why.contains("lack an end target"), "{why}");
        assert_eq!(app.get_json("/api/v1/plans/SP2032-2035").await.1["status"], "draft");

        let version = app.version_of("/api/v1/plans/SP2028-2031").await.to_string();
        let a = post(&app, Some(&cookie), "/plans/SP2028-2031/close", &step(&csrf, &version, "Plan period ended")).await;
        assert_eq!(a.done().as_deref(), Some("Closed plan SP2028-2031: locked 2028, 2029, 2030, 2031."), "{:?}", a.refused());
        let periods = get(&app, Some(&cookie), "/periods?plan=SP2028-2031").await;
        assert_eq!(periods.body.matches("<strong>locked</strong>").count(), 4, "{}", periods.body);
    }
}

both_backends! {
    async fn other_roles_read_the_plans_page_without_forms_and_every_plan_form_refuses_them(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for (role, email) in ROLES.iter().filter(|(r, _)| *r != "admin") {
            let cookie = login(&app, email).await;
            let page = get(&app, Some(&cookie), "/plans").await;
            assert_eq!(page.status, StatusCode::OK, "{role}");
            assert!(page.body.contains("SP2028-2031") && !page.body.contains("/clone\""), "{role} gets no form");
            let csrf = csrf_of(&get(&app, Some(&cookie), "/").await.body);
            for path in ["/plans/SP2028-2031/clone", "/plans/SP2028-2031/close", "/plans/SP2028-2031/adopt"] {
                let a = post(&app, Some(&cookie), path, &step(&csrf, "", "")).await;
                assert_eq!(a.status, StatusCode::FORBIDDEN, "{role} → {path}");
            }
        }
        assert_eq!(app.count("plans").await, 2);
        assert_eq!(app.count("audit_log").await, 0);
    }
}
