//! Checks the write use cases share when they read a request's fields: the required fields a creation
//! misses, an exact amount that must not be negative, a word from a fixed list. Each records what it
//! finds in a [`FieldErrors`], so one answer names every bad field.

use crate::error::{FieldErrors, Reason, Said};
use crate::fixed::Fixed;
use rust_decimal::Decimal;

/// Records "is required" against each field of `fields` flagged as missing, in that order.
pub fn require(errs: &mut FieldErrors, fields: &[(&str, bool)]) {
    for (field, missing) in fields {
        if *missing {
            errs.push(*field, crate::error::Said::required());
        }
    }
}

/// The exact amount `v` sent as `field`, or `None` with why not recorded (too many decimals, or
/// negative).
pub fn non_negative(errs: &mut FieldErrors, field: &str, v: Decimal) -> Option<Fixed> {
    match Fixed::from_decimal(v) {
        Ok(f) if f >= Fixed::ZERO => Some(f),
        Ok(_) => {
            errs.push(field, crate::error::Said::not_negative());
            None
        }
        Err(e) => {
            errs.push(field, e.said());
            None
        }
    }
}

/// "`what` is outside the plan (start-end)": a year or biennium beyond the plan's years.
pub fn outside_the_plan(what: String, start: i32, end: i32) -> Reason {
    Said::new(
        "said-outside-the-plan",
        [
            ("what", what.into()),
            ("start", start.to_string().into()),
            ("end", end.to_string().into()),
        ],
    )
    .into()
}

/// "must be between `low` and `high`".
pub fn between(low: i64, high: i64) -> Reason {
    Said::new("said-between", [("low", low.into()), ("high", high.into())]).into()
}

/// Records "must be one of …" against `field` unless `value` is one of `words`.
pub fn one_of(errs: &mut FieldErrors, field: &str, value: &str, words: &[&str]) {
    if !words.contains(&value) {
        errs.push(field, crate::error::Said::one_of(words));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_check_names_its_field_and_keeps_the_order_of_the_calls() {
        let mut errs = FieldErrors::default();
        require(&mut errs, &[("code", true), ("name", false), ("year", true)]);
        assert_eq!(non_negative(&mut errs, "amount", Decimal::new(-1, 0)), None);
        assert_eq!(
            non_negative(&mut errs, "budget", Decimal::new(25, 1)),
            Fixed::from_decimal(Decimal::new(25, 1)).ok()
        );
        one_of(&mut errs, "status", "open", &["open", "closed"]);
        one_of(&mut errs, "kind", "other", &["revenue", "expense"]);
        let named: Vec<(&str, &str)> = errs.0.iter().map(|e| (e.field.as_str(), e.reason.as_str())).collect();
        assert_eq!(
            named,
            [
                ("code", "is required"),
                ("year", "is required"),
                ("amount", "must not be negative"),
                ("kind", "must be one of revenue, expense"),
            ]
        );
    }
}
