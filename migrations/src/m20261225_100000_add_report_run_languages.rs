//! The languages a report run holds (issue 17.4): every language's code, comma-separated, in the order
//! the office gave them; the first one's files sit at the run's root, each other one's under `{code}/`.
//! Runs frozen before held one language, the one of their snapshot (`"language":"ar"` in the frozen
//! input, English when absent), which this migration writes into the column so that every run says its
//! languages the same way.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261225_100000_add_report_run_languages"
    }
}

/// The codes a report can be written in, besides English.
const OTHERS: [&str; 5] = ["ar", "es", "fr", "ru", "zh"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("report_runs")
                .add_column(schema::string("languages").default("en"))
                .to_owned(),
        )
        .await?;
        // A key of the snapshot's JSON is written with bare quotes; a quote inside a text is escaped
        // (`\"`), so `"language":"ar"` can only be the input's own `language` (no other part of the
        // input has a field of that name). Both backends read LIKE the same way here.
        let db = m.get_connection();
        for code in OTHERS {
            db.execute_unprepared(&format!(
                r#"UPDATE report_runs SET languages = '{code}' WHERE snapshot LIKE '%"language":"{code}"%'"#
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("report_runs").drop_column("languages").to_owned())
            .await
    }
}
