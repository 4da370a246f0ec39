//! The executive summary: overall status, key indicators, finance, delivery, risks, data quality.

use rust_decimal::Decimal;

use super::Page;
use super::builder::typed_arg;
use super::framework::indicator_table;
use super::operations::reconciliation_note;
use crate::charts::DataTable;
use crate::format::{chf_k, percent};
use crate::input::{DataQualityKind, IndicatorInput, Status};
use crate::words::Words;
use stratrack_i18n::Arg;
use stratrack_vocab::plural::count;

/// Risks at or above this score (likelihood × impact) are called high.
pub const HIGH_RISK_SCORE: u32 = 15;

/// Writes the "Executive summary" section.
pub fn write(p: &mut Page<'_, '_>) {
    p.section("summary", "Executive summary", |p| {
        status_overview(p);
        projection_overview(p);
        key_indicators(p);
        let heading = p.body_words().t("report-summary-fdr-h", "Finance, delivery and risks");
        p.h.el("h3", "", &heading);
        finance(p);
        reconciliation_note(p);
        delivery_and_risks(p);
        data_quality(p);
    });
}

/// Writes how many indicators have each status, in words and as a table.
fn status_overview(p: &mut Page<'_, '_>) {
    let a = p.a;
    let w = p.body_words();
    let input = a.input;
    let year = input.year;
    let total: u32 = a.status_counts.iter().sum();
    let nth = year - input.plan.start_year + 1;
    let counts: Vec<String> = Status::ALL
        .iter()
        .zip(a.status_counts)
        .map(|(s, n)| format!("{n} {}", w.status(*s).to_lowercase()))
        .collect();
    let counts = counts.join(&w.t("report-list-separator", ", "));
    let covers = w.t_with(
        "report-summary-covers",
        format!(
            "This report covers {year}, year {nth} of the strategic plan {}–{} ({}). It rates {} \
             by the status rule stated in the annex: {counts}.",
            input.plan.start_year,
            input.plan.end_year,
            input.plan.resolution,
            crate::format::count(input, total, "indicator", "indicators"),
        ),
        &[
            ("year", year.into()),
            ("nth", nth.into()),
            ("start", input.plan.start_year.into()),
            ("end", input.plan.end_year.into()),
            ("resolution", Arg::from(typed_arg(w, 0, &input.plan.resolution))),
            ("total", total.into()),
            ("counts", Arg::from(&counts)),
        ],
    );
    // The plan's resolution is named as the office typed it.
    p.h.el_typed("p", "", w, &covers, &[&input.plan.resolution]);
    let headers = [
        w.t("report-th-status", "Status"),
        w.t("report-th-indicators", "Indicators"),
        w.t("report-th-share", "Share"),
    ];
    let mut t = DataTable::new(&headers.each_ref().map(String::as_str), &[false, true, true]);
    for (s, n) in Status::ALL.iter().zip(a.status_counts) {
        let share = if total == 0 {
            "–".to_owned()
        } else {
            percent(Decimal::from(n) / Decimal::from(total))
        };
        t.push(vec![w.status(*s), n.to_string(), share]);
    }
    t.push(vec![
        w.t("report-summary-all-indicators", "All indicators"),
        total.to_string(),
        if total == 0 {
            "–".to_owned()
        } else {
            percent(Decimal::ONE)
        },
    ]);
    let caption = w.t_with(
        "report-summary-by-status",
        format!("Indicators by status, {year}"),
        &[("year", year.into())],
    );
    p.h.table(&caption, &t);
}

/// Writes how many indicators are projected to meet their target ("Of 53 indicators, 31 are projected
/// to meet their 2031 target …"), when the input carries projections.
fn projection_overview(p: &mut Page<'_, '_>) {
    let Some(c) = p.a.projections else {
        return;
    };
    let w = p.body_words();
    let target = c
        .target_year
        .map_or_else(|| w.t("report-summary-end-of-plan", "end-of-plan"), |y| y.to_string());
    let are = |n: u32| if n == 1 { "is" } else { "are" };
    p.h.p(&w.t_with(
        "report-summary-projection",
        format!(
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
        ),
        &[
            ("total", c.total.into()),
            ("likely", c.likely.into()),
            ("unlikely", c.unlikely.into()),
            ("too_early", c.too_early.into()),
            ("target", Arg::from(&target)),
        ],
    ));
}

/// Writes the table of key performance indicators, when there are any.
fn key_indicators(p: &mut Page<'_, '_>) {
    let input = p.a.input;
    let year = input.year;
    let keys: Vec<&IndicatorInput> = input.indicators.iter().filter(|i| i.is_key).collect();
    if !keys.is_empty() {
        let w = p.body_words();
        p.h.el("h3", "", &w.t("report-summary-key-h", "Key performance indicators"));
        let caption = w.t_with(
            "report-summary-key-caption",
            format!("Key performance indicators, {year}"),
            &[("year", year.into())],
        );
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
    let w = p.body_words();
    let year = a.input.year;
    let plan: Decimal = a.budget.iter().map(|u| u.plan).sum();
    let actual: Option<Decimal> = a.budget.iter().filter_map(|u| u.actual).reduce(|x, y| x + y);
    let planned = format!("Planned expense for {year}: CHF {} thousand", chf_k(plan));
    let (year_arg, plan_arg) = (("year", Arg::from(year)), ("plan", Arg::from(chf_k(plan))));
    let finance = match actual {
        Some(act) if !plan.is_zero() => w.t_with(
            "report-summary-finance-rate",
            format!(
                "{planned}; executed: CHF {} thousand ({} of plan).",
                chf_k(act),
                percent(act / plan)
            ),
            &[
                year_arg,
                plan_arg,
                ("actual", Arg::from(chf_k(act))),
                ("rate", Arg::from(percent(act / plan))),
            ],
        ),
        Some(act) => w.t_with(
            "report-summary-finance-executed",
            format!("{planned}; executed: CHF {} thousand.", chf_k(act)),
            &[year_arg, plan_arg, ("actual", Arg::from(chf_k(act)))],
        ),
        None => w.t_with(
            "report-summary-finance-none",
            format!("{planned}; no execution reported yet."),
            &[year_arg, plan_arg],
        ),
    };
    p.h.p(&finance);
}

/// Writes how many operational items were delivered in full, and how many risks are open and high.
fn delivery_and_risks(p: &mut Page<'_, '_>) {
    let a = p.a;
    let input = a.input;
    let counted: u32 = a.delivery.iter().map(|u| u.counted).sum();
    let delivered: u32 = a.delivery.iter().map(|u| u.delivered).sum();
    let w = p.body_words();
    if input.is_current_form() {
        p.h.p(&delivered_in_full(w, a, counted, delivered));
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
    p.h.p(&w.t_with(
        "report-summary-risks",
        format!(
            "Risks: {open} open of {} in the register, {high} of them high (likelihood × impact ≥ {HIGH_RISK_SCORE}).",
            input.risks.len()
        ),
        &[
            ("open", open.into()),
            ("total", input.risks.len().into()),
            ("high", high.into()),
            ("score", HIGH_RISK_SCORE.into()),
        ],
    ));
}

/// The sentence on items delivered in full (the report's current form): the count the items table's "In
/// full" column shows, and the items a unit marked delivered though short of the planned quantity said
/// apart, so that the sentence and the table ("In full", "Status (as reported)") say the same.
fn delivered_in_full(w: Words, a: &crate::analysis::Analysis<'_>, counted: u32, delivered: u32) -> String {
    let marked_short = a
        .input
        .operational
        .iter()
        .filter(|o| o.status == "delivered" && crate::delivery::in_full(o.quantities()) == Some(false))
        .count() as u32;
    let units = a.delivery.len() as u32;
    let short = if marked_short > 0 {
        let one = marked_short == 1;
        w.t_with(
            "report-summary-delivery-short",
            format!(
                "; {} marked delivered by {} short of the planned quantity and {} not counted as delivered in full",
                count(marked_short, "item", "items"),
                if one { "its unit is" } else { "their units are" },
                if one { "is" } else { "are" },
            ),
            &[("count", marked_short.into())],
        )
    } else {
        String::new()
    };
    w.t_with(
        "report-summary-delivery",
        format!(
            "Operational plans: {delivered} of {} counted were delivered in full (delivered quantity at least the \
             planned one) across {}{short} (see the delivery rate per unit and the items below).",
            count(counted, "item", "items"),
            count(units, "unit", "units"),
        ),
        &[
            ("delivered", delivered.into()),
            ("counted", counted.into()),
            ("units", units.into()),
            ("short", Arg::from(&short)),
        ],
    )
}

/// Writes how many data-quality notes there are of each kind.
fn data_quality(p: &mut Page<'_, '_>) {
    let input = p.a.input;
    let w = p.body_words();
    let dq: Vec<String> = DataQualityKind::ALL
        .iter()
        .map(|k| {
            format!(
                "{} {}",
                input.data_quality.iter().filter(|d| d.kind == *k).count(),
                dq_kind(w, *k)
            )
        })
        .collect();
    let dq = dq.join(&w.t("report-list-separator", ", "));
    p.h.p(&w.t_with(
        "report-summary-dq",
        format!("Data quality notes: {dq}."),
        &[("counts", Arg::from(&dq))],
    ));
}

/// A kind of data-quality note ("provisional", "stale") in `w`'s language.
pub(super) fn dq_kind(w: Words, k: DataQualityKind) -> String {
    w.t(&format!("report-dq-{}", k.as_str()), k.as_str())
}
