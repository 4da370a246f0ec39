//! Sections per strategic goal and per thematic priority (and enablers): roll-ups, indicator
//! tables and trajectory charts.

use super::builder::Html;
use super::{Page, node_anchor};
use crate::format::{change, opt_value, percent, value};
use crate::input::FrameworkNames as _;
use crate::input::{
    IndicatorInput, NodeInput, NodeLevel, Quality, ReportInput, Rollup, Status, StatusMove, is_illustrative,
};
use crate::words::Words;
use stratrack_i18n::Arg;

/// The "Strategic goals" section.
pub fn goals(p: &mut Page<'_, '_>) {
    let charts = p.charts;
    p.section("goals", "Strategic goals", |p| {
        let intro = p.body_words().t(
            "report-goals-intro",
            "Each goal counts the indicators on the goal and on every result below it, each indicator once. \
             Statuses come from the status rule stated in the annex.",
        );
        p.h.p(&intro);
        p.figure(&charts.status_by_goal);
        let goals: Vec<&NodeInput> = p.a.nodes_at(NodeLevel::Goal).collect();
        for g in goals {
            node_section(p, g);
        }
    });
}

/// The "Thematic priorities and enablers" section.
pub fn priorities(p: &mut Page<'_, '_>) {
    let charts = p.charts;
    p.section("priorities", "Thematic priorities and enablers", |p| {
        let intro = p.body_words().t(
            "report-priorities-intro",
            "Each thematic priority counts the indicators on its outcomes and outputs, each indicator once.",
        );
        p.h.p(&intro);
        p.figure(&charts.status_by_priority);
        let nodes: Vec<&NodeInput> =
            p.a.nodes_at(NodeLevel::ThematicPriority)
                .chain(p.a.nodes_at(NodeLevel::Enabler))
                .collect();
        for n in nodes {
            node_section(p, n);
        }
    });
}

fn node_section(p: &mut Page<'_, '_>, node: &NodeInput) {
    let a = p.a;
    let w = p.body_words();
    let year = a.input.year;
    p.h.open("section", &format!("id=\"{}\"", node_anchor(&node.code)));
    node_heading(p, "h3", node);
    mandates_of(p, &node.code);
    p.h.p(&rollup_sentence(w, &node.rollup));
    let in_tree = a.indicators_under(&node.code).len();
    let linked = usize::try_from(node.rollup.total())
        .unwrap_or(0)
        .saturating_sub(in_tree);
    if linked > 0 {
        p.h.el(
            "p",
            "class=\"meta\"",
            &w.t_with(
                "report-linked-indicators",
                format!(
                    "{linked} of these indicators belong to results that contribute to {} through contribution \
                     links; they are listed under those results.",
                    node.code
                ),
                &[("count", linked.into()), ("code", Arg::from(&node.code))],
            ),
        );
    }
    for code in a.subtree(&node.code) {
        let indicators = a.indicators_on(code);
        let Some(n) = a.input.node(code) else { continue };
        if code != node.code {
            node_heading(p, "h4", n);
            mandates_of(p, &n.code);
            if indicators.is_empty() {
                p.h.el("p", "class=\"meta\"", &rollup_sentence(w, &n.rollup));
                continue;
            }
        }
        if !indicators.is_empty() {
            let caption = w.t_with(
                "report-indicators-of",
                format!("Indicators of {}, {year}", n.code),
                &[("code", Arg::from(&n.code)), ("year", year.into())],
            );
            indicator_table(
                (w, a.input),
                &mut p.h,
                &caption,
                indicators,
                (year, a.input.since_year),
                a.projections.is_some(),
            );
            p.in_english(|p| super::narratives::beside(&mut p.h, a, indicators));
        }
    }
    let charted: Vec<&IndicatorInput> = a
        .indicators_under(&node.code)
        .into_iter()
        .filter(|i| a.has_trajectory(&i.code))
        .collect();
    if !charted.is_empty() {
        p.h.el(
            "h4",
            "",
            &w.t_with(
                "report-trajectories-of",
                format!("Trajectories of target-level and key indicators of {}", node.code),
                &[("code", Arg::from(&node.code))],
            ),
        );
        let charts = p.charts;
        for i in charted {
            if let Some((_, chart)) = charts.trajectories.iter().find(|(code, _)| *code == i.code) {
                p.figure(chart);
            }
        }
    }
    // The predecessors' tables: in the section's language from form 5, English (marked) before.
    let cycles = w.sections();
    if cycles.is_english() {
        p.in_english(|p| super::cycles::separate_predecessors(&mut p.h, cycles, &a.indicators_under(&node.code)));
    } else {
        super::cycles::separate_predecessors(&mut p.h, cycles, &a.indicators_under(&node.code));
    }
    p.h.close("section");
}

/// Writes the mandates a result node serves, if the report states them and it serves any.
fn mandates_of(p: &mut Page<'_, '_>, code: &str) {
    let mandates = p.a.mandates.of_node(code);
    if p.a.input.states_context() && !mandates.is_empty() {
        p.in_english(|p| {
            p.h.el("p", "class=\"meta\"", &super::narratives::serves(mandates));
        });
    }
}

/// Writes a result's heading ("Strategic goal G1 · Universal connectivity"), its name in the section's
/// language where translated.
fn node_heading(p: &mut Page<'_, '_>, tag: &str, n: &NodeInput) {
    let w = p.body_words();
    let named = if w.is_english() {
        crate::input::Named {
            text: &n.name,
            fallback: false,
        }
    } else {
        p.a.input.node_name(&n.code, &n.name)
    };
    p.h.open(tag, "")
        .prefixed_name(&format!("{} {} · ", level_label(w, n.level), n.code), w, &named)
        .close(tag);
}

/// A node level as a result's heading names it ("Strategic goal"), in `w`'s language.
fn level_label(w: Words, level: NodeLevel) -> String {
    w.t(&format!("report-level-{}", level.as_str()), level.label())
}

/// "12 indicators: 3 achieved, …; mean progress 84% over 11 rated." in `w`'s language.
fn rollup_sentence(w: Words, r: &Rollup) -> String {
    let total = r.total();
    if total == 0 {
        return w.t(
            "report-rollup-none",
            "No indicator is attached to this result or below it.",
        );
    }
    let counts: Vec<String> = Status::ALL
        .iter()
        .map(|s| format!("{} {}", r.count(*s), w.status(*s).to_lowercase()))
        .collect();
    let mean = r.mean_progress.map_or_else(String::new, |m| {
        w.t_with(
            "report-rollup-mean",
            format!("; mean progress {} over {} rated", percent(m), r.rated),
            &[("progress", Arg::from(percent(m))), ("rated", r.rated.into())],
        )
    });
    let counts = counts.join(&w.t("report-list-separator", ", "));
    w.t_with(
        "report-rollup",
        format!(
            "{total} indicator{}: {counts}{mean}.",
            if total == 1 { "" } else { "s" }
        ),
        &[
            ("total", total.into()),
            ("counts", Arg::from(&counts)),
            ("mean", Arg::from(&mean)),
        ],
    )
}

/// A table of indicators with their figures and status for `year`; their change since the year `since`
/// (the year before) when the report compares years; and with `projected` their projection (left out
/// for runs frozen before the report showed projections, which keep their bytes).
pub fn indicator_table(
    (w, input): (Words, &ReportInput),
    h: &mut Html,
    caption: &str,
    indicators: &[&IndicatorInput],
    (year, since): (i32, Option<i32>),
    projected: bool,
) {
    h.open_wide(caption)
        .open("table", "class=\"data\"")
        .el("caption", "", caption)
        .open("thead", "")
        .open("tr", "");
    indicator_columns(w, h, year, since, projected);
    h.close("tr").close("thead").open("tbody", "");
    for i in indicators {
        indicator_row((w, input), h, i, year, since.is_some(), projected);
    }
    h.close("tbody").close("table").close("div");
}

/// Writes the column headers of an indicator table, the figures' columns marked numeric.
fn indicator_columns(w: Words, h: &mut Html, year: i32, since: Option<i32>, projected: bool) {
    let t = |key: &str, english: &str| w.t(&format!("report-th-{key}"), english);
    let expected = w.t_with(
        "report-th-expected",
        format!("Expected {year}"),
        &[("year", year.into())],
    );
    let mut columns = vec![
        (t("code", "Code"), false),
        (t("indicator", "Indicator"), false),
        (t("baseline", "Baseline"), true),
        (t("target", "Target"), true),
        (expected, true),
        (t("actual", "Actual"), true),
        (t("progress", "Progress"), true),
        (t("status", "Status"), false),
    ];
    if let Some(y) = since {
        let change = w.t_with(
            "report-th-change-since",
            format!("Change since {y}"),
            &[("year", y.into())],
        );
        columns.push((change, false));
    }
    if projected {
        columns.extend([
            (t("projection", "Projection at target year"), true),
            (t("likely", "Target likely met"), false),
        ]);
    }
    columns.push((t("notes", "Notes"), false));
    for (label, num) in columns {
        h.el(
            "th",
            if num {
                "scope=\"col\" class=\"num\""
            } else {
                "scope=\"col\""
            },
            &label,
        );
    }
}

/// Writes one indicator's row: code, name and tags, figures, status, the change since the year before
/// (when `since`), projection (when `projected`) and notes.
fn indicator_row(
    (w, input): (Words, &ReportInput),
    h: &mut Html,
    i: &IndicatorInput,
    year: i32,
    since: bool,
    projected: bool,
) {
    let named = if w.is_english() {
        crate::input::Named {
            text: &i.name,
            fallback: false,
        }
    } else {
        input.indicator_name(&i.code, &i.name)
    };
    h.open("tr", "").el("td", "", &i.code).open("td", "").name(w, &named);
    if i.is_key {
        h.el("span", "class=\"tag\"", &w.t("report-tag-key", "key"));
    }
    if is_illustrative(&i.provenance) {
        h.el("span", "class=\"tag\"", &w.t("report-tag-illustrative", "illustrative"));
    }
    h.close("td");
    h.el(
        "td",
        "class=\"num\"",
        &with_year(i.baseline.map(|b| value(b, i.unit)), i.baseline_year),
    );
    h.el(
        "td",
        "class=\"num\"",
        &with_year(i.target.map(|t| value(t, i.unit)), i.target_year),
    );
    h.el("td", "class=\"num\"", &opt_value(i.expected, i.unit));
    let actual_year = i.actual_year.filter(|y| *y != year);
    h.el(
        "td",
        "class=\"num\"",
        &with_year(i.actual.map(|v| value(v, i.unit)), actual_year),
    );
    h.el(
        "td",
        "class=\"num\"",
        &i.progress.map_or_else(|| "–".to_owned(), percent),
    );
    h.open("td", "")
        .el(
            "span",
            &format!("class=\"status s-{}\"", i.status.as_str()),
            &w.status(i.status),
        )
        .close("td");
    if since {
        change_cell(w, h, i);
    }
    if projected {
        let p = i.projection.as_ref();
        let target_year = i
            .target_year
            .filter(|_| p.is_some_and(|p| p.value_at_target_year.is_some()));
        h.el(
            "td",
            "class=\"num\"",
            &with_year(
                p.and_then(|p| p.value_at_target_year).map(|v| value(v, i.unit)),
                target_year,
            ),
        );
        let outlook = p.map_or_else(
            || "–".to_owned(),
            |p| w.t(&format!("report-outlook-{}", p.outlook.as_str()), p.outlook.label()),
        );
        h.el("td", "", &outlook);
    }
    h.el("td", "", &notes(w, input, i));
    h.close("tr");
}

/// The change since the year before: the change of the actual, then the status move as an arrow (hidden
/// from screen readers) and words, e.g. "+0.8 pp · ↓ worsened from on track".
fn change_cell(w: Words, h: &mut Html, i: &IndicatorInput) {
    let Some(l) = &i.last_year else {
        h.el("td", "", "–");
        return;
    };
    let m = l.status_move;
    let from = match m {
        StatusMove::Improved | StatusMove::Worsened | StatusMove::NoLongerRated => {
            let status = w.status(l.status).to_lowercase();
            w.t_with(
                "report-move-from",
                format!(" from {status}"),
                &[("status", Arg::from(&status))],
            )
        }
        StatusMove::Unchanged | StatusMove::NewlyRated => String::new(),
    };
    let moved = w.t(&format!("move-{}", m.as_str()), m.label()).to_lowercase();
    h.open("td", "class=\"move\"")
        .text(&l.change.map_or_else(|| "–".to_owned(), |c| change(c, i.unit)))
        .text(" · ")
        .el("span", "aria-hidden=\"true\"", m.arrow())
        .text(&format!(" {moved}{from}"))
        .close("td");
}

fn with_year(v: Option<String>, year: Option<i32>) -> String {
    match (v, year) {
        (Some(v), Some(y)) => format!("{v} ({y})"),
        (Some(v), None) => v,
        (None, _) => "–".to_owned(),
    }
}

fn notes(w: Words, input: &ReportInput, i: &IndicatorInput) -> String {
    let mut n = Vec::new();
    if let Some(q) = i.quality.filter(|q| *q != Quality::Final) {
        n.push(w.t(&format!("quality-{}", q.as_str()), q.as_str()));
    }
    if i.stale {
        n.push(match i.actual_year {
            Some(y) => w.t_with(
                "report-note-stale",
                format!("latest approved value from {y}"),
                &[("year", y.into())],
            ),
            None => w.t(
                "report-note-stale-earlier",
                "latest approved value from an earlier year",
            ),
        });
    }
    // The status rule's reasons: in the report's language since form 7, the stored English before.
    if let Some(r) = w.reason_of(input, i).filter(|r| !r.is_empty()) {
        n.push(r);
    }
    n.join(&w.t("report-notes-separator", "; "))
}
