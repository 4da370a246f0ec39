//! Rows of the money seed files: finance lines and actuals, budget allocations and adopted totals.

use super::{AdoptedRow, AllocationRow, MoneyRow, PROVENANCE};
use crate::fixed::Fixed;
use crate::seed::reader::Row;

/// One row of `finance_lines.csv` or `finance_actuals.csv`, checked on its own.
pub(super) fn money(r: &Row<'_>) -> Option<MoneyRow> {
    if let (
        Some(plan_code),
        Some(biennium),
        Some(year),
        Some(unit_code),
        Some(kind),
        Some(category),
        Some(amount),
        Some(provenance),
    ) = (
        r.req("plan_code"),
        r.req("biennium"),
        r.int("year"),
        r.req("unit_code"),
        r.one_of("kind", &["revenue", "expense"]),
        r.one_of("category", crate::models::finance_rows::CATEGORIES),
        r.dec("amount"),
        r.one_of("provenance", PROVENANCE),
    ) {
        if let Err(e) = crate::models::finance_rows::check_category(&kind, &category) {
            r.fail("category", e);
        }
        if amount < Fixed::ZERO {
            r.fail("amount", "must not be negative");
        }
        return Some(MoneyRow {
            line: r.line,
            plan_code,
            biennium,
            year,
            unit_code,
            kind,
            category,
            description: r.text("description"),
            amount,
            provenance,
            source: r.text("source"),
        });
    }
    None
}

/// One row of `budget_allocations.csv`, checked on its own.
pub(super) fn allocation(r: &Row<'_>) -> Option<AllocationRow> {
    if let (Some(plan_code), Some(year), Some(unit_code), Some(node_code), Some(amount), Some(provenance)) = (
        r.req("plan_code"),
        r.int("year"),
        r.req("unit_code"),
        r.req("node_code"),
        r.dec("amount"),
        r.one_of("provenance", PROVENANCE),
    ) {
        return Some(AllocationRow {
            line: r.line,
            plan_code,
            year,
            unit_code,
            node_code,
            amount,
            provenance,
        });
    }
    None
}

/// One row of `adopted_totals.csv`, checked on its own.
pub(super) fn adopted_total(r: &Row<'_>) -> Option<AdoptedRow> {
    if let (Some(plan_code), Some(biennium), Some(revenue), Some(expense), Some(provenance)) = (
        r.req("plan_code"),
        r.req("biennium"),
        r.dec("revenue"),
        r.dec("expense"),
        r.one_of("provenance", PROVENANCE),
    ) {
        return Some(AdoptedRow {
            line: r.line,
            plan_code,
            biennium,
            revenue,
            expense,
            provenance,
            source: r.text("source"),
        });
    }
    None
}
