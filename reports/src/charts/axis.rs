//! Value scales: round tick values, their labels, and the value axis of horizontal-bar plots.

use super::scene::{Anchor, LABEL, SMALL, Scene, Stroke, TextStyle, palette};
use crate::format::group_thousands;

/// Evenly spaced round tick values covering `[lo, hi]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    /// Tick values, ascending; the first is ≤ lo and the last ≥ hi.
    pub values: Vec<f64>,
    /// Decimals needed to print them.
    pub decimals: usize,
}

impl Ticks {
    /// Round ticks (steps of 1, 2 or 5 × 10ⁿ), at most about `max` of them.
    pub fn nice(lo: f64, hi: f64, max: usize) -> Ticks {
        let (lo, hi) = if hi - lo < 1e-9 { (lo - 1.0, hi + 1.0) } else { (lo, hi) };
        let raw = (hi - lo) / max.max(2) as f64;
        let mag = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|m| m * mag)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * mag);
        let first = (lo / step).floor() as i64;
        let last = (hi / step).ceil() as i64;
        let values = (first..=last).map(|i| i as f64 * step).collect();
        let decimals = if step >= 1.0 {
            0
        } else {
            (-step.log10().floor()) as usize
        };
        Ticks { values, decimals }
    }

    /// Lowest tick.
    pub fn min(&self) -> f64 {
        self.values.first().copied().unwrap_or(0.0)
    }

    /// Highest tick.
    pub fn max(&self) -> f64 {
        self.values.last().copied().unwrap_or(1.0)
    }

    /// A tick value as text, thousands grouped.
    pub fn label(&self, v: f64) -> String {
        group_f64(v, self.decimals)
    }
}

/// `v` with `decimals` places and thousands separators (chart labels only).
pub fn group_f64(v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    // A value that rounds to zero prints without a sign.
    match s.strip_prefix('-') {
        Some(digits) if digits.chars().all(|c| c == '0' || c == '.') => group_thousands(digits),
        _ => group_thousands(&s),
    }
}

/// A value axis along the bottom of a horizontal-bar plot, with vertical grid lines.
pub fn value_axis(scene: &mut Scene, plot: (f64, f64, f64, f64), ticks: &Ticks, title: &str) -> f64 {
    let (x, y, w, h) = plot;
    let span = ticks.max() - ticks.min();
    scene.begin("axis");
    for v in &ticks.values {
        let tx = x + (v - ticks.min()) / span * w;
        scene.line((tx, y), (tx, y + h), Stroke::solid(palette::GRID, 1.0));
        let style = TextStyle::new(SMALL).color(palette::MUTED).anchor(Anchor::Middle);
        scene.text(tx, y + h + 16.0, ticks.label(*v), style);
    }
    scene.line((x, y + h), (x + w, y + h), Stroke::solid(palette::AXIS, 1.0));
    scene.text(
        x + w / 2.0,
        y + h + 36.0,
        title,
        TextStyle::new(LABEL).anchor(Anchor::Middle),
    );
    scene.end();
    44.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        let t = Ticks::nice(0.0, 70_500.0, 6);
        assert_eq!(t.values, vec![0.0, 20_000.0, 40_000.0, 60_000.0, 80_000.0]);
        assert_eq!(t.label(60_000.0), "60,000");
        let t = Ticks::nice(1.75, 3.05, 5);
        assert_eq!((t.min(), t.max(), t.decimals), (1.5, 3.5, 1));
        let flat = Ticks::nice(5.0, 5.0, 5);
        assert!(flat.min() < 5.0 && flat.max() > 5.0, "a flat range still gets an axis");
    }

    #[test]
    fn chart_numbers_group_thousands() {
        assert_eq!(group_f64(1_234_567.0, 0), "1,234,567");
        assert_eq!(group_f64(-0.0000001, 1), "0.0");
        assert_eq!(group_f64(-1234.5, 1), "-1,234.5");
    }
}
