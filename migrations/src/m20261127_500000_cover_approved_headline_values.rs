//! The partial index on approved headline values (migration 400000) made covering: it now holds every
//! column the status rule and the annual report read from those rows (quarter, value, numerator,
//! denominator, quality, updated_at; the row id comes with every index entry).
//!
//! Headline values sit among their breakdowns in the table, so each one read through the narrow index
//! cost a visit to a table page of its own: at the benchmark's 1,000,000 measurements the report's
//! 60,000 headline rows meant some 60,000 page reads. From the covering index they are read in key
//! order from a few hundred pages. The index stays partial (1 row in 25 at that scale), so writes of
//! breakdowns do not touch it.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_500000_cover_approved_headline_values"
    }
}

const WHERE: &str = "WHERE state = 'approved' AND disaggregation = ''";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One call, so both statements run on one pooled connection: a second SQLite connection
        // could still have the old index in its cached schema and refuse the new one as existing.
        m.get_connection()
            .execute_unprepared(&format!(
                "DROP INDEX ix_measurements_approved_headline; \
                 CREATE INDEX ix_measurements_approved_headline ON measurements \
                 (indicator_id, year, quarter, value, numerator, denominator, quality, updated_at) {WHERE}"
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection()
            .execute_unprepared(&format!(
                "DROP INDEX ix_measurements_approved_headline; \
                 CREATE INDEX ix_measurements_approved_headline ON measurements (indicator_id, year) {WHERE}"
            ))
            .await?;
        Ok(())
    }
}
