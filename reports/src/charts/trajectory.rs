//! Trajectory of one indicator: baseline, milestones, target, the expected path through them,
//! and approved actuals (hollow markers for provisional or estimated values).

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::Chart;
use super::font::text_width;
use super::frame::{self, LABEL, MARGIN, Marker, SMALL, Swatch, Ticks, WIDTH};
use super::scene::{Anchor, Scene, Shape, Stroke, TextStyle, palette};
use super::trajectory_notes::{Ref, alt_text, data_table, reference_path, subtitle};
use crate::format::{coord, unit_label, value};
use crate::input::{IndicatorInput, IndicatorUnit, Quality, ReportInput, is_illustrative};

const PLOT_H: f64 = 230.0;

/// The trajectory chart of `i`.
pub fn chart(slug: String, i: &IndicatorInput, input: &ReportInput) -> Chart {
    let year = input.year;
    let title = format!("{} — {}", i.code, i.name);
    let path = reference_path(i);
    let data = data_table(i, &path);
    let alt = alt_text(i, year);
    let mut scene = Scene::new(WIDTH, 0.0);
    let mut y = frame::header(&mut scene, &title, &subtitle(i, year), is_illustrative(&i.provenance));

    // The indicator's one series: a carried-over predecessor's values included, a redefined one's never.
    let line = i.line();
    let mut values: Vec<f64> = path.values().map(|(v, _)| coord(*v)).collect();
    values.extend(line.iter().map(|p| coord(p.value)));
    let mut years: Vec<i32> = path.keys().copied().chain(line.iter().map(|p| p.year)).collect();
    if values.is_empty() {
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
        };
    }
    years.extend([input.plan.start_year, input.plan.end_year, year]);
    let (y_first, y_last) = (
        years.iter().min().copied().unwrap_or(year),
        years.iter().max().copied().unwrap_or(year),
    );

    let ticks = value_ticks(&values, i.unit);
    let tick_w = ticks
        .values
        .iter()
        .map(|v| text_width(&ticks.label(*v), SMALL, false))
        .fold(0.0, f64::max);
    let plot_x = MARGIN + tick_w + 10.0;
    let plot_w = WIDTH - MARGIN - 10.0 - plot_x;
    y += 18.0;
    let (x_lo, x_hi) = (f64::from(y_first) - 0.5, f64::from(y_last) + 0.5);
    let sx = |yr: f64| plot_x + (yr - x_lo) / (x_hi - x_lo) * plot_w;
    let sy = |v: f64| y + PLOT_H - (v - ticks.min()) / (ticks.max() - ticks.min()) * PLOT_H;

    // Report year band, grid, axes.
    scene.begin("axes");
    let band = (sx(f64::from(year) - 0.5), sx(f64::from(year) + 0.5));
    scene.rect(band.0, y, band.1 - band.0, PLOT_H, palette::PANEL);
    scene.text(
        (band.0 + band.1) / 2.0,
        y + 13.0,
        "report year",
        TextStyle::new(SMALL).color(palette::MUTED).anchor(Anchor::Middle),
    );
    for v in &ticks.values {
        scene.line(
            (plot_x, sy(*v)),
            (plot_x + plot_w, sy(*v)),
            Stroke::solid(palette::GRID, 1.0),
        );
        let style = TextStyle::new(SMALL).color(palette::MUTED).anchor(Anchor::End);
        scene.text(plot_x - 6.0, sy(*v) + 4.0, ticks.label(*v), style);
    }
    let step = if y_last - y_first > 12 { 2 } else { 1 };
    for yr in (y_first..=y_last).step_by(step) {
        let style = TextStyle::new(SMALL).color(palette::MUTED).anchor(Anchor::Middle);
        scene.text(sx(f64::from(yr)), y + PLOT_H + 16.0, yr.to_string(), style);
    }
    scene.line(
        (plot_x, y + PLOT_H),
        (plot_x + plot_w, y + PLOT_H),
        Stroke::solid(palette::AXIS, 1.0),
    );
    scene.text(
        plot_x - 6.0,
        y - 8.0,
        format!("Value ({})", unit_label(i.unit)),
        TextStyle::new(LABEL).bold(),
    );
    scene.text(
        plot_x + plot_w,
        y + PLOT_H + 34.0,
        "Year",
        TextStyle::new(LABEL).anchor(Anchor::End),
    );
    scene.end();

    let mut legend: Vec<(String, Swatch)> = Vec::new();
    let pt = |yr: i32, v: Decimal| (sx(f64::from(yr)), sy(coord(v)));
    if path.len() >= 2 {
        scene.begin("expected");
        let points = path.iter().map(|(yr, (v, _))| pt(*yr, *v)).collect();
        scene.shapes.push(Shape::Line {
            points,
            stroke: Stroke::dashed(palette::MUTED, 1.5, 5.0),
        });
        scene.end();
        legend.push((
            "Expected path".to_owned(),
            Swatch::Line(Stroke::dashed(palette::MUTED, 1.5, 5.0)),
        ));
    }
    let rising = match (path.values().next(), path.values().next_back()) {
        (Some((first, _)), Some((last, _))) => last >= first,
        _ => true,
    };
    scene.begin("reference");
    for (yr, (v, kind)) in &path {
        let (cx, cy) = pt(*yr, *v);
        let (m, color) = match kind {
            Ref::Baseline => (Marker::Square, palette::BLACK),
            Ref::Milestone => (Marker::Diamond, palette::MUTED),
            Ref::Target => (Marker::Target, palette::BLACK),
        };
        frame::marker(&mut scene, m, cx, cy, color);
        // Labels go on the side away from the path: below the baseline and above the target
        // when the path rises, the other way round when it falls.
        let (word, anchor, dx, below) = match kind {
            Ref::Milestone => continue,
            Ref::Baseline => ("Baseline", Anchor::Start, -4.0, rising),
            Ref::Target => ("Target", Anchor::End, 8.0, !rising),
        };
        let label = format!("{word} {yr}: {}", value(*v, i.unit));
        let ly = if below { cy + 24.0 } else { cy - 14.0 };
        frame::halo_text(
            &mut scene,
            cx + dx,
            ly,
            label,
            TextStyle::new(SMALL).bold().anchor(anchor),
        );
    }
    scene.end();
    for (kind, label, m, c) in [
        (Ref::Baseline, "Baseline", Marker::Square, palette::BLACK),
        (Ref::Milestone, "Milestone", Marker::Diamond, palette::MUTED),
        (Ref::Target, "Target", Marker::Target, palette::BLACK),
    ] {
        if path.values().any(|(_, k)| *k == kind) {
            legend.push((label.to_owned(), Swatch::Marker(m, c)));
        }
    }

    if !line.is_empty() {
        scene.begin("actuals");
        if line.len() > 1 {
            let points = line.iter().map(|p| pt(p.year, p.value)).collect();
            scene.shapes.push(Shape::Line {
                points,
                stroke: Stroke::solid(palette::BLUE, 2.5),
            });
        }
        for p in line.iter() {
            let (cx, cy) = pt(p.year, p.value);
            let m = if p.quality == Quality::Final {
                Marker::Dot
            } else {
                Marker::Ring
            };
            frame::marker(&mut scene, m, cx, cy, palette::BLUE);
        }
        if let Some(last) = line.last() {
            let (cx, cy) = pt(last.year, last.value);
            let mark = match last.quality {
                Quality::Final => String::new(),
                q => format!(" ({})", q.as_str()),
            };
            let style = TextStyle::new(SMALL).bold().color(palette::BLUE).anchor(Anchor::Middle);
            let below = path_at(&path, last.year).is_some_and(|p| coord(last.value) < p);
            let ly = if below { cy + 24.0 } else { cy - 14.0 };
            frame::halo_text(
                &mut scene,
                cx,
                ly,
                format!("{}{mark}", value(last.value, i.unit)),
                style,
            );
        }
        scene.end();
        if line.iter().any(|p| p.quality == Quality::Final) {
            legend.push(("Approved actual".to_owned(), Swatch::Marker(Marker::Dot, palette::BLUE)));
        }
        if line.iter().any(|p| p.quality != Quality::Final) {
            legend.push((
                "Provisional or estimated".to_owned(),
                Swatch::Marker(Marker::Ring, palette::BLUE),
            ));
        }
    }
    let (c, h) = frame::status_look(i.status);
    legend.insert(0, (format!("Status: {}", i.status.label()), Swatch::Box(c, h)));
    let legend_y = y + PLOT_H + 44.0;
    let legend_h = frame::legend(&mut scene, MARGIN, legend_y, WIDTH - 2.0 * MARGIN, &legend);
    Chart {
        slug,
        title,
        alt,
        data,
        scene: frame::finish(scene, legend_y + legend_h + MARGIN),
    }
}

/// The expected path's value at `year` by straight lines between reference points (drawing only).
fn path_at(path: &BTreeMap<i32, (Decimal, Ref)>, year: i32) -> Option<f64> {
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
