//! The `stratrack` binary: parse the command line, start tracing, run.

use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn,tower_http=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    stratrack::cli::run(stratrack::cli::Cli::parse()).await
}
