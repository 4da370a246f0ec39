//! The framework's text in the other official languages (report form [`super::FORM_CONTENT`] and later):
//! the names, and definitions or descriptions, of the plan, its result nodes and indicators, the org
//! units, dimensions and dimension values, in every language they were translated into, whatever the
//! report's language. One frozen input can so be rendered in each of the six languages by changing only
//! [`super::ReportInput::language`]. English is the records' own text (the `name` fields of the input)
//! and is never held here.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use stratrack_i18n::Lang;

/// A record's text in one language; either may be empty (not translated).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalText {
    /// The name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The definition (an indicator's) or description (a node's).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub definition: String,
}

/// A record's translations, by language code (`ar`, `es`, `fr`, `ru`, `zh`).
pub type Translations = BTreeMap<String, LocalText>;

/// Every translation the report may show, by record: plan, nodes and indicators by code, org units by
/// code, dimensions by code, dimension values by `dimension/value` codes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkText {
    /// The plan's.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub plan: Translations,
    /// Each result node's, by node code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub nodes: BTreeMap<String, Translations>,
    /// Each indicator's, by indicator code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub indicators: BTreeMap<String, Translations>,
    /// Each org unit's, by unit code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub units: BTreeMap<String, Translations>,
    /// Each dimension's, by dimension code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub dimensions: BTreeMap<String, Translations>,
    /// Each dimension value's, by `dimension/value` codes (e.g. `sex/female`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, Translations>,
}

impl FrameworkText {
    /// Whether nothing is translated (the input then serialises without the field).
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// A name as the report shows it: in the report's language, or the English text standing in for a
/// missing translation (`fallback`, to be marked as English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named<'t> {
    /// The text.
    pub text: &'t str,
    /// Whether `text` is English standing in for the report's language.
    pub fallback: bool,
}

/// An input that shows the framework's names in a language: the report's ([`super::ReportInput`]) and
/// the four-year assessment's ([`super::AssessmentInput`]). Each says the text it carries, its plan's
/// English name and the language its names are shown in (its own, or English in the forms frozen before
/// names were translated); the names of the plan, a node and an indicator follow from those, one rule for
/// both.
pub trait FrameworkNames {
    /// The framework's translations the input carries.
    fn framework_text(&self) -> &FrameworkText;
    /// The plan's English name.
    fn english_plan_name(&self) -> &str;
    /// The language the framework's names are shown in.
    fn names_language(&self) -> Lang;

    /// The name of node `code` (English `english`) in [`Self::names_language`], the English name
    /// standing in (marked as a fallback) where it was not translated.
    fn node_name<'t>(&'t self, code: &str, english: &'t str) -> Named<'t> {
        name_in(self.framework_text().nodes.get(code), self.names_language(), english)
    }

    /// The name of indicator `code` (English `english`), as [`Self::node_name`].
    fn indicator_name<'t>(&'t self, code: &str, english: &'t str) -> Named<'t> {
        name_in(
            self.framework_text().indicators.get(code),
            self.names_language(),
            english,
        )
    }

    /// The plan's name in [`Self::names_language`] where it was translated, else its English name.
    fn plan_name(&self) -> &str {
        name_in(
            Some(&self.framework_text().plan),
            self.names_language(),
            self.english_plan_name(),
        )
        .text
    }
}

/// The name of a record with `translations` in `lang`, its English name being `english`. English reports
/// take the English name, unmarked.
pub fn name_in<'t>(translations: Option<&'t Translations>, lang: Lang, english: &'t str) -> Named<'t> {
    if lang == Lang::En {
        return Named {
            text: english,
            fallback: false,
        };
    }
    match translations
        .and_then(|t| t.get(lang.code()))
        .map(|t| t.name.as_str())
        .filter(|n| !n.trim().is_empty())
    {
        Some(text) => Named { text, fallback: false },
        None => Named {
            text: english,
            fallback: true,
        },
    }
}

/// The English names among `names` (each English and as shown) that stand in for a missing
/// translation, each once, in order.
pub fn standing_in<'t>(names: impl IntoIterator<Item = (&'t str, Named<'t>)>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, named) in names {
        if named.fallback && !out.iter().any(|n| n == named.text) {
            out.push(named.text.to_owned());
        }
    }
    out
}

/// The translated names among `names` (each English and as shown), by their English name.
pub fn translated<'t>(
    names: impl IntoIterator<Item = (&'t str, Named<'t>)>,
) -> std::collections::HashMap<String, String> {
    names
        .into_iter()
        .filter(|(english, named)| !named.fallback && named.text != *english)
        .map(|(english, named)| (english.to_owned(), named.text.to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_taken_in_the_language_or_marked_as_english() {
        let mut t = Translations::new();
        t.insert(
            "fr".into(),
            LocalText {
                name: "Connectivité universelle".into(),
                definition: String::new(),
            },
        );
        let fr = name_in(Some(&t), Lang::Fr, "Universal connectivity");
        assert_eq!((fr.text, fr.fallback), ("Connectivité universelle", false));
        let ar = name_in(Some(&t), Lang::Ar, "Universal connectivity");
        assert_eq!((ar.text, ar.fallback), ("Universal connectivity", true));
        let en = name_in(Some(&t), Lang::En, "Universal connectivity");
        assert!(!en.fallback, "English is never marked");
    }
}
