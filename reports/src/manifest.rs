//! The rendered report: its files in a stable order, `manifest.json` with the sha256 of each,
//! and the folder and zip forms, both reproducible byte for byte.

use std::io::{Cursor, Write};
use std::path::Path;

use chrono::{Datelike, SecondsFormat, Timelike};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::error::RenderError;
use crate::input::{PlanInfo, ReportInput, RunInfo};

/// Name of the manifest file.
pub const MANIFEST: &str = "manifest.json";

/// One file of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFile {
    /// Path relative to the report folder, `/`-separated (`charts/cost-by-goal.svg`).
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
    /// Lower-case hex sha256 of `bytes`.
    pub sha256: String,
}

impl ReportFile {
    /// Writes the file under `dir` at its path, creating the folders it needs.
    pub fn write_into(&self, dir: &Path) -> Result<(), RenderError> {
        let target = self.path.split('/').fold(dir.to_path_buf(), |p, part| p.join(part));
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&target, &self.bytes)?;
        Ok(())
    }

    /// A file with its checksum.
    pub fn new(path: impl Into<String>, bytes: Vec<u8>) -> Self {
        let sha256 = hex::encode(Sha256::digest(&bytes));
        Self {
            path: path.into(),
            bytes,
            sha256,
        }
    }
}

/// The plan as named in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestPlan {
    /// Plan code.
    pub code: String,
    /// Plan name.
    pub name: String,
}

/// A file as listed in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// Relative path.
    pub path: String,
    /// Size in bytes.
    pub bytes: u64,
    /// Hex sha256.
    pub sha256: String,
}

impl ManifestEntry {
    /// The entry of `file`.
    pub fn of(file: &ReportFile) -> Self {
        Self {
            path: file.path.clone(),
            bytes: file.bytes.len() as u64,
            sha256: file.sha256.clone(),
        }
    }
}

/// Contents of `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The plan.
    pub plan: ManifestPlan,
    /// What kind of report this is when not the annual report (`assessment`); absent from annual
    /// reports, whose manifests read as they always did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Reporting year (for the four-year assessment, its closing year).
    pub year: i32,
    /// Report run id.
    pub run_id: String,
    /// Data snapshot id.
    pub snapshot_id: String,
    /// When the run was created (RFC 3339, UTC), from the run record.
    pub generated_at: String,
    /// Every other file of the report with its checksum, in report order.
    pub files: Vec<ManifestEntry>,
}

impl Manifest {
    /// The manifest of `files` rendered from `input`.
    pub fn new(input: &ReportInput, files: &[ReportFile]) -> Self {
        Self::from_entries(input, files.iter().map(ManifestEntry::of).collect())
    }

    /// The manifest of `input`'s report listing `files` (path, size and checksum of each, in report order).
    pub fn from_entries(input: &ReportInput, files: Vec<ManifestEntry>) -> Self {
        Self::of(&input.plan, None, input.year, &input.run, files)
    }

    /// The manifest of a report of `kind` (none: the annual report) on `plan` for `year` in `run`,
    /// listing `files`.
    pub fn of(plan: &PlanInfo, kind: Option<&str>, year: i32, run: &RunInfo, files: Vec<ManifestEntry>) -> Self {
        Manifest {
            plan: ManifestPlan {
                code: plan.code.clone(),
                name: plan.name.clone(),
            },
            kind: kind.map(str::to_owned),
            year,
            run_id: run.run_id.clone(),
            snapshot_id: run.snapshot_id.clone(),
            generated_at: run.generated_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            files,
        }
    }

    /// `manifest.json`'s bytes: pretty JSON ending in a newline.
    pub fn to_json(&self) -> Result<Vec<u8>, RenderError> {
        let mut json = serde_json::to_vec_pretty(self)?;
        json.push(b'\n');
        Ok(json)
    }
}

/// The zip timestamp of `at` (zip dates start in 1980 and have no time zone: UTC is written).
fn zip_time(at: chrono::DateTime<chrono::Utc>) -> zip::DateTime {
    zip::DateTime::from_date_and_time(
        u16::try_from(at.year()).unwrap_or(1980),
        u8::try_from(at.month()).unwrap_or(1),
        u8::try_from(at.day()).unwrap_or(1),
        u8::try_from(at.hour()).unwrap_or(0),
        u8::try_from(at.minute()).unwrap_or(0),
        u8::try_from(at.second()).unwrap_or(0),
    )
    .unwrap_or_default()
}

/// A rendered report: every file (the manifest last) in a stable order.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The files, `manifest.json` last.
    pub files: Vec<ReportFile>,
    /// The manifest, as written to `manifest.json`.
    pub manifest: Manifest,
    /// Zip timestamp of every entry (from the run record).
    zip_time: zip::DateTime,
}

impl Report {
    /// The report of `input` from its files in report order, `manifest.json` (of `manifest`) last.
    pub fn from_parts(input: &ReportInput, files: Vec<ReportFile>, manifest: Manifest) -> Self {
        Self::dated(files, manifest, input.run.generated_at)
    }

    /// The report of `files` in report order, `manifest.json` (of `manifest`) last, its zip entries
    /// dated `at` (the run's date).
    pub fn dated(files: Vec<ReportFile>, manifest: Manifest, at: chrono::DateTime<chrono::Utc>) -> Self {
        Report {
            files,
            manifest,
            zip_time: zip_time(at),
        }
    }

    /// A report read back from files stored earlier (a frozen run kept in a database): `files` in
    /// report order, `manifest.json` among them. Its zip is the same archive as the one built when it
    /// was rendered, because every entry is dated from the manifest's `generated_at`.
    pub fn from_files(files: Vec<ReportFile>) -> Result<Self, RenderError> {
        let manifest: Manifest = match files.iter().find(|f| f.path == MANIFEST) {
            Some(f) => serde_json::from_slice(&f.bytes)?,
            None => {
                return Err(RenderError::Io(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "the stored report has no manifest.json",
                )));
            }
        };
        let at = chrono::DateTime::parse_from_rfc3339(&manifest.generated_at)
            .map(|t| t.to_utc())
            .unwrap_or_default();
        Ok(Report {
            files,
            manifest,
            zip_time: zip_time(at),
        })
    }

    /// The file at `path`, if any.
    pub fn file(&self, path: &str) -> Option<&ReportFile> {
        self.files.iter().find(|f| f.path == path)
    }

    /// Writes every file under `dir`, creating folders as needed.
    pub fn write_to(&self, dir: &Path) -> Result<(), RenderError> {
        for f in &self.files {
            f.write_into(dir)?;
        }
        Ok(())
    }

    /// The whole report as a zip archive: same entries, order and timestamps every time.
    pub fn to_zip(&self) -> Result<Vec<u8>, RenderError> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let base = SimpleFileOptions::default()
            .last_modified_time(self.zip_time)
            .unix_permissions(0o644);
        for f in &self.files {
            // PNG and XLSX are compressed already: store them.
            let options = if f.path.ends_with(".png") || f.path.ends_with(".xlsx") {
                base.compression_method(CompressionMethod::Stored)
            } else {
                base.compression_method(CompressionMethod::Deflated)
                    .compression_level(Some(6))
            };
            zip.start_file(f.path.as_str(), options)?;
            zip.write_all(&f.bytes)?;
        }
        Ok(zip.finish()?.into_inner())
    }
}
