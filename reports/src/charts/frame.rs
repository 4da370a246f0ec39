//! Layout pieces every chart shares: background, title block, "illustrative" badge, legend,
//! markers, status swatches and the "No data" panel.

use super::font::{fit, text_width, wrap, wrap_at_most};
use super::scene::{Anchor, Rgb, Scene, Shape, Stroke, TextStyle, palette};
use crate::input::Status;

pub use super::axis::{Ticks, group_f64, value_axis};

/// Chart width in logical pixels (fits A4 portrait at full text width).
pub const WIDTH: f64 = 800.0;
/// Outer margin.
pub const MARGIN: f64 = 18.0;
/// Title font size.
pub const TITLE: f64 = 17.0;
pub use super::scene::{LABEL, SMALL};

/// The most lines a category label is wrapped on.
pub const LABEL_LINES: usize = 3;
/// The distance between the baselines of a wrapped label's lines.
pub const LABEL_LINE_H: f64 = LABEL + 2.0;

/// How a chart fits a category label longer than its label column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    /// On one line, cut with "…" (runs frozen before the report's form
    /// [`crate::input::FORM_FORMATTED`]).
    Cut,
    /// Wrapped on up to [`LABEL_LINES`] lines, the last cut with "…" only if the rest still does not fit
    /// (the report's form [`crate::input::FORM_FORMATTED`] and later).
    Wrap,
}

impl Labels {
    /// The labels of a report whose outputs are `formatted` for their readers, or not.
    pub fn of(formatted: bool) -> Self {
        if formatted { Labels::Wrap } else { Labels::Cut }
    }

    /// The lines of label `text` in a column `max_width` wide.
    pub fn lines(self, text: &str, max_width: f64) -> Vec<String> {
        match self {
            Labels::Cut => vec![fit(text, LABEL, false, max_width)],
            Labels::Wrap => wrap_at_most(text, LABEL, false, max_width, LABEL_LINES),
        }
    }

    /// Writes the `lines` of a label at `x`, centred on the line whose baseline is `baseline` (one line
    /// sits on it).
    pub fn draw(scene: &mut Scene, x: f64, baseline: f64, lines: Vec<String>) {
        let centre = (lines.len().saturating_sub(1)) as f64 / 2.0;
        for (k, line) in lines.into_iter().enumerate() {
            let y = baseline + (k as f64 - centre) * LABEL_LINE_H;
            scene.text(x, y, line, TextStyle::new(LABEL));
        }
    }

    /// The height a row needs for a label of `lines` lines: `row_h`, or more when they do not fit in it.
    pub fn row_height(row_h: f64, lines: usize) -> f64 {
        row_h.max(lines as f64 * LABEL_LINE_H + 4.0)
    }
}

/// Fill pattern carrying a status without relying on colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hatch {
    /// Plain fill.
    None,
    /// Diagonal lines.
    Single,
    /// Crossed diagonal lines.
    Cross,
}

/// Point markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// Filled circle.
    Dot,
    /// Hollow circle.
    Ring,
    /// Filled square.
    Square,
    /// Hollow diamond.
    Diamond,
    /// Bull's eye.
    Target,
}

/// What a legend entry shows before its label.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Swatch {
    /// A filled box with a pattern.
    Box(Rgb, Hatch),
    /// A line sample.
    Line(Stroke),
    /// A point marker.
    Marker(Marker, Rgb),
}

/// Colour and pattern of a status.
pub fn status_look(status: Status) -> (Rgb, Hatch) {
    match status {
        Status::Achieved => (palette::GREEN, Hatch::None),
        Status::OnTrack => (palette::SKY_BLUE, Hatch::None),
        Status::AtRisk => (palette::ORANGE, Hatch::Single),
        Status::OffTrack => (palette::VERMILLION, Hatch::Cross),
        Status::NoData => (palette::NO_DATA, Hatch::None),
    }
}

/// The colour of a status's badge on a page, with white text on it: the hue of [`status_look`], dark
/// enough for white text to reach WCAG AA (4.5:1). Pages and charts take their status colours from these
/// two functions only, so a status looks the same in a chart and in a badge.
pub fn status_badge(status: Status) -> Rgb {
    match status {
        Status::Achieved => Rgb(0x00, 0x73, 0x4D),
        Status::OnTrack => Rgb(0x00, 0x5A, 0x8C),
        Status::AtRisk => Rgb(0x8A, 0x5A, 0x00),
        Status::OffTrack => Rgb(0xA3, 0x3F, 0x00),
        Status::NoData => Rgb(0x5B, 0x64, 0x70),
    }
}

/// A box filled with `fill` and `hatch`.
pub fn pattern_box(scene: &mut Scene, (x, y, w, h): (f64, f64, f64, f64), fill: Rgb, hatch: Hatch) {
    scene.rect(x, y, w, h, fill);
    if hatch != Hatch::None {
        scene.hatch((x, y, w, h), fill.lighten(0.6), hatch == Hatch::Cross);
    }
}

/// Draws a marker centred on (`cx`, `cy`).
pub fn marker(scene: &mut Scene, kind: Marker, cx: f64, cy: f64, color: Rgb) {
    let shape = match kind {
        Marker::Dot => Shape::Circle {
            cx,
            cy,
            r: 4.5,
            fill: Some(color),
            stroke: None,
        },
        Marker::Ring => Shape::Circle {
            cx,
            cy,
            r: 4.5,
            fill: Some(palette::WHITE),
            stroke: Some(Stroke::solid(color, 2.0)),
        },
        Marker::Square => Shape::Rect {
            x: cx - 4.5,
            y: cy - 4.5,
            w: 9.0,
            h: 9.0,
            fill: Some(color),
            stroke: None,
        },
        Marker::Diamond => Shape::Polygon {
            points: vec![(cx, cy - 6.0), (cx + 6.0, cy), (cx, cy + 6.0), (cx - 6.0, cy)],
            fill: Some(palette::WHITE),
            stroke: Some(Stroke::solid(color, 2.0)),
        },
        Marker::Target => {
            scene.shapes.push(Shape::Circle {
                cx,
                cy,
                r: 7.0,
                fill: Some(palette::WHITE),
                stroke: Some(Stroke::solid(color, 2.0)),
            });
            Shape::Circle {
                cx,
                cy,
                r: 3.0,
                fill: Some(color),
                stroke: None,
            }
        }
    };
    scene.shapes.push(shape);
}

/// Title, subtitle lines and, for illustrative data, a badge; returns the y where the body starts.
pub fn header(scene: &mut Scene, title: &str, subtitle: &str, illustrative: bool) -> f64 {
    let badge = crate::words::current().t("report-chart-illustrative", "Illustrative data");
    let badge = badge.as_str();
    let badge_w = text_width(badge, SMALL, true) + 16.0;
    let title_room = WIDTH - 2.0 * MARGIN - if illustrative { badge_w + 10.0 } else { 0.0 };
    scene.begin("header");
    let mut lines = wrap(title, TITLE, true, title_room);
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(fit(&rest, TITLE, true, title_room));
    }
    let mut y = MARGIN - 4.0;
    for line in lines {
        y += TITLE + 5.0;
        scene.text(MARGIN, y, line, TextStyle::new(TITLE).bold());
    }
    y += 6.0;
    for line in wrap(subtitle, LABEL, false, WIDTH - 2.0 * MARGIN) {
        y += LABEL + 4.0;
        scene.text(MARGIN, y, line, TextStyle::new(LABEL).color(palette::MUTED));
    }
    if illustrative {
        let x = WIDTH - MARGIN - badge_w;
        scene.shapes.push(Shape::Rect {
            x,
            y: MARGIN,
            w: badge_w,
            h: 20.0,
            fill: Some(Rgb(0xFF, 0xF4, 0xD6)),
            stroke: Some(Stroke::solid(palette::ORANGE, 1.0)),
        });
        let style = TextStyle::new(SMALL)
            .bold()
            .color(Rgb(0x6B, 0x45, 0x00))
            .anchor(Anchor::Middle);
        scene.text(x + badge_w / 2.0, MARGIN + 14.0, badge, style);
    }
    scene.end();
    y + 14.0
}

/// Lays legend entries out left to right, wrapping; returns the height used.
pub fn legend(scene: &mut Scene, x0: f64, y0: f64, max_width: f64, items: &[(String, Swatch)]) -> f64 {
    scene.begin("legend");
    let (mut x, mut y) = (x0, y0);
    for (label, swatch) in items {
        let w = 26.0 + text_width(label, LABEL, false) + 18.0;
        if x > x0 && x + w > x0 + max_width {
            x = x0;
            y += 22.0;
        }
        match swatch {
            Swatch::Box(fill, hatch) => {
                pattern_box(scene, (x, y, 18.0, 14.0), *fill, *hatch);
                scene.frame(x, y, 18.0, 14.0, Stroke::solid(palette::AXIS, 0.5));
            }
            Swatch::Line(stroke) => scene.line((x, y + 7.0), (x + 20.0, y + 7.0), *stroke),
            Swatch::Marker(kind, color) => marker(scene, *kind, x + 9.0, y + 7.0, *color),
        }
        scene.text(x + 26.0, y + 12.0, label.clone(), TextStyle::new(LABEL));
        x += w;
    }
    scene.end();
    y - y0 + 22.0
}

/// A text on a white box, readable where it crosses lines.
pub fn halo_text(scene: &mut Scene, x: f64, y: f64, text: String, style: TextStyle) {
    let w = text_width(&text, style.size, style.bold);
    let x0 = match style.anchor {
        Anchor::Start => x,
        Anchor::Middle => x - w / 2.0,
        Anchor::End => x - w,
    };
    scene.rect(
        x0 - 3.0,
        y - style.size * 0.95,
        w + 6.0,
        style.size * 1.3,
        palette::WHITE,
    );
    scene.text(x, y, text, style);
}

/// A grey panel saying "No data" and why, filling the given box.
pub fn no_data(scene: &mut Scene, (x, y, w, h): (f64, f64, f64, f64), why: &str) {
    scene.begin("no-data");
    scene.shapes.push(Shape::Rect {
        x,
        y,
        w,
        h,
        fill: Some(palette::PANEL),
        stroke: Some(Stroke::dashed(palette::NO_DATA, 1.0, 4.0)),
    });
    let mid = x + w / 2.0;
    scene.text(
        mid,
        y + h / 2.0,
        crate::words::current().t("report-chart-no-data", "No data"),
        TextStyle::new(TITLE)
            .bold()
            .color(palette::MUTED)
            .anchor(Anchor::Middle),
    );
    let note = fit(why, LABEL, false, w - 20.0);
    scene.text(
        mid,
        y + h / 2.0 + 22.0,
        note,
        TextStyle::new(LABEL).color(palette::MUTED).anchor(Anchor::Middle),
    );
    scene.end();
}

/// Sets the final height and puts a white background under everything.
pub fn finish(mut scene: Scene, height: f64) -> Scene {
    scene.height = height.ceil();
    scene.shapes.insert(
        0,
        Shape::Rect {
            x: 0.0,
            y: 0.0,
            w: scene.width,
            h: scene.height,
            fill: Some(palette::WHITE),
            stroke: None,
        },
    );
    scene
}

#[cfg(test)]
mod badge_tests {
    use super::*;

    fn luminance(c: Rgb) -> f64 {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
    }

    fn hue(c: Rgb) -> f64 {
        let (r, g, b) = (f64::from(c.0), f64::from(c.1), f64::from(c.2));
        let (max, min) = (r.max(g).max(b), r.min(g).min(b));
        if max == min {
            return 0.0;
        }
        let d = max - min;
        let h = if max == r {
            ((g - b) / d).rem_euclid(6.0)
        } else if max == g {
            (b - r) / d + 2.0
        } else {
            (r - g) / d + 4.0
        };
        h * 60.0
    }

    #[test]
    fn each_status_badge_has_its_chart_hue_and_readable_white_text() {
        for s in Status::ALL {
            let (chart, _) = status_look(s);
            let badge = status_badge(s);
            let contrast = 1.05 / (luminance(badge) + 0.05);
            assert!(contrast >= 4.5, "{s:?}: white on {} is {contrast:.2}:1", badge.hex());
            let gap = (hue(chart) - hue(badge)).abs();
            let gap = gap.min(360.0 - gap);
            // Greys have no hue: both must be grey.
            let grey =
                |c: Rgb| (i32::from(c.0) - i32::from(c.2)).abs() < 32 && (i32::from(c.1) - i32::from(c.2)).abs() < 32;
            assert!(
                gap <= 12.0 || (grey(chart) && grey(badge)),
                "{s:?}: chart {} and badge {} differ by {gap:.0}°",
                chart.hex(),
                badge.hex()
            );
        }
    }
}
