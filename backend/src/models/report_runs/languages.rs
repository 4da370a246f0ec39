//! The languages one report run holds, and where each language's files live in it.
//!
//! A run freezes its input once; each language's files are rendered from that same input with only its
//! `language` changed. The first language (the one the snapshot is written in) keeps the layout every
//! run has always had: its files at the run's root. Each further language's files sit under `{code}/`
//! (`ar/report.html`, `ar/manifest.json`, `ar/charts/…`), each folder a whole report with its own
//! manifest, so a run frozen before (one language, at the root) reads and verifies exactly as it did.
//! The list is stored on the run (`report_runs.languages`, comma-separated, in order).

use crate::error::{FieldError, Said};
use stratrack_i18n::Lang;

/// The six codes a report can be written in, as its refusals name them.
const SIX: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// The languages of a run: at least one, none twice, the first at the run's root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunLanguages(Vec<Lang>);

impl Default for RunLanguages {
    fn default() -> Self {
        RunLanguages(vec![Lang::En])
    }
}

impl RunLanguages {
    /// One language.
    pub fn one(lang: Lang) -> Self {
        RunLanguages(vec![lang])
    }

    /// The languages a request gives: `language` (one code, the form kept for clients written before
    /// runs held several) or `languages` (a list), English when neither. Both at once, an empty list, a
    /// code not one of the six or a code given twice is said in `errs`, naming the field, and English
    /// is returned.
    pub fn checked(language: Option<&str>, languages: Option<&[String]>, errs: &mut Vec<FieldError>) -> Self {
        let mut refuse = |field: &str, reason: crate::error::Reason| {
            errs.push(FieldError::new(field, reason));
            Self::default()
        };
        let parse = |code: &str| Lang::parse(code.trim()).ok_or_else(|| Said::not_one_of(code, &SIX).into());
        match (language, languages) {
            (Some(_), Some(_)) => refuse("languages", Said::new("said-language-or-languages", []).into()),
            (None, None) => Self::default(),
            (Some(code), None) => parse(code).map_or_else(|e| refuse("language", e), Self::one),
            (None, Some([])) => refuse(
                "languages",
                Said::new("said-at-least-one-of", [("words", SIX.join(", ").into())]).into(),
            ),
            (None, Some(codes)) => {
                let mut langs = Vec::with_capacity(codes.len());
                for code in codes {
                    match parse(code) {
                        Err(e) => return refuse("languages", e),
                        Ok(l) if langs.contains(&l) => {
                            return refuse(
                                "languages",
                                Said::new("said-code-given-twice", [("code", l.code().into())]).into(),
                            );
                        }
                        Ok(l) => langs.push(l),
                    }
                }
                RunLanguages(langs)
            }
        }
    }

    /// The languages stored on a run (`ar,en`); a code the product does not know is skipped, and a run
    /// that names none is English, as every run frozen before runs said their language.
    pub fn stored(text: &str) -> Self {
        let langs: Vec<Lang> = text.split(',').filter_map(|c| Lang::parse(c.trim())).collect();
        if langs.is_empty() {
            Self::default()
        } else {
            RunLanguages(langs)
        }
    }

    /// As stored on the run: codes, comma-separated, in order.
    pub fn to_stored(&self) -> String {
        self.codes().collect::<Vec<_>>().join(",")
    }

    /// The codes, in order.
    pub fn codes(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().map(|l| l.code())
    }

    /// The first language: the snapshot's, its files at the root.
    pub fn primary(&self) -> Lang {
        self.0[0]
    }

    /// The languages after the first, whose files sit in folders.
    pub fn others(&self) -> impl Iterator<Item = Lang> + '_ {
        self.0.iter().skip(1).copied()
    }

    /// Every language with the folder its files live in (`""` for the first, `"ar/"` …), in order.
    pub fn folders(&self) -> impl Iterator<Item = (Lang, String)> + '_ {
        self.0.iter().enumerate().map(|(i, l)| {
            (
                *l,
                if i == 0 {
                    String::new()
                } else {
                    format!("{}/", l.code())
                },
            )
        })
    }

    /// The folder of `lang`'s files in the run, if the run holds it.
    pub fn folder(&self, lang: Lang) -> Option<String> {
        self.folders().find(|(l, _)| *l == lang).map(|(_, f)| f)
    }

    /// Whether `path` (of a run's file) belongs to the language whose folder is `folder`: under it for a
    /// further language; for the first, at the root or in a folder that is not another language's.
    pub fn holds(&self, folder: &str, path: &str) -> bool {
        if folder.is_empty() {
            !self.folders().skip(1).any(|(_, f)| path.starts_with(&f))
        } else {
            path.starts_with(folder)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(language: Option<&str>, languages: Option<&[&str]>) -> Result<String, String> {
        let list: Option<Vec<String>> = languages.map(|l| l.iter().map(|c| (*c).to_owned()).collect());
        let mut errs = Vec::new();
        let langs = RunLanguages::checked(language, list.as_deref(), &mut errs);
        match errs.first() {
            Some(e) => Err(e.field.clone()),
            None => Ok(langs.to_stored()),
        }
    }

    #[test]
    fn a_run_is_english_unless_asked_and_keeps_the_order_given() {
        assert_eq!(check(None, None), Ok("en".into()));
        assert_eq!(check(Some("ar"), None), Ok("ar".into()));
        assert_eq!(check(None, Some(&["en", "ar", "zh"])), Ok("en,ar,zh".into()));
        assert_eq!(check(None, Some(&["zh", "en"])), Ok("zh,en".into()));
    }

    #[test]
    fn a_bad_list_is_refused_naming_the_field() {
        assert_eq!(check(None, Some(&["en", "en"])), Err("languages".into()));
        assert_eq!(check(None, Some(&["en", "de"])), Err("languages".into()));
        assert_eq!(check(None, Some(&[])), Err("languages".into()));
        assert_eq!(check(Some("en"), Some(&["ar"])), Err("languages".into()));
        assert_eq!(check(Some("xx"), None), Err("language".into()));
    }

    #[test]
    fn each_language_has_its_folder_and_its_files() {
        let langs = RunLanguages::stored("en,ar,zh");
        assert_eq!(langs.folder(Lang::En).as_deref(), Some(""));
        assert_eq!(langs.folder(Lang::Zh).as_deref(), Some("zh/"));
        assert_eq!(langs.folder(Lang::Fr), None);
        assert!(langs.holds("", "charts/status.svg"));
        assert!(!langs.holds("", "ar/report.html"));
        assert!(langs.holds("ar/", "ar/report.html"));
        assert_eq!(RunLanguages::stored(""), RunLanguages::default());
    }
}
