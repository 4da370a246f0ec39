//! Progress and status of one indicator from its exact actual and expected values.

use super::{Direction, IndicatorSpec, Quotient, Status, Thresholds};
use rust_decimal::Decimal;

/// Whether `value` is at or beyond `bound` in the good direction; `None` on overflow.
fn at_or_beyond(increase: bool, value: Quotient, bound: Decimal) -> Option<bool> {
    let difference = value.minus(bound)?;
    Some(if increase {
        difference >= Decimal::ZERO
    } else {
        difference <= Decimal::ZERO
    })
}

/// Progress and status of an increase or decrease indicator; `None` if the exact figures overflow.
fn rate_directional(
    increase: bool,
    actual: Quotient,
    baseline: Decimal,
    expected: Quotient,
    target: Decimal,
    thresholds: &Thresholds,
) -> Option<(Decimal, Status)> {
    // (A − b) / (E − b) = ((a − b·a′)·e′) / ((e − b·e′)·a′) for A = a/a′ and E = e/e′, both
    // denominators positive: one quotient, held against each threshold by multiplying out.
    let span = expected.minus(baseline)?;
    // Nothing was expected to move yet (e.g. in the baseline year): holding
    // the baseline or bettering it is full progress, slipping back is none.
    let progress = if span.is_zero() {
        Quotient::whole(if at_or_beyond(increase, actual, baseline)? {
            Decimal::ONE
        } else {
            Decimal::ZERO
        })
    } else {
        // One formula for both directions: for a decrease both differences
        // are negative, so their quotient is positive when moving down.
        Quotient::new(
            actual.minus(baseline)?.checked_mul(expected.den)?,
            span.checked_mul(actual.den)?,
        )
    };
    let at_least = |threshold: Decimal| progress.minus(threshold).map(|d| d >= Decimal::ZERO);
    // Meeting the end target is success whatever the year, even if the
    // straight line expected more by now (it cannot, past the target).
    let status = if at_or_beyond(increase, actual, target)? {
        Status::Achieved
    } else if at_least(thresholds.on_track)? {
        Status::OnTrack
    } else if at_least(thresholds.at_risk)? {
        Status::AtRisk
    } else {
        Status::OffTrack
    };
    Some((progress.value(), status))
}

/// Progress and status of a maintain indicator: how close `A` stays to `T`; `None` on overflow.
fn rate_maintain(actual: Quotient, target: Decimal, thresholds: &Thresholds) -> Option<(Decimal, Status)> {
    // A percentage band around 0 is empty, so only an exact 0 keeps it.
    if target.is_zero() {
        return Some(if actual.num.is_zero() {
            (Decimal::ONE, Status::OnTrack)
        } else {
            (Decimal::ZERO, Status::OffTrack)
        });
    }
    // Over the actual's denominator: gap = |A − T|·a′, scale = |T|·a′.
    let gap = actual.minus(target)?.abs();
    let scale = target.abs().checked_mul(actual.den)?;
    let progress = Quotient::new(scale.checked_sub(gap)?, scale)
        .value()
        .clamp(Decimal::ZERO, Decimal::ONE);
    let hundred = Decimal::ONE_HUNDRED;
    // Compare gap with the band rather than progress, so a value exactly on
    // the band's edge is inside it (no division stands between them).
    let within = |pct: Decimal| Some(gap.checked_mul(hundred)? <= scale.checked_mul(pct)?);
    let status = if within(thresholds.maintain_on_track_pct)? {
        Status::OnTrack
    } else if within(thresholds.maintain_at_risk_pct)? {
        Status::AtRisk
    } else {
        Status::OffTrack
    };
    Some((progress, status))
}

/// Rates `actual` exactly, or, for figures too large to multiply out (beyond any plan's values),
/// on the rounded quotients.
pub(super) fn rate(
    spec: &IndicatorSpec,
    actual: Quotient,
    baseline: Decimal,
    expected: Quotient,
    target: Decimal,
    thresholds: &Thresholds,
) -> (Decimal, Status) {
    let once = |actual: Quotient, expected: Quotient| match spec.direction {
        Direction::Maintain => rate_maintain(actual, target, thresholds),
        Direction::Increase | Direction::Decrease => rate_directional(
            spec.direction == Direction::Increase,
            actual,
            baseline,
            expected,
            target,
            thresholds,
        ),
    };
    once(actual, expected)
        .or_else(|| once(Quotient::whole(actual.value()), Quotient::whole(expected.value())))
        .unwrap_or((Decimal::ZERO, Status::OffTrack))
}
