//! The executive summary: overall status, key indicators, finance, delivery, risks, data quality.

use rust_decimal::Decimal;

use super::Page;
use super::framework::indicator_table;
use super::operations::reconciliation_note;
use crate::charts::DataTable;
use crate::format::{chf_k, percent};
use crate::input::{DataQualityKind, IndicatorInput, Status};
use stratrack_vocab::plural::count;

/// Risks at or above this score (likelihood × impact) are called high.
pub const HIGH_RISK_SCORE: u32 = 15;

/// Writes the "Executive summary" section.
pub fn write(p: &mut Page<'_, '_>) {
    p.section("summary", "Executive summary", |p| {
        status_overview(p);
        projection_overview(p);
        key_indicators(p);
        p.h.el("h3", "", "Finance, delivery and risks");
        finance(p);
        reconciliation_note(p);
        delivery_and_risks(p);
        data_quality(p);
    });
}

/// Writes how many indicators have each status, in words and as a table.
fn status_overview(p: &mut Page<'_, '_>) {
    let a = p.a;
    let input = a.input;
    let year = input.year;
    let total: u32 = a.status_counts.iter().sum();
    let nth = year - input.plan.start_year + 1;
    let counts: Vec<String> = Status::ALL
        .iter()
        .zip(a.status_counts)
        .map(|(s, n)| format!("{n} {}", s.label().to_lowercase()))
        .collect();
    p.h.p(&format!(
        "This report covers {year}, year {nth} of the strategic plan {}–{} ({}). It rates {} \
         by the status rule stated in the annex: {}.",
        input.plan.start_year,
        input.plan.end_year,
        input.plan.resolution,
        crate::format::count(input, total, "indicator", "indicators"),
        counts.join(", ")
    ));
    let mut t = DataTable::new(&["Status", "Indicators", "Share"], &[false, true, true]);
    for (s, n) in Status::ALL.iter().zip(a.status_counts) {
        let share = if total == 0 {
            "–".to_owned()
        } else {
            percent(Decimal::from(n) / Decimal::from(total))
        };
        t.push(vec![s.label().to_owned(), n.to_string(), share]);
    }
    t.push(vec![
        "All indicators".to_owned(),
        total.to_string(),
        if total == 0 {
            "–".to_owned()
        } else {
            percent(Decimal::ONE)
        },
    ]);
    p.h.table(&format!("Indicators by status, {year}"), &t);
}

/// Writes how many indicators are projected to meet their target ("Of 53 indicators, 31 are projected
/// to meet their 2031 target …"), when the input carries projections.
fn projection_overview(p: &mut Page<'_, '_>) {
    let Some(c) = p.a.projections else {
        return;
    };
    let target = c
        .target_year
        .map_or_else(|| "end-of-plan".to_owned(), |y| y.to_string());
    let are = |n: u32| if n == 1 { "is" } else { "are" };
    p.h.p(&format!(
        "Projection: of {} indicator{}, {} {} projected to meet their {target} target and {} {} not; for {} it is \
         too early to tell (fewer than two points, or no baseline or target). Each projection is a least-squares line through \
         the baseline and the approved annual values so far, read at the target year (see the annex).",
        c.total,
        if c.total == 1 { "" } else { "s" },
        c.likely,
        are(c.likely),
        c.unlikely,
        are(c.unlikely),
        c.too_early,
    ));
}

/// Writes the table of key performance indicators, when there are any.
fn key_indicators(p: &mut Page<'_, '_>) {
    let input = p.a.input;
    let year = input.year;
    let keys: Vec<&IndicatorInput> = input.indicators.iter().filter(|i| i.is_key).collect();
    if !keys.is_empty() {
        p.h.el("h3", "", "Key performance indicators");
        let caption = format!("Key performance indicators, {year}");
        indicator_table(
            (p.body_words(), input),
            &mut p.h,
            &caption,
            &keys,
            (year, input.since_year),
            p.a.projections.is_some(),
        );
    }
}

/// Writes the year's planned expense and how much of it was executed.
fn finance(p: &mut Page<'_, '_>) {
    let a = p.a;
    let year = a.input.year;
    let plan: Decimal = a.budget.iter().map(|u| u.plan).sum();
    let actual: Option<Decimal> = a.budget.iter().filter_map(|u| u.actual).reduce(|x, y| x + y);
    let mut finance = format!("Planned expense for {year}: CHF {} thousand", chf_k(plan));
    match actual {
        Some(act) if !plan.is_zero() => finance.push_str(&format!(
            "; executed: CHF {} thousand ({} of plan).",
            chf_k(act),
            percent(act / plan)
        )),
        Some(act) => finance.push_str(&format!("; executed: CHF {} thousand.", chf_k(act))),
        None => finance.push_str("; no execution reported yet."),
    }
    p.h.p(&finance);
}

/// Writes how many operational items were delivered in full, and how many risks are open and high.
fn delivery_and_risks(p: &mut Page<'_, '_>) {
    let a = p.a;
    let input = a.input;
    let counted: u32 = a.delivery.iter().map(|u| u.counted).sum();
    let delivered: u32 = a.delivery.iter().map(|u| u.delivered).sum();
    if input.is_current_form() {
        p.h.p(&delivered_in_full(a, counted, delivered));
    } else {
        // As runs frozen before said it.
        p.h.p(&format!(
            "Operational plans: {delivered} of {counted} items counted were delivered in full across {} units \
             (see the delivery rate per unit below).",
            a.delivery.len()
        ));
    }
    let open = input.risks.iter().filter(|r| r.status != "closed").count();
    let high = input
        .risks
        .iter()
        .filter(|r| r.status != "closed" && r.score() >= HIGH_RISK_SCORE)
        .count();
    p.h.p(&format!(
        "Risks: {open} open of {} in the register, {high} of them high (likelihood × impact ≥ {HIGH_RISK_SCORE}).",
        input.risks.len()
    ));
}

/// The sentence on items delivered in full (the report's current form): the count the items table's "In
/// full" column shows, and the items a unit marked delivered though short of the planned quantity said
/// apart, so that the sentence and the table ("In full", "Status (as reported)") say the same.
fn delivered_in_full(a: &crate::analysis::Analysis<'_>, counted: u32, delivered: u32) -> String {
    let marked_short = a
        .input
        .operational
        .iter()
        .filter(|o| o.status == "delivered" && crate::delivery::in_full(o.quantities()) == Some(false))
        .count() as u32;
    let mut said = format!(
        "Operational plans: {delivered} of {} counted were delivered in full (delivered quantity at least the \
         planned one) across {}",
        count(counted, "item", "items"),
        count(a.delivery.len() as u32, "unit", "units"),
    );
    if marked_short > 0 {
        let one = marked_short == 1;
        said.push_str(&format!(
            "; {} marked delivered by {} short of the planned quantity and {} not counted as delivered in full",
            count(marked_short, "item", "items"),
            if one { "its unit is" } else { "their units are" },
            if one { "is" } else { "are" },
        ));
    }
    said.push_str(" (see the delivery rate per unit and the items below).");
    said
}

/// Writes how many data-quality notes there are of each kind.
fn data_quality(p: &mut Page<'_, '_>) {
    let input = p.a.input;
    let dq: Vec<String> = DataQualityKind::ALL
        .iter()
        .map(|k| {
            format!(
                "{} {}",
                input.data_quality.iter().filter(|d| d.kind == *k).count(),
                k.as_str()
            )
        })
        .collect();
    p.h.p(&format!("Data quality notes: {}.", dq.join(", ")));
}
