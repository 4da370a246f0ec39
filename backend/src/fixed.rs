//! Exact decimals in the database: [`Fixed`] holds a value × 10⁴ in a BIGINT.
//!
//! sea-orm maps `Decimal` to REAL on SQLite and reads it back through f64, which loses digits and makes
//! sums drift. A scaled integer is exact on both SQLite and PostgreSQL and `SUM` works in SQL, so every
//! indicator value and every amount goes through this one type.

use rust_decimal::Decimal;
use sea_orm::DeriveValueType;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use crate::error::{Said, SaidArg};

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

impl FixedError {
    /// The same reason as a message of the interface (its English is the text above, word for word).
    pub fn said(&self) -> Said {
        match self {
            FixedError::TooPrecise => Said::new("said-fixed-too-precise", [("places", i64::from(SCALE).into())]),
            FixedError::TooLarge => Said::new("said-fixed-too-large", []),
            FixedError::NotANumber => Said::new("said-fixed-not-a-number", []),
        }
    }
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

/// A JSON string is read by [`parse_number`]; a JSON number by its shortest decimal text, so `0.1`
/// is 0.1 and not the nearest binary fraction.
impl<'de> Deserialize<'de> for Fixed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Number;
        impl serde::de::Visitor<'_> for Number {
            type Value = Fixed;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal number (a string such as \"1234.5\" or a JSON number)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Fixed, E> {
                parse_number(v).map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Fixed, E> {
                Fixed::from_decimal(Decimal::from(v)).map_err(|e| E::custom(format!("`{v}` {e}")))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Fixed, E> {
                Fixed::from_decimal(Decimal::from(v)).map_err(|e| E::custom(format!("`{v}` {e}")))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Fixed, E> {
                parse_number(&v.to_string()).map_err(E::custom)
            }
        }
        d.deserialize_any(Number)
    }
}

/// The one reading of a number that a person or a file enters: the API (JSON strings and numbers),
/// the pages' forms, CSV and workbook imports, seed files and the command line all come here, so the
/// same text is the same figure, or the same refusal, everywhere.
///
/// Plain digits with an optional sign and a dot for decimals, at most four decimal places. Nothing is
/// reinterpreted: a decimal comma (`12,5`), a thousands separator (`1,234.5`, `1 234`), a unit sign
/// (`50%`, `CHF 100`) or text (`N/A`) is refused with a reason that says which, and what to type
/// instead; never read as another number (`12,5` as 125).
pub fn parse_number(text: &str) -> Result<Fixed, Said> {
    let t = text.trim();
    let e = match Fixed::parse(t) {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    let typed = || ("typed", SaidArg::from(t));
    if t.is_empty() {
        return Err(Said::new("num-empty", []));
    }
    match e {
        FixedError::TooPrecise => {
            return Err(Said::new(
                "num-too-precise",
                [typed(), ("places", i64::from(SCALE).into())],
            ));
        }
        FixedError::TooLarge => return Err(Said::new("num-too-large", [typed()])),
        FixedError::NotANumber => {}
    }
    let unit_signs = ['%', '$', '€', '£', '¥', '‰'];
    let has_unit = t.contains(unit_signs) || t.to_ascii_uppercase().contains("CHF");
    let digits_only: String = t
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | ','))
        .collect();
    if has_unit && Fixed::parse(&digits_only).is_ok() {
        return Err(Said::new("num-unit", [typed(), ("number", digits_only.into())]));
    }
    let write = |key: &'static str, plain: &'static str, from: &str| match suggestion(from) {
        Some(instead) => Said::new(key, [typed(), ("instead", instead.into())]),
        None => Said::new(plain, [typed()]),
    };
    if t.chars().any(|c| c.is_whitespace() || c == '\'' || c == '\u{2019}') {
        let joined: String = t
            .chars()
            .filter(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | ','))
            .collect();
        return Err(write("num-separator", "num-separator-plain", &joined));
    }
    if t.contains(',') {
        return Err(write("num-comma", "num-comma-plain", t));
    }
    Err(Said::new("num-not-a-number", [typed()]))
}

/// What to type instead of a number with commas: a lone comma between digits and no dot is read as a
/// decimal comma (`12,5` → `12.5`), any other comma as a thousands separator (`1,234.5` → `1234.5`);
/// `None` when neither gives a number. Only a suggestion in a refusal, never applied.
fn suggestion(t: &str) -> Option<String> {
    let one_comma = t.matches(',').count() == 1 && !t.contains('.');
    let s = if one_comma {
        t.replace(',', ".")
    } else {
        t.replace(',', "")
    };
    Fixed::parse(&s).is_ok().then_some(s)
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

    /// The same bad inputs, through every way a number comes in, are refused with the same reason.
    #[test]
    fn every_entry_point_refuses_the_same_text_for_the_same_reason() {
        let cases: [(&str, &str); 8] = [
            (
                "12,5",
                "has a comma; decimal commas are not accepted, nor are thousands separators: write 12.5",
            ),
            ("1,5", "write 1.5"),
            ("1,234.5", "write 1234.5"),
            ("1 234,5", "thousands separators are not accepted"),
            ("1\u{a0}234", "thousands separators are not accepted: write 1234"),
            (
                "50%",
                "has a unit sign; units are not accepted: enter the number alone (50)",
            ),
            ("CHF 100", "has a unit sign"),
            ("N/A", "is not a number"),
        ];
        for (text, reason) in cases {
            let said = parse_number(text).unwrap_err();
            let direct = said.english();
            assert!(direct.contains(reason), "{text}: {direct}");
            let json = serde_json::from_str::<Fixed>(&serde_json::to_string(text).unwrap()).unwrap_err();
            assert!(json.to_string().contains(&direct), "{text} as JSON: {json}");
            match crate::pages::forms::decimal("amount", text) {
                Err(crate::error::AppError::Invalid(e)) => {
                    assert_eq!((e[0].field.as_str(), &e[0].reason), ("amount", &direct));
                    assert_eq!(e[0].said.as_ref(), Some(&said), "a form's refusal can be translated");
                }
                other => panic!("{text} in a form: {other:?}"),
            }
            let cell = crate::models::measurements::entry::parse_decimal(text).unwrap_err();
            assert_eq!(cell, said, "{text} in a CSV cell");
        }
        assert_eq!(parse_number(" -12.5 "), Ok(Fixed(-125_000)));
        assert_eq!(serde_json::from_str::<Fixed>("0.1").unwrap(), Fixed(1000));
        assert_eq!(serde_json::from_str::<Fixed>("-3").unwrap(), Fixed(-30_000));
    }

    #[test]
    fn a_refused_number_is_said_in_the_readers_language_with_what_was_typed() {
        use stratrack_i18n::Lang;
        let comma = parse_number("12,5").unwrap_err();
        assert_eq!(
            comma.english(),
            "`12,5` has a comma; decimal commas are not accepted, nor are thousands separators: write 12.5"
        );
        let fr = comma.text(Lang::Fr);
        assert!(
            fr.contains("virgule") && fr.contains("`12,5`") && fr.ends_with("12.5"),
            "{fr}"
        );
        let ar = comma.text(Lang::Ar);
        assert!(ar.contains("فاصلة") && ar.contains("12.5"), "{ar}");
        // No suggestion to make: the message says what to type instead, in the language.
        let plain = parse_number("1,2,3,x").unwrap_err();
        assert_eq!(plain.key(), "num-comma-plain");
        assert!(
            plain.text(Lang::Es).contains("cifras con punto"),
            "{}",
            plain.text(Lang::Es)
        );
        let precise = parse_number("1.23456").unwrap_err();
        assert_eq!(precise.english(), "`1.23456` has more than 4 decimal places");
        assert_eq!(precise.text(Lang::Zh), "`1.23456` 的小数位超过 4 位");
        assert_eq!(
            parse_number("  ").unwrap_err().text(Lang::Ru),
            "не заполнено: введите число (цифры с точкой, например 1234.5)"
        );
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
