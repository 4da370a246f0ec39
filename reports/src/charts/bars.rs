//! Horizontal bar charts (one or two series per row) with a value written after each bar:
//! budget against actual, cost per result, delivery rate, breakdowns.

use super::font::{fit, text_width};
use super::frame::{self, Hatch, LABEL, MARGIN, SMALL, Swatch, Ticks, WIDTH};
use super::scene::{Rgb, Scene, TextStyle, palette};
use super::{Chart, DataTable};

/// One series of bars.
#[derive(Debug, Clone)]
pub struct Series {
    /// Legend label.
    pub name: String,
    /// Fill.
    pub color: Rgb,
    /// Pattern, so series differ without colour.
    pub hatch: Hatch,
}

/// One row: a category with a value per series.
#[derive(Debug, Clone)]
pub struct Row {
    /// Category label.
    pub label: String,
    /// One value per series; `None` draws "no data".
    pub values: Vec<Option<f64>>,
    /// Text after each bar (formatted value with unit).
    pub notes: Vec<String>,
}

/// Everything a bar chart needs.
#[derive(Debug, Clone)]
pub struct BarSpec {
    /// File stem and HTML id.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Explanation under the title.
    pub subtitle: String,
    /// Value axis title with unit.
    pub axis_title: String,
    /// Series (legend shown when more than one).
    pub series: Vec<Series>,
    /// Rows, top to bottom.
    pub rows: Vec<Row>,
    /// Fixed axis maximum (e.g. 100 for rates).
    pub fixed_max: Option<f64>,
    /// Mark the chart as illustrative.
    pub illustrative: bool,
    /// Why there is nothing to draw, shown in the "No data" panel.
    pub empty_reason: String,
    /// Data table beside the chart.
    pub data: DataTable,
    /// Text alternative.
    pub alt: String,
}

/// Draws the bar chart described by `spec`.
pub fn render(spec: BarSpec) -> Chart {
    let mut scene = Scene::new(WIDTH, 0.0);
    let mut y = frame::header(&mut scene, &spec.title, &spec.subtitle, spec.illustrative);
    let n = spec.series.len().max(1);
    if n > 1 {
        let items: Vec<(String, Swatch)> = spec
            .series
            .iter()
            .map(|s| (s.name.clone(), Swatch::Box(s.color, s.hatch)))
            .collect();
        y += frame::legend(&mut scene, MARGIN, y, WIDTH - 2.0 * MARGIN, &items) + 4.0;
    }
    let values: Vec<f64> = spec
        .rows
        .iter()
        .flat_map(|r| r.values.iter().flatten().copied())
        .collect();
    if values.is_empty() {
        frame::no_data(&mut scene, (MARGIN, y, WIDTH - 2.0 * MARGIN, 140.0), &spec.empty_reason);
        let scene = frame::finish(scene, y + 140.0 + MARGIN);
        return Chart {
            slug: spec.slug,
            title: spec.title,
            alt: spec.alt,
            data: spec.data,
            scene,
        };
    }

    let bar_h = if n > 1 { 14.0 } else { 20.0 };
    let row_h = n as f64 * bar_h + (n as f64 - 1.0) * 2.0 + 14.0;
    let label_w = spec
        .rows
        .iter()
        .map(|r| text_width(&r.label, LABEL, false))
        .fold(60.0, f64::max)
        .min(230.0)
        + 12.0;
    let note_w = spec
        .rows
        .iter()
        .flat_map(|r| r.notes.iter().map(|t| text_width(t, SMALL, false)))
        .fold(0.0, f64::max)
        + 14.0;
    let plot_x = MARGIN + label_w;
    let plot_w = WIDTH - MARGIN - note_w - plot_x;
    let plot_h = spec.rows.len() as f64 * row_h;
    let lo = values.iter().copied().fold(0.0, f64::min);
    let hi = spec
        .fixed_max
        .unwrap_or_else(|| values.iter().copied().fold(0.0, f64::max));
    let ticks = Ticks::nice(lo, hi.max(lo + 1e-9), 6);
    let sx = |v: f64| plot_x + (v - ticks.min()) / (ticks.max() - ticks.min()) * plot_w;
    frame::value_axis(&mut scene, (plot_x, y, plot_w, plot_h), &ticks, &spec.axis_title);

    scene.begin("bars");
    for (r, row) in spec.rows.iter().enumerate() {
        let top = y + r as f64 * row_h + 7.0;
        let label = fit(&row.label, LABEL, false, label_w - 12.0);
        let mid = top + (row_h - 14.0) / 2.0;
        scene.text(MARGIN, mid + 4.5, label, TextStyle::new(LABEL));
        for (k, s) in spec.series.iter().enumerate() {
            let by = top + k as f64 * (bar_h + 2.0);
            let note = row.notes.get(k).cloned().unwrap_or_default();
            match row.values.get(k).copied().flatten() {
                Some(v) => {
                    let (x0, x1) = (sx(0.0_f64.max(ticks.min())), sx(v));
                    let (a, b) = if x1 >= x0 { (x0, x1) } else { (x1, x0) };
                    frame::pattern_box(&mut scene, (a, by, (b - a).max(0.5), bar_h), s.color, s.hatch);
                    scene.text(b + 5.0, by + bar_h / 2.0 + 4.0, note, TextStyle::new(SMALL));
                }
                None => {
                    let style = TextStyle::new(SMALL).color(palette::MUTED);
                    let text = if note.is_empty() { "no data".to_owned() } else { note };
                    scene.text(plot_x + 4.0, by + bar_h / 2.0 + 4.0, text, style);
                }
            }
        }
    }
    scene.end();
    let scene = frame::finish(scene, y + plot_h + 44.0 + MARGIN);
    Chart {
        slug: spec.slug,
        title: spec.title,
        alt: spec.alt,
        data: spec.data,
        scene,
    }
}
