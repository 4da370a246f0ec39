//! Risks, gender and regional breakdowns, data quality, and the annex stating the status rule,
//! the plan's thresholds and the methods behind every figure.

use super::Page;
use crate::analysis::{MAX_BREAKDOWN_INDICATORS, MAX_TRAJECTORY_CHARTS};
use crate::charts::DataTable;
use crate::format::{DERIVED_DP, exact, percent, unit_name, with_percent_sign};
use crate::input::DataQualityKind;
use crate::input::FrameworkNames as _;
use crate::xlsx::XLSX_DIGITS;
use stratrack_i18n::Arg;

/// Writes the "Risks" section.
pub fn risks(p: &mut Page<'_, '_>) {
    let a = p.a;
    p.section("risks", "Risks", |p| {
        let w = p.body_words();
        p.h.p(&w.t(
            "report-risks-intro",
            "The risk register, highest score (likelihood × impact, each rated 1 to 5) first.",
        ));
        let mut risks: Vec<_> = a.input.risks.iter().collect();
        risks.sort_by(|x, y| y.score().cmp(&x.score()).then_with(|| x.code.cmp(&y.code)));
        let headers: Vec<String> = [
            ("code", "Code"),
            ("risk", "Risk"),
            ("category", "Category"),
            ("likelihood", "Likelihood"),
            ("impact", "Impact"),
            ("score", "Score"),
            ("owner", "Owner"),
            ("status", "Status"),
            ("reviewed", "Reviewed"),
            ("linked-results", "Linked results"),
            ("mitigation", "Mitigation"),
        ]
        .iter()
        .map(|(key, english)| w.t(&format!("report-th-{key}"), english))
        .collect();
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let mut t = DataTable::new(
            &headers,
            &[false, false, false, true, true, true, false, false, false, false, false],
        );
        for r in risks {
            t.push(vec![
                r.code.clone(),
                r.title.clone(),
                w.word("riskcat", &r.category, &r.category),
                r.likelihood.to_string(),
                r.impact.to_string(),
                r.score().to_string(),
                r.owner_unit.clone(),
                w.word("riskstatus", &r.status, &r.status),
                crate::format::date(r.reviewed_on),
                r.linked_nodes.join(", "),
                r.mitigation.clone(),
            ]);
        }
        // The risk's title and mitigation are the office's words, as typed.
        p.h.table_marked(&w.t("report-risks-caption", "Risk register"), &t, w, &[1, 10]);
    });
}

/// Writes the "Gender and regional breakdowns" section.
pub fn breakdowns(p: &mut Page<'_, '_>) {
    let a = p.a;
    let charts = p.charts;
    let year = a.input.year;
    p.section("breakdowns", "Gender and regional breakdowns", |p| {
        let w = p.body_words();
        if charts.breakdowns.is_empty() {
            p.h.p(&w.t_with(
                "report-breakdowns-none",
                format!("No indicator has approved values by sex or by region for {year}."),
                &[("year", year.into())],
            ));
        } else {
            p.h.p(&w.t_with(
                "report-breakdowns-intro",
                format!(
                    "Approved values for {year} of indicators disaggregated by sex or by ITU region. \
                     All disaggregated values are also in tables/disaggregations.csv."
                ),
                &[("year", year.into())],
            ));
        }
        if a.breakdown_omitted > 0 {
            let note = w.t_with(
                "report-breakdowns-omitted",
                format!(
                    "{} further disaggregated indicators are not charted here (at most {MAX_BREAKDOWN_INDICATORS} \
                     indicators, key indicators first); their values are in tables/disaggregations.csv.",
                    a.breakdown_omitted
                ),
                &[
                    ("count", a.breakdown_omitted.into()),
                    ("max", MAX_BREAKDOWN_INDICATORS.into()),
                ],
            );
            p.h.el("p", "class=\"note\"", &note);
        }
        for (_, chart) in &charts.breakdowns {
            p.figure(chart);
        }
    });
}

/// Writes the "Data quality" section.
pub fn data_quality(p: &mut Page<'_, '_>) {
    let a = p.a;
    let dq = &a.input.data_quality;
    p.section("data-quality", "Data quality", |p| {
        let w = p.body_words();
        p.h.p(&w.t(
            "report-dq-intro",
            "Approved values that are provisional or estimated, values from an earlier year standing in for the \
             report year (stale), and indicators without a usable value (missing).",
        ));
        let (kind, indicators) = (w.t("report-th-kind", "Kind"), w.t("report-th-indicators", "Indicators"));
        let mut counts = DataTable::new(&[kind.as_str(), indicators.as_str()], &[false, true]);
        for k in DataQualityKind::ALL {
            counts.push(vec![
                super::summary::dq_kind(w, k),
                dq.iter().filter(|d| d.kind == k).count().to_string(),
            ]);
        }
        p.h.table(&w.t("report-dq-by-kind", "Data-quality notes by kind"), &counts);
        let headers = [
            w.t("report-th-indicator", "Indicator"),
            w.t("report-th-name", "Name"),
            kind,
            w.t("report-th-detail", "Detail"),
        ];
        let mut t = DataTable::new(&headers.each_ref().map(String::as_str), &[false, false, false, false]);
        // Since form 6 a note the report wrote is said in its language and only the others (a status
        // rule's reason) are marked English, with the names lacking a translation; before, every note.
        let versions = a.input.is_versions_form();
        let mut marked = Vec::new();
        for (row, d) in dq.iter().enumerate() {
            let english = a.indicator_name(&d.indicator_code).unwrap_or_default();
            let name = if w.is_english() {
                english.to_owned()
            } else {
                let named = a.input.indicator_name(&d.indicator_code, english);
                if versions && named.fallback {
                    marked.push((row, 1));
                }
                named.text.to_owned()
            };
            let said = versions
                .then(|| w.note_detail(d).or_else(|| w.missing_note_of(a.input, d)))
                .flatten();
            let detail = match said {
                Some(said) => said,
                None => {
                    marked.push((row, 3));
                    d.detail.clone()
                }
            };
            t.push(vec![
                d.indicator_code.clone(),
                name,
                super::summary::dq_kind(w, d.kind),
                detail,
            ]);
        }
        p.h.table_cells(&w.t("report-dq-caption", "Data-quality notes"), &t, w, &[], &marked);
    });
}

/// Writes the annex's "Units and aggregation rules": which rule may combine the values of which unit,
/// and how a ratio of quarters becomes a percentage. Left out for runs frozen before the rules were
/// stated, so that they rebuild byte for byte.
fn unit_rules(p: &mut Page<'_, '_>) {
    let rules = &p.a.input.unit_rules;
    if rules.is_empty() {
        return;
    }
    let w = p.body_words();
    p.h.el("h3", "", &w.t("report-units-h", "Units and aggregation rules"));
    p.h.p(&w.t(
        "report-units-intro",
        "The values of a year combine by the indicator's aggregation rule, and not every rule suits every \
         unit. The ratio rule adds up the numerators and the denominators of the quarters and divides: \
         100 × Σnumerator ÷ Σdenominator for a percentage, Σnumerator ÷ Σdenominator for a ratio; a single \
         value given with its numerator and denominator is checked with the same factor. An indicator with \
         a pair not listed here is refused when it is defined or changed.",
    ));
    let headers = [
        w.t("report-th-unit", "Unit"),
        w.t("report-th-rules-allowed", "Aggregation rules allowed"),
        w.t("report-th-why-not", "Why not the others"),
    ];
    let mut t = DataTable::new(&headers.each_ref().map(String::as_str), &[false, false, false]);
    for r in rules {
        let allowed: Vec<String> = r
            .aggregations
            .iter()
            .map(|a| w.t(&format!("report-aggregation-{}", a.as_str()), a.as_str()))
            .collect();
        let unit = unit_name(r.unit);
        t.push(vec![
            w.t(&format!("report-unit-name-{unit}"), unit),
            allowed.join(&w.t("report-list-separator", ", ")),
            r.why.clone(),
        ]);
    }
    // Why a pair is refused is the backend's English, as the interface says it.
    p.h.table_marked(
        &w.t("report-units-caption", "Aggregation rules allowed per unit"),
        &t,
        w,
        &[2],
    );
}

/// Writes the annex: status rule, thresholds, methods, and what this report is.
pub fn annex(p: &mut Page<'_, '_>) {
    p.section("annex", "Annex: status rule and thresholds", |p| {
        status_rule(p);
        thresholds(p);
        super::sheets::revisions(p);
        methods(p);
        projection_method(p);
        super::narratives::annex_note(p);
        unit_rules(p);
        about(p);
    });
}

/// Writes the status rule, term by term, with the plan's thresholds in its words.
fn status_rule(p: &mut Page<'_, '_>) {
    let w = p.body_words();
    let th = &p.a.input.plan.thresholds;
    let max_age = th.max_age_years;
    p.h.p(&w.t(
        "report-rule-intro",
        "Every status in this report comes from one rule, applied to approved values only:",
    ));
    p.h.open("dl", "class=\"rule\"");
    let rule = [
        (
            ("actual", "Actual A(Y)"),
            w.t_with(
                "report-rule-actual",
                format!(
                    "The approved headline value (no disaggregation) for year Y, combining sub-annual values by the \
                 indicator's aggregation rule (latest, sum, mean or ratio). If Y has none, the latest approved \
                 value from an earlier year no older than {max_age} year{} stands in, and the report says which year.",
                    if max_age == 1 { "" } else { "s" }
                ),
                &[("max_age", max_age.into())],
            ),
        ),
        (
            ("expected", "Expected E(Y)"),
            w.t(
                "report-rule-expected",
                "The straight line through the baseline (year, value), the annual milestones and the end-of-plan \
             target; before the baseline year it is the baseline, after the target year the target.",
            ),
        ),
        (
            ("progress", "Progress"),
            w.t(
                "report-rule-progress",
                "(A − b) / (E − b), where b is the baseline; the same formula serves increasing and decreasing \
             indicators. When E = b, progress is 1 if A is on the right side of b or equal to it, else 0.",
            ),
        ),
        (
            ("status", "Status"),
            w.t_with(
                "report-rule-status",
                format!(
                    "Achieved if A meets the end target (A ≥ T when increasing, A ≤ T when decreasing); else on track \
                 if progress ≥ {}; at risk if progress ≥ {}; else off track. Indicators to maintain are on track \
                 within ±{}% of the target, at risk within ±{}%, else off track. No data when the actual, the \
                 baseline or the target is missing, with the reason.",
                    exact(th.on_track),
                    exact(th.at_risk),
                    exact(th.maintain_on_track_pct),
                    exact(th.maintain_at_risk_pct)
                ),
                &[
                    ("on_track", Arg::from(exact(th.on_track))),
                    ("at_risk", Arg::from(exact(th.at_risk))),
                    ("maintain_on_track", Arg::from(exact(th.maintain_on_track_pct))),
                    ("maintain_at_risk", Arg::from(exact(th.maintain_at_risk_pct))),
                ],
            ),
        ),
        (
            ("rollup", "Roll-up"),
            w.t(
                "report-rule-rollup",
                "For a result: the indicators on it and on every result below it (through the tree and through \
             contribution links, each indicator once): counts per status, and the mean of progress clamped to \
             [0, 1] over rated indicators (achieved counts as 1).",
            ),
        ),
    ];
    for ((key, term), text) in rule {
        let term = w.t(&format!("report-rule-{key}-term"), term);
        p.h.el("dt", "", &term).el("dd", "", &text);
    }
    p.h.close("dl");
}

/// Writes the table of the plan's thresholds.
fn thresholds(p: &mut Page<'_, '_>) {
    let input = p.a.input;
    let w = p.body_words();
    let th = &input.plan.thresholds;
    let header = w.t_with(
        "report-th-threshold-of",
        format!("Threshold of plan {}", input.plan.code),
        &[("plan", Arg::from(&input.plan.code))],
    );
    let value = w.t("report-th-value", "Value");
    let mut t = DataTable::new(&[header.as_str(), value.as_str()], &[false, true]);
    t.push(vec![
        w.t("report-threshold-on-track", "On track: minimum progress"),
        format!("{} ({})", exact(th.on_track), percent(th.on_track)),
    ]);
    t.push(vec![
        w.t("report-threshold-at-risk", "At risk: minimum progress"),
        format!("{} ({})", exact(th.at_risk), percent(th.at_risk)),
    ]);
    t.push(vec![
        w.t(
            "report-threshold-maintain-on-track",
            "Maintain, on track: within ± % of target",
        ),
        with_percent_sign(exact(th.maintain_on_track_pct)),
    ]);
    t.push(vec![
        w.t(
            "report-threshold-maintain-at-risk",
            "Maintain, at risk: within ± % of target",
        ),
        with_percent_sign(exact(th.maintain_at_risk_pct)),
    ]);
    t.push(vec![
        w.t("report-threshold-max-age", "Oldest value that may stand in (years)"),
        th.max_age_years.to_string(),
    ]);
    p.h.table(&w.t("report-thresholds-caption", "The plan's thresholds"), &t);
}

/// Writes the methods behind the cost, reconciliation, delivery, chart and table figures.
fn methods(p: &mut Page<'_, '_>) {
    let a = p.a;
    let w = p.body_words();
    p.h.el("h3", "", &w.t("report-methods-h", "Methods"));
    p.h.open("ul", "");
    let omitted = if a.trajectory_omitted > 0 {
        w.t_with(
            "report-method-charts-omitted",
            format!(
                "; {} further indicators are covered by the tables only",
                a.trajectory_omitted
            ),
            &[("count", a.trajectory_omitted.into())],
        )
    } else {
        String::new()
    };
    for item in [
        w.t(
            "report-method-cost",
            "Cost of a result: each unit's budget is allocated to outputs, thematic priorities and enablers. The \
         cost of a thematic priority, outcome, output or enabler is the allocations to it and to every result \
         below it; the cost of a goal or target is the allocations carried to it through the contribution \
         weights of the results linked to it. The same figure is shown wherever a result's cost appears.",
        ),
        w.t(
            "report-method-reconciliation",
            "Reconciliation: every check compares a sum with an independent reference — the revenue and expense \
         lines of the biennium with the totals adopted in the financial plan (Decision 5) and with each \
         other; each unit's allocations to results with its expense budget; the cost by goal and by thematic \
         priority (each with enablers) with the year's expense lines. Difference = computed − reference; a \
         check reconciles when the two are exactly equal.",
        ),
        w.t(
            "report-method-delivery",
            "Delivery rate: an item's rate is delivered ÷ planned quantity, not capped (an item that delivered \
         more than planned shows more than 100%). A unit's rate is the mean of its items' rates, each capped \
         at 100%; cancelled items and items with nothing planned are not counted.",
        ),
        w.t_with(
            "report-method-charts",
            format!(
                "Charts: a trajectory for every target-level and key indicator, at most {MAX_TRAJECTORY_CHARTS} \
                 (key indicators first){omitted}. Status is shown by colour (Okabe-Ito palette), pattern and label."
            ),
            &[("max", MAX_TRAJECTORY_CHARTS.into()), ("omitted", Arg::from(&omitted))],
        ),
        w.t_with(
            "report-method-tables",
            format!(
                "Tables: exact decimals as entered; derived figures (expected value, progress, means, rates) \
             rounded to {DERIVED_DP} decimal places. Amounts are in CHF thousands. In report.xlsx numbers are \
             numbers, except a figure of more than {XLSX_DIGITS} significant digits, which Excel cannot hold: it \
             is written as text, and its sheet says so, so that the exact figure survives."
            ),
            &[("dp", DERIVED_DP.into()), ("digits", XLSX_DIGITS.into())],
        ),
        w.t(
            "report-method-cycles",
            "Series across plan cycles: only a predecessor carried over from the previous plan continues an \
         indicator's series (one line in its chart; rows marked predecessor_carried_over in \
         indicator_values.csv). A redefined predecessor measures something else: its values are never drawn on \
         the indicator's line or listed as its values, but shown apart in a labelled table and marked \
         predecessor_redefined, with their own plan, code and unit.",
        ),
    ] {
        p.h.el("li", "", &item);
    }
    p.h.close("ul");
}

/// Writes the annex's "Projection": the method and its limits. Left out for runs frozen before the
/// report showed projections, so that they rebuild byte for byte.
fn projection_method(p: &mut Page<'_, '_>) {
    if p.a.projections.is_none() {
        return;
    }
    let w = p.body_words();
    let band = exact(p.a.input.plan.thresholds.maintain_on_track_pct);
    p.h.el("h3", "", &w.t("report-projection-h", "Projection"));
    p.h.p(&w.t_with(
        "report-projection-method",
        format!(
            "Each indicator's projection is a least-squares straight line through its points (year, value): the \
         baseline, and the approved annual value of each later year up to the report year and the target year \
         (quarters combined by the indicator's aggregation rule). The line is read at the target year. With \
         fewer than two points (no approved value after the baseline year), or without a baseline or a target, \
         it is too early to tell and no value is projected. The target is likely to be met when the projected \
         value meets it in the indicator's direction (at or above it when increasing, at or below it when \
         decreasing) or, for an indicator to maintain, lies within ±{band}% of it; else unlikely. The \
         comparison is exact; the projected value is rounded only when shown. In the charts the projected \
         stretch of the line, from the newest point to the target year, is drawn dashed and labelled \
         \"projection\"."
        ),
        &[("band", Arg::from(&band))],
    ));
    p.h.p(&w.t(
        "report-projection-limits",
        "Limits: a straight line assumes that the change so far goes on at the same pace. It knows nothing of \
         saturation (a percentage near 100), of one-off jumps or of measures yet to be taken; with two or three \
         points one unusual year moves it a lot, and the baseline weighs like any approved year. Milestones play \
         no part: the projection says where the values are heading, the expected path where they were meant to \
         go.",
    ));
}

/// Writes "About this report": the snapshot and run it was built from, and the manifest.
fn about(p: &mut Page<'_, '_>) {
    let input = p.a.input;
    let w = p.body_words();
    p.h.el("h3", "", &w.t("report-about-h", "About this report"));
    let created = crate::format::moment(input.run.generated_at);
    p.h.p(&w.t_with(
        "report-about",
        format!(
            "Built from data snapshot {} for report run {}, created {}. Every file of the report — this page, \
         charts/*.svg and *.png, tables/*.csv and report.xlsx — is listed with its SHA-256 checksum in \
         manifest.json; rebuilding the run from the same snapshot gives the same bytes.",
            input.run.snapshot_id, input.run.run_id, created
        ),
        &[
            ("snapshot", Arg::from(&input.run.snapshot_id)),
            ("run", Arg::from(&input.run.run_id)),
            ("created", Arg::from(&created)),
        ],
    ));
}
