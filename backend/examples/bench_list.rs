//! Benchmark of the indicator list with statuses (a documented command, not a timed test).
//!
//! ```sh
//! cargo run --release --example bench_list -- [--clients 32] [--requests 6400]
//! ```
//!
//! Seeds a fresh SQLite database, starts the app on a random loopback port and sends `--requests`
//! `GET /api/v1/plans/SP2028-2031/indicators?year=2028&per_page=100` from `--clients` concurrent keep-alive
//! clients with an admin token; prints throughput and p50/p99 latency beside a bare axum handler loaded
//! the same way in the same run, and the machine (CPU model, load). Loopback only, bounded count.

mod common;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let (clients, requests) = (common::arg("--clients", 32), common::arg("--requests", 6400));
    println!("{}", common::machine());
    let dir = tempfile::tempdir()?;
    let url = common::sqlite_url(&dir);
    let db = common::seeded(&url).await?;
    let admin = common::add_admin(&db, "benchmark passphrase").await?;
    let (token, _) = stratrack::models::tokens::create(&db, admin.id, "bench", None).await?;
    let (addr, _server) = common::serve(db, &url).await?;
    let uri = format!("http://{addr}/api/v1/plans/SP2028-2031/indicators?year=2028&per_page=100");
    let auth = [("authorization", format!("Bearer {token}"))];
    common::compare(
        "indicator list (53 indicators with statuses)",
        &uri,
        &auth,
        clients,
        requests,
    )
    .await;
    Ok(())
}
