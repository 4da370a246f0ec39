//! The projection: where an indicator is heading at its target year, and whether its target is likely
//! to be met. One pure function, [`project`], beside the status rule; pages, API and report all show
//! what it returns.
//!
//! **Method.** A least-squares straight line through the points `(year, value)`: the baseline (its
//! year and value) and, for each later year up to the target year, the indicator's approved annual
//! value (its quarters combined by its aggregation rule, as the status rule does). The line is read at
//! the target year: that is the projected value.
//!
//! * At least two points (the baseline and one approved value after it), else *too early to tell*,
//!   with no value. No baseline or no target: too early to tell as well (nothing to start from or to
//!   compare with).
//! * The baseline stands for its own year: an approved value of the baseline year or of an earlier
//!   year is not a point. Values after the target year are not points either. Of two values given for
//!   one year the later one counts.
//! * **Outlook**: `likely` when the projected value meets the target in the indicator's direction
//!   (≥ T for `increase`, ≤ T for `decrease`); for `maintain`, when it lies within the plan's on-track
//!   band (± `maintain_on_track_pct` % of T; a target of 0 only at exactly 0); else `unlikely`.
//!
//! **Arithmetic.** Exact, like the status rule: with `n` points, `x` the year counted from the target
//! year, `Sx = Σx`, `Sy = Σy`, `Sxx = Σx²`, `Sxy = Σxy` and `D = n·Sxx − Sx²` (> 0 for two different
//! years), the line's value at `x` is `(Sy·D + (n·Sxy − Sx·Sy)·(n·x − Sx)) / (n·D)`. The outlook
//! compares that numerator with `T·n·D` (no division stands between them), so a projection exactly on
//! the target is `likely`. The value itself is the one division: carried to the 28 significant digits a
//! `Decimal` holds, the last rounded half to even; it is rounded only when shown (4 decimal places,
//! halves away from zero, in the API and CSV). Figures too large to multiply out exactly (far beyond any
//! plan's values) are *too early to tell*, with that reason.
//!
//! **Limits** (also stated in the report's annex and `docs/PROJECTION.md`): a straight line assumes the
//! change so far goes on at the same pace; it knows nothing of saturation (a percentage near 100),
//! of one-off jumps, or of plans to act. With two or three points one unusual year moves it a lot, and
//! the baseline weighs like any approved year. Milestones play no part: the projection says where the
//! values are heading, the expected path where they were meant to go. A yes/no indicator's line is a
//! trend between 0 and 1, not an answer.

use super::{Direction, IndicatorSpec, Quotient, Thresholds, serialize_shown};
use crate::error::Said;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use stratrack_i18n::Lang;

pub use stratrack_vocab::Outlook;

/// The method's name, as the API and the report state it.
pub const METHOD: &str = "least_squares";

/// The fewest points a line is drawn through.
pub const MIN_POINTS: u32 = 2;

/// The projection of one indicator at its target year.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct Projection {
    /// `least_squares`: a least-squares straight line through the baseline and the approved annual
    /// values after it, up to the target year.
    pub method: String,
    /// How many points the line went through (the baseline counts as one); fewer than 2 is too early.
    pub points_used: u32,
    /// The year projected to: the indicator's target year (`null` without a target).
    pub target_year: Option<i32>,
    /// The line's value in the target year; `null` when too early to tell. Exact inside, shown to 4 dp.
    #[serde(serialize_with = "serialize_shown")]
    pub value_at_target_year: Option<Decimal>,
    /// The newest year among the points: the projected stretch of the line runs from there to the
    /// target year.
    pub last_year: Option<i32>,
    /// The line's value in `last_year` (where the projected stretch starts); shown to 4 dp.
    #[serde(serialize_with = "serialize_shown")]
    pub value_at_last_year: Option<Decimal>,
    /// Whether the target is likely to be met.
    pub outlook: Outlook,
    /// Why it is too early to tell, in English; `null` otherwise.
    pub reason: Option<String>,
    /// The same reasons as messages, for a door to say in the reader's language
    /// ([`Projection::reason_in`]).
    #[serde(skip)]
    #[schema(ignore)]
    pub why: Vec<Said>,
}

impl Projection {
    /// Why it is too early to tell, in `lang` (the English `reason` where no message was kept).
    pub fn reason_in(&self, lang: Lang) -> Option<String> {
        super::reasons_in(&self.why, self.reason.as_ref(), lang)
    }

    /// Too early to tell, after `points` points, because of `why`.
    fn too_early(spec: &IndicatorSpec, points: u32, why: Vec<Said>) -> Self {
        Projection {
            method: METHOD.to_owned(),
            points_used: points,
            target_year: spec.target.map(|t| t.0),
            value_at_target_year: None,
            last_year: None,
            value_at_last_year: None,
            outlook: Outlook::TooEarly,
            reason: Some(super::english_of(&why)),
            why,
        }
    }
}

/// The points the line goes through: the baseline, then the latest value given for each year after
/// it up to `target_year`.
fn points(
    (baseline_year, baseline): (i32, Decimal),
    target_year: i32,
    values: &[(i32, Decimal)],
) -> BTreeMap<i32, Decimal> {
    let mut points: BTreeMap<i32, Decimal> = values
        .iter()
        .copied()
        .filter(|&(year, _)| year > baseline_year && year <= target_year)
        .collect();
    points.insert(baseline_year, baseline);
    points
}

/// The sums of a least-squares fit with years counted from the target year.
struct Fit {
    n: Decimal,
    sx: Decimal,
    sy: Decimal,
    /// `n·Sxx − Sx²`.
    d: Decimal,
    /// `n·Sxy − Sx·Sy` (the slope is this over `d`).
    slope_num: Decimal,
}

impl Fit {
    /// The fit through `points`; `None` on overflow or with fewer than two different years.
    fn new(points: &BTreeMap<i32, Decimal>, target_year: i32) -> Option<Fit> {
        let (mut sx, mut sxx, mut sy, mut sxy) = (0i64, 0i64, Decimal::ZERO, Decimal::ZERO);
        for (&year, &value) in points {
            let x = i64::from(year) - i64::from(target_year);
            sx = sx.checked_add(x)?;
            sxx = sxx.checked_add(x.checked_mul(x)?)?;
            sy = sy.checked_add(value)?;
            sxy = sxy.checked_add(Decimal::from(x).checked_mul(value)?)?;
        }
        let n = i64::try_from(points.len()).ok()?;
        let d = n.checked_mul(sxx)?.checked_sub(sx.checked_mul(sx)?)?;
        if d <= 0 {
            return None;
        }
        let (n, sx, d) = (Decimal::from(n), Decimal::from(sx), Decimal::from(d));
        let slope_num = n.checked_mul(sxy)?.checked_sub(sx.checked_mul(sy)?)?;
        Some(Fit {
            n,
            sx,
            sy,
            d,
            slope_num,
        })
    }

    /// The line's value in `year` as an exact quotient; `None` on overflow.
    fn at(&self, year: i32, target_year: i32) -> Option<Quotient> {
        let x = Decimal::from(i64::from(year) - i64::from(target_year));
        let run = self.n.checked_mul(x)?.checked_sub(self.sx)?;
        let num = self
            .sy
            .checked_mul(self.d)?
            .checked_add(self.slope_num.checked_mul(run)?)?;
        Some(Quotient::new(num, self.n.checked_mul(self.d)?))
    }
}

/// Whether a projected `value` meets `target` for `direction`: at or beyond it in the good direction,
/// or for `maintain` within the plan's on-track band around it; `None` on overflow.
fn meets(direction: Direction, value: Quotient, target: Decimal, thresholds: &Thresholds) -> Option<bool> {
    // (P − T)·den, with den > 0: its sign is the sign of P − T.
    let gap = value.minus(target)?;
    Some(match direction {
        Direction::Increase => gap >= Decimal::ZERO,
        Direction::Decrease => gap <= Decimal::ZERO,
        // A band of a percentage of 0 is empty: only exactly 0 stays on it.
        Direction::Maintain if target.is_zero() => gap.is_zero(),
        Direction::Maintain => {
            let scale = target.abs().checked_mul(value.den)?;
            gap.abs().checked_mul(Decimal::ONE_HUNDRED)? <= scale.checked_mul(thresholds.maintain_on_track_pct)?
        }
    })
}

/// Projects `spec` to its target year from `values`, its approved annual values by year (any order;
/// the caller passes those known at the time of the projection, e.g. up to the report's year), under
/// the plan's `thresholds` (the maintain band). See the module documentation for the method.
pub fn project(spec: &IndicatorSpec, values: &[(i32, Decimal)], thresholds: &Thresholds) -> Projection {
    let (Some(baseline), Some((target_year, target))) = (spec.baseline, spec.target) else {
        let mut missing = Vec::new();
        if spec.baseline.is_none() {
            missing.push(Said::new("nodata-no-baseline", []));
        }
        if spec.target.is_none() {
            missing.push(Said::new("nodata-no-target", []));
        }
        return Projection::too_early(spec, 0, missing);
    };
    let points = points(baseline, target_year, values);
    let used = u32::try_from(points.len()).unwrap_or(u32::MAX);
    if used < MIN_POINTS {
        return Projection::too_early(
            spec,
            used,
            vec![Said::new(
                "nodata-few-points",
                [
                    ("min", i64::from(MIN_POINTS).into()),
                    ("year", i64::from(baseline.0).into()),
                ],
            )],
        );
    }
    let last_year = points.keys().next_back().copied().unwrap_or(baseline.0);
    let exact = || {
        let fit = Fit::new(&points, target_year)?;
        let at_target = fit.at(target_year, target_year)?;
        let at_last = fit.at(last_year, target_year)?;
        let likely = meets(spec.direction, at_target, target, thresholds)?;
        Some((at_target, at_last, likely))
    };
    let Some((at_target, at_last, likely)) = exact() else {
        return Projection::too_early(spec, used, vec![Said::new("nodata-too-large", [])]);
    };
    Projection {
        method: METHOD.to_owned(),
        points_used: used,
        target_year: Some(target_year),
        value_at_target_year: Some(at_target.value()),
        last_year: Some(last_year),
        value_at_last_year: Some(at_last.value()),
        outlook: if likely { Outlook::Likely } else { Outlook::Unlikely },
        reason: None,
        why: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::{Aggregation, Unit};
    use rust_decimal::dec;

    /// Baseline 40 in 2024, target 80 in 2031 (increase).
    fn increasing() -> IndicatorSpec {
        IndicatorSpec {
            direction: Direction::Increase,
            aggregation: Aggregation::Latest,
            unit: Unit::Count,
            baseline: Some((2024, dec!(40))),
            milestones: vec![(2028, dec!(60))],
            target: Some((2031, dec!(80))),
        }
    }

    fn decreasing() -> IndicatorSpec {
        IndicatorSpec {
            direction: Direction::Decrease,
            baseline: Some((2024, dec!(100))),
            target: Some((2031, dec!(30))),
            ..increasing()
        }
    }

    fn maintaining(target: Decimal) -> IndicatorSpec {
        IndicatorSpec {
            direction: Direction::Maintain,
            baseline: Some((2024, target)),
            target: Some((2031, target)),
            ..increasing()
        }
    }

    fn project_default(spec: &IndicatorSpec, values: &[(i32, Decimal)]) -> Projection {
        project(spec, values, &Thresholds::default())
    }

    // ---- fewer than two points --------------------------------------------------------------------

    #[test]
    fn the_baseline_alone_is_too_early_to_tell() {
        let p = project_default(&increasing(), &[]);
        assert_eq!(
            (p.outlook, p.points_used, p.value_at_target_year),
            (Outlook::TooEarly, 1, None)
        );
        assert_eq!(p.target_year, Some(2031));
        assert_eq!(
            p.reason.as_deref(),
            Some("fewer than 2 points (no approved annual value after the baseline year 2024)")
        );
        assert_eq!(p.reason_in(Lang::En), p.reason);
        assert_eq!(
            p.reason_in(Lang::Fr).as_deref(),
            Some("moins de 2 points (aucune valeur annuelle approuvée après l'année de référence 2024)")
        );
    }

    #[test]
    fn values_of_the_baseline_year_or_earlier_are_not_points() {
        let p = project_default(&increasing(), &[(2024, dec!(45)), (2022, dec!(10))]);
        assert_eq!((p.outlook, p.points_used), (Outlook::TooEarly, 1));
    }

    #[test]
    fn no_baseline_or_no_target_is_too_early_with_the_reason() {
        let spec = IndicatorSpec {
            baseline: None,
            ..increasing()
        };
        let p = project_default(&spec, &[(2025, dec!(50)), (2026, dec!(60))]);
        assert_eq!((p.outlook, p.points_used), (Outlook::TooEarly, 0));
        assert_eq!(p.reason.as_deref(), Some("no baseline"));
        let spec = IndicatorSpec {
            baseline: None,
            target: None,
            ..increasing()
        };
        let p = project_default(&spec, &[]);
        assert_eq!(p.reason.as_deref(), Some("no baseline; no target"));
        assert_eq!(p.target_year, None);
    }

    // ---- two points and more ----------------------------------------------------------------------

    #[test]
    fn two_points_give_the_straight_line_through_them() {
        // 40 in 2024, 45 in 2025: +5 a year, 75 in 2031, short of 80.
        let p = project_default(&increasing(), &[(2025, dec!(45))]);
        assert_eq!(p.points_used, 2);
        assert_eq!(p.value_at_target_year, Some(dec!(75)));
        assert_eq!((p.last_year, p.value_at_last_year), (Some(2025), Some(dec!(45))));
        assert_eq!((p.outlook, p.reason), (Outlook::Unlikely, None));
        assert_eq!(p.method, "least_squares");
    }

    #[test]
    fn the_line_is_the_least_squares_fit_not_the_last_step() {
        // 40, 50, 54 in 2024..2026: slope 7, mean 48 at 2025, so 2031 gives 48 + 7·6 = 90.
        let p = project_default(&increasing(), &[(2025, dec!(50)), (2026, dec!(54))]);
        assert_eq!((p.points_used, p.value_at_target_year), (3, Some(dec!(90))));
        assert_eq!(
            p.value_at_last_year,
            Some(dec!(55)),
            "the line at 2026, not the value 54"
        );
        assert_eq!(p.outlook, Outlook::Likely);
    }

    #[test]
    fn a_projection_exactly_on_the_target_is_likely_though_the_mean_year_does_not_end() {
        // 40, 45, 55 in 2024, 2025, 2027: +5 a year, 75 in 2031; the mean year is 2025⅓.
        let spec = IndicatorSpec {
            target: Some((2031, dec!(75))),
            ..increasing()
        };
        let p = project_default(&spec, &[(2025, dec!(45)), (2027, dec!(55))]);
        assert_eq!((p.value_at_target_year, p.outlook), (Some(dec!(75)), Outlook::Likely));
        let p = project_default(&spec, &[(2025, dec!(45)), (2027, dec!(54.9999))]);
        assert_eq!(p.outlook, Outlook::Unlikely, "a hair below the target is not on it");
    }

    #[test]
    fn a_value_of_a_year_past_the_target_year_is_not_a_point() {
        let spec = IndicatorSpec {
            target: Some((2026, dec!(80))),
            ..increasing()
        };
        let p = project_default(&spec, &[(2025, dec!(45)), (2027, dec!(1000))]);
        assert_eq!((p.points_used, p.value_at_target_year), (2, Some(dec!(50))));
    }

    #[test]
    fn of_two_values_for_one_year_the_later_counts() {
        let p = project_default(&increasing(), &[(2025, dec!(10)), (2025, dec!(45))]);
        assert_eq!(p.value_at_target_year, Some(dec!(75)));
    }

    #[test]
    fn years_need_not_follow_each_other_nor_come_in_order() {
        // 40 (2024), 60 (2028), 50 (2026): exactly +5 a year, 75 in 2031.
        let p = project_default(&increasing(), &[(2028, dec!(60)), (2026, dec!(50))]);
        assert_eq!((p.points_used, p.value_at_target_year), (3, Some(dec!(75))));
        assert_eq!((p.last_year, p.value_at_last_year), (Some(2028), Some(dec!(60))));
    }

    // ---- a flat series ----------------------------------------------------------------------------

    #[test]
    fn a_flat_series_projects_its_level_and_misses_a_target_above_it() {
        let p = project_default(&increasing(), &[(2025, dec!(40)), (2026, dec!(40))]);
        assert_eq!((p.value_at_target_year, p.outlook), (Some(dec!(40)), Outlook::Unlikely));
    }

    #[test]
    fn a_flat_series_at_the_target_is_likely() {
        let spec = IndicatorSpec {
            baseline: Some((2024, dec!(80))),
            ..increasing()
        };
        let p = project_default(&spec, &[(2025, dec!(80)), (2026, dec!(80))]);
        assert_eq!((p.value_at_target_year, p.outlook), (Some(dec!(80)), Outlook::Likely));
    }

    // ---- decrease ---------------------------------------------------------------------------------

    #[test]
    fn decrease_falling_fast_enough_is_likely() {
        // 100 → 90: −10 a year, 30 in 2031, exactly the target.
        let p = project_default(&decreasing(), &[(2025, dec!(90))]);
        assert_eq!((p.value_at_target_year, p.outlook), (Some(dec!(30)), Outlook::Likely));
    }

    #[test]
    fn decrease_falling_too_slowly_or_rising_is_unlikely() {
        let p = project_default(&decreasing(), &[(2025, dec!(95))]);
        assert_eq!((p.value_at_target_year, p.outlook), (Some(dec!(65)), Outlook::Unlikely));
        let p = project_default(&decreasing(), &[(2025, dec!(101))]);
        assert_eq!(p.outlook, Outlook::Unlikely);
    }

    #[test]
    fn a_projection_below_zero_is_shown_as_the_line_gives_it() {
        // No clamping: the line is a trend, and a count below zero says the pace cannot last.
        let p = project_default(&decreasing(), &[(2025, dec!(70))]);
        assert_eq!((p.value_at_target_year, p.outlook), (Some(dec!(-110)), Outlook::Likely));
    }

    // ---- target already met -----------------------------------------------------------------------

    #[test]
    fn a_target_already_met_and_holding_is_likely() {
        let p = project_default(&increasing(), &[(2025, dec!(85)), (2026, dec!(90))]);
        assert_eq!(p.outlook, Outlook::Likely);
        let p = project_default(&decreasing(), &[(2025, dec!(25)), (2026, dec!(20))]);
        assert_eq!(p.outlook, Outlook::Likely);
    }

    #[test]
    fn a_target_met_early_but_falling_back_is_unlikely_as_the_line_says() {
        // 40, 85, 82, 79: the status is achieved in 2025, but the line heads below 80 by 2031.
        let values = [(2025, dec!(85)), (2026, dec!(82)), (2027, dec!(79))];
        let p = project_default(&increasing(), &values);
        assert!(
            p.value_at_target_year.unwrap() > dec!(80),
            "the baseline still pulls the line up"
        );
        let values = [(2025, dec!(85)), (2026, dec!(60)), (2027, dec!(50)), (2028, dec!(45))];
        let p = project_default(&increasing(), &values);
        assert!(p.value_at_target_year.unwrap() < dec!(80));
        assert_eq!(p.outlook, Outlook::Unlikely);
    }

    // ---- maintain ---------------------------------------------------------------------------------

    #[test]
    fn maintain_is_likely_within_the_on_track_band_edges_included() {
        // 100 → 101: +1 a year, 107 in 2031: outside ±5 %.
        let p = project_default(&maintaining(dec!(100)), &[(2025, dec!(101))]);
        assert_eq!(
            (p.value_at_target_year, p.outlook),
            (Some(dec!(107)), Outlook::Unlikely)
        );
        // 100.8 → 102 by 2026: +0.6 a year, 105 exactly in 2031, on the band's edge.
        let spec = IndicatorSpec {
            baseline: Some((2024, dec!(100.8))),
            ..maintaining(dec!(100))
        };
        let p = project_default(&spec, &[(2026, dec!(102))]);
        assert_eq!((p.value_at_target_year, p.outlook), (Some(dec!(105)), Outlook::Likely));
        let p = project_default(&spec, &[(2026, dec!(102.0001))]);
        assert_eq!(p.outlook, Outlook::Unlikely);
        let p = project_default(&maintaining(dec!(100)), &[(2025, dec!(99)), (2026, dec!(100))]);
        assert_eq!(p.outlook, Outlook::Likely);
    }

    #[test]
    fn maintain_band_follows_the_plan() {
        let strict = Thresholds {
            maintain_on_track_pct: dec!(2),
            ..Thresholds::default()
        };
        // 100 → 100.5: 103.5 in 2031, within 5 % but not within 2 %.
        let values = [(2025, dec!(100.5))];
        assert_eq!(
            project_default(&maintaining(dec!(100)), &values).outlook,
            Outlook::Likely
        );
        assert_eq!(
            project(&maintaining(dec!(100)), &values, &strict).outlook,
            Outlook::Unlikely
        );
    }

    #[test]
    fn maintain_a_zero_target_is_likely_only_at_exactly_zero() {
        let p = project_default(&maintaining(dec!(0)), &[(2025, dec!(0))]);
        assert_eq!(p.outlook, Outlook::Likely);
        let p = project_default(&maintaining(dec!(0)), &[(2025, dec!(0.0001))]);
        assert_eq!(p.outlook, Outlook::Unlikely);
    }

    #[test]
    fn maintain_bands_are_measured_on_the_size_of_a_negative_target() {
        let p = project_default(&maintaining(dec!(-100)), &[(2025, dec!(-100.5))]);
        assert_eq!(
            (p.value_at_target_year, p.outlook),
            (Some(dec!(-103.5)), Outlook::Likely)
        );
    }

    // ---- overflow ---------------------------------------------------------------------------------

    #[test]
    fn figures_too_large_to_multiply_out_are_too_early_with_the_reason() {
        let huge = Decimal::MAX / dec!(4);
        let spec = IndicatorSpec {
            baseline: Some((2024, huge)),
            ..increasing()
        };
        let p = project_default(&spec, &[(2025, huge)]);
        assert_eq!((p.outlook, p.points_used), (Outlook::TooEarly, 2));
        assert_eq!(p.reason.as_deref(), Some("the values are too large to project exactly"));
    }
}

#[cfg(test)]
mod props {
    //! The projection against a reference written straight from its definition, in exact rationals: the
    //! centred least-squares formula (mean of the years, mean of the values, slope Σ(x − x̄)(y − ȳ) /
    //! Σ(x − x̄)²), sharing no code with [`project`]'s uncentred one. Half of the cases put the line
    //! exactly on the target or a band's edge, or one smallest step either side.

    use super::super::props::{Q, same_figure};
    use super::*;
    use crate::status::{Aggregation, Unit};
    use proptest::prelude::*;
    use proptest::test_runner::Config;

    fn config() -> Config {
        Config {
            cases: 5_000,
            failure_persistence: None,
            ..Config::default()
        }
    }

    /// What the reference says: outlook, points and the projected value.
    fn reference(spec: &IndicatorSpec, values: &[(i32, Decimal)], th: &Thresholds) -> (Outlook, u32, Option<Q>) {
        let (Some((by, b)), Some((ty, t))) = (spec.baseline, spec.target) else {
            return (Outlook::TooEarly, 0, None);
        };
        let mut points: Vec<(i32, Q)> = vec![(by, Q::dec(b))];
        for year in by + 1..=ty {
            if let Some(&(_, v)) = values.iter().rev().find(|(y, _)| *y == year) {
                points.push((year, Q::dec(v)));
            }
        }
        let n = points.len() as i128;
        if n < 2 {
            return (Outlook::TooEarly, n as u32, None);
        }
        let mean_x = points
            .iter()
            .fold(Q::int(0), |s, p| s.add(Q::int(p.0.into())))
            .div(Q::int(n));
        let mean_y = points.iter().fold(Q::int(0), |s, p| s.add(p.1)).div(Q::int(n));
        let (mut sxy, mut sxx) = (Q::int(0), Q::int(0));
        for (x, y) in &points {
            let dx = Q::int((*x).into()).sub(mean_x);
            sxy = sxy.add(dx.mul(y.sub(mean_y)));
            sxx = sxx.add(dx.mul(dx));
        }
        let projected = mean_y.add(sxy.div(sxx).mul(Q::int(ty.into()).sub(mean_x)));
        let t = Q::dec(t);
        let likely = match spec.direction {
            Direction::Increase => projected >= t,
            Direction::Decrease => projected <= t,
            Direction::Maintain if t.is_zero() => projected.is_zero(),
            Direction::Maintain => {
                projected.sub(t).abs() <= t.abs().mul(Q::dec(th.maintain_on_track_pct)).div(Q::int(100))
            }
        };
        let outlook = if likely { Outlook::Likely } else { Outlook::Unlikely };
        (outlook, n as u32, Some(projected))
    }

    fn value() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            1 => Just(Decimal::ZERO),
            2 => (-20i64..=120).prop_map(Decimal::from),
            3 => (-1_000_000i64..=1_000_000, 0u32..=4).prop_map(|(m, s)| Decimal::new(m, s)),
        ]
    }

    /// An indicator, its values and the plan's thresholds.
    #[derive(Debug, Clone)]
    struct Case {
        spec: IndicatorSpec,
        values: Vec<(i32, Decimal)>,
        thresholds: Thresholds,
    }

    /// Random indicators and values; with `edge`, the values and the baseline lie exactly on a line
    /// whose value at the target year is the target, a maintain band's edge, or 10⁻⁴ beside either.
    fn case() -> impl Strategy<Value = Case> {
        (
            prop::sample::select(Direction::ALL.to_vec()),
            prop::option::weighted(0.95, (2022i32..=2027, value())),
            prop::option::weighted(0.95, (1i32..=8, value())),
            prop::collection::vec((2018i32..=2037, value()), 0..8),
            0i64..=20,
            prop::option::weighted(0.5, (0usize..3, -1i64..=1, -50i64..=50)),
        )
            .prop_map(|(direction, baseline, target, mut values, pct, edge)| {
                let target = target.map(|(gap, v)| (baseline.map_or(2028, |b| b.0) + gap, v));
                let thresholds = Thresholds {
                    maintain_on_track_pct: Decimal::from(pct),
                    ..Thresholds::default()
                };
                let mut baseline = baseline;
                if let (Some((by, _)), Some((ty, t)), Some((which, step, slope))) = (baseline, target, edge) {
                    let band = t.abs() * Decimal::from(pct) / Decimal::ONE_HUNDRED;
                    let at_target = [t, t + band, t - band][which] + Decimal::new(step, 4);
                    let on_line = |year: i32| at_target + Decimal::new(slope, 1) * Decimal::from(year - ty);
                    baseline = Some((by, on_line(by)));
                    values = values.iter().map(|&(year, _)| (year, on_line(year))).collect();
                }
                Case {
                    spec: IndicatorSpec {
                        direction,
                        aggregation: Aggregation::Latest,
                        unit: Unit::Count,
                        baseline,
                        milestones: Vec::new(),
                        target,
                    },
                    values,
                    thresholds,
                }
            })
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn the_projection_agrees_with_the_centred_least_squares_line(case in case()) {
            let got = project(&case.spec, &case.values, &case.thresholds);
            let (outlook, points, value) = reference(&case.spec, &case.values, &case.thresholds);
            prop_assert_eq!(got.outlook, outlook, "reference {:?}, rule {:?}", value, got);
            prop_assert_eq!(got.points_used, points);
            match (got.value_at_target_year, value) {
                (Some(c), Some(w)) => prop_assert!(same_figure(c, w), "value {} against {:?}", c, w),
                (c, w) => prop_assert!(c.is_none() && w.is_none(), "value {:?} against {:?}", c, w),
            }
            prop_assert_eq!(got.reason.is_some(), got.outlook == Outlook::TooEarly);
            if let (Some(last), Some(target)) = (got.last_year, got.target_year) {
                prop_assert!(last <= target, "the projected stretch runs forward");
            }
        }
    }
}
