//! The kind of a report run: `annual` (the annual report to Council for its year, every run so far) or
//! `assessment` (the four-year assessment of the plan for the Plenipotentiary Conference, whose `year` is
//! its closing year: the latest year of the plan with an approved value when it was frozen).

use crate::common::*;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261222_100000_add_report_run_kind"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("report_runs")
                .add_column(one_of("kind", &["annual", "assessment"]).default("annual"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("report_runs").drop_column("kind").to_owned())
            .await
    }
}
