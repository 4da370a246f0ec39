//! The totals the financial plan adopts per biennium (Decision 5): a plan parameter, independent of the
//! financial-plan lines, which the reconciliation compares the lines with.

use crate::common::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261210_100000_create_adopted_totals"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            stamps(
                Table::create()
                    .table("adopted_totals")
                    .col(id())
                    .col(fk("plan_id"))
                    .col(string("biennium"))
                    // CHF thousands, exact.
                    .col(fixed("revenue"))
                    .col(fixed("expense"))
                    .col(provenance())
                    .col(source())
                    .col(version())
                    .check(Expr::col("revenue").gte(0))
                    .check(Expr::col("expense").gte(0))
                    .foreign_key(&mut fkey(
                        "adopted_totals",
                        "plan_id",
                        "plans",
                        ForeignKeyAction::Cascade,
                    )),
            )
            .to_owned(),
            vec![index("adopted_totals", &["plan_id", "biennium"], true)],
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        drop_all(m, &["adopted_totals"]).await
    }
}
