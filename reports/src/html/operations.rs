//! The finance section (reconciliation, budget against actual, cost per result) and the
//! operational-delivery section.

use super::Page;
use crate::charts::DataTable;
use crate::format::{chf_k, grouped, percent};
use crate::reconcile::signed;
use rust_decimal::Decimal;
use stratrack_vocab::plural::noun;

/// Writes the "Finance" section.
pub fn finance(p: &mut Page<'_, '_>) {
    p.section("finance", "Finance", |p| {
        p.h.p(
            "Amounts are in CHF thousands. The financial plan is the one adopted with the strategic plan (Decision 5).",
        );
        reconciliation_note(p);
        reconciliation_table(p);
        let charts = p.charts;
        p.figure(&charts.budget);
        p.figure(&charts.cost_by_goal);
        p.figure(&charts.cost_by_priority);
        plan_lines(p);
    });
}

/// Writes whether the finance figures reconcile, as a note marked ok or alert.
pub(super) fn reconciliation_note(p: &mut Page<'_, '_>) {
    let reconciliation = &p.a.reconciliation;
    let class = if reconciliation.reconciles() {
        "note ok"
    } else {
        "note alert"
    };
    p.h.el("p", &format!("class=\"{class}\""), &reconciliation.statement());
}

/// Writes the table of reconciliation checks.
fn reconciliation_table(p: &mut Page<'_, '_>) {
    let a = p.a;
    let mut t = DataTable::new(
        &[
            "Check",
            "Computed",
            "Against",
            "Reference",
            "Difference (computed − reference)",
            "Reconciles",
        ],
        &[false, true, false, true, true, false],
    );
    for c in &a.reconciliation.checks {
        t.push(vec![
            c.label.clone(),
            chf_k(c.computed),
            c.against.clone(),
            c.reference.map_or_else(|| "not set".to_owned(), chf_k),
            c.difference().map_or_else(|| "–".to_owned(), signed),
            if c.reconciles() { "yes" } else { "no" }.to_owned(),
        ]);
    }
    let year = a.input.year;
    p.h.table(
        &format!("Reconciliation of the finance figures, {year} (CHF thousands; difference = computed − reference)"),
        &t,
    );
}

/// Writes the report year's financial-plan lines, plan against actual.
fn plan_lines(p: &mut Page<'_, '_>) {
    let a = p.a;
    let year = a.input.year;
    let mut lines = DataTable::new(
        &["Unit", "Kind", "Category", "Plan", "Actual", "Difference"],
        &[false, false, false, true, true, true],
    );
    for l in a.input.finance.lines.iter().filter(|l| l.year == year) {
        lines.push(vec![
            l.unit.clone(),
            l.kind.as_str().to_owned(),
            l.category.replace('_', " "),
            chf_k(l.plan_amount),
            l.actual_amount.map_or_else(|| "–".to_owned(), chf_k),
            l.actual_amount
                .map_or_else(|| "–".to_owned(), |act| chf_k(act - l.plan_amount)),
        ]);
    }
    p.h.table(
        &format!("Financial plan lines and execution by unit, {year} (CHF thousands)"),
        &lines,
    );
}

/// Writes the "Operational delivery" section.
pub fn delivery(p: &mut Page<'_, '_>) {
    p.section("operations", "Operational delivery", |p| {
        p.h.p(
            "Operational plans of the General Secretariat and the Sectors deliver the outputs of the \
             strategic plan. An item's delivery rate is delivered ÷ planned quantity, not capped (above 100% \
             when it delivered more than planned). A unit's delivery rate is the mean of its items' rates, each \
             capped at 100% so that one over-delivered item does not hide another's shortfall; cancelled items \
             and items with nothing planned are not counted.",
        );
        let charts = p.charts;
        p.figure(&charts.delivery);
        items(p);
    });
}

/// Writes the table of operational-plan items (with the "In full" column in the report's current form).
fn items(p: &mut Page<'_, '_>) {
    let a = p.a;
    let current = a.input.is_current_form();
    let mut headers = vec![
        "Unit",
        "Code",
        "Item",
        "Output",
        "Budget",
        "Planned",
        "Delivered",
        "Rate",
    ];
    let mut numeric = vec![false, false, false, false, true, true, true, true];
    if current {
        headers.extend(["In full", "Status (as reported)"]);
        numeric.extend([false, false]);
    } else {
        headers.push("Status");
        numeric.push(false);
    }
    let mut t = DataTable::new(&headers, &numeric);
    for o in &a.input.operational {
        let rate = o.rate();
        let measure = noun(current && o.planned == Decimal::ONE, &o.unit_of_measure);
        let mut row = vec![
            o.unit.clone(),
            o.code.clone(),
            o.name.clone(),
            o.output_code.clone(),
            chf_k(o.budget),
            format!("{} {measure}", grouped(o.planned, 2)),
            grouped(o.delivered, 2),
            rate.map_or_else(|| "–".to_owned(), percent),
        ];
        if current {
            let full = match crate::delivery::in_full(o.quantities()) {
                Some(true) => "yes",
                Some(false) => "no",
                None => "–",
            };
            row.push(full.to_owned());
        }
        row.push(o.status.replace('_', " "));
        t.push(row);
    }
    let year = a.input.year;
    p.h.table(&format!("Operational-plan items, {year} (budget in CHF thousands)"), &t);
}
