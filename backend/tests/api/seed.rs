//! The seed: loads on both backends, is idempotent, balances and reconciles.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::migrations::TABLES;
use std::collections::BTreeMap;
use stratrack::models::finance_totals;

async fn counts(app: &TestApp) -> BTreeMap<&'static str, i64> {
    let mut out = BTreeMap::new();
    for t in TABLES {
        out.insert(*t, app.count(t).await);
    }
    out
}

both_backends! {
    async fn seeding_twice_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let before = counts(&app).await;
        assert!(before["indicators"] >= 40, "at least 40 indicators: {before:?}");
        let tallies = stratrack::seed::seed(&app.db, &stratrack::seed::Source::Embedded).await.unwrap();
        for (table, t) in &tallies {
            assert_eq!((t.inserted, t.updated), (0, 0), "second seed touched {table}: {t:?}");
        }
        assert_eq!(counts(&app).await, before);
    }
}

both_backends! {
    async fn every_biennium_of_the_financial_plan_balances(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let plan = stratrack::models::plans::plan_by_code(&app.db, "SP2028-2031").await.unwrap();
        let balances = finance_totals::biennium_balances(&app.db, plan.id).await.unwrap();
        assert_eq!(balances.len(), 2, "two biennia: {balances:?}");
        for b in &balances {
            assert!(b.revenue > rust_decimal::Decimal::ZERO);
            assert_eq!(b.revenue, b.expense, "biennium {} is not balanced", b.biennium);
        }
    }
}

both_backends! {
    async fn allocations_reconcile_with_each_units_budget(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let plan = stratrack::models::plans::plan_by_code(&app.db, "SP2028-2031").await.unwrap();
        let rows = finance_totals::allocation_reconciliation(&app.db, plan.id).await.unwrap();
        assert!(rows.len() >= 16, "GS, BR, TSB and BDT for four years at least: {}", rows.len());
        for r in &rows {
            assert_eq!(r.allocated, r.budget, "{} {} allocations differ from the budget", r.unit_code, r.year);
        }
    }
}
