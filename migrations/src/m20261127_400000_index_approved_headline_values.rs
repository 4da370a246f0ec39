//! A partial index on the approved headline values (no disaggregation) of each indicator and year.
//!
//! The status rule and the annual report read only approved headline values, which are a small share
//! of all measurements once values are broken down by sex and region (1 in 25 in the benchmark plan).
//! Without this index those reads walk every measurement of an indicator, or the whole table; with it
//! they touch only the rows they return. Both SQLite and PostgreSQL support partial indexes; queries
//! must spell the two conditions as literals (`state = 'approved' AND disaggregation = ''`) for the
//! planners to use it.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_400000_index_approved_headline_values"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection()
            .execute_unprepared(
                "CREATE INDEX ix_measurements_approved_headline ON measurements (indicator_id, year) \
                 WHERE state = 'approved' AND disaggregation = ''",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection()
            .execute_unprepared("DROP INDEX ix_measurements_approved_headline")
            .await?;
        Ok(())
    }
}
