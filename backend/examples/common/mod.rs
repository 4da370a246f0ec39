//! What the benchmarks share: reading their arguments, a fresh migrated and seeded database, the app
//! served on a random loopback port, and latency percentiles.

// Each benchmark compiles this module on its own and uses part of it.
#![allow(dead_code)]

use http_body_util::{BodyExt, Empty, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use stratrack::entities::users;

/// The command line: `--NAME N` for each counted option (its default given), and `--pg URL`. An unknown
/// option, a missing value or a value that is not a number stops the benchmark with its name.
pub fn options(defaults: &[(&'static str, usize)]) -> (std::collections::HashMap<&'static str, usize>, Option<String>) {
    let mut numbers: std::collections::HashMap<&'static str, usize> = defaults.iter().copied().collect();
    let mut pg = None;
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let v = it.next().unwrap_or_else(|| panic!("{k} needs a value"));
        if k == "--pg" {
            pg = Some(v);
            continue;
        }
        let Some((name, _)) = defaults.iter().find(|(n, _)| *n == k) else {
            panic!("unknown argument {k}");
        };
        numbers.insert(name, v.parse().unwrap_or_else(|_| panic!("{k} N: {v} is not a number")));
    }
    (numbers, pg)
}

/// The command line of a benchmark over `bench-data`'s large plan.
pub struct LargePlanArgs {
    /// `--indicators` (default 10,000).
    pub indicators: usize,
    /// `--disaggregations`: breakdowns per value.
    pub disaggregations: usize,
    /// `--clients` (default 32).
    pub clients: usize,
    /// `--load`: requests under load (default 3,000).
    pub load: usize,
    /// `--requests`: requests one at a time (default 300, at least 10).
    pub requests: usize,
    /// `--pg`: a PostgreSQL server URL.
    pub pg: Option<String>,
}

/// Reads [`LargePlanArgs`], `--disaggregations` defaulting to `disaggregations`.
pub fn large_plan_args(disaggregations: usize) -> LargePlanArgs {
    let (n, pg) = options(&[
        ("--indicators", 10_000),
        ("--disaggregations", disaggregations),
        ("--clients", 32),
        ("--load", 3000),
        ("--requests", 300),
    ]);
    LargePlanArgs {
        indicators: n["--indicators"],
        disaggregations: n["--disaggregations"],
        clients: n["--clients"],
        load: n["--load"],
        requests: n["--requests"].max(10),
        pg,
    }
}

/// Runs `run` as a benchmark's `main` does: the machine printed, then `run("SQLite", url)` on a fresh
/// SQLite file and, with `pg` (a server URL), `run("PostgreSQL", url)` on a fresh database `name`_PID
/// created under that server and dropped afterwards, whatever `run` returned; the machine again.
#[allow(dead_code)] // not every benchmark that shares this module runs on both backends this way
pub async fn on_each_backend(
    name: &str,
    pg: Option<&str>,
    run: impl AsyncFn(&'static str, &str) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    println!("{}", machine());
    let dir = tempfile::tempdir()?;
    run("SQLite", &sqlite_url(&dir)).await?;
    if let Some(base) = pg {
        let name = format!("{name}_{}", std::process::id());
        let admin = sea_orm::Database::connect(format!("{base}/postgres")).await?;
        admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await?;
        let result = run("PostgreSQL", &format!("{base}/{name}")).await;
        admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
            .await
            .ok();
        result?;
    }
    println!("{}", machine());
    Ok(())
}

/// The URL of a new SQLite file `bench.db` in `dir`.
pub fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display())
}

/// Connects to `url`, migrates and loads the embedded seed.
pub async fn seeded(url: &str) -> anyhow::Result<DatabaseConnection> {
    let db = stratrack::db::connect(url).await?;
    stratrack::db::migrate(&db).await?;
    stratrack::seed::seed(&db, &stratrack::seed::Source::Embedded).await?;
    Ok(db)
}

/// Adds the admin `bench@local` with `password`.
pub async fn add_admin(db: &DatabaseConnection, password: &str) -> anyhow::Result<users::Model> {
    let admin = stratrack::models::users::create(
        db,
        stratrack::models::users::NewUser {
            email: "bench@local",
            display_name: "bench",
            role: "admin",
            org_unit_id: None,
            password,
            must_change_password: false,
        },
    )
    .await?;
    Ok(admin)
}

/// Adds `stratrack bench-data`'s plan `BENCH`: `indicators` indicators with values in its first four
/// years (2028 – 2031), `disaggregations` breakdowns per value.
pub async fn bench_plan(url: &str, indicators: usize, disaggregations: usize) -> anyhow::Result<()> {
    stratrack::bench_data::run(
        url,
        stratrack::bench_data::BenchArgs {
            indicators,
            years: 4,
            disaggregations,
            plan: "BENCH".into(),
            start_year: 2028,
            br_indicators: None,
        },
    )
    .await?;
    Ok(())
}

/// `admin` as the acting user of a use case called directly (through a token, at the current data).
pub fn actor(admin: &users::Model) -> stratrack::auth::Actor {
    stratrack::auth::Actor {
        id: admin.id,
        email: admin.email.clone(),
        name: admin.display_name.clone(),
        role: stratrack::auth::Role::Admin,
        unit_id: None,
        via: stratrack::auth::Via::Token,
        data_version: None,
        unread: None,
        language: None,
    }
}

/// Serves the app over `db` (writes through a writer pool on `url`) on a random loopback port; returns
/// the address and the server task.
pub async fn serve(
    db: DatabaseConnection,
    url: &str,
) -> anyhow::Result<(SocketAddr, tokio::task::JoinHandle<std::io::Result<()>>)> {
    let app =
        stratrack::app(stratrack::state::AppState::new(db).with_writer(stratrack::db::connect_writer(url).await?));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    Ok((addr, tokio::spawn(async move { axum::serve(listener, app).await })))
}

/// The `p` percentile (0 to 1) of `sorted` latencies, nearest rank, in milliseconds.
pub fn percentile_ms(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3
}

/// The machine the figures come from: CPU model, cores and the load average (1, 5, 15 min), read from
/// `/proc`; printed by every benchmark before its figures.
pub fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .and_then(|r| r.split_once(':'))
                .map(|(_, m)| m.trim())
        })
        .unwrap_or("unknown CPU")
        .to_owned();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    format!("machine: {model}, {cores} cores, load average {}", load.join(" "))
}

/// Throughput and latency of one loaded endpoint.
pub struct Load {
    /// Requests answered.
    pub requests: usize,
    /// Requests per second over the whole run.
    pub per_second: f64,
    /// Median latency, ms.
    pub p50: f64,
    /// 99th percentile latency, ms.
    pub p99: f64,
}

impl std::fmt::Display for Load {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:.0} req/s, p50 {:.2} ms, p99 {:.2} ms ({} requests)",
            self.per_second, self.p50, self.p99, self.requests
        )
    }
}

/// A keep-alive HTTP/1.1 client for the loopback.
pub type HttpClient = hyper_util::client::legacy::Client<
    hyper_util::client::legacy::connect::HttpConnector,
    http_body_util::Empty<hyper::body::Bytes>,
>;

/// A new keep-alive client.
pub fn client() -> HttpClient {
    hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build_http()
}

/// Sends `GET uri` with `headers` from `clients` concurrent keep-alive clients (each a task), `requests`
/// times in all after 50 warm-up requests; every answer must be 200 and is read to its last byte.
pub async fn load(uri: &str, headers: &[(&str, String)], clients: usize, requests: usize) -> Load {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let request = std::sync::Arc::new(Get {
        uri: uri.to_owned(),
        headers: headers.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
    });
    let client = client();
    for _ in 0..50 {
        request.send(&client).await;
    }
    let next = std::sync::Arc::new(AtomicUsize::new(0));
    let started = std::time::Instant::now();
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let (c, next, request) = (client.clone(), next.clone(), request.clone());
            tokio::spawn(async move {
                let mut lat = Vec::new();
                while next.fetch_add(1, Ordering::Relaxed) < requests {
                    let t0 = std::time::Instant::now();
                    request.send(&c).await;
                    lat.push(t0.elapsed());
                }
                lat
            })
        })
        .collect();
    let mut lat = Vec::with_capacity(requests);
    for t in tasks {
        lat.extend(t.await.expect("client task"));
    }
    let wall = started.elapsed();
    lat.sort();
    Load {
        requests: lat.len(),
        per_second: lat.len() as f64 / wall.as_secs_f64(),
        p50: percentile_ms(&lat, 0.50),
        p99: percentile_ms(&lat, 0.99),
    }
}

/// One GET request to repeat.
struct Get {
    uri: String,
    headers: Vec<(String, String)>,
}

impl Get {
    /// Sends it and reads the answer to its last byte; panics unless it is 200.
    async fn send(&self, client: &HttpClient) {
        let mut req = hyper::Request::get(&self.uri);
        for (k, v) in &self.headers {
            req = req.header(k, v);
        }
        let resp = client
            .request(req.body(http_body_util::Empty::new()).expect("request"))
            .await
            .expect("response");
        assert_eq!(resp.status(), 200, "GET {} answered {}", self.uri, resp.status());
        resp.into_body().collect().await.expect("body");
    }
}

/// Prints `name`'s figure beside the bare anchor's, measured one after the other with the same client.
pub async fn compare(name: &str, uri: &str, headers: &[(&str, String)], clients: usize, requests: usize) -> Load {
    let anchor = anchor().await.expect("anchor");
    let bare = load(&format!("http://{anchor}/"), &[], clients, requests).await;
    let page = load(uri, headers, clients, requests).await;
    println!("{name}, {clients} clients: {page}");
    println!("  bare axum handler, same client, same run: {bare}");
    println!(
        "  ratio: {:.1}x the anchor's throughput, p99 {:.1}x",
        bare.per_second / page.per_second,
        page.p99 / bare.p99
    );
    page
}

/// A bare axum handler (a fixed short text) on a random loopback port: the anchor each page's figure is
/// compared with, served by the same runtime and loaded by the same client in the same run.
pub async fn anchor() -> anyhow::Result<SocketAddr> {
    let app = axum::Router::new().route("/", axum::routing::get(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok(addr)
}

/// Logs in as `email` through the form, as the browser does (the login page first, for its CSRF
/// cookie); returns the session cookie.
pub async fn log_in(addr: SocketAddr, email: &str, password: &str) -> anyhow::Result<String> {
    let login: Client<HttpConnector, Full<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let page = login
        .request(hyper::Request::get(format!("http://{addr}/login")).body(Full::new(Bytes::new()))?)
        .await?;
    // The form's CSRF field carries the same value as the login CSRF cookie.
    let csrf_cookie = first_cookie(&page, "login_csrf")?;
    let csrf = csrf_cookie
        .split_once('=')
        .map(|(_, v)| v.to_owned())
        .unwrap_or_default();
    let form = serde_urlencoded::to_string([("email", email), ("password", password), ("next", "/"), ("csrf", &csrf)])?;
    let resp = login
        .request(
            hyper::Request::post(format!("http://{addr}/login"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", csrf_cookie)
                .body(Full::new(Bytes::from(form)))?,
        )
        .await?;
    anyhow::ensure!(resp.status().is_redirection(), "login answered {}", resp.status());
    first_cookie(&resp, "session")
}

/// The `name=value` of the first cookie `resp` sets whose name contains `part`.
fn first_cookie<B>(resp: &hyper::Response<B>, part: &str) -> anyhow::Result<String> {
    resp.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .find(|c| c.split_once('=').is_some_and(|(n, _)| n.contains(part)))
        .map(str::to_owned)
        .ok_or_else(|| anyhow::anyhow!("no {part} cookie"))
}

/// One `GET path` with the session `cookie`, read to its last byte: its latency and its size in bytes;
/// panics unless it answers 200.
pub async fn get_once(
    client: &Client<HttpConnector, Empty<Bytes>>,
    addr: SocketAddr,
    cookie: &str,
    path: &str,
) -> (Duration, usize) {
    let req = hyper::Request::get(format!("http://{addr}{path}"))
        .header("cookie", cookie)
        .body(Empty::new())
        .unwrap();
    let t0 = Instant::now();
    let resp = client.request(req).await.expect("response");
    assert_eq!(resp.status(), 200, "GET {path}: status {}", resp.status());
    let body = resp.into_body().collect().await.expect("body").to_bytes();
    (t0.elapsed(), body.len())
}

/// Requests `path` 20 times to warm up, then `requests` times one at a time; prints p50 and p99.
pub async fn time_page(
    client: &Client<HttpConnector, Empty<Bytes>>,
    addr: SocketAddr,
    cookie: &str,
    name: &str,
    path: &str,
    requests: usize,
) {
    for _ in 0..20 {
        get_once(client, addr, cookie, path).await;
    }
    let mut lat: Vec<Duration> = Vec::with_capacity(requests);
    let mut bytes = 0;
    for _ in 0..requests {
        let (t, n) = get_once(client, addr, cookie, path).await;
        lat.push(t);
        bytes = n;
    }
    lat.sort();
    println!(
        "{name} `GET {path}` ({} kB of HTML), {requests} requests one at a time: p50 {:.2} ms, p99 {:.2} ms",
        bytes / 1000,
        percentile_ms(&lat, 0.50),
        percentile_ms(&lat, 0.99)
    );
}
