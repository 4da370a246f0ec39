//! Report runs as JSON: the frozen run record, its files with their checksums, and a verification.

use crate::models::report_runs::RunSummary;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A report run, without its snapshot.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RunView {
    /// Run id.
    pub id: i32,
    /// Plan code.
    pub plan: String,
    /// Reporting year.
    pub year: i32,
    /// `frozen` (visible to the Secretary-General's office and planners) or `published` (also to Council).
    pub status: String,
    /// Who froze it, `email (id)`.
    pub created_by: Option<String>,
    /// When it was frozen (UTC); every date inside its files is this one.
    pub created_at: DateTime<Utc>,
    /// Who published it.
    pub published_by: Option<String>,
    /// When it was published.
    pub published_at: Option<DateTime<Utc>>,
    /// sha256 of the data the report was built from (the snapshot without the run).
    pub snapshot_id: String,
    /// Version (goes up when published).
    pub version: i32,
    /// Where to download the whole run as a zip.
    pub zip: String,
}

impl RunView {
    /// The view of `run`, naming plan and users.
    pub fn new(run: &RunSummary, plan: &str, user: impl Fn(Option<i32>) -> Option<String>) -> Self {
        RunView {
            id: run.id,
            plan: plan.to_owned(),
            year: run.year,
            status: run.status.clone(),
            created_by: user(run.created_by),
            created_at: run.created_at.to_utc(),
            published_by: user(run.published_by),
            published_at: run.published_at.map(|t| t.to_utc()),
            snapshot_id: run.snapshot_id.clone(),
            version: run.version,
            zip: format!("/api/v1/reports/{}/zip", run.id),
        }
    }
}

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
}

/// One file compared with its rebuild.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FileCheck {
    /// Path inside the report.
    pub path: String,
    /// The checksum stored when the run was frozen (`null`: the rebuild has a file the run lacks).
    pub stored_sha256: Option<String>,
    /// The checksum of the rebuilt file (`null`: the rebuild lacks a file of the run).
    pub rebuilt_sha256: Option<String>,
    /// Both checksums are present and equal.
    pub identical: bool,
}

/// The result of rebuilding a frozen run from its snapshot.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Verification {
    /// Run id.
    pub run: i32,
    /// Every file rebuilt byte for byte identical, and no file missing or extra.
    pub identical: bool,
    /// Files compared, in report order.
    pub files: Vec<FileCheck>,
}
