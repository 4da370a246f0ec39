//! stratrack-reports renders the annual implementation report to Council from plain data:
//! plain data in ([`ReportInput`]), bytes out ([`Report`]). No database, no HTTP, no clock.
//!
//! Map of the crate:
//! - [`input`]: the report input the backend builds and freezes as JSON;
//! - [`analysis`], [`reconcile`] and [`delivery`]: figures derived from it (never a status);
//! - [`charts`]: SVG and PNG charts drawn from one display list;
//! - [`tables`] (CSV) and [`xlsx`]: the same tables as files and as sheets;
//! - [`csv_safe`]: text cells of every CSV the product writes, safe from formula injection;
//! - [`html`]: the self-contained `report.html`;
//! - [`manifest`]: the file list, checksums, folder and zip output;
//! - [`fixtures`]: a small hand-made input for tests and demos.
//!
//! ```no_run
//! let input = stratrack_reports::fixtures::sample();
//! let report = stratrack_reports::render(&input)?;
//! report.write_to(std::path::Path::new("out"))?;
//! # Ok::<(), stratrack_reports::RenderError>(())
//! ```

pub mod analysis;
pub mod charts;
pub mod csv_safe;
pub mod delivery;
pub mod error;
pub mod fixtures;
pub mod format;
pub mod html;
pub mod input;
pub mod manifest;
pub mod markup;
mod parallel;
pub mod reconcile;
pub mod tables;
pub mod xlsx;

pub use error::RenderError;
pub use input::ReportInput;
pub use manifest::{Manifest, Report, ReportFile};

use analysis::Analysis;
use charts::ChartSet;
use tables::Table;

/// Renders every file of the report for `input`.
pub fn render(input: &ReportInput) -> Result<Report, RenderError> {
    render_with_progress(input, &mut |_, _, _| {})
}

/// Renders every file, calling `progress(done, total, what)` after each step (for a progress bar).
///
/// Files come in a stable order: `report.html`, `report.xlsx`, `tables/*.csv`, then
/// `charts/*.svg` and `charts/*.png` chart by chart, and `manifest.json` last.
pub fn render_with_progress(
    input: &ReportInput,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<Report, RenderError> {
    charts::font::fonts()?;
    let analysis = Analysis::new(input);
    let charts = ChartSet::build(&analysis);
    let tables = tables::build(&analysis);
    let chart_list = charts.all();
    let total = 3 + tables.len() + chart_list.len();
    let mut done = 0;
    let mut step = |what: &str| {
        done += 1;
        progress(done, total, what);
    };

    // A helper thread draws charts while this one writes the page, workbook and CSV; both then
    // share the remaining PNGs.
    let (pngs, side) = parallel::pngs_beside(
        &chart_list,
        || -> Result<_, RenderError> {
            let page = html::page(&analysis, &charts).into_bytes();
            let workbook = xlsx::workbook(input, &tables)?;
            let csvs = tables.iter().map(Table::to_csv).collect::<Result<Vec<_>, _>>()?;
            Ok((page, workbook, csvs))
        },
        &mut |slug| step(slug),
    );
    let (page, workbook, csvs) = side?;
    let mut files = Vec::with_capacity(3 + tables.len() + 2 * chart_list.len());
    files.push(ReportFile::new("report.html", page));
    step("report.html");
    files.push(ReportFile::new("report.xlsx", workbook));
    step("report.xlsx");
    for (t, csv) in tables.iter().zip(csvs) {
        let path = format!("tables/{}.csv", t.name);
        files.push(ReportFile::new(path.clone(), csv));
        step(&path);
    }
    for (chart, png) in chart_list.iter().zip(pngs) {
        files.push(ReportFile::new(
            format!("charts/{}.svg", chart.slug),
            chart.svg_file().into_bytes(),
        ));
        files.push(ReportFile::new(format!("charts/{}.png", chart.slug), png?));
    }
    let report = Report::assemble(input, files)?;
    step(manifest::MANIFEST);
    Ok(report)
}
