//! The entry grid and the completeness board over a large plan (a documented command, not a timed test).
//!
//! ```sh
//! cargo run --release --example bench_collection -- [--indicators 10000] [--br-indicators 1000] [--disaggregations 24] [--clients 32] [--load 3000] [--requests 300] [--cold 100] [--pg postgres://postgres@127.0.0.1:5432]
//! ```
//!
//! For each backend (a fresh SQLite file; with `--pg`, also a fresh PostgreSQL database created under that
//! server and dropped afterwards) it migrates and seeds the database, adds `stratrack bench-data`'s plan
//! `BENCH` (`--indicators` indicators, 4 years, `--disaggregations` breakdowns per value; the unit BR owns
//! `--br-indicators` of them, GS, TSB and BDT the rest in turn: 1,000 and 3,000 each by default), sets the
//! collection dates of 2031, adds an admin, serves the app on a random loopback port and logs in through
//! the login form. Then:
//! (a) the board after the data changed, `--cold` times, each after an audited write (which raises the
//!     data version): the use case alone (the grouped counts and the calendar computed anew), then the
//!     collection page over HTTP (everything the page needs computed anew);
//! (b) under load — the collection page (`GET /collection?plan=BENCH&year=2031`, every unit's line) and the
//!     completeness API, each `--load` times from `--clients` concurrent keep-alive clients, beside a bare
//!     axum handler loaded the same way ([`common::compare`]); then the entry grid of unit BR (`GET
//!     /entry?plan=BENCH&year=2031&unit=BR&per_page=50`, 50 rows a page) the same way;
//! (c) one at a time — the collection page, the entry grid of BR and of GS (the harder line) and the
//!     dashboard of `BENCH` 2031, `--requests` times each, beside the bare handler one at a time.
//!
//! Prints the machine (CPU model, cores, load average) first. Loopback only, bounded counts.

use std::time::{Duration, Instant};

mod common;

const PASSWORD: &str = "benchmark passphrase";

struct Args {
    indicators: usize,
    br_indicators: usize,
    cold: usize,
    disaggregations: usize,
    clients: usize,
    load: usize,
    requests: usize,
    pg: Option<String>,
}

fn args() -> Args {
    let (n, pg) = common::options(&[
        ("--indicators", 10_000),
        ("--br-indicators", 1_000),
        ("--cold", 100),
        ("--disaggregations", 24),
        ("--clients", 32),
        ("--load", 3000),
        ("--requests", 300),
    ]);
    Args {
        indicators: n["--indicators"],
        br_indicators: n["--br-indicators"],
        cold: n["--cold"].max(1),
        disaggregations: n["--disaggregations"],
        clients: n["--clients"],
        load: n["--load"],
        requests: n["--requests"].max(10),
        pg,
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let a = args();
    common::on_each_backend("stratrack_bench_collection", a.pg.as_deref(), async |backend, url| {
        run(backend, url, &a).await
    })
    .await
}

async fn run(backend: &str, url: &str, a: &Args) -> anyhow::Result<()> {
    println!("== {backend}");
    let db = common::seeded(url).await?;
    stratrack::bench_data::run(
        url,
        stratrack::bench_data::BenchArgs {
            indicators: a.indicators,
            years: 4,
            disaggregations: a.disaggregations,
            plan: "BENCH".into(),
            start_year: 2028,
            br_indicators: Some(a.br_indicators),
        },
    )
    .await?;
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
    // An audited change raises the data version, so the next board is computed anew.
    let mut due = 27;
    let mut change = async || -> anyhow::Result<()> {
        let c = stratrack::models::collection::read_calendar(&db, &actor, "BENCH", 2031).await?;
        let version = c.default.as_ref().map(|d| d.version);
        let claim = stratrack::models::patching::Claim::new(None, version);
        due = if due == 27 { 28 } else { 27 };
        let mut d = dates(due);
        d.version = version;
        stratrack::models::collection::set_default(&db, &actor, ("BENCH", 2031), claim, d).await?;
        Ok(())
    };
    for _ in 0..a.cold {
        change().await?;
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

    let (addr, server) = common::serve(db.clone(), url).await?;
    let cookie = common::log_in(addr, "bench@local", PASSWORD).await?;
    let session = [("cookie", cookie.clone())];
    let bearer = [("authorization", format!("Bearer {token}"))];
    let page = "/collection?plan=BENCH&year=2031";
    let client = common::client();
    // The collection page right after a change: the server computes all it shows anew.
    common::time_page(&client, addr, &cookie, "collection page (warm-up)", page, 1).await;
    let mut cold: Vec<Duration> = Vec::new();
    for _ in 0..a.cold {
        change().await?;
        cold.push(common::get_once(&client, addr, &cookie, page).await.0);
    }
    cold.sort();
    println!(
        "collection page right after a change, {} times one at a time: p50 {:.2} ms, p99 {:.2} ms",
        cold.len(),
        common::percentile_ms(&cold, 0.50),
        common::percentile_ms(&cold, 0.99)
    );
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
    let harder = "/entry?plan=BENCH&year=2031&unit=GS&per_page=50";
    common::compare(
        &format!("entry grid (BR: {} indicators, 50 a page)", a.br_indicators),
        &format!("http://{addr}{grid}"),
        &session,
        a.clients,
        a.load,
    )
    .await;
    println!("  ({})", common::machine());
    let anchor = common::anchor().await?;
    common::time_page(&client, anchor, &cookie, "bare axum handler", "/", a.requests).await;
    let gs = (a.indicators - a.br_indicators).div_ceil(3);
    for (name, path) in [
        ("collection page", page),
        (
            &format!("entry grid (BR: {} indicators)", a.br_indicators) as &str,
            grid,
        ),
        (&format!("entry grid (GS: {gs} indicators)"), harder),
        ("dashboard", "/?plan=BENCH&year=2031"),
    ] {
        common::time_page(&client, addr, &cookie, name, path, a.requests).await;
    }
    common::time_page(&client, anchor, &cookie, "bare axum handler", "/", a.requests).await;
    println!("  ({})", common::machine());
    server.abort();
    Ok(())
}
