//! Numbers and dates in the report's language (report form [`crate::input::FORM_CONTENT`] and later), by
//! the CLDR conventions of each language: decimal separator, grouping separator and sizes (ICU4X's
//! `icu_decimal` with its compiled CLDR data, nothing read at run time), the percent pattern and the
//! long date. The values stay exact decimals: they are rounded for display before they get here, and
//! formatted from their exact digits (no float on the way).
//!
//! Which conventions apply is a thread's setting, like the report's words ([`crate::words::with`]): the
//! formatting functions of [`crate::format`] are called from every table, chart and section, and would
//! otherwise all take the language as a parameter. Outside [`with`] (English, and every run frozen
//! before form 4) numbers are written as they always were: `12,345.6`, `83%`, `2029-02-14`.
//!
//! Arabic: Latin digits (CLDR `ar-u-nu-latn`), as the United Nations' Arabic documents print their
//! figures, as the workbook's numbers appear in any spreadsheet, and as the charts' bundled faces draw
//! them; the CLDR default numbering of `ar` (Arabic-Indic digits) is one locale keyword away
//! ([`locale_of`]). The bidirectional marks CLDR puts around the Arabic percent sign are left out: in a
//! right-to-left line the sign stays with its number by the Unicode bidirectional rules (W5), and the
//! charts' painter has no glyph for the marks.

use std::cell::Cell;

use chrono::{Datelike, NaiveDate};
use icu_decimal::input::{Decimal as IcuDecimal, SignDisplay};
use icu_decimal::{DecimalFormatter, options::DecimalFormatterOptions};
use icu_locale_core::Locale;
use rust_decimal::Decimal;
use stratrack_i18n::Lang;

thread_local! {
    static CURRENT: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Runs `build` with numbers and dates written in `lang`'s conventions on this thread (`None`: as
/// reports always wrote them, dot decimals and comma grouping).
pub fn with<T>(lang: Option<Lang>, build: impl FnOnce() -> T) -> T {
    let before = CURRENT.replace(lang);
    let out = build();
    CURRENT.set(before);
    out
}

/// The language whose conventions numbers are written in on this thread, if any.
pub fn current() -> Option<Lang> {
    CURRENT.get()
}

/// The CLDR locale the numbers of a report in `lang` are formatted for (Arabic with Latin digits).
pub fn locale_of(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "ar-u-nu-latn",
        Lang::En => "en",
        Lang::Es => "es",
        Lang::Fr => "fr",
        Lang::Ru => "ru",
        Lang::Zh => "zh",
    }
}

fn formatter(lang: Lang) -> &'static DecimalFormatter {
    use std::sync::OnceLock;
    static FORMATTERS: [OnceLock<DecimalFormatter>; 6] = [const { OnceLock::new() }; 6];
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(1);
    FORMATTERS[i].get_or_init(|| {
        let locale: Locale = locale_of(lang).parse().unwrap_or(Locale::UNKNOWN);
        DecimalFormatter::try_new((&locale).into(), DecimalFormatterOptions::default())
            .or_else(|_| DecimalFormatter::try_new(Default::default(), DecimalFormatterOptions::default()))
            .expect("the root locale's symbols are compiled in")
    })
}

/// `plain` (a number written with a dot decimal and no grouping, `-12345.60`) in `lang`'s conventions,
/// every digit kept (`-12 345,60` in French); `signed` writes `+` before a positive number.
pub fn number(lang: Lang, plain: &str, signed: bool) -> String {
    let Ok(mut d) = plain.parse::<IcuDecimal>() else {
        return plain.to_owned();
    };
    if signed {
        d.apply_sign_display(SignDisplay::ExceptZero);
    }
    formatter(lang).format(&d).to_string()
}

/// An exact decimal in `lang`'s conventions, as it stands (round it first).
pub fn decimal(lang: Lang, d: Decimal) -> String {
    number(lang, &d.normalize().to_string(), false)
}

/// A percentage already multiplied by 100 and written in `lang` (`83` → `83 %` in French, with the
/// narrow no-break space of CLDR's French pattern; `83 %` with a no-break space in Spanish and Russian;
/// `83%` in Arabic and Chinese).
pub fn percent(lang: Lang, formatted: &str) -> String {
    match lang {
        Lang::Fr => format!("{formatted}\u{202f}%"),
        Lang::Es | Lang::Ru => format!("{formatted}\u{a0}%"),
        Lang::Ar | Lang::En | Lang::Zh => format!("{formatted}%"),
    }
}

/// An amount in Swiss francs written in `lang` (CLDR currency patterns: the code after the number in
/// French, Spanish, Russian and Arabic, before it in English and Chinese).
pub fn chf(lang: Lang, formatted: &str) -> String {
    match lang {
        Lang::Fr | Lang::Es | Lang::Ru | Lang::Ar => format!("{formatted}\u{a0}CHF"),
        Lang::En | Lang::Zh => format!("CHF\u{a0}{formatted}"),
    }
}

/// A day as CLDR's long date of `lang` (`14 février 2029`, `14 de febrero de 2029`, `14 февраля 2029 г.`,
/// `2029年2月14日`, `14 فبراير 2029`; English `14 February 2029`).
pub fn long_date(lang: Lang, d: NaiveDate) -> String {
    let (day, month, year) = (d.day(), d.month0() as usize, d.year());
    match lang {
        Lang::En => format!("{day} {} {year}", EN_MONTHS[month]),
        Lang::Fr => format!("{day} {} {year}", FR_MONTHS[month]),
        Lang::Es => format!("{day} de {} de {year}", ES_MONTHS[month]),
        Lang::Ru => format!("{day} {} {year}\u{a0}г.", RU_MONTHS[month]),
        Lang::Zh => format!("{year}年{}月{day}日", month + 1),
        Lang::Ar => format!("{day} {} {year}", AR_MONTHS[month]),
    }
}

// Month names of the Gregorian calendar, CLDR 46 "format wide" forms (Russian in the genitive, as a
// date says them).
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const ES_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const RU_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_a_number_by_its_cldr_conventions() {
        let n = "-12345.6";
        assert_eq!(number(Lang::En, n, false), "-12,345.6");
        assert_eq!(number(Lang::Fr, n, false), "-12\u{202f}345,6");
        assert_eq!(number(Lang::Ru, n, false), "-12\u{a0}345,6");
        assert_eq!(number(Lang::Es, n, false), "-12.345,6");
        assert_eq!(
            number(Lang::Es, "1234.5", false),
            "1234,5",
            "Spanish groups from five digits"
        );
        assert_eq!(number(Lang::Zh, n, false), "-12,345.6");
        assert_eq!(number(Lang::Ar, "12345.6", false), "12,345.6");
        assert_eq!(
            number(Lang::Fr, "0.50", true),
            "+0,50",
            "every digit kept, sign asked for"
        );
    }

    #[test]
    fn a_percentage_and_a_date_follow_the_language() {
        assert_eq!(percent(Lang::Fr, "83"), "83\u{202f}%");
        assert_eq!(percent(Lang::Zh, "83"), "83%");
        let d = NaiveDate::from_ymd_opt(2029, 2, 14).expect("a day");
        assert_eq!(long_date(Lang::Fr, d), "14 février 2029");
        assert_eq!(long_date(Lang::Ru, d), "14 февраля 2029\u{a0}г.");
        assert_eq!(long_date(Lang::Zh, d), "2029年2月14日");
        assert_eq!(long_date(Lang::Es, d), "14 de febrero de 2029");
    }
}
