//! What `/metrics` reports, in the Prometheus text exposition format 0.0.4: requests by route template,
//! method and status; latency per route; database pool use; sizes of the SQLite group commits; imports;
//! report builds. The HTTP side (counting middleware, the route and who may read it) is in [`http`].
//!
//! A small registry of atomic counters and fixed-bucket histograms rather than a crate: the figures are
//! few and known in advance, recording one is a few atomic adds (no lock on the hot path but a read lock
//! on the route map), and the exposition format is a few lines of text. `metrics-exporter-prometheus`
//! brings its own HTTP server and an upkeep thread, `prometheus-client` a registry API larger than this
//! file; neither would remove the code that matters here (what is counted where).
//!
//! The figures are per process, like Prometheus expects (each process is scraped on its own); they
//! start at zero when the process starts.

mod histogram;
pub mod http;

use histogram::Histogram;
use sea_orm::{DatabaseConnection, DbBackend};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, LazyLock, Mutex, RwLock};
use std::time::{Duration, Instant};

/// The media type of the exposition format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// One ladder of time bucket bounds: (upper bound in microseconds, as written in `le`). Requests and
/// report builds take slices of it, so a bound is written the same way in both.
const SECONDS: &[(u64, &str)] = &[
    (1_000, "0.001"),
    (2_500, "0.0025"),
    (5_000, "0.005"),
    (10_000, "0.01"),
    (25_000, "0.025"),
    (50_000, "0.05"),
    (100_000, "0.1"),
    (250_000, "0.25"),
    (500_000, "0.5"),
    (1_000_000, "1"),
    (2_500_000, "2.5"),
    (5_000_000, "5"),
    (10_000_000, "10"),
    (30_000_000, "30"),
    (60_000_000, "60"),
    (120_000_000, "120"),
];

/// Bucket bounds of request latency: 1 ms to 30 s.
const LATENCY: &[(u64, &str)] = SECONDS.split_at(14).0;

/// Bucket bounds of report build time: 0.25 s to 120 s (a build takes seconds).
const BUILD: &[(u64, &str)] = SECONDS.split_at(7).1;

/// Bucket bounds of group-commit sizes (a group takes at most 64 writes).
const GROUP: &[(u64, &str)] = &[
    (1, "1"),
    (2, "2"),
    (4, "4"),
    (8, "8"),
    (16, "16"),
    (32, "32"),
    (64, "64"),
];

/// The figures of one route template.
struct Route {
    /// Requests by (method, status).
    answered: Mutex<Vec<(&'static str, u16, u64)>>,
    latency: Histogram<{ LATENCY.len() + 1 }>,
}

/// Every route seen so far, by template. Templates come from the router, so the map stays as small as
/// the route table whatever paths clients send.
static ROUTES: LazyLock<RwLock<HashMap<Box<str>, Arc<Route>>>> = LazyLock::new(RwLock::default);
static GROUPS: Histogram<{ GROUP.len() + 1 }> = Histogram::new(GROUP);
static BUILDS: Histogram<{ BUILD.len() + 1 }> = Histogram::new(BUILD);
static IMPORTS_STORED: AtomicU64 = AtomicU64::new(0);
static IMPORTS_FAILED: AtomicU64 = AtomicU64::new(0);
static IMPORT_ROWS: AtomicU64 = AtomicU64::new(0);

/// The label of requests that matched no route (404 from the fallback).
pub const UNMATCHED: &str = "unmatched";

/// Counts one answered request of `route` (a template such as `/api/v1/plans/{plan}`).
pub fn observe_request(route: &str, method: &axum::http::Method, status: u16, took: Duration) {
    let method = method_label(method);
    let found = ROUTES.read().unwrap_or_else(|e| e.into_inner()).get(route).cloned();
    let r = found.unwrap_or_else(|| {
        let mut routes = ROUTES.write().unwrap_or_else(|e| e.into_inner());
        routes
            .entry(route.into())
            .or_insert_with(|| {
                Arc::new(Route {
                    answered: Mutex::default(),
                    latency: Histogram::new(LATENCY),
                })
            })
            .clone()
    });
    r.latency.observe(micros(took));
    let mut answered = r.answered.lock().unwrap_or_else(|e| e.into_inner());
    match answered.iter_mut().find(|(m, s, _)| *m == method && *s == status) {
        Some((_, _, n)) => *n += 1,
        None => answered.push((method, status, 1)),
    }
}

/// Methods as labels: the standard ones by name, anything else as one value.
fn method_label(m: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *m {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
}

/// Records the size of one SQLite group commit (called by the group-commit writer).
pub fn observe_group(writes: usize) {
    GROUPS.observe(writes as u64);
}

/// Watches one CSV import: counts it as stored with its rows when [`ImportWatch::stored`] is called,
/// else (an error, refused rows, a dropped request) as failed when it goes out of scope.
#[must_use = "an import is counted when the watch ends"]
pub struct ImportWatch {
    done: bool,
}

impl ImportWatch {
    /// Starts watching an import.
    pub fn start() -> Self {
        ImportWatch { done: false }
    }

    /// The import stored `rows` rows.
    pub fn stored(mut self, rows: usize) {
        self.done = true;
        IMPORTS_STORED.fetch_add(1, Relaxed);
        IMPORT_ROWS.fetch_add(rows as u64, Relaxed);
    }
}

impl Drop for ImportWatch {
    fn drop(&mut self) {
        if !self.done {
            IMPORTS_FAILED.fetch_add(1, Relaxed);
        }
    }
}

/// Times one report build (rendering every file of a report); counted when it goes out of scope.
#[must_use = "a build is counted when the timer ends"]
pub struct BuildTimer(Instant);

impl BuildTimer {
    /// Starts timing a build.
    pub fn start() -> Self {
        BuildTimer(Instant::now())
    }
}

impl Drop for BuildTimer {
    fn drop(&mut self) {
        BUILDS.observe(micros(self.0.elapsed()));
    }
}

/// Size and idle connections of a pool, and an identity to tell two handles on one pool apart from two
/// pools.
struct PoolUse {
    size: u32,
    idle: usize,
    max: u32,
    id: *const (),
}

fn pool_use(db: &DatabaseConnection) -> Option<PoolUse> {
    fn of<D: sea_orm::sqlx::Database>(p: &sea_orm::sqlx::Pool<D>) -> PoolUse {
        let options = p.options();
        PoolUse {
            size: p.size(),
            idle: p.num_idle(),
            max: options.get_max_connections(),
            id: std::ptr::from_ref(options).cast(),
        }
    }
    match &db.inner {
        sea_orm::DatabaseConnectionType::SqlxSqlitePoolConnection(_) => Some(of(db.get_sqlite_connection_pool())),
        sea_orm::DatabaseConnectionType::SqlxPostgresPoolConnection(_) => Some(of(db.get_postgres_connection_pool())),
        _ => None,
    }
}

/// Escapes a label value (backslash, double quote, newline), as the format requires.
fn label(value: &str) -> String {
    value.replace('\\', r"\\").replace('"', "\\\"").replace('\n', "\\n")
}

fn header(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// Every figure as a Prometheus text exposition; `db` is the read pool and `writer` the pool of the
/// writes (reported only when it is a pool of its own: a SQLite file).
pub fn render(db: &DatabaseConnection, writer: &DatabaseConnection) -> String {
    let mut out = String::with_capacity(16 * 1024);
    render_requests(&mut out);
    render_pools(&mut out, db, writer);
    if db.get_database_backend() == DbBackend::Sqlite || writer.get_database_backend() == DbBackend::Sqlite {
        let name = "stratrack_write_group_size";
        header(
            &mut out,
            name,
            "histogram",
            "Writes committed together by one SQLite group commit.",
        );
        GROUPS.render(&mut out, name, "", 1.0);
    }
    render_imports(&mut out);
    let name = "stratrack_report_build_duration_seconds";
    header(
        &mut out,
        name,
        "histogram",
        "Time to render a report (freeze or verify a run); `_count` is the number of builds.",
    );
    BUILDS.render(&mut out, name, "", 1e6);
    out
}

/// Requests answered and their latency, by route template in order.
fn render_requests(out: &mut String) {
    let routes: Vec<(Box<str>, Arc<Route>)> = {
        let map = ROUTES.read().unwrap_or_else(|e| e.into_inner());
        let mut v: Vec<_> = map.iter().map(|(k, r)| (k.clone(), r.clone())).collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    };
    let name = "stratrack_http_requests_total";
    header(
        out,
        name,
        "counter",
        "HTTP requests answered, by route template (`unmatched`: no route), method and status.",
    );
    for (route, r) in &routes {
        let mut answered = r.answered.lock().unwrap_or_else(|e| e.into_inner()).clone();
        answered.sort_unstable();
        for (method, status, n) in answered {
            let route = label(route);
            let _ = writeln!(
                out,
                "{name}{{route=\"{route}\",method=\"{method}\",status=\"{status}\"}} {n}"
            );
        }
    }
    let name = "stratrack_http_request_duration_seconds";
    header(
        out,
        name,
        "histogram",
        "Time from request to response, by route template.",
    );
    for (route, r) in &routes {
        r.latency
            .render(out, name, &format!("route=\"{}\",", label(route)), 1e6);
    }
}

/// Connections of the read pool, and of the write pool when it is a pool of its own.
fn render_pools(out: &mut String, db: &DatabaseConnection, writer: &DatabaseConnection) {
    let mut pools = vec![("read", pool_use(db))];
    let write = pool_use(writer);
    if !matches!((&pools[0].1, &write), (Some(a), Some(b)) if a.id == b.id) {
        pools.push(("write", write));
    }
    for (name, help, value) in [
        (
            "stratrack_db_pool_connections",
            "Open connections of a database pool (`read`: the pool of every request; `write`: the one \
             connection of the SQLite group commits, absent when the writes share the read pool).",
            (|p: &PoolUse| p.size as u64) as fn(&PoolUse) -> u64,
        ),
        (
            "stratrack_db_pool_idle_connections",
            "Open connections of a database pool not in use.",
            |p: &PoolUse| p.idle as u64,
        ),
        (
            "stratrack_db_pool_max_connections",
            "Most connections a database pool opens.",
            |p: &PoolUse| u64::from(p.max),
        ),
    ] {
        header(out, name, "gauge", help);
        for (pool, u) in &pools {
            if let Some(u) = u {
                let _ = writeln!(out, "{name}{{pool=\"{pool}\"}} {}", value(u));
            }
        }
    }
}

/// CSV imports by outcome and the rows they stored.
fn render_imports(out: &mut String) {
    let name = "stratrack_imports_total";
    header(
        out,
        name,
        "counter",
        "CSV imports of measurements, by outcome (`failed`: refused rows or an error; nothing stored).",
    );
    let _ = writeln!(out, "{name}{{outcome=\"stored\"}} {}", IMPORTS_STORED.load(Relaxed));
    let _ = writeln!(out, "{name}{{outcome=\"failed\"}} {}", IMPORTS_FAILED.load(Relaxed));
    let name = "stratrack_import_rows_total";
    header(out, name, "counter", "Measurement rows stored by CSV imports.");
    let _ = writeln!(out, "{name} {}", IMPORT_ROWS.load(Relaxed));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(label("a\"b\\c\nd"), r#"a\"b\\c\nd"#);
    }

    #[test]
    fn latency_runs_from_a_millisecond_to_30_seconds_and_builds_from_a_quarter_second_to_two_minutes() {
        assert_eq!((LATENCY[0].1, LATENCY[LATENCY.len() - 1].1), ("0.001", "30"));
        assert_eq!((BUILD[0].1, BUILD[BUILD.len() - 1].1), ("0.25", "120"));
    }
}
