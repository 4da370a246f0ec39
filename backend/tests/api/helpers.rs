//! `TestApp`: a fresh database per test (SQLite file in a temp dir, or a new PostgreSQL database that is
//! dropped afterwards), migrated, optionally seeded, with typed helpers to call the router.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use std::sync::atomic::{AtomicU32, Ordering};
use tower::ServiceExt;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Base URL of the PostgreSQL server used by tests (databases are created under it).
pub fn pg_base() -> String {
    std::env::var("TEST_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A running application on its own database.
pub struct TestApp {
    pub db: DatabaseConnection,
    pub router: axum::Router,
    pub backend: Backend,
    _dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
}

impl TestApp {
    /// A migrated, empty database. `None` when PostgreSQL is wanted but unreachable outside CI.
    pub async fn empty(backend: Backend) -> Option<TestApp> {
        let (url, dir, pg_name) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
                (url, Some(dir), None)
            }
            Backend::Postgres => {
                let admin = match Database::connect(format!("{}/postgres", pg_base())).await {
                    Ok(c) => c,
                    Err(e) => {
                        if std::env::var_os("CI").is_some() {
                            panic!("PostgreSQL is required in CI but unreachable at {}: {e}", pg_base());
                        }
                        eprintln!(
                            "\n*** SKIPPING a PostgreSQL test: no server at {} ({e}). Set TEST_PG_URL or start PostgreSQL. ***\n",
                            pg_base()
                        );
                        return None;
                    }
                };
                let name = format!(
                    "stratrack_t_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::SeqCst),
                    chrono::Utc::now().timestamp_subsec_nanos()
                );
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                    .await
                    .expect("create test database");
                admin.close().await.ok();
                (format!("{}/{name}", pg_base()), None, Some(name))
            }
        };
        let db = stratrack::db::connect(&url).await.expect("connect");
        stratrack::db::migrate(&db).await.expect("migrate");
        let router = stratrack::app(stratrack::state::AppState { db: db.clone() });
        Some(TestApp {
            db,
            router,
            backend,
            _dir: dir,
            pg_name,
        })
    }

    /// A migrated database loaded with the compiled-in seed.
    pub async fn seeded(backend: Backend) -> Option<TestApp> {
        let app = Self::empty(backend).await?;
        stratrack::seed::seed(&app.db, &stratrack::seed::Source::Embedded)
            .await
            .expect("seed");
        Some(app)
    }

    /// Sends a request and returns status and body bytes.
    pub async fn send(&self, req: Request<Body>) -> (StatusCode, Vec<u8>) {
        let resp = self.router.clone().oneshot(req).await.expect("router answers");
        let status = resp.status();
        let body = resp.into_body().collect().await.expect("body").to_bytes().to_vec();
        (status, body)
    }

    /// GET `path`, parse JSON.
    pub async fn get_json(&self, path: &str) -> (StatusCode, serde_json::Value) {
        let (s, b) = self.send(Request::get(path).body(Body::empty()).unwrap()).await;
        (s, serde_json::from_slice(&b).unwrap_or(serde_json::Value::Null))
    }

    /// Row count of `table`.
    pub async fn count(&self, table: &str) -> i64 {
        let row = self
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                self.db.get_database_backend(),
                format!("SELECT COUNT(*) AS n FROM {table}"),
            ))
            .await
            .expect("count query")
            .expect("a row");
        row.try_get::<i64>("", "n").expect("count")
    }

    /// Closes the pool and drops the PostgreSQL database.
    pub async fn cleanup(self) {
        self.db.close().await.ok();
        if let Some(name) = self.pg_name
            && let Ok(admin) = Database::connect(format!("{}/postgres", pg_base())).await
        {
            admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .await
                .ok();
            admin.close().await.ok();
        }
    }
}

/// Declares one async test body run on both backends: `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! both_backends {
    ($(#[$m:meta])* async fn $name:ident($backend:ident: Backend) $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[allow(unused_imports)]
            use $crate::helpers::*;
            async fn run($backend: Backend) $body
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() { run(Backend::Sqlite).await }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() { run(Backend::Postgres).await }
        }
    };
}
