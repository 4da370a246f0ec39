//! Renders eight synthetic reports (form 2, with `report.pdf`) one after another in one process, as the
//! server does with every frozen run, and prints the process's resident and peak memory after each:
//! what one report leaves behind for the life of the process.
//!
//! `cargo run --release -p stratrack-reports --example repeat -- [indicators, default 1000]`

/// The process's resident and peak memory (Linux), in MB.
fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kb| kb / 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let indicators: usize = std::env::args().nth(1).map_or(Ok(1000), |n| n.parse())?;
    for i in 0..8 {
        let mut input = stratrack_reports::fixtures::synthetic(indicators, 4);
        input.form = 2;
        input.run.run_id = format!("run-{i}");
        input.year = 2028 + (i % 4);
        let started = std::time::Instant::now();
        drop(stratrack_reports::render(&input)?);
        let (rss, peak) = memory();
        println!(
            "report {} ({indicators} indicators, {}): {:.2} s; resident {rss} MB, peak {peak} MB",
            i + 1,
            input.year,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
