//! The figures of one value as entered (value, numerator, denominator), checked against the
//! indicator's unit: one rule for the JSON API, the pages and every row of an import.

use crate::error::{FieldError, Reason, Said};
use crate::fixed::Fixed;
use crate::models::indicators::check_value_for_unit;
use crate::status::{self, Unit};

/// Records that `field` is invalid for `reason`.
pub(super) fn err(errs: &mut Vec<FieldError>, field: impl Into<String>, reason: impl Into<Reason>) {
    errs.push(FieldError::new(field, reason));
}

/// Parses an exact decimal cell: [`crate::fixed::parse_number`], the one reading of an entered number.
pub fn parse_decimal(text: &str) -> Result<Fixed, Said> {
    crate::fixed::parse_number(text)
}

/// The text of an optional field, trimmed; None when absent or blank.
pub(super) fn given(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// Value, numerator and denominator, checked against the indicator's unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figures {
    /// Value.
    pub value: Fixed,
    /// Numerator.
    pub numerator: Option<Fixed>,
    /// Denominator.
    pub denominator: Option<Fixed>,
}

/// Parses an optional decimal field, pushing its problem onto `errs`; None when absent, blank or invalid.
pub fn parse_opt(errs: &mut Vec<FieldError>, field: &str, text: Option<&str>) -> Option<Fixed> {
    match parse_decimal(given(text)?) {
        Ok(v) => Some(v),
        Err(e) => {
            err(errs, field, e);
            None
        }
    }
}

/// Checks value, numerator and denominator (given as text, None when absent) for `unit`. A share (a
/// ratio, or a percentage given with numerator and denominator) must equal the unit's share of them
/// ([`status::check_share`]: numerator ÷ denominator, × 100 for a percentage) to 4 decimal places, or
/// is computed from them when omitted. A ratio needs both; a percentage needs both or neither. Pushes
/// every problem onto `errs`.
pub fn check_figures(
    errs: &mut Vec<FieldError>,
    unit: &str,
    value: Option<&str>,
    numerator: Option<&str>,
    denominator: Option<&str>,
) -> Option<Figures> {
    let before = errs.len();
    let v = parse_opt(errs, "value", value);
    let n = parse_opt(errs, "numerator", numerator);
    let d = parse_opt(errs, "denominator", denominator);
    if d == Some(Fixed::ZERO) {
        err(errs, "denominator", Said::new("said-not-zero", []));
    }
    let share = Unit::parse(unit).filter(|u| u.is_share());
    let (n_given, d_given) = (given(numerator).is_some(), given(denominator).is_some());
    // Whether the value is (or can be computed as) a share of numerator and denominator.
    let from_share = share.filter(|s| *s == Unit::Ratio || n_given || d_given);
    if let Some(share) = from_share {
        for (field, is_given) in [("numerator", n_given), ("denominator", d_given)] {
            if !is_given {
                err(
                    errs,
                    field,
                    Said::new("said-required-for-share", [("unit", share.as_str().into())]),
                );
            }
        }
    }
    let value = match (share, n, d) {
        (Some(share), Some(n), Some(d)) if d != Fixed::ZERO => check_share_value(errs, share, v, n, d),
        _ => {
            if given(value).is_none() && from_share.is_none() {
                err(errs, "value", Said::required());
            }
            v
        }
    };
    if let Some(value) = value
        && let Err(e) = check_value_for_unit(unit, value)
    {
        err(errs, "value", e);
    }
    (errs.len() == before).then_some(value).flatten().map(|value| Figures {
        value,
        numerator: n,
        denominator: d,
    })
}

/// Why a value is not its share, in words of the interface (English as [`status::ShareMismatch`] says it).
fn share_reason(e: &status::ShareMismatch) -> Said {
    match e {
        status::ShareMismatch::ZeroDenominator => Said::new("said-share-zero-denominator", []),
        status::ShareMismatch::NotTheShare {
            percent,
            value,
            numerator,
            denominator,
            exact,
        } => Said::new(
            if *percent {
                "said-share-not-percent"
            } else {
                "said-share-not-ratio"
            },
            [
                ("value", value.to_string().into()),
                ("numerator", numerator.to_string().into()),
                ("denominator", denominator.to_string().into()),
                ("exact", exact.to_string().into()),
            ],
        ),
    }
}

/// The value of a share: when given it must equal the unit's share of numerator and denominator
/// ([`status::check_share`]), when omitted it is that share, shown to 4 decimal places.
fn check_share_value(
    errs: &mut Vec<FieldError>,
    share: Unit,
    value: Option<Fixed>,
    n: Fixed,
    d: Fixed,
) -> Option<Fixed> {
    let (n, d) = (n.to_decimal(), d.to_decimal());
    let Some(value) = value else {
        return status::share_value(share, n, d).and_then(|exact| Fixed::from_decimal(status::shown(exact)).ok());
    };
    match status::check_share(share, value.to_decimal(), n, d) {
        Ok(()) => Some(value),
        Err(e) => {
            err(errs, "value", share_reason(&e));
            None
        }
    }
}
