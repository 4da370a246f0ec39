//! Figures as shown: the only rounding of the status rule, for display.

use rust_decimal::{Decimal, RoundingStrategy};

/// Decimal places of a figure as shown in the API and CSV.
const DECIMAL_PLACES: u32 = 4;

/// A figure as shown: rounded to [`DECIMAL_PLACES`], halves away from zero (as
/// people round by hand, so a figure checked with a calculator matches), not
/// banker's rounding. For display only: no rule compares a shown figure.
pub fn shown(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(DECIMAL_PLACES, RoundingStrategy::MidpointAwayFromZero)
}

/// Serialises an optional figure as [`shown`] (the field keeps the exact one).
pub fn serialize_shown<S: serde::Serializer>(value: &Option<Decimal>, serializer: S) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&value.map(shown), serializer)
}
