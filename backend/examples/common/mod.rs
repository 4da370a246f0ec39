//! What the benchmarks share: reading their arguments, a fresh migrated and seeded database, the app
//! served on a random loopback port, and latency percentiles.

// Each benchmark compiles this module on its own and uses part of it.
#![allow(dead_code)]

use sea_orm::DatabaseConnection;
use std::net::SocketAddr;
use std::time::Duration;
use stratrack::entities::users;

/// The number after `name` on the command line, or `default`.
pub fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The URL of a new SQLite file `bench.db` in `dir`.
pub fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display())
}

/// Connects to `url`, migrates and loads the embedded seed.
pub async fn seeded(url: &str) -> anyhow::Result<DatabaseConnection> {
    let db = stratrack::db::connect(url).await?;
    stratrack::db::migrate(&db).await?;
    stratrack::seed::seed(&db, &stratrack::seed::Source::Embedded).await?;
    Ok(db)
}

/// Adds the admin `bench@local` with `password`.
pub async fn add_admin(db: &DatabaseConnection, password: &str) -> anyhow::Result<users::Model> {
    let admin = stratrack::models::users::create(
        db,
        stratrack::models::users::NewUser {
            email: "bench@local",
            display_name: "bench",
            role: "admin",
            org_unit_id: None,
            password,
            must_change_password: false,
        },
    )
    .await?;
    Ok(admin)
}

/// Serves the app over `db` (writes through a writer pool on `url`) on a random loopback port; returns
/// the address and the server task.
pub async fn serve(
    db: DatabaseConnection,
    url: &str,
) -> anyhow::Result<(SocketAddr, tokio::task::JoinHandle<std::io::Result<()>>)> {
    let app =
        stratrack::app(stratrack::state::AppState::new(db).with_writer(stratrack::db::connect_writer(url).await?));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    Ok((addr, tokio::spawn(async move { axum::serve(listener, app).await })))
}

/// The `p` percentile (0 to 1) of `sorted` latencies, nearest rank, in milliseconds.
pub fn percentile_ms(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3
}
