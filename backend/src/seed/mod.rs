//! Seed data: the files in `seed-data/` (compiled in, or read from a folder), checked and then upserted
//! by natural code. [`check`] reads the files ([`parse::parse`]) and checks them across files
//! ([`crosscheck`], [`adopted`]); [`seed`] runs it and then [`load::load`].

pub mod adopted;
pub mod crosscheck;
pub mod files;
pub mod load;
mod load_execution;
pub mod parse;
pub mod pass;
pub mod reader;
pub mod upsert;

pub use files::Source;
pub use reader::Problem;

/// Why seeding failed.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    /// The files have problems; nothing was written.
    #[error("{} problem(s) in the seed files", .0.len())]
    Invalid(Vec<Problem>),
    /// The database refused; the transaction was rolled back.
    #[error("database error while seeding: {0}")]
    Db(#[from] sea_orm::DbErr),
}

/// Reads and checks every seed file, row by row and across files; returns the typed seed or every
/// problem found.
pub fn check(source: &Source) -> Result<parse::Seed, Vec<Problem>> {
    // Cross-file checks run even when rows had problems, so one run names every problem.
    let (seed, mut problems) = parse::parse(source);
    crosscheck::crosscheck(&seed, &mut problems);
    adopted::check(&seed, &mut problems);
    if problems.is_empty() { Ok(seed) } else { Err(problems) }
}

/// Checks and loads the seed from `source` into `db`.
pub async fn seed<C: sea_orm::TransactionTrait>(db: &C, source: &Source) -> Result<load::Counts, SeedError> {
    let parsed = check(source).map_err(SeedError::Invalid)?;
    Ok(load::load(db, &parsed, chrono::Utc::now()).await?)
}
