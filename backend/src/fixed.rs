//! Exact decimals in the database: [`Fixed`] holds a value × 10⁴ in a BIGINT.
//!
//! sea-orm maps `Decimal` to REAL on SQLite and reads it back through f64, which loses digits and makes
//! sums drift. A scaled integer is exact on both SQLite and PostgreSQL and `SUM` works in SQL, so every
//! indicator value and every amount goes through this one type.

use rust_decimal::Decimal;
use sea_orm::DeriveValueType;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Number of decimal places kept.
pub const SCALE: u32 = 4;

/// An exact decimal with four decimal places, stored as an `i64` of ten-thousandths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, DeriveValueType)]
pub struct Fixed(pub i64);

/// Why a decimal cannot be stored as a [`Fixed`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FixedError {
    /// More than four decimal places.
    #[error("has more than {SCALE} decimal places")]
    TooPrecise,
    /// Beyond ±922,337,203,685,477.5807.
    #[error("is too large to store exactly")]
    TooLarge,
    /// Not a decimal number at all.
    #[error("is not a decimal number (use digits with a dot, e.g. 1234.5)")]
    NotANumber,
}

impl Fixed {
    /// Zero.
    pub const ZERO: Fixed = Fixed(0);

    /// Converts an exact decimal, refusing anything that would lose digits.
    pub fn from_decimal(d: Decimal) -> Result<Self, FixedError> {
        let d = d.normalize();
        if d.scale() > SCALE {
            return Err(FixedError::TooPrecise);
        }
        let scaled = d
            .checked_mul(Decimal::from(10_i64.pow(SCALE)))
            .ok_or(FixedError::TooLarge)?;
        i64::try_from(scaled.trunc())
            .map(Fixed)
            .map_err(|_| FixedError::TooLarge)
    }

    /// Parses plain decimal text (`-12.5`, `1000`); no thousands separators, no decimal comma.
    pub fn parse(s: &str) -> Result<Self, FixedError> {
        let t = s.trim();
        if t.is_empty()
            || !t
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-' || b == b'+')
        {
            return Err(FixedError::NotANumber);
        }
        let d: Decimal = t.parse().map_err(|_| FixedError::NotANumber)?;
        Self::from_decimal(d)
    }

    /// The exact value, normalised (no trailing zeros: `0.1`, not `0.1000`).
    pub fn to_decimal(self) -> Decimal {
        Decimal::new(self.0, SCALE).normalize()
    }

    /// Builds a value from a raw SQL `SUM` of a `Fixed` column.
    pub fn from_raw(raw: i64) -> Self {
        Fixed(raw)
    }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.to_decimal())
    }
}

impl From<Fixed> for Decimal {
    fn from(v: Fixed) -> Self {
        v.to_decimal()
    }
}

impl TryFrom<Decimal> for Fixed {
    type Error = FixedError;
    fn try_from(d: Decimal) -> Result<Self, Self::Error> {
        Fixed::from_decimal(d)
    }
}

impl Serialize for Fixed {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Fixed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let dec = <Decimal as Deserialize>::deserialize(d)?;
        Fixed::from_decimal(dec).map_err(serde::de::Error::custom)
    }
}

/// `SUM(col)` of a [`Fixed`] column as a BIGINT on both backends (PostgreSQL would return NUMERIC);
/// read it with `Option<i64>` and [`Fixed::from_raw`].
pub fn sum_of(col: impl sea_orm::sea_query::IntoColumnRef) -> sea_orm::sea_query::Expr {
    use sea_orm::sea_query::{Expr, ExprTrait, Func};
    Expr::expr(Func::sum(Expr::col(col))).cast_as("BIGINT")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn the_largest_documented_value_round_trips_exactly() {
        let v = Fixed::from_decimal(dec!(12345678901234.5678)).unwrap();
        assert_eq!(v.to_decimal(), dec!(12345678901234.5678));
        assert_eq!(v.to_string(), "12345678901234.5678");
    }

    #[test]
    fn a_fifth_decimal_place_is_refused_not_rounded() {
        assert_eq!(Fixed::parse("0.12345"), Err(FixedError::TooPrecise));
    }

    #[test]
    fn text_and_decimal_commas_are_refused() {
        assert_eq!(Fixed::parse("N/A"), Err(FixedError::NotANumber));
        assert_eq!(Fixed::parse("12,5"), Err(FixedError::NotANumber));
        assert_eq!(Fixed::parse(""), Err(FixedError::NotANumber));
        assert_eq!(Fixed::parse("1e5"), Err(FixedError::NotANumber));
    }

    #[test]
    fn values_beyond_the_range_are_refused() {
        assert_eq!(Fixed::parse("1000000000000000"), Err(FixedError::TooLarge));
    }

    #[test]
    fn display_drops_trailing_zeros() {
        assert_eq!(Fixed::parse("0.1000").unwrap().to_string(), "0.1");
        assert_eq!(Fixed::parse("-42").unwrap().to_string(), "-42");
    }
}
