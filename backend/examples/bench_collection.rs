//! The completeness board over a large plan (a documented command, not a timed test).
//!
//! ```sh
//! cargo run --release --example bench_collection -- [--indicators 10000] [--disaggregations 24] [--clients 32] [--load 3000] [--requests 300] [--pg postgres://postgres@127.0.0.1:5432]
//! ```
//!
//! For each backend (a fresh SQLite file; with `--pg`, also a fresh PostgreSQL database created under that
//! server and dropped afterwards) it migrates and seeds the database, adds `stratrack bench-data`'s plan
//! `BENCH` (`--indicators` indicators, 4 years, `--disaggregations` breakdowns per value), sets the
//! collection dates of 2031, adds an admin, serves the app on a random loopback port and logs in through
//! the login form. Then:
//! (a) the first board after the data changed, computed anew: the two grouped queries and the calendar,
//!     timed once per fresh data version (`--requests` / 10 times, each after an audited write);
//! (b) under load — the collection page (`GET /collection?plan=BENCH&year=2031`, every unit's line) and the
//!     completeness API, each `--load` times from `--clients` concurrent keep-alive clients, beside a bare
//!     axum handler loaded the same way ([`common::compare`]); then the entry grid of unit BR (`GET
//!     /entry?plan=BENCH&year=2031&unit=BR&per_page=50`, 50 rows a page) the same way;
//! (c) one at a time — the collection page, the entry grid and the dashboard of `BENCH` 2031 `--requests` times each.
//!
//! Prints the machine (CPU model, cores, load average) first. Loopback only, bounded counts.

use std::time::{Duration, Instant};

mod common;

const PASSWORD: &str = "benchmark passphrase";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let a = common::large_plan_args(24);
    common::on_each_backend("stratrack_bench_collection", a.pg.as_deref(), async |backend, url| {
        run(backend, url, &a).await
    })
    .await
}

async fn run(backend: &str, url: &str, a: &common::LargePlanArgs) -> anyhow::Result<()> {
    println!("== {backend}");
    let db = common::seeded(url).await?;
    common::bench_plan(url, a.indicators, a.disaggregations).await?;
    let admin = common::add_admin(&db, PASSWORD).await?;
    let actor = common::actor(&admin);
    let (token, _) = stratrack::models::tokens::create(&db, admin.id, "bench", None).await?;
    let dates = |due: u32| stratrack::models::collection::SetDates {
        opens_on: chrono::NaiveDate::from_ymd_opt(2032, 1, 1).unwrap(),
        due_on: chrono::NaiveDate::from_ymd_opt(2032, 2, due).unwrap(),
        version: None,
    };
    let claim = stratrack::models::patching::Claim::default();
    stratrack::models::collection::set_default(&db, &actor, ("BENCH", 2031), claim, dates(28)).await?;

    // (a) the board right after a change: nothing kept, every count read anew.
    let cache = stratrack::models::cache::Cache::default();
    let plan = stratrack::models::plans::plan_by_code(&db, "BENCH").await?;
    let today = chrono::Utc::now().date_naive();
    let mut cold: Vec<Duration> = Vec::new();
    for i in 0..(a.requests / 10) {
        // An audited change raises the data version, so the next board is computed anew.
        let c = stratrack::models::collection::read_calendar(&db, &actor, "BENCH", 2031).await?;
        let version = c.default.as_ref().map(|d| d.version);
        let claim = stratrack::models::patching::Claim::new(None, version);
        let mut d = dates(if i % 2 == 0 { 27 } else { 28 });
        d.version = version;
        stratrack::models::collection::set_default(&db, &actor, ("BENCH", 2031), claim, d).await?;
        let snap = cache.snapshot(&db).await?;
        let t0 = Instant::now();
        let b = stratrack::models::collection::board(&db, &snap, &actor, plan.clone(), 2031, today).await?;
        cold.push(t0.elapsed());
        assert_eq!(b.total.expected as usize, a.indicators, "every indicator is expected");
    }
    cold.sort();
    println!(
        "board computed anew after a change ({} indicators), {} times: p50 {:.2} ms, p99 {:.2} ms",
        a.indicators,
        cold.len(),
        common::percentile_ms(&cold, 0.50),
        common::percentile_ms(&cold, 0.99)
    );

    let (addr, server) = common::serve(db, url).await?;
    let cookie = common::log_in(addr, "bench@local", PASSWORD).await?;
    let session = [("cookie", cookie.clone())];
    let bearer = [("authorization", format!("Bearer {token}"))];
    let page = "/collection?plan=BENCH&year=2031";
    let api = "/api/v1/plans/BENCH/years/2031/completeness";
    common::compare(
        "collection page (every unit's line)",
        &format!("http://{addr}{page}"),
        &session,
        a.clients,
        a.load,
    )
    .await;
    println!("  ({})", common::machine());
    common::compare(
        "completeness API",
        &format!("http://{addr}{api}"),
        &bearer,
        a.clients,
        a.load,
    )
    .await;
    println!("  ({})", common::machine());
    // The entry grid of one unit (BR's share of the plan's indicators), 50 rows a page, as the office.
    let grid = "/entry?plan=BENCH&year=2031&unit=BR&per_page=50";
    common::compare(
        "entry grid (BR, 50 a page)",
        &format!("http://{addr}{grid}"),
        &session,
        a.clients,
        a.load,
    )
    .await;
    println!("  ({})", common::machine());
    let client = common::client();
    for (name, path) in [
        ("collection page", page),
        ("entry grid", grid),
        ("dashboard", "/?plan=BENCH&year=2031"),
    ] {
        common::time_page(&client, addr, &cookie, name, path, a.requests).await;
    }
    server.abort();
    Ok(())
}
