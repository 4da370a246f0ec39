//! The `stratrack` command line: subcommands and what each does.

use crate::seed::{self, Source};
use crate::{db, models, routes, state::AppState};
use clap::{Parser, Subcommand};
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};
use std::path::PathBuf;

/// stratrack: tracks a strategic plan through its results framework and reports to Council.
#[derive(Debug, Parser)]
#[command(name = "stratrack", version, about)]
pub struct Cli {
    /// Database URL: `sqlite://FILE?mode=rwc` or `postgres://…`.
    #[arg(long, env = "DATABASE_URL", default_value = db::DEFAULT_DATABASE_URL, global = true)]
    pub database_url: String,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server; a new database is created, migrated and seeded on first start.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080", env = "STRATRACK_ADDR")]
        addr: String,
    },
    /// Apply pending database migrations.
    Migrate,
    /// Load the seed data (idempotent: running it twice changes nothing).
    Seed {
        /// Read the seed files from this folder instead of the copy compiled in.
        #[arg(long)]
        from: Option<PathBuf>,
    },
    /// Manage users.
    User {
        /// What to do.
        #[command(subcommand)]
        command: crate::cli_users::UserCommand,
    },
    /// Manage API tokens.
    Token {
        /// What to do.
        #[command(subcommand)]
        command: crate::cli_users::TokenCommand,
    },
    /// Print the OpenAPI document of the JSON API.
    Openapi,
    /// Import measurements from a CSV file (all or nothing); prints the bad rows' line, column and reason (the first 1,000, then how many more).
    Import {
        /// The CSV file (header: plan_code, indicator_code, year, quarter, disaggregation, value, numerator,
        /// denominator, quality, narrative, evidence_url).
        file: PathBuf,
        /// Plan of rows without a plan_code.
        #[arg(long)]
        plan: Option<String>,
        /// Import as this user (their access rules apply and they are recorded as having entered the
        /// values); without it the import runs as the system.
        #[arg(long = "as", value_name = "EMAIL")]
        as_user: Option<String>,
        /// Store the values as submitted for approval instead of drafts.
        #[arg(long)]
        submit: bool,
    },
    /// Export measurements as CSV with the columns the import takes, or (`--iati --plan P`) a plan's
    /// results as an IATI 2.03 activity file of approved values.
    Export {
        /// Write the plan's results as IATI 2.03 XML instead (needs --plan; the publisher comes from
        /// STRATRACK_IATI_ORG_REF, STRATRACK_IATI_ORG_NAME and STRATRACK_IATI_ORG_TYPE).
        #[arg(long, requires = "plan", conflicts_with = "state")]
        iati: bool,
        /// Plan code (all plans when absent).
        #[arg(long)]
        plan: Option<String>,
        /// Year (all years when absent).
        #[arg(long)]
        year: Option<i32>,
        /// approved (default), submitted, draft, returned or current.
        #[arg(long, default_value = "approved")]
        state: String,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Write the annual report to Council (HTML, XLSX, CSV tables, SVG and PNG charts, manifest) to a
    /// folder, from the live database (`--year`), or the plan's four-year assessment (`--assessment
    /// --plan P`), or rebuilt from a frozen run of either kind (`--run`).
    Report {
        /// Reporting year.
        #[arg(long, required_unless_present_any = ["run", "assessment"], conflicts_with_all = ["run", "assessment"])]
        year: Option<i32>,
        /// The four-year assessment of the plan for the Plenipotentiary Conference: every year from the
        /// plan's first to its latest year with an approved value (needs --plan).
        #[arg(long, requires = "plan", conflicts_with = "run")]
        assessment: bool,
        /// Plan code; by default the adopted plan covering the year.
        #[arg(long, conflicts_with = "run")]
        plan: Option<String>,
        /// Date written into the files (RFC 3339); by default the latest change in the data reported.
        #[arg(long, conflicts_with = "run")]
        generated_at: Option<chrono::DateTime<chrono::Utc>>,
        /// Council document symbol for the cover of report.pdf, e.g. `C29/35-E` (annual report only).
        #[arg(long, requires = "year")]
        symbol: Option<String>,
        /// Council session for the cover of report.pdf, e.g. `Council 2029, Geneva` (annual report only).
        #[arg(long, requires = "year")]
        session: Option<String>,
        /// The languages of the annual report or of the four-year assessment, comma-separated: ar, en, es,
        /// fr, ru or zh (headings, chart words, `lang` and `dir` of report.html; docs/I18N.md says what is
        /// translated so far). The first is written into the folder, each other into a folder named by its
        /// code (`--lang en,ar,zh`).
        #[arg(long, conflicts_with = "run", default_value = "en")]
        lang: String,
        /// Start each CSV table with a row of its columns' names in the report's language (after a UTF-8
        /// byte order mark), above the row of stable codes; without it, the codes only (annual report
        /// only; a program reads such a file by skipping its first line).
        #[arg(long, requires = "year")]
        csv_headings_in_language: bool,
        /// Rebuild this frozen report run from its snapshot instead.
        #[arg(long)]
        run: Option<i32>,
        /// Folder to write into (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Fill the database with a large synthetic plan for benchmarks (all values approved).
    BenchData(crate::bench_data::BenchArgs),
    /// Write a consistent backup of the whole database to a file, while the server runs (one JSON-lines
    /// file that restores on SQLite or PostgreSQL).
    Backup {
        /// The backup file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Restore a backup into an empty database, then verify every frozen report run.
    Restore {
        /// The backup file.
        file: PathBuf,
    },
    /// Rebuild every frozen report run and check each file is byte-identical to the stored one.
    VerifyRuns,
    /// Validate seed files and print every problem with file, line, column and reason.
    Check {
        /// Folder to check instead of the copy compiled in.
        #[arg(long)]
        from: Option<PathBuf>,
    },
}

/// The languages `--lang` lists (comma-separated codes), or the reason they are refused naming `--lang`.
fn languages_of(lang: &str) -> anyhow::Result<crate::models::report_runs::RunLanguages> {
    let mut errs = Vec::new();
    let codes: Vec<String> = lang.split(',').map(str::to_owned).collect();
    let languages = crate::models::report_runs::RunLanguages::checked(None, Some(&codes), &mut errs);
    match errs.first() {
        Some(e) => anyhow::bail!("--lang: {}", e.reason),
        None => Ok(languages),
    }
}

fn source(from: Option<PathBuf>) -> Source {
    from.map_or(Source::Embedded, Source::Dir)
}

/// Runs the parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Check { from } => check(source(from)),
        Command::Openapi => {
            let (_, doc) = crate::api::split();
            println!("{}", doc.to_pretty_json()?);
            Ok(())
        }
        Command::Migrate => {
            let db = db::connect(&cli.database_url).await?;
            db::migrate(&db).await?;
            eprintln!("Migrations applied.");
            Ok(())
        }
        Command::Seed { from } => {
            let db = db::connect(&cli.database_url).await?;
            db::migrate(&db).await?;
            run_seed(&db, &source(from)).await
        }
        Command::Serve { addr } => serve(&cli.database_url, &addr).await,
        Command::Report {
            year,
            assessment,
            plan,
            generated_at,
            symbol,
            session,
            lang,
            csv_headings_in_language,
            run,
            out,
        } => {
            // One process, one report: the lowest peak memory matters more than the last few percent.
            crate::alloc::prefer_low_memory();
            match (run, year) {
                (Some(id), _) => crate::cli_report::frozen(&cli.database_url, id, &out).await,
                (None, _) if assessment => {
                    let plan = plan.unwrap_or_default();
                    let languages = languages_of(&lang)?;
                    crate::cli_report::assessment(&cli.database_url, &plan, generated_at, &languages, &out).await
                }
                (None, Some(y)) => {
                    let mut errs = Vec::new();
                    let codes: Vec<String> = lang.split(',').map(str::to_owned).collect();
                    let council = crate::models::report_runs::Council::checked(
                        symbol.as_deref(),
                        session.as_deref(),
                        (None, Some(&codes)),
                        &mut errs,
                    )
                    .with_csv_headings(csv_headings_in_language);
                    if let Some(e) = errs.first() {
                        let field = if e.field == "languages" {
                            "lang"
                        } else {
                            e.field.as_str()
                        };
                        anyhow::bail!("--{field}: {}", e.reason);
                    }
                    let live = crate::cli_report::Live {
                        year: y,
                        plan,
                        generated_at,
                        council,
                    };
                    crate::cli_report::live(&cli.database_url, live, &out).await
                }
                (None, None) => anyhow::bail!("give --year or --run"),
            }
        }
        Command::BenchData(args) => crate::bench_data::run(&cli.database_url, args).await,
        Command::Backup { out } => crate::cli_backup::backup(&cli.database_url, &out).await,
        Command::Restore { file } => crate::cli_backup::restore(&cli.database_url, &file).await,
        Command::VerifyRuns => crate::cli_backup::verify_runs(&cli.database_url).await,
        Command::User { command } => {
            let db = db::connect(&cli.database_url).await?;
            db::migrate(&db).await?;
            crate::cli_users::user(&db, command).await
        }
        Command::Token { command } => {
            let db = db::connect(&cli.database_url).await?;
            db::migrate(&db).await?;
            crate::cli_users::token(&db, command).await
        }
        Command::Import {
            file,
            plan,
            as_user,
            submit,
        } => crate::cli_data::import(&cli.database_url, &file, plan, as_user, submit).await,
        Command::Export {
            iati: true,
            plan: Some(plan),
            year,
            out,
            ..
        } => crate::cli_data::export_iati(&cli.database_url, plan, year, out).await,
        Command::Export {
            iati: true, plan: None, ..
        } => anyhow::bail!("--iati needs --plan"),
        Command::Export {
            iati: false,
            plan,
            year,
            state,
            out,
        } => crate::cli_data::export(&cli.database_url, plan, year, state, out).await,
    }
}

fn check(src: Source) -> anyhow::Result<()> {
    match seed::check(&src) {
        Ok(s) => {
            println!(
                "Seed files are valid: {} plans, {} result nodes, {} indicators, {} measurements.",
                s.plans.len(),
                s.nodes.len(),
                s.indicators.len(),
                s.measurements.len()
            );
            Ok(())
        }
        Err(problems) => {
            for p in &problems {
                println!("{p}");
            }
            anyhow::bail!("{} problem(s) found in the seed files", problems.len())
        }
    }
}

async fn run_seed(db: &DatabaseConnection, src: &Source) -> anyhow::Result<()> {
    match seed::seed(db, src).await {
        Ok(counts) => {
            for (table, t) in counts {
                println!(
                    "{table:<24} inserted {:>5}  updated {:>5}  unchanged {:>5}",
                    t.inserted, t.updated, t.unchanged
                );
            }
            Ok(())
        }
        Err(seed::SeedError::Invalid(problems)) => {
            for p in &problems {
                println!("{p}");
            }
            anyhow::bail!("{} problem(s) in the seed files; nothing was written", problems.len())
        }
        Err(e) => Err(e.into()),
    }
}

async fn serve(url: &str, addr: &str) -> anyhow::Result<()> {
    let config = crate::config::from_env()?;
    let db = db::connect(url).await?;
    // Migrations, seed and first admin once, however many processes start at once on one database.
    let first_admin = db::exclusively(&db, async {
        db::migrate_unlocked(&db).await?;
        if crate::entities::plans::Entity::find().count(&db).await? == 0 {
            tracing::info!("The database has no plan yet: loading the seed data.");
            seed::seed(&db, &Source::Embedded).await?;
        }
        anyhow::Ok(models::users::ensure_first_admin(&db).await?)
    })
    .await?;
    if let Some((email, password)) = first_admin {
        println!("First start: created the admin account.");
        println!("  email:    {email}");
        println!("  password: {password}");
        println!("This password is shown once; change it after logging in.");
    }
    // Install the signal handlers before announcing the address, so a SIGTERM sent as soon as the
    // server says it listens is already a graceful shutdown.
    #[cfg(unix)]
    let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    #[cfg(not(unix))]
    let term = ();
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(addr = %listener.local_addr()?, "stratrack is listening.");
    println!("stratrack is listening on http://{}", listener.local_addr()?);
    let writer = db::connect_writer(url).await?;
    let state = AppState {
        config: std::sync::Arc::new(config),
        ..AppState::new(db)
    }
    .with_writer(writer);
    tokio::spawn(tell_overdue_every_quarter_hour(state.writer.clone()));
    let app = routes::app(state);
    // Connect info gives each request its peer address, which login throttling counts by.
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal(term))
    .await?;
    tracing::info!("stratrack stopped.");
    Ok(())
}

/// Tells the office of overdue units ([`models::collection::completeness::tell_overdue`]) now and every
/// 15 minutes while the server runs; each unit and year is told once, so the period only bounds the delay.
async fn tell_overdue_every_quarter_hour(writer: models::transactions::Writer) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(15 * 60));
    loop {
        every.tick().await;
        let today = chrono::Utc::now().date_naive();
        match models::collection::completeness::tell_overdue(&writer, today).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(notices = n, "Told the office of overdue units."),
            Err(e) => tracing::warn!(error = %e, "Could not check for overdue units; trying again in 15 minutes."),
        }
    }
}

#[cfg(unix)]
type TermSignal = tokio::signal::unix::Signal;
#[cfg(not(unix))]
type TermSignal = ();

#[cfg_attr(not(unix), allow(unused_variables))]
async fn shutdown_signal(mut term_signal: TermSignal) {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async move {
        term_signal.recv().await;
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("Shutdown signal received: finishing open requests.");
}
