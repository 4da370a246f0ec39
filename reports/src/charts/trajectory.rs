//! Trajectory of one indicator: baseline, milestones, target, the expected path through them,
//! approved actuals (hollow markers for provisional or estimated values) and, when the input carries
//! one, the projected stretch of the line to the target year, dashed and labelled "projection".

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::Chart;
use super::font::text_width;
use super::frame::{self, LABEL, MARGIN, Marker, SMALL, Swatch, Ticks, WIDTH};
use super::scene::{Anchor, Rgb, Scene, Shape, Stroke, TextStyle, palette};
use super::trajectory_notes::{Ref, alt_text, data_table, reference_path, subtitle};
use crate::format::{coord, unit_label, value};
use crate::input::{IndicatorInput, IndicatorUnit, Quality, ReportInput, SeriesPoint, is_illustrative};

const PLOT_H: f64 = 230.0;

/// The reference points by year: baseline, milestones and target.
type Path = BTreeMap<i32, (Decimal, Ref)>;

/// The legend's entries, in drawing order.
type Legend = Vec<(String, Swatch)>;

/// The trajectory chart of `i`.
pub fn chart(slug: String, i: &IndicatorInput, input: &ReportInput) -> Chart {
    let year = input.year;
    // The status rule's reasons in the report's language (form 7 and later), in the notes and the
    // chart alike.
    let i = &IndicatorInput {
        reason: crate::words::current().body().reason_of(input, i),
        ..i.clone()
    };
    let title = format!("{} — {}", i.code, i.name);
    let path = reference_path(i);
    let data = data_table(i, &path);
    let alt = alt_text(i, year);
    let mut scene = Scene::new(WIDTH, 0.0);
    let y = frame::header(&mut scene, &title, &subtitle(i, year), is_illustrative(&i.provenance));

    // The indicator's one series: a carried-over predecessor's values included, a redefined one's never.
    let line = i.line();
    let projected = projected_stretch(i);
    let Some(plot) = Plot::fit(i.unit, &path, &line, projected, input, y + 18.0) else {
        let why = i
            .reason
            .clone()
            .unwrap_or_else(|| "No baseline, target or approved value.".to_owned());
        frame::no_data(&mut scene, (MARGIN, y, WIDTH - 2.0 * MARGIN, 160.0), &why);
        return Chart {
            slug,
            title,
            alt,
            data,
            scene: frame::finish(scene, y + 160.0 + MARGIN),
            english_names: Vec::new(),
        };
    };
    plot.axes(&mut scene, i.unit, year);
    let mut legend = Legend::new();
    plot.expected_path(&mut scene, &path, &mut legend);
    plot.reference_points(&mut scene, &path, i.unit, &mut legend);
    plot.actuals(&mut scene, &path, &line, i.unit, &mut legend);
    if let Some(stretch) = projected {
        plot.projection(&mut scene, stretch, i.unit, &mut legend);
    }
    let (c, h) = frame::status_look(i.status);
    let w = crate::words::current();
    let status = w.t_with(
        "report-chart-status-of",
        format!("Status: {}", i.status.label()),
        &[("status", w.status(i.status).into())],
    );
    legend.insert(0, (status, Swatch::Box(c, h)));
    let legend_y = plot.y + PLOT_H + 44.0;
    let legend_h = frame::legend(&mut scene, MARGIN, legend_y, WIDTH - 2.0 * MARGIN, &legend);
    Chart {
        slug,
        title,
        alt,
        data,
        scene: frame::finish(scene, legend_y + legend_h + MARGIN),
        english_names: Vec::new(),
    }
}

/// Where the plot sits and how a year and a value map onto it.
struct Plot {
    /// Left edge, top edge and width (the height is [`PLOT_H`]).
    x: f64,
    y: f64,
    w: f64,
    /// First and last year shown.
    first: i32,
    last: i32,
    ticks: Ticks,
}

/// The projected stretch of the line: from (newest year, the line's value there) to (target year,
/// projected value).
type Stretch = ((i32, Decimal), (i32, Decimal));

/// The projected stretch of `i`, when it has a projected value.
fn projected_stretch(i: &IndicatorInput) -> Option<Stretch> {
    let p = i.projection.as_ref()?;
    Some((
        (p.last_year?, p.value_at_last_year?),
        (i.target_year?, p.value_at_target_year?),
    ))
}

impl Plot {
    /// The plot for the reference path, the actuals and the projected stretch, starting at `top`; `None`
    /// when there is no value.
    fn fit(
        unit: IndicatorUnit,
        path: &Path,
        line: &[SeriesPoint],
        projected: Option<Stretch>,
        input: &ReportInput,
        top: f64,
    ) -> Option<Plot> {
        let year = input.year;
        let mut values: Vec<f64> = path.values().map(|(v, _)| coord(*v)).collect();
        values.extend(line.iter().map(|p| coord(p.value)));
        let ends = projected.map(|(from, to)| [from, to]).into_iter().flatten();
        values.extend(ends.clone().map(|(_, v)| coord(v)));
        if values.is_empty() {
            return None;
        }
        let mut years: Vec<i32> = path
            .keys()
            .copied()
            .chain(line.iter().map(|p| p.year))
            .chain(ends.map(|(y, _)| y))
            .collect();
        years.extend([input.plan.start_year, input.plan.end_year, year]);
        let ticks = value_ticks(&values, unit);
        let tick_w = ticks
            .values
            .iter()
            .map(|v| text_width(&ticks.label(*v), SMALL, false))
            .fold(0.0, f64::max);
        let x = MARGIN + tick_w + 10.0;
        Some(Plot {
            x,
            y: top,
            w: WIDTH - MARGIN - 10.0 - x,
            first: years.iter().min().copied().unwrap_or(year),
            last: years.iter().max().copied().unwrap_or(year),
            ticks,
        })
    }

    /// The horizontal position of year `yr` (a half year of room on either side).
    fn sx(&self, yr: f64) -> f64 {
        let (x_lo, x_hi) = (f64::from(self.first) - 0.5, f64::from(self.last) + 0.5);
        self.x + (yr - x_lo) / (x_hi - x_lo) * self.w
    }

    /// The vertical position of value `v`.
    fn sy(&self, v: f64) -> f64 {
        self.y + PLOT_H - (v - self.ticks.min()) / (self.ticks.max() - self.ticks.min()) * PLOT_H
    }

    /// The point of value `v` in year `yr`.
    fn pt(&self, yr: i32, v: Decimal) -> (f64, f64) {
        (self.sx(f64::from(yr)), self.sy(coord(v)))
    }

    /// The report year band, the grid, the axes and their titles.
    fn axes(&self, scene: &mut Scene, unit: IndicatorUnit, year: i32) {
        let (x, y, w) = (self.x, self.y, self.w);
        scene.begin("axes");
        let band = (self.sx(f64::from(year) - 0.5), self.sx(f64::from(year) + 0.5));
        scene.rect(band.0, y, band.1 - band.0, PLOT_H, palette::PANEL);
        scene.text(
            (band.0 + band.1) / 2.0,
            y + 13.0,
            crate::words::current().t("report-chart-report-year", "report year"),
            TextStyle::new(SMALL).color(palette::MUTED).anchor(Anchor::Middle),
        );
        for v in &self.ticks.values {
            scene.line(
                (x, self.sy(*v)),
                (x + w, self.sy(*v)),
                Stroke::solid(palette::GRID, 1.0),
            );
            let style = TextStyle::new(SMALL).color(palette::MUTED).anchor(Anchor::End);
            scene.text(x - 6.0, self.sy(*v) + 4.0, self.ticks.label(*v), style);
        }
        let step = if self.last - self.first > 12 { 2 } else { 1 };
        for yr in (self.first..=self.last).step_by(step) {
            let style = TextStyle::new(SMALL).color(palette::MUTED).anchor(Anchor::Middle);
            scene.text(self.sx(f64::from(yr)), y + PLOT_H + 16.0, yr.to_string(), style);
        }
        scene.line((x, y + PLOT_H), (x + w, y + PLOT_H), Stroke::solid(palette::AXIS, 1.0));
        let title = crate::words::current().t_with(
            "report-chart-value",
            format!("Value ({})", unit_label(unit)),
            &[("unit", unit_label(unit).into())],
        );
        scene.text(x - 6.0, y - 8.0, title, TextStyle::new(LABEL).bold());
        let style = TextStyle::new(LABEL).anchor(Anchor::End);
        let year = crate::words::current().t("report-chart-year", "Year");
        scene.text(x + w, y + PLOT_H + 34.0, year, style);
        scene.end();
    }

    /// The dashed expected path through the reference points, when there are two or more.
    fn expected_path(&self, scene: &mut Scene, path: &Path, legend: &mut Legend) {
        if path.len() < 2 {
            return;
        }
        scene.begin("expected");
        let points = path.iter().map(|(yr, (v, _))| self.pt(*yr, *v)).collect();
        scene.shapes.push(Shape::Line {
            points,
            stroke: Stroke::dashed(palette::MUTED, 1.5, 5.0),
        });
        scene.end();
        let swatch = Swatch::Line(Stroke::dashed(palette::MUTED, 1.5, 5.0));
        legend.push((
            crate::words::current().t("report-chart-expected", "Expected path"),
            swatch,
        ));
    }

    /// The baseline, milestone and target markers, the baseline and target labelled.
    fn reference_points(&self, scene: &mut Scene, path: &Path, unit: IndicatorUnit, legend: &mut Legend) {
        let rising = match (path.values().next(), path.values().next_back()) {
            (Some((first, _)), Some((last, _))) => last >= first,
            _ => true,
        };
        scene.begin("reference");
        for (yr, (v, kind)) in path {
            let (cx, cy) = self.pt(*yr, *v);
            let (m, color) = reference_look(*kind);
            frame::marker(scene, m, cx, cy, color);
            // Labels go on the side away from the path: below the baseline and above the target
            // when the path rises, the other way round when it falls.
            let (key, word, anchor, dx, below) = match kind {
                Ref::Milestone => continue,
                Ref::Baseline => ("report-chart-baseline-at", "Baseline", Anchor::Start, -4.0, rising),
                Ref::Target => ("report-chart-target-at", "Target", Anchor::End, 8.0, !rising),
            };
            let shown = value(*v, unit);
            let label = crate::words::current().t_with(
                key,
                format!("{word} {yr}: {shown}"),
                &[("year", (*yr).into()), ("value", shown.as_str().into())],
            );
            let ly = if below { cy + 24.0 } else { cy - 14.0 };
            frame::halo_text(scene, cx + dx, ly, label, TextStyle::new(SMALL).bold().anchor(anchor));
        }
        scene.end();
        let w = crate::words::current();
        for (kind, key, label) in [
            (Ref::Baseline, "report-chart-baseline", "Baseline"),
            (Ref::Milestone, "report-chart-milestone", "Milestone"),
            (Ref::Target, "report-chart-target", "Target"),
        ] {
            if path.values().any(|(_, k)| *k == kind) {
                let (m, c) = reference_look(kind);
                legend.push((w.t(key, label), Swatch::Marker(m, c)));
            }
        }
    }

    /// The approved actuals: a solid line, a marker per year (hollow unless final), the last one labelled.
    fn actuals(&self, scene: &mut Scene, path: &Path, line: &[SeriesPoint], unit: IndicatorUnit, legend: &mut Legend) {
        let Some(last) = line.last() else {
            return;
        };
        scene.begin("actuals");
        if line.len() > 1 {
            let points = line.iter().map(|p| self.pt(p.year, p.value)).collect();
            scene.shapes.push(Shape::Line {
                points,
                stroke: Stroke::solid(palette::BLUE, 2.5),
            });
        }
        for p in line {
            let (cx, cy) = self.pt(p.year, p.value);
            let m = if p.quality == Quality::Final {
                Marker::Dot
            } else {
                Marker::Ring
            };
            frame::marker(scene, m, cx, cy, palette::BLUE);
        }
        let (cx, cy) = self.pt(last.year, last.value);
        let mark = match last.quality {
            Quality::Final => String::new(),
            q => format!(
                " ({})",
                crate::words::current().t(&format!("quality-{}", q.as_str()), q.as_str())
            ),
        };
        let style = TextStyle::new(SMALL).bold().color(palette::BLUE).anchor(Anchor::Middle);
        let below = path_at(path, last.year).is_some_and(|p| coord(last.value) < p);
        let ly = if below { cy + 24.0 } else { cy - 14.0 };
        frame::halo_text(scene, cx, ly, format!("{}{mark}", value(last.value, unit)), style);
        scene.end();
        if line.iter().any(|p| p.quality == Quality::Final) {
            let label = crate::words::current().t("report-chart-approved", "Approved actual");
            legend.push((label, Swatch::Marker(Marker::Dot, palette::BLUE)));
        }
        if line.iter().any(|p| p.quality != Quality::Final) {
            let swatch = Swatch::Marker(Marker::Ring, palette::BLUE);
            let label = crate::words::current().t("report-chart-provisional", "Provisional or estimated");
            legend.push((label, swatch));
        }
    }
}

impl Plot {
    /// The projected stretch: a dashed blue line from the line's value in the newest year to the projected
    /// value in the target year, with a hollow marker there and the label "projection".
    fn projection(&self, scene: &mut Scene, ((y0, v0), (y1, v1)): Stretch, unit: IndicatorUnit, legend: &mut Legend) {
        let stroke = Stroke::dashed(palette::BLUE, 2.0, 3.0);
        scene.begin("projection");
        scene.shapes.push(Shape::Line {
            points: vec![self.pt(y0, v0), self.pt(y1, v1)],
            stroke,
        });
        let (cx, cy) = self.pt(y1, v1);
        frame::marker(scene, Marker::Ring, cx, cy, palette::BLUE);
        let style = TextStyle::new(SMALL).color(palette::BLUE).anchor(Anchor::End);
        let below = v1 < v0;
        let ly = if below { cy + 24.0 } else { cy - 14.0 };
        frame::halo_text(
            scene,
            cx + 8.0,
            ly,
            format!("projection {y1}: {}", value(v1, unit)),
            style,
        );
        scene.end();
        let label = crate::words::current().t("report-chart-projection", "Projection (least-squares line)");
        legend.push((label, Swatch::Line(stroke)));
    }
}

/// The marker and colour of a reference point.
fn reference_look(kind: Ref) -> (Marker, Rgb) {
    match kind {
        Ref::Baseline => (Marker::Square, palette::BLACK),
        Ref::Milestone => (Marker::Diamond, palette::MUTED),
        Ref::Target => (Marker::Target, palette::BLACK),
    }
}

/// The expected path's value at `year` by straight lines between reference points (drawing only).
fn path_at(path: &Path, year: i32) -> Option<f64> {
    let before = path.range(..=year).next_back();
    let after = path.range(year..).next();
    match (before, after) {
        (Some((y0, (v0, _))), Some((y1, (v1, _)))) if y1 > y0 => {
            let t = f64::from(year - y0) / f64::from(y1 - y0);
            Some(coord(*v0) + (coord(*v1) - coord(*v0)) * t)
        }
        (Some((_, (v, _))), _) | (None, Some((_, (v, _)))) => Some(coord(*v)),
        (None, None) => None,
    }
}

fn value_ticks(values: &[f64], unit: IndicatorUnit) -> Ticks {
    if unit == IndicatorUnit::YesNo {
        return Ticks {
            values: vec![0.0, 1.0],
            decimals: 0,
        };
    }
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let pad = ((hi - lo) * 0.12).max(hi.abs() * 0.05).max(1e-6);
    let mut lo_p = lo - pad;
    if lo >= 0.0 && lo_p < 0.0 {
        lo_p = 0.0;
    }
    let mut hi_p = hi + pad;
    if unit == IndicatorUnit::Percent && hi <= 100.0 && hi_p > 100.0 {
        hi_p = 100.0;
    }
    Ticks::nice(lo_p, hi_p, 5)
}
