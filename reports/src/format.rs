//! Number formatting shared by tables, charts and the HTML page: exact decimals, thousands
//! separators, units. In a report of form 4 and later in another language than English, numbers,
//! percentages, amounts and dates follow that language's CLDR conventions ([`locale`]).

pub mod locale;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::input::IndicatorUnit;

/// Decimal places kept for derived figures (expected value, progress, means) in tables.
pub const DERIVED_DP: u32 = 4;

/// The exact value as plain text: dot decimal, no trailing zeros, no `-0`.
pub fn plain(d: Decimal) -> String {
    d.normalize().to_string()
}

/// The exact value for readers: as [`plain`], or in the report's language's conventions (form 4 and later:
/// `12 345,5` in French).
pub fn exact(d: Decimal) -> String {
    match locale::current() {
        Some(lang) => locale::decimal(lang, d),
        None => plain(d),
    }
}

/// Rounds half away from zero to at most `dp` places and drops trailing zeros.
pub fn round(d: Decimal, dp: u32) -> Decimal {
    d.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

/// A derived figure for tables: rounded to [`DERIVED_DP`] places, plain text.
pub fn derived(d: Decimal) -> String {
    plain(round(d, DERIVED_DP))
}

/// Rounds to at most `dp` places and groups thousands with commas: `12,345.6`.
pub fn grouped(d: Decimal, dp: u32) -> String {
    group_thousands(&plain(round(d, dp)))
}

/// A number already written with a dot decimal (`-12345.6`), its whole part grouped with commas
/// (`-12,345.6`): the one grouping of tables, the page and chart labels.
pub fn group_thousands(s: &str) -> String {
    if let Some(lang) = locale::current() {
        return locale::number(lang, s, false);
    }
    let (sign, digits) = s.strip_prefix('-').map_or(("", s), |rest| ("-", rest));
    let (int, frac) = digits.split_once('.').map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(s.len() + int.len() / 3);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// An amount in CHF thousands, exact to the franc: `12,345.678`.
pub fn chf_k(d: Decimal) -> String {
    grouped(d, 3)
}

/// A fraction as a whole percentage: `0.834` → `83%`.
pub fn percent(fraction: Decimal) -> String {
    with_percent_sign(grouped(fraction * Decimal::ONE_HUNDRED, 0))
}

/// A figure already formatted, followed by the percent sign as the report's language writes it.
pub fn with_percent_sign(figure: String) -> String {
    match locale::current() {
        Some(lang) => locale::percent(lang, &figure),
        None => format!("{figure}%"),
    }
}

/// A figure already formatted, as an amount in Swiss francs (`CHF 1,200`; `1 200 CHF` in French).
fn in_chf(figure: &str) -> String {
    match locale::current() {
        Some(lang) => locale::chf(lang, figure),
        None => format!("CHF {figure}"),
    }
}

/// A moment in prose: `2029-02-14 09:30 UTC`, or the day as the long date of the report's language (form 4
/// and later) and the time.
pub fn moment(t: chrono::DateTime<chrono::Utc>) -> String {
    match locale::current() {
        Some(lang) => format!("{} {} UTC", locale::long_date(lang, t.date_naive()), t.format("%H:%M")),
        None => t.format("%Y-%m-%d %H:%M UTC").to_string(),
    }
}

/// A day in tables and prose: `2029-02-14`, or the long date of the report's language (form 4 and later).
pub fn date(d: chrono::NaiveDate) -> String {
    match locale::current() {
        Some(lang) => locale::long_date(lang, d),
        None => d.format("%Y-%m-%d").to_string(),
    }
}

/// The short unit label used on axes and after values.
pub fn unit_label(unit: IndicatorUnit) -> &'static str {
    match unit {
        IndicatorUnit::Percent => "%",
        IndicatorUnit::Count => "count",
        IndicatorUnit::Chf => "CHF",
        IndicatorUnit::Ratio => "ratio",
        IndicatorUnit::YesNo => "yes = 1, no = 0",
        IndicatorUnit::Index => "index",
    }
}

/// The machine name of a unit, as in CSV.
pub fn unit_name(unit: IndicatorUnit) -> &'static str {
    match unit {
        IndicatorUnit::Percent => "percent",
        IndicatorUnit::Count => "count",
        IndicatorUnit::Chf => "chf",
        IndicatorUnit::Ratio => "ratio",
        IndicatorUnit::YesNo => "yes_no",
        IndicatorUnit::Index => "index",
    }
}

/// An indicator value for readers, with its unit: `45.5%`, `CHF 1,200`, `1,234`, `yes`.
pub fn value(d: Decimal, unit: IndicatorUnit) -> String {
    match unit {
        IndicatorUnit::Percent => with_percent_sign(grouped(d, 2)),
        IndicatorUnit::Chf => in_chf(&grouped(d, 0)),
        IndicatorUnit::YesNo if d.is_zero() => yes_no("report-no", "no"),
        IndicatorUnit::YesNo => yes_no("report-yes", "yes"),
        IndicatorUnit::Count => grouped(d, 2),
        IndicatorUnit::Ratio | IndicatorUnit::Index => grouped(d, 3),
    }
}

/// "yes" or "no" for a yes/no indicator: in the report's language where numbers are (form 4 and later).
fn yes_no(key: &str, english: &str) -> String {
    match locale::current() {
        Some(_) => crate::words::current().t(key, english),
        None => english.to_owned(),
    }
}

/// A change of an indicator's value for readers, signed and rounded like [`value`]: `+0.8 pp` for a
/// percentage (percentage points, not a percent of the value), `-2`, `+CHF 1,200`; `0` without a sign
/// when it rounds to nothing.
pub fn change(d: Decimal, unit: IndicatorUnit) -> String {
    let (dp, before, after) = match unit {
        IndicatorUnit::Percent => (2, "", " pp"),
        IndicatorUnit::Chf => (0, "CHF ", ""),
        IndicatorUnit::YesNo => (0, "", ""),
        IndicatorUnit::Count => (2, "", ""),
        IndicatorUnit::Ratio | IndicatorUnit::Index => (3, "", ""),
    };
    if let Some(lang) = locale::current() {
        let signed = locale::number(lang, &plain(round(d, dp)), true);
        return match unit {
            IndicatorUnit::Chf => in_chf(&signed),
            _ => format!("{signed}{after}"),
        };
    }
    let size = grouped(d.abs(), dp);
    let sign = if size == "0" {
        ""
    } else if d.is_sign_negative() {
        "-"
    } else {
        "+"
    };
    format!("{sign}{before}{size}{after}")
}

/// An optional value for readers; `–` when absent.
pub fn opt_value(d: Option<Decimal>, unit: IndicatorUnit) -> String {
    d.map_or_else(|| "–".to_owned(), |d| value(d, unit))
}

/// The value as a chart coordinate (floats live only in chart geometry).
pub fn coord(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// `n` and its noun for the report of `input`: "1 item" in the report's current form
/// ([`crate::input::ReportInput::is_current_form`]); runs frozen before said the plural whatever the
/// count ("1 items") and rebuild so.
pub fn count(input: &crate::input::ReportInput, n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    if input.is_current_form() {
        stratrack_vocab::plural::count(n, one, many)
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn plain_drops_trailing_zeros_and_negative_zero() {
        assert_eq!(plain(dec!(0.1000)), "0.1");
        assert_eq!(plain(dec!(-0.000)), "0");
        assert_eq!(plain(dec!(12345678901234.5678)), "12345678901234.5678");
        assert_eq!(plain(dec!(1200)), "1200");
    }

    #[test]
    fn grouped_inserts_thousands_separators() {
        assert_eq!(grouped(dec!(1234567.891), 2), "1,234,567.89");
        assert_eq!(grouped(dec!(-1234.5), 0), "-1,235");
        assert_eq!(grouped(dec!(999), 0), "999");
        assert_eq!(grouped(dec!(100000), 0), "100,000");
    }

    #[test]
    fn percent_and_units_read_naturally() {
        assert_eq!(percent(dec!(0.834)), "83%");
        assert_eq!(value(dec!(45.50), IndicatorUnit::Percent), "45.5%");
        assert_eq!(value(dec!(1), IndicatorUnit::YesNo), "yes");
        assert_eq!(value(dec!(2500000), IndicatorUnit::Chf), "CHF 2,500,000");
    }

    #[test]
    fn a_change_is_signed_and_a_percentage_changes_by_points() {
        assert_eq!(change(dec!(0.8), IndicatorUnit::Percent), "+0.8 pp");
        assert_eq!(change(dec!(-1234.5), IndicatorUnit::Chf), "-CHF 1,235");
        assert_eq!(change(dec!(8), IndicatorUnit::Count), "+8");
        assert_eq!(change(dec!(0.00001), IndicatorUnit::Ratio), "0");
        assert_eq!(change(Decimal::ZERO, IndicatorUnit::Percent), "0 pp");
    }
}
