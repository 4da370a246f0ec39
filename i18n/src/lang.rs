//! The six languages, their codes, writing direction and names, and the choice among them from an
//! `Accept-Language` header.

/// One of the six official languages. The order of [`Lang::ALL`] is that of the codes (ar, en, es,
/// fr, ru, zh), the order the language switch lists them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Arabic, written right to left.
    Ar,
    /// English: the source text and the fallback of every other language.
    #[default]
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Chinese (simplified script, as the UN uses).
    Zh,
}

impl Lang {
    /// Every language, in the order of their codes.
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::En, Lang::Es, Lang::Fr, Lang::Ru, Lang::Zh];

    /// The BCP 47 code, as in `<html lang>`, the cookie and the stored preference: `ar`, `en`, `es`,
    /// `fr`, `ru`, `zh`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
        }
    }

    /// The language of a stored or submitted code (exactly one of the six codes, lower case); `None`
    /// for anything else.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The writing direction, as in `<html dir>`: `rtl` for Arabic, `ltr` for the others.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's name in itself, as the language switch shows it (a reader finds their own
    /// language whatever the page's language is).
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Zh => "中文",
        }
    }
}

/// The language an `Accept-Language` header asks for among the six: the first by quality (ties keep
/// the header's order) whose primary subtag is one of the codes, so `fr-CH` is French and
/// `zh-Hans-CN` Chinese. `None` when it names none of them (the caller falls back to English).
pub fn negotiate(accept_language: &str) -> Option<Lang> {
    let mut asked: Vec<(u16, usize, Lang)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(quality))
                .unwrap_or(Some(1000))?;
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            let lang = Lang::parse(&primary)?;
            (quality > 0).then_some((quality, i, lang))
        })
        .collect();
    asked.sort_by_key(|(q, i, _)| (std::cmp::Reverse(*q), *i));
    asked.first().map(|(_, _, l)| *l)
}

/// A quality value (`0` to `1` with at most three decimals) in thousandths; `None` when malformed.
fn quality(text: &str) -> Option<u16> {
    let (whole, frac) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = whole.parse().ok()?;
    let frac: u16 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<3}").parse().ok()?
    };
    let q = whole * 1000 + frac;
    (q <= 1000).then_some(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regional_or_script_tag_chooses_its_language() {
        assert_eq!(negotiate("fr-CH"), Some(Lang::Fr));
        assert_eq!(negotiate("zh-Hans-CN,zh;q=0.9"), Some(Lang::Zh));
        assert_eq!(negotiate("ar-EG"), Some(Lang::Ar));
        assert_eq!(negotiate("RU"), Some(Lang::Ru));
        assert_eq!(negotiate("es_419"), Some(Lang::Es));
    }

    #[test]
    fn the_highest_quality_among_the_six_wins_and_others_are_skipped() {
        assert_eq!(negotiate("de-DE,de;q=0.9,fr;q=0.5,en;q=0.8"), Some(Lang::En));
        assert_eq!(negotiate("de, ru;q=0.4"), Some(Lang::Ru));
        assert_eq!(negotiate("en;q=0.5, es;q=0.5"), Some(Lang::En));
        assert_eq!(negotiate("es;q=0.5, en;q=0.5"), Some(Lang::Es));
        assert_eq!(negotiate("fr;q=0, en;q=0.1"), Some(Lang::En));
    }

    #[test]
    fn a_header_naming_none_of_the_six_chooses_nothing() {
        assert_eq!(negotiate("de-DE, ja"), None);
        assert_eq!(negotiate(""), None);
        assert_eq!(negotiate("*"), None);
        assert_eq!(negotiate("fr;q=abc"), None);
        assert_eq!(negotiate("fr;q=0"), None);
    }

    #[test]
    fn every_code_parses_back_to_its_language() {
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.code()), Some(l));
        }
        assert_eq!(Lang::parse("EN"), None);
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert!(Lang::ALL.iter().filter(|l| **l != Lang::Ar).all(|l| l.dir() == "ltr"));
    }
}
