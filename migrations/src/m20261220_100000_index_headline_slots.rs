//! A partial covering index on the headline rows (no breakdown) of every state, keyed by slot: the
//! entry grid and the completeness board read a year's headline values of a unit's indicators (id,
//! quarter, state, oldest revision first) and nothing else.
//!
//! Through the slot index (`ux_measurements_slot_revision`, keyed indicator, year, quarter,
//! breakdown, revision) each indicator's headline row sits among its breakdowns, so a unit of 2,500
//! indicators with 24 breakdowns each meant some 62,500 index entries and as many table rows read to
//! keep 2,500: about 30 ms in the `sqlite3` shell on the benchmark's 1,000,000 measurements. From this
//! index the same rows are read alone and without touching the table (under 5 ms). It stays partial
//! (1 row in 25 at that scale), so writes of breakdowns do not touch it.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261220_100000_index_headline_slots"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection()
            .execute_unprepared(
                "CREATE INDEX ix_measurements_headline_slots ON measurements \
                 (indicator_id, year, quarter, state, revision, id) WHERE disaggregation = ''",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection()
            .execute_unprepared("DROP INDEX ix_measurements_headline_slots")
            .await?;
        Ok(())
    }
}
