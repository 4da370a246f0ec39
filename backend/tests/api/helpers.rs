//! `TestApp`: a fresh database per test, copied from a template built once per test process (see
//! [`template`]): a SQLite file in a temp dir, or a PostgreSQL database dropped when the app is
//! dropped, even by a failing test; migrated, holding the test users, optionally seeded. Requests go
//! through the typed builder of [`request`] (`app.as_(&t.admin).get(path).await`).

pub mod request;
pub mod snapshot;
pub mod template;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use template::{Content, PgDatabase};
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

/// Users created in every test database, one per role (planners for BR and BDT), with API tokens.
#[derive(Debug, Clone, Default)]
pub struct Users {
    pub admin: String,
    pub admin2: String,
    pub planner_br: String,
    pub planner_bdt: String,
    pub reviewer: String,
}

/// A running application on its own database.
pub struct TestApp {
    pub tokens: Users,
    pub db: DatabaseConnection,
    pub router: axum::Router,
    pub backend: Backend,
    /// The database URL, for commands run as a separate process.
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    /// Declared after `db`: the pool is dropped first, then the database.
    pg: Option<PgDatabase>,
}

impl TestApp {
    /// A migrated database holding the test users. `None` when PostgreSQL is wanted but unreachable
    /// outside CI.
    pub async fn empty(backend: Backend) -> Option<TestApp> {
        Self::copied(backend, Content::Empty).await
    }

    /// A migrated database holding the test users and the compiled-in seed.
    pub async fn seeded(backend: Backend) -> Option<TestApp> {
        Self::copied(backend, Content::Seeded).await
    }

    async fn copied(backend: Backend, content: Content) -> Option<TestApp> {
        let template = template::template(backend, content).await?;
        let dir = tempfile::tempdir_in(template::scratch()).expect("temp dir");
        let (url, pg) = template::copy(template, backend, dir.path()).await;
        let mut app = Self::open(url, backend, Some(dir), pg, false).await;
        app.tokens = template.tokens.clone();
        Some(app)
    }

    /// A migrated, seeded SQLite database in the file `path`, served as `serve` serves it: writes of
    /// single values, imports and locks go through their own one-connection pool.
    pub async fn sqlite_at(path: &std::path::Path) -> TestApp {
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let mut app = Self::open(url, Backend::Sqlite, None, None, true).await;
        app.tokens = test_users(&app.db).await;
        stratrack::seed::seed(&app.db, &stratrack::seed::Source::Embedded)
            .await
            .expect("seed");
        app
    }

    /// The same database opened anew, as after a restart of the server: the pools are closed first.
    pub async fn restart(mut self) -> TestApp {
        self.db.close().await.ok();
        let db = stratrack::db::connect(&self.url).await.expect("connect again");
        stratrack::db::migrate(&db).await.expect("migrate again");
        let writer = stratrack::db::connect_writer(&self.url).await.expect("writer pool");
        self.router = stratrack::app(stratrack::state::AppState::new(db.clone()).with_writer(writer))
            .layer(axum::middleware::from_fn(conforms_to_openapi));
        self.db = db;
        self
    }

    async fn open(
        url: String,
        backend: Backend,
        dir: Option<tempfile::TempDir>,
        pg: Option<PgDatabase>,
        writer: bool,
    ) -> TestApp {
        let db = stratrack::db::connect(&url).await.expect("connect");
        stratrack::db::migrate(&db).await.expect("migrate");
        let writer = if writer {
            stratrack::db::connect_writer(&url).await.expect("writer pool")
        } else {
            None
        };
        let router = stratrack::app(stratrack::state::AppState::new(db.clone()).with_writer(writer))
            .layer(axum::middleware::from_fn(conforms_to_openapi));
        TestApp {
            tokens: Users::default(),
            db,
            router,
            backend,
            url,
            _dir: dir,
            pg,
        }
    }

    /// Creates a user (and its org unit if missing) and returns an API token for it.
    #[allow(dead_code, reason = "for tests that need a user besides the five of `Users`")]
    pub async fn user(&self, email: &str, role: &str, unit: Option<&str>) -> String {
        create_user(&self.db, email, role, unit).await
    }

    /// Sends a request and returns status and body bytes.
    pub async fn send(&self, req: Request<Body>) -> (StatusCode, Vec<u8>) {
        let (status, _, body) = self.exchange(req).await;
        (status, body)
    }

    /// Sends a request and returns status, headers and body bytes.
    pub async fn exchange(&self, req: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
        let resp = self.router.clone().oneshot(req).await.expect("router answers");
        let (parts, body) = resp.into_parts();
        let body = body.collect().await.expect("body").to_bytes().to_vec();
        (parts.status, parts.headers, body)
    }

    /// GET `path` as the admin, parse JSON.
    pub async fn get_json(&self, path: &str) -> (StatusCode, serde_json::Value) {
        let a = self.as_(&self.tokens.admin).get(path).await;
        (a.status, a.json())
    }

    /// The `version` of the resource at `path`, read as the admin.
    pub async fn version_of(&self, path: &str) -> i64 {
        let (_, r) = self.get_json(path).await;
        r["version"].as_i64().unwrap()
    }

    /// Any method with an optional bearer token and JSON body; returns status and parsed JSON. The
    /// untyped form of [`request::Caller`], kept for the tests written with it.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<serde_json::Value>,
    ) -> (StatusCode, serde_json::Value) {
        let caller = match token {
            Some(t) => self.as_(t),
            None => self.anonymous(),
        };
        let mut call = caller.request(method, path);
        if let Some(b) = body {
            call = call.json(&b);
        }
        let a = call.await;
        (a.status, a.json())
    }

    /// Asserts that `method path` (with `body`) answers 401 without a token and 403 to both planners
    /// and the reviewer: a route only the admin may use.
    pub async fn assert_only_the_admin_may(&self, method: &str, path: &str, body: Option<serde_json::Value>) {
        let (s, _) = self.call(method, path, None, body.clone()).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{method} {path} anonymously");
        let t = &self.tokens;
        for who in [&t.planner_br, &t.planner_bdt, &t.reviewer] {
            let (s, p) = self.call(method, path, Some(who), body.clone()).await;
            assert_eq!(s, StatusCode::FORBIDDEN, "{method} {path}: {p}");
        }
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

    /// The PostgreSQL database's name (`None` on SQLite).
    pub fn pg_name(&self) -> Option<&str> {
        self.pg.as_ref().map(|d| d.name.as_str())
    }

    /// Closes the pool and drops the PostgreSQL database, as dropping the app does; for tests that
    /// want it gone at a given point.
    #[allow(
        dead_code,
        reason = "kept for tests written before the guard; dropping the app suffices"
    )]
    pub async fn cleanup(self) {
        self.db.close().await.ok();
    }
}

/// Creates the five users of [`Users`] in `db` (hashing five passwords) and returns their tokens.
pub async fn test_users(db: &DatabaseConnection) -> Users {
    Users {
        admin: create_user(db, "admin@test.org", "admin", None).await,
        admin2: create_user(db, "admin2@test.org", "admin", None).await,
        planner_br: create_user(db, "planner.br@test.org", "planner", Some("BR")).await,
        planner_bdt: create_user(db, "planner.bdt@test.org", "planner", Some("BDT")).await,
        reviewer: create_user(db, "reviewer@test.org", "reviewer", None).await,
    }
}

/// Runs the `stratrack` binary on the database `url` with `args`, `env` added to the test's environment;
/// returns whether it succeeded and its stdout followed by its stderr.
pub fn run_binary(url: &str, args: &[&str], env: &[(&str, &str)]) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_stratrack"))
        .arg("--database-url")
        .arg(url)
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// Inserts an illustrative org unit and returns its id.
pub async fn insert_unit(db: &DatabaseConnection, code: &str, name: &str, kind: &str) -> i32 {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    use stratrack::entities::org_units;
    stamped(org_units::ActiveModel {
        code: Set(code.into()),
        name: Set(name.into()),
        kind: Set(kind.into()),
        ..Default::default()
    })
    .insert(db)
    .await
    .unwrap()
    .id
}

/// `am` with the bookkeeping columns its table has set as the tests' own rows have them: provenance
/// `illustrative`, no source, version 1, created and updated now.
pub fn stamped<A: sea_orm::ActiveModelTrait>(mut am: A) -> A {
    use sea_orm::{EntityTrait, IdenStatic, Iterable};
    let now = chrono::Utc::now().fixed_offset();
    for c in <A::Entity as EntityTrait>::Column::iter() {
        match c.as_str() {
            "provenance" => am.set(c, "illustrative".into()),
            "source" => am.set(c, String::new().into()),
            "version" => am.set(c, 1.into()),
            "created_at" | "updated_at" => am.set(c, now.into()),
            _ => {}
        }
    }
    am
}

/// Creates a user (and its org unit if missing) in `db` and returns an API token for it.
pub async fn create_user(db: &DatabaseConnection, email: &str, role: &str, unit: Option<&str>) -> String {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use stratrack::entities::org_units;
    let unit_id = match unit {
        None => None,
        Some(code) => {
            let found = org_units::Entity::find()
                .filter(org_units::Column::Code.eq(code))
                .one(db)
                .await
                .unwrap();
            Some(match found {
                Some(u) => u.id,
                None => insert_unit(db, code, code, "bureau").await,
            })
        }
    };
    let u = stratrack::models::users::create(
        db,
        stratrack::models::users::NewUser {
            email,
            display_name: email,
            role,
            org_unit_id: unit_id,
            password: "correct horse battery staple",
            must_change_password: false,
        },
    )
    .await
    .unwrap();
    stratrack::models::tokens::create(db, u.id, "tests", None)
        .await
        .unwrap()
        .0
}

/// Checks every answer the tests receive against the OpenAPI document (see
/// [`crate::openapi::check_answer`]): every API test is also a conformance test of the document.
async fn conforms_to_openapi(req: Request<Body>, next: axum::middleware::Next) -> axum::response::Response {
    let method = req.method().as_str().to_owned();
    let path = req.uri().path().to_owned();
    let resp = next.run(req).await;
    let (parts, body) = resp.into_parts();
    let bytes = body.collect().await.expect("body").to_bytes();
    let content_type = parts
        .headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    crate::openapi::check_answer(&method, &path, parts.status, content_type, &bytes);
    axum::response::Response::from_parts(parts, Body::from(bytes))
}

/// Runs a test future on a runtime whose threads have room for debug-build futures (the default 2 MiB
/// stack overflows on the larger request handlers without optimisation).
pub fn block_on<F: std::future::Future<Output = ()> + Send + 'static>(f: F) {
    const STACK: usize = 32 * 1024 * 1024;
    let handle = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_stack_size(STACK)
                .enable_all()
                .build()
                .expect("runtime")
                .block_on(f)
        })
        .expect("test thread");
    if let Err(panic) = handle.join() {
        std::panic::resume_unwind(panic);
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
            #[test]
            fn sqlite() { $crate::helpers::block_on(run(Backend::Sqlite)) }
            #[test]
            fn postgres() { $crate::helpers::block_on(run(Backend::Postgres)) }
        }
    };
}
