//! The `stratrack` binary: parse the command line, start tracing, run.

use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = stratrack::cli::Cli::parse();
    stratrack::logging::init()?;
    stratrack::cli::run(cli).await
}
