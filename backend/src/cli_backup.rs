//! `stratrack backup`, `stratrack restore` and `stratrack verify-runs`: the doors to
//! [`crate::models::backup`].

use crate::db;
use crate::models::backup::{self, RunCheck};
use anyhow::Context;
use std::path::Path;

/// `stratrack backup --out FILE`: written to `FILE.partial` and renamed when complete, so a file under
/// the given name is always a whole backup.
pub async fn backup(url: &str, out: &Path) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let db = db::connect(url).await?;
    let mut partial = out.as_os_str().to_owned();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    let file = std::fs::File::create(&partial).with_context(|| format!("creating {}", partial.display()))?;
    let mut w = std::io::BufWriter::new(file);
    let totals = match backup::backup(&db, &mut w).await {
        Ok(t) => t,
        Err(e) => {
            drop(w);
            std::fs::remove_file(&partial).ok();
            return Err(e.into());
        }
    };
    w.into_inner()
        .map_err(|e| e.into_error())?
        .sync_all()
        .context("writing the backup to disk")?;
    std::fs::rename(&partial, out).with_context(|| format!("renaming to {}", out.display()))?;
    println!(
        "Backed up {} tables, {} rows (schema: {} migrations) to {} in {:.1} s.",
        totals.tables,
        totals.rows,
        totals.migrations,
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `stratrack restore FILE`: into an empty database, then every frozen report run is verified.
pub async fn restore(url: &str, file: &Path) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let input = std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?;
    let db = db::connect(url).await?;
    let totals = backup::restore(&db, std::io::BufReader::new(input))
        .await
        .with_context(|| format!("restoring {}", file.display()))?;
    println!(
        "Restored {} tables, {} rows (schema: {} migrations, now migrated to this version) in {:.1} s.",
        totals.tables,
        totals.rows,
        totals.migrations,
        started.elapsed().as_secs_f64()
    );
    print_checks(&backup::verify_runs(&db).await?)
}

/// `stratrack verify-runs`: every frozen report run rebuilt and compared with its stored files.
pub async fn verify_runs(url: &str) -> anyhow::Result<()> {
    let db = db::connect(url).await?;
    db::migrate(&db).await?;
    print_checks(&backup::verify_runs(&db).await?)
}

fn print_checks(checks: &[RunCheck]) -> anyhow::Result<()> {
    for c in checks {
        if c.identical() {
            println!("Report run {}: {} files, every one identical.", c.run, c.files);
        } else {
            println!(
                "Report run {}: {} files, DIFFERENT: {}",
                c.run,
                c.files,
                c.differ.join(", ")
            );
        }
    }
    let bad = checks.iter().filter(|c| !c.identical()).count();
    anyhow::ensure!(
        bad == 0,
        "{bad} of {} report runs differ from their frozen files",
        checks.len()
    );
    println!("{} report runs verified byte-identical.", checks.len());
    Ok(())
}
