//! Horizontal bar charts (one or two series per row) with a value written after each bar:
//! budget against actual, cost per result, delivery rate, breakdowns.

use super::font::text_width;
use super::frame::{self, Hatch, LABEL, Labels, MARGIN, SMALL, Swatch, Ticks, WIDTH};
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

impl Series {
    /// A series of plain (unhatched) bars.
    pub fn solid(name: impl Into<String>, color: Rgb) -> Self {
        Self {
            name: name.into(),
            color,
            hatch: Hatch::None,
        }
    }
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
    /// How a label too long for its column is fitted.
    pub labels: Labels,
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
    if spec.series.len() > 1 {
        y += series_legend(&mut scene, &spec.series, y) + 4.0;
    }
    let values: Vec<f64> = spec
        .rows
        .iter()
        .flat_map(|r| r.values.iter().flatten().copied())
        .collect();
    let height = if values.is_empty() {
        frame::no_data(&mut scene, (MARGIN, y, WIDTH - 2.0 * MARGIN, 140.0), &spec.empty_reason);
        y + 140.0 + MARGIN
    } else {
        let plot = Plot::fit(&spec, &values, y);
        plot.draw(&mut scene, &spec);
        y + plot.h + 44.0 + MARGIN
    };
    Chart {
        slug: spec.slug,
        title: spec.title,
        alt: spec.alt,
        data: spec.data,
        scene: frame::finish(scene, height),
        english_names: Vec::new(),
    }
}

/// Draws the legend of the series at `y`; returns its height.
fn series_legend(scene: &mut Scene, series: &[Series], y: f64) -> f64 {
    let items: Vec<(String, Swatch)> = series
        .iter()
        .map(|s| (s.name.clone(), Swatch::Box(s.color, s.hatch)))
        .collect();
    frame::legend(scene, MARGIN, y, WIDTH - 2.0 * MARGIN, &items)
}

/// Where the bars go: the label column, the plot area, the rows' heights and the value scale.
struct Plot {
    /// Top edge.
    y: f64,
    /// Left edge, width and height of the plot area.
    x: f64,
    w: f64,
    h: f64,
    /// Height of one bar and of one row (all its series) with a label of one line.
    bar_h: f64,
    row_h: f64,
    /// Each row's label, in lines, and its height.
    labels: Vec<(Vec<String>, f64)>,
    ticks: Ticks,
}

impl Plot {
    /// The plot for `spec`'s rows and `values`, starting at `y`.
    fn fit(spec: &BarSpec, values: &[f64], y: f64) -> Plot {
        let n = spec.series.len().max(1);
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
        let labels: Vec<(Vec<String>, f64)> = spec
            .rows
            .iter()
            .map(|r| {
                let lines = spec.labels.lines(&r.label, label_w - 12.0);
                let h = Labels::row_height(row_h, lines.len());
                (lines, h)
            })
            .collect();
        let x = MARGIN + label_w;
        let lo = values.iter().copied().fold(0.0, f64::min);
        let hi = spec
            .fixed_max
            .unwrap_or_else(|| values.iter().copied().fold(0.0, f64::max));
        Plot {
            y,
            x,
            w: WIDTH - MARGIN - note_w - x,
            h: labels.iter().map(|(_, h)| h).sum(),
            bar_h,
            row_h,
            labels,
            ticks: Ticks::nice(lo, hi.max(lo + 1e-9), 6),
        }
    }

    /// The horizontal position of value `v`.
    fn sx(&self, v: f64) -> f64 {
        self.x + (v - self.ticks.min()) / (self.ticks.max() - self.ticks.min()) * self.w
    }

    /// Draws the value axis and every row of bars.
    fn draw(&self, scene: &mut Scene, spec: &BarSpec) {
        frame::value_axis(scene, (self.x, self.y, self.w, self.h), &self.ticks, &spec.axis_title);
        scene.begin("bars");
        let mut offset = 0.0;
        for (row, (label, h)) in spec.rows.iter().zip(&self.labels) {
            let top = self.y + offset + 7.0 + (h - self.row_h) / 2.0;
            offset += h;
            let mid = top + (self.row_h - 14.0) / 2.0;
            Labels::draw(scene, MARGIN, mid + 4.5, label.clone());
            for (k, s) in spec.series.iter().enumerate() {
                let by = top + k as f64 * (self.bar_h + 2.0);
                let note = row.notes.get(k).cloned().unwrap_or_default();
                self.bar(scene, s, row.values.get(k).copied().flatten(), by, note);
            }
        }
        scene.end();
    }

    /// Draws one bar from zero to `value` at `by` with `note` after it, or "no data" without a value.
    fn bar(&self, scene: &mut Scene, s: &Series, value: Option<f64>, by: f64, note: String) {
        let bar_h = self.bar_h;
        match value {
            Some(v) => {
                let (x0, x1) = (self.sx(0.0_f64.max(self.ticks.min())), self.sx(v));
                let (a, b) = if x1 >= x0 { (x0, x1) } else { (x1, x0) };
                frame::pattern_box(scene, (a, by, (b - a).max(0.5), bar_h), s.color, s.hatch);
                scene.text(b + 5.0, by + bar_h / 2.0 + 4.0, note, TextStyle::new(SMALL));
            }
            None => {
                let style = TextStyle::new(SMALL).color(palette::MUTED);
                let text = if note.is_empty() { "no data".to_owned() } else { note };
                scene.text(self.x + 4.0, by + bar_h / 2.0 + 4.0, text, style);
            }
        }
    }
}
