//! `stratrack bench-data`: a large synthetic plan for benchmarks, written in one transaction with
//! multi-row inserts, on SQLite and PostgreSQL alike.
//!
//! The plan has 5 goals × 5 targets, 10 thematic priorities × 5 outcomes × 5 outputs and 2 enablers;
//! `N` indicators spread over the targets, outcomes and outputs; and for each indicator and each of
//! `Y` years one approved headline value and `D` approved breakdowns (by sex, region and age group,
//! then sex × region and sex × age group), so `N × Y × (D + 1)` approved measurements:
//! `--indicators 10000 --years 4 --disaggregations 24` gives exactly 1,000,000. The financial plan,
//! allocations, operational plans and risks are filled so the report's finance reconciles. Every
//! figure is deterministic (a hash of the indicator and year) and marked illustrative.
//!
//! Rows get explicit ids (the table's largest id + 1 onward) so that breakdown links can be written
//! without reading a million ids back; on PostgreSQL the tables are locked for the transaction and the
//! id sequences moved past the new rows at the end.

mod framework;
mod money;
mod tree;
mod values;

use crate::db;
use anyhow::bail;
use sea_orm::{ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, TransactionTrait};
use std::io::IsTerminal;
use std::time::Instant;

/// Options of `stratrack bench-data`.
#[derive(Debug, Clone, clap::Args)]
pub struct BenchArgs {
    /// Number of indicators.
    #[arg(long, default_value_t = 10_000)]
    pub indicators: usize,
    /// Years with values, from the plan's first year (the report year is the last of them).
    #[arg(long, default_value_t = 4)]
    pub years: i32,
    /// Breakdowns per indicator and year besides the headline value (at most 35).
    #[arg(long, default_value_t = 24)]
    pub disaggregations: usize,
    /// Code of the plan to create (refused if it exists).
    #[arg(long, default_value = "BENCH")]
    pub plan: String,
    /// First year of the plan (a four-year plan, longer if `--years` asks for more).
    #[arg(long, default_value_t = 2028)]
    pub start_year: i32,
    /// How many of the indicators the Radiocommunication Bureau (BR) owns, spread evenly through the
    /// plan; the others own the rest in turn. Without it every unit owns a quarter.
    #[arg(long)]
    pub br_indicators: Option<usize>,
}

/// Tables that receive rows with explicit ids.
const TABLES: &[&str] = &[
    "org_units",
    "plans",
    "dimensions",
    "dimension_values",
    "result_nodes",
    "contribution_links",
    "indicators",
    "indicator_milestones",
    "measurements",
    "finance_lines",
    "finance_actuals",
    "budget_allocations",
    "adopted_totals",
    "operational_plans",
    "operational_items",
    "risks",
];

/// A text literal for SQL (generated values only; quotes doubled all the same).
pub(crate) fn q(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Multi-row `INSERT`s of up to 1,000 rows each.
pub(crate) struct Bulk<'a> {
    txn: &'a DatabaseTransaction,
    head: String,
    sql: String,
    rows: usize,
    limit: usize,
    /// Rows written so far.
    pub total: usize,
}

impl<'a> Bulk<'a> {
    /// Inserts into `table (columns)`.
    pub fn new(txn: &'a DatabaseTransaction, table: &str, columns: &str) -> Self {
        Bulk {
            txn,
            head: format!("INSERT INTO {table} ({columns}) VALUES "),
            sql: String::new(),
            rows: 0,
            limit: 1000,
            total: 0,
        }
    }

    /// Like [`Bulk::new`], but writes only on [`Bulk::flush`]: for rows that reference rows of another
    /// `Bulk` not written yet.
    pub fn manual(txn: &'a DatabaseTransaction, table: &str, columns: &str) -> Self {
        Bulk {
            limit: usize::MAX,
            ..Self::new(txn, table, columns)
        }
    }

    /// Rows waiting to be written.
    pub fn pending(&self) -> usize {
        self.rows
    }

    /// Adds one row: its values, comma separated, as SQL literals.
    pub async fn row(&mut self, values: &str) -> Result<(), DbErr> {
        if self.rows == 0 {
            self.sql.clear();
            self.sql.push_str(&self.head);
        } else {
            self.sql.push(',');
        }
        self.sql.push('(');
        self.sql.push_str(values);
        self.sql.push(')');
        self.rows += 1;
        self.total += 1;
        if self.rows >= self.limit {
            self.flush().await?;
        }
        Ok(())
    }

    /// Writes the pending rows.
    pub async fn flush(&mut self) -> Result<(), DbErr> {
        if self.rows > 0 {
            self.txn.execute_unprepared(&self.sql).await?;
            self.rows = 0;
        }
        Ok(())
    }
}

/// The next free id of `table` (widened to BIGINT: ids are INT4 on PostgreSQL).
pub(crate) async fn next_id(txn: &DatabaseTransaction, table: &str) -> Result<i64, DbErr> {
    let row = txn
        .query_one_raw(sea_orm::Statement::from_string(
            txn.get_database_backend(),
            format!("SELECT CAST(COALESCE(MAX(id), 0) + 1 AS BIGINT) AS n FROM {table}"),
        ))
        .await?;
    row.map_or(Ok(1), |r| r.try_get::<i64>("", "n"))
}

/// Progress lines on stderr: a line per tenth of the work when stderr is not a terminal.
pub(crate) struct Progress {
    started: Instant,
    terminal: bool,
    last_tenth: usize,
}

impl Progress {
    fn new() -> Self {
        Progress {
            started: Instant::now(),
            terminal: std::io::stderr().is_terminal(),
            last_tenth: usize::MAX,
        }
    }

    /// Reports `done` of `total` `what`.
    pub fn show(&mut self, what: &str, done: usize, total: usize) {
        let tenth = (done * 10).checked_div(total).unwrap_or(10);
        let secs = self.started.elapsed().as_secs_f64();
        if self.terminal {
            eprint!("\r{what}: {done}/{total} ({secs:.1} s)\x1b[K");
            if done == total {
                eprintln!();
            }
        } else if tenth != self.last_tenth {
            eprintln!("{what}: {done}/{total} ({secs:.1} s)");
        }
        self.last_tenth = if done == total { usize::MAX } else { tenth };
    }
}

/// The deterministic "random" number of a few integers (splitmix64).
pub(crate) fn mix(parts: &[i64]) -> u64 {
    let mut z: u64 = 0x9E37_79B9_7F4A_7C15;
    for p in parts {
        z = z.wrapping_add(*p as u64).wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
    }
    z
}

/// Runs `stratrack bench-data`.
pub async fn run(url: &str, args: BenchArgs) -> anyhow::Result<()> {
    if args.indicators == 0 || args.years < 1 || args.disaggregations > values::MAX_BREAKDOWNS {
        bail!(
            "give at least 1 indicator and 1 year, and at most {} breakdowns",
            values::MAX_BREAKDOWNS
        );
    }
    if args.br_indicators.is_some_and(|n| n > args.indicators) {
        bail!("--br-indicators cannot exceed --indicators");
    }
    let db = db::connect(url).await?;
    db::migrate(&db).await?;
    let started = Instant::now();
    let txn = db.begin().await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared(&format!(
            "LOCK TABLE {}, measurement_dimensions, indicator_dimensions, risk_links IN EXCLUSIVE MODE",
            TABLES.join(", ")
        ))
        .await?;
    }
    let mut progress = Progress::new();
    let f = framework::write(&txn, &args, &mut progress).await?;
    let measurements = values::write(&txn, &args, &f, &mut progress).await?;
    money::write(&txn, &f, &mut progress).await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        for t in TABLES {
            txn.execute_unprepared(&format!(
                "SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {t}))"
            ))
            .await?;
        }
    }
    eprintln!("Committing…");
    crate::models::data_version::bump(&txn).await?;
    txn.commit().await?;
    // Fresh statistics let the planners pick the indexes at once. On PostgreSQL, VACUUM also marks the
    // new rows visible to all in the visibility map, as autovacuum would soon after such a load: index-only
    // scans then read no table page, and autovacuum has nothing left to start in the middle of a benchmark.
    db.execute_unprepared(if db.get_database_backend() == DbBackend::Postgres {
        "VACUUM ANALYZE"
    } else {
        "ANALYZE"
    })
    .await?;
    println!(
        "Plan {} ({}-{}): {} indicators, {} approved measurements in {:.1} s. Report it with \
         `stratrack report --plan {} --year {} --out DIR`.",
        args.plan,
        f.start_year,
        f.end_year,
        args.indicators,
        measurements,
        started.elapsed().as_secs_f64(),
        args.plan,
        f.report_year
    );
    Ok(())
}
