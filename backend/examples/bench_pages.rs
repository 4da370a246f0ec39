//! Pages and lists read while nothing changes (a documented command, not a timed test).
//!
//! ```sh
//! cargo run --release --example bench_pages -- [--clients 32] [--load 4000] [--requests 300] [--pg postgres://postgres@127.0.0.1:5432]
//! ```
//!
//! For each backend (a fresh SQLite file; with `--pg`, also a fresh PostgreSQL database created under that
//! server and dropped afterwards) it migrates and seeds the database, adds an admin with an API token,
//! starts the app on a random loopback port and logs in through the login form (session cookie, as a
//! browser does). Then:
//! (a) under load — the dashboard (`GET /`), the indicator list
//!     (`GET /api/v1/plans/SP2028-2031/indicators?year=2028&per_page=100`, with the token), the framework
//!     tree page (`GET /framework`) and the tree API (`GET /api/v1/plans/SP2028-2031/tree?year=2028`), each
//!     `--load` times from `--clients` concurrent keep-alive clients, beside a bare axum handler loaded the
//!     same way in the same run ([`common::compare`]: throughput, p50/p99 and the ratio);
//! (b) one at a time — the dashboard and an indicator page (`/indicators/KPI-T1.1`) `--requests` times each on
//!     one keep-alive connection: p50/p99 of the time to the last byte of the HTML.
//!
//! Prints the machine (CPU model, cores, load average) first. Loopback only, bounded counts.

use http_body_util::Empty;
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

mod common;

const PASSWORD: &str = "benchmark passphrase";

/// The headers of one loaded request (the session cookie or the API token).
type Headers = [(&'static str, String)];

/// The command line.
struct Args {
    clients: usize,
    load: usize,
    requests: usize,
    pg: Option<String>,
}

fn args() -> Args {
    let (n, pg) = common::options(&[("--clients", 32), ("--load", 4000), ("--requests", 300)]);
    Args {
        clients: n["--clients"],
        load: n["--load"],
        requests: n["--requests"].max(1),
        pg,
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let a = args();
    common::on_each_backend("stratrack_bench_pages", a.pg.as_deref(), async |backend, url| {
        run(backend, url, &a).await
    })
    .await
}

/// Every measurement on the database at `url`.
async fn run(backend: &str, url: &str, a: &Args) -> anyhow::Result<()> {
    println!("== {backend}");
    let db = common::seeded(url).await?;
    let admin = common::add_admin(&db, PASSWORD).await?;
    let (token, _) = stratrack::models::tokens::create(&db, admin.id, "bench", None).await?;
    let (addr, server) = common::serve(db, url).await?;
    let cookie = common::log_in(addr, "bench@local", PASSWORD).await?;
    let session = [("cookie", cookie.clone())];
    let bearer = [("authorization", format!("Bearer {token}"))];
    let api = "/api/v1/plans/SP2028-2031";
    let loaded: [(&str, String, &Headers); 4] = [
        ("dashboard `GET /`", "/".into(), &session),
        (
            "indicator list (53 indicators with statuses)",
            format!("{api}/indicators?year=2028&per_page=100"),
            &bearer,
        ),
        ("framework tree page `GET /framework`", "/framework".into(), &session),
        ("framework tree API", format!("{api}/tree?year=2028"), &bearer),
    ];
    for (name, path, headers) in loaded {
        common::compare(name, &format!("http://{addr}{path}"), headers, a.clients, a.load).await;
        println!("  ({})", common::machine());
    }
    // One keep-alive connection for every request.
    let client: Client<HttpConnector, Empty<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    for (name, path) in [("dashboard", "/"), ("indicator page", "/indicators/KPI-T1.1")] {
        common::time_page(&client, addr, &cookie, name, path, a.requests).await;
    }
    server.abort();
    Ok(())
}
