//! The framework tree with statuses, end to end through the router.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use std::collections::BTreeSet;

fn collect_statuses(nodes: &serde_json::Value, out: &mut BTreeSet<String>, count: &mut usize) {
    for n in nodes.as_array().unwrap() {
        for i in n["indicators"].as_array().unwrap() {
            out.insert(i["status"].as_str().unwrap().to_owned());
            *count += 1;
        }
        collect_statuses(&n["children"], out, count);
    }
}

both_backends! {
    async fn the_seeded_tree_for_2028_shows_every_status(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, plans) = app.get_json("/api/v1/plans").await;
        assert_eq!(s, StatusCode::OK);
        assert!(plans["items"].as_array().unwrap().iter().any(|p| p["code"] == "SP2028-2031"));
        let (s, tree) = app.get_json("/api/v1/plans/SP2028-2031/tree?year=2028").await;
        assert_eq!(s, StatusCode::OK, "{tree}");
        let (mut statuses, mut n) = (BTreeSet::new(), 0);
        collect_statuses(&tree["nodes"], &mut statuses, &mut n);
        assert!(n >= 40, "{n} indicators in the tree");
        let all: BTreeSet<String> = ["achieved", "on_track", "at_risk", "off_track", "no_data"].map(String::from).into();
        assert_eq!(statuses, all, "the seed produces every status in 2028");
        // A goal's roll-up counts what sits below it and what contributes to it.
        let goal = tree["nodes"].as_array().unwrap().iter().find(|n| n["level"] == "goal").unwrap();
        assert!(goal["rollup"]["rated"].as_u64().unwrap() > 0, "{}", goal["rollup"]);
    }
}

both_backends! {
    async fn an_unknown_plan_is_a_404_problem_document(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, body) = app.get_json("/api/v1/plans/NOPE/tree?year=2028").await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert_eq!(body["code"], "not_found");
        assert_eq!(body["status"], 404);
    }
}

#[test]
fn health_and_readiness_answer() {
    crate::helpers::block_on(health_and_readiness());
}

async fn health_and_readiness() {
    let app = TestApp::empty(Backend::Sqlite).await.unwrap();
    let (s, b) = app.get_json("/healthz").await;
    assert_eq!((s, b["status"].as_str()), (StatusCode::OK, Some("ok")));
    let (s, b) = app.get_json("/readyz").await;
    assert_eq!((s, b["status"].as_str()), (StatusCode::OK, Some("ready")));
}

fn find_indicator<'a>(nodes: &'a serde_json::Value, code: &str) -> Option<&'a serde_json::Value> {
    for n in nodes.as_array()? {
        if let Some(i) = n["indicators"].as_array()?.iter().find(|i| i["code"] == code) {
            return Some(i);
        }
        if let Some(i) = find_indicator(&n["children"], code) {
            return Some(i);
        }
    }
    None
}

both_backends! {
    async fn a_value_stands_in_for_one_year_and_is_named_when_too_old(backend: Backend) {
        // The status rule reads only the years within the plan's maximum age in full; older years
        // still name the latest value in the reason.
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, tree) = app.get_json("/api/v1/plans/SP2028-2031/tree?year=2028").await;
        let i = find_indicator(&tree["nodes"], "KPI-T1.1").unwrap();
        assert_eq!(i["actual_year"], 2028, "{i}");
        let (_, tree) = app.get_json("/api/v1/plans/SP2028-2031/tree?year=2029").await;
        let i = find_indicator(&tree["nodes"], "KPI-T1.1").unwrap();
        assert_eq!(i["actual_year"], 2028, "{i}");
        assert_eq!(i["stale"], true, "{i}");
        let (_, tree) = app.get_json("/api/v1/plans/SP2028-2031/tree?year=2030").await;
        let i = find_indicator(&tree["nodes"], "KPI-T1.1").unwrap();
        assert_eq!(i["status"], "no_data", "{i}");
        assert_eq!(i["actual"], serde_json::Value::Null, "{i}");
        assert_eq!(
            i["reason"],
            "latest approved value is from 2028, older than the plan's maximum age of 1 year",
            "{i}"
        );
    }
}
