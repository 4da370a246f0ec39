//! Property tests of the status rule against a reference written straight from DESIGN.md ("Status of an
//! indicator in year Y"), in exact rational arithmetic: thousands of random indicators of every
//! direction and aggregation, with missing and stale years, zero baselines and targets, and actual
//! values placed exactly on, and one smallest step either side of, every threshold, band and target.
//!
//! The reference is slow and plain on purpose: it shares no code with the rule it checks. Where DESIGN.md
//! is silent it makes the same choice as the rule, each one named where it is made (see "Choices").
//! Ratio-aggregated indicators are of unit `ratio` (Σn / Σd) or `percent` (100 × Σn / Σd); the others
//! of unit `count`.

use super::*;
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

/// Cases per property: the issue asks for at least 5,000.
const CASES: u32 = 5_000;

fn config() -> Config {
    Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    }
}

// ---- exact rationals --------------------------------------------------------------------------------

/// `n / d` in lowest terms, `d > 0`. Every operation panics rather than wrap, so an overflow shows up as
/// a failing case, never as a wrong reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Q {
    n: i128,
    d: i128,
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Q {
    pub(crate) fn new(n: i128, d: i128) -> Q {
        assert!(d != 0, "division by zero in the reference");
        let g = gcd(n, d).max(1);
        let s = if d < 0 { -1 } else { 1 };
        Q {
            n: s * n / g,
            d: s * d / g,
        }
    }
    pub(crate) fn int(n: i128) -> Q {
        Q { n, d: 1 }
    }
    pub(crate) fn dec(v: Decimal) -> Q {
        Q::new(v.mantissa(), 10i128.pow(v.scale()))
    }
    pub(crate) fn add(self, o: Q) -> Q {
        let n = self
            .n
            .checked_mul(o.d)
            .and_then(|a| o.n.checked_mul(self.d).and_then(|b| a.checked_add(b)));
        Q::new(
            n.expect("reference overflow"),
            self.d.checked_mul(o.d).expect("reference overflow"),
        )
    }
    pub(crate) fn neg(self) -> Q {
        Q { n: -self.n, d: self.d }
    }
    pub(crate) fn sub(self, o: Q) -> Q {
        self.add(o.neg())
    }
    pub(crate) fn mul(self, o: Q) -> Q {
        let n = self.n.checked_mul(o.n).expect("reference overflow");
        Q::new(n, self.d.checked_mul(o.d).expect("reference overflow"))
    }
    pub(crate) fn div(self, o: Q) -> Q {
        self.mul(Q::new(o.d, o.n))
    }
    pub(crate) fn abs(self) -> Q {
        Q {
            n: self.n.abs(),
            d: self.d,
        }
    }
    pub(crate) fn is_zero(self) -> bool {
        self.n == 0
    }
    /// The value as a decimal if it has at most `places` decimals.
    pub(crate) fn to_decimal(self, places: u32) -> Option<Decimal> {
        let (mut rest, mut twos, mut fives) = (self.d, 0u32, 0u32);
        while rest % 2 == 0 {
            rest /= 2;
            twos += 1;
        }
        while rest % 5 == 0 {
            rest /= 5;
            fives += 1;
        }
        let k = twos.max(fives);
        if rest != 1 || k > places {
            return None;
        }
        let n = self.n.checked_mul(10i128.checked_pow(k)? / self.d)?;
        Decimal::try_from_i128_with_scale(n, k).ok()
    }
}

/// `a/b` against `c/d` (`b, d > 0`) by their continued fractions, so no product can overflow.
fn compare(a: i128, b: i128, c: i128, d: i128) -> Ordering {
    let (q1, r1, q2, r2) = (a.div_euclid(b), a.rem_euclid(b), c.div_euclid(d), c.rem_euclid(d));
    match (q1.cmp(&q2), r1 == 0, r2 == 0) {
        (Ordering::Equal, true, true) => Ordering::Equal,
        (Ordering::Equal, true, false) => Ordering::Less,
        (Ordering::Equal, false, true) => Ordering::Greater,
        // r1/b against r2/d is d/r2 against b/r1.
        (Ordering::Equal, false, false) => compare(d, r2, b, r1),
        (order, _, _) => order,
    }
}

impl PartialOrd for Q {
    fn partial_cmp(&self, o: &Q) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Q {
    fn cmp(&self, o: &Q) -> Ordering {
        compare(self.n, self.d, o.n, o.d)
    }
}

/// A figure of the rule equals the exact one: to the last digit when the exact one ends within 20
/// decimals, else to within 10⁻²⁰ of its size (a 28-digit `Decimal` holds it to about 10⁻²⁷).
pub(crate) fn same_figure(code: Decimal, exact: Q) -> bool {
    if let Some(d) = exact.to_decimal(20) {
        return code == d;
    }
    // Dropping the same last digits of both terms moves the quotient by far less than the tolerance.
    let (mut n, mut d) = (exact.n, exact.d);
    while n.abs() > 1_i128 << 95 || d > 1_i128 << 95 {
        (n, d) = (n / 10, d / 10);
    }
    let as_decimal = |v: i128| Decimal::try_from_i128_with_scale(v, 0).expect("fits after dropping digits");
    let nearest = as_decimal(n) / as_decimal(d);
    (code - nearest).abs() <= Decimal::new(1, 20) * (Decimal::ONE + nearest.abs())
}

/// [`same_figure`] for the mean of `parts` over `rated` indicators, summed in big integers: five progress
/// values with unrelated denominators of 20 digits each have a common denominator no i128 holds (the
/// i128 sum failed about one run in ten with "reference overflow").
fn same_mean(code: Decimal, parts: &[Q], rated: u32) -> bool {
    use num_bigint::BigInt;
    use num_integer::Integer;
    let (mut n, mut m) = (BigInt::from(0), BigInt::from(1));
    for p in parts {
        (n, m) = (n * p.d + BigInt::from(p.n) * &m, m * p.d);
        let g = n.gcd(&m);
        (n, m) = (n / &g, m / g);
    }
    m *= rated;
    if let (Ok(n), Ok(d)) = (i128::try_from(&n), i128::try_from(&m)) {
        return same_figure(code, Q::new(n, d));
    }
    // |code - n/m| <= 10^-20 * (1 + |n/m|), with code = k / 10^s, multiplied through by m * 10^(s+20) > 0.
    let (k, ten_s) = (BigInt::from(code.mantissa()), BigInt::from(10).pow(code.scale()));
    let lhs = (&k * &m - &n * &ten_s) * BigInt::from(10).pow(20);
    let rhs = ten_s * (&m + BigInt::from(n.magnitude().clone()));
    lhs.magnitude() <= rhs.magnitude()
}

// ---- the reference ------------------------------------------------------------------------------------

/// A(Y) from the observations of exactly `year`: `Ok(None)` when it has none, `Err` when they make no value.
/// Choices: an annual value stands for the whole year over its quarters; a repeated row counts once (the
/// later); `latest` is the highest quarter.
fn ref_year(aggregation: Aggregation, unit: Unit, year: i32, observations: &[Observation]) -> Result<Option<Q>, ()> {
    let rows: Vec<&Observation> = observations.iter().filter(|o| o.year == year).collect();
    if let Some(annual) = rows.iter().rev().find(|o| o.quarter.is_none()) {
        return Ok(Some(Q::dec(annual.value)));
    }
    let mut quarters: Vec<&Observation> = Vec::new();
    for q in 1..=4 {
        if let Some(o) = rows.iter().rev().find(|o| o.quarter == Some(q)) {
            quarters.push(o);
        }
    }
    if quarters.is_empty() {
        return Ok(None);
    }
    let total = |f: &dyn Fn(&Observation) -> Option<Decimal>| -> Option<Q> {
        quarters
            .iter()
            .try_fold(Q::int(0), |acc, o| Some(acc.add(Q::dec(f(o)?))))
    };
    Ok(Some(match aggregation {
        Aggregation::Latest => Q::dec(quarters.last().ok_or(())?.value),
        Aggregation::Sum => total(&|o| Some(o.value)).ok_or(())?,
        Aggregation::Mean => total(&|o| Some(o.value)).ok_or(())?.div(Q::int(quarters.len() as i128)),
        Aggregation::Ratio => {
            let numerators = total(&|o| o.numerator).ok_or(())?;
            let denominators = total(&|o| o.denominator).ok_or(())?;
            if denominators.is_zero() {
                return Err(());
            }
            // DESIGN: a percentage of shares is 100 × Σnumerator ÷ Σdenominator.
            let hundred = if unit == Unit::Percent { 100 } else { 1 };
            numerators.mul(Q::int(hundred)).div(denominators)
        }
    }))
}

/// A(Y) and the year it comes from. Choice: the newest earlier year with values decides; if it is too
/// old, or its values make none, there is no data (an older year never stands in for it).
fn ref_actual(
    aggregation: Aggregation,
    unit: Unit,
    year: i32,
    max_age: i32,
    observations: &[Observation],
) -> Option<(Q, i32)> {
    if let Some(v) = ref_year(aggregation, unit, year, observations).ok()? {
        return Some((v, year));
    }
    let last = observations.iter().map(|o| o.year).filter(|&y| y < year).max()?;
    if year - last > max_age {
        return None;
    }
    ref_year(aggregation, unit, last, observations).ok()?.map(|v| (v, last))
}

/// E(Y): the straight line through baseline, milestones and target, flat outside them. Choice: milestones
/// on the baseline or target year or outside them are ignored; of two on one year the later counts.
fn ref_expected(spec: &IndicatorSpec, year: i32) -> Option<Q> {
    let (by, b) = spec.baseline?;
    let (ty, t) = spec.target?;
    if year <= by {
        return Some(Q::dec(b));
    }
    if year >= ty {
        return Some(Q::dec(t));
    }
    let mut points = vec![(by, Q::dec(b))];
    for y in by + 1..ty {
        if let Some(&(_, v)) = spec.milestones.iter().rev().find(|m| m.0 == y) {
            points.push((y, Q::dec(v)));
        }
    }
    points.push((ty, Q::dec(t)));
    let i = points.iter().rposition(|p| p.0 <= year)?;
    let ((y0, v0), (y1, v1)) = (points[i], points.get(i + 1).copied().unwrap_or(points[i]));
    if y0 == year || y1 == y0 {
        return Some(v0);
    }
    Some(v0.add(v1.sub(v0).mul(Q::new((year - y0) as i128, (y1 - y0) as i128))))
}

/// What the reference says of one indicator in one year.
#[derive(Debug, Clone, PartialEq)]
struct RefAssessment {
    actual: Option<(Q, i32)>,
    expected: Option<Q>,
    progress: Option<Q>,
    status: Status,
}

/// The status rule as DESIGN.md writes it. Choices where it is silent: a maintain indicator's progress
/// is 1 − |A − T| / |T| clamped to [0, 1]; with T = 0 only A = 0 is on track (progress 1), anything else
/// off track (progress 0); a maintain indicator is never `achieved`.
fn ref_assess(spec: &IndicatorSpec, observations: &[Observation], year: i32, th: &Thresholds) -> RefAssessment {
    let actual = ref_actual(spec.aggregation, spec.unit, year, th.max_age_years, observations);
    let expected = ref_expected(spec, year);
    let mut out = RefAssessment {
        actual,
        expected,
        progress: None,
        status: Status::NoData,
    };
    let (Some((a, _)), Some((_, b)), Some((_, t)), Some(e)) = (actual, spec.baseline, spec.target, expected) else {
        return out;
    };
    let (b, t) = (Q::dec(b), Q::dec(t));
    let hundred = Q::int(100);
    let (progress, status) = match spec.direction {
        Direction::Maintain if t.is_zero() => {
            if a.is_zero() {
                (Q::int(1), Status::OnTrack)
            } else {
                (Q::int(0), Status::OffTrack)
            }
        }
        Direction::Maintain => {
            let gap = a.sub(t).abs();
            let progress = Q::int(1).sub(gap.div(t.abs())).clamp(Q::int(0), Q::int(1));
            let status = if gap <= t.abs().mul(Q::dec(th.maintain_on_track_pct)).div(hundred) {
                Status::OnTrack
            } else if gap <= t.abs().mul(Q::dec(th.maintain_at_risk_pct)).div(hundred) {
                Status::AtRisk
            } else {
                Status::OffTrack
            };
            (progress, status)
        }
        direction => {
            let good_side = |x: Q, bound: Q| match direction {
                Direction::Increase => x >= bound,
                _ => x <= bound,
            };
            let progress = if e == b {
                Q::int(if good_side(a, b) { 1 } else { 0 })
            } else {
                a.sub(b).div(e.sub(b))
            };
            let status = if good_side(a, t) {
                Status::Achieved
            } else if progress >= Q::dec(th.on_track) {
                Status::OnTrack
            } else if progress >= Q::dec(th.at_risk) {
                Status::AtRisk
            } else {
                Status::OffTrack
            };
            (progress, status)
        }
    };
    out.progress = Some(progress);
    out.status = status;
    out
}

// ---- generators ---------------------------------------------------------------------------------------

/// A value as entered: zero, a small whole number, or up to ±1,000,000 with up to 4 decimals.
fn value() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        1 => Just(Decimal::ZERO),
        2 => (-20i64..=120).prop_map(Decimal::from),
        3 => (-1_000_000i64..=1_000_000, 0u32..=4).prop_map(|(m, s)| Decimal::new(m, s)),
    ]
}

fn fraction() -> impl Strategy<Value = Decimal> {
    (0i64..=12_000, 0u32..=4).prop_map(|(m, s)| Decimal::new(m, 4).round_dp(s.max(2)))
}

fn thresholds() -> impl Strategy<Value = Thresholds> {
    prop_oneof![
        3 => Just(Thresholds::default()),
        2 => (fraction(), fraction(), 0i64..=20, 0i64..=40, 0i32..=3).prop_map(|(a, b, p, r, age)| Thresholds {
            on_track: a.max(b),
            at_risk: a.min(b),
            maintain_on_track_pct: Decimal::from(p.min(r)),
            maintain_at_risk_pct: Decimal::from(p.max(r)),
            max_age_years: age,
        }),
    ]
}

fn spec() -> impl Strategy<Value = IndicatorSpec> {
    (
        prop::sample::select(Direction::ALL.to_vec()),
        prop::sample::select(Aggregation::ALL.to_vec()),
        any::<bool>(),
        prop::option::weighted(0.92, (2024i32..=2029, value())),
        prop::collection::vec((2024i32..=2034, value()), 0..4),
        prop::option::weighted(0.92, (1i32..=6, value())),
    )
        .prop_map(
            |(direction, aggregation, percent, baseline, milestones, target)| IndicatorSpec {
                direction,
                aggregation,
                unit: match aggregation {
                    Aggregation::Ratio if percent => Unit::Percent,
                    Aggregation::Ratio => Unit::Ratio,
                    _ => Unit::Count,
                },
                baseline,
                milestones,
                // The target comes after the baseline (the framework's plan span).
                target: target.map(|(gap, v)| (baseline.map_or(2028, |b| b.0) + gap, v)),
            },
        )
}

/// How one year's values are entered.
#[derive(Debug, Clone)]
enum Entry {
    Annual(Decimal),
    /// `(quarter, value, numerator, denominator)`; numerator and denominator may be missing.
    Quarters(Vec<(u8, Decimal, Option<Decimal>, Option<Decimal>)>),
}

fn entry() -> impl Strategy<Value = Entry> {
    let quarter = (
        1u8..=4,
        value(),
        prop::option::weighted(0.95, value()),
        prop::option::weighted(0.95, value()),
    );
    prop_oneof![
        1 => value().prop_map(Entry::Annual),
        2 => prop::collection::vec(quarter, 1..6).prop_map(Entry::Quarters),
    ]
}

fn rows(year: i32, entry: &Entry) -> Vec<Observation> {
    match entry {
        Entry::Annual(v) => vec![observation(year, None, *v)],
        Entry::Quarters(qs) => qs
            .iter()
            .map(|&(q, v, n, d)| Observation {
                numerator: n,
                denominator: d,
                ..observation(year, Some(q), v)
            })
            .collect(),
    }
}

fn observation(year: i32, quarter: Option<u8>, value: Decimal) -> Observation {
    Observation {
        year,
        quarter,
        value,
        numerator: None,
        denominator: None,
    }
}

/// The points of the rule an actual value can sit on for `spec` in `year`: the target, the baseline,
/// E(Y), each progress threshold and each maintain band edge.
fn edges(spec: &IndicatorSpec, year: i32, th: &Thresholds) -> Vec<Q> {
    let (Some((_, b)), Some((_, t)), Some(e)) = (spec.baseline, spec.target, ref_expected(spec, year)) else {
        return vec![];
    };
    let (b, t) = (Q::dec(b), Q::dec(t));
    let at = |p: Decimal| b.add(Q::dec(p).mul(e.sub(b)));
    let band = |pct: Decimal, sign: i128| t.add(t.abs().mul(Q::dec(pct)).mul(Q::new(sign, 100)));
    vec![
        t,
        b,
        e,
        at(th.on_track),
        at(th.at_risk),
        band(th.maintain_on_track_pct, 1),
        band(th.maintain_on_track_pct, -1),
        band(th.maintain_at_risk_pct, 1),
        band(th.maintain_at_risk_pct, -1),
    ]
}

/// Observations of `year` whose value under `aggregation` is exactly `v`, or the nearest 8-decimal
/// value when no such entry exists (a mean of up to four quarters cannot hold every third).
fn placed(aggregation: Aggregation, unit: Unit, year: i32, v: Q) -> Vec<Observation> {
    let near = v.mul(Q::int(100_000_000)).n / v.mul(Q::int(100_000_000)).d;
    let rounded = Decimal::from_i128_with_scale(near, 8);
    match aggregation {
        Aggregation::Ratio => {
            // factor × Σn / Σd = v exactly, split over two quarters.
            let share = if unit == Unit::Percent { v.div(Q::int(100)) } else { v };
            let (n, d) = (share.n, share.d);
            let quarter = |q, n: i128, d: i128| Observation {
                numerator: Some(Decimal::from_i128_with_scale(n, 0)),
                denominator: Some(Decimal::from_i128_with_scale(d, 0)),
                ..observation(year, Some(q), Decimal::ZERO)
            };
            vec![quarter(1, n - 1, d / 2), quarter(3, 1, d - d / 2)]
        }
        Aggregation::Mean => {
            let count = (1..=4).find(|&k| v.mul(Q::int(k)).to_decimal(8).is_some());
            match count {
                Some(k) => {
                    let total = v.mul(Q::int(k)).to_decimal(8).unwrap_or_default();
                    let mut out: Vec<Observation> = (1..k as u8)
                        .map(|q| observation(year, Some(q), Decimal::from(q)))
                        .collect();
                    let rest = total - out.iter().map(|o| o.value).sum::<Decimal>();
                    out.push(observation(year, Some(k as u8), rest));
                    out
                }
                None => vec![observation(year, None, rounded)],
            }
        }
        Aggregation::Sum => {
            let total = v.to_decimal(8).unwrap_or(rounded);
            vec![
                observation(year, Some(2), Decimal::ONE),
                observation(year, Some(4), total - Decimal::ONE),
            ]
        }
        Aggregation::Latest => vec![
            observation(year, Some(1), Decimal::from(7)),
            observation(year, Some(3), v.to_decimal(8).unwrap_or(rounded)),
        ],
    }
}

/// An indicator, its observations, the year assessed and the plan's thresholds.
#[derive(Debug, Clone)]
struct Case {
    spec: IndicatorSpec,
    observations: Vec<Observation>,
    year: i32,
    thresholds: Thresholds,
}

/// Random years of values (some years missing, so stale values and too-old values occur), and, half of
/// the time, the value of the assessed year (or of the year before it) placed on an edge of the rule,
/// exactly or one smallest step (10⁻⁸, or one unit of a ratio's numerator) either side.
fn case() -> impl Strategy<Value = Case> {
    (
        spec(),
        thresholds(),
        2025i32..=2034,
        prop::collection::vec((2022i32..=2034, entry()), 0..5),
        prop::option::weighted(0.6, (0usize..9, -1i128..=1, 0i32..=1)),
    )
        .prop_map(|(spec, thresholds, year, entries, edge)| {
            let mut observations: Vec<Observation> = entries.iter().flat_map(|(y, e)| rows(*y, e)).collect();
            if let Some((which, step, back)) = edge {
                let points = edges(&spec, year, &thresholds);
                if let Some(&point) = points.get(which) {
                    let at = year - back;
                    let tiny = match spec.aggregation {
                        Aggregation::Ratio => Q::new(step, point.d.max(1) * 2),
                        _ => Q::new(step, 100_000_000),
                    };
                    observations.retain(|o| o.year != at);
                    observations.extend(placed(spec.aggregation, spec.unit, at, point.add(tiny)));
                }
            }
            Case {
                spec,
                observations,
                year,
                thresholds,
            }
        })
}

// ---- the properties -----------------------------------------------------------------------------------

fn check(case: &Case) -> Result<(RefAssessment, Assessment), TestCaseError> {
    let code = assess(&case.spec, &case.observations, case.year, &case.thresholds);
    let want = ref_assess(&case.spec, &case.observations, case.year, &case.thresholds);
    prop_assert_eq!(
        code.status,
        want.status,
        "status; reference {:?}, rule {:?}",
        want,
        code
    );
    prop_assert_eq!(code.actual_year, want.actual.map(|a| a.1), "actual year");
    prop_assert_eq!(code.stale, want.actual.is_some_and(|a| a.1 < case.year), "stale");
    match (code.actual, want.actual) {
        (Some(c), Some((w, _))) => prop_assert!(same_figure(c, w), "actual {} against {:?}", c, w),
        (c, w) => prop_assert!(c.is_none() && w.is_none(), "actual {:?} against {:?}", c, w),
    }
    match (code.expected, want.expected) {
        (Some(c), Some(w)) => prop_assert!(same_figure(c, w), "expected {} against {:?}", c, w),
        (c, w) => prop_assert!(c.is_none() && w.is_none(), "expected {:?} against {:?}", c, w),
    }
    match (code.progress, want.progress) {
        (Some(c), Some(w)) => prop_assert!(same_figure(c, w), "progress {} against {:?}", c, w),
        (c, w) => prop_assert!(c.is_none() && w.is_none(), "progress {:?} against {:?}", c, w),
    }
    prop_assert_eq!(
        code.reason.is_some(),
        want.status == Status::NoData,
        "a reason exactly for no_data"
    );
    Ok((want, code))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_status_rule_agrees_with_design_md_on_every_edge(case in case()) {
        check(&case)?;
    }

    #[test]
    fn a_roll_up_counts_and_averages_as_design_md_says(cases in prop::collection::vec(case(), 0..6)) {
        let mut assessments = Vec::new();
        let mut counts: BTreeMap<Status, u32> = BTreeMap::new();
        let mut parts = Vec::new();
        for case in &cases {
            let (want, code) = check(case)?;
            *counts.entry(want.status).or_default() += 1;
            parts.push(match (want.status, want.progress) {
                (Status::NoData, _) => Q::int(0),
                (Status::Achieved, _) => Q::int(1),
                (_, p) => p.unwrap_or(Q::int(0)).clamp(Q::int(0), Q::int(1)),
            });
            assessments.push(code);
        }
        let rollup = roll_up(&assessments);
        for status in Status::ALL {
            prop_assert_eq!(rollup.count(status), counts.get(&status).copied().unwrap_or(0), "{:?}", status);
        }
        let rated = cases.len() as u32 - counts.get(&Status::NoData).copied().unwrap_or(0);
        prop_assert_eq!(rollup.rated, rated);
        match rollup.mean_progress {
            None => prop_assert_eq!(rated, 0),
            Some(mean) => prop_assert!(same_mean(mean, &parts, rated), "mean {} of {:?}", mean, parts),
        }
    }

    #[test]
    fn a_node_counts_every_indicator_reachable_below_it_once(
        node in 0i32..8,
        children in prop::collection::vec((0i32..8, 0i32..8), 0..12),
        links in prop::collection::vec((0i32..8, 0i32..8), 0..6),
        placed in prop::collection::vec((0i32..8, 0i32..20), 0..16),
    ) {
        let map = |pairs: &[(i32, i32)]| {
            let mut m: HashMap<i32, Vec<i32>> = HashMap::new();
            for &(k, v) in pairs {
                m.entry(k).or_default().push(v);
            }
            m
        };
        let (children, contributors, indicators) = (map(&children), map(&links), map(&placed));
        // Reference: the nodes reachable from `node` by any number of child or contribution steps.
        let mut reach = BTreeSet::from([node]);
        loop {
            let next: BTreeSet<i32> = reach
                .iter()
                .flat_map(|n| children.get(n).into_iter().chain(contributors.get(n)).flatten().copied())
                .chain(reach.iter().copied())
                .collect();
            if next == reach {
                break;
            }
            reach = next;
        }
        let want: BTreeSet<i32> = reach.iter().filter_map(|n| indicators.get(n)).flatten().copied().collect();
        prop_assert_eq!(indicators_under(node, &children, &contributors, &indicators), want);
    }
}
