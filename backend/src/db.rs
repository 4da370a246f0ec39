//! Connecting to the database (SQLite by default, PostgreSQL by URL) and migrating it.

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr, TransactionTrait};
use std::time::Duration;

/// The database used when `DATABASE_URL` is not set: a file in the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://stratrack.db?mode=rwc";

/// Opens a pool on `url`. SQLite gets WAL, foreign keys and a busy timeout on every connection.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let in_memory = url.contains(":memory:");
    // In-memory databases are per connection: keep exactly one.
    let max = if !url.starts_with("sqlite:") {
        16
    } else if in_memory {
        1
    } else {
        8
    };
    open(url, max).await
}

/// For a SQLite file, a second pool of one connection that the group commits of single values, imports
/// and period locks go through ([`crate::models::transactions::Writer`]). SQLite writes one at a time
/// anyway; through one connection, that connection's page cache stays valid from one write to the next,
/// where a pooled connection finds its cache dropped because another one wrote meanwhile and reads
/// every page again inside the write lock. `None` for PostgreSQL and in-memory SQLite.
pub async fn connect_writer(url: &str) -> Result<Option<DatabaseConnection>, DbErr> {
    if !url.starts_with("sqlite:") || url.contains(":memory:") {
        return Ok(None);
    }
    open(url, 1).await.map(Some)
}

/// How long a request waits for a pooled connection (or for a new one to open) before it is answered
/// 503: well under the request timeout, so that an unreachable database is said at once.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(2);

/// Whether the database answers a query (`SELECT 1`): the read half of the readiness probe.
pub async fn answers(db: &DatabaseConnection) -> Result<(), DbErr> {
    db.execute_unprepared("SELECT 1").await.map(|_| ())
}

async fn open(url: &str, max_connections: u32) -> Result<DatabaseConnection, DbErr> {
    let mut opts = ConnectOptions::new(url.to_owned());
    opts.sqlx_logging(false)
        .connect_timeout(ACQUIRE_TIMEOUT)
        .acquire_timeout(ACQUIRE_TIMEOUT)
        .max_connections(max_connections);
    // By default every query pings its pooled connection first: one more round trip to the database
    // (on SQLite, to the connection's thread) per query. A SQLite file cannot drop a connection, so
    // never; a PostgreSQL connection only when it sat idle long enough to have been dropped.
    if !url.starts_with("sqlite:") {
        opts.test_before_acquire_if_idle_for(Duration::from_secs(30));
        opts.map_sqlx_postgres_pool_opts(|o| o.after_release(|conn, _| Box::pin(still_clean(conn))));
    } else {
        opts.map_sqlx_sqlite_pool_opts(|o| o.after_release(|conn, _| Box::pin(still_clean(conn))));
        opts.test_before_acquire(false);
        if url.contains(":memory:") {
            opts.min_connections(1);
        }
        opts.map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                // FULL: a commit is on disk (the WAL synced) before the write is acknowledged, so an
                // acknowledged write survives a power loss too; NORMAL would survive only a crash of the
                // process. Group commit shares one sync among the writes of a group.
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    }
    let db = Database::connect(opts).await?;
    if db.get_database_backend() == DbBackend::Sqlite {
        db.execute_unprepared("PRAGMA foreign_keys = ON").await?;
    }
    Ok(db)
}

/// Whether a connection given back to its pool may serve again: not while it is still inside a
/// transaction. A transaction whose `COMMIT` failed (disk full, I/O error) is rolled back when it is
/// dropped, but when that rollback fails too (SQLite may already have ended the transaction itself),
/// the driver still counts the connection as inside one: the next `BEGIN` would then become a
/// savepoint of a transaction that never commits, and every write after it would be acknowledged and
/// lost. Such a connection is closed instead; the pool opens a fresh one for the next request.
///
/// The drop's rollback is queued, not awaited: when the connection still counts a transaction, one
/// round trip (a ping, answered after the queued rollback) settles it before the second look. A
/// connection released outside a transaction, the usual case, costs nothing more.
async fn still_clean<C: sea_orm::sqlx::Connection>(conn: &mut C) -> Result<bool, sea_orm::sqlx::Error> {
    if !conn.is_in_transaction() {
        return Ok(true);
    }
    conn.ping().await?;
    let clean = !conn.is_in_transaction();
    if !clean {
        tracing::warn!("A connection left inside a failed transaction was closed.");
    }
    Ok(clean)
}

/// Key of the PostgreSQL advisory lock held while a process sets the database up (any number; the same
/// in every process).
const SETUP_LOCK: i64 = 0x5354_5241_5452_4b4d; // "STRATRKM"

/// Applies every pending migration, holding the set-up lock (see [`exclusively`]).
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    exclusively(db, migrate_unlocked(db)).await
}

/// Applies every pending migration; only inside [`exclusively`] on a database others may share.
pub async fn migrate_unlocked(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// Runs `work` while no other stratrack process sets up the same PostgreSQL database. sea-orm-migration
/// takes no lock of its own: two processes started at once would both apply the first pending migration
/// (or both load the seed) and one would fail. A transaction holds an advisory lock meanwhile: the second
/// process waits, then finds nothing left to do. A SQLite file has one writer at a time anyway.
pub async fn exclusively<T, E: From<DbErr>>(
    db: &DatabaseConnection,
    work: impl std::future::Future<Output = Result<T, E>>,
) -> Result<T, E> {
    if db.get_database_backend() != DbBackend::Postgres {
        return work.await;
    }
    let lock = db.begin().await?;
    lock.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({SETUP_LOCK})"))
        .await?;
    let done = work.await;
    lock.commit().await?;
    done
}

#[cfg(test)]
mod tests {
    use sea_orm::{ConnectionTrait, Statement};

    /// An acknowledged write must survive a power loss: every SQLite connection syncs its commits.
    #[tokio::test]
    async fn sqlite_commits_are_synced_before_they_are_acknowledged() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("sync.db").display());
        for db in [
            super::connect(&url).await.expect("pool"),
            super::connect_writer(&url)
                .await
                .expect("writer")
                .expect("a writer for a file"),
        ] {
            let row = db
                .query_one_raw(Statement::from_string(db.get_database_backend(), "PRAGMA synchronous"))
                .await
                .expect("pragma")
                .expect("a row");
            let level: i32 = row.try_get_by_index(0).expect("a number");
            assert_eq!(level, 2, "PRAGMA synchronous is FULL (2), not NORMAL (1)");
        }
    }
}
