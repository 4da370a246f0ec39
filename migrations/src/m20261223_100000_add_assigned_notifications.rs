//! Notices of a new kind, `assigned`: the office assigned a Council member's question to a unit, whose
//! planners are told. The kind is a CHECK on the column: PostgreSQL replaces the constraint; SQLite,
//! which cannot alter a constraint, rebuilds the table from its own definition with the wider list,
//! keeping every row and index.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261223_100000_add_assigned_notifications"
    }
}

/// The kinds before this migration, as the CHECK lists them.
const BEFORE: &str = "'submitted', 'returned', 'approved', 'overdue'";
/// The kinds after it.
const AFTER: &str = "'submitted', 'returned', 'approved', 'overdue', 'assigned'";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        allow(m, BEFORE, AFTER).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.get_connection()
            .execute_unprepared("DELETE FROM notifications WHERE kind = 'assigned'")
            .await?;
        allow(m, AFTER, BEFORE).await
    }
}

/// Replaces the CHECK on `notifications.kind` listing `from` by one listing `to`.
async fn allow(m: &SchemaManager<'_>, from: &str, to: &str) -> Result<(), DbErr> {
    let db = m.get_connection();
    if m.get_database_backend() == DbBackend::Postgres {
        db.execute_unprepared("ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check")
            .await?;
        db.execute_unprepared(&format!(
            "ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ({to}))"
        ))
        .await?;
        return Ok(());
    }
    // One transaction, so that every statement runs on the same connection and a failure leaves the
    // table as it was.
    let db = db.begin().await?;
    let schema = |kind: &str| {
        Statement::from_string(
            DbBackend::Sqlite,
            format!(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'notifications' AND type = '{kind}' AND sql IS NOT NULL"
            ),
        )
    };
    let table: String = db
        .query_one_raw(schema("table"))
        .await?
        .ok_or_else(|| DbErr::Migration("the notifications table is missing".into()))?
        .try_get("", "sql")?;
    if !table.contains(from) {
        return Err(DbErr::Migration(format!(
            "notifications.kind does not list {from} as expected: {table}"
        )));
    }
    let indexes: Vec<String> = db
        .query_all_raw(schema("index"))
        .await?
        .iter()
        .map(|r| r.try_get("", "sql"))
        .collect::<Result<_, _>>()?;
    // The first mention of the table's name is the one `CREATE TABLE` gives it (however it is quoted).
    let rebuilt = table
        .replacen(from, to, 1)
        .replacen("notifications", "notifications_rebuilt", 1);
    db.execute_unprepared(&rebuilt).await?;
    db.execute_unprepared("INSERT INTO notifications_rebuilt SELECT * FROM notifications")
        .await?;
    db.execute_unprepared("DROP TABLE notifications").await?;
    db.execute_unprepared("ALTER TABLE notifications_rebuilt RENAME TO notifications")
        .await?;
    for index in indexes {
        db.execute_unprepared(&index).await?;
    }
    db.commit().await
}
