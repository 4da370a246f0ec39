//! Units of indicators and the part of the status rule that depends on them: the factor that turns a
//! share (numerator ÷ denominator) into a value of the unit, and which aggregation rules make sense
//! for which unit.
//!
//! A percentage reported as 40 filings on time out of 100 is `100 × 40 ÷ 100` = 40 %, a ratio
//! `40 ÷ 100` = 0.4. The same factor applies when a single value is checked against its numerator and
//! denominator ([`check_share`]) and when quarters are combined by `ratio` ([`share_value`]), so a
//! year of 40/100 and 160/200 is 66.67 % on a percent indicator, never 0.6667.

use rust_decimal::Decimal;

pub use stratrack_vocab::Unit;

/// What numerator ÷ denominator is multiplied by to make a value of `unit`: 100 for a percentage,
/// 1 otherwise.
pub fn share_factor(unit: Unit) -> Decimal {
    match unit {
        Unit::Percent => Decimal::ONE_HUNDRED,
        _ => Decimal::ONE,
    }
}

/// The exact value of a share in `unit`: `factor × numerator ÷ denominator`; `None` when the
/// denominator is 0.
pub fn share_value(unit: Unit, numerator: Decimal, denominator: Decimal) -> Option<Decimal> {
    // Multiply first: 100 × 2 ÷ 3 keeps more exact digits than 100 × (2 ÷ 3).
    (!denominator.is_zero()).then(|| share_factor(unit) * numerator / denominator)
}

/// Largest gap between a value as entered and its exact share: what rounding to 4 decimal places
/// (the precision of a stored value) can leave.
const SHARE_TOLERANCE: Decimal = Decimal::from_parts(5, 0, 0, false, 5);

/// Why a value is not the share of its numerator and denominator ([`check_share`]). Its `Display` is the
/// English the seed's checks print; the doors say it as a message (`said-share-…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareMismatch {
    /// The denominator is 0: no share to check against.
    ZeroDenominator,
    /// `value` is not `(100 ×) numerator ÷ denominator = exact` (to the 4 decimal places stored).
    NotTheShare {
        /// Whether the unit is a percentage (× 100).
        percent: bool,
        /// The value as entered.
        value: Decimal,
        /// The numerator.
        numerator: Decimal,
        /// The denominator.
        denominator: Decimal,
        /// The share, to the 4 decimal places a value is stored with.
        exact: Decimal,
    },
}

impl std::fmt::Display for ShareMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareMismatch::ZeroDenominator => f.write_str("the denominator is 0, so the value cannot be checked"),
            ShareMismatch::NotTheShare {
                percent,
                value,
                numerator,
                denominator,
                exact,
            } => {
                let (formula, factor) = if *percent {
                    ("100 × numerator ÷ denominator", "100 × ")
                } else {
                    ("numerator ÷ denominator", "")
                };
                write!(
                    f,
                    "{value} is not {formula} ({factor}{numerator} ÷ {denominator} = {exact})"
                )
            }
        }
    }
}

/// Checks that `value` is the share `numerator ÷ denominator` in `unit` (× 100 for a percentage), to
/// the 4 decimal places a value is stored with.
pub fn check_share(unit: Unit, value: Decimal, numerator: Decimal, denominator: Decimal) -> Result<(), ShareMismatch> {
    let Some(exact) = share_value(unit, numerator, denominator) else {
        return Err(ShareMismatch::ZeroDenominator);
    };
    if (value - exact).abs() <= SHARE_TOLERANCE {
        return Ok(());
    }
    Err(ShareMismatch::NotTheShare {
        percent: unit == Unit::Percent,
        value: value.normalize(),
        numerator: numerator.normalize(),
        denominator: denominator.normalize(),
        exact: super::shown(exact).normalize(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::Aggregation;
    use rust_decimal::dec;

    #[test]
    fn every_unit_round_trips_through_its_snake_case_name() {
        for u in Unit::ALL {
            assert_eq!(Unit::parse(u.as_str()), Some(u));
            assert_eq!(serde_json::to_value(u).unwrap(), u.as_str());
        }
        assert_eq!(Unit::parse("percentage"), None);
    }

    #[test]
    fn a_percentage_is_a_hundred_times_the_share_and_a_ratio_the_share_itself() {
        assert_eq!(share_value(Unit::Percent, dec!(40), dec!(100)), Some(dec!(40)));
        assert_eq!(share_value(Unit::Ratio, dec!(40), dec!(100)), Some(dec!(0.4)));
        assert_eq!(share_value(Unit::Percent, dec!(1), dec!(0)), None);
    }

    #[test]
    fn a_single_value_is_checked_against_its_share_with_the_units_factor() {
        assert!(check_share(Unit::Percent, dec!(96.5), dec!(77.2), dec!(80)).is_ok());
        assert!(check_share(Unit::Ratio, dec!(0.965), dec!(77.2), dec!(80)).is_ok());
        // A percentage entered as a fraction is refused, saying what it should be.
        let e = check_share(Unit::Percent, dec!(0.965), dec!(77.2), dec!(80)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "0.965 is not 100 × numerator ÷ denominator (100 × 77.2 ÷ 80 = 96.5)"
        );
        assert!(check_share(Unit::Ratio, dec!(96.5), dec!(77.2), dec!(80)).is_err());
        // Rounded to 4 decimal places is exact enough; 5 places off is not.
        assert!(check_share(Unit::Percent, dec!(66.6667), dec!(2), dec!(3)).is_ok());
        assert!(check_share(Unit::Percent, dec!(66.667), dec!(2), dec!(3)).is_err());
    }

    #[test]
    fn sensible_pairs_of_unit_and_aggregation_are_allowed_and_the_others_refused() {
        let allowed = |u: Unit, a: Aggregation| a.refusal(u).is_none();
        assert!(allowed(Unit::Percent, Aggregation::Ratio));
        assert!(allowed(Unit::Percent, Aggregation::Mean));
        assert!(allowed(Unit::Count, Aggregation::Sum));
        assert!(allowed(Unit::Chf, Aggregation::Sum));
        assert!(allowed(Unit::YesNo, Aggregation::Latest));
        for u in Unit::ALL {
            assert!(allowed(u, Aggregation::Latest), "{u:?}");
        }
        let e = Aggregation::Sum.refusal(Unit::Percent).unwrap();
        assert!(e.starts_with("`sum` does not suit unit `percent`"), "{e}");
        assert!(e.ends_with("use latest, mean, ratio"), "{e}");
        assert!(!allowed(Unit::Ratio, Aggregation::Sum));
        assert!(!allowed(Unit::YesNo, Aggregation::Mean));
        assert!(!allowed(Unit::Count, Aggregation::Ratio));
        assert!(!allowed(Unit::Index, Aggregation::Sum));
    }
}
