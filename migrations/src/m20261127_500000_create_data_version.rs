//! One counter that every committed change of the data raises: the key under which a server process may
//! keep a computed evaluation (statuses and roll-ups of a plan for a year) and know, with one indexed read,
//! whether it still holds. Every audited write raises it in its own transaction; so do `seed` and
//! `bench-data`. Any number of processes on one database share it, so none serves a stale figure.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_500000_create_data_version"
    }
}

#[derive(DeriveIden)]
enum DataVersion {
    Table,
    Id,
    Version,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(DataVersion::Table)
                .col(ColumnDef::new(DataVersion::Id).integer().not_null().primary_key())
                .col(ColumnDef::new(DataVersion::Version).big_integer().not_null().default(0))
                .check(Expr::col(DataVersion::Id).eq(1))
                .to_owned(),
        )
        .await?;
        m.exec_stmt(
            Query::insert()
                .into_table(DataVersion::Table)
                .columns([DataVersion::Id, DataVersion::Version])
                .values_panic([1.into(), 0.into()])
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(DataVersion::Table).to_owned()).await
    }
}
