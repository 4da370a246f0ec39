//! The four-year assessment's `report.html`: the same self-contained, printable page as the annual
//! report (its stylesheet, table and figure markup), for the end-of-period report to the
//! Plenipotentiary Conference: every year of the plan side by side, the achievement of each target and
//! goal at the end, the cost per goal over the period, the restatements and the projection of what
//! remains open.

use crate::input::FrameworkNames as _;
use chrono::SecondsFormat;
use stratrack_i18n::Arg;

use super::builder::Html;
use super::{head_in, node_anchor, restatements};
use crate::assessment::{AssessmentCharts, Counts};
use crate::charts::{Chart, DataTable};
use crate::format::{chf_k, opt_value, percent, plain};
use crate::input::{AssessedNode, AssessmentInput, NodeLevel, Status, is_illustrative};
use crate::words::Words;

/// The levels with a section of their own, each with its cost.
const SHOWN: [NodeLevel; 3] = [NodeLevel::Goal, NodeLevel::ThematicPriority, NodeLevel::Enabler];

/// The assessment's page, in its language (form [`crate::input::ASSESSMENT_FORM_LANGUAGES`] and later;
/// English, as it always was, before).
pub fn page(input: &AssessmentInput, counts: &Counts, charts: &AssessmentCharts) -> String {
    let w = Words::of_assessment(input);
    crate::format::locale::with(input.number_language(), || {
        crate::words::with(w, || write(input, counts, charts, w))
    })
}

/// The first and last year assessed as a message's arguments.
fn period(input: &AssessmentInput) -> [(&'static str, Arg<'static>); 2] {
    [
        ("first", Arg::from(input.plan.start_year)),
        ("last", Arg::from(input.closing_year())),
    ]
}

/// `args` followed by `more`.
fn with_args<'a>(args: &[(&'a str, Arg<'a>)], more: &[(&'a str, Arg<'a>)]) -> Vec<(&'a str, Arg<'a>)> {
    args.iter().chain(more).cloned().collect()
}

fn write(input: &AssessmentInput, counts: &Counts, charts: &AssessmentCharts, w: Words) -> String {
    let (first, last) = (input.plan.start_year, input.closing_year());
    let title = w.t_with(
        "report-assessment-title",
        format!(
            "{} — assessment of the results, {first}–{last}, for the Plenipotentiary Conference",
            input.plan.name
        ),
        &with_args(&period(input), &[("plan", Arg::from(input.plan_name()))]),
    );
    let mut h = head_in(
        w.lang(),
        &title,
        64 * 1024 + input.indicators.len() * (300 + 80 * input.years.len()),
        "",
    );
    cover(&mut h, input, w);
    toc(&mut h, input, w);
    h.open("main", "");
    let mut figures = 0;
    let mut figure = |h: &mut Html, chart: &Chart| {
        figures += 1;
        h.figure_in(w, figures, chart, true);
    };
    summary(&mut h, input, counts, w);
    figure(&mut h, &charts.status_by_year);
    nodes(&mut h, input, w);
    figure(&mut h, &charts.cost_by_goal);
    h.close("section");
    indicators(&mut h, input, w);
    if !input.restatements.is_empty() {
        section(&mut h, restatements::ID, &restated(w));
        for r in &input.restatements {
            h.el(
                "h3",
                "",
                &w.t_with(
                    "report-assessment-restated-year",
                    format!("The report for {} (run {})", r.year, r.run_id),
                    &[("year", r.year.into()), ("run", Arg::from(&r.run_id))],
                ),
            );
            restatements::intro_and_tables(&mut h, w, r, None);
        }
        h.close("section");
    }
    annex(&mut h, input, w);
    h.close("main");
    h.el(
        "footer",
        "",
        &w.t_with(
            "report-assessment-footer",
            format!(
                "{} · assessment {first}–{last} · report run {}",
                input.plan.code, input.run.run_id
            ),
            &with_args(
                &period(input),
                &[
                    ("plan", Arg::from(&input.plan.code)),
                    ("run", Arg::from(&input.run.run_id)),
                ],
            ),
        ),
    );
    h.raw("</body>\n</html>\n");
    h.finish()
}

/// Opens a major section: its id and heading (close it with `close("section")`).
fn section(h: &mut Html, id: &str, heading: &str) {
    h.open("section", &format!("class=\"major\" id=\"{id}\""))
        .el("h2", "", heading);
}

/// Heading of the restatements section.
fn restated(w: Words) -> String {
    w.t(
        "report-assessment-restated-h",
        "Restatements of figures reported in the annual reports",
    )
}

fn summary_h(w: Words) -> String {
    w.t("report-assessment-summary-h", "Summary: every year side by side")
}

fn goals_h(w: Words) -> String {
    w.t(
        "report-assessment-goals-h",
        "Achievement of goals and priorities, and their cost",
    )
}

fn indicators_h(w: Words) -> String {
    w.t(
        "report-assessment-indicators-h",
        "Achievement of each target, and the projection of what remains open",
    )
}

fn annex_h(w: Words) -> String {
    w.t("report-assessment-annex-h", "Annex: method notes")
}

fn cover(h: &mut Html, input: &AssessmentInput, w: Words) {
    let (first, last) = (input.plan.start_year, input.closing_year());
    let generated = if input.number_language().is_some() {
        crate::format::moment(input.run.generated_at)
    } else {
        input.run.generated_at.to_rfc3339_opts(SecondsFormat::Secs, true)
    };
    h.raw("<header class=\"cover\">\n")
        .el(
            "p",
            "class=\"kicker\"",
            &w.t(
                "report-assessment-kicker",
                "Report of the Council to the Plenipotentiary Conference on the implementation of the strategic plan",
            ),
        )
        .el(
            "h1",
            "",
            &w.t_with(
                "report-assessment-heading",
                format!("{}: assessment of the results, {first}–{last}", input.plan.name),
                &with_args(&period(input), &[("plan", Arg::from(input.plan_name()))]),
            ),
        )
        .p(&w.t_with(
            "report-assessment-cover-line",
            format!(
                "{} · plan period {}–{} · years assessed {first}–{last}",
                input.plan.resolution, input.plan.start_year, input.plan.end_year
            ),
            &with_args(
                &period(input),
                &[
                    ("resolution", Arg::from(&input.plan.resolution)),
                    ("start", input.plan.start_year.into()),
                    ("end", input.plan.end_year.into()),
                ],
            ),
        ))
        .el(
            "p",
            "class=\"meta\"",
            &w.t_with(
                "report-assessment-meta",
                format!(
                    "Report run {} · data snapshot {} · generated {generated}",
                    input.run.run_id, input.run.snapshot_id,
                ),
                &[
                    ("run", Arg::from(&input.run.run_id)),
                    ("snapshot", Arg::from(&input.run.snapshot_id)),
                    ("generated", Arg::from(&generated)),
                ],
            ),
        );
    let illustrative = input.indicators.iter().any(|i| is_illustrative(&i.provenance))
        || input.nodes.iter().any(|n| is_illustrative(&n.provenance));
    if illustrative {
        h.el(
            "p",
            "class=\"note illustrative\"",
            &w.t(
                "report-assessment-illustrative",
                "Some figures in this report are illustrative (sample data), not official results.",
            ),
        );
    }
    h.close("header");
}

fn toc(h: &mut Html, input: &AssessmentInput, w: Words) {
    h.open("nav", "class=\"toc\" aria-labelledby=\"toc-title\"")
        .el("h2", "id=\"toc-title\"", &w.t("report-contents", "Contents"))
        .open("ol", "");
    let entry = |h: &mut Html, id: &str, label: &str| {
        h.open("li", "").el("a", &format!("href=\"#{id}\""), label).close("li");
    };
    entry(h, "summary", &summary_h(w));
    entry(h, "goals", &goals_h(w));
    entry(h, "indicators", &indicators_h(w));
    if !input.restatements.is_empty() {
        entry(h, restatements::ID, &restated(w));
    }
    entry(h, "annex", &annex_h(w));
    h.close("ol").close("nav");
}

/// The whole plan's status counts per year, the achievement at the end and the projection summary.
fn summary(h: &mut Html, input: &AssessmentInput, counts: &Counts, w: Words) {
    let last = input.closing_year();
    section(h, "summary", &summary_h(w));
    let n = input.indicators.len();
    h.p(&w.t_with(
        "report-assessment-summary-intro",
        format!(
            "This report assesses the {n} indicators of {} in every year from {} to {last}, each by the status \
             rule stated in the annex, against the framework in force in that year. The tables of this report \
             are also in report.xlsx and tables/*.csv.",
            input.plan.code, input.plan.start_year
        ),
        &with_args(
            &period(input),
            &[("count", n.into()), ("plan", Arg::from(&input.plan.code))],
        ),
    ));
    if let Some(end) = counts.by_year.last() {
        h.p(&w.t_with(
            "report-assessment-summary-end",
            format!(
                "At the end of {last}, {} of {n} indicators had achieved their target, {} were on track, {} at risk, \
                 {} off track and {} without data.",
                end[0], end[1], end[2], end[3], end[4]
            ),
            &[
                ("last", last.into()),
                ("count", n.into()),
                ("achieved", end[0].into()),
                ("on_track", end[1].into()),
                ("at_risk", end[2].into()),
                ("off_track", end[3].into()),
                ("no_data", end[4].into()),
            ],
        ));
    }
    let p = &counts.projections;
    h.p(&w.t_with(
        "report-assessment-summary-projection",
        format!(
            "Of the {} indicators whose target remains open, {} are projected to meet it by its target year, {} \
             are projected to fall short and for {} it is too early to tell.",
            p.total, p.likely, p.unlikely, p.too_early
        ),
        &[
            ("count", p.total.into()),
            ("likely", p.likely.into()),
            ("unlikely", p.unlikely.into()),
            ("too_early", p.too_early.into()),
        ],
    ));
    h.close("section");
}

/// One section per goal, thematic priority and enabler: its roll-up each year and its cost.
fn nodes(h: &mut Html, input: &AssessmentInput, w: Words) {
    section(h, "goals", &goals_h(w));
    h.p(&w.t(
        "report-assessment-goals-intro",
        "For each strategic goal, thematic priority and enabler: how many of the indicators on it and below \
         it had each status in each year, their mean progress, and its cost that year (budget allocations \
         carried through contribution weights, CHF thousands). The last row is the period.",
    ));
    for level in SHOWN {
        for n in input.nodes.iter().filter(|n| n.level == level) {
            node(h, input, n, w);
        }
    }
}

fn node(h: &mut Html, input: &AssessmentInput, n: &AssessedNode, w: Words) {
    h.open("div", &format!("class=\"keep\" id=\"{}\"", node_anchor(&n.code)))
        .open("h3", "")
        .prefixed_name(&format!("{} · ", n.code), w, &input.node_name(&n.code, &n.name))
        .close("h3");
    let mut headers = vec![w.t("report-th-year", "Year")];
    headers.extend(Status::ALL.iter().map(|s| w.status(*s)));
    headers.push(w.t("report-th-mean-progress", "Mean progress"));
    headers.push(w.t("report-th-cost-chf", "Cost (CHF thousands)"));
    let mut t = DataTable::new(
        &headers.iter().map(String::as_str).collect::<Vec<_>>(),
        &[false, true, true, true, true, true, true, true],
    );
    for (i, (y, r)) in input.years.iter().zip(&n.rollups).enumerate() {
        let mut row = vec![y.to_string()];
        row.extend(Status::ALL.iter().map(|s| r.count(*s).to_string()));
        row.push(r.mean_progress.map_or_else(|| "–".to_owned(), percent));
        row.push(n.cost.get(i).map_or_else(|| "–".to_owned(), |c| chf_k(*c)));
        t.push(row);
    }
    let mut total = vec![format!("{}–{}", input.plan.start_year, input.closing_year())];
    total.extend(std::iter::repeat_n(String::new(), 6));
    total.push(n.period_cost().map_or_else(|| "–".to_owned(), chf_k));
    t.push(total);
    h.table(
        &w.t_with(
            "report-assessment-node-caption",
            format!("{} by year", n.code),
            &[("code", Arg::from(&n.code))],
        ),
        &t,
    );
    h.close("div");
}

/// Every indicator with its status and actual in each year, its progress at the end, and the projection
/// where its target remains open.
fn indicators(h: &mut Html, input: &AssessmentInput, w: Words) {
    section(h, "indicators", &indicators_h(w));
    h.p(&w.t(
        "report-assessment-indicators-intro",
        "Each indicator's status and actual value in every year (an actual from an earlier year is marked with \
         that year), its progress in the closing year and, where its target is not achieved, where its \
         approved values are heading at its target year.",
    ));
    let mut headers = vec![
        w.t("report-th-code", "Code"),
        w.t("report-th-indicator", "Indicator"),
        w.t("report-th-target", "Target"),
    ];
    headers.extend(input.years.iter().map(|y| y.to_string()));
    headers.extend([
        w.t("report-assessment-th-progress-end", "Progress at the end"),
        w.t("report-assessment-th-projection", "Projection"),
    ]);
    let mut numeric = vec![false, false, true];
    numeric.extend(input.years.iter().map(|_| false));
    numeric.extend([true, false]);
    let mut t = DataTable {
        headers,
        numeric,
        rows: Vec::with_capacity(input.indicators.len()),
    };
    let statuses: Vec<String> = Status::ALL.iter().map(|s| w.status(*s)).collect();
    let status = |s: Status| {
        Status::ALL
            .iter()
            .position(|x| *x == s)
            .map_or_else(|| s.label().to_owned(), |i| statuses[i].clone())
    };
    let achieved = w.t("report-assessment-achieved", "achieved");
    // An indicator's name without a translation in the assessment's language is marked as English.
    let mut english = Vec::new();
    for (r, i) in input.indicators.iter().enumerate() {
        let named = input.indicator_name(&i.code, &i.name);
        if named.fallback {
            english.push((r, 1));
        }
        let mut row = vec![
            i.code.clone(),
            named.text.to_owned(),
            match (i.target, i.target_year) {
                (Some(v), Some(y)) => format!("{} ({y})", opt_value(Some(v), i.unit)),
                (Some(v), None) => opt_value(Some(v), i.unit),
                _ => "–".to_owned(),
            },
        ];
        for (y, f) in input.years.iter().zip(&i.years) {
            let actual = match (f.actual, f.actual_year) {
                (Some(a), Some(from)) if from != *y => {
                    let value = opt_value(Some(a), i.unit);
                    w.t_with(
                        "report-assessment-actual-from",
                        format!("{value} (from {from})"),
                        &[("value", Arg::from(&value)), ("year", from.into())],
                    )
                }
                (a, _) => opt_value(a, i.unit),
            };
            row.push(format!("{} · {actual}", status(f.status)));
        }
        row.push(
            i.at_end()
                .and_then(|f| f.progress)
                .map_or_else(|| "–".to_owned(), percent),
        );
        row.push(match &i.projection {
            Some(p) => {
                let outlook = w.t(&format!("report-outlook-{}", p.outlook.as_str()), p.outlook.label());
                match p.value_at_target_year {
                    Some(v) => format!("{outlook}: {}", opt_value(Some(v), i.unit)),
                    None => outlook,
                }
            }
            None if i.is_open() => "–".to_owned(),
            None => achieved.clone(),
        });
        t.push(row);
    }
    h.table_cells(
        &w.t("report-assessment-indicators-caption", "Indicators, year by year"),
        &t,
        w,
        &[],
        &english,
    );
    h.close("section");
}

fn annex(h: &mut Html, input: &AssessmentInput, w: Words) {
    let th = &input.plan.thresholds;
    section(h, "annex", &annex_h(w));
    h.open("dl", "class=\"rule\"");
    let note = |h: &mut Html, term: &str, text: &str| {
        h.el("dt", "", term).el("dd", "", text);
    };
    note(
        h,
        &w.t("report-assessment-annex-years-h", "Years assessed"),
        &w.t_with(
            "report-assessment-annex-years",
            format!(
                "From the plan's first year, {}, to the closing year {}: the latest year of the plan with an \
                 approved value when the run was made. Years of the plan after it are not assessed yet.",
                input.plan.start_year,
                input.closing_year()
            ),
            &period(input),
        ),
    );
    let (on_track, at_risk) = (plain(th.on_track), plain(th.at_risk));
    let (m_on, m_risk) = (plain(th.maintain_on_track_pct), plain(th.maintain_at_risk_pct));
    note(
        h,
        &w.t("report-assessment-annex-status-h", "Status in each year"),
        &w.t_with(
            "report-assessment-annex-status",
            format!(
                "Each year is assessed by the same status rule as that year's annual report, against the \
                 baselines, targets and milestones in force on its 31 December: progress (A − b) / (E − b) of at \
                 least {on_track} is on track, of at least {at_risk} at risk, below that off track; a value at \
                 or beyond the target is achieved; maintain indicators are on track within ±{m_on}% of the \
                 target and at risk within ±{m_risk}%; an approved value up to {} year(s) old stands in for a \
                 missing one.",
                th.max_age_years
            ),
            &[
                ("on_track", Arg::from(&on_track)),
                ("at_risk", Arg::from(&at_risk)),
                ("maintain_on_track", Arg::from(&m_on)),
                ("maintain_at_risk", Arg::from(&m_risk)),
                ("years", i64::from(th.max_age_years).into()),
            ],
        ),
    );
    note(
        h,
        &w.t("report-assessment-annex-end-h", "Achievement at the end"),
        &w.t(
            "report-assessment-annex-end",
            "An indicator's achievement is its status in the closing year; a goal's or priority's is the roll-up \
             of the indicators on it and below it that year (each counted once), with their mean progress \
             clamped to [0, 1].",
        ),
    );
    note(
        h,
        &w.t(
            "report-assessment-annex-projection-h",
            "Projection of what remains open",
        ),
        &w.t(
            "report-assessment-annex-projection",
            "Only for indicators not achieved in the closing year: a least-squares line through the baseline and \
             the approved annual values since (at least two points), read at the target year; likely when that \
             value meets the target, unlikely when it does not, too early to tell with fewer than two points or \
             without a baseline or target. It is the same projection as on the indicator page and in the annual \
             report.",
        ),
    );
    note(
        h,
        &w.t("report-assessment-annex-cost-h", "Cost per goal"),
        &w.t(
            "report-assessment-annex-cost",
            "Each year's budget allocations of all units carried to the goals, thematic priorities and enablers \
             through contribution weights (the same cost roll-up as the annual report and the finance pages), \
             CHF thousands; the period's cost is the exact sum of the years'. Figures are rounded for display \
             only; tables/cost_by_node.csv and report.xlsx hold them exactly.",
        ),
    );
    note(
        h,
        &w.t("report-assessment-annex-restated-h", "Restatements"),
        &w.t(
            "report-assessment-annex-restated",
            "For each year with a published annual report, the values of that year revised or approved late and \
             the framework revisions recorded since that report was frozen, as on the run's page.",
        ),
    );
    h.close("dl");
    h.close("section");
}
