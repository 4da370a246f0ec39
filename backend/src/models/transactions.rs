//! Write transactions that serialise cleanly on both backends.
//!
//! SQLite's default `BEGIN DEFERRED` takes a read snapshot at the first SELECT; when another writer
//! commits before this transaction's first write, that write fails at once with `SQLITE_BUSY_SNAPSHOT`
//! (the busy timeout does not apply), which would surface as a 500 under concurrent use. `BEGIN
//! IMMEDIATE` takes the write lock up front, so concurrent writers wait their turn and every read in the
//! transaction sees the latest committed state. PostgreSQL ignores the option and relies on the guarded
//! updates of [`super::versioned`] and the unique indexes.

use sea_orm::{
    DatabaseConnection, DatabaseTransaction, DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

/// Begins a transaction that will write: IMMEDIATE on SQLite, the default on PostgreSQL.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}
