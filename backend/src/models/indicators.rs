//! Indicators: units and the value ranges each unit accepts.

use crate::fixed::Fixed;
use rust_decimal::Decimal;

/// Units an indicator can be measured in.
pub const UNITS: &[&str] = &["percent", "count", "chf", "ratio", "yes_no", "index"];

/// Checks that `value` makes sense for `unit`: a percentage within 0..100, a non-negative count,
/// yes/no as 0 or 1.
pub fn check_value_for_unit(unit: &str, value: Fixed) -> Result<(), String> {
    let v = value.to_decimal();
    match unit {
        "percent" if v < Decimal::ZERO || v > Decimal::ONE_HUNDRED => {
            Err(format!("{v} is outside 0..100 for a percentage"))
        }
        "count" if v < Decimal::ZERO => Err(format!("{v} is negative; a count cannot be")),
        "count" if v.fract() != Decimal::ZERO => Err(format!("{v} is not a whole number; a count must be")),
        "yes_no" if v != Decimal::ZERO && v != Decimal::ONE => Err(format!("{v} is not 0 (no) or 1 (yes)")),
        "chf" | "ratio" if v < Decimal::ZERO => Err(format!("{v} is negative")),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Fixed {
        Fixed::parse(s).unwrap()
    }

    #[test]
    fn a_percentage_outside_0_to_100_is_refused() {
        assert!(check_value_for_unit("percent", f("100.01")).is_err());
        assert!(check_value_for_unit("percent", f("-0.5")).is_err());
        assert!(check_value_for_unit("percent", f("100")).is_ok());
    }

    #[test]
    fn a_negative_or_fractional_count_is_refused() {
        assert!(check_value_for_unit("count", f("-1")).is_err());
        assert!(check_value_for_unit("count", f("2.5")).is_err());
        assert!(check_value_for_unit("count", f("250")).is_ok());
    }

    #[test]
    fn yes_no_takes_only_zero_or_one() {
        assert!(check_value_for_unit("yes_no", f("2")).is_err());
        assert!(check_value_for_unit("yes_no", f("1")).is_ok());
    }
}
