//! One value chain per measurement slot: at most one row per (indicator, year, quarter, disaggregation,
//! revision). Two concurrent first entries for the same slot, or two concurrent corrections of the same
//! approved value, cannot both be stored: the second fails on this index instead of silently doubling
//! a figure.
//!
//! `quarter` is NULL for annual values, and NULLs never collide in a unique index, so the index is on
//! `COALESCE(quarter, 0)` (an expression index, which SQLite and PostgreSQL both support).

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_200000_constrain_measurements"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX ux_measurements_slot_revision ON measurements \
                 (indicator_id, year, COALESCE(quarter, 0), disaggregation, revision)",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection()
            .execute_unprepared("DROP INDEX ux_measurements_slot_revision")
            .await?;
        Ok(())
    }
}
