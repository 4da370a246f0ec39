//! Cost per result node and the finance reconciliation on the seeded ITU plan: the totals reconcile with
//! the financial plan to the franc in every year, on both backends.

use crate::both_backends;
use crate::calls::fields;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use rust_decimal::Decimal;
use serde_json::json;
use std::str::FromStr;

fn dec(v: &serde_json::Value) -> Decimal {
    Decimal::from_str(v.as_str().unwrap_or_else(|| panic!("{v} is not a decimal string"))).unwrap()
}

/// Expected (seed-data/README.md, "Cost per goal"): G1, G2, Enablers, total expense.
const EXPECTED: [(i32, &str, &str, &str, &str); 4] = [
    (2028, "45320.75", "37235.25", "89444", "172000"),
    (2029, "46563.1", "38199.9", "89237", "174000"),
    (2030, "46455.7", "38167.3", "93877", "178500"),
    (2031, "48847.4", "38330.6", "90622", "177800"),
];

both_backends! {
    async fn cost_per_goal_plus_enablers_reconciles_with_the_financial_plan_every_year(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for (year, g1, g2, enablers, total) in EXPECTED {
            let (s, c) = app.call("GET", &format!("/api/v1/plans/SP2028-2031/finance/cost?year={year}"), Some(&app.tokens.reviewer), None).await;
            assert_eq!(s, StatusCode::OK, "{c}");
            let by_goal: Vec<(serde_json::Value, String)> = c["by_goal"].as_array().unwrap().iter()
                .map(|l| (l["code"].clone(), l["cost"].as_str().unwrap().to_owned())).collect();
            assert_eq!(by_goal, vec![(json!("G1"), g1.to_owned()), (json!("G2"), g2.to_owned()), (json!(null), enablers.to_owned())], "{year}");
            assert_eq!(c["by_goal"][2]["name"], "Enablers");
            assert_eq!(c["expense_budget"], total, "{year}");
            assert_eq!(c["allocated"], total, "{year}: every franc of the budget is allocated");
            assert_eq!(dec(&c["goals"]) + dec(&c["enablers"]), dec(&c["expense_budget"]), "{year}");
            assert_eq!(dec(&c["thematic_priorities"]) + dec(&c["enablers"]), dec(&c["expense_budget"]), "{year}");
            assert_eq!((c["unattributed"].as_str(), c["difference"].as_str()), (Some("0"), Some("0")));
            assert_eq!(c["reconciled"], true, "{year}");
            // Targets are part of their goals: a target never costs more than its goal.
            let nodes = c["nodes"].as_array().unwrap();
            let goal_cost = |code: &str| dec(&nodes.iter().find(|n| n["code"] == code).unwrap()["cost"]);
            for t in nodes.iter().filter(|n| n["level"] == "target") {
                assert!(dec(&t["cost"]) <= goal_cost(t["parent"].as_str().unwrap()), "{t}");
            }
        }
    }
}

both_backends! {
    async fn an_outputs_allocation_rolls_up_to_its_outcome_and_thematic_priority(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, c) = app.get_json("/api/v1/plans/SP2028-2031/finance/cost?year=2028").await;
        let nodes = c["nodes"].as_array().unwrap();
        let cost = |code: &str| dec(&nodes.iter().find(|n| n["code"] == code).unwrap_or_else(|| panic!("{code}"))["cost"]);
        let children = |code: &str| nodes.iter().filter(|n| n["parent"] == code).map(|n| dec(&n["cost"])).sum::<Decimal>();
        let (_, direct) = app.get_json("/api/v1/plans/SP2028-2031/finance/allocations?year=2028&node=TP-R1&per_page=500").await;
        let own: Decimal = direct["items"].as_array().unwrap().iter().map(|a| dec(&a["amount"])).sum();
        assert_eq!(cost("TP-R1"), own + children("TP-R1"), "a priority costs its own allocation plus its outcomes'");
        assert_eq!(cost("TP-R1.O1"), children("TP-R1.O1"), "an outcome costs what its outputs cost");
        let (_, p1) = app.get_json("/api/v1/plans/SP2028-2031/finance/allocations?year=2028&node=TP-R1.O1.P1").await;
        assert_eq!(cost("TP-R1.O1.P1"), dec(&p1["items"][0]["amount"]));
        assert_eq!(nodes.iter().find(|n| n["code"] == "G1").unwrap()["basis"], "contributions");
        assert_eq!(nodes.iter().find(|n| n["code"] == "TP-R1").unwrap()["basis"], "allocations");
    }
}

both_backends! {
    async fn cost_filters_by_level_and_splits_by_paying_unit(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, c) = app.get_json("/api/v1/plans/SP2028-2031/finance/cost?year=2029&level=thematic_priority&by=unit").await;
        assert_eq!(s, StatusCode::OK, "{c}");
        let nodes = c["nodes"].as_array().unwrap();
        assert_eq!(nodes.len(), 12, "the twelve thematic priorities");
        for n in nodes {
            let split: Decimal = n["by_unit"].as_object().unwrap().values().map(dec).sum();
            assert_eq!(split, dec(&n["cost"]), "{n}");
        }
        let tp_r1 = nodes.iter().find(|n| n["code"] == "TP-R1").unwrap();
        assert_eq!(tp_r1["by_unit"].as_object().unwrap().keys().collect::<Vec<_>>(), ["BR"]);
        let (_, plain) = app.get_json("/api/v1/plans/SP2028-2031/finance/cost?year=2029&level=goal").await;
        assert!(plain["nodes"].as_array().unwrap().iter().all(|n| n.get("by_unit").is_none() && n["level"] == "goal"));
    }
}

both_backends! {
    async fn the_cost_route_names_its_bad_parameters(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = app.get_json("/api/v1/plans/SP2028-2031/finance/cost?level=galaxy&by=colour").await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["year", "level", "by"]);
        let (s, p) = app.get_json("/api/v1/plans/SP2028-2031/finance/cost?year=2040").await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["year".to_owned()]));
        assert_eq!(app.get_json("/api/v1/plans/NOPE/finance/cost?year=2028").await.0, StatusCode::NOT_FOUND);
        assert_eq!(app.call("GET", "/api/v1/plans/SP2028-2031/finance/cost?year=2028", None, None).await.0, StatusCode::UNAUTHORIZED);
    }
}

/// The checks of `r` of kind `kind` (and unit `unit`, when given).
fn checks<'a>(r: &'a serde_json::Value, kind: &str, unit: Option<&str>) -> Vec<&'a serde_json::Value> {
    r["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["check"] == kind && unit.is_none_or(|u| c["unit"] == u))
        .collect()
}

both_backends! {
    async fn the_seeded_finance_reconciles_and_a_unit_over_budget_shows_the_gap(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, r) = app.get_json("/api/v1/plans/SP2028-2031/finance/reconciliation").await;
        assert_eq!(s, StatusCode::OK, "{r}");
        assert_eq!(checks(&r, "unit_allocations", None).len(), 16, "four units, four years");
        assert_eq!(checks(&r, "adopted_revenue", None).len(), 2, "two bienniums");
        let adopted = checks(&r, "adopted_expense", None)[0];
        assert_eq!((adopted["period"].as_str(), adopted["computed"].as_str(), adopted["reference"].as_str()),
            (Some("2028-2029"), Some("346000"), Some("346000")));
        assert_eq!(r["reconciled"], true, "{r}");
        // An allocation may not go above the budget, but the budget may be cut below the allocations.
        let (_, l) = app.get_json("/api/v1/plans/SP2028-2031/finance/lines?year=2028&unit=BR&kind=expense&category=staff").await;
        let (id, amount) = (&l["items"][0]["id"], dec(&l["items"][0]["amount"]));
        let (s, _) = app.call("PATCH", &format!("/api/v1/plans/SP2028-2031/finance/lines/{id}"), Some(&app.tokens.admin),
            Some(json!({"version": 1, "amount": (amount - Decimal::new(125, 2)).to_string()}))).await;
        assert_eq!(s, StatusCode::OK);
        let (_, r) = app.get_json("/api/v1/plans/SP2028-2031/finance/reconciliation?year=2028").await;
        assert_eq!(r["reconciled"], false);
        let br = checks(&r, "unit_allocations", Some("BR"))[0];
        assert_eq!((br["difference"].as_str(), br["reconciles"].as_bool()), (Some("1.25"), Some(false)),
            "allocated − budget: BR allocates CHF 1,250 more than its budget");
        assert_eq!(checks(&r, "unit_allocations", None).len(), 4, "one year only");
        assert_eq!(checks(&r, "balance", None).len(), 1, "the biennium holding 2028");
        let goal = checks(&r, "cost_by_goal", None)[0];
        assert_eq!(goal["difference"].as_str(), Some("1.25"));
        let (_, c) = app.get_json("/api/v1/plans/SP2028-2031/finance/cost?year=2028").await;
        assert_eq!((c["difference"].as_str(), c["reconciled"].as_bool()), (Some("1.25"), Some(false)),
            "the same sign as the reconciliation");
    }
}

both_backends! {
    async fn lines_that_differ_from_the_adopted_totals_do_not_reconcile(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, list) = app.get_json("/api/v1/plans/SP2028-2031/finance/adopted-totals").await;
        assert_eq!(s, StatusCode::OK, "{list}");
        assert_eq!(list["items"][0]["biennium"], "2028-2029");
        assert_eq!(list["items"][0]["provenance"], "illustrative");
        let path = "/api/v1/plans/SP2028-2031/finance/adopted-totals/2028-2029";
        let (s, p) = app.call("PUT", path, Some(&app.tokens.admin),
            Some(json!({"version": 1, "revenue": "346000", "expense": "346000.5", "provenance": "verified"}))).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!((p["expense"].as_str(), p["version"].as_i64()), (Some("346000.5"), Some(2)));
        let (_, r) = app.get_json("/api/v1/plans/SP2028-2031/finance/reconciliation?year=2029").await;
        assert_eq!(r["reconciled"], false);
        let e = checks(&r, "adopted_expense", None)[0];
        assert_eq!((e["computed"].as_str(), e["reference"].as_str(), e["difference"].as_str(), e["reconciles"].as_bool()),
            (Some("346000"), Some("346000.5"), Some("-0.5"), Some(false)));
        assert_eq!(checks(&r, "adopted_revenue", None)[0]["reconciles"], true);
        // Stale versions, bad figures and bienniums outside the plan are refused, naming the field.
        let (s, _) = app.call("PUT", path, Some(&app.tokens.admin), Some(json!({"version": 1, "revenue": "1", "expense": "1"}))).await;
        assert_eq!(s, StatusCode::CONFLICT);
        let (s, p) = app.call("PUT", "/api/v1/plans/SP2028-2031/finance/adopted-totals/2029-2030", Some(&app.tokens.admin),
            Some(json!({"revenue": "-1", "expense": "1"}))).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["biennium".to_owned(), "revenue".to_owned()]));
        let (s, _) = app.call("PUT", path, Some(&app.tokens.planner_br), Some(json!({"version": 2, "revenue": "1", "expense": "1"}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN);
    }
}

/// The text of the cell after `marker` up to `end`, in `html`.
fn after<'a>(html: &'a str, marker: &str, end: &str) -> &'a str {
    let from = html.find(marker).unwrap_or_else(|| panic!("{marker} not in the page")) + marker.len();
    &html[from..from + html[from..].find(end).unwrap()]
}

both_backends! {
    async fn a_nodes_cost_is_the_same_on_the_framework_and_the_finance_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = crate::pages::login(&app, "admin@test.org").await;
        let view = "plan=SP2028-2031&year=2028";
        let framework = crate::pages::get(&app, Some(&cookie), &format!("/framework?{view}")).await.body;
        let finance = crate::pages::get(&app, Some(&cookie), &format!("/finance?{view}")).await.body;
        let (_, c) = app.get_json("/api/v1/plans/SP2028-2031/finance/cost?year=2028&level=thematic_priority").await;
        let tp = c["nodes"].as_array().unwrap().iter().find(|n| n["code"] == "TP-R1").expect("TP-R1");
        // TP-R1's cost: BR's allocations to it and to the outputs below it.
        let on_framework = after(after(&framework, "id=\"node-TP-R1\"", "</summary>"), "cost CHF ", " k");
        let on_finance = after(
            &finance,
            &format!("<a href=\"/framework/TP-R1?plan=SP2028-2031&amp;year=2028\">TP-R1</a></td><td>{}</td><td class=\"num\">",
                tp["name"].as_str().unwrap()),
            "<",
        );
        assert_eq!(on_framework, on_finance);
        assert_eq!(on_finance.replace(',', ""), tp["cost"].as_str().unwrap());
    }
}
