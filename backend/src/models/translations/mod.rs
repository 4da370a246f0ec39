//! Framework text in the other official languages (issue 17.3): the name, and the definition (an
//! indicator's) or description (a node's), of a plan, result node, indicator, org unit, dimension or
//! dimension value in Arabic, Chinese, French, Russian or Spanish.
//!
//! English is the entity's own text and is never stored here; a text missing in the reader's language is
//! shown in English with [`Resolved::fallback`] set, so the page can mark it. [`read`] finds a subject and
//! resolves texts, [`write`] sets and clears a translation (the office, audited, at a version).
//! The choices are written in `docs/I18N.md`.

pub mod read;
pub mod subject;
pub mod write;

pub use read::{Lookup, of_subject, resolve};
pub use subject::{Found, Kind, Subject};
pub use write::{PutTranslation, put, put_all, put_in};

use serde::Serialize;
use stratrack_i18n::Lang;

/// A text as shown to a reader: in their language, or in English when it was not translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The text.
    pub text: String,
    /// The language it is in: the reader's, or English.
    pub lang: Lang,
    /// Whether the reader asked for another language and the English text stands in for it.
    pub fallback: bool,
}

impl Resolved {
    /// The text `translated` in `lang` if there is one (not blank), else `english`, marked as a fallback
    /// unless the reader reads English.
    pub fn pick(english: &str, translated: Option<&str>, lang: Lang) -> Self {
        match translated.filter(|t| !t.trim().is_empty()) {
            Some(t) if lang != Lang::En => Resolved {
                text: t.to_owned(),
                lang,
                fallback: false,
            },
            _ => Resolved {
                text: english.to_owned(),
                lang: Lang::En,
                fallback: lang != Lang::En,
            },
        }
    }

    /// English text as it is, for an English reader (no mark).
    pub fn english(text: &str) -> Self {
        Resolved::pick(text, None, Lang::En)
    }
}

/// An entity's name and (for nodes and indicators) definition in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    /// The language asked for.
    pub lang: Lang,
    /// The name.
    pub name: Resolved,
    /// The definition or description, for the kinds that have one.
    pub definition: Option<Resolved>,
}

/// The languages a translation may be in: every official language but English.
pub fn languages() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|l| *l != Lang::En)
}

/// A record's text in the language the request asked for (`Accept-Language`), beside its English
/// fields; absent when English was asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct LocalizedView {
    /// The language asked for.
    pub lang: String,
    /// The name in that language, or the English name where it has not been translated.
    pub name: String,
    /// Whether `name` is the English name standing in for a missing translation.
    pub name_in_english: bool,
    /// The definition or description likewise (nodes and indicators only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    /// Whether `definition` is the English text standing in for a missing translation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definition_in_english: Option<bool>,
}

impl From<Localized> for LocalizedView {
    fn from(l: Localized) -> Self {
        LocalizedView {
            lang: l.lang.code().to_owned(),
            name: l.name.text,
            name_in_english: l.name.fallback,
            definition_in_english: l.definition.as_ref().map(|d| d.fallback),
            definition: l.definition.map(|d| d.text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translated_text_is_shown_in_the_readers_language_unmarked() {
        let r = Resolved::pick("Connect", Some("Connecter"), Lang::Fr);
        assert_eq!((r.text.as_str(), r.lang, r.fallback), ("Connecter", Lang::Fr, false));
    }

    #[test]
    fn a_missing_or_blank_translation_falls_back_to_english_marked() {
        for missing in [None, Some(""), Some("  ")] {
            let r = Resolved::pick("Connect", missing, Lang::Ar);
            assert_eq!((r.text.as_str(), r.lang, r.fallback), ("Connect", Lang::En, true));
        }
    }

    #[test]
    fn an_english_reader_sees_the_english_text_unmarked_even_if_a_translation_exists() {
        let r = Resolved::pick("Connect", Some("Connecter"), Lang::En);
        assert_eq!((r.text.as_str(), r.lang, r.fallback), ("Connect", Lang::En, false));
    }

    #[test]
    fn translations_are_in_the_five_languages_other_than_english() {
        let codes: Vec<&str> = languages().map(|l| l.code()).collect();
        assert_eq!(codes, ["ar", "es", "fr", "ru", "zh"]);
    }
}
