//! Times each phase of a synthetic render (a profiling aid, not a test).
use std::time::Instant;
use stratrack_reports::{analysis::Analysis, charts::ChartSet, html, tables, xlsx};
fn main() {
    let input = stratrack_reports::fixtures::synthetic(10_000, 4);
    let t = Instant::now();
    let a = Analysis::new(&input);
    println!("analysis {:?}", t.elapsed());
    let t = Instant::now();
    let charts = ChartSet::build(&a);
    println!("chart scenes {:?}", t.elapsed());
    let t = Instant::now();
    let tabs = tables::build(&a);
    println!("tables {:?}", t.elapsed());
    let t = Instant::now();
    let page = html::page(&a, &charts);
    println!("html {:?} ({} bytes)", t.elapsed(), page.len());
    let t = Instant::now();
    let x = xlsx::workbook(&input, &tabs).unwrap();
    println!("xlsx {:?} ({} bytes)", t.elapsed(), x.len());
    let t = Instant::now();
    for c in charts.all() {
        let _ = c.svg_file();
    }
    println!("svg {:?}", t.elapsed());
    let t = Instant::now();
    for c in charts.all() {
        let _ = c.png_file().unwrap();
    }
    println!("png {:?} ({} charts)", t.elapsed(), charts.all().len());
}
