//! `report.pdf`: the report as a Council document, typeset by Typst used as a library (`typst`,
//! `typst-layout`, `typst-pdf`: pure Rust, no browser, no external program).
//!
//! Why Typst: it is a maintained typesetting engine that embeds SVG as vectors, repeats table headers
//! on every page, numbers pages ("page n of N") and writes a table of contents with page numbers from one
//! layout pass, and shapes Arabic and CJK text, so the same path can serve every language of the report.
//! Its PDF writer takes a fixed creation date and document identifier, so a rebuild gives the same bytes.
//!
//! How: the page writer of `report.html` records what it writes ([`crate::html::builder::Event`]), and
//! [`markup::body`] turns the record into Typst markup, so the PDF carries the same sections, sentences,
//! tables and charts as the page (no figure is computed a second time). Every text enters the markup as a
//! Typst string literal, never as markup. The cover (`pdf/report.typ`) is the Council document's: the
//! body, the session, the document symbol, the date, "Report by the Secretary-General" and the title; the
//! data provenance (snapshot, run, manifest) stays in the annex ("About this report"). The fonts are the
//! bundled DejaVu faces (no system font), the charts are the report's SVG files given as virtual files of
//! the [`world::ReportWorld`], and the date Typst sees is the run's.

pub(crate) mod markup;
mod world;

use crate::input::FrameworkNames as _;
use chrono::{Datelike, Timelike};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

use crate::analysis::Analysis;
use crate::charts::Chart;
use crate::error::RenderError;
use crate::html::builder::Event;
use crate::input::ReportInput;
use markup::literal;

/// The file name.
pub const FILE: &str = "report.pdf";

/// The page style, cover and contents.
const TEMPLATE: &str = include_str!("pdf/report.typ");

/// What the cover says when the run record has no document symbol.
pub const NO_SYMBOL: &str = "Document symbol not assigned";
/// What the cover says when the run record has no session.
pub const NO_SESSION: &str = "Session not stated";

/// The whole Typst source of the report: the cover's values, the template, then the body.
pub fn source(a: &Analysis<'_>, events: &[Event]) -> String {
    let body = markup::body(events);
    let mut out = String::with_capacity(body.len() + TEMPLATE.len() + 2048);
    out.push_str(&meta(a.input, crate::html::any_illustrative(a)));
    out.push_str(TEMPLATE);
    out.push_str(&language(a.input.language));
    out.push_str(&body);
    out
}

/// The set rule putting the body in `lang` with the faces of its script (Typst shapes Arabic and lays it
/// out right to left from the language); nothing for English, whose source stays as it was.
fn language(lang: crate::input::Lang) -> String {
    use crate::input::Lang;
    let fonts = match lang {
        Lang::En => return String::new(),
        Lang::Ar => "(\"Noto Sans Arabic\", \"DejaVu Sans\")",
        Lang::Zh => "(\"DejaVu Sans\", \"Noto Sans CJK SC\")",
        _ => "\"DejaVu Sans\"",
    };
    format!("#set text(font: {fonts}, lang: \"{}\")\n", lang.code())
}

/// `#let meta = (…)`: every value the template shows, as string literals. The title and the date are in
/// the report's language since form [`crate::input::FORM_LANGUAGES`] and [`crate::input::FORM_CONTENT`];
/// every other text of the cover, the running header, the footer and the contents' title since form
/// [`crate::input::FORM_SECTIONS`] (English, as the template always wrote it, before).
fn meta(input: &ReportInput, illustrative: bool) -> String {
    let run = &input.run;
    let title = crate::words::Words::new(input.language).t_with(
        "report-heading",
        format!("{}: implementation and performance in {}", input.plan.name, input.year),
        &[
            ("plan", stratrack_i18n::Arg::from(input.plan_name())),
            ("year", input.year.into()),
        ],
    );
    let w = crate::words::Words::headings(input);
    let plan = if input.is_sections_form() {
        input.plan_name()
    } else {
        &input.plan.name
    };
    let year = || ("year", stratrack_i18n::Arg::from(input.year));
    let symbol = input
        .symbol()
        .unwrap_or_else(|| w.t("report-cover-no-symbol", NO_SYMBOL));
    let fields = [
        ("title", title.clone()),
        ("author", w.t("report-cover-author", "Secretary-General")),
        ("body", w.t("report-cover-body", "Council")),
        (
            "session",
            run.session
                .clone()
                .unwrap_or_else(|| w.t("report-cover-no-session", NO_SESSION)),
        ),
        ("symbol", symbol),
        (
            "date",
            match input.number_language() {
                Some(lang) => crate::format::locale::long_date(lang, run.generated_at.date_naive()),
                None => run.generated_at.format("%-d %B %Y").to_string(),
            },
        ),
        ("original", w.t("report-cover-original", "Original: English")),
        ("by", w.t("report-cover-by", "Report by the Secretary-General")),
        (
            "subtitle",
            w.t_with(
                "report-cover-subtitle",
                format!(
                    "Annual report to Council on the implementation of the strategic plan {}–{} ({}), report year {}",
                    input.plan.start_year, input.plan.end_year, input.plan.resolution, input.year
                ),
                &[
                    ("start", input.plan.start_year.into()),
                    ("end", input.plan.end_year.into()),
                    ("resolution", input.plan.resolution.as_str().into()),
                    year(),
                ],
            ),
        ),
        ("purpose-heading", w.t("report-cover-purpose-heading", "Purpose")),
        (
            "purpose",
            w.t_with(
                "report-cover-purpose",
                format!(
                    "This report informs Council of the implementation of the strategic plan in {}: the status of its \
                     indicators, finance, operational delivery, risks and data quality. Council is invited to take \
                     note of the report.",
                    input.year
                ),
                &[year()],
            ),
        ),
        (
            "running",
            w.t_with(
                "report-cover-running",
                format!("{} · annual report to Council, {}", input.plan.name, input.year),
                &[("plan", plan.into()), year()],
            ),
        ),
        (
            "illustrative",
            if illustrative {
                w.t(
                    "report-cover-illustrative",
                    "Some figures in this report are illustrative (sample data), not official results.",
                )
            } else {
                String::new()
            },
        ),
        (
            "symbol-note",
            if run.symbol.is_some() {
                String::new()
            } else {
                w.t(
                    "report-cover-symbol-note",
                    "No document symbol was given for this report run; the Secretariat assigns one when it \
                     submits the report to Council.",
                )
            },
        ),
        (
            "page",
            w.t_with(
                "report-pdf-page",
                "page {n} of {total}".to_owned(),
                &[("page", "{n}".into()), ("pages", "{total}".into())],
            ),
        ),
        ("contents", w.t("report-contents", "Contents")),
    ];
    let mut out = String::from("#let meta = (\n");
    for (key, value) in fields {
        out.push_str(&format!("  {key}: {},\n", literal(&value)));
    }
    out.push_str(")\n");
    out
}

/// The PDF's bytes: the report's source compiled with the charts' SVGs beside it, written with the run's
/// date as creation date and the run's identity as document id, so the same input gives the same bytes.
pub fn render(a: &Analysis<'_>, charts: &[&Chart], events: &[Event]) -> Result<Vec<u8>, RenderError> {
    let input = a.input;
    let files = charts
        .iter()
        .map(|c| (format!("charts/{}.svg", c.slug), c.svg_file().into_bytes()))
        .collect();
    let at = input.run.generated_at;
    let today = Datetime::from_ymd_hms(
        at.year(),
        u8::try_from(at.month()).unwrap_or(1),
        u8::try_from(at.day()).unwrap_or(1),
        u8::try_from(at.hour()).unwrap_or(0),
        u8::try_from(at.minute()).unwrap_or(0),
        u8::try_from(at.second()).unwrap_or(0),
    )
    .ok_or_else(|| RenderError::Pdf(format!("run date {at} out of range")))?;
    let world = world::ReportWorld::new(source(a, events), files, today, input.is_multilingual_form())?;
    let document: PagedDocument = typst::compile(&world).output.map_err(|errors| typst_errors(&errors))?;
    let options = PdfOptions {
        ident: Smart::Custom(format!(
            "stratrack {} {} run {}",
            input.plan.code, input.year, input.run.run_id
        )),
        timestamp: Some(Timestamp::new_utc(today)),
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options).map_err(|errors| typst_errors(&errors));
    drop(document);
    // Typst memoises what it lays out in a cache global to the process, which it never empties itself: a
    // server would keep every report it ever rendered (`examples/repeat.rs`: 446 MB after one synthetic
    // report, 1,683 MB after eight). Once a PDF is written, what no PDF used since the one before is
    // dropped: the memory of the last report stays for a report rendered again (the same figures lay out
    // from the cache), not that of every report. Output does not depend on the cache.
    typst::comemo::evict(1);
    pdf
}

/// Typst's diagnostics as one render error, their messages joined.
fn typst_errors(errors: &[typst::diag::SourceDiagnostic]) -> RenderError {
    let messages: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
    RenderError::Pdf(messages.join("; "))
}
