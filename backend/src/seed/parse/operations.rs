//! Rows of the seed files for operational plans and items, and risks.

use super::{OpItemRow, OpPlanRow, PROVENANCE, RiskRow, list};
use crate::models::operations::ITEM_STATUSES;
use crate::models::risks::{CATEGORIES, STATUSES};
use crate::seed::reader::Row;

/// One row of `operational_plans.csv`, checked on its own.
pub(super) fn op_plan(r: &Row<'_>) -> Option<OpPlanRow> {
    if let (
        Some(plan_code),
        Some(unit_code),
        Some(year),
        Some(horizon_end_year),
        Some(title),
        Some(status),
        Some(provenance),
    ) = (
        r.req("plan_code"),
        r.req("unit_code"),
        r.int("year"),
        r.int("horizon_end_year"),
        r.req("title"),
        r.one_of("status", &["draft", "approved"]),
        r.one_of("provenance", PROVENANCE),
    ) {
        return Some(OpPlanRow {
            line: r.line,
            plan_code,
            unit_code,
            year,
            horizon_end_year,
            title,
            status,
            provenance,
        });
    }
    None
}

/// One row of `operational_items.csv`, checked on its own.
pub(super) fn op_item(r: &Row<'_>) -> Option<OpItemRow> {
    if let (
        Some(plan_code),
        Some(unit_code),
        Some(year),
        Some(code),
        Some(name),
        Some(output_code),
        Some(responsible_unit_code),
        Some(budget),
        Some(planned_quantity),
        Some(delivered_quantity),
        Some(status),
        Some(provenance),
    ) = (
        r.req("plan_code"),
        r.req("unit_code"),
        r.int("year"),
        r.req("code"),
        r.req("name"),
        r.req("output_code"),
        r.req("responsible_unit_code"),
        r.dec("budget"),
        r.dec("planned_quantity"),
        r.dec("delivered_quantity"),
        r.one_of("status", ITEM_STATUSES),
        r.one_of("provenance", PROVENANCE),
    ) {
        return Some(OpItemRow {
            line: r.line,
            plan_code,
            unit_code,
            year,
            code,
            name,
            output_code,
            responsible_unit_code,
            budget,
            planned_quantity,
            delivered_quantity,
            unit_of_measure: r.text("unit_of_measure"),
            milestones: r.text("milestones"),
            status,
            provenance,
        });
    }
    None
}

/// One row of `risks.csv`, checked on its own.
pub(super) fn risk(r: &Row<'_>) -> Option<RiskRow> {
    if let (
        Some(plan_code),
        Some(code),
        Some(title),
        Some(category),
        Some(likelihood),
        Some(impact),
        Some(owner_unit_code),
        Some(status),
        Some(reviewed_on),
        Some(provenance),
    ) = (
        r.req("plan_code"),
        r.req("code"),
        r.req("title"),
        r.one_of("category", CATEGORIES),
        r.int("likelihood"),
        r.int("impact"),
        r.req("owner_unit_code"),
        r.one_of("status", STATUSES),
        r.date("reviewed_on"),
        r.one_of("provenance", PROVENANCE),
    ) {
        for (col, v) in [("likelihood", likelihood), ("impact", impact)] {
            if !(1..=5).contains(&v) {
                r.fail(col, format!("{v} is not between 1 and 5"));
            }
        }
        let linked_node_codes = list(&r.text("linked_node_codes"));
        return Some(RiskRow {
            line: r.line,
            plan_code,
            code,
            title,
            description: r.text("description"),
            category,
            likelihood,
            impact,
            mitigation: r.text("mitigation"),
            owner_unit_code,
            status,
            reviewed_on,
            linked_node_codes,
            provenance,
        });
    }
    None
}
