//! The mandates the plan's results serve (resolutions, SDG targets, WSIS action lines, decisions), each
//! with the result nodes and indicators of the plan linked to it, and the narratives of the report
//! year's approved values.

use serde::{Deserialize, Serialize};

pub use stratrack_vocab::MandateVocabulary;

/// A mandate and the results of the plan linked to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MandateInput {
    /// Its vocabulary.
    pub vocabulary: MandateVocabulary,
    /// Its code within the vocabulary, e.g. `71`, `9.c`, `C2`.
    pub code: String,
    /// Its title.
    pub title: String,
    /// Codes of the plan's result nodes linked to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nodes: Vec<String>,
    /// Codes of the plan's indicators linked to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
}

impl MandateInput {
    /// `Resolution 71`, `SDG target 9.c`.
    pub fn name(&self) -> String {
        format!("{} {}", self.vocabulary.label(), self.code)
    }
}

/// What the planner wrote with one approved headline value of the report year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NarrativeInput {
    /// The quarter of the value; none for the annual value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quarter: Option<u8>,
    /// The narrative (may be empty when only an evidence link was given).
    pub text: String,
    /// The evidence link as entered (may be empty); only an http(s) link is rendered as a link.
    pub evidence_url: String,
}

impl NarrativeInput {
    /// `Q2`, or `annual`.
    pub fn period(&self) -> String {
        self.quarter.map_or_else(|| "annual".to_owned(), |q| format!("Q{q}"))
    }

    /// The evidence link when it may be a link target: http or https only (a `javascript:` or `data:`
    /// text, or anything else, is shown as text).
    pub fn evidence_href(&self) -> Option<&str> {
        let url = self.evidence_url.trim();
        let rest = ["https://", "http://"].into_iter().find_map(|scheme| {
            url.get(..scheme.len())
                .filter(|p| p.eq_ignore_ascii_case(scheme))
                .map(|_| &url[scheme.len()..])
        })?;
        (!rest.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())).then_some(url)
    }
}
