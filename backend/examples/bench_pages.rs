//! Server render time of two pages on the seed (a documented command, not a timed test).
//!
//! ```sh
//! cargo run --release --example bench_pages -- [--requests 300]
//! ```
//!
//! Seeds a fresh SQLite database, adds an admin, starts the app on a random loopback port, logs in
//! through the login form (session cookie, as a browser does) and then requests the dashboard (`/`) and
//! an indicator page (`/indicators/KPI-T1.1`) `--requests` times each, one request at a time on one
//! keep-alive connection; prints p50/p99 of the time to the last byte of the HTML. Loopback only,
//! bounded count.

use http_body_util::{BodyExt, Empty, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

mod common;

const PASSWORD: &str = "benchmark passphrase";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let requests = common::arg("--requests", 300).max(1);
    let dir = tempfile::tempdir()?;
    let url = common::sqlite_url(&dir);
    let db = common::seeded(&url).await?;
    common::add_admin(&db, PASSWORD).await?;
    let (addr, _server) = common::serve(db, &url).await?;
    let cookie = log_in(addr).await?;
    // One keep-alive connection for every request.
    let client: Client<HttpConnector, Empty<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    for (name, path) in [("dashboard", "/"), ("indicator page", "/indicators/KPI-T1.1")] {
        time_page(&client, addr, &cookie, name, path, requests).await;
    }
    Ok(())
}

/// Logs in through the form, as the browser does; returns the session cookie.
async fn log_in(addr: SocketAddr) -> anyhow::Result<String> {
    let login: Client<HttpConnector, Full<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let form = serde_urlencoded::to_string([("email", "bench@local"), ("password", PASSWORD), ("next", "/")])?;
    let resp = login
        .request(
            hyper::Request::post(format!("http://{addr}/login"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Full::new(Bytes::from(form)))?,
        )
        .await?;
    anyhow::ensure!(resp.status().is_redirection(), "login answered {}", resp.status());
    Ok(resp
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .ok_or_else(|| anyhow::anyhow!("no session cookie"))?
        .to_owned())
}

/// Requests `path` 20 times to warm up, then `requests` times one at a time; prints p50 and p99.
async fn time_page(
    client: &Client<HttpConnector, Empty<Bytes>>,
    addr: SocketAddr,
    cookie: &str,
    name: &str,
    path: &str,
    requests: usize,
) {
    let get = || {
        let (client, cookie) = (client.clone(), cookie.to_owned());
        let uri = format!("http://{addr}{path}");
        async move {
            let req = hyper::Request::get(uri)
                .header("cookie", cookie)
                .body(Empty::new())
                .unwrap();
            let t0 = Instant::now();
            let resp = client.request(req).await.expect("response");
            assert_eq!(resp.status(), 200, "status {}", resp.status());
            let body = resp.into_body().collect().await.expect("body").to_bytes();
            (t0.elapsed(), body.len())
        }
    };
    for _ in 0..20 {
        get().await;
    }
    let mut lat: Vec<Duration> = Vec::with_capacity(requests);
    let mut bytes = 0;
    for _ in 0..requests {
        let (t, n) = get().await;
        lat.push(t);
        bytes = n;
    }
    lat.sort();
    println!(
        "{name} `GET {path}` ({} kB of HTML), {requests} requests one at a time: p50 {:.2} ms, p99 {:.2} ms",
        bytes / 1000,
        common::percentile_ms(&lat, 0.50),
        common::percentile_ms(&lat, 0.99)
    );
}
