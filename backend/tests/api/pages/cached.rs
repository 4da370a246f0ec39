//! Pages served from the cache of what the data shows (`models::cache`): they show a write at once,
//! whether this process made it or another one (its own pool and cache) on the same database.

use super::{get, login};
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::measurements::{draft, step};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};

const ACTUALS: &str = "/api/v1/plans/SP2028-2031/finance/actuals";
const ALLOC: &str = "/api/v1/plans/SP2028-2031/finance/allocations";

/// Another process on the same database: its own pool, its own state and cache.
async fn other_process(app: &TestApp) -> axum::Router {
    let db = stratrack::db::connect(&app.url).await.expect("second pool");
    stratrack::app(stratrack::state::AppState::new(db))
}

/// `POST path` with `body` as `token` through `router`; the answer's status.
async fn post_through(router: &axum::Router, token: &str, path: &str, body: Value) -> StatusCode {
    let req = Request::post(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    tower::ServiceExt::oneshot(router.clone(), req).await.unwrap().status()
}

/// The budget table's row of `unit` on the dashboard: budget, actual, rate.
fn budget_row(html: &str, unit: &str) -> String {
    let start = html
        .find(&format!("<tr><td>{unit}</td>"))
        .expect("the unit's budget row");
    let row = &html[start..];
    row[..row.find("</tr>").unwrap()]
        .replace("<tr><td>", "")
        .replace("<td class=\"num\">", " ")
        .replace("</td>", "")
}

/// The number of submitted values the dashboard says wait for approval (0 when it says nothing).
fn waiting(html: &str) -> u64 {
    html.split(" submitted value")
        .next()
        .filter(|b| b.len() < html.len())
        .and_then(|b| b.rsplit('>').next())
        .map_or(0, |n| n.parse().expect("a count"))
}

/// The framework tree's cost of node `code`, if it shows one.
fn cost_of(html: &str, code: &str) -> Option<String> {
    let start = html.find(&format!("id=\"node-{code}\"")).expect("the node");
    let node = &html[start..];
    let node = &node[..node.find("</summary>").unwrap()];
    node.split(" · cost CHF ")
        .nth(1)
        .map(|c| c.trim_end_matches(|ch: char| ch != 'k').to_owned())
}

both_backends! {
    async fn the_dashboard_shows_a_write_at_once_whichever_process_makes_it(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let admin = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&admin), "/?year=2029").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(budget_row(&page.body, "BR"), "BR 28,700 — —");
        assert_eq!(get(&app, Some(&admin), "/?year=2029").await.body, page.body, "unchanged data, the same page");
        let before = waiting(&page.body);

        // A write through this process shows on the next request.
        let actual = json!({"year": 2029, "unit": "BR", "kind": "expense", "category": "non_staff", "amount": "300"});
        assert_eq!(app.call("POST", ACTUALS, Some(&t.planner_br), Some(actual)).await.0, StatusCode::CREATED);
        let page = get(&app, Some(&admin), "/?year=2029").await;
        assert_eq!(budget_row(&page.body, "BR"), "BR 28,700 300 1.0 %");

        // So does a write through another process, which this process's cache never saw.
        let other = other_process(&app).await;
        let actual = json!({"year": 2029, "unit": "BR", "kind": "expense", "category": "staff", "amount": "195.9"});
        assert_eq!(post_through(&other, &t.planner_br, ACTUALS, actual).await, StatusCode::CREATED);
        let page = get(&app, Some(&admin), "/?year=2029").await;
        assert_eq!(budget_row(&page.body, "BR"), "BR 28,700 495.9 1.7 %");

        // The waiting count, kept per role and unit, follows a submission too; a planner of another unit
        // does not count it.
        let bdt = login(&app, "planner.bdt@test.org").await;
        let bdt_before = waiting(&get(&app, Some(&bdt), "/?year=2029").await.body);
        let m = draft(&app, &t.planner_br, "KPI-R4", 2029, "560").await;
        step(&app, &t.planner_br, &m["id"], "submit", None).await;
        assert_eq!(waiting(&get(&app, Some(&admin), "/?year=2029").await.body), before + 1);
        assert_eq!(waiting(&get(&app, Some(&bdt), "/?year=2029").await.body), bdt_before);
    }
}

both_backends! {
    async fn the_framework_tree_shows_a_cost_written_by_another_process_at_once(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        // TSB's 2030 budget is allocated in full: room for 12.5 first (on another node than EN-4).
        let (_, tsb) = app.get_json(&format!("{ALLOC}?year=2030&unit=TSB")).await;
        let first = &tsb["items"][0];
        assert_ne!(first["node"], "EN-4");
        let amount: rust_decimal::Decimal = first["amount"].as_str().unwrap().parse().unwrap();
        let lowered = json!({"version": first["version"], "amount": (amount - rust_decimal::Decimal::new(125, 1)).to_string()});
        let (s, _) = app.call("PATCH", &format!("{ALLOC}/{}", first["id"]), Some(&app.tokens.admin), Some(lowered)).await;
        assert_eq!(s, StatusCode::OK);
        let admin = login(&app, "admin@test.org").await;
        let page = get(&app, Some(&admin), "/framework?year=2030").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(cost_of(&page.body, "EN-4").as_deref(), Some("23,299 k"));
        let other = other_process(&app).await;
        let alloc = json!({"year": 2030, "unit": "TSB", "node": "EN-4", "amount": "12.5"});
        assert_eq!(post_through(&other, &app.tokens.admin, ALLOC, alloc).await, StatusCode::CREATED);
        let after = cost_of(&get(&app, Some(&admin), "/framework?year=2030").await.body, "EN-4");
        assert_eq!(after.as_deref(), Some("23,311.5 k"), "the new allocation counts at once");
    }
}
