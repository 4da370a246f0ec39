//! Renders the sample report (or a synthetic one) into a folder and prints the time it took.
//!
//! `cargo run --release -p stratrack-reports --example render -- /tmp/report-out`
//! `cargo run --release -p stratrack-reports --example render -- /tmp/big 10000 4` (indicators, years)
//! `REPORT_FORM=1 cargo run …` renders the input in that form (a run frozen before: 1 has the workbook and
//! chart labels of before form 2; 2 has `report.pdf`), for a before/after of a form's changes with one build.

use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().unwrap_or_else(|| "/tmp/report-out".to_owned()));
    let input = match args.next() {
        Some(n) => {
            let years = args.next().map_or(Ok(4), |y| y.parse())?;
            stratrack_reports::fixtures::synthetic(n.parse()?, years)
        }
        None => stratrack_reports::fixtures::sample(),
    };
    let mut input = input;
    if let Some(form) = std::env::var_os("REPORT_FORM") {
        input.form = form.to_string_lossy().parse()?;
    }
    let started = Instant::now();
    let verbose = std::env::var_os("RENDER_STEPS").is_some();
    let mut last = Instant::now();
    let mut slow = std::collections::BTreeMap::<String, std::time::Duration>::new();
    let report = stratrack_reports::render_with_progress(&input, &mut |_, _, what| {
        let kind = what.split(['-', '/', '.']).next().unwrap_or(what).to_owned();
        *slow.entry(kind).or_default() += last.elapsed();
        last = Instant::now();
    })?;
    if verbose {
        println!("{slow:?}");
    }
    let rendered = started.elapsed();
    let zip = report.to_zip()?;
    let zipped = started.elapsed();
    report.write_to(&out)?;
    std::fs::write(out.join("report.zip"), &zip)?;
    let bytes: usize = report.files.iter().map(|f| f.bytes.len()).sum();
    println!(
        "{} files, {} bytes (zip {} bytes) in {:?} (render {:?}, zip {:?}) -> {}",
        report.files.len(),
        bytes,
        zip.len(),
        zipped,
        rendered,
        zipped - rendered,
        out.display()
    );
    Ok(())
}
