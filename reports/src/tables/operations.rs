//! Tables of finance, operational delivery, risks and data quality.

use super::{Cell, Table};
use crate::analysis::Analysis;

/// finance_by_unit.csv: one row per financial-plan line, plan against actual.
pub(super) fn finance_by_unit<'a>(a: &Analysis<'a>) -> Table<'a> {
    let mut t = Table::new(
        "finance_by_unit",
        &[
            "unit",
            "year",
            "kind",
            "category",
            "plan_chf_thousands",
            "actual_chf_thousands",
            "difference_chf_thousands",
            "provenance",
        ],
    );
    for l in &a.input.finance.lines {
        t.rows.push(vec![
            Cell::t(&l.unit),
            Cell::Int(i64::from(l.year)),
            Cell::t(l.kind.as_str()),
            Cell::t(&l.category),
            Cell::Num(l.plan_amount),
            Cell::n(l.actual_amount),
            Cell::n(l.actual_amount.map(|act| act - l.plan_amount)),
            Cell::t(&l.provenance),
        ]);
    }
    t
}

/// finance_reconciliation.csv: one row per reconciliation check (difference = computed − reference).
pub(super) fn finance_reconciliation<'a>(a: &Analysis<'a>) -> Table<'a> {
    let mut t = Table::new(
        "finance_reconciliation",
        &[
            "year",
            "check",
            "period",
            "unit",
            "label",
            "computed_chf_thousands",
            "against",
            "reference_chf_thousands",
            "difference_chf_thousands",
            "reconciles",
        ],
    );
    for c in &a.reconciliation.checks {
        t.rows.push(vec![
            Cell::Int(i64::from(a.reconciliation.year)),
            Cell::t(c.kind.as_str()),
            Cell::t(c.period.clone()),
            Cell::t(c.unit.clone().unwrap_or_default()),
            Cell::t(c.label.clone()),
            Cell::Num(c.computed),
            Cell::t(c.against.clone()),
            Cell::n(c.reference),
            Cell::n(c.difference()),
            Cell::t(if c.reconciles() { "yes" } else { "no" }),
        ]);
    }
    t
}

/// cost_by_node.csv: one row per result node with a cost.
pub(super) fn cost_by_node<'a>(a: &Analysis<'a>) -> Table<'a> {
    let mut t = Table::new(
        "cost_by_node",
        &["node_code", "level", "name", "year", "cost_chf_thousands", "provenance"],
    );
    for c in &a.input.finance.cost_by_node {
        t.rows.push(vec![
            Cell::t(&c.node_code),
            Cell::t(c.level.as_str()),
            Cell::t(&c.name),
            Cell::Int(i64::from(a.input.year)),
            Cell::Num(c.amount),
            Cell::t(&c.provenance),
        ]);
    }
    t
}

/// operational_delivery.csv: one row per operational-plan item.
pub(super) fn operational_delivery<'a>(a: &Analysis<'a>) -> Table<'a> {
    let mut t = Table::new(
        "operational_delivery",
        &[
            "unit",
            "code",
            "name",
            "output_code",
            "budget_chf_thousands",
            "planned",
            "delivered",
            "unit_of_measure",
            "delivery_rate",
            "status",
            "provenance",
        ],
    );
    for o in &a.input.operational {
        let rate = o.rate();
        t.rows.push(vec![
            Cell::t(&o.unit),
            Cell::t(&o.code),
            Cell::t(&o.name),
            Cell::t(&o.output_code),
            Cell::Num(o.budget),
            Cell::Num(o.planned),
            Cell::Num(o.delivered),
            Cell::t(&o.unit_of_measure),
            Cell::derived(rate),
            Cell::t(&o.status),
            Cell::t(&o.provenance),
        ]);
    }
    t
}

/// risks.csv: one row per risk.
pub(super) fn risks<'a>(a: &Analysis<'a>) -> Table<'a> {
    let mut t = Table::new(
        "risks",
        &[
            "code",
            "title",
            "category",
            "likelihood",
            "impact",
            "score",
            "owner_unit",
            "status",
            "reviewed_on",
            "linked_nodes",
            "mitigation",
            "provenance",
        ],
    );
    for r in &a.input.risks {
        t.rows.push(vec![
            Cell::t(&r.code),
            Cell::t(&r.title),
            Cell::t(&r.category),
            Cell::Int(i64::from(r.likelihood)),
            Cell::Int(i64::from(r.impact)),
            Cell::Int(i64::from(r.score())),
            Cell::t(&r.owner_unit),
            Cell::t(&r.status),
            Cell::t(r.reviewed_on.format("%Y-%m-%d").to_string()),
            Cell::t(r.linked_nodes.join(";")),
            Cell::t(&r.mitigation),
            Cell::t(&r.provenance),
        ]);
    }
    t
}

/// data_quality.csv: one row per data-quality note.
pub(super) fn data_quality<'a>(a: &Analysis<'a>) -> Table<'a> {
    let mut t = Table::new("data_quality", &["indicator_code", "indicator_name", "kind", "detail"]);
    for d in &a.input.data_quality {
        let name = a.indicator_name(&d.indicator_code).unwrap_or_default();
        t.rows.push(vec![
            Cell::t(&d.indicator_code),
            Cell::t(name),
            Cell::t(d.kind.as_str()),
            Cell::t(&d.detail),
        ]);
    }
    t
}
