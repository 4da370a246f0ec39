//! Backups and restores: every table's rows, with the schema version, in one file that restores on
//! SQLite or PostgreSQL alike (a SQLite office can move to PostgreSQL by restoring its backup there).
//!
//! The file is UTF-8 JSON lines, in a stable order:
//! - a header `{"format":"stratrack-backup","format_version":1,"migrations":[…],…}`: the migrations
//!   applied to the database backed up, which is its schema version;
//! - per table, parents before children: `{"table":"plans","columns":["id",…]}`, one JSON array per row
//!   (ordered by `id`, or by every column for tables without one), then `{"end_table":"plans","rows":N}`;
//! - a last line `{"end":{"tables":T,"rows":R}}`, so a cut file is refused.
//!
//! Values: integers and booleans as JSON numbers and booleans, text as strings, times as RFC 3339,
//! dates as `YYYY-MM-DD`, binary (report files) as hex.
//!
//! A backup is one read transaction (PostgreSQL: `REPEATABLE READ`; SQLite in WAL mode: a read
//! transaction sees the snapshot of its first read), so it is consistent while the server writes.
//! A restore goes into an empty database only, migrates it to the backup's schema, loads every row in
//! one transaction, then applies the migrations the backup did not have yet.

mod dump;
mod insert;
mod load;
mod runs;
pub mod schema;

pub use dump::backup;
pub use load::restore;
pub use runs::{RunCheck, verify_runs};

use serde::{Deserialize, Serialize};

/// The `format` of a stratrack backup file.
pub const FORMAT: &str = "stratrack-backup";

/// The version of the file layout written (a later stratrack may read older layouts).
pub const FORMAT_VERSION: u32 = 1;

/// The first line of a backup file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Header {
    /// Always [`FORMAT`].
    pub format: String,
    /// The file layout's version.
    pub format_version: u32,
    /// The stratrack version that wrote it.
    pub stratrack_version: String,
    /// `sqlite` or `postgres`: where it was made (it restores on either).
    pub backend: String,
    /// When the backup was made (RFC 3339, UTC).
    pub created_at: String,
    /// The migrations applied to the database backed up, in order: its schema version.
    pub migrations: Vec<String>,
}

/// What a backup or a restore did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    /// Tables written or loaded.
    pub tables: usize,
    /// Rows written or loaded.
    pub rows: u64,
    /// Migrations of the backup's schema.
    pub migrations: usize,
}

/// Why a backup or a restore failed.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The restore is refused before anything was written (a newer schema, a database not empty…).
    #[error("{0}")]
    Refused(String),
    /// The file is not a complete stratrack backup; `line` is 1-based.
    #[error("line {line}: {reason}")]
    Corrupt {
        /// Line of the file.
        line: u64,
        /// What is wrong.
        reason: String,
    },
    /// The database failed.
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
    /// Reading or writing the file failed.
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
}

/// The names of the migrations this binary knows, in order.
pub fn known_migrations() -> Vec<String> {
    use migration::MigratorTrait;
    migration::Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect()
}
