//! Uses both cores of the target machine. This thread builds the tables one at a time and writes each
//! as a sheet and as CSV before dropping it (the workbook is the largest piece of work and the largest
//! allocation, and this thread's heap already holds the memory freed after reading the input); a helper
//! thread writes the page and then draws charts (SVG and PNG); once the workbook is saved, both share
//! the charts left. In the report's form 2 and later, the helper hands the page's record to a third
//! thread that typesets `report.pdf` (the longest single piece of work after the workbook) while the
//! other two go on with the charts. Every file reaches `put` on this thread with its slot, so the report's order and
//! bytes do not depend on scheduling, and a file's bytes can be dropped as soon as `put` has them.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;

use crate::analysis::Analysis;
use crate::charts::Chart;
use crate::error::RenderError;
use crate::html::builder::Event;
use crate::manifest::ReportFile;
use crate::tables::{Builder, Table};
use crate::xlsx::Book;

/// Where each file goes in the report's order: the page, the workbook, the tables, then each chart's
/// SVG and PNG, `report.pdf` when the report has one, and the manifest last.
#[derive(Debug, Clone, Copy)]
pub struct Slots {
    /// Number of tables.
    pub tables: usize,
    /// Number of charts.
    pub charts: usize,
    /// Whether the report has `report.pdf` (form 2 and later).
    pub pdf: bool,
}

impl Slots {
    /// `report.html`.
    pub const PAGE: usize = 0;
    /// `report.xlsx`.
    pub const WORKBOOK: usize = 1;

    /// Table `i`'s CSV.
    pub fn table(self, i: usize) -> usize {
        2 + i
    }

    /// Chart `i`'s SVG; its PNG is the next slot.
    pub fn svg(self, i: usize) -> usize {
        2 + self.tables + 2 * i
    }

    /// `report.pdf`, after the charts.
    pub fn pdf(self) -> usize {
        self.svg(self.charts)
    }

    /// `manifest.json`, and the number of files before it.
    pub fn manifest(self) -> usize {
        self.pdf() + usize::from(self.pdf)
    }
}

/// What one render needs: the analysis, the charts, the table builders and the page.
pub struct Work<'w, 'a> {
    /// The analysed input.
    pub analysis: &'w Analysis<'a>,
    /// Every chart, in report order.
    pub charts: &'w [&'w Chart],
    /// Every table's builder, in report order.
    pub tables: &'w [Builder<'a>],
    /// The page's bytes, and what it wrote as recorded for the PDF (nothing when the report has none).
    pub page: &'w (dyn Fn() -> (Vec<u8>, Vec<Event>) + Sync),
    /// The PDF from the page's record, when the report has one.
    pub pdf: Option<&'w MakePdf<'w>>,
    /// An empty workbook.
    pub book: Book,
}

/// Typesets the PDF from the page's record.
pub type MakePdf<'f> = dyn Fn(&[Event]) -> Result<Vec<u8>, RenderError> + Sync + 'f;

/// A file for a slot, or why it could not be made.
type Made = (usize, Result<ReportFile, RenderError>);

/// Renders every file of `work` into `put(slot, file)`.
pub fn render(
    work: Work<'_, '_>,
    put: &mut dyn FnMut(usize, ReportFile) -> Result<(), RenderError>,
) -> Result<(), RenderError> {
    let slots = Slots {
        tables: work.tables.len(),
        charts: work.charts.len(),
        pdf: work.pdf.is_some(),
    };
    let charts = work.charts;
    let next = AtomicUsize::new(0);
    let take = || {
        let i = next.fetch_add(1, Ordering::Relaxed);
        (i < charts.len()).then_some(i)
    };
    // Chart `i`'s SVG and PNG; false when `send` no longer takes files (the render failed).
    let draw = |i: usize, send: &mut dyn FnMut(Made) -> bool| {
        let chart = charts[i];
        let slot = slots.svg(i);
        send((
            slot,
            Ok(ReportFile::new(
                format!("charts/{}.svg", chart.slug),
                chart.svg_file().into_bytes(),
            )),
        )) && send((
            slot + 1,
            chart
                .png_file()
                .map(|png| ReportFile::new(format!("charts/{}.png", chart.slug), png)),
        ))
    };
    thread::scope(|s| {
        let (tx, rx) = mpsc::channel::<Made>();
        let (page, pdf) = (work.page, work.pdf);
        let (take, draw) = (&take, &draw);
        s.spawn(move || {
            let (html, events) = page();
            if let Some(pdf) = pdf {
                let tx = tx.clone();
                s.spawn(move || {
                    let file = pdf(&events).map(|b| ReportFile::new(crate::pdf::FILE, b));
                    let _ = tx.send((slots.pdf(), file));
                });
            }
            let mut send = |m: Made| tx.send(m).is_ok();
            if !send((Slots::PAGE, Ok(ReportFile::new("report.html", html)))) {
                return;
            }
            while let Some(i) = take() {
                if !draw(i, &mut send) {
                    return;
                }
            }
        });
        let mut store = |(slot, made): Made| made.and_then(|f| put(slot, f));
        let mut book = work.book;
        for (i, build) in work.tables.iter().enumerate() {
            let table: Table<'_> = build(work.analysis);
            book.add(&table)?;
            let csv = table.csv_for(work.analysis.input)?;
            store((
                slots.table(i),
                Ok(ReportFile::new(format!("tables/{}.csv", table.name), csv)),
            ))?;
            drop(table);
            while let Ok(m) = rx.try_recv() {
                store(m)?;
            }
        }
        store((
            Slots::WORKBOOK,
            book.finish().map(|b| ReportFile::new("report.xlsx", b)),
        ))?;
        while let Some(i) = take() {
            let mut mine = Vec::with_capacity(2);
            draw(i, &mut |m| {
                mine.push(m);
                true
            });
            for m in mine {
                store(m)?;
            }
            while let Ok(m) = rx.try_recv() {
                store(m)?;
            }
        }
        // The helper ends when no chart is left; the channel closes with it.
        for m in rx {
            store(m)?;
        }
        Ok(())
    })
}
