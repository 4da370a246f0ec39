//! Status distribution per goal or thematic priority: stacked horizontal bars of indicator
//! counts, status carried by colour, pattern, legend and the count written in each segment.

use super::font::text_width;
use super::frame::{self, LABEL, Labels, MARGIN, SMALL, Swatch, Ticks, WIDTH};
use super::scene::{Anchor, Scene, TextStyle, palette};
use super::{Chart, DataTable};
use crate::analysis::Analysis;
use crate::format::percent;
use crate::input::{NodeInput, NodeLevel, Status, is_illustrative};
use stratrack_i18n::Arg;

/// Widest label column; narrower when the labels are short.
const MAX_LABEL_W: f64 = 300.0;
const NOTE_W: f64 = 120.0;
const ROW_H: f64 = 32.0;
const BAR_H: f64 = 22.0;

/// The status chart for every node of `level`.
pub fn by_level(a: &Analysis<'_>, level: NodeLevel, slug: &str) -> Chart {
    let nodes: Vec<&NodeInput> = a.nodes_at(level).collect();
    let year = a.input.year;
    let what = match level {
        NodeLevel::Goal => "strategic goal",
        _ => "thematic priority",
    };
    let w = crate::words::current();
    let lvl = if level == NodeLevel::Goal { "goal" } else { "priority" };
    let title = w.t_with(
        &format!("report-chart-status-{lvl}-title"),
        format!("Indicator status by {what}, {year}"),
        &[("year", year.into())],
    );
    let illustrative = nodes.iter().any(|n| is_illustrative(&n.provenance))
        || a.input.indicators.iter().any(|i| is_illustrative(&i.provenance));
    let subtitle = w.t_with(
        &format!("report-chart-status-{lvl}-subtitle"),
        format!(
            "Number of indicators per status on each {what} and every result below it. \
             At risk is hatched, off track cross-hatched; n = indicators, % = mean progress."
        ),
        &[],
    );
    Stacked {
        slug,
        title,
        subtitle,
        alt: alt_text(&nodes, what, year),
        empty: w.t_with(
            &format!("report-chart-status-{lvl}-empty"),
            format!("No indicator is rated on any {what} for {year}."),
            &[("year", year.into())],
        ),
        illustrative,
        labels: Labels::of(a.input.is_formatted_form()),
    }
    .chart(&nodes)
}

/// A stacked status chart's words: one bar per row (a node's roll-up, or a year's).
pub struct Stacked<'s> {
    /// File stem and HTML id.
    pub slug: &'s str,
    /// Title.
    pub title: String,
    /// Explanation under the title.
    pub subtitle: String,
    /// Text alternative.
    pub alt: String,
    /// What the "No data" panel says when nothing is counted.
    pub empty: String,
    /// Mark the chart as illustrative.
    pub illustrative: bool,
    /// How a label too long for its column is fitted.
    pub labels: Labels,
}

impl Stacked<'_> {
    /// The chart of `rows`, each labelled `code · name` and drawn from its roll-up.
    pub fn chart(self, rows: &[&NodeInput]) -> Chart {
        let data = data_table(rows);
        let mut scene = Scene::new(WIDTH, 0.0);
        let mut y = frame::header(&mut scene, &self.title, &self.subtitle, self.illustrative);
        y += status_legend(&mut scene, y) + 6.0;
        let height = match rows.iter().map(|n| n.rollup.total()).max().unwrap_or(0) {
            0 => {
                frame::no_data(&mut scene, (MARGIN, y, WIDTH - 2.0 * MARGIN, 140.0), &self.empty);
                y + 140.0 + MARGIN
            }
            max_total => y + bars(&mut scene, rows, max_total, y, self.labels) + 44.0 + MARGIN,
        };
        Chart {
            slug: self.slug.to_owned(),
            title: self.title,
            alt: self.alt,
            data,
            scene: frame::finish(scene, height),
            english_names: Vec::new(),
        }
    }
}

/// The chart's data table: the counts per status, the total and the mean progress of each node.
fn data_table(nodes: &[&NodeInput]) -> DataTable {
    let w = crate::words::current().body();
    let mut headers = vec![w.t("report-th-code", "Code"), w.t("report-th-name", "Name")];
    headers.extend(Status::ALL.iter().map(|s| w.status(*s)));
    headers.extend([
        w.t("report-th-total", "Total"),
        w.t("report-th-mean-progress", "Mean progress"),
    ]);
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let mut data = DataTable::new(&headers, &[false, false, true, true, true, true, true, true, true]);
    for n in nodes {
        let r = &n.rollup;
        let mut row = vec![n.code.clone(), n.name.clone()];
        row.extend(Status::ALL.iter().map(|s| r.count(*s).to_string()));
        row.push(r.total().to_string());
        row.push(r.mean_progress.map_or_else(|| "–".to_owned(), percent));
        data.push(row);
    }
    data
}

/// Draws the legend of every status at `y`; returns its height.
fn status_legend(scene: &mut Scene, y: f64) -> f64 {
    let legend: Vec<(String, Swatch)> = Status::ALL
        .iter()
        .map(|s| {
            let (c, h) = frame::status_look(*s);
            (crate::words::current().status(*s), Swatch::Box(c, h))
        })
        .collect();
    frame::legend(scene, MARGIN, y, WIDTH - 2.0 * MARGIN, &legend)
}

/// Draws the value axis and one row of stacked bars per node from `y`, each labelled as `fit` says;
/// returns the plot's height.
fn bars(scene: &mut Scene, nodes: &[&NodeInput], max_total: u32, y: f64, fit: Labels) -> f64 {
    let labels: Vec<String> = nodes.iter().map(|n| format!("{} · {}", n.code, n.name)).collect();
    let label_w = labels
        .iter()
        .map(|l| text_width(l, LABEL, false))
        .fold(80.0, f64::max)
        .min(MAX_LABEL_W - 12.0)
        + 12.0;
    let plot_x = MARGIN + label_w;
    let plot_w = WIDTH - MARGIN - NOTE_W - plot_x;
    let lines: Vec<Vec<String>> = labels.iter().map(|l| fit.lines(l, label_w - 12.0)).collect();
    let row_hs: Vec<f64> = lines.iter().map(|l| Labels::row_height(ROW_H, l.len())).collect();
    let plot_h: f64 = row_hs.iter().sum();
    let ticks = count_ticks(max_total);
    let scale = plot_w / (ticks.max() - ticks.min());
    let axis = crate::words::current().t("report-chart-indicators-axis", "Number of indicators");
    frame::value_axis(scene, (plot_x, y, plot_w, plot_h), &ticks, &axis);

    scene.begin("bars");
    let mut offset = 0.0;
    for ((n, label), row_h) in nodes.iter().zip(lines).zip(row_hs) {
        let top = y + offset + (row_h - BAR_H) / 2.0;
        offset += row_h;
        Labels::draw(scene, MARGIN, top + BAR_H / 2.0 + 4.5, label);
        stacked_bar(scene, n, plot_x, top, scale);
        let note = match n.rollup.mean_progress {
            Some(p) => format!("n = {} · {}", n.rollup.total(), percent(p)),
            None => format!("n = {}", n.rollup.total()),
        };
        let style = TextStyle::new(SMALL).color(palette::MUTED);
        scene.text(WIDTH - MARGIN - NOTE_W + 8.0, top + BAR_H / 2.0 + 4.0, note, style);
    }
    scene.end();
    plot_h
}

/// Whole-number ticks: one per indicator for small counts, round steps beyond.
fn count_ticks(max_total: u32) -> Ticks {
    if max_total <= 6 {
        Ticks {
            values: (0..=max_total).map(f64::from).collect(),
            decimals: 0,
        }
    } else {
        Ticks::nice(0.0, f64::from(max_total), 6)
    }
}

/// Draws the segments of one node's bar from `x`, a segment per status with its count written
/// inside when it fits.
fn stacked_bar(scene: &mut Scene, n: &NodeInput, mut x: f64, top: f64, scale: f64) {
    for s in Status::ALL {
        let count = n.rollup.count(s);
        if count == 0 {
            continue;
        }
        let w = f64::from(count) * scale;
        let (fill, hatch) = frame::status_look(s);
        frame::pattern_box(scene, (x, top, w, BAR_H), fill, hatch);
        let text = count.to_string();
        let tw = text_width(&text, SMALL, true);
        if w >= tw + 8.0 {
            let cx = x + w / 2.0;
            scene.rect(cx - tw / 2.0 - 3.0, top + 4.0, tw + 6.0, BAR_H - 8.0, palette::WHITE);
            let style = TextStyle::new(SMALL).bold().anchor(Anchor::Middle);
            scene.text(cx, top + BAR_H / 2.0 + 4.0, text, style);
        }
        x += w;
    }
}

fn alt_text(nodes: &[&NodeInput], what: &str, year: i32) -> String {
    let w = crate::words::current().body();
    // The message of the goals' chart or of the priorities' (`what` is the English of the level).
    let lvl = if what == "strategic goal" { "goal" } else { "priority" };
    if nodes.is_empty() {
        return w.t_with(
            &format!("report-chart-status-{lvl}-alt-empty"),
            format!("No data: the plan has no {what} to show for {year}."),
            &[("year", year.into())],
        );
    }
    let separator = w.t("report-list-separator", ", ");
    let mut parts = Vec::new();
    for n in nodes.iter().take(12) {
        let counts: Vec<String> = Status::ALL
            .iter()
            .map(|s| format!("{} {}", n.rollup.count(*s), w.status(*s).to_lowercase()))
            .collect();
        let mean = n.rollup.mean_progress.map_or_else(String::new, |p| {
            w.t_with(
                "report-chart-alt-mean",
                format!(", mean progress {}", percent(p)),
                &[("progress", Arg::from(percent(p)))],
            )
        });
        parts.push(format!("{} {}: {}{}", n.code, n.name, counts.join(&separator), mean));
    }
    if nodes.len() > 12 {
        let more = nodes.len() - 12;
        parts.push(w.t_with(
            "report-chart-alt-more",
            format!("and {more} more in the table"),
            &[("count", more.into())],
        ));
    }
    let parts = parts.join(&w.t("report-notes-separator", "; "));
    w.t_with(
        &format!("report-chart-status-{lvl}-alt"),
        format!("Stacked bar chart of indicator status by {what} for {year}. {parts}."),
        &[("year", year.into()), ("parts", Arg::from(&parts))],
    )
}
