//! Write transactions that serialise cleanly on both backends.
//!
//! SQLite's default `BEGIN DEFERRED` takes a read snapshot at the first SELECT; when another writer
//! commits before this transaction's first write, that write fails at once with `SQLITE_BUSY_SNAPSHOT`
//! (the busy timeout does not apply), which would surface as a 500 under concurrent use. `BEGIN
//! IMMEDIATE` takes the write lock up front, so every read in the transaction sees the latest committed
//! state. SQLite has one writer at a time anyway, and its busy handler waits for the lock by sleeping
//! (up to 100 ms a try), so concurrent writers of this process also queue on an async mutex first: each
//! gets the lock as soon as the previous one commits. PostgreSQL ignores both and relies on the guarded
//! updates of [`super::versioned`] and the unique indexes.

use sea_orm::{
    DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, SqliteTransactionMode, TransactionOptions,
    TransactionTrait,
};
use std::sync::{Arc, LazyLock};
use tokio::sync::{Mutex, OwnedMutexGuard};

/// The turn of this process's SQLite writers (one database per process outside tests; in tests the
/// databases share it, which only orders their writes).
static SQLITE_WRITER: LazyLock<Arc<Mutex<()>>> = LazyLock::new(|| Arc::new(Mutex::new(())));

/// A writer's turn: keep it alive until the transaction is committed (by [`commit`], which ends it) or
/// dropped.
#[must_use = "the turn must outlive the transaction"]
pub struct WriteTurn(#[allow(dead_code)] Option<OwnedMutexGuard<()>>);

/// Begins a transaction that will write: waits for this process's turn and begins IMMEDIATE on SQLite;
/// the default on PostgreSQL. Hold the returned turn until after `commit`.
pub async fn begin_write(db: &DatabaseConnection) -> Result<(DatabaseTransaction, WriteTurn), DbErr> {
    let turn = if db.get_database_backend() == DbBackend::Sqlite {
        Some(SQLITE_WRITER.clone().lock_owned().await)
    } else {
        None
    };
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?;
    Ok((txn, WriteTurn(turn)))
}

/// Commits `txn` and ends the writer's turn at once, so that the next writer goes ahead while this one
/// builds its response.
pub async fn commit(txn: DatabaseTransaction, turn: WriteTurn) -> Result<(), DbErr> {
    txn.commit().await?;
    drop(turn);
    Ok(())
}
