//! One row that the readiness check (`GET /readyz`) rewrites, so that it answers whether the database
//! can still store a change, not only whether it answers a query: a database on a full disk reads well
//! and refuses every write. On SQLite the row carries 64 KiB of padding that each check writes anew, so
//! that the check fails before the disk is too full for an ordinary change of a few pages.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261202_100000_create_readiness_probe"
    }
}

#[derive(DeriveIden)]
enum ReadinessProbe {
    Table,
    Id,
    CheckedAt,
    Padding,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ReadinessProbe::Table)
                .col(ColumnDef::new(ReadinessProbe::Id).integer().not_null().primary_key())
                .col(
                    ColumnDef::new(ReadinessProbe::CheckedAt)
                        .big_integer()
                        .not_null()
                        .default(0),
                )
                .col(ColumnDef::new(ReadinessProbe::Padding).blob().null())
                .check(Expr::col(ReadinessProbe::Id).eq(1))
                .to_owned(),
        )
        .await?;
        m.exec_stmt(
            Query::insert()
                .into_table(ReadinessProbe::Table)
                .columns([ReadinessProbe::Id, ReadinessProbe::CheckedAt])
                .values_panic([1.into(), 0.into()])
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ReadinessProbe::Table).to_owned())
            .await
    }
}
