//! The year-against-year comparison over a large plan (a documented command, not a timed test).
//!
//! ```sh
//! cargo run --release --example bench_compare -- [--indicators 10000] [--disaggregations 4] [--clients 32] [--load 3000] [--requests 300] [--pg postgres://postgres@127.0.0.1:5432]
//! ```
//!
//! For each backend (a fresh SQLite file; with `--pg`, also a fresh PostgreSQL database created under that
//! server and dropped afterwards) it migrates and seeds the database, adds `stratrack bench-data`'s plan
//! `BENCH` (`--indicators` indicators, values in 2028 – 2031, `--disaggregations` breakdowns per value),
//! adds an admin, serves the app on a random loopback port and logs in through the login form. Then:
//! (a) the comparison of 2029 and 2030 computed anew after the data changed (both years' evaluations and
//!     the comparison of every indicator, nothing kept): `models::comparison::compare_years`, timed once
//!     per fresh data version, `--requests` / 10 times;
//! (b) one at a time — the comparison page (`GET /compare?plan=BENCH&a=2029&b=2030`, 50 indicators a
//!     page, the counts of every kind of move and the roll-ups of the goals and priorities) and the same
//!     filtered by goal and kind of move, `--requests` times each on one keep-alive connection;
//! (c) under load — the page and the API (`GET /api/v1/plans/BENCH/compare?a=2029&b=2030`), each `--load`
//!     times from `--clients` concurrent keep-alive clients, beside a bare axum handler loaded the same
//!     way in the same run ([`common::compare`]).
//!
//! Prints the machine (CPU model, cores, load average) first and after each loaded figure. Loopback
//! only, bounded counts.

use std::time::{Duration, Instant};
use stratrack::models::comparison::{self, CompareParams};

mod common;

const PASSWORD: &str = "benchmark passphrase";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let a = common::large_plan_args(4);
    common::on_each_backend("stratrack_bench_compare", a.pg.as_deref(), async |backend, url| {
        run(backend, url, &a).await
    })
    .await
}

async fn run(backend: &str, url: &str, a: &common::LargePlanArgs) -> anyhow::Result<()> {
    println!("== {backend}");
    let db = common::seeded(url).await?;
    let t0 = Instant::now();
    common::bench_plan(url, a.indicators, a.disaggregations).await?;
    println!(
        "bench-data ({} indicators): {:.1} s",
        a.indicators,
        t0.elapsed().as_secs_f64()
    );
    let admin = common::add_admin(&db, PASSWORD).await?;
    let actor = common::actor(&admin);
    let (token, _) = stratrack::models::tokens::create(&db, admin.id, "bench", None).await?;

    // (a) computed anew: a raised data version leaves nothing kept.
    let cache = stratrack::models::cache::Cache::default();
    let params = || CompareParams {
        a: Some(2029),
        b: Some(2030),
        ..CompareParams::default()
    };
    let mut cold: Vec<Duration> = Vec::new();
    for _ in 0..(a.requests / 10) {
        stratrack::models::data_version::bump(&db).await?;
        let t0 = Instant::now();
        let y = comparison::compare_years(&db, &cache, &actor, "BENCH", params()).await?;
        cold.push(t0.elapsed());
        assert_eq!(y.total as usize, a.indicators, "every indicator is compared");
    }
    cold.sort();
    println!(
        "comparison computed anew after a change ({} indicators, 2029 and 2030), {} times: p50 {:.2} ms, p99 {:.2} ms",
        a.indicators,
        cold.len(),
        common::percentile_ms(&cold, 0.50),
        common::percentile_ms(&cold, 0.99)
    );

    let (addr, server) = common::serve(db, url).await?;
    let cookie = common::log_in(addr, "bench@local", PASSWORD).await?;
    let session = [("cookie", cookie.clone())];
    let bearer = [("authorization", format!("Bearer {token}"))];
    let page = "/compare?plan=BENCH&a=2029&b=2030";
    let filtered = "/compare?plan=BENCH&a=2029&b=2030&goal=G1&change=worsened";
    let api = "/api/v1/plans/BENCH/compare?a=2029&b=2030";

    // (b) one at a time.
    let client = common::client();
    for (name, path) in [
        ("comparison page", page),
        ("comparison page, goal and move filtered", filtered),
    ] {
        common::time_page(&client, addr, &cookie, name, path, a.requests).await;
    }
    println!("  ({})", common::machine());

    // (c) under load.
    common::compare(
        "comparison page (10,000 indicators, 50 a page)",
        &format!("http://{addr}{page}"),
        &session,
        a.clients,
        a.load,
    )
    .await;
    println!("  ({})", common::machine());
    common::compare(
        "comparison API",
        &format!("http://{addr}{api}"),
        &bearer,
        a.clients,
        a.load,
    )
    .await;
    println!("  ({})", common::machine());
    server.abort();
    Ok(())
}
