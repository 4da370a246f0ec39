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
use std::time::{Duration, Instant};

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

const PASSWORD: &str = "benchmark passphrase";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let requests = arg("--requests", 300).max(1);
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display());
    let db = stratrack::db::connect(&url).await?;
    stratrack::db::migrate(&db).await?;
    stratrack::seed::seed(&db, &stratrack::seed::Source::Embedded).await?;
    stratrack::models::users::create(
        &db,
        stratrack::models::users::NewUser {
            email: "bench@local",
            display_name: "bench",
            role: "admin",
            org_unit_id: None,
            password: PASSWORD,
            must_change_password: false,
        },
    )
    .await?;
    let app =
        stratrack::app(stratrack::state::AppState::new(db).with_writer(stratrack::db::connect_writer(&url).await?));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move { axum::serve(listener, app).await });

    // Log in through the form, as the browser does, and keep the session cookie.
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
    let cookie = resp
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .ok_or_else(|| anyhow::anyhow!("no session cookie"))?
        .to_owned();

    let client: Client<HttpConnector, Empty<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let get = |path: &str| {
        let (client, cookie) = (client.clone(), cookie.clone());
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
    for (name, path) in [("dashboard", "/"), ("indicator page", "/indicators/KPI-T1.1")] {
        for _ in 0..20 {
            get(path).await;
        }
        let mut lat: Vec<Duration> = Vec::with_capacity(requests);
        let mut bytes = 0;
        for _ in 0..requests {
            let (t, n) = get(path).await;
            lat.push(t);
            bytes = n;
        }
        lat.sort();
        let pct = |p: f64| lat[((lat.len() as f64 - 1.0) * p).round() as usize];
        println!(
            "{name} `GET {path}` ({} kB of HTML), {requests} requests one at a time: p50 {:.2} ms, p99 {:.2} ms",
            bytes / 1000,
            pct(0.50).as_secs_f64() * 1e3,
            pct(0.99).as_secs_f64() * 1e3
        );
    }
    Ok(())
}
