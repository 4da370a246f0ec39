//! Report runs as JSON: the frozen run record, its files with their checksums, and a verification.

pub use crate::models::report_runs::{FileCheck, LanguageCheck, RunView, Verification};
use serde::Serialize;

/// One file of a run.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RunFileView {
    /// Path inside the report, e.g. `tables/indicators.csv`.
    pub path: String,
    /// Size in bytes.
    pub bytes: i64,
    /// Hex sha256 of the content.
    pub sha256: String,
    /// Download link.
    pub href: String,
}

/// A run with its files and manifest.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RunDetail {
    /// The run.
    #[serde(flatten)]
    pub run: RunView,
    /// Every file, in report order (`manifest.json` last).
    pub files: Vec<RunFileView>,
    /// The contents of `manifest.json`: plan, year, run id, snapshot id, generated-at, each file's sha256.
    #[schema(value_type = Object)]
    pub manifest: serde_json::Value,
    /// Each language of the run (`languages`, in order) with its files.
    pub language_files: Vec<RunLanguageView>,
    /// Whether each CSV table of the run starts with a row of its column names in its language's words,
    /// above the row of stable codes (`csv_headings_in_language` as asked when the run was frozen; false
    /// for the four-year assessment and for runs frozen before the option).
    pub csv_headings_in_language: bool,
}

/// One language of a run with its files.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RunLanguageView {
    /// `ar`, `en`, `es`, `fr`, `ru` or `zh`.
    pub language: String,
    /// Where its files sit in the run (`""`: the root, the first language; `ar/` …).
    pub folder: String,
    /// Its files, each at its path inside this language's report (`report.html`, `tables/…`), linked
    /// under `/api/v1/reports/{id}/languages/{language}/files/`.
    pub files: Vec<RunFileView>,
    /// Where to download this language's files as a zip (its own `manifest.json` at the root).
    pub zip: String,
}

/// One page of runs.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RunPage {
    /// The runs of this page.
    pub items: Vec<RunView>,
    /// Runs across all pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
}

impl RunDetail {
    /// The answer of `d`: the run, a download link for every file, and the manifest.
    pub fn new(d: crate::models::report_runs::Detail) -> Self {
        let id = d.run.id;
        let language_files = d
            .languages
            .into_iter()
            .map(|l| {
                let code = l.language.code();
                let base = format!("/api/v1/reports/{id}/languages/{code}");
                RunLanguageView {
                    language: code.to_owned(),
                    folder: l.folder,
                    files: linked(l.files, &format!("{base}/files")),
                    zip: format!("{base}/zip"),
                }
            })
            .collect();
        RunDetail {
            language_files,
            csv_headings_in_language: d.csv_headings_in_language,
            files: linked(d.files, &format!("/api/v1/reports/{id}/files")),
            run: d.run,
            manifest: d.manifest,
        }
    }
}

/// `files` (path, sha256, size) each with its download link under `under`.
fn linked(files: Vec<(String, String, i64)>, under: &str) -> Vec<RunFileView> {
    files
        .into_iter()
        .map(|(path, sha256, bytes)| RunFileView {
            href: format!("{under}/{path}"),
            path,
            bytes,
            sha256,
        })
        .collect()
}
