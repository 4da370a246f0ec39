//! Tables of finance, operational delivery, risks and data quality.

use super::{Cell, Table};
use crate::analysis::Analysis;

/// finance_by_unit.csv: one row per financial-plan line, plan against actual.
pub(super) fn finance_by_unit<'a>(a: &Analysis<'a>) -> Table<'a> {
    Table::with_rows(
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
        a.input.finance.lines.iter().map(|l| {
            vec![
                Cell::t(&l.unit),
                Cell::Int(i64::from(l.year)),
                Cell::t(l.kind.as_str()),
                Cell::t(&l.category),
                Cell::Num(l.plan_amount),
                Cell::n(l.actual_amount),
                Cell::n(l.actual_amount.map(|act| act - l.plan_amount)),
                Cell::t(&l.provenance),
            ]
        }),
    )
}

/// finance_reconciliation.csv: one row per reconciliation check (difference = computed − reference).
pub(super) fn finance_reconciliation<'a>(a: &Analysis<'a>) -> Table<'a> {
    Table::with_rows(
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
        a.reconciliation.checks.iter().map(|c| {
            vec![
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
            ]
        }),
    )
}

/// cost_by_node.csv: one row per result node with a cost.
pub(super) fn cost_by_node<'a>(a: &Analysis<'a>) -> Table<'a> {
    Table::with_rows(
        "cost_by_node",
        &["node_code", "level", "name", "year", "cost_chf_thousands", "provenance"],
        a.input.finance.cost_by_node.iter().map(|c| {
            vec![
                Cell::t(&c.node_code),
                Cell::t(c.level.as_str()),
                Cell::t(&c.name),
                Cell::Int(i64::from(a.input.year)),
                Cell::Num(c.amount),
                Cell::t(&c.provenance),
            ]
        }),
    )
}

/// operational_delivery.csv: one row per operational-plan item (with `delivered_in_full` in the report's
/// current form).
pub(super) fn operational_delivery<'a>(a: &Analysis<'a>) -> Table<'a> {
    let current = a.input.is_current_form();
    let mut headers = vec![
        "unit",
        "code",
        "name",
        "output_code",
        "budget_chf_thousands",
        "planned",
        "delivered",
        "unit_of_measure",
        "delivery_rate",
    ];
    if current {
        headers.push("delivered_in_full");
    }
    headers.extend(["status", "provenance"]);
    Table::with_rows(
        "operational_delivery",
        &headers,
        a.input.operational.iter().map(move |o| {
            let mut row = vec![
                Cell::t(&o.unit),
                Cell::t(&o.code),
                Cell::t(&o.name),
                Cell::t(&o.output_code),
                Cell::Num(o.budget),
                Cell::Num(o.planned),
                Cell::Num(o.delivered),
                Cell::t(&o.unit_of_measure),
                Cell::derived(o.rate()),
            ];
            if current {
                row.push(match crate::delivery::in_full(o.quantities()) {
                    Some(full) => Cell::t(if full { "true" } else { "false" }),
                    None => Cell::Empty,
                });
            }
            row.extend([Cell::t(&o.status), Cell::t(&o.provenance)]);
            row
        }),
    )
}

/// risks.csv: one row per risk.
pub(super) fn risks<'a>(a: &Analysis<'a>) -> Table<'a> {
    Table::with_rows(
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
        a.input.risks.iter().map(|r| {
            vec![
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
            ]
        }),
    )
}

/// data_quality.csv: one row per data-quality note.
pub(super) fn data_quality<'a>(a: &Analysis<'a>) -> Table<'a> {
    Table::with_rows(
        "data_quality",
        &["indicator_code", "indicator_name", "kind", "detail"],
        a.input.data_quality.iter().map(|d| {
            let name = a.indicator_name(&d.indicator_code).unwrap_or_default();
            vec![
                Cell::t(&d.indicator_code),
                Cell::t(name),
                Cell::t(d.kind.as_str()),
                Cell::t(&d.detail),
            ]
        }),
    )
}

/// questions.csv: one row per message of each question from Council, in the order asked (only in a
/// report whose input carries questions).
pub(super) fn questions<'a>(a: &Analysis<'a>) -> Table<'a> {
    Table::with_rows(
        "questions",
        &[
            "question",
            "about",
            "run",
            "title",
            "asked_by",
            "asked_on",
            "status",
            "message",
            "author",
            "written_on",
            "text",
        ],
        a.input.questions.iter().flat_map(|q| {
            q.messages.iter().enumerate().map(move |(i, m)| {
                vec![
                    Cell::Int(i64::from(q.id)),
                    Cell::t(&q.about),
                    Cell::i(q.run_id),
                    Cell::t(&q.title),
                    Cell::t(&q.asked_by),
                    Cell::t(q.asked_at.format("%Y-%m-%d").to_string()),
                    Cell::t(&q.status),
                    Cell::Int(i as i64 + 1),
                    Cell::t(&m.author),
                    Cell::t(m.at.format("%Y-%m-%d").to_string()),
                    Cell::t(&m.body),
                ]
            })
        }),
    )
}
