//! Template databases: each backend's migrated database with the test users (and, for seeded tests, the
//! seed) is built once per test process; every test then gets a copy of it. Copying is a file copy on
//! SQLite and `CREATE DATABASE … TEMPLATE` on PostgreSQL, where building means five argon2 hashes and,
//! seeded, the whole seed. A PostgreSQL database is dropped by [`PgDatabase`]'s `Drop`, so a test that
//! fails (panics) leaves no database behind either.

use super::{Backend, Users, pg_base};
use sea_orm::ConnectionTrait;
use sea_orm::sqlx::{Connection, PgConnection};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use tokio::sync::OnceCell;

/// What a template holds besides the schema and the test users.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    Empty,
    Seeded,
}

impl Content {
    fn name(self) -> &'static str {
        match self {
            Content::Empty => "empty",
            Content::Seeded => "seeded",
        }
    }
}

/// A database built once, to copy from.
pub struct Template {
    /// The template's SQLite file, or its PostgreSQL database name.
    source: String,
    /// Tokens of the users it holds (each copy holds the same tokens).
    pub tokens: Users,
}

static SQLITE_EMPTY: OnceCell<Option<Template>> = OnceCell::const_new();
static SQLITE_SEEDED: OnceCell<Option<Template>> = OnceCell::const_new();
static PG_EMPTY: OnceCell<Option<Template>> = OnceCell::const_new();
static PG_SEEDED: OnceCell<Option<Template>> = OnceCell::const_new();

/// The template of `content` on `backend`, built by the first test that asks; `None` when PostgreSQL
/// is wanted but unreachable outside CI.
pub async fn template(backend: Backend, content: Content) -> Option<&'static Template> {
    let cell = match (backend, content) {
        (Backend::Sqlite, Content::Empty) => &SQLITE_EMPTY,
        (Backend::Sqlite, Content::Seeded) => &SQLITE_SEEDED,
        (Backend::Postgres, Content::Empty) => &PG_EMPTY,
        (Backend::Postgres, Content::Seeded) => &PG_SEEDED,
    };
    cell.get_or_init(|| build(backend, content)).await.as_ref()
}

async fn build(backend: Backend, content: Content) -> Option<Template> {
    match backend {
        Backend::Sqlite => {
            let dir = process_dir();
            let building = dir.join(format!("{}-building.db", content.name()));
            let db = stratrack::db::connect(&sqlite_url(&building)).await.expect("connect");
            let tokens = fill(&db, content).await;
            let file = dir.join(format!("{}.db", content.name()));
            std::fs::remove_file(&file).ok();
            // One self-contained file (no -wal beside it) that a plain copy reproduces.
            db.execute_unprepared(&format!("VACUUM INTO '{}'", file.display()))
                .await
                .expect("vacuum into the template file");
            db.close().await.ok();
            std::fs::remove_file(&building).ok();
            Some(Template {
                source: file.display().to_string(),
                tokens,
            })
        }
        Backend::Postgres => {
            let mut admin = pg_admin().await?;
            sweep_abandoned(&mut admin).await;
            let name = format!("stratrack_tpl_{}_{}", std::process::id(), content.name());
            exec(&mut admin, format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .await
                .expect("drop an old template");
            exec(&mut admin, format!("CREATE DATABASE \"{name}\""))
                .await
                .expect("create the template database");
            admin.close().await.ok();
            let db = stratrack::db::connect(&pg_url(&name)).await.expect("connect");
            let tokens = fill(&db, content).await;
            // `CREATE DATABASE … TEMPLATE` refuses a template that has a connection open.
            db.close().await.ok();
            Some(Template { source: name, tokens })
        }
    }
}

/// Migrates `db`, adds the five test users (hashing their passwords: the slow part) and the seed.
async fn fill(db: &sea_orm::DatabaseConnection, content: Content) -> Users {
    stratrack::db::migrate(db).await.expect("migrate");
    let tokens = super::test_users(db).await;
    if content == Content::Seeded {
        stratrack::seed::seed(db, &stratrack::seed::Source::Embedded)
            .await
            .expect("seed");
    }
    tokens
}

/// A copy of the template for one test: a SQLite file in `dir`, or a new PostgreSQL database. Returns
/// the copy's URL and, on PostgreSQL, the guard that drops it.
pub async fn copy(template: &Template, backend: Backend, dir: &Path) -> (String, Option<PgDatabase>) {
    match backend {
        Backend::Sqlite => {
            let file = dir.join("test.db");
            std::fs::copy(&template.source, &file).expect("copy the template file");
            (sqlite_url(&file), None)
        }
        Backend::Postgres => {
            let db = PgDatabase::create("t", Some(&template.source))
                .await
                .expect("PostgreSQL reachable: its template was just built");
            (db.url(), Some(db))
        }
    }
}

fn sqlite_url(file: &Path) -> String {
    format!("sqlite://{}?mode=rwc", file.display())
}

/// URL of the PostgreSQL database `name`. Without TLS: the test server is local, and a handshake per
/// pooled connection costs more than many of the tests' queries. Its sessions commit with
/// `synchronous_commit = off`: a commit returns before its WAL reaches the disk (about 3.5 ms per commit
/// on this machine's disk under the tests' load). Nothing a test reads changes: only a crash of the
/// server itself could lose the last commits, and no test crashes it (the outage test cuts connections).
pub fn pg_url(name: &str) -> String {
    let base = pg_base();
    let (server, query) = base.split_once('?').unwrap_or((&base, ""));
    let server = server.trim_end_matches('/');
    const ASYNC_COMMIT: &str = "options=-c%20synchronous_commit%3Doff";
    match query {
        "" => format!("{server}/{name}?sslmode=disable&{ASYNC_COMMIT}"),
        q if q.contains("options=") && q.contains("sslmode=") => format!("{server}/{name}?{q}"),
        q if q.contains("options=") => format!("{server}/{name}?{q}&sslmode=disable"),
        q if q.contains("sslmode=") => format!("{server}/{name}?{q}&{ASYNC_COMMIT}"),
        q => format!("{server}/{name}?{q}&sslmode=disable&{ASYNC_COMMIT}"),
    }
}

/// A connection to the server's `postgres` database; `None` when the server is unreachable outside CI.
pub async fn pg_admin() -> Option<PgConnection> {
    match PgConnection::connect(&pg_url("postgres")).await {
        Ok(c) => Some(c),
        Err(e) => {
            if std::env::var_os("CI").is_some() {
                panic!("PostgreSQL is required in CI but unreachable at {}: {e}", pg_base());
            }
            eprintln!(
                "\n*** SKIPPING a PostgreSQL test: no server at {} ({e}). Set TEST_PG_URL or start PostgreSQL. ***\n",
                pg_base()
            );
            None
        }
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A PostgreSQL database of this test process, dropped (with any connection still open to it) when
/// this value is dropped, also while a failing test unwinds.
#[derive(Debug)]
pub struct PgDatabase {
    pub name: String,
}

impl PgDatabase {
    /// Creates `stratrack_{kind}_{pid}_{n}`, empty or as a copy of `template`; `None` when the server is
    /// unreachable outside CI.
    pub async fn create(kind: &str, template: Option<&str>) -> Option<PgDatabase> {
        let name = format!(
            "stratrack_{kind}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let sql = match template {
            Some(t) => format!("CREATE DATABASE \"{name}\" TEMPLATE \"{t}\""),
            None => format!("CREATE DATABASE \"{name}\""),
        };
        let mut admin = pg_admin().await?;
        exec(&mut admin, sql).await.expect("create the test database");
        admin.close().await.ok();
        Some(PgDatabase { name })
    }

    /// Its URL.
    pub fn url(&self) -> String {
        pg_url(&self.name)
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        // `drop` cannot await, and the test's runtime may be the one unwinding: a thread of its own,
        // with a runtime of its own, drops the database and is waited for.
        let name = std::mem::take(&mut self.name);
        let dropped = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map(|rt| rt.block_on(drop_database(&name)))
        })
        .join();
        if !matches!(dropped, Ok(Ok(Ok(())))) {
            eprintln!("could not drop a test database: {dropped:?}");
        }
    }
}

async fn drop_database(name: &str) -> Result<(), sea_orm::sqlx::Error> {
    let mut admin = PgConnection::connect(&pg_url("postgres")).await?;
    exec(&mut admin, format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).await?;
    admin.close().await
}

/// Runs one statement built at run time (a database name cannot be a bind parameter).
async fn exec(admin: &mut PgConnection, sql: String) -> Result<(), sea_orm::sqlx::Error> {
    use sea_orm::sqlx::{AssertSqlSafe, raw_sql};
    raw_sql(AssertSqlSafe(sql)).execute(admin).await.map(drop)
}

/// Drops the test databases of test processes that no longer run (killed before their guards ran, or
/// templates, which live as long as their process). Databases of running processes are left alone.
async fn sweep_abandoned(admin: &mut PgConnection) {
    let names: Vec<(String,)> =
        sea_orm::sqlx::query_as("SELECT datname FROM pg_database WHERE datname ~ '^stratrack_(t|tpl|r)_[0-9]+_'")
            .fetch_all(&mut *admin)
            .await
            .unwrap_or_default();
    for (name,) in names {
        if pid_of(&name).is_some_and(|pid| !alive(pid)) {
            exec(admin, format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .await
                .ok();
        }
    }
}

/// The process id in `stratrack_{kind}_{pid}_…` or `stratrack-tests-{pid}`.
fn pid_of(name: &str) -> Option<u32> {
    let rest = name.strip_prefix("stratrack-tests-").or_else(|| {
        name.strip_prefix("stratrack_")
            .and_then(|r| r.split_once('_').map(|(_, r)| r))
    })?;
    rest.split('_').next()?.parse().ok()
}

/// Whether process `pid` runs on this machine (where there is no `/proc`, assume it does).
fn alive(pid: u32) -> bool {
    !Path::new("/proc/self").exists() || Path::new(&format!("/proc/{pid}")).exists()
}

/// This process's folder for SQLite templates, `stratrack-tests-{pid}` in the temporary folder; those
/// of processes that no longer run are removed first.
/// Where the tests' SQLite files live: `/dev/shm` (memory) where the machine has it, else the temp folder.
/// Every SQLite commit is `synchronous = FULL`, an fsync; on a disk a test's dozens of commits wait for
/// it, in memory they do not, and the tests assert what is written, not that the disk keeps it across a
/// power cut (the product's own settings are unchanged and tested in `db.rs`).
pub fn scratch() -> PathBuf {
    let shm = Path::new("/dev/shm");
    let writable = shm.is_dir() && tempfile::tempdir_in(shm).is_ok_and(|d| d.close().is_ok());
    if writable {
        shm.to_path_buf()
    } else {
        std::env::temp_dir()
    }
}

fn process_dir() -> PathBuf {
    let tmp = scratch();
    if let Ok(entries) = std::fs::read_dir(&tmp) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("stratrack-tests-") && pid_of(&name).is_some_and(|pid| !alive(pid)) {
                std::fs::remove_dir_all(entry.path()).ok();
            }
        }
    }
    let dir = tmp.join(format!("stratrack-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("template folder");
    dir
}
