//! The collection page and the dashboard's collection: the office sets the dates in a form (a bad date
//! named, nothing stored), every count of the board links to the values it counts, each planner sees
//! their own unit, and the dashboard says what is due, what is overdue, and what the statuses rest on.

use super::*;
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;

const PAGE: &str = "/collection?plan=SP2028-2031&year=2029";

fn dates(csrf: &str, opens: &str, due: &str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", csrf.to_owned()),
        ("plan", "SP2028-2031".to_owned()),
        ("year", "2029".to_owned()),
        ("version", String::new()),
        ("opens_on", opens.to_owned()),
        ("due_on", due.to_owned()),
    ]
}

both_backends! {
    async fn the_office_sets_the_dates_in_the_page_and_a_bad_date_is_named_and_stores_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&cookie), PAGE).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains(r#"action="/collection/dates""#), "the office gets the form");
        assert!(!page.body.contains(r#"action="/collection/units/BR""#), "no unit dates before the default");
        let csrf = csrf_of(&page.body);
        let bad = post(&app, Some(&cookie), "/collection/dates", &dates(&csrf, "2030-01-15", "28.02.2030")).await;
        assert_eq!(bad.status, StatusCode::SEE_OTHER);
        let shown = bad.refused().unwrap_or_default();
        assert!(shown.contains("due on `28.02.2030` is not a date"), "{shown}");
        assert_eq!(app.count("collection_calendars").await, 0);
        let late = post(&app, Some(&cookie), "/collection/dates", &dates(&csrf, "2030-03-15", "2030-01-15")).await;
        let shown = late.refused().unwrap_or_default();
        assert!(shown.contains("is before the opening date 2030-03-15"), "{shown}");
        let ok = post(&app, Some(&cookie), "/collection/dates", &dates(&csrf, "2030-01-15", "2030-02-28")).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
        assert!(ok.done().unwrap_or_default().contains("is due on 2030-02-28 for every unit"), "{:?}", ok.messages());
        let page = get(&app, Some(&cookie), &ok.location.unwrap()).await.body;
        assert!(page.contains(r#"value="2030-02-28""#), "{page}");
        // The form now carries the version; drawn before a change by someone else, it is refused.
        assert!(page.contains(r#"name="version" value="1""#), "{page}");
        let mut stale = dates(&csrf, "2030-01-15", "2030-03-31");
        stale[3].1 = "1".into();
        let (s, c) = app.call("PUT", "/api/v1/plans/SP2028-2031/years/2029/collection", Some(&app.tokens.admin.clone()),
            Some(serde_json::json!({"opens_on": "2030-01-10", "due_on": "2030-02-28", "version": 1}))).await;
        assert_eq!(s, StatusCode::OK, "{c}");
        let refused = post(&app, Some(&cookie), "/collection/dates", &stale).await;
        let shown = refused.refused().unwrap_or_default();
        assert!(shown.contains("changed by someone else"), "{shown}");
        // A unit's own dates, then back to the default.
        let mut own = dates(&csrf, "2030-01-10", "2030-04-30");
        own.push(("action", "save".into()));
        let a = post(&app, Some(&cookie), "/collection/units/BR", &own).await;
        assert!(a.done().unwrap_or_default().contains("is due on 2030-04-30 for BR"), "{:?}", a.messages());
        let page = get(&app, Some(&cookie), &a.location.unwrap()).await.body;
        assert!(page.contains(r#"action="/collection/units/BR""#) && page.contains("Clear BR"), "{page}");
        let mut clear = dates(&csrf, "", "");
        clear.push(("action", "clear".into()));
        let a = post(&app, Some(&cookie), "/collection/units/BR", &clear).await;
        assert!(a.done().unwrap_or_default().contains("BR follows the collection dates of every unit again"), "{:?}", a.messages());
        let page = get(&app, Some(&cookie), &a.location.unwrap()).await.body;
        assert!(!page.contains("Clear BR"), "{page}");
    }
}

both_backends! {
    async fn each_count_of_the_board_links_to_the_values_it_counts_where_the_user_may_open_them(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&admin), "/collection?plan=SP2028-2031&year=2028").await.body;
        for unit in ["BDT", "BR", "GS", "TSB"] {
            assert!(page.contains(&format!(r#"id="unit-{unit}""#)), "{unit}: {page}");
        }
        assert!(page.contains(r#"href="/entry?plan=SP2028-2031&#38;year=2028&#38;unit=BR&#38;state=none""#), "{page}");
        assert!(page.contains(r#"href="/approvals?plan=SP2028-2031&#38;year=2028&#38;unit=BR""#), "{page}");
        assert!(page.contains(r#"<div class="scroll" role="region""#), "the wide table scrolls in its own region");
        let planner = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&planner), "/collection?plan=SP2028-2031&year=2028").await.body;
        assert!(page.contains(r#"id="unit-BR""#) && !page.contains(r#"id="unit-BDT""#), "{page}");
        assert!(!page.contains("/approvals?"), "a planner cannot open the queue: {page}");
        assert!(page.contains(r#"href="/entry?plan=SP2028-2031&#38;year=2028&#38;unit=BR&#38;state=submitted""#), "{page}");
        assert!(!page.contains(r#"action="/collection/dates""#), "no form for a planner");
    }
}

both_backends! {
    async fn the_dashboard_says_what_is_due_what_is_overdue_and_what_the_statuses_rest_on(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, _) = app.call("PUT", "/api/v1/plans/SP2028-2031/years/2029/collection", Some(&app.tokens.admin.clone()),
            Some(serde_json::json!({"opens_on": "2026-01-01", "due_on": "2026-01-31"}))).await;
        assert_eq!(s, StatusCode::CREATED);
        let view = "/?plan=SP2028-2031&year=2029";
        let planner = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&planner), view).await.body;
        assert!(page.contains("Collection of 2029"), "{page}");
        let due = &page[page.find(r#"id="due""#).unwrap()..];
        let due = &due[..due.find("</table>").unwrap()];
        assert!(due.contains(">BR<") && !due.contains(">BDT<"), "a planner sees their own unit: {due}");
        assert!(due.contains("2026-01-31") && due.contains("9 overdue"), "{due}");
        // 2029 has no approved value yet: every rated status stands on a 2028 value, and says so.
        assert!(page.contains("on an older value standing in") && page.contains("from 2028)"), "{page}");
        let admin = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&admin), view).await.body;
        let due = &page[page.find(r#"id="due""#).unwrap()..];
        for unit in ["BDT", "BR", "GS", "TSB"] {
            assert!(due.contains(&format!(">{unit}<")), "{unit}");
        }
        let reviewer = login(&app, "reviewer@test.org").await;
        let page = get(&app, Some(&reviewer), view).await.body;
        assert!(!page.contains("Collection of 2029"), "reviewers see approved data only");
        assert!(page.contains("from 2028)"), "everyone reads what the statuses rest on");
    }
}

both_backends! {
    async fn the_planners_dashboard_links_only_to_what_a_planner_may_open(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let m = crate::measurements::draft(&app, &t.planner_br, "KPI-R1", 2029, "131").await;
        let (s, _) = crate::measurements::step(&app, &t.planner_br, &m["id"], "submit", None).await;
        assert_eq!(s, StatusCode::OK);
        let view = "/?plan=SP2028-2031&year=2029";
        let planner = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&planner), view).await.body;
        assert!(page.contains("waiting for approval"), "{page}");
        // The queue answers a planner 403: the dashboard used to link to it all the same.
        assert!(!page.contains(r#"href="/approvals"#), "{page}");
        assert_eq!(get(&app, Some(&planner), "/approvals").await.status, StatusCode::FORBIDDEN);
        assert!(page.contains("unit=BR&#38;state=submitted"), "{page}");
        let admin = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&admin), view).await.body;
        assert!(page.contains(r#"<a href="/approvals">"#), "{page}");
    }
}
