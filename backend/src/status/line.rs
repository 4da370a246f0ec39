//! The expected value `E(Y)`: the straight line through baseline, milestones and target.

use super::{IndicatorSpec, Quotient};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The expected value `E(year)`, exact; `None` without a baseline or a target.
///
/// Piecewise linear through the baseline, the milestones and the target:
/// flat at the baseline up to the baseline year and at the target from the
/// target year on. Milestones on the baseline or target year, or outside the
/// plan's span, are ignored (baseline and target are the commitments); of two
/// milestones on the same year the later one in the list wins.
pub fn expected(spec: &IndicatorSpec, year: i32) -> Option<Decimal> {
    let baseline = spec.baseline?;
    let target = spec.target?;
    Some(expected_between(baseline, &spec.milestones, target, year).value())
}

/// [`expected`] once baseline and target are known to exist, as an exact [`Quotient`].
pub(super) fn expected_between(
    (baseline_year, baseline): (i32, Decimal),
    milestones: &[(i32, Decimal)],
    (target_year, target): (i32, Decimal),
    year: i32,
) -> Quotient {
    if year <= baseline_year {
        return Quotient::whole(baseline);
    }
    if year >= target_year {
        return Quotient::whole(target);
    }
    // Here baseline_year < year < target_year.
    let mut points: BTreeMap<i32, Decimal> = milestones
        .iter()
        .copied()
        .filter(|&(y, _)| y > baseline_year && y < target_year)
        .collect();
    points.insert(baseline_year, baseline);
    points.insert(target_year, target);
    // Baseline and target bracket `year`, so both lookups find a point; the
    // defaults are those same points.
    let (y0, v0) = points
        .range(..=year)
        .next_back()
        .map_or((baseline_year, baseline), |(&y, &v)| (y, v));
    let (y1, v1) = points
        .range(year..)
        .next()
        .map_or((target_year, target), |(&y, &v)| (y, v));
    if y0 == y1 {
        return Quotient::whole(v0);
    }
    // Not divided here: a third of the way between two milestones does not end as a decimal.
    let span = Decimal::from(y1 - y0);
    Quotient::new(v0 * span + (v1 - v0) * Decimal::from(year - y0), span)
}
