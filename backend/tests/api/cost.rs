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

both_backends! {
    async fn the_seeded_finance_reconciles_and_a_changed_allocation_shows_the_gap(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, r) = app.get_json("/api/v1/plans/SP2028-2031/finance/reconciliation").await;
        assert_eq!(s, StatusCode::OK, "{r}");
        assert_eq!(r["units"].as_array().unwrap().len(), 16, "four units, four years");
        assert_eq!(r["bienniums"].as_array().unwrap().len(), 2);
        assert_eq!(r["bienniums"][0]["revenue"], "346000");
        assert_eq!(r["reconciled"], true);
        let (_, a) = app.get_json("/api/v1/plans/SP2028-2031/finance/allocations?year=2028&unit=BR&node=TP-R1.O1.P1").await;
        let (id, amount) = (&a["items"][0]["id"], dec(&a["items"][0]["amount"]));
        let (s, _) = app.call("PATCH", &format!("/api/v1/plans/SP2028-2031/finance/allocations/{id}"), Some(&app.tokens.admin),
            Some(json!({"version": 1, "amount": (amount - Decimal::new(125, 2)).to_string()}))).await;
        assert_eq!(s, StatusCode::OK);
        let (_, r) = app.get_json("/api/v1/plans/SP2028-2031/finance/reconciliation?year=2028").await;
        assert_eq!(r["reconciled"], false);
        let br = r["units"].as_array().unwrap().iter().find(|u| u["unit"] == "BR").unwrap();
        assert_eq!((br["difference"].as_str(), br["reconciled"].as_bool()), (Some("1.25"), Some(false)));
        assert_eq!(r["units"].as_array().unwrap().len(), 4, "one year only");
        assert_eq!(r["bienniums"].as_array().unwrap().len(), 1, "the biennium holding 2028");
        let (_, c) = app.get_json("/api/v1/plans/SP2028-2031/finance/cost?year=2028").await;
        assert_eq!((c["difference"].as_str(), c["reconciled"].as_bool()), (Some("1.25"), Some(false)));
    }
}
