//! The report's own words in its language (report form [`crate::input::FORM_LANGUAGES`] and later):
//! each call names a message of `i18n/messages/report/*.ftl` and gives the English the report has always
//! written. English is that text as it stands in the code, so English reports, and every run frozen
//! before, keep their bytes; another language takes its message file's text (English where a message
//! were missing, which the i18n tests forbid). A test checks that `en.ftl` says what the code says.
//!
//! Charts are built while [`with`] holds the report's words for the thread (like the shaping flag of
//! [`crate::charts::font`]): every layout function would otherwise take them as a parameter.

use std::cell::Cell;

use stratrack_i18n::{Arg, Lang};

use crate::input::{DataQualityEntry, DataQualityKind, IndicatorInput, ReportInput, Status, capitalised, missing_note};

/// The words of one report: its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Words {
    lang: Lang,
    /// Whether the report's content (prose, tables' headers, charts' notes) is written in its language
    /// too (form [`crate::input::FORM_CONTENT`] and later), not only its headings and chart words.
    content: bool,
    /// Whether every section of the report (its prose, tables' headers, charts' notes) is written in its
    /// language (form [`crate::input::FORM_SECTIONS`] and later), not only the goals and priorities.
    sections: bool,
}

thread_local! {
    static CURRENT: Cell<Words> = const { Cell::new(Words { lang: Lang::En, content: false, sections: false }) };
}

/// Runs `build` with `words` as the words of the charts built on this thread.
pub fn with<T>(words: Words, build: impl FnOnce() -> T) -> T {
    let before = CURRENT.replace(words);
    let out = build();
    CURRENT.set(before);
    out
}

/// The words of the charts being built (English outside [`with`]).
pub fn current() -> Words {
    CURRENT.get()
}

impl Words {
    /// Why indicator `i` has its status, in these words' language: in form [`crate::input::FORM_REASONS`] and later, in
    /// another language than English, its reasons ([`IndicatorInput::reasons`]) said in that language and
    /// joined by the report's separator; otherwise (English, runs frozen before, a reason kept only as
    /// text) the stored English `reason`.
    pub fn reason_of(self, input: &ReportInput, i: &IndicatorInput) -> Option<String> {
        if !input.is_reasons_form() || self.is_english() || i.reasons.is_empty() {
            return i.reason.clone();
        }
        let said: Vec<String> = i.reasons.iter().map(|m| m.text(self.lang())).collect();
        Some(said.join(&self.t("report-notes-separator", "; ")))
    }

    /// The detail of data-quality note `d` in these words' language when it is a missing value's note the
    /// report's builder wrote from the status rule's reasons ([`missing_note`] of the indicator's English
    /// `reason`) and the indicator kept them as messages (form [`crate::input::FORM_REASONS`] and later, another
    /// language than English); `None` for any other note.
    pub fn missing_note_of(self, input: &ReportInput, d: &DataQualityEntry) -> Option<String> {
        if !input.is_reasons_form() || self.is_english() || d.kind != DataQualityKind::Missing {
            return None;
        }
        let i = input.indicators.iter().find(|i| i.code == d.indicator_code)?;
        let english = i.reason.as_deref()?;
        if i.reasons.is_empty() || missing_note(english) != d.detail {
            return None;
        }
        let reasons = capitalised(&self.reason_of(input, i)?);
        Some(self.t_with(
            "report-dq-note-missing",
            format!("{reasons}."),
            &[("reasons", stratrack_i18n::Arg::from(&reasons))],
        ))
    }

    /// The words of a report in `lang`.
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            content: false,
            sections: false,
        }
    }

    /// The words of the report of `input`: its language, and in form [`crate::input::FORM_CONTENT`] and
    /// later its content in that language too ([`Words::body`]).
    pub fn of(input: &crate::input::ReportInput) -> Self {
        Self {
            lang: input.language,
            content: input.is_content_form(),
            sections: input.is_sections_form(),
        }
    }

    /// The words of the four-year assessment of `input`: its language, every section of it (form
    /// [`crate::input::ASSESSMENT_FORM_LANGUAGES`] and later), English as the code writes it before.
    pub fn of_assessment(input: &crate::input::AssessmentInput) -> Self {
        Self {
            lang: input.words_language(),
            content: true,
            sections: true,
        }
    }

    /// The words the workbook's headers and fixed texts, `report.pdf`'s cover and the CSV tables' row of
    /// names of the report of `input` are written in: its language in form
    /// [`crate::input::FORM_SECTIONS`] and later, English (as the code writes them) before.
    pub fn headings(input: &crate::input::ReportInput) -> Self {
        Self::new(if input.is_sections_form() {
            input.language
        } else {
            Lang::En
        })
    }

    /// The words of the text the report's tables carry as values (the reconciliation's checks, the
    /// data-quality notes the report writes), in the CSV files and the workbook alike: its language in
    /// form [`crate::input::FORM_VERSIONS`] and later, English (as the code writes them) before. Codes
    /// stay codes in every form.
    pub fn values(input: &crate::input::ReportInput) -> Self {
        Self::new(if input.is_versions_form() {
            input.language
        } else {
            Lang::En
        })
    }

    /// The detail of data-quality note `d` in these words when the report's builder wrote it
    /// ([`crate::input::DataQualityEntry::written_note`]: an earlier year's value standing in, a
    /// provisional or estimated value used); `None` for any other detail, which stays as stored.
    pub fn note_detail(self, d: &crate::input::DataQualityEntry) -> Option<String> {
        use crate::input::WrittenNote;
        let note = d.written_note()?;
        Some(match note {
            WrittenNote::Stale { year, from } => self.t_with(
                "report-dq-note-stale",
                note.english(),
                &[("year", year.into()), ("from", from.into())],
            ),
            WrittenNote::Provisional { from } => {
                self.t_with("report-dq-note-provisional", note.english(), &[("from", from.into())])
            }
            WrittenNote::Estimated { from } => {
                self.t_with("report-dq-note-estimated", note.english(), &[("from", from.into())])
            }
        })
    }

    /// The words of the report's content: its language in form [`crate::input::FORM_CONTENT`] and later,
    /// English (as runs frozen before wrote their sections' bodies) otherwise.
    pub fn body(self) -> Self {
        if self.content { self } else { Self::new(Lang::En) }
    }

    /// Whether the report's content is written in its language ([`Words::body`]).
    pub fn has_content(self) -> bool {
        self.content
    }

    /// The words of the sections other than the goals and priorities, and of their charts' notes, text
    /// alternatives and data tables: the report's language in form [`crate::input::FORM_SECTIONS`] and
    /// later, English (as runs frozen before wrote them) otherwise.
    pub fn sections(self) -> Self {
        if self.sections { self } else { Self::new(Lang::En) }
    }

    /// Whether every section is written in the report's language ([`Words::sections`]).
    pub fn has_sections(self) -> bool {
        self.sections
    }

    /// The report's language.
    pub fn lang(self) -> Lang {
        self.lang
    }

    /// Whether the report is in English (text as the code writes it).
    pub fn is_english(self) -> bool {
        self.lang == Lang::En
    }

    /// The message `key`: `english` in English, the language's text otherwise.
    pub fn t(self, key: &str, english: &str) -> String {
        #[cfg(test)]
        tests::used(key, english, &[]);
        if self.is_english() {
            english.to_owned()
        } else {
            stratrack_i18n::text(self.lang, key)
        }
    }

    /// The message `key` with `args` put in: `english` (what the code formats) in English.
    pub fn t_with(self, key: &str, english: String, args: &[(&str, Arg<'_>)]) -> String {
        #[cfg(test)]
        tests::used(key, &english, args);
        if self.is_english() {
            english
        } else {
            stratrack_i18n::text_with(self.lang, key, args)
        }
    }

    /// A status word as the report writes it ("On track"), from the interface's words.
    pub fn status(self, status: Status) -> String {
        self.t(&format!("status-{}", status.as_str()), status.label())
    }

    /// A word of the interface's vocabulary (`{kind}-{code}`: `riskstatus-open`, `fcat-staff`) as the
    /// report writes it: `english` in English, and wherever the vocabulary has no such word (a code
    /// stored outside it).
    pub fn word(self, kind: &str, code: &str, english: &str) -> String {
        let key = format!("{kind}-{code}");
        if stratrack_i18n::has(Lang::En, &key) {
            self.t(&key, english)
        } else {
            english.to_owned()
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::sync::Mutex;

    /// Every (key, English text, arguments) the code asked for while the tests ran.
    type Seen = BTreeMap<String, Vec<(String, Vec<(String, String)>)>>;
    static SEEN: Mutex<Seen> = Mutex::new(BTreeMap::new());

    pub(crate) fn used(key: &str, english: &str, args: &[(&str, Arg<'_>)]) {
        let args = args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Arg::Number(n) => format!("#{n}"),
                    Arg::Text(t) => t.to_string(),
                };
                ((*k).to_owned(), v)
            })
            .collect();
        if let Ok(mut seen) = SEEN.lock() {
            let entry = seen.entry(key.to_owned()).or_default();
            if entry.len() < 4 {
                entry.push((english.to_owned(), args));
            }
        }
    }

    #[test]
    fn the_english_message_file_says_what_the_code_writes() {
        let mut input = crate::fixtures::sample();
        input.form = crate::input::FORM;
        crate::render(&input).expect("the sample renders");
        // Every section filled: mandates, restatements, questions, a reference sheet.
        crate::render(&crate::fixtures::complete()).expect("the complete sample renders");
        // The four-year assessment's words (assessment form 8), restatements included.
        crate::render_assessment(&crate::fixtures::assessment()).expect("the sample assessment renders");
        let seen = SEEN.lock().expect("not poisoned").clone();
        assert!(seen.len() > 40, "the report asked for its words: {}", seen.len());
        let mut problems = Vec::new();
        for (key, uses) in &seen {
            assert!(
                stratrack_i18n::has(Lang::En, key),
                "{key} is not in the English message files"
            );
            for (english, args) in uses {
                let args: Vec<(&str, Arg<'_>)> = args
                    .iter()
                    .map(|(k, v)| match v.strip_prefix('#').and_then(|n| n.parse::<i64>().ok()) {
                        Some(n) => (k.as_str(), Arg::Number(n)),
                        None => (k.as_str(), Arg::from(v.as_str())),
                    })
                    .collect();
                let file = stratrack_i18n::text_with(Lang::En, key, &args);
                if file != *english {
                    problems.push(format!("{key}: the code writes {english:?}, en.ftl {file:?}"));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn another_language_takes_its_own_text() {
        let zh = Words::new(Lang::Zh);
        assert_eq!(zh.status(Status::OnTrack), "进展顺利");
        assert_eq!(Words::new(Lang::En).t("report-contents", "Contents"), "Contents");
        assert_ne!(Words::new(Lang::Ar).t("report-contents", "Contents"), "Contents");
    }
}
