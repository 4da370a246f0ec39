//! Benchmark of measurement submission and bulk import (a documented command, not a timed test).
//!
//! ```sh
//! cargo run --release --example bench_measurements -- [--clients 32] [--submissions 4000] [--rows 100000] [--pg postgres://postgres@127.0.0.1:5432]
//! ```
//!
//! For each backend (a fresh SQLite file; with `--pg`, also a fresh PostgreSQL database created under that
//! server and dropped afterwards) it migrates and seeds the database, adds synthetic indicators so there
//! are enough empty slots, starts the app on a random loopback port, and measures:
//! (a) submission — `POST /api/v1/measurements` then `POST /api/v1/measurements/{id}/submit`, by `--clients`
//!     concurrent HTTP clients (keep-alive), `--submissions` times: throughput and p50/p99 latency;
//!     Every statement the app sends through sea-orm is counted (a metric callback on both pools), so the
//!     figure comes with the statements one pair costs. On SQLite each pair also runs two write
//!     transactions (BEGIN and COMMIT each, shared by the writes of one group commit); on PostgreSQL the
//!     create and the submit are one statement each, without BEGIN and COMMIT.
//! (b) import — `--rows` generated CSV rows through the import code path (`models::imports::import`:
//!     parse, validate against preloaded lookups, batched inserts in one transaction): wall time, beside
//!     the floor measured in the same run on a copy of the same database state: on SQLite the `sqlite3`
//!     shell inserting the same rows (the values the import stored, 1,000 rows per `INSERT`, one
//!     transaction, the app's `foreign_keys` and `synchronous` settings); on PostgreSQL `psql`'s
//!     `\copy` of the same rows (text format, one transaction). The ratio is import ÷ floor.
//! Traffic goes to 127.0.0.1 only and every loop is bounded by the counts given.

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use sea_orm::{ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use stratrack::entities::{indicators, org_units};

mod common;

struct Args {
    clients: usize,
    submissions: usize,
    rows: usize,
    pg: Option<String>,
}

fn args() -> Args {
    let (n, pg) = common::options(&[("--clients", 32), ("--submissions", 4000), ("--rows", 100_000)]);
    Args {
        clients: n["--clients"],
        submissions: n["--submissions"],
        rows: n["--rows"],
        pg,
    }
}

/// Adds `n` copies of KPI-R1 (a BR count) as `{prefix}-{i}`, each with 4 years × 5 slots (annual, Q1-Q4).
async fn add_indicators(db: &impl ConnectionTrait, prefix: &str, n: usize) -> Vec<String> {
    let template = indicators::Entity::find()
        .filter(indicators::Column::Code.eq("KPI-R1"))
        .filter(
            indicators::Column::PlanId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(stratrack::entities::plans::Column::Id)
                    .from(stratrack::entities::plans::Entity)
                    .and_where(stratrack::entities::plans::Column::Code.eq("SP2028-2031"))
                    .to_owned(),
            ),
        )
        .one(db)
        .await
        .unwrap()
        .expect("seeded KPI-R1");
    let codes: Vec<String> = (0..n).map(|i| format!("{prefix}-{i}")).collect();
    for chunk in codes.chunks(500) {
        let models = chunk.iter().map(|c| {
            let mut am: indicators::ActiveModel = template.clone().into();
            am.id = NotSet;
            am.code = sea_orm::ActiveValue::Set(c.clone());
            am.predecessor_id = sea_orm::ActiveValue::Set(None);
            am
        });
        indicators::Entity::insert_many(models)
            .exec_without_returning(db)
            .await
            .unwrap();
    }
    codes
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

/// Value slots of each added indicator: 4 years × (annual, Q1-Q4).
const SLOTS: usize = 20;

/// Statements sent through sea-orm by the app and the benchmark (see [`counted`]).
static STATEMENTS: AtomicUsize = AtomicUsize::new(0);

/// `db` with every statement it runs counted in [`STATEMENTS`] (BEGIN and COMMIT are not statements
/// of sea-orm's and are not counted); with `BENCH_SQL=1` in the environment each is also printed.
fn counted(mut db: DatabaseConnection) -> DatabaseConnection {
    let print = std::env::var_os("BENCH_SQL").is_some();
    db.set_metric_callback(move |info| {
        STATEMENTS.fetch_add(1, Ordering::Relaxed);
        if print {
            eprintln!("SQL: {}", info.statement.sql);
        }
    });
    db
}

/// Where the floor of the import runs: a copy of the database state before the import.
enum Copy {
    /// A SQLite file.
    Sqlite(std::path::PathBuf),
    /// A PostgreSQL database under the server `base`, dropped afterwards.
    Pg { base: String, name: String },
}

async fn run(name: &str, url: &str, a: &Args, floor: Copy) {
    println!("== {name}");
    let db = counted(common::seeded(url).await.expect("migrated and seeded database"));
    let token = planner_token(&db).await;
    let sub_codes = add_indicators(&db, "SUB", a.submissions.div_ceil(SLOTS)).await;
    let imp_codes = add_indicators(&db, "IMP", a.rows.div_ceil(SLOTS)).await;
    let writer = stratrack::db::connect_writer(url)
        .await
        .expect("writer pool")
        .map(counted);
    let app = stratrack::app(stratrack::state::AppState::new(db.clone()).with_writer(writer));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("port");
    let addr = listener.local_addr().expect("address");
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    println!("{}", common::machine());
    let pg = db.get_database_backend() == sea_orm::DbBackend::Postgres;
    bench_submissions(addr, &token, sub_codes, a, pg).await;
    server.abort();
    let _ = server.await;
    // The floor's copy is taken with no other connection open (PostgreSQL copies a template only then).
    db.close().await.ok();
    copy_state(url, &floor).await;
    let db = stratrack::db::connect(url).await.expect("database");
    println!("{}", common::machine());
    let (secs, first_id) = bench_import(&db, &imp_codes, a.rows).await;
    let floor_secs = match &floor {
        Copy::Sqlite(path) => sqlite_floor(&db, path, first_id).await,
        Copy::Pg { base, name } => pg_floor(url, &format!("{base}/{name}"), first_id),
    };
    println!(
        "  floor, same rows into a copy of the same state ({}): {floor_secs:.2} s; ratio import / floor: {:.2}",
        match floor {
            Copy::Sqlite(_) => "sqlite3 shell, 1,000 rows per INSERT, one transaction",
            Copy::Pg { .. } => "psql \\copy, one transaction",
        },
        secs / floor_secs
    );
    db.close().await.ok();
    if let Copy::Pg { base, name } = floor {
        drop_pg(&base, &name).await;
    }
}

/// Copies the database state of `url` into `to` (nothing may be connected to `url`).
async fn copy_state(url: &str, to: &Copy) {
    match to {
        Copy::Sqlite(path) => {
            let db = stratrack::db::connect(url).await.expect("database");
            db.execute_unprepared(&format!("VACUUM INTO '{}'", path.display()))
                .await
                .expect("VACUUM INTO");
            db.close().await.ok();
        }
        Copy::Pg { base, name } => {
            let source = url.rsplit('/').next().expect("database name");
            let admin = sea_orm::Database::connect(format!("{base}/postgres"))
                .await
                .expect("PostgreSQL");
            let sql = format!("CREATE DATABASE \"{name}\" TEMPLATE \"{source}\"");
            for attempt in 0.. {
                match admin.execute_unprepared(&sql).await {
                    Ok(_) => break,
                    // The pools close their connections in the background.
                    Err(e) if attempt < 50 => {
                        let _ = e;
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                    Err(e) => panic!("{sql}: {e}"),
                }
            }
            admin.close().await.ok();
        }
    }
}

/// The columns the import fills (all but `id` and those it leaves NULL), in the order the floors use.
const IMPORTED: &str = "indicator_id, year, quarter, disaggregation, value, numerator, denominator, narrative, \
    evidence_url, quality, state, revision, entered_by, entered_at, submitted_by, submitted_at, review_note, \
    provenance, version, created_at, updated_at";

/// Times the `sqlite3` shell inserting the rows the import stored (id `first_id` on) into the copy at
/// `path`: the rows as SQL literals (`quote`), 1,000 per `INSERT`, in one transaction.
async fn sqlite_floor(db: &DatabaseConnection, path: &std::path::Path, first_id: i64) -> f64 {
    let quoted = IMPORTED
        .split(',')
        .map(|c| format!("quote({})", c.trim()))
        .collect::<Vec<_>>()
        .join(" || ',' || ");
    let rows = db
        .query_all_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            format!("SELECT '(' || {quoted} || ')' AS t FROM measurements WHERE id >= {first_id} ORDER BY id"),
        ))
        .await
        .unwrap();
    let mut sql =
        String::from("PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\nPRAGMA foreign_keys = ON;\nBEGIN;\n");
    for chunk in rows.chunks(1000) {
        sql.push_str(&format!("INSERT INTO measurements ({IMPORTED}) VALUES\n"));
        let values: Vec<String> = chunk.iter().map(|r| r.try_get::<String>("", "t").unwrap()).collect();
        sql.push_str(&values.join(",\n"));
        sql.push_str(";\n");
    }
    sql.push_str("COMMIT;\n");
    let file = path.with_extension("sql");
    std::fs::write(&file, sql).unwrap();
    let started = Instant::now();
    let out = std::process::Command::new("sqlite3")
        .arg(path)
        .stdin(std::fs::File::open(&file).unwrap())
        .output()
        .expect("the sqlite3 shell");
    let secs = started.elapsed().as_secs_f64();
    assert!(
        out.status.success(),
        "sqlite3: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    secs
}

/// Times `psql`'s `\copy` of the rows the import stored in `url` (id `first_id` on) into the copy at
/// `copy_url` (text format, one transaction).
fn pg_floor(url: &str, copy_url: &str, first_id: i64) -> f64 {
    let file = std::env::temp_dir().join(format!("stratrack_bench_{}.copy", std::process::id()));
    let psql = |url: &str, command: String| {
        let out = std::process::Command::new("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", &command])
            .output()
            .expect("psql");
        assert!(out.status.success(), "psql: {}", String::from_utf8_lossy(&out.stderr));
    };
    let columns = IMPORTED.split_whitespace().collect::<Vec<_>>().join(" ");
    psql(
        url,
        format!(
            "\\copy (SELECT {columns} FROM measurements WHERE id >= {first_id} ORDER BY id) TO '{}'",
            file.display()
        ),
    );
    let started = Instant::now();
    psql(
        copy_url,
        format!("\\copy measurements ({columns}) FROM '{}'", file.display()),
    );
    let secs = started.elapsed().as_secs_f64();
    std::fs::remove_file(&file).ok();
    secs
}

/// Drops the database `name` under the server `base`.
async fn drop_pg(base: &str, name: &str) {
    let admin = sea_orm::Database::connect(format!("{base}/postgres"))
        .await
        .expect("PostgreSQL");
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .await
        .ok();
    admin.close().await.ok();
}

/// Adds a planner of BR and returns an API token of theirs.
async fn planner_token(db: &DatabaseConnection) -> String {
    let br = org_units::Entity::find()
        .filter(org_units::Column::Code.eq("BR"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let planner = stratrack::models::users::NewUser {
        email: "planner@bench",
        display_name: "planner@bench",
        role: "planner",
        org_unit_id: Some(br.id),
        password: "bench password, not secret",
        must_change_password: false,
    };
    let planner = stratrack::models::users::create(db, planner).await.unwrap();
    stratrack::models::tokens::create(db, planner.id, "bench", None)
        .await
        .unwrap()
        .0
}

/// (a) `--submissions` create + submit pairs at `--clients` concurrent clients; prints throughput and
/// the pair's p50/p99 latency.
async fn bench_submissions(addr: SocketAddr, token: &str, codes: Vec<String>, a: &Args, pg: bool) {
    let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let next = Arc::new(AtomicUsize::new(0));
    let codes = Arc::new(codes);
    let statements = STATEMENTS.load(Ordering::Relaxed);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..a.clients {
        let (client, next, codes, token) = (client.clone(), next.clone(), codes.clone(), token.to_owned());
        let total = a.submissions;
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    return lat;
                }
                lat.push(submit(&client, addr, &token, &codes[i / SLOTS], i % SLOTS).await);
            }
        }));
    }
    let mut lat = Vec::new();
    for t in tasks {
        lat.extend(t.await.unwrap());
    }
    let secs = started.elapsed().as_secs_f64();
    let statements = STATEMENTS.load(Ordering::Relaxed) - statements;
    lat.sort();
    println!(
        "submission (create + submit) at {} clients: {} in {:.2} s = {:.0} submissions/s ({:.0} requests/s); latency of the pair p50 {:.1} ms, p99 {:.1} ms",
        a.clients,
        lat.len(),
        secs,
        lat.len() as f64 / secs,
        2.0 * lat.len() as f64 / secs,
        pct(&lat, 0.50),
        pct(&lat, 0.99)
    );
    let per_pair = statements as f64 / lat.len() as f64;
    if pg {
        println!(
            "  statements per pair: {per_pair:.2} through sea-orm, each one round trip; the create and the submit \
             are one statement each, run without BEGIN and COMMIT (a refused write would add a transaction)"
        );
    } else {
        println!(
            "  statements per pair: {per_pair:.2} through sea-orm, besides the BEGIN and COMMIT of its 2 write \
             transactions, shared by the writes of each group commit"
        );
    }
    println!("  floor: the target is >= 1,000 pairs/s at 32 clients on this machine");
}

/// Creates the value of slot `slot` of indicator `code` and submits it; returns how long the pair took.
async fn submit(client: &HttpClient, addr: SocketAddr, token: &str, code: &str, slot: usize) -> Duration {
    let (year, quarter) = (2028 + (slot / 5) as i64, (slot % 5) as i64);
    let mut body = serde_json::json!({"plan_code": "SP2028-2031", "indicator_code": code, "year": year, "value": "7"});
    if quarter > 0 {
        body["quarter"] = quarter.into();
    }
    let t0 = Instant::now();
    let (s, created) = post(client, addr, "/api/v1/measurements", token, body.to_string()).await;
    assert_eq!(s, 201, "{created}");
    let path = format!("/api/v1/measurements/{}/submit", created["id"]);
    let (s, done) = post(client, addr, &path, token, String::new()).await;
    assert_eq!(s, 200, "{done}");
    t0.elapsed()
}

/// (b) imports `rows` generated rows through the import code path; prints the wall time and returns it
/// with the first new id.
async fn bench_import(db: &DatabaseConnection, codes: &[String], rows: usize) -> (f64, i64) {
    let csv = import_csv(codes, rows);
    let before = count_measurements(db).await;
    let first_id = max_id(db).await + 1;
    let started = Instant::now();
    let done = match stratrack::models::imports::import(db, None, csv.as_bytes(), &Default::default()).await {
        Ok(d) => d,
        Err(stratrack::models::imports::ImportError::Rows(rows)) => {
            panic!("{} bad rows, first: {}", rows.total(), rows.listed[0])
        }
        Err(e) => panic!("import failed: {e}"),
    };
    let secs = started.elapsed().as_secs_f64();
    assert_eq!((count_measurements(db).await - before) as usize, rows);
    println!(
        "import of {} rows ({:.1} MB CSV): {:.2} s ({:.0} rows/s)",
        done.imported,
        csv.len() as f64 / 1e6,
        secs,
        done.imported as f64 / secs
    );
    (secs, first_id)
}

/// A CSV of `rows` rows filling the slots of `codes` in order.
fn import_csv(codes: &[String], rows: usize) -> String {
    let mut csv = String::from("plan_code,indicator_code,year,quarter,value,quality,narrative\n");
    for i in 0..rows {
        let (code, slot) = (&codes[i / SLOTS], i % SLOTS);
        let quarter = if slot % 5 == 0 {
            String::new()
        } else {
            (slot % 5).to_string()
        };
        csv.push_str(&format!(
            "SP2028-2031,{code},{},{quarter},{},final,generated row {i}\n",
            2028 + slot / 5,
            i % 1000
        ));
    }
    csv
}

/// How many measurement rows the database holds.
async fn count_measurements(db: &DatabaseConnection) -> i64 {
    one_number(db, "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM measurements").await
}

/// The largest measurement id (0 when none).
async fn max_id(db: &DatabaseConnection) -> i64 {
    one_number(db, "SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) AS n FROM measurements").await
}

/// The number `n` that `sql` answers.
async fn one_number(db: &DatabaseConnection, sql: &str) -> i64 {
    db.query_one_raw(sea_orm::Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap()
}

/// The HTTP client of the submissions.
type HttpClient = Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

async fn post(
    client: &HttpClient,
    addr: std::net::SocketAddr,
    path: &str,
    token: &str,
    body: String,
) -> (u16, serde_json::Value) {
    let mut req =
        hyper::Request::post(format!("http://{addr}{path}")).header("authorization", format!("Bearer {token}"));
    if !body.is_empty() {
        req = req.header("content-type", "application/json");
    }
    let resp = client
        .request(req.body(Full::new(Bytes::from(body))).unwrap())
        .await
        .expect("request");
    let status = resp.status().as_u16();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    )
}

#[tokio::main]
async fn main() {
    let a = args();
    let dir = tempfile::tempdir().expect("temp dir");
    run(
        "SQLite",
        &common::sqlite_url(&dir),
        &a,
        Copy::Sqlite(dir.path().join("floor.db")),
    )
    .await;
    if let Some(base) = &a.pg {
        let name = format!("stratrack_bench_{}", std::process::id());
        let admin = sea_orm::Database::connect(format!("{base}/postgres"))
            .await
            .expect("PostgreSQL");
        admin
            .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
            .await
            .unwrap();
        let floor = Copy::Pg {
            base: base.clone(),
            name: format!("{name}_floor"),
        };
        run("PostgreSQL", &format!("{base}/{name}"), &a, floor).await;
        admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
            .await
            .ok();
    }
}
