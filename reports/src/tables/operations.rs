//! Tables of finance, operational delivery, risks and data quality.

use super::Kind::{ChfThousands, Code, Count, Date, Flag, Measure, Percent, Text};
use super::cols::{INDICATOR_CODE, INDICATOR_NAME, LEVEL, OWNER_UNIT, PROVENANCE, RESULT_NAME, STATUS, YEAR};
use super::{Cell, Column, Table, col};
use crate::analysis::Analysis;
use crate::words::Words;

/// The organisational unit a row is about.
const UNIT: Column = col("unit", "Unit", Code);

/// finance_by_unit.csv: one row per financial-plan line, plan against actual.
pub(super) fn finance_by_unit<'a>(a: &Analysis<'a>) -> Table<'a> {
    Table::with_rows(
        "finance_by_unit",
        &[
            UNIT,
            YEAR,
            col("kind", "Kind", Code),
            col("category", "Category", Text),
            col("plan_chf_thousands", "Plan (CHF thousands)", ChfThousands),
            col("actual_chf_thousands", "Actual (CHF thousands)", ChfThousands),
            col(
                "difference_chf_thousands",
                "Actual − plan (CHF thousands)",
                ChfThousands,
            ),
            PROVENANCE,
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
            YEAR,
            col("check", "Check", Code),
            col("period", "Period", Code),
            UNIT,
            col("label", "What is checked", Text),
            col("computed_chf_thousands", "Computed (CHF thousands)", ChfThousands),
            col("against", "Checked against", Text),
            col("reference_chf_thousands", "Reference (CHF thousands)", ChfThousands),
            col(
                "difference_chf_thousands",
                "Computed − reference (CHF thousands)",
                ChfThousands,
            ),
            col("reconciles", "Reconciles", Flag),
        ],
        a.reconciliation.checks.iter().map(|c| {
            // What is checked against what, for people: in the report's language since form 6; the
            // `check` code beside it is for programs.
            let (label, against) = c.texts_in(Words::values(a.input));
            vec![
                Cell::Int(i64::from(a.reconciliation.year)),
                Cell::t(c.kind.as_str()),
                Cell::t(c.period.clone()),
                Cell::t(c.unit.clone().unwrap_or_default()),
                Cell::t(label),
                Cell::Num(c.computed),
                Cell::t(against),
                Cell::n(c.reference),
                Cell::n(c.difference()),
                Cell::yes(c.reconciles()),
            ]
        }),
    )
}

/// cost_by_node.csv: one row per result node with a cost.
pub(super) fn cost_by_node<'a>(a: &Analysis<'a>) -> Table<'a> {
    Table::with_rows(
        "cost_by_node",
        &[
            col("node_code", "Result code", Code),
            LEVEL,
            RESULT_NAME,
            YEAR,
            col("cost_chf_thousands", "Cost (CHF thousands)", ChfThousands),
            PROVENANCE,
        ],
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
        UNIT,
        col("code", "Item code", Code),
        col("name", "Item", Text),
        col("output_code", "Output code", Code),
        col("budget_chf_thousands", "Budget (CHF thousands)", ChfThousands),
        col("planned", "Planned", Measure),
        col("delivered", "Delivered", Measure),
        col("unit_of_measure", "Unit of measure", Text),
        col("delivery_rate", "Delivery rate", Percent),
    ];
    if current {
        headers.push(col("delivered_in_full", "Delivered in full", Flag));
    }
    headers.extend([STATUS, PROVENANCE]);
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
                    Some(full) => Cell::Flag(full, super::Flag::TrueFalse),
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
            col("code", "Risk code", Code),
            col("title", "Risk", Text),
            col("category", "Category", Code),
            col("likelihood", "Likelihood", Count),
            col("impact", "Impact", Count),
            col("score", "Score (likelihood × impact)", Count),
            OWNER_UNIT,
            STATUS,
            col("reviewed_on", "Reviewed on", Date),
            col("linked_nodes", "Linked results", Text),
            col("mitigation", "Mitigation", Text),
            PROVENANCE,
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
                Cell::Date(r.reviewed_on),
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
        &[
            INDICATOR_CODE,
            INDICATOR_NAME,
            col("kind", "Kind of note", Code),
            col("detail", "Detail", Text),
        ],
        a.input.data_quality.iter().map(|d| {
            let name = a.indicator_name(&d.indicator_code).unwrap_or_default();
            // A note the report wrote is said in its language since form 6; the `kind` code stays.
            // A missing value's note, from the status rule's reasons, since form 7.
            let w = Words::values(a.input);
            let detail = w
                .note_detail(d)
                .or_else(|| w.missing_note_of(a.input, d))
                .map_or(Cell::t(&d.detail), Cell::t);
            vec![
                Cell::t(&d.indicator_code),
                Cell::t(name),
                Cell::t(d.kind.as_str()),
                detail,
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
            col("question", "Question number", Code),
            col("about", "About", Code),
            col("run", "Report run", Code),
            col("title", "Question", Text),
            col("asked_by", "Asked by", Text),
            col("asked_on", "Asked on", Date),
            STATUS,
            col("message", "Message number", Count),
            col("author", "Author", Text),
            col("written_on", "Written on", Date),
            col("text", "Message", Text),
        ],
        a.input.questions.iter().flat_map(|q| {
            q.messages.iter().enumerate().map(move |(i, m)| {
                vec![
                    Cell::Int(i64::from(q.id)),
                    Cell::t(&q.about),
                    Cell::i(q.run_id),
                    Cell::t(&q.title),
                    Cell::t(&q.asked_by),
                    Cell::Date(q.asked_at.date_naive()),
                    Cell::t(&q.status),
                    Cell::Int(i as i64 + 1),
                    Cell::t(&m.author),
                    Cell::Date(m.at.date_naive()),
                    Cell::t(&m.body),
                ]
            })
        }),
    )
}
