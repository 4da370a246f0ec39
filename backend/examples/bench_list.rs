//! Benchmark of the indicator list with statuses (a documented command, not a timed test).
//!
//! ```sh
//! cargo run --release --example bench_list -- [--clients 32] [--requests 6400]
//! ```
//!
//! Seeds a fresh SQLite database, starts the app on a random loopback port and sends `--requests`
//! `GET /api/v1/plans/SP2028-2031/indicators?year=2028&per_page=100` from `--clients` concurrent keep-alive
//! clients with an admin token; prints throughput and p50/p99 latency. Loopback only, bounded count.

use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let (clients, requests) = (arg("--clients", 32), arg("--requests", 6400));
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display());
    let db = stratrack::db::connect(&url).await?;
    stratrack::db::migrate(&db).await?;
    stratrack::seed::seed(&db, &stratrack::seed::Source::Embedded).await?;
    let admin = stratrack::models::users::create(
        &db,
        stratrack::models::users::NewUser {
            email: "bench@local",
            display_name: "bench",
            role: "admin",
            org_unit_id: None,
            password: "benchmark passphrase",
            must_change_password: false,
        },
    )
    .await?;
    let (token, _) = stratrack::models::tokens::create(&db, admin.id, "bench", None).await?;
    let app =
        stratrack::app(stratrack::state::AppState::new(db).with_writer(stratrack::db::connect_writer(&url).await?));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move { axum::serve(listener, app).await });
    let uri = format!("http://{addr}/api/v1/plans/SP2028-2031/indicators?year=2028&per_page=100");
    let client: Client<_, Empty<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let get = |c: Client<_, Empty<Bytes>>, uri: String, token: String| async move {
        let req = hyper::Request::get(uri)
            .header("authorization", format!("Bearer {token}"))
            .body(Empty::new())
            .unwrap();
        let resp = c.request(req).await.expect("response");
        assert!(resp.status().is_success(), "status {}", resp.status());
        resp.into_body().collect().await.expect("body");
    };
    for _ in 0..50 {
        get(client.clone(), uri.clone(), token.clone()).await;
    }
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (c, u, t, next) = (client.clone(), uri.clone(), token.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            while next.fetch_add(1, Ordering::Relaxed) < requests {
                let t0 = Instant::now();
                get(c.clone(), u.clone(), t.clone()).await;
                lat.push(t0.elapsed());
            }
            lat
        }));
    }
    let mut lat: Vec<Duration> = Vec::new();
    for t in tasks {
        lat.extend(t.await?);
    }
    let wall = started.elapsed();
    lat.sort();
    let pct = |p: f64| lat[((lat.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "indicator list (53 indicators with statuses), {clients} clients, {} requests: {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms",
        lat.len(),
        lat.len() as f64 / wall.as_secs_f64(),
        pct(0.50).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3
    );
    Ok(())
}
