//! The finance section (reconciliation, budget against actual, cost per result) and the
//! operational-delivery section.

use super::Page;
use crate::charts::DataTable;
use crate::format::{chf_k, grouped, percent};
use crate::reconcile::{Reconciliation, signed};
use crate::words::Words;
use rust_decimal::Decimal;
use stratrack_i18n::Arg;
use stratrack_vocab::plural::noun;

/// Writes the "Finance" section.
pub fn finance(p: &mut Page<'_, '_>) {
    p.section("finance", "Finance", |p| {
        let intro = p.body_words().t(
            "report-finance-intro",
            "Amounts are in CHF thousands. The financial plan is the one adopted with the strategic plan (Decision 5).",
        );
        p.h.p(&intro);
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
    let statement = statement(p.body_words(), reconciliation);
    p.h.el("p", &format!("class=\"{class}\""), &statement);
}

/// Whether the finance figures reconcile, in `w`'s language ([`Reconciliation::statement`] in English).
fn statement(w: Words, r: &Reconciliation) -> String {
    let english = r.statement();
    let year = ("year", Arg::from(r.year));
    if r.checks.is_empty() {
        return w.t_with("report-recon-none", english, &[year]);
    }
    if r.reconciles() {
        return w.t_with("report-recon-ok", english, &[year]);
    }
    let gaps: Vec<String> = r
        .checks
        .iter()
        .filter(|c| !c.reconciles())
        .map(|c| {
            let (label, against) = c.texts_in(w);
            let computed = chf_k(c.computed);
            match (c.reference, c.difference()) {
                (Some(reference), Some(d)) => w.t_with(
                    "report-recon-gap",
                    format!(
                        "{label}: CHF {computed} thousand against CHF {} thousand, the {against} (difference CHF {} \
                         thousand)",
                        chf_k(reference),
                        signed(d)
                    ),
                    &[
                        ("label", Arg::from(&label)),
                        ("computed", Arg::from(&computed)),
                        ("reference", Arg::from(chf_k(reference))),
                        ("against", Arg::from(&against)),
                        ("difference", Arg::from(signed(d))),
                    ],
                ),
                _ => w.t_with(
                    "report-recon-gap-unset",
                    format!("{label}: CHF {computed} thousand, but no {against} is set"),
                    &[
                        ("label", Arg::from(&label)),
                        ("computed", Arg::from(&computed)),
                        ("against", Arg::from(&against)),
                    ],
                ),
            }
        })
        .collect();
    let gaps = gaps.join(&w.t("report-notes-separator", "; "));
    w.t_with("report-recon-not", english, &[year, ("gaps", Arg::from(gaps))])
}

/// Writes the table of reconciliation checks.
fn reconciliation_table(p: &mut Page<'_, '_>) {
    let a = p.a;
    let w = p.body_words();
    let headers = [
        w.t("report-th-check", "Check"),
        w.t("report-th-computed", "Computed"),
        w.t("report-th-against", "Against"),
        w.t("report-th-reference", "Reference"),
        w.t("report-th-difference-computed", "Difference (computed − reference)"),
        w.t("report-th-reconciles", "Reconciles"),
    ];
    let mut t = DataTable::new(
        &headers.each_ref().map(String::as_str),
        &[false, true, false, true, true, false],
    );
    for c in &a.reconciliation.checks {
        let (label, against) = c.texts_in(w);
        t.push(vec![
            label,
            chf_k(c.computed),
            against,
            c.reference
                .map_or_else(|| w.t("report-recon-not-set", "not set"), chf_k),
            c.difference().map_or_else(|| "–".to_owned(), signed),
            yes_no(w, c.reconciles()),
        ]);
    }
    let year = a.input.year;
    let caption = w.t_with(
        "report-recon-caption",
        format!("Reconciliation of the finance figures, {year} (CHF thousands; difference = computed − reference)"),
        &[("year", year.into())],
    );
    p.h.table(&caption, &t);
}

/// "yes" or "no" in `w`'s language.
fn yes_no(w: Words, yes: bool) -> String {
    if yes {
        w.t("report-yes", "yes")
    } else {
        w.t("report-no", "no")
    }
}

/// Writes the report year's financial-plan lines, plan against actual.
fn plan_lines(p: &mut Page<'_, '_>) {
    let a = p.a;
    let w = p.body_words();
    let year = a.input.year;
    let headers = [
        w.t("report-th-unit", "Unit"),
        w.t("report-th-kind", "Kind"),
        w.t("report-th-category", "Category"),
        w.t("report-th-plan", "Plan"),
        w.t("report-th-actual", "Actual"),
        w.t("report-th-difference", "Difference"),
    ];
    let mut lines = DataTable::new(
        &headers.each_ref().map(String::as_str),
        &[false, false, false, true, true, true],
    );
    for l in a.input.finance.lines.iter().filter(|l| l.year == year) {
        lines.push(vec![
            l.unit.clone(),
            w.word("fkind", l.kind.as_str(), l.kind.as_str()),
            w.word("fcat", &l.category, &l.category.replace('_', " ")),
            chf_k(l.plan_amount),
            l.actual_amount.map_or_else(|| "–".to_owned(), chf_k),
            l.actual_amount
                .map_or_else(|| "–".to_owned(), |act| chf_k(act - l.plan_amount)),
        ]);
    }
    let caption = w.t_with(
        "report-finance-lines-caption",
        format!("Financial plan lines and execution by unit, {year} (CHF thousands)"),
        &[("year", year.into())],
    );
    p.h.table(&caption, &lines);
}

/// Writes the "Operational delivery" section.
pub fn delivery(p: &mut Page<'_, '_>) {
    p.section("operations", "Operational delivery", |p| {
        let intro = p.body_words().t(
            "report-operations-intro",
            "Operational plans of the General Secretariat and the Sectors deliver the outputs of the \
             strategic plan. An item's delivery rate is delivered ÷ planned quantity, not capped (above 100% \
             when it delivered more than planned). A unit's delivery rate is the mean of its items' rates, each \
             capped at 100% so that one over-delivered item does not hide another's shortfall; cancelled items \
             and items with nothing planned are not counted.",
        );
        p.h.p(&intro);
        let charts = p.charts;
        p.figure(&charts.delivery);
        items(p);
    });
}

/// Writes the table of operational-plan items (with the "In full" column in the report's current form).
fn items(p: &mut Page<'_, '_>) {
    let a = p.a;
    let w = p.body_words();
    let current = a.input.is_current_form();
    let mut headers = vec![
        w.t("report-th-unit", "Unit"),
        w.t("report-th-code", "Code"),
        w.t("report-th-item", "Item"),
        w.t("report-th-output", "Output"),
        w.t("report-th-budget", "Budget"),
        w.t("report-th-planned", "Planned"),
        w.t("report-th-delivered", "Delivered"),
        w.t("report-th-rate", "Rate"),
    ];
    let mut numeric = vec![false, false, false, false, true, true, true, true];
    if current {
        headers.extend([
            w.t("report-th-in-full", "In full"),
            w.t("report-th-status-reported", "Status (as reported)"),
        ]);
        numeric.extend([false, false]);
    } else {
        headers.push(w.t("report-th-status", "Status"));
        numeric.push(false);
    }
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
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
                Some(yes) => yes_no(w, yes),
                None => "–".to_owned(),
            };
            row.push(full);
        }
        row.push(w.word("itemstatus", &o.status, &o.status.replace('_', " ")));
        t.push(row);
    }
    let year = a.input.year;
    let caption = w.t_with(
        "report-operations-items-caption",
        format!("Operational-plan items, {year} (budget in CHF thousands)"),
        &[("year", year.into())],
    );
    // An item's name is its unit's words, as typed.
    p.h.table_marked(&caption, &t, w, &[2]);
}
