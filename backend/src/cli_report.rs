//! `stratrack report`: the annual report to Council (or, with `--assessment`, the plan's four-year
//! assessment) written to a folder, from the live database or rebuilt from a frozen run of either kind;
//! and `stratrack bench-data`, the synthetic large plan it is timed on.
//!
//! A live report is dated from its data, not from the clock: `generated_at` is the latest change
//! recorded in the rows the report reads (an approval, an update of a node, line, item or risk), or
//! `--generated-at` when given, and its run id is `preview`. So two runs on the same data write the
//! same bytes, and a new approval moves the date and the snapshot id. A frozen run keeps its own id
//! and date (its creation time) in its snapshot.

use crate::db;
use crate::entities::{report_files, report_runs};
use crate::models::report_input;
use crate::models::report_runs::{Council, RunInput};
use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::Path;
use stratrack_reports::{Manifest, Put, RenderError};

/// Steps of reading the input, before the rendering steps.
const READ_STEPS: u64 = 9;

/// A progress bar on a terminal; hidden when stderr is a file or a pipe.
fn bar() -> ProgressBar {
    let pb = ProgressBar::with_draw_target(Some(READ_STEPS), ProgressDrawTarget::stderr());
    if !std::io::stderr().is_terminal() {
        pb.set_draw_target(ProgressDrawTarget::hidden());
    }
    pb.set_style(
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb
}

/// Wall time since `started` and the process's resident and peak memory (Linux), for the phase
/// log of `RUST_LOG=stratrack=debug`.
fn phase(what: &str, started: std::time::Instant) {
    let mem = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        mem.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<u64>().ok())
            .map_or(0, |kb| kb / 1024)
    };
    tracing::debug!(
        phase = what,
        ms = started.elapsed().as_millis() as u64,
        rss_mb = field("VmRSS:"),
        peak_mb = field("VmHWM:"),
        "report"
    );
}

/// The rendering's progress callback: moves `pb` from `base`.
fn moving(pb: &ProgressBar, base: u64) -> impl FnMut(usize, usize, &str) + '_ {
    move |done, total, what| {
        pb.set_length(base + total as u64);
        pb.set_position(base + done as u64);
        pb.set_message(what.to_owned());
    }
}

/// The step callback of reading the input: moves `pb` on and logs the phase.
fn stepping(pb: &ProgressBar, started: std::time::Instant) -> impl FnMut(&str) + Send + '_ {
    move |what| {
        pb.inc(1);
        pb.set_message(what.to_owned());
        phase(what, started);
    }
}

/// The date written into a live report: `--generated-at`, else the latest change in its data.
fn dated(generated_at: Option<DateTime<Utc>>, latest: Option<DateTime<Utc>>) -> DateTime<Utc> {
    generated_at.or(latest).unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

/// Runs `render`, writing each file under `out` as soon as it is rendered and then dropping it (the report
/// is never whole in memory), moving `pb` along; returns how many files were written and the manifest.
fn write_each(
    pb: &ProgressBar,
    started: std::time::Instant,
    out: &Path,
    render: impl FnOnce(Put<'_>, &mut dyn FnMut(usize, usize, &str)) -> Result<Manifest, RenderError>,
) -> anyhow::Result<(usize, Manifest)> {
    let base = pb.position();
    let mut files = 0;
    let manifest = render(
        &mut |_, file| {
            files += 1;
            file.write_into(out)
        },
        &mut moving(pb, base),
    )
    .with_context(|| format!("writing {}", out.display()))?;
    pb.finish_and_clear();
    phase("written", started);
    Ok((files, manifest))
}

/// What `stratrack report --year` asks for.
pub struct Live {
    /// Reporting year.
    pub year: i32,
    /// Plan code; by default the plan covering the year.
    pub plan: Option<String>,
    /// `--generated-at`.
    pub generated_at: Option<DateTime<Utc>>,
    /// `--symbol`, `--session` (the cover of report.pdf), `--lang` (the report's languages) and
    /// `--csv-headings-in-language`.
    pub council: Council,
}

/// `stratrack report --year Y [--plan P] [--generated-at T] [--symbol S] [--session S] [--lang L]
/// [--csv-headings-in-language] --out DIR`.
pub async fn live(url: &str, live: Live, out: &Path) -> anyhow::Result<()> {
    let Live {
        year,
        plan,
        generated_at,
        council,
    } = live;
    let started = std::time::Instant::now();
    let db = db::connect(url).await?;
    db::migrate(&db).await?;
    phase("connected", started);
    let Some(plan) = report_input::plan_for(&db, plan.as_deref(), year).await? else {
        bail!(
            "no plan {} (load one with `stratrack seed` or `stratrack bench-data`)",
            plan.map_or_else(|| format!("covers {year}"), |p| format!("has the code {p}"))
        );
    };
    if !(plan.start_year - 10..=plan.end_year + 10).contains(&year) {
        bail!(
            "{year} is too far from plan {} ({}-{})",
            plan.code,
            plan.start_year,
            plan.end_year
        );
    }
    let pb = bar();
    let built = report_input::build(&db, plan, year, &mut stepping(&pb, started)).await?;
    db.close().await.ok();
    let at = dated(generated_at, built.latest_change.0);
    let input = council.issue(built.for_run("preview", at));
    phase("snapshot id", started);
    // As a run holds them: the first language into `out`, each other into `out/{code}`, all from the one
    // input with only the language changed.
    for (lang, folder) in council.languages.folders() {
        let input = stratrack_reports::ReportInput {
            language: lang,
            ..input.clone()
        };
        let dir = out.join(folder.trim_end_matches('/'));
        let (files, manifest) = write_each(&pb, started, &dir, |put, progress| {
            stratrack_reports::render_each(&input, put, progress)
        })?;
        println!(
            "Wrote {files} files for {} {} in {} to {} (snapshot {}, generated at {}).",
            manifest.plan.code,
            manifest.year,
            lang.code(),
            dir.display(),
            manifest.snapshot_id,
            manifest.generated_at
        );
    }
    Ok(())
}

/// `stratrack report --assessment --plan P [--generated-at T] [--lang L] --out DIR`: the plan's four-year
/// assessment, dated like a live annual report (the latest change in the data it reads, or `T`), run id
/// `preview`, in each language of `languages` laid out as a run holds them (the first into `out`, each
/// other into `out/{code}`, all from the one input with only the language changed); each file written as
/// soon as it is rendered.
pub async fn assessment(
    url: &str,
    plan: &str,
    generated_at: Option<DateTime<Utc>>,
    languages: &crate::models::report_runs::RunLanguages,
    out: &Path,
) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let db = db::connect(url).await?;
    db::migrate(&db).await?;
    phase("connected", started);
    let Some(plan) = report_input::plan_for(&db, Some(plan), 0).await? else {
        bail!("no plan has the code {plan} (load one with `stratrack seed` or `stratrack bench-data`)");
    };
    let pb = bar();
    let built = report_input::assessment::build(&db, plan, &mut stepping(&pb, started)).await?;
    db.close().await.ok();
    let at = dated(generated_at, built.latest_change.0);
    let input = built.for_run("preview", at);
    phase("snapshot id", started);
    for (lang, folder) in languages.folders() {
        let input = stratrack_reports::AssessmentInput {
            language: lang,
            ..input.clone()
        };
        let dir = out.join(folder.trim_end_matches('/'));
        let (files, manifest) = write_each(&pb, started, &dir, |put, progress| {
            stratrack_reports::render_assessment_each(&input, put, progress)
        })?;
        // English alone says what it always said.
        let in_language = if *languages == crate::models::report_runs::RunLanguages::default() {
            String::new()
        } else {
            format!(" in {}", lang.code())
        };
        println!(
            "Wrote {files} files of the four-year assessment of {} up to {}{in_language} to {} (snapshot {}, generated at {}).",
            manifest.plan.code,
            manifest.year,
            dir.display(),
            manifest.snapshot_id,
            manifest.generated_at
        );
    }
    Ok(())
}

/// `stratrack report --run ID --out DIR`: the frozen run rendered again from its snapshot, in every one
/// of its languages (the first at the root of DIR, each other under its folder); fails if
/// any file differs from the checksum stored with the run.
pub async fn frozen(url: &str, id: i32, out: &Path) -> anyhow::Result<()> {
    let db = db::connect(url).await?;
    db::migrate(&db).await?;
    let run = report_runs::Entity::find_by_id(id)
        .one(&db)
        .await?
        .with_context(|| format!("no report run {id}"))?;
    let stored: HashMap<String, String> = report_files::Entity::find()
        .filter(report_files::Column::RunId.eq(id))
        .order_by_asc(report_files::Column::Id)
        .all(&db)
        .await?
        .into_iter()
        .map(|f| (f.path, f.sha256))
        .collect();
    db.close().await.ok();
    let input = RunInput::from_json(&run.kind, &run.snapshot).context("reading the run's frozen snapshot")?;
    let pb = bar();
    pb.set_position(READ_STEPS);
    // Every language of the run: the first at the root of `out`, each other under its folder.
    let langs = crate::models::report_runs::RunLanguages::stored(&run.languages);
    let report = input.render_languages(&langs, &mut moving(&pb, READ_STEPS))?;
    report
        .write_to(out)
        .with_context(|| format!("writing {}", out.display()))?;
    pb.finish_and_clear();
    let differ: Vec<&str> = report
        .files
        .iter()
        .filter(|f| stored.get(&f.path) != Some(&f.sha256))
        .map(|f| f.path.as_str())
        .collect();
    if !differ.is_empty() || stored.len() != report.files.len() {
        bail!(
            "the rebuilt files differ from run {id}'s checksums: {} (run has {} files, rebuilt {})",
            differ.join(", "),
            stored.len(),
            report.files.len()
        );
    }
    println!(
        "Rebuilt report run {id} ({} files) into {}: every file is identical to the frozen run.",
        report.files.len(),
        out.display()
    );
    Ok(())
}
