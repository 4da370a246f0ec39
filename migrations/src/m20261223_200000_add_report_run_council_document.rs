//! The Council document a report run is issued as: its document symbol (e.g. `C29/35-E`) and the Council
//! session it goes to, both shown on the cover of `report.pdf`. Nullable: runs frozen before have
//! neither, and a run may be frozen before the Secretariat assigns a symbol.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::string_null;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261223_200000_add_report_run_council_document"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one column at a time.
        for column in ["document_symbol", "council_session"] {
            m.alter_table(
                Table::alter()
                    .table("report_runs")
                    .add_column(string_null(column))
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for column in ["council_session", "document_symbol"] {
            m.alter_table(Table::alter().table("report_runs").drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
