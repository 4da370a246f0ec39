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
//! - [`pdf`]: `report.pdf`, the same report as a Council document, typeset by Typst (form 2 and later);
//! - [`assessment`]: the four-year assessment, a second kind of report from an [`AssessmentInput`];
//! - [`manifest`]: the file list, checksums, folder and zip output;
//! - [`words`]: the report's own words in its language (form 3 and later; `i18n/messages/report/`);
//! - [`fixtures`]: a small hand-made input for tests and demos.
//!
//! ```no_run
//! let input = stratrack_reports::fixtures::sample();
//! let report = stratrack_reports::render(&input)?;
//! report.write_to(std::path::Path::new("out"))?;
//! # Ok::<(), stratrack_reports::RenderError>(())
//! ```

pub mod analysis;
pub mod assessment;
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
pub mod pdf;
pub mod reconcile;
pub mod tables;
pub mod words;
pub mod xlsx;

pub use assessment::{render_assessment, render_assessment_each, render_assessment_with_progress};
pub use error::RenderError;
pub use input::{AssessmentInput, ReportInput};
pub use manifest::{Manifest, ManifestEntry, Report, ReportFile};

use analysis::Analysis;
use charts::ChartSet;

/// Renders every file of the report for `input`.
pub fn render(input: &ReportInput) -> Result<Report, RenderError> {
    render_with_progress(input, &mut |_, _, _| {})
}

/// Renders every file, calling `progress(done, total, what)` after each step (for a progress bar).
///
/// Files come in a stable order: `report.html`, `report.xlsx`, `tables/*.csv`, then
/// `charts/*.svg` and `charts/*.png` chart by chart, `report.pdf` (form 2 and later), and `manifest.json` last.
pub fn render_with_progress(
    input: &ReportInput,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<Report, RenderError> {
    let (files, manifest) = in_memory(|put| render_each(input, put, progress))?;
    Ok(Report::from_parts(input, files, manifest))
}

/// Where a file rendered for a slot goes.
pub type Put<'p> = &'p mut dyn FnMut(usize, ReportFile) -> Result<(), RenderError>;

/// Runs a file-by-file rendering (`each`, given where to put each file) and keeps every file in memory,
/// in slot order: the files and the manifest.
pub(crate) fn in_memory(
    each: impl FnOnce(Put<'_>) -> Result<Manifest, RenderError>,
) -> Result<(Vec<ReportFile>, Manifest), RenderError> {
    let mut files: Vec<Option<ReportFile>> = Vec::new();
    let manifest = each(&mut |slot, file| {
        if files.len() <= slot {
            files.resize(slot + 1, None);
        }
        files[slot] = Some(file);
        Ok(())
    })?;
    Ok((files.into_iter().flatten().collect(), manifest))
}

/// Renders every file and hands each to `out(slot, file)` as soon as it is ready, so that a caller
/// writing files to disk holds one at a time, not the whole report; `slot` is the file's place in the
/// report's order (files may come out of order; the manifest comes last). Returns the manifest.
/// `progress(done, total, what)` is called after each step.
pub fn render_each(
    input: &ReportInput,
    out: &mut dyn FnMut(usize, ReportFile) -> Result<(), RenderError>,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<Manifest, RenderError> {
    charts::font::fonts()?;
    let analysis = Analysis::new(input);
    let charts = ChartSet::build(&analysis);
    let chart_list = charts.all();
    let builders = tables::builders(input);
    // report.pdf only in the report's form 2 and later: runs frozen before keep their files.
    let with_pdf = input.is_formatted_form();
    let slots = parallel::Slots {
        tables: builders.len(),
        charts: chart_list.len(),
        pdf: with_pdf,
    };
    // One step per file but the SVGs (each chart counts once), and the manifest.
    let total = 3 + builders.len() + chart_list.len() + usize::from(with_pdf);
    let mut done = 0;
    let mut entries: Vec<Option<ManifestEntry>> = vec![None; slots.manifest()];
    let page = || {
        if with_pdf {
            let (page, events) = html::page_recorded(&analysis, &charts);
            (page.into_bytes(), events)
        } else {
            (html::page(&analysis, &charts).into_bytes(), Vec::new())
        }
    };
    let pdf = |events: &[html::builder::Event]| pdf::render(&analysis, &chart_list, events);
    parallel::render(
        parallel::Work {
            analysis: &analysis,
            charts: &chart_list,
            tables: &builders,
            page: &page,
            pdf: if with_pdf { Some(&pdf) } else { None },
            book: xlsx::Book::new(input)?,
        },
        &mut |slot, file| {
            entries[slot] = Some(ManifestEntry::of(&file));
            let svg = file.path.ends_with(".svg");
            let what = file.path.clone();
            out(slot, file)?;
            if !svg {
                done += 1;
                progress(done, total, &what);
            }
            Ok(())
        },
    )?;
    let entries = entries
        .into_iter()
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| RenderError::Chart("a file of the report was not rendered".into()))?;
    let manifest = Manifest::from_entries(input, entries);
    out(
        slots.manifest(),
        ReportFile::new(manifest::MANIFEST, manifest.to_json()?),
    )?;
    progress(total, total, manifest::MANIFEST);
    Ok(manifest)
}
