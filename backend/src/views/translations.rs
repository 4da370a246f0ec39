//! Framework text in other languages as the API shows it: a record's translations, one translation,
//! and the text resolved in the reader's language inside the read answers.

use crate::entities::translations;
pub use crate::models::translations::LocalizedView;
use crate::models::translations::{Kind, read::Translations};
use serde::Serialize;

/// One translation of a record.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TranslationView {
    /// Language code: ar, es, fr, ru or zh.
    pub lang: String,
    /// The name in that language; none when only the definition is translated.
    pub name: Option<String>,
    /// The definition or description in that language, if translated.
    pub definition: Option<String>,
    /// verified (from an official text), verified-2nd, illustrative or entered.
    pub provenance: String,
    /// The official text it was taken from.
    pub source: String,
    /// Concurrency version.
    pub version: i32,
    /// When it last changed (UTC).
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl From<&translations::Model> for TranslationView {
    fn from(r: &translations::Model) -> Self {
        TranslationView {
            lang: r.lang.clone(),
            name: r.name.clone(),
            definition: r.definition.clone(),
            provenance: r.provenance.clone(),
            source: r.source.clone(),
            version: r.version,
            updated_at: r.updated_at.into(),
        }
    }
}

/// A record's English text and its translations.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TranslationsView {
    /// plan, node, indicator, unit, dimension or dimension_value.
    pub kind: Kind,
    /// The English name (the record's own).
    pub name: String,
    /// The English definition or description, for nodes and indicators.
    pub definition: Option<String>,
    /// The translations there are, by language code.
    pub items: Vec<TranslationView>,
}

impl From<&Translations> for TranslationsView {
    fn from(t: &Translations) -> Self {
        TranslationsView {
            kind: t.found.kind,
            name: t.found.name.clone(),
            definition: t.found.definition.clone(),
            items: t.rows.iter().map(TranslationView::from).collect(),
        }
    }
}
