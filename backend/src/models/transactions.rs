//! Write transactions that serialise cleanly on both backends. Every write of the server begins here
//! ([`begin_write`], or a [`Writer`] for single values); `seed` and `bench-data` run alone and use a
//! plain transaction.
//!
//! SQLite's default `BEGIN DEFERRED` takes a read snapshot at the first SELECT; when another writer
//! commits before this transaction's first write, that write fails at once with `SQLITE_BUSY_SNAPSHOT`
//! (the busy timeout does not apply), which would surface as a 500 under concurrent use. `BEGIN
//! IMMEDIATE` takes the write lock up front, so every read in the transaction sees the latest committed
//! state. SQLite has one writer at a time anyway, and its busy handler waits for the lock by sleeping
//! (up to 100 ms a try), so concurrent writers of this process also queue on an async mutex first: each
//! gets the lock as soon as the previous one commits. PostgreSQL ignores both and relies on the guarded
//! updates of [`super::versioned`] and the unique indexes.
//!
//! The writes of single values (entering, editing, deleting, revising and the workflow steps) go through
//! a [`Writer`] instead. On SQLite it commits them in groups: one task takes every write that is waiting,
//! runs them one after the other in a single transaction and commits once, so the fixed cost of a write
//! transaction (begin, commit, the log pages written at commit, the hand-offs to the database thread) is
//! shared by the group. A write that fails is dropped from its group, which runs again without it: each
//! write sees exactly the writes before it and none of a failed one, as if they ran one at a time.
//! PostgreSQL runs each write in a transaction of its own: grouping them there was tried (create +
//! submit at 32 clients, 347 pairs/s against 341) and gains nothing, because a group's statements then
//! wait one after the other for their round trips on one connection, where separate transactions run
//! side by side and the server already flushes concurrent commits together.
//!
//! When the database itself fails (the disk is full, an I/O error, a lock held past the busy timeout),
//! whether in a write, at `BEGIN` or at `COMMIT`, nothing of the group is stored and every write of it
//! is answered 503 ([`AppError::Unavailable`]): no write is acknowledged unless its transaction
//! committed. The connection of a transaction that could not be ended is closed when it returns to
//! its pool (see `db::still_clean`), so the next group starts on a clean connection and works as soon
//! as the database can write again.

use crate::error::{AppError, AppResult};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, SqliteTransactionMode, Statement,
    TransactionOptions, TransactionTrait,
};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, LazyLock, OnceLock};
use std::time::{Duration, Instant};
use tokio::sync::{Mutex, OwnedMutexGuard, mpsc, oneshot};

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
    let turn = take_turn(db).await;
    let txn = begin_immediate(db).await?;
    Ok((txn, turn))
}

async fn take_turn(db: &DatabaseConnection) -> WriteTurn {
    WriteTurn(if db.get_database_backend() == DbBackend::Sqlite {
        Some(SQLITE_WRITER.clone().lock_owned().await)
    } else {
        None
    })
}

async fn begin_immediate(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// Commits `txn` and ends the writer's turn at once, so that the next writer goes ahead while this one
/// builds its response.
pub async fn commit(txn: DatabaseTransaction, turn: WriteTurn) -> Result<(), DbErr> {
    txn.commit().await?;
    drop(turn);
    Ok(())
}

/// The future of a unit of write work, borrowing its transaction and its input.
pub type WorkFuture<'a, T> = Pin<Box<dyn Future<Output = AppResult<T>> + Send + 'a>>;

/// A unit of write work: reads and writes through the transaction only, from its input only. It may run
/// more than once (after a rollback, when another write of its group failed), so it has no other effect.
pub type Work<I, T> = for<'a> fn(&'a DatabaseTransaction, &'a I) -> WorkFuture<'a, T>;

/// The most writes one group commit takes (the rest wait for the next).
const GROUP: usize = 64;

/// Runs units of write work, each in a transaction that commits before its result is returned:
/// grouped on SQLite (see the module documentation), one transaction each on PostgreSQL.
#[derive(Clone)]
pub struct Writer {
    conn: DatabaseConnection,
    /// The queue of the group-commit task, started on the first write (SQLite only).
    queue: Arc<OnceLock<mpsc::Sender<Box<dyn Job>>>>,
    /// When the last write probe ran and what it found (see [`Writer::can_write`]); a write refused for
    /// the database's sake counts as a failed probe.
    probe: Probe,
    /// Held while a probe runs, so that one runs at a time (never `probe` itself: a write that fails
    /// meanwhile must be able to note its fault).
    probing: Arc<Mutex<()>>,
    /// Mails the notices of the writes once they committed (nothing when SMTP is not configured).
    mailer: crate::models::notifications::Mailer,
}

/// A write probe's answer is reused for this long, so that health checks cannot make the server write
/// more than once a second.
const PROBE_EVERY: Duration = Duration::from_secs(1);

impl Writer {
    /// A writer on `conn`: for a SQLite file, the one-connection pool of [`crate::db::connect_writer`].
    pub fn new(conn: DatabaseConnection) -> Self {
        Writer {
            conn,
            queue: Arc::default(),
            probe: Arc::default(),
            probing: Arc::default(),
            mailer: crate::models::notifications::Mailer::default(),
        }
    }

    /// The same writer, mailing the notices of its writes with `mailer`.
    pub fn with_mailer(self, mailer: crate::models::notifications::Mailer) -> Self {
        Writer { mailer, ..self }
    }

    /// Where the notices of committed writes are mailed ([`crate::models::notifications::Mailer::send_later`]).
    pub fn mailer(&self) -> &crate::models::notifications::Mailer {
        &self.mailer
    }

    /// Whether the database stores a change now: rewrites the one row of `readiness_probe` through the
    /// same path as every other write (on SQLite with 64 KiB of fresh padding, so that a disk too full
    /// for an ordinary change of a few pages fails the probe first). Runs at most once a second; within
    /// that, the last answer is returned. `Err` says why not.
    pub async fn can_write(&self) -> Result<(), String> {
        let _one_at_a_time = self.probing.lock().await;
        if let Some((at, answer)) = self.probe.lock().await.as_ref()
            && at.elapsed() < PROBE_EVERY
        {
            return answer.clone();
        }
        let answer = match tokio::time::timeout(crate::db::ACQUIRE_TIMEOUT * 2, self.run((), probe)).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err("the write probe did not finish in time".to_owned()),
        };
        *self.probe.lock().await = Some((Instant::now(), answer.clone()));
        answer
    }

    /// The connection, for transactions of their own (imports, period locks).
    pub fn conn(&self) -> &DatabaseConnection {
        &self.conn
    }

    /// Runs `work` on `input` in a write transaction; returns its result once the transaction committed.
    /// When the work fails, nothing of it is stored and its error is returned.
    pub async fn run<I, T>(&self, input: I, work: Work<I, T>) -> AppResult<T>
    where
        I: Send + Sync + 'static,
        T: Send + 'static,
    {
        if self.conn.get_database_backend() != DbBackend::Sqlite {
            let one = async {
                let txn = self.conn.begin().await?;
                let out = work(&txn, &input).await?;
                txn.commit().await?;
                Ok(out)
            };
            let out = one.await;
            if let Err(AppError::Unavailable(cause)) = &out {
                note_fault(&self.probe, cause).await;
            }
            return out;
        }
        let (reply, answer) = oneshot::channel();
        let job = Box::new(Pending {
            input,
            work,
            result: None,
            reply,
        });
        let queue = self.queue.get_or_init(|| {
            let (tx, rx) = mpsc::channel(1024);
            tokio::spawn(group_commits(self.conn.clone(), rx, self.probe.clone()));
            tx
        });
        let lost = || AppError::Internal("the write task stopped before answering".into());
        queue.send(job).await.map_err(|_| lost())?;
        answer.await.map_err(|_| lost())?
    }

    /// Whether a write made of one statement may run as [`Writer::statement`]: on PostgreSQL, which runs
    /// a lone statement, data-modifying `WITH` clauses and all, as a transaction of its own. Not on
    /// SQLite, whose `WITH` clauses only read: its writes go through [`Writer::run`].
    pub fn single_statements(&self) -> bool {
        self.conn.get_database_backend() == DbBackend::Postgres
    }

    /// Runs `stmt`, a whole write in one statement (its audit entry and any notices included), outside
    /// an explicit transaction: PostgreSQL commits it alone, all or nothing, so the write costs one
    /// round trip instead of three (`BEGIN`, the statement, `COMMIT`). Returns its rows once committed
    /// (none when it changed nothing). Only where [`Writer::single_statements`].
    pub async fn statement(&self, stmt: Statement) -> AppResult<Vec<sea_orm::QueryResult>> {
        debug_assert!(self.single_statements());
        let out = self.conn.query_all_raw(stmt).await.map_err(AppError::from);
        if let Err(AppError::Unavailable(cause)) = &out {
            note_fault(&self.probe, cause).await;
        }
        out
    }
}

/// A part of a write made in one statement (see [`Writer::statement`]): the common table expression
/// `name` running `query`, which later parts and the statement's answer read by that name.
pub fn part(
    name: &str,
    query: impl Into<sea_orm::sea_query::SubQueryStatement>,
) -> sea_orm::sea_query::CommonTableExpression {
    sea_orm::sea_query::CommonTableExpression::new()
        .table_name(sea_orm::sea_query::Alias::new(name))
        .query(query)
        .to_owned()
}

/// The write of [`Writer::can_write`].
fn probe<'a>(txn: &'a DatabaseTransaction, _: &'a ()) -> WorkFuture<'a, ()> {
    Box::pin(async move {
        let now = chrono::Utc::now().timestamp_millis();
        let sql = if txn.get_database_backend() == DbBackend::Sqlite {
            "UPDATE readiness_probe SET checked_at = ?, padding = randomblob(65536) WHERE id = 1"
        } else {
            "UPDATE readiness_probe SET checked_at = $1 WHERE id = 1"
        };
        txn.execute_raw(Statement::from_sql_and_values(
            txn.get_database_backend(),
            sql,
            [now.into()],
        ))
        .await?;
        Ok(())
    })
}

/// A queued write, with its input, result and the caller waiting for it.
trait Job: Send {
    /// Runs the work in `txn` and keeps its result.
    fn run<'a>(&'a mut self, txn: &'a DatabaseTransaction) -> Pin<Box<dyn Future<Output = Ran> + Send + 'a>>;
    /// Answers the caller: the kept result, or `failed` when the transaction did not commit.
    fn answer(self: Box<Self>, failed: Option<AppError>);
}

struct Pending<I, T> {
    input: I,
    work: Work<I, T>,
    result: Option<AppResult<T>>,
    reply: oneshot::Sender<AppResult<T>>,
}

impl<I: Send + Sync, T: Send> Job for Pending<I, T> {
    fn run<'a>(&'a mut self, txn: &'a DatabaseTransaction) -> Pin<Box<dyn Future<Output = Ran> + Send + 'a>> {
        Box::pin(async move {
            let out = (self.work)(txn, &self.input).await;
            let ran = match &out {
                Ok(_) => Ran::Done,
                Err(AppError::Unavailable(cause)) => Ran::Fault(cause.clone()),
                Err(_) => Ran::Refused,
            };
            self.result = Some(out);
            ran
        })
    }

    fn answer(self: Box<Self>, failed: Option<AppError>) {
        let out = match (failed, self.result) {
            (Some(e), _) => Err(e),
            (None, Some(out)) => out,
            (None, None) => Err(AppError::Internal("a write was answered before it ran".into())),
        };
        // The caller may have gone (client disconnected): the write stands all the same.
        let _ = self.reply.send(out);
    }
}

/// How a unit of work ended in its group.
enum Ran {
    /// It did its work; the group goes on.
    Done,
    /// It refused (a rule, a conflict): it alone is dropped from the group.
    Refused,
    /// The database failed under it: the whole group is refused.
    Fault(String),
}

/// The group-commit task of one writer: takes every waiting write (up to [`GROUP`]) and runs them as
/// one group, until the writer is dropped.
async fn group_commits(conn: DatabaseConnection, mut queue: mpsc::Receiver<Box<dyn Job>>, probe: Probe) {
    while let Some(first) = queue.recv().await {
        let mut group = VecDeque::from([first]);
        while group.len() < GROUP
            && let Ok(job) = queue.try_recv()
        {
            group.push_back(job);
        }
        // A panicking write ends its own group only: its callers get an error, the next group runs.
        if let Ok(Some(cause)) = tokio::spawn(commit_group(conn.clone(), group)).await {
            note_fault(&probe, &cause).await;
        }
    }
}

/// Runs `group` in one transaction holding this process's write turn. When a write fails, the
/// transaction rolls back, that write gets its own error, and the others run again without it. When
/// the database fails, every write is refused and the cause returned.
async fn commit_group(conn: DatabaseConnection, mut group: VecDeque<Box<dyn Job>>) -> Option<String> {
    crate::metrics::observe_group(group.len());
    let turn = take_turn(&conn).await;
    while !group.is_empty() {
        let txn = match begin_immediate(&conn).await {
            Ok(txn) => txn,
            Err(e) => return refuse_all(group, format!("BEGIN failed: {e}")),
        };
        let mut refused = None;
        for (i, job) in group.iter_mut().enumerate() {
            match job.run(&txn).await {
                Ran::Done => {}
                Ran::Refused => {
                    refused = Some(i);
                    break;
                }
                // Dropping the transaction rolls it back (or closes its connection, see above).
                Ran::Fault(cause) => return refuse_all(group, cause),
            }
        }
        let Some(i) = refused else {
            return match txn.commit().await {
                Ok(()) => {
                    group.drain(..).for_each(|job| job.answer(None));
                    None
                }
                Err(e) => refuse_all(group, format!("COMMIT failed: {e}")),
            };
        };
        if let Err(e) = txn.rollback().await {
            return refuse_all(group, format!("ROLLBACK failed: {e}"));
        }
        if let Some(job) = group.remove(i) {
            job.answer(None);
        }
    }
    drop(turn);
    None
}

/// Answers every write of `group` 503 (none of them was stored) and returns the cause.
fn refuse_all(group: VecDeque<Box<dyn Job>>, cause: String) -> Option<String> {
    tracing::error!(writes = group.len(), %cause, "A group of writes was refused: nothing of it was stored.");
    for job in group {
        job.answer(Some(AppError::Unavailable(format!(
            "the write transaction failed: {cause}"
        ))));
    }
    Some(cause)
}

/// The last write probe: when it ran and what it found.
type Probe = Arc<Mutex<Option<(Instant, Result<(), String>)>>>;

/// A write that failed for the database's sake counts as a failed probe: the readiness check says so
/// at once instead of repeating an older answer.
async fn note_fault(probe: &Probe, cause: &str) {
    *probe.lock().await = Some((Instant::now(), Err(cause.to_owned())));
}
