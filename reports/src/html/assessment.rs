//! The four-year assessment's `report.html`: the same self-contained, printable page as the annual
//! report (its stylesheet, table and figure markup), for the end-of-period report to the
//! Plenipotentiary Conference: every year of the plan side by side, the achievement of each target and
//! goal at the end, the cost per goal over the period, the restatements and the projection of what
//! remains open.

use chrono::SecondsFormat;

use super::builder::Html;
use super::{head, node_anchor, restatements};
use crate::assessment::{AssessmentCharts, Counts};
use crate::charts::{Chart, DataTable};
use crate::format::{chf_k, opt_value, percent, plain};
use crate::input::{AssessedNode, AssessmentInput, NodeLevel, Status, is_illustrative};

/// The levels with a section of their own, each with its cost.
const SHOWN: [NodeLevel; 3] = [NodeLevel::Goal, NodeLevel::ThematicPriority, NodeLevel::Enabler];

/// The assessment's page.
pub fn page(input: &AssessmentInput, counts: &Counts, charts: &AssessmentCharts) -> String {
    let (first, last) = (input.plan.start_year, input.closing_year());
    let title = format!(
        "{} — assessment of the results, {first}–{last}, for the Plenipotentiary Conference",
        input.plan.name
    );
    let mut h = head(
        &title,
        64 * 1024 + input.indicators.len() * (300 + 80 * input.years.len()),
        "",
    );
    cover(&mut h, input);
    toc(&mut h, input);
    h.open("main", "");
    let mut figures = 0;
    let mut figure = |h: &mut Html, chart: &Chart| {
        figures += 1;
        h.figure(figures, chart, true);
    };
    summary(&mut h, input, counts);
    figure(&mut h, &charts.status_by_year);
    nodes(&mut h, input);
    figure(&mut h, &charts.cost_by_goal);
    h.close("section");
    indicators(&mut h, input);
    if !input.restatements.is_empty() {
        section(&mut h, restatements::ID, RESTATED);
        for r in &input.restatements {
            h.el("h3", "", &format!("The report for {} (run {})", r.year, r.run_id));
            restatements::intro_and_tables(&mut h, crate::words::Words::default(), r, None);
        }
        h.close("section");
    }
    annex(&mut h, input);
    h.close("main");
    h.el(
        "footer",
        "",
        &format!(
            "{} · assessment {first}–{last} · report run {}",
            input.plan.code, input.run.run_id
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
const RESTATED: &str = "Restatements of figures reported in the annual reports";

fn cover(h: &mut Html, input: &AssessmentInput) {
    let (first, last) = (input.plan.start_year, input.closing_year());
    h.raw("<header class=\"cover\">\n")
        .el(
            "p",
            "class=\"kicker\"",
            "Report of the Council to the Plenipotentiary Conference on the implementation of the strategic plan",
        )
        .el(
            "h1",
            "",
            &format!("{}: assessment of the results, {first}–{last}", input.plan.name),
        )
        .p(&format!(
            "{} · plan period {}–{} · years assessed {first}–{last}",
            input.plan.resolution, input.plan.start_year, input.plan.end_year
        ))
        .el(
            "p",
            "class=\"meta\"",
            &format!(
                "Report run {} · data snapshot {} · generated {}",
                input.run.run_id,
                input.run.snapshot_id,
                input.run.generated_at.to_rfc3339_opts(SecondsFormat::Secs, true)
            ),
        );
    let illustrative = input.indicators.iter().any(|i| is_illustrative(&i.provenance))
        || input.nodes.iter().any(|n| is_illustrative(&n.provenance));
    if illustrative {
        h.el(
            "p",
            "class=\"note illustrative\"",
            "Some figures in this report are illustrative (sample data), not official results.",
        );
    }
    h.close("header");
}

fn toc(h: &mut Html, input: &AssessmentInput) {
    h.open("nav", "class=\"toc\" aria-labelledby=\"toc-title\"")
        .el("h2", "id=\"toc-title\"", "Contents")
        .open("ol", "");
    let entry = |h: &mut Html, id: &str, label: &str| {
        h.open("li", "").el("a", &format!("href=\"#{id}\""), label).close("li");
    };
    entry(h, "summary", "Summary: every year side by side");
    entry(h, "goals", "Achievement of goals and priorities, and their cost");
    entry(
        h,
        "indicators",
        "Achievement of each target, and the projection of what remains open",
    );
    if !input.restatements.is_empty() {
        entry(h, restatements::ID, RESTATED);
    }
    entry(h, "annex", "Annex: method notes");
    h.close("ol").close("nav");
}

/// The whole plan's status counts per year, the achievement at the end and the projection summary.
fn summary(h: &mut Html, input: &AssessmentInput, counts: &Counts) {
    let last = input.closing_year();
    section(h, "summary", "Summary: every year side by side");
    let n = input.indicators.len();
    h.p(&format!(
        "This report assesses the {n} indicators of {} in every year from {} to {last}, each by the status \
         rule stated in the annex, against the framework in force in that year. The tables of this report \
         are also in report.xlsx and tables/*.csv.",
        input.plan.code, input.plan.start_year
    ));
    if let Some(end) = counts.by_year.last() {
        h.p(&format!(
            "At the end of {last}, {} of {n} indicators had achieved their target, {} were on track, {} at risk, \
             {} off track and {} without data.",
            end[0], end[1], end[2], end[3], end[4]
        ));
    }
    let p = &counts.projections;
    h.p(&format!(
        "Of the {} indicators whose target remains open, {} are projected to meet it by its target year, {} \
         are projected to fall short and for {} it is too early to tell.",
        p.total, p.likely, p.unlikely, p.too_early
    ));
    h.close("section");
}

/// One section per goal, thematic priority and enabler: its roll-up each year and its cost.
fn nodes(h: &mut Html, input: &AssessmentInput) {
    section(h, "goals", "Achievement of goals and priorities, and their cost");
    h.p(
        "For each strategic goal, thematic priority and enabler: how many of the indicators on it and below \
         it had each status in each year, their mean progress, and its cost that year (budget allocations \
         carried through contribution weights, CHF thousands). The last row is the period.",
    );
    for level in SHOWN {
        for n in input.nodes.iter().filter(|n| n.level == level) {
            node(h, input, n);
        }
    }
}

fn node(h: &mut Html, input: &AssessmentInput, n: &AssessedNode) {
    h.open("div", &format!("class=\"keep\" id=\"{}\"", node_anchor(&n.code)))
        .el("h3", "", &format!("{} · {}", n.code, n.name));
    let mut t = DataTable::new(
        &[
            "Year",
            "Achieved",
            "On track",
            "At risk",
            "Off track",
            "No data",
            "Mean progress",
            "Cost (CHF thousands)",
        ],
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
    h.table(&format!("{} by year", n.code), &t);
    h.close("div");
}

/// Every indicator with its status and actual in each year, its progress at the end, and the projection
/// where its target remains open.
fn indicators(h: &mut Html, input: &AssessmentInput) {
    section(
        h,
        "indicators",
        "Achievement of each target, and the projection of what remains open",
    );
    h.p(
        "Each indicator's status and actual value in every year (an actual from an earlier year is marked with \
         that year), its progress in the closing year and, where its target is not achieved, where its \
         approved values are heading at its target year.",
    );
    let mut headers = vec!["Code".to_owned(), "Indicator".to_owned(), "Target".to_owned()];
    headers.extend(input.years.iter().map(|y| y.to_string()));
    headers.extend(["Progress at the end".to_owned(), "Projection".to_owned()]);
    let mut numeric = vec![false, false, true];
    numeric.extend(input.years.iter().map(|_| false));
    numeric.extend([true, false]);
    let mut t = DataTable {
        headers,
        numeric,
        rows: Vec::with_capacity(input.indicators.len()),
    };
    for i in &input.indicators {
        let mut row = vec![
            i.code.clone(),
            i.name.clone(),
            match (i.target, i.target_year) {
                (Some(v), Some(y)) => format!("{} ({y})", opt_value(Some(v), i.unit)),
                (Some(v), None) => opt_value(Some(v), i.unit),
                _ => "–".to_owned(),
            },
        ];
        for (y, f) in input.years.iter().zip(&i.years) {
            let actual = match (f.actual, f.actual_year) {
                (Some(a), Some(from)) if from != *y => format!("{} (from {from})", opt_value(Some(a), i.unit)),
                (a, _) => opt_value(a, i.unit),
            };
            row.push(format!("{} · {actual}", f.status.label()));
        }
        row.push(
            i.at_end()
                .and_then(|f| f.progress)
                .map_or_else(|| "–".to_owned(), percent),
        );
        row.push(match &i.projection {
            Some(p) => match p.value_at_target_year {
                Some(v) => format!("{}: {}", p.outlook.label(), opt_value(Some(v), i.unit)),
                None => p.outlook.label().to_owned(),
            },
            None if i.is_open() => "–".to_owned(),
            None => "achieved".to_owned(),
        });
        t.push(row);
    }
    h.table("Indicators, year by year", &t);
    h.close("section");
}

fn annex(h: &mut Html, input: &AssessmentInput) {
    let th = &input.plan.thresholds;
    section(h, "annex", "Annex: method notes");
    h.open("dl", "class=\"rule\"");
    let note = |h: &mut Html, term: &str, text: &str| {
        h.el("dt", "", term).el("dd", "", text);
    };
    note(
        h,
        "Years assessed",
        &format!(
            "From the plan's first year, {}, to the closing year {}: the latest year of the plan with an approved \
             value when the run was made. Years of the plan after it are not assessed yet.",
            input.plan.start_year,
            input.closing_year()
        ),
    );
    note(
        h,
        "Status in each year",
        &format!(
            "Each year is assessed by the same status rule as that year's annual report, against the baselines, \
             targets and milestones in force on its 31 December: progress (A − b) / (E − b) of at least {} is on \
             track, of at least {} at risk, below that off track; a value at or beyond the target is achieved; \
             maintain indicators are on track within ±{}% of the target and at risk within ±{}%; an approved \
             value up to {} year(s) old stands in for a missing one.",
            plain(th.on_track),
            plain(th.at_risk),
            plain(th.maintain_on_track_pct),
            plain(th.maintain_at_risk_pct),
            th.max_age_years
        ),
    );
    note(
        h,
        "Achievement at the end",
        "An indicator's achievement is its status in the closing year; a goal's or priority's is the roll-up of \
         the indicators on it and below it that year (each counted once), with their mean progress clamped to \
         [0, 1].",
    );
    note(
        h,
        "Projection of what remains open",
        "Only for indicators not achieved in the closing year: a least-squares line through the baseline and the \
         approved annual values since (at least two points), read at the target year; likely when that value \
         meets the target, unlikely when it does not, too early to tell with fewer than two points or without a \
         baseline or target. It is the same projection as on the indicator page and in the annual report.",
    );
    note(
        h,
        "Cost per goal",
        "Each year's budget allocations of all units carried to the goals, thematic priorities and enablers \
         through contribution weights (the same cost roll-up as the annual report and the finance pages), CHF \
         thousands; the period's cost is the exact sum of the years'. Figures are rounded for display only; \
         tables/cost_by_node.csv and report.xlsx hold them exactly.",
    );
    note(
        h,
        "Restatements",
        "For each year with a published annual report, the values of that year revised or approved late and \
         the framework revisions recorded since that report was frozen, as on the run's page.",
    );
    h.close("dl");
    h.close("section");
}
