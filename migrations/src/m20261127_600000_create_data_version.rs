//! One counter that every committed change of the data raises: the key under which a server process may
//! keep a computed evaluation (statuses and roll-ups of a plan for a year) and know, with one indexed read,
//! whether it still holds. Every write appends to the audit log in its own transaction, and a trigger on
//! the audit log raises the counter in that same transaction, so no write can forget it and it costs no
//! extra round trip; `seed` and `bench-data`, which write without audit rows, raise it themselves. Any
//! number of processes on one database share it, so none serves a stale figure.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_600000_create_data_version"
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
        .await?;
        let db = m.get_connection();
        if m.get_database_backend() == DbBackend::Postgres {
            db.execute_unprepared(
                "CREATE FUNCTION raise_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$",
            )
            .await?;
            db.execute_unprepared(
                "CREATE TRIGGER audit_log_raises_data_version AFTER INSERT ON audit_log \
                 FOR EACH ROW EXECUTE FUNCTION raise_data_version()",
            )
            .await?;
        } else {
            db.execute_unprepared(
                "CREATE TRIGGER audit_log_raises_data_version AFTER INSERT ON audit_log \
                 BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END",
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        if m.get_database_backend() == DbBackend::Postgres {
            db.execute_unprepared("DROP TRIGGER audit_log_raises_data_version ON audit_log")
                .await?;
            db.execute_unprepared("DROP FUNCTION raise_data_version()").await?;
        } else {
            db.execute_unprepared("DROP TRIGGER audit_log_raises_data_version")
                .await?;
        }
        m.drop_table(Table::drop().table(DataVersion::Table).to_owned()).await
    }
}
