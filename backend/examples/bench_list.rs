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

mod common;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let (clients, requests) = (common::arg("--clients", 32), common::arg("--requests", 6400));
    let dir = tempfile::tempdir()?;
    let url = common::sqlite_url(&dir);
    let db = common::seeded(&url).await?;
    let admin = common::add_admin(&db, "benchmark passphrase").await?;
    let (token, _) = stratrack::models::tokens::create(&db, admin.id, "bench", None).await?;
    let (addr, _server) = common::serve(db, &url).await?;
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
    println!(
        "indicator list (53 indicators with statuses), {clients} clients, {} requests: {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms",
        lat.len(),
        lat.len() as f64 / wall.as_secs_f64(),
        common::percentile_ms(&lat, 0.50),
        common::percentile_ms(&lat, 0.99)
    );
    Ok(())
}
