//! The data version in parts on PostgreSQL (issue 13.3): the counter of migration 600000 was one row
//! that the audit trigger raised in every write transaction, so every write held that row's lock from
//! its audit row until its commit and PostgreSQL's writers committed one after the other (create +
//! submit at 32 clients: about 430 pairs a second, whatever the cores). Now the trigger raises one of
//! 64 parts, picked by the server process of the connection, so writers on different connections touch
//! different rows; the version is row 1 plus the sum of the parts (`stratrack::models::data_version`).
//! Each part is raised inside the write's own transaction, so the sum still counts exactly the committed
//! changes a reader's snapshot sees: it grows with every commit and two readings are equal only when
//! they saw the same changes. A part is inserted the first time its process writes (an upsert), so a
//! restored backup that brings no parts works as well. SQLite has one writer at a time and keeps its
//! trigger on row 1; its table of parts stays empty.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261227_100000_split_data_version"
    }
}

#[derive(DeriveIden)]
enum DataVersionParts {
    Table,
    Part,
    Version,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(DataVersionParts::Table)
                .col(
                    ColumnDef::new(DataVersionParts::Part)
                        .integer()
                        .not_null()
                        .primary_key(),
                )
                .col(
                    ColumnDef::new(DataVersionParts::Version)
                        .big_integer()
                        .not_null()
                        .default(0),
                )
                .to_owned(),
        )
        .await?;
        if m.get_database_backend() == DbBackend::Postgres {
            // CREATE OR REPLACE keeps the trigger of migration 600000, which calls the function by name.
            m.get_connection()
                .execute_unprepared(
                    "CREATE OR REPLACE FUNCTION raise_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ \
                     BEGIN INSERT INTO data_version_parts (part, version) VALUES (pg_backend_pid() % 64, 1) \
                     ON CONFLICT (part) DO UPDATE SET version = data_version_parts.version + 1; \
                     RETURN NULL; END $$",
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        if m.get_database_backend() == DbBackend::Postgres {
            // Keeps the version from going back: row 1 takes the parts' sum before they go.
            let db = m.get_connection();
            db.execute_unprepared(
                "UPDATE data_version SET version = version + \
                 (SELECT COALESCE(SUM(version), 0) FROM data_version_parts) WHERE id = 1",
            )
            .await?;
            db.execute_unprepared(
                "CREATE OR REPLACE FUNCTION raise_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$",
            )
            .await?;
        }
        m.drop_table(Table::drop().table(DataVersionParts::Table).to_owned())
            .await
    }
}
