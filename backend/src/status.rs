//! The status rule: the one place every figure of the product comes from.
//!
//! Every number shown for an indicator — its actual value, the value expected
//! for the year, its progress and its status — and every roll-up over a result
//! node is computed here, by pure functions without I/O. Screens, exports and
//! reports call these functions instead of re-deriving figures, so that the
//! same indicator can never show two different statuses in two places.
//!
//! The rule, in short:
//!
//! * **Actual** `A(Y)` ([`actual`]): the approved headline value for year `Y`,
//!   combining sub-annual values by the indicator's [`Aggregation`]
//!   ([`annual_value`]). When `Y` has none, the newest value of an earlier year
//!   stands in if it is no older than the plan's maximum age (it is then
//!   *stale*); otherwise there is no data.
//! * **Expected** `E(Y)` ([`expected`]): the straight line through baseline,
//!   milestones and target, flat before the baseline and after the target.
//! * **Progress**: `(A − b) / (E − b)` for increase and decrease indicators;
//!   closeness to the target for maintain indicators.
//! * **Status** ([`assess`]): achieved, on track, at risk, off track or no
//!   data, against thresholds that belong to the plan ([`Thresholds`]).
//! * **Roll-up** ([`roll_up`], [`indicators_under`]): status counts and mean
//!   progress over every indicator under a result node, each counted once.
//! * **Projection** ([`project`]): the least-squares line through the baseline
//!   and the approved annual values read at the target year, and whether the
//!   target is likely to be met ([`projection`] states the method and its limits).
//!
//! All values are [`Decimal`]s: floats would make `0.1 + 0.2` miss a target
//! of `0.3`, and a status must never depend on binary rounding. Nothing here
//! rounds: expected values, progress and the mean progress are kept exact (to
//! the 28 significant digits of a `Decimal` where a division does not end), and
//! every threshold, target and band is compared with those exact figures, so an
//! indicator at progress 0.94996 is at risk, not on track. Figures are rounded
//! only when shown ([`shown`]: 4 decimal places in the API and CSV; pages and
//! the report round their percentages themselves).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use stratrack_i18n::Lang;

use crate::error::Said;

mod line;
pub mod projection;
mod rating;
mod rollup;
mod shown;
mod units;
pub use line::expected;
pub use projection::{Outlook, Projection, project};
pub use rollup::{RollUp, indicators_under, roll_up};
pub use shown::{serialize_shown, shown};
pub use units::{ShareMismatch, Unit, check_share, share_factor, share_value};

pub use stratrack_vocab::{Aggregation, Direction, Status, StatusMove};

/// The plan's thresholds. They are parameters, not constants, because each
/// plan sets its own tolerance.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Thresholds {
    /// Minimum progress (a fraction, `0.95` = 95 %) to be on track.
    pub on_track: Decimal,
    /// Minimum progress (a fraction) to be at risk rather than off track.
    pub at_risk: Decimal,
    /// Maintain indicators are on track within ± this percentage of the
    /// target (`5` means 5 %).
    pub maintain_on_track_pct: Decimal,
    /// Maintain indicators are at risk within ± this percentage of the
    /// target (`10` means 10 %).
    pub maintain_at_risk_pct: Decimal,
    /// How many years an earlier value may stand in for a year without one.
    pub max_age_years: i32,
}

impl Default for Thresholds {
    /// The product defaults: 0.95, 0.75, 5 %, 10 % and one year.
    fn default() -> Self {
        Self {
            on_track: Decimal::new(95, 2),
            at_risk: Decimal::new(75, 2),
            maintain_on_track_pct: Decimal::from(5),
            maintain_at_risk_pct: Decimal::from(10),
            max_age_years: 1,
        }
    }
}

/// One approved headline value (no disaggregation). The caller filters out
/// drafts, rejected values and disaggregated rows before calling this module.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    /// The year the value belongs to.
    pub year: i32,
    /// `None` for an annual value, `Some(1..=4)` for a quarter.
    pub quarter: Option<u8>,
    /// The value as reported.
    pub value: Decimal,
    /// The numerator, required for quarterly values of ratio indicators.
    pub numerator: Option<Decimal>,
    /// The denominator, required for quarterly values of ratio indicators.
    pub denominator: Option<Decimal>,
}

/// What the rule needs to know about an indicator besides its values.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorSpec {
    /// Which way the indicator should move.
    pub direction: Direction,
    /// How quarterly values combine into a year's value.
    pub aggregation: Aggregation,
    /// The unit of its values (a `ratio` of quarters is × 100 for a percentage).
    pub unit: Unit,
    /// Baseline `(year, value)`, if set.
    pub baseline: Option<(i32, Decimal)>,
    /// Annual milestones `(year, value)`, in any order.
    pub milestones: Vec<(i32, Decimal)>,
    /// End-of-plan target `(year, value)`, if set.
    pub target: Option<(i32, Decimal)>,
}

/// The figures of one indicator for one year.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct Assessment {
    /// The actual value `A`, reported even when the status is `no_data`
    /// because the baseline or the target is missing. Shown to 4 dp (exact
    /// inside: a mean or ratio of quarters may not end).
    #[serde(serialize_with = "serialize_shown")]
    pub actual: Option<Decimal>,
    /// The year `actual` comes from (earlier than the assessed year if stale).
    pub actual_year: Option<i32>,
    /// Whether `actual` comes from an earlier year.
    pub stale: bool,
    /// The expected value `E`, when baseline and target are set; shown to 4 dp.
    #[serde(serialize_with = "serialize_shown")]
    pub expected: Option<Decimal>,
    /// Progress for rated indicators (achieved included; it may then exceed
    /// 1). `None` for `no_data`. Exact inside (the status is decided on it),
    /// shown to 4 dp.
    #[serde(serialize_with = "serialize_shown")]
    pub progress: Option<Decimal>,
    /// The status.
    pub status: Status,
    /// Why the status is `no_data`, in English; `None` otherwise.
    pub reason: Option<String>,
    /// The same reasons as messages, one per thing missing, for a door to say in the reader's language
    /// ([`Assessment::reason_in`]); `reason` is their English joined by `"; "`.
    #[serde(skip)]
    #[schema(ignore)]
    pub why: Vec<Said>,
}

impl Assessment {
    /// Why the status is `no_data`, in `lang` (the English `reason` where no message was kept).
    pub fn reason_in(&self, lang: Lang) -> Option<String> {
        reasons_in(&self.why, self.reason.as_ref(), lang)
    }
}

/// Reasons said as messages, in English, joined by `"; "`: the rule's `reason` fields.
fn english_of(why: &[Said]) -> String {
    why.iter().map(Said::english).collect::<Vec<_>>().join("; ")
}

/// Reasons kept as messages, in `lang` and joined as [`english_of`] joins them; `english` where none was kept.
fn reasons_in(why: &[Said], english: Option<&String>, lang: Lang) -> Option<String> {
    if why.is_empty() || lang == Lang::En {
        return english.cloned();
    }
    Some(why.iter().map(|s| s.text(lang)).collect::<Vec<_>>().join("; "))
}

/// The value of exactly `year`, combining its observations.
///
/// An annual value (quarter `None`) is the year's value and overrides its
/// quarters: it is what the owner approved for the whole year. Otherwise the
/// quarters combine by `aggregation` (a `ratio` in `unit`, see [`share_value`]). If the same quarter (or the annual
/// value) appears more than once, the later entry wins, so a repeated row can
/// never be counted twice.
///
/// Returns `Ok(None)` when the year has no observation, and `Err(reason)` when
/// it has some but they cannot make a value (a ratio quarter without numerator
/// or denominator, denominators summing to 0, a quarter outside 1–4).
pub fn annual_value(
    aggregation: Aggregation,
    unit: Unit,
    year: i32,
    observations: &[Observation],
) -> Result<Option<Decimal>, String> {
    annual_quotient(aggregation, unit, year, observations)
        .map(|q| q.map(Quotient::value))
        .map_err(|s| s.english())
}

/// A figure kept as the exact quotient `num / den` (`den > 0`): a mean of three quarters or a ratio
/// of sums does not end as a decimal, and the rule compares it with thresholds and targets before
/// any division rounds it (DESIGN: "every comparison uses exact values").
#[derive(Debug, Clone, Copy, PartialEq)]
struct Quotient {
    num: Decimal,
    den: Decimal,
}

impl Quotient {
    /// `value / 1`.
    fn whole(value: Decimal) -> Self {
        Self {
            num: value,
            den: Decimal::ONE,
        }
    }

    /// `num / den` with the sign carried by the numerator; `den` must not be 0.
    fn new(num: Decimal, den: Decimal) -> Self {
        if den < Decimal::ZERO {
            Self { num: -num, den: -den }
        } else {
            Self { num, den }
        }
    }

    /// The quotient as a `Decimal`: exact when it ends within 28 digits, else rounded there. For
    /// showing and for the roll-up mean, never for a comparison.
    fn value(self) -> Decimal {
        self.num / self.den
    }

    /// `(self − v) · den`, the numerator of `self − v` over the same denominator; `None` on overflow.
    fn minus(self, v: Decimal) -> Option<Decimal> {
        self.num.checked_sub(v.checked_mul(self.den)?)
    }
}

/// [`annual_value`] as an exact [`Quotient`].
fn annual_quotient(
    aggregation: Aggregation,
    unit: Unit,
    year: i32,
    observations: &[Observation],
) -> Result<Option<Quotient>, Said> {
    let mut annual = None;
    // Keyed by quarter so that `latest` can take the highest one regardless
    // of the order in which the rows were entered.
    let mut quarters: BTreeMap<u8, &Observation> = BTreeMap::new();
    for observation in observations.iter().filter(|o| o.year == year) {
        match observation.quarter {
            None => annual = Some(observation.value),
            Some(quarter @ 1..=4) => {
                quarters.insert(quarter, observation);
            }
            Some(quarter) => {
                return Err(Said::new(
                    "nodata-bad-quarter",
                    [("quarter", i64::from(quarter).into()), ("year", i64::from(year).into())],
                ));
            }
        }
    }
    if let Some(value) = annual {
        return Ok(Some(Quotient::whole(value)));
    }
    // Without this an empty year would `sum` to 0, a value nobody reported.
    if quarters.is_empty() {
        return Ok(None);
    }
    match aggregation {
        Aggregation::Latest => Ok(quarters.values().next_back().map(|o| Quotient::whole(o.value))),
        Aggregation::Sum => Ok(Some(Quotient::whole(quarters.values().map(|o| o.value).sum()))),
        Aggregation::Mean => {
            let sum: Decimal = quarters.values().map(|o| o.value).sum();
            Ok(Some(Quotient::new(sum, Decimal::from(quarters.len()))))
        }
        Aggregation::Ratio => ratio_of_quarters(unit, year, &quarters).map(Some),
    }
}

/// Summed numerators over summed denominators, × 100 for a percentage
/// ([`share_factor`]), kept exact. A mean or sum of the quarterly percentages
/// would weigh a quarter of 10 cases like one of 10 000.
fn ratio_of_quarters(unit: Unit, year: i32, quarters: &BTreeMap<u8, &Observation>) -> Result<Quotient, Said> {
    let mut numerators = Decimal::ZERO;
    let mut denominators = Decimal::ZERO;
    for (quarter, observation) in quarters {
        let (Some(numerator), Some(denominator)) = (observation.numerator, observation.denominator) else {
            return Err(Said::new(
                "nodata-no-ratio-parts",
                [
                    ("quarter", i64::from(*quarter).into()),
                    ("year", i64::from(year).into()),
                ],
            ));
        };
        numerators += numerator;
        denominators += denominator;
    }
    if denominators.is_zero() {
        return Err(Said::new(
            "nodata-zero-denominators",
            [("year", i64::from(year).into())],
        ));
    }
    Ok(Quotient::new(share_factor(unit) * numerators, denominators))
}

/// The actual value `A(year)` and the year it comes from.
///
/// If `year` has no value, the newest earlier year with observations stands
/// in when it is at most `max_age_years` before `year` (the caller marks it
/// stale); values of later years are never used. Returns `Err(reason)` for
/// `no_data`: no value at all, a value too old, or a year whose observations
/// cannot make a value (see [`annual_value`]).
pub fn actual(
    aggregation: Aggregation,
    unit: Unit,
    year: i32,
    max_age_years: i32,
    observations: &[Observation],
) -> Result<(Decimal, i32), String> {
    actual_quotient(aggregation, unit, year, max_age_years, observations)
        .map(|(value, from)| (value.value(), from))
        .map_err(|s| s.english())
}

/// [`actual`] as an exact [`Quotient`].
fn actual_quotient(
    aggregation: Aggregation,
    unit: Unit,
    year: i32,
    max_age_years: i32,
    observations: &[Observation],
) -> Result<(Quotient, i32), Said> {
    if let Some(value) = annual_quotient(aggregation, unit, year, observations)? {
        return Ok((value, year));
    }
    let no_value = || Said::new("nodata-no-value", [("year", i64::from(year).into())]);
    let Some(last_year) = observations.iter().map(|o| o.year).filter(|&y| y < year).max() else {
        return Err(no_value());
    };
    if year - last_year > max_age_years {
        return Err(Said::new(
            "nodata-too-old",
            [
                ("from", i64::from(last_year).into()),
                ("years", i64::from(max_age_years).into()),
            ],
        ));
    }
    // `last_year` has observations, so this is a value or an error; the
    // fallback only keeps the function total.
    annual_quotient(aggregation, unit, last_year, observations)?
        .map(|value| (value, last_year))
        .ok_or_else(no_value)
}

/// Whether `value` is at or beyond `bound` in the good direction; `None` on overflow.
/// Assesses one indicator for `year` under the plan's `thresholds`.
///
/// `observations` are the indicator's approved headline values (any years).
/// The actual and expected values are reported whenever they can be computed,
/// even if the status is `no_data`, so a screen can show what is there. When
/// several things are missing, the reason lists them all, separated by `"; "`.
pub fn assess(spec: &IndicatorSpec, observations: &[Observation], year: i32, thresholds: &Thresholds) -> Assessment {
    let found = actual_quotient(
        spec.aggregation,
        spec.unit,
        year,
        thresholds.max_age_years,
        observations,
    );
    let (actual_value, actual_year) = match &found {
        Ok((value, from)) => (Some(value.value()), Some(*from)),
        Err(_) => (None, None),
    };
    let mut assessment = Assessment {
        actual: actual_value,
        actual_year,
        stale: actual_year.is_some_and(|from| from < year),
        expected: expected(spec, year),
        progress: None,
        status: Status::NoData,
        reason: None,
        why: Vec::new(),
    };
    let (Ok((actual_value, _)), Some(baseline), Some(target)) = (&found, spec.baseline, spec.target) else {
        let mut why = Vec::new();
        if spec.baseline.is_none() {
            why.push(Said::new("nodata-no-baseline", []));
        }
        if spec.target.is_none() {
            why.push(Said::new("nodata-no-target", []));
        }
        if let Err(reason) = found {
            why.push(reason);
        }
        assessment.reason = Some(english_of(&why));
        assessment.why = why;
        return assessment;
    };
    let expected_value = line::expected_between(baseline, &spec.milestones, target, year);
    let (progress, status) = rating::rate(spec, *actual_value, baseline.1, expected_value, target.1, thresholds);
    assessment.progress = Some(progress);
    assessment.status = status;
    assessment
}

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;
    use std::collections::{BTreeSet, HashMap};

    // ---- builders -------------------------------------------------------

    fn annual(year: i32, value: Decimal) -> Observation {
        Observation {
            year,
            quarter: None,
            value,
            numerator: None,
            denominator: None,
        }
    }

    fn quarterly(year: i32, quarter: u8, value: Decimal) -> Observation {
        Observation {
            quarter: Some(quarter),
            ..annual(year, value)
        }
    }

    fn ratio_quarter(year: i32, quarter: u8, numerator: Decimal, denominator: Decimal) -> Observation {
        Observation {
            numerator: Some(numerator),
            denominator: Some(denominator),
            ..quarterly(year, quarter, numerator / denominator)
        }
    }

    /// Baseline 0 in 2020, target 100 in 2030: E(2025) = 50.
    fn increasing() -> IndicatorSpec {
        IndicatorSpec {
            direction: Direction::Increase,
            aggregation: Aggregation::Latest,
            unit: Unit::Count,
            baseline: Some((2020, dec!(0))),
            milestones: vec![],
            target: Some((2030, dec!(100))),
        }
    }

    /// Baseline 100 in 2020, target 0 in 2030: E(2025) = 50.
    fn decreasing() -> IndicatorSpec {
        IndicatorSpec {
            direction: Direction::Decrease,
            baseline: Some((2020, dec!(100))),
            target: Some((2030, dec!(0))),
            ..increasing()
        }
    }

    fn maintaining(target: Decimal) -> IndicatorSpec {
        IndicatorSpec {
            direction: Direction::Maintain,
            baseline: Some((2020, target)),
            target: Some((2030, target)),
            ..increasing()
        }
    }

    fn assess_2025(spec: &IndicatorSpec, value: Decimal) -> Assessment {
        assess(spec, &[annual(2025, value)], 2025, &Thresholds::default())
    }

    fn rated(status: Status, progress: Decimal) -> Assessment {
        Assessment {
            actual: Some(dec!(1)),
            actual_year: Some(2025),
            stale: false,
            expected: Some(dec!(1)),
            progress: Some(progress),
            status,
            reason: None,
            why: Vec::new(),
        }
    }

    fn no_data() -> Assessment {
        Assessment {
            actual: None,
            actual_year: None,
            stale: false,
            expected: None,
            progress: None,
            status: Status::NoData,
            reason: Some("no baseline".to_owned()),
            why: vec![Said::new("nodata-no-baseline", [])],
        }
    }

    fn map(entries: &[(i32, &[i32])]) -> HashMap<i32, Vec<i32>> {
        entries.iter().map(|&(k, v)| (k, v.to_vec())).collect()
    }

    // ---- names ----------------------------------------------------------

    #[test]
    fn every_enum_round_trips_through_its_snake_case_name() {
        for d in Direction::ALL {
            assert_eq!(Direction::parse(d.as_str()), Some(d));
        }
        for a in Aggregation::ALL {
            assert_eq!(Aggregation::parse(a.as_str()), Some(a));
        }
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Direction::Decrease.as_str(), "decrease");
        assert_eq!(Aggregation::Ratio.as_str(), "ratio");
        assert_eq!(Status::OnTrack.as_str(), "on_track");
        assert_eq!(Status::NoData.as_str(), "no_data");
    }

    #[test]
    fn unknown_or_differently_spelled_names_do_not_parse() {
        assert_eq!(Direction::parse("Increase"), None);
        assert_eq!(Aggregation::parse("average"), None);
        assert_eq!(Status::parse("on track"), None);
    }

    #[test]
    fn serde_uses_the_same_names_as_as_str() {
        for s in Status::ALL {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
            assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), s);
        }
        for d in Direction::ALL {
            assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{}\"", d.as_str()));
        }
        for a in Aggregation::ALL {
            assert_eq!(serde_json::to_string(&a).unwrap(), format!("\"{}\"", a.as_str()));
        }
    }

    #[test]
    fn statuses_sort_from_achieved_to_no_data_and_have_human_labels() {
        let mut sorted = Status::ALL;
        sorted.sort();
        assert_eq!(sorted, Status::ALL);
        let labels: Vec<_> = Status::ALL.iter().map(|s| s.label()).collect();
        assert_eq!(labels, ["Achieved", "On track", "At risk", "Off track", "No data"]);
    }

    #[test]
    fn default_thresholds_are_the_product_defaults() {
        let t = Thresholds::default();
        assert_eq!(t.on_track, dec!(0.95));
        assert_eq!(t.at_risk, dec!(0.75));
        assert_eq!(t.maintain_on_track_pct, dec!(5));
        assert_eq!(t.maintain_at_risk_pct, dec!(10));
        assert_eq!(t.max_age_years, 1);
    }

    // ---- annual_value ---------------------------------------------------

    #[test]
    fn a_year_without_observations_has_no_value() {
        let obs = [annual(2024, dec!(5))];
        assert_eq!(annual_value(Aggregation::Sum, Unit::Count, 2025, &obs), Ok(None));
        assert_eq!(annual_value(Aggregation::Sum, Unit::Count, 2025, &[]), Ok(None));
    }

    #[test]
    fn an_annual_value_overrides_the_quarters_of_its_year() {
        let obs = [
            quarterly(2025, 1, dec!(10)),
            annual(2025, dec!(7)),
            quarterly(2025, 2, dec!(20)),
        ];
        for aggregation in Aggregation::ALL {
            assert_eq!(annual_value(aggregation, Unit::Count, 2025, &obs), Ok(Some(dec!(7))));
        }
    }

    #[test]
    fn latest_takes_the_highest_quarter_not_the_last_entered() {
        let obs = [
            quarterly(2025, 3, dec!(30)),
            quarterly(2025, 1, dec!(10)),
            quarterly(2026, 4, dec!(99)),
        ];
        assert_eq!(
            annual_value(Aggregation::Latest, Unit::Count, 2025, &obs),
            Ok(Some(dec!(30)))
        );
    }

    #[test]
    fn sum_adds_the_quarters_of_the_year_only() {
        let obs = [
            quarterly(2025, 1, dec!(10)),
            quarterly(2025, 2, dec!(20.5)),
            quarterly(2024, 4, dec!(1000)),
        ];
        assert_eq!(
            annual_value(Aggregation::Sum, Unit::Count, 2025, &obs),
            Ok(Some(dec!(30.5)))
        );
    }

    #[test]
    fn mean_averages_the_quarters() {
        let obs = [
            quarterly(2025, 1, dec!(10)),
            quarterly(2025, 2, dec!(20)),
            quarterly(2025, 4, dec!(45)),
        ];
        assert_eq!(
            annual_value(Aggregation::Mean, Unit::Count, 2025, &obs),
            Ok(Some(dec!(25)))
        );
    }

    #[test]
    fn ratio_divides_summed_numerators_by_summed_denominators_not_the_mean_of_percentages() {
        // 1/4 = 25 % and 9/16 = 56.25 %: their mean would be 40.625 %.
        let obs = [
            ratio_quarter(2025, 1, dec!(1), dec!(4)),
            ratio_quarter(2025, 2, dec!(9), dec!(16)),
        ];
        assert_eq!(
            annual_value(Aggregation::Ratio, Unit::Ratio, 2025, &obs),
            Ok(Some(dec!(0.5)))
        );
    }

    #[test]
    fn a_ratio_of_quarters_is_a_percentage_on_a_percent_indicator_and_a_fraction_on_a_ratio_one() {
        // 40/100 and 160/200: 200/300 of the filings were on time.
        let obs = [
            ratio_quarter(2025, 1, dec!(40), dec!(100)),
            ratio_quarter(2025, 2, dec!(160), dec!(200)),
        ];
        let percent = annual_value(Aggregation::Ratio, Unit::Percent, 2025, &obs)
            .unwrap()
            .unwrap();
        assert_eq!(percent, Decimal::from(200) / Decimal::from(3), "exact, not rounded");
        assert_eq!(shown(percent), dec!(66.6667));
        let ratio = annual_value(Aggregation::Ratio, Unit::Ratio, 2025, &obs)
            .unwrap()
            .unwrap();
        assert_eq!(shown(ratio), dec!(0.6667));
        // The status follows the percentage: 66.67 % against an expected 50 is on track; read as
        // 0.6667 it was off track.
        let spec = IndicatorSpec {
            aggregation: Aggregation::Ratio,
            unit: Unit::Percent,
            ..increasing()
        };
        let a = assess(&spec, &obs, 2025, &Thresholds::default());
        assert_eq!(a.actual, Some(percent));
        assert_eq!(a.status, Status::OnTrack);
    }

    #[test]
    fn ratio_with_a_missing_denominator_or_numerator_has_no_value_and_says_why() {
        let mut missing_denominator = ratio_quarter(2025, 2, dec!(9), dec!(16));
        missing_denominator.denominator = None;
        let obs = [ratio_quarter(2025, 1, dec!(1), dec!(4)), missing_denominator];
        assert_eq!(
            annual_value(Aggregation::Ratio, Unit::Ratio, 2025, &obs),
            Err("the Q2 2025 value has no numerator and denominator, which a ratio indicator needs".to_owned())
        );
        let no_numerator = Observation {
            numerator: None,
            ..ratio_quarter(2025, 3, dec!(1), dec!(2))
        };
        assert!(annual_value(Aggregation::Ratio, Unit::Ratio, 2025, &[no_numerator]).is_err());
    }

    #[test]
    fn ratio_whose_denominators_sum_to_zero_has_no_value() {
        let zero = Observation {
            denominator: Some(dec!(0)),
            ..ratio_quarter(2025, 1, dec!(0), dec!(1))
        };
        assert_eq!(
            annual_value(Aggregation::Ratio, Unit::Ratio, 2025, &[zero]),
            Err("the denominators of 2025 sum to 0, so the ratio has no value".to_owned())
        );
    }

    #[test]
    fn a_repeated_quarter_keeps_the_later_entry_instead_of_counting_twice() {
        let obs = [quarterly(2025, 1, dec!(10)), quarterly(2025, 1, dec!(12))];
        assert_eq!(
            annual_value(Aggregation::Sum, Unit::Count, 2025, &obs),
            Ok(Some(dec!(12)))
        );
    }

    #[test]
    fn a_quarter_outside_one_to_four_is_rejected_with_a_reason() {
        let obs = [quarterly(2025, 5, dec!(10))];
        assert_eq!(
            annual_value(Aggregation::Sum, Unit::Count, 2025, &obs),
            Err("quarter 5 of 2025 is not between 1 and 4".to_owned())
        );
    }

    // ---- actual ---------------------------------------------------------

    #[test]
    fn actual_is_the_value_of_the_year_itself_when_there_is_one() {
        let obs = [annual(2024, dec!(1)), annual(2025, dec!(2))];
        assert_eq!(
            actual(Aggregation::Latest, Unit::Count, 2025, 1, &obs),
            Ok((dec!(2), 2025))
        );
    }

    #[test]
    fn actual_falls_back_to_the_newest_earlier_value_within_the_max_age() {
        let obs = [
            annual(2022, dec!(1)),
            quarterly(2023, 2, dec!(3)),
            annual(2027, dec!(9)),
        ];
        assert_eq!(
            actual(Aggregation::Latest, Unit::Count, 2025, 2, &obs),
            Ok((dec!(3), 2023))
        );
    }

    #[test]
    fn actual_older_than_the_max_age_is_no_data_naming_the_year_and_the_age() {
        let obs = [annual(2025, dec!(1))];
        assert_eq!(
            actual(Aggregation::Latest, Unit::Count, 2027, 1, &obs),
            Err("latest approved value is from 2025, older than the plan's maximum age of 1 year".to_owned())
        );
        assert_eq!(
            actual(Aggregation::Latest, Unit::Count, 2026, 0, &obs),
            Err("latest approved value is from 2025, older than the plan's maximum age of 0 years".to_owned())
        );
    }

    #[test]
    fn actual_without_any_earlier_value_is_no_data_for_that_year() {
        assert_eq!(
            actual(Aggregation::Sum, Unit::Count, 2028, 1, &[]),
            Err("no approved value for 2028".to_owned())
        );
        // A later value never stands in for an earlier year.
        assert_eq!(
            actual(Aggregation::Sum, Unit::Count, 2028, 1, &[annual(2029, dec!(1))]),
            Err("no approved value for 2028".to_owned())
        );
    }

    #[test]
    fn actual_passes_on_why_a_year_has_no_value() {
        let broken = Observation {
            denominator: None,
            ..ratio_quarter(2025, 1, dec!(1), dec!(2))
        };
        assert!(actual(Aggregation::Ratio, Unit::Ratio, 2025, 1, std::slice::from_ref(&broken)).is_err());
        // Also when the broken year is the one standing in.
        assert!(actual(Aggregation::Ratio, Unit::Ratio, 2026, 1, &[broken]).is_err());
    }

    // ---- expected -------------------------------------------------------

    #[test]
    fn expected_before_and_at_the_baseline_year_is_the_baseline() {
        assert_eq!(expected(&increasing(), 2015), Some(dec!(0)));
        assert_eq!(expected(&increasing(), 2020), Some(dec!(0)));
    }

    #[test]
    fn expected_at_and_after_the_target_year_is_the_target() {
        assert_eq!(expected(&increasing(), 2030), Some(dec!(100)));
        assert_eq!(expected(&increasing(), 2035), Some(dec!(100)));
    }

    #[test]
    fn expected_between_baseline_and_target_is_the_exact_straight_line_shown_to_4_dp() {
        let spec = IndicatorSpec {
            baseline: Some((2020, dec!(0))),
            target: Some((2023, dec!(1))),
            ..increasing()
        };
        let e = expected(&spec, 2021).unwrap();
        assert_eq!(e, Decimal::ONE / Decimal::from(3), "kept exact, not 0.3333");
        assert_eq!(shown(e), dec!(0.3333));
        assert_eq!(shown(expected(&spec, 2022).unwrap()), dec!(0.6667));
    }

    #[test]
    fn shown_figures_round_halves_away_from_zero() {
        let up = IndicatorSpec {
            baseline: Some((2020, dec!(0))),
            target: Some((2022, dec!(0.0001))),
            ..increasing()
        };
        assert_eq!(expected(&up, 2021), Some(dec!(0.00005)));
        assert_eq!(shown(dec!(0.00005)), dec!(0.0001));
        assert_eq!(shown(dec!(-0.00005)), dec!(-0.0001));
    }

    #[test]
    fn thresholds_are_held_against_exact_progress_not_a_rounded_one() {
        // Progress 0.94996 would round to 0.95 (on track); exactly it is below.
        let spec = IndicatorSpec {
            baseline: Some((2020, dec!(0))),
            target: Some((2030, dec!(200000))),
            ..increasing()
        };
        // E(2025) = 100000; A = 94996 gives progress 0.94996.
        let a = assess_2025(&spec, dec!(94996));
        assert_eq!((a.progress, a.status), (Some(dec!(0.94996)), Status::AtRisk));
        assert_eq!(shown(a.progress.unwrap()), dec!(0.95), "shown rounded, decided exact");
        // Progress 0.749998 would round to 0.75 (at risk); exactly it is off track.
        let a = assess_2025(&spec, dec!(74999.8));
        assert_eq!((a.progress, a.status), (Some(dec!(0.749998)), Status::OffTrack));
        // Exactly on a threshold is inside it.
        assert_eq!(assess_2025(&spec, dec!(95000)).status, Status::OnTrack);
        assert_eq!(assess_2025(&spec, dec!(75000)).status, Status::AtRisk);
    }

    #[test]
    fn progress_is_computed_from_the_exact_expected_value() {
        // E(2021) = 1/3 exactly; an actual of 0.3166 is progress 0.9498, at risk.
        // Rounding E to 0.3333 first would give 0.94989..., the same status here,
        // but an actual of 0.31665 is 0.94995 exactly (at risk) against 0.950045
        // (on track) with a rounded E.
        let spec = IndicatorSpec {
            baseline: Some((2020, dec!(0))),
            target: Some((2023, dec!(1))),
            ..increasing()
        };
        let a = assess(&spec, &[annual(2021, dec!(0.31665))], 2021, &Thresholds::default());
        assert_eq!(a.status, Status::AtRisk, "{a:?}");
        assert_eq!(shown(a.progress.unwrap()), dec!(0.95));
    }

    /// Baseline 0 in 2020, target 2 in 2023: E(2021) = 2/3, which no decimal holds exactly.
    fn two_thirds_expected_in_2021(aggregation: Aggregation) -> IndicatorSpec {
        IndicatorSpec {
            aggregation,
            baseline: Some((2020, dec!(0))),
            target: Some((2023, dec!(2))),
            ..increasing()
        }
    }

    #[test]
    fn a_mean_of_quarters_exactly_on_the_threshold_is_on_track_though_neither_figure_ends() {
        // A = 1.9 / 3 and E = 2 / 3: progress is 0.95 exactly. Rounding A down and E up to 28
        // digits first made it 0.94999…, at risk.
        let spec = two_thirds_expected_in_2021(Aggregation::Mean);
        let quarters = [
            quarterly(2021, 1, dec!(0.6)),
            quarterly(2021, 2, dec!(0.6)),
            quarterly(2021, 3, dec!(0.7)),
        ];
        let a = assess(&spec, &quarters, 2021, &Thresholds::default());
        assert_eq!((a.progress, a.status), (Some(dec!(0.95)), Status::OnTrack), "{a:?}");
    }

    #[test]
    fn a_ratio_of_quarters_exactly_on_the_threshold_is_on_track_though_neither_figure_ends() {
        // A = 19 / 30 and E = 2 / 3: progress is 0.95 exactly; 0.75 exactly for A = 15 / 30.
        let spec = two_thirds_expected_in_2021(Aggregation::Ratio);
        let year = |numerator| {
            [
                ratio_quarter(2021, 1, numerator, dec!(10)),
                ratio_quarter(2021, 2, dec!(0), dec!(20)),
            ]
        };
        let a = assess(&spec, &year(dec!(19)), 2021, &Thresholds::default());
        assert_eq!((a.progress, a.status), (Some(dec!(0.95)), Status::OnTrack), "{a:?}");
        let a = assess(&spec, &year(dec!(15)), 2021, &Thresholds::default());
        assert_eq!((a.progress, a.status), (Some(dec!(0.75)), Status::AtRisk), "{a:?}");
    }

    #[test]
    fn the_api_shows_figures_to_4_dp_and_keeps_them_exact_inside() {
        let a = Assessment {
            actual: Some(Decimal::from(515) / Decimal::from(3)),
            actual_year: Some(2025),
            stale: false,
            expected: Some(Decimal::ONE / Decimal::from(3)),
            progress: Some(dec!(0.94996)),
            status: Status::AtRisk,
            reason: None,
            why: Vec::new(),
        };
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["actual"], "171.6667");
        assert_eq!(json["expected"], "0.3333");
        assert_eq!(json["progress"], "0.9500");
        let r = roll_up([&a, &a, &rated(Status::OnTrack, dec!(1))]);
        assert_eq!(serde_json::to_value(&r).unwrap()["mean_progress"], "0.9666");
    }

    #[test]
    fn expected_midway_between_two_milestones_is_their_exact_mean() {
        let spec = IndicatorSpec {
            milestones: vec![(2024, dec!(20)), (2022, dec!(10))],
            ..increasing()
        };
        assert_eq!(expected(&spec, 2023), Some(dec!(15)));
        // And between the baseline and the first milestone.
        assert_eq!(expected(&spec, 2021), Some(dec!(5)));
        // And between the last milestone and the target: 20 + 80 · 3/6.
        assert_eq!(expected(&spec, 2027), Some(dec!(60)));
    }

    #[test]
    fn expected_in_a_milestone_year_is_the_milestone() {
        let spec = IndicatorSpec {
            milestones: vec![(2022, dec!(33))],
            ..increasing()
        };
        assert_eq!(expected(&spec, 2022), Some(dec!(33)));
    }

    #[test]
    fn milestones_on_the_baseline_or_target_year_or_outside_the_plan_are_ignored() {
        let spec = IndicatorSpec {
            milestones: vec![(2020, dec!(7)), (2030, dec!(7)), (2010, dec!(7)), (2040, dec!(7))],
            ..increasing()
        };
        assert_eq!(expected(&spec, 2020), Some(dec!(0)));
        assert_eq!(expected(&spec, 2025), Some(dec!(50)));
        assert_eq!(expected(&spec, 2030), Some(dec!(100)));
    }

    #[test]
    fn expected_needs_both_baseline_and_target() {
        let no_baseline = IndicatorSpec {
            baseline: None,
            ..increasing()
        };
        let no_target = IndicatorSpec {
            target: None,
            ..increasing()
        };
        assert_eq!(expected(&no_baseline, 2025), None);
        assert_eq!(expected(&no_target, 2025), None);
    }

    // ---- assess: increase -----------------------------------------------

    #[test]
    fn increase_at_the_on_track_threshold_is_on_track() {
        let a = assess_2025(&increasing(), dec!(47.5));
        assert_eq!(a.expected, Some(dec!(50)));
        assert_eq!(a.progress, Some(dec!(0.95)));
        assert_eq!(a.status, Status::OnTrack);
        assert_eq!(a.actual, Some(dec!(47.5)));
        assert_eq!(a.actual_year, Some(2025));
        assert!(!a.stale);
        assert_eq!(a.reason, None);
    }

    #[test]
    fn increase_at_the_at_risk_threshold_is_at_risk() {
        let a = assess_2025(&increasing(), dec!(37.5));
        assert_eq!(a.progress, Some(dec!(0.75)));
        assert_eq!(a.status, Status::AtRisk);
    }

    #[test]
    fn increase_below_the_at_risk_threshold_is_off_track() {
        let a = assess_2025(&increasing(), dec!(37.4));
        assert_eq!(a.progress, Some(dec!(0.748)));
        assert_eq!(a.status, Status::OffTrack);
    }

    #[test]
    fn increase_reaching_the_target_in_the_first_year_is_achieved_with_its_real_progress() {
        let obs = [annual(2021, dec!(100))];
        let a = assess(&increasing(), &obs, 2021, &Thresholds::default());
        assert_eq!(a.status, Status::Achieved);
        assert_eq!(a.progress, Some(dec!(10)));
    }

    #[test]
    fn increase_below_the_baseline_has_negative_progress_and_is_off_track() {
        let a = assess_2025(&increasing(), dec!(-5));
        assert_eq!(a.progress, Some(dec!(-0.1)));
        assert_eq!(a.status, Status::OffTrack);
    }

    // ---- assess: decrease -----------------------------------------------

    #[test]
    fn decrease_close_to_the_line_is_on_track() {
        let a = assess_2025(&decreasing(), dec!(52));
        assert_eq!(a.progress, Some(dec!(0.96)));
        assert_eq!(a.status, Status::OnTrack);
    }

    #[test]
    fn decrease_somewhat_behind_is_at_risk() {
        let a = assess_2025(&decreasing(), dec!(60));
        assert_eq!(a.progress, Some(dec!(0.8)));
        assert_eq!(a.status, Status::AtRisk);
    }

    #[test]
    fn decrease_far_behind_is_off_track() {
        let a = assess_2025(&decreasing(), dec!(90));
        assert_eq!(a.progress, Some(dec!(0.2)));
        assert_eq!(a.status, Status::OffTrack);
    }

    #[test]
    fn decrease_at_or_below_the_target_is_achieved() {
        assert_eq!(assess_2025(&decreasing(), dec!(0)).status, Status::Achieved);
        let beyond = assess_2025(&decreasing(), dec!(-5));
        assert_eq!(beyond.status, Status::Achieved);
        assert_eq!(beyond.progress, Some(dec!(2.1)));
    }

    // ---- assess: expected equals baseline -------------------------------

    #[test]
    fn when_nothing_is_expected_yet_holding_or_bettering_the_baseline_is_full_progress() {
        let at_baseline = [annual(2020, dec!(0))];
        let a = assess(&increasing(), &at_baseline, 2020, &Thresholds::default());
        assert_eq!(a.expected, Some(dec!(0)));
        assert_eq!((a.progress, a.status), (Some(dec!(1)), Status::OnTrack));

        let better = [annual(2020, dec!(3))];
        let a = assess(&increasing(), &better, 2020, &Thresholds::default());
        assert_eq!((a.progress, a.status), (Some(dec!(1)), Status::OnTrack));

        let lower = [annual(2020, dec!(97))];
        let a = assess(&decreasing(), &lower, 2020, &Thresholds::default());
        assert_eq!((a.progress, a.status), (Some(dec!(1)), Status::OnTrack));
    }

    #[test]
    fn when_nothing_is_expected_yet_slipping_past_the_baseline_is_no_progress() {
        let worse = [annual(2020, dec!(-1))];
        let a = assess(&increasing(), &worse, 2020, &Thresholds::default());
        assert_eq!((a.progress, a.status), (Some(dec!(0)), Status::OffTrack));

        let higher = [annual(2020, dec!(101))];
        let a = assess(&decreasing(), &higher, 2020, &Thresholds::default());
        assert_eq!((a.progress, a.status), (Some(dec!(0)), Status::OffTrack));
    }

    // ---- assess: maintain -----------------------------------------------

    #[test]
    fn maintain_within_five_percent_of_the_target_is_on_track_edges_included() {
        let spec = maintaining(dec!(100));
        let a = assess_2025(&spec, dec!(105));
        assert_eq!((a.progress, a.status), (Some(dec!(0.95)), Status::OnTrack));
        let a = assess_2025(&spec, dec!(95));
        assert_eq!((a.progress, a.status), (Some(dec!(0.95)), Status::OnTrack));
        let a = assess_2025(&spec, dec!(100));
        assert_eq!((a.progress, a.status), (Some(dec!(1)), Status::OnTrack));
    }

    #[test]
    fn maintain_within_ten_percent_of_the_target_is_at_risk() {
        let a = assess_2025(&maintaining(dec!(100)), dec!(110));
        assert_eq!((a.progress, a.status), (Some(dec!(0.9)), Status::AtRisk));
        let a = assess_2025(&maintaining(dec!(100)), dec!(94));
        assert_eq!(a.status, Status::AtRisk);
    }

    #[test]
    fn maintain_beyond_ten_percent_is_off_track_and_progress_never_goes_below_zero() {
        let a = assess_2025(&maintaining(dec!(100)), dec!(89));
        assert_eq!((a.progress, a.status), (Some(dec!(0.89)), Status::OffTrack));
        let a = assess_2025(&maintaining(dec!(100)), dec!(250));
        assert_eq!((a.progress, a.status), (Some(dec!(0)), Status::OffTrack));
    }

    #[test]
    fn maintain_bands_are_measured_on_the_size_of_a_negative_target() {
        let a = assess_2025(&maintaining(dec!(-100)), dec!(-104));
        assert_eq!((a.progress, a.status), (Some(dec!(0.96)), Status::OnTrack));
    }

    #[test]
    fn maintain_a_zero_target_is_on_track_only_at_exactly_zero() {
        let a = assess_2025(&maintaining(dec!(0)), dec!(0));
        assert_eq!((a.progress, a.status), (Some(dec!(1)), Status::OnTrack));
        let a = assess_2025(&maintaining(dec!(0)), dec!(0.001));
        assert_eq!((a.progress, a.status), (Some(dec!(0)), Status::OffTrack));
    }

    #[test]
    fn maintain_is_never_achieved_even_exactly_on_target() {
        assert_ne!(assess_2025(&maintaining(dec!(100)), dec!(100)).status, Status::Achieved);
    }

    // ---- assess: the plan's thresholds ----------------------------------

    #[test]
    fn the_plans_progress_thresholds_change_the_status() {
        // Progress 0.92: at risk by default, on track under a 0.9 plan.
        assert_eq!(assess_2025(&increasing(), dec!(46)).status, Status::AtRisk);
        let lenient = Thresholds {
            on_track: dec!(0.9),
            at_risk: dec!(0.5),
            ..Thresholds::default()
        };
        let obs = [annual(2025, dec!(46))];
        assert_eq!(assess(&increasing(), &obs, 2025, &lenient).status, Status::OnTrack);
        // Progress 0.6: off track by default, at risk under the same plan.
        let obs = [annual(2025, dec!(30))];
        assert_eq!(
            assess(&increasing(), &obs, 2025, &Thresholds::default()).status,
            Status::OffTrack
        );
        assert_eq!(assess(&increasing(), &obs, 2025, &lenient).status, Status::AtRisk);
    }

    #[test]
    fn the_plans_maintain_bands_change_the_status() {
        let strict = Thresholds {
            maintain_on_track_pct: dec!(2),
            maintain_at_risk_pct: dec!(4),
            ..Thresholds::default()
        };
        let obs = [annual(2025, dec!(105))];
        assert_eq!(
            assess(&maintaining(dec!(100)), &obs, 2025, &strict).status,
            Status::OffTrack
        );
        let obs = [annual(2025, dec!(103))];
        assert_eq!(
            assess(&maintaining(dec!(100)), &obs, 2025, &strict).status,
            Status::AtRisk
        );
    }

    #[test]
    fn the_plans_max_age_decides_whether_an_old_value_stands_in() {
        let obs = [annual(2023, dec!(40))];
        let patient = Thresholds {
            max_age_years: 2,
            ..Thresholds::default()
        };
        let a = assess(&increasing(), &obs, 2025, &patient);
        assert_eq!((a.actual_year, a.stale), (Some(2023), true));
        assert_eq!(
            assess(&increasing(), &obs, 2025, &Thresholds::default()).status,
            Status::NoData
        );
    }

    // ---- assess: stale and missing data ---------------------------------

    #[test]
    fn a_stale_value_is_used_and_its_year_is_reported() {
        let obs = [annual(2024, dec!(48))];
        let a = assess(&increasing(), &obs, 2025, &Thresholds::default());
        assert_eq!(a.actual, Some(dec!(48)));
        assert_eq!(a.actual_year, Some(2024));
        assert!(a.stale);
        // Compared with what is expected for the assessed year, not 2024.
        assert_eq!(a.expected, Some(dec!(50)));
        assert_eq!((a.progress, a.status), (Some(dec!(0.96)), Status::OnTrack));
    }

    #[test]
    fn a_value_too_old_to_stand_in_is_no_data_with_the_reason() {
        let obs = [annual(2025, dec!(48))];
        let a = assess(&increasing(), &obs, 2027, &Thresholds::default());
        assert_eq!(a.status, Status::NoData);
        assert_eq!((a.actual, a.actual_year, a.stale), (None, None, false));
        assert_eq!(a.progress, None);
        assert_eq!(a.expected, Some(dec!(70)));
        assert_eq!(
            a.reason.as_deref(),
            Some("latest approved value is from 2025, older than the plan's maximum age of 1 year")
        );
    }

    #[test]
    fn no_values_at_all_is_no_data_for_the_year() {
        let a = assess(&increasing(), &[], 2028, &Thresholds::default());
        assert_eq!(a.status, Status::NoData);
        assert_eq!(a.reason.as_deref(), Some("no approved value for 2028"));
    }

    #[test]
    fn a_missing_baseline_is_no_data_but_the_actual_is_still_reported() {
        let spec = IndicatorSpec {
            baseline: None,
            ..increasing()
        };
        let a = assess_2025(&spec, dec!(60));
        assert_eq!(a.status, Status::NoData);
        assert_eq!(a.reason.as_deref(), Some("no baseline"));
        assert_eq!((a.actual, a.actual_year), (Some(dec!(60)), Some(2025)));
        assert_eq!((a.expected, a.progress), (None, None));
    }

    #[test]
    fn a_missing_target_is_no_data_but_the_actual_is_still_reported() {
        let spec = IndicatorSpec {
            target: None,
            ..increasing()
        };
        let a = assess_2025(&spec, dec!(60));
        assert_eq!(a.status, Status::NoData);
        assert_eq!(a.reason.as_deref(), Some("no target"));
        assert_eq!(a.actual, Some(dec!(60)));
    }

    #[test]
    fn the_reasons_are_said_in_the_readers_language_and_their_english_is_the_reason() {
        let spec = IndicatorSpec {
            baseline: None,
            ..increasing()
        };
        let a = assess(&spec, &[], 2028, &Thresholds::default());
        assert_eq!(a.reason_in(Lang::En), a.reason);
        assert_eq!(
            a.reason_in(Lang::Fr).as_deref(),
            Some("pas de valeur de référence; aucune valeur approuvée pour 2028")
        );
        assert_eq!(a.reason_in(Lang::Zh).as_deref(), Some("无基线; 2028 年无已核准的值"));
        // The plan's maximum age counts in the language's plural forms (Russian "2 года", "5 лет").
        let obs = [annual(2020, dec!(48))];
        let age = |years, lang| {
            let th = Thresholds {
                max_age_years: years,
                ..Thresholds::default()
            };
            assess(&increasing(), &obs, 2027, &th).reason_in(lang).unwrap()
        };
        assert!(age(2, Lang::Ru).ends_with("(2 года)"), "{}", age(2, Lang::Ru));
        assert!(age(5, Lang::Ru).ends_with("(5 лет)"), "{}", age(5, Lang::Ru));
        assert!(age(1, Lang::Fr).ends_with("(1 an)"), "{}", age(1, Lang::Fr));
        assert!(
            age(2, Lang::En).ends_with("maximum age of 2 years"),
            "{}",
            age(2, Lang::En)
        );
        // A reason kept without its message (an assessment built elsewhere) stays its English.
        let kept = Assessment {
            why: Vec::new(),
            ..assess(&spec, &[], 2028, &Thresholds::default())
        };
        assert_eq!(kept.reason_in(Lang::Fr), kept.reason);
    }

    #[test]
    fn everything_missing_lists_every_reason() {
        let spec = IndicatorSpec {
            baseline: None,
            target: None,
            ..increasing()
        };
        let a = assess(&spec, &[], 2028, &Thresholds::default());
        assert_eq!(
            a.reason.as_deref(),
            Some("no baseline; no target; no approved value for 2028")
        );
    }

    #[test]
    fn a_ratio_that_cannot_be_computed_is_no_data_with_the_reason() {
        let spec = IndicatorSpec {
            aggregation: Aggregation::Ratio,
            unit: Unit::Ratio,
            ..increasing()
        };
        let broken = Observation {
            denominator: None,
            ..ratio_quarter(2025, 1, dec!(1), dec!(2))
        };
        let a = assess(&spec, &[broken], 2025, &Thresholds::default());
        assert_eq!(a.status, Status::NoData);
        assert!(a.reason.unwrap().contains("Q1 2025"));
    }

    #[test]
    fn quarterly_values_are_combined_by_the_indicators_rule_before_rating() {
        let spec = IndicatorSpec {
            aggregation: Aggregation::Sum,
            ..increasing()
        };
        let obs = [quarterly(2025, 1, dec!(20)), quarterly(2025, 2, dec!(28))];
        let a = assess(&spec, &obs, 2025, &Thresholds::default());
        assert_eq!(a.actual, Some(dec!(48)));
        assert_eq!(a.status, Status::OnTrack);
    }

    // ---- roll_up --------------------------------------------------------

    #[test]
    fn roll_up_counts_every_status_and_rates_all_but_no_data() {
        let all = [
            rated(Status::Achieved, dec!(1)),
            rated(Status::OnTrack, dec!(1)),
            rated(Status::OnTrack, dec!(1)),
            rated(Status::AtRisk, dec!(0.8)),
            rated(Status::OffTrack, dec!(0.2)),
            no_data(),
        ];
        let r = roll_up(&all);
        assert_eq!(
            (r.achieved, r.on_track, r.at_risk, r.off_track, r.no_data, r.rated),
            (1, 2, 1, 1, 1, 5)
        );
        assert_eq!(r.total(), 6);
        let counts: Vec<_> = Status::ALL.iter().map(|&s| r.count(s)).collect();
        assert_eq!(counts, [1, 2, 1, 1, 1]);
        assert_eq!(r.mean_progress, Some(dec!(0.8)));
    }

    #[test]
    fn mean_progress_counts_achieved_as_one_and_negative_progress_as_zero() {
        let all = [
            rated(Status::Achieved, dec!(3)),
            rated(Status::OffTrack, dec!(-0.5)),
            rated(Status::AtRisk, dec!(0.8)),
            no_data(),
        ];
        assert_eq!(roll_up(&all).mean_progress, Some(dec!(0.6)));
    }

    #[test]
    fn mean_progress_clamps_progress_above_one_and_is_shown_to_4_dp() {
        let all = [
            rated(Status::OnTrack, dec!(1.7)),
            rated(Status::OffTrack, dec!(0)),
            rated(Status::OffTrack, dec!(0)),
        ];
        let mean = roll_up(&all).mean_progress.unwrap();
        assert_eq!(mean, Decimal::ONE / Decimal::from(3));
        assert_eq!(shown(mean), dec!(0.3333));
    }

    #[test]
    fn a_rated_assessment_without_progress_counts_as_zero() {
        let mut hand_made = rated(Status::OnTrack, dec!(1));
        hand_made.progress = None;
        let all = [hand_made, rated(Status::OnTrack, dec!(1))];
        assert_eq!(roll_up(&all).mean_progress, Some(dec!(0.5)));
    }

    #[test]
    fn nothing_rated_has_no_mean_progress() {
        assert_eq!(roll_up(&[no_data()]).mean_progress, None);
        let empty = roll_up(&[]);
        assert_eq!(empty, RollUp::default());
        assert_eq!(empty.total(), 0);
    }

    #[test]
    fn roll_up_accepts_any_iterator_of_references() {
        let all = [rated(Status::AtRisk, dec!(0.8)), rated(Status::Achieved, dec!(1))];
        let r = roll_up(all.iter().filter(|a| a.status == Status::AtRisk));
        assert_eq!((r.at_risk, r.rated), (1, 1));
    }

    // ---- indicators_under -----------------------------------------------

    #[test]
    fn a_node_counts_its_own_indicators_and_those_of_every_descendant() {
        let children = map(&[(1, &[2, 3]), (3, &[4])]);
        let indicators = map(&[(1, &[10]), (2, &[20]), (4, &[40, 41]), (9, &[90])]);
        let ids = indicators_under(1, &children, &HashMap::new(), &indicators);
        assert_eq!(ids, BTreeSet::from([10, 20, 40, 41]));
    }

    #[test]
    fn an_indicator_reachable_by_two_paths_is_counted_once() {
        // Node 4 is a child of 2 and contributes to 3; an indicator is also
        // attached to two nodes.
        let children = map(&[(1, &[2, 3])]);
        let contributors = map(&[(2, &[4]), (3, &[4])]);
        let indicators = map(&[(4, &[40]), (2, &[40, 20])]);
        let ids = indicators_under(1, &children, &contributors, &indicators);
        assert_eq!(ids, BTreeSet::from([20, 40]));
        let assessments: Vec<_> = ids.iter().map(|_| rated(Status::OnTrack, dec!(1))).collect();
        assert_eq!(roll_up(&assessments).total(), 2);
    }

    #[test]
    fn a_contribution_link_brings_in_the_contributing_nodes_indicators_and_their_subtree() {
        // Outcome 5 (with output 6 below it) contributes to goal 1.
        let children = map(&[(5, &[6])]);
        let contributors = map(&[(1, &[5])]);
        let indicators = map(&[(1, &[10]), (5, &[50]), (6, &[60])]);
        assert_eq!(
            indicators_under(1, &children, &contributors, &indicators),
            BTreeSet::from([10, 50, 60])
        );
        // The link is one-way: the outcome does not count the goal's indicators.
        assert_eq!(
            indicators_under(5, &children, &contributors, &indicators),
            BTreeSet::from([50, 60])
        );
    }

    #[test]
    fn a_cycle_of_links_terminates() {
        let children = map(&[(1, &[2]), (2, &[3])]);
        let contributors = map(&[(3, &[1]), (2, &[2])]);
        let indicators = map(&[(1, &[10]), (2, &[20]), (3, &[30])]);
        assert_eq!(
            indicators_under(3, &children, &contributors, &indicators),
            BTreeSet::from([10, 20, 30])
        );
    }

    #[test]
    fn a_node_without_indicators_or_links_has_none() {
        let none = HashMap::new();
        assert!(indicators_under(7, &none, &none, &none).is_empty());
    }
}
