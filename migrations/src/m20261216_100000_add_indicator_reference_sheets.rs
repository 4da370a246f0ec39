//! An indicator's reference sheet: the texts that say why it is measured and how (rationale, method of
//! computation, disaggregation, limitations, quality assurance, why the target is what it is). Each may
//! be empty (NULL); none of them is a framework revision. One `ALTER TABLE` per column, as SQLite takes
//! one change a statement.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261216_100000_add_indicator_reference_sheets"
    }
}

/// The sheet's columns, in the order the sheet shows them.
const COLUMNS: [&str; 6] = [
    "sheet_rationale",
    "sheet_method",
    "sheet_disaggregation",
    "sheet_limitations",
    "sheet_quality_assurance",
    "sheet_target_rationale",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for c in COLUMNS {
            m.alter_table(Table::alter().table("indicators").add_column(text_null(c)).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for c in COLUMNS.iter().rev() {
            m.alter_table(Table::alter().table("indicators").drop_column(*c).to_owned())
                .await?;
        }
        Ok(())
    }
}
