//! `report.html`: one self-contained, printable page (inline SVG and CSS, no script, nothing loaded
//! from outside; the only outside addresses are the http(s) evidence links beside the indicators) with a
//! table of contents, summary, framework sections with their narratives and mandates, the results serving
//! each resolution, finance, operations, risks, breakdowns, data quality, the framework revisions in
//! force and the annex.

mod annex;
pub mod assessment;
pub(crate) mod builder;
mod cycles;
mod framework;
mod mandates;
mod moves;
mod narratives;
mod operations;
mod questions;
mod restatements;
mod sheets;
mod summary;

use crate::input::FrameworkNames as _;
use builder::Html;
use chrono::SecondsFormat;

use crate::analysis::Analysis;
use crate::charts::{Chart, ChartSet};
use crate::input::{NodeLevel, is_illustrative};
use crate::words::Words;
use stratrack_i18n::Arg;

/// Page being written: the document, what it shows and the running figure number.
pub(crate) struct Page<'p, 'a> {
    h: Html,
    a: &'p Analysis<'a>,
    charts: &'p ChartSet,
    figures: usize,
    /// The words of the section being written: the report's language in a translated section of form 4
    /// and later, English otherwise ([`Page::section`]).
    w: Words,
}

impl Page<'_, '_> {
    /// Writes a major section: its id and heading, then what `body` writes, then the close. In another
    /// language than English the heading is the message `report-section-{id}`; the body is in that
    /// language too when the report's content is ([`Words::body`]) and the section is one of
    /// [`TRANSLATED`] (form 4 and later) or of [`SECTIONS`] (form 5 and later, [`Words::sections`]),
    /// otherwise it is still written in English and marked `lang="en"` so that it is read as English.
    fn section(&mut self, id: &str, heading: &str, body: impl FnOnce(&mut Self)) {
        let words = self.words();
        let heading = section_heading(words, id, heading, self.a.input.since_year);
        self.h
            .open("section", &format!("class=\"major\" id=\"{id}\""))
            .el("h2", "", &heading);
        let translated =
            words.has_content() && (TRANSLATED.contains(&id) || (words.has_sections() && SECTIONS.contains(&id)));
        self.w = if translated { words } else { Words::default() };
        if words.is_english() || translated {
            body(self);
        } else {
            self.h.open("div", "lang=\"en\" dir=\"ltr\"");
            body(self);
            self.h.close("div");
        }
        self.w = Words::default();
        self.h.close("section");
    }

    /// The words of the report's language.
    fn words(&self) -> Words {
        Words::of(self.a.input)
    }

    /// The words of the sections' bodies (English in runs frozen before form 4).
    fn body_words(&self) -> Words {
        self.w
    }

    /// Writes what `english` writes, still in English in a translated section: marked `lang="en"` in a
    /// report in another language.
    fn in_english(&mut self, english: impl FnOnce(&mut Self)) {
        let marked = !self.body_words().is_english();
        if marked {
            self.h.open("div", "lang=\"en\" dir=\"ltr\"");
        }
        english(self);
        if marked {
            self.h.close("div");
        }
    }

    /// Adds a numbered figure.
    fn figure(&mut self, chart: &Chart) {
        self.figures += 1;
        let words = self.words();
        self.h
            .figure_in(words, self.figures, chart, self.a.input.is_current_form());
    }
}

/// The complete HTML page.
pub fn page(a: &Analysis<'_>, charts: &ChartSet) -> String {
    write(a, charts, false).finish()
}

/// The complete HTML page and, recorded as it was written, its body from the table of contents on (for
/// `report.pdf`, which typesets the same sections, paragraphs, tables and figures).
pub(crate) fn page_recorded(a: &Analysis<'_>, charts: &ChartSet) -> (String, Vec<builder::Event>) {
    write(a, charts, true).finish_recorded()
}

/// Writes the page with numbers and dates in the report's language (form 4 and later).
fn write(a: &Analysis<'_>, charts: &ChartSet, record: bool) -> Html {
    crate::format::locale::with(a.input.number_language(), || {
        crate::words::with(Words::of(a.input).body(), || write_in(a, charts, record))
    })
}

fn write_in(a: &Analysis<'_>, charts: &ChartSet, record: bool) -> Html {
    let input = a.input;
    let words = Words::new(input.language);
    let title = words.t_with(
        "report-title",
        format!("{} — annual report to Council, {}", input.plan.name, input.year),
        &[("plan", Arg::from(input.plan_name())), ("year", input.year.into())],
    );
    // The narratives' and mandates' styles only in the pages of the current form, so that runs frozen
    // before keep their bytes.
    let mut extra = if input.states_context() { CONTEXT_CSS } else { "" }.to_owned();
    if input.number_language().is_some() {
        extra.push_str(CONTENT_CSS);
    }
    let mut h = head_in(words.lang(), &title, 64 * 1024 + input.indicators.len() * 600, &extra);
    cover(&mut h, a);
    if record {
        h.record();
    }
    toc(&mut h, a);
    h.open("main", "");
    let mut page = Page {
        h,
        a,
        charts,
        figures: 0,
        w: Words::default(),
    };
    summary::write(&mut page);
    moves::write(&mut page);
    framework::goals(&mut page);
    framework::priorities(&mut page);
    mandates::write(&mut page);
    operations::finance(&mut page);
    operations::delivery(&mut page);
    annex::risks(&mut page);
    annex::breakdowns(&mut page);
    annex::data_quality(&mut page);
    sheets::revisions_section(&mut page);
    restatements::write(&mut page);
    annex::annex(&mut page);
    sheets::sheets(&mut page);
    questions::questions(&mut page);
    page.h.close("main");
    let footer = words.t_with(
        "report-footer",
        format!("{} · {} · report run {}", input.plan.code, input.year, input.run.run_id),
        &[
            ("plan", Arg::from(&input.plan.code)),
            ("year", input.year.into()),
            ("run", Arg::from(&input.run.run_id)),
        ],
    );
    page.h.el("footer", "", &footer);
    page.h.raw("</body>\n</html>\n");
    page.h
}

/// A page in `lang` of about `capacity` bytes titled `title`, its head (stylesheet inline, then
/// `extra_css`) written, `<body>` open: `<html lang dir>` (English keeps the bytes it always had), and
/// in a right-to-left language the charts kept left to right (their layout is).
pub(crate) fn head_in(lang: stratrack_i18n::Lang, title: &str, capacity: usize, extra_css: &str) -> Html {
    let mut h = Html::with_capacity(capacity);
    if lang == stratrack_i18n::Lang::En {
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    } else {
        h.raw(&format!(
            "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
            lang.code(),
            lang.dir()
        ));
    }
    let extra_css = if lang == stratrack_i18n::Lang::En {
        extra_css.to_owned()
    } else {
        format!("{extra_css}{LANG_CSS}")
    };
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .el("title", "", title)
        .raw("<style>\n")
        .raw(CSS)
        .raw(&extra_css)
        .raw("</style>\n</head>\n<body>\n");
    h
}

/// Writes the cover: the Council symbol of the report's language version (form 6 and later, when the run
/// has one), what the report is, the plan and year, the run, and a note when figures are illustrative.
fn cover(h: &mut Html, a: &Analysis<'_>) {
    let input = a.input;
    let w = Words::new(input.language);
    let generated = if input.is_content_form() && !w.is_english() {
        crate::format::moment(input.run.generated_at)
    } else {
        input.run.generated_at.to_rfc3339_opts(SecondsFormat::Secs, true)
    };
    h.raw("<header class=\"cover\">\n");
    // The language version's own symbol (form 6 and later; the cover had none before).
    if let Some(symbol) = input.symbol().filter(|_| input.is_versions_form()) {
        h.el("p", "class=\"symbol\" dir=\"ltr\"", &symbol);
    }
    h.el(
        "p",
        "class=\"kicker\"",
        &w.t(
            "report-kicker",
            "Annual report to Council on the implementation of the strategic plan",
        ),
    )
    .el(
        "h1",
        "",
        &w.t_with(
            "report-heading",
            format!("{}: implementation and performance in {}", input.plan.name, input.year),
            &[("plan", Arg::from(input.plan_name())), ("year", input.year.into())],
        ),
    )
    .p(&w.t_with(
        "report-period",
        format!(
            "{} · plan period {}–{} · report year {}",
            input.plan.resolution, input.plan.start_year, input.plan.end_year, input.year
        ),
        &[
            ("resolution", Arg::from(&input.plan.resolution)),
            ("start", input.plan.start_year.into()),
            ("end", input.plan.end_year.into()),
            ("year", input.year.into()),
        ],
    ))
    .el(
        "p",
        "class=\"meta\"",
        &w.t_with(
            "report-meta",
            format!(
                "Report run {} · data snapshot {} · generated {}",
                input.run.run_id, input.run.snapshot_id, generated
            ),
            &[
                ("run", Arg::from(&input.run.run_id)),
                ("snapshot", Arg::from(&input.run.snapshot_id)),
                ("generated", Arg::from(&generated)),
            ],
        ),
    );
    if any_illustrative(a) {
        h.el(
            "p",
            "class=\"note illustrative\"",
            &w.t(
                "report-illustrative-note",
                "Some figures in this report are illustrative (sample data), not official results. \
                 Charts built on them carry an \u{201c}Illustrative data\u{201d} badge and tables mark them \
                 \u{201c}illustrative\u{201d}.",
            ),
        );
    }
    h.close("header");
}

pub(crate) fn any_illustrative(a: &Analysis<'_>) -> bool {
    let i = a.input;
    i.indicators.iter().any(|x| is_illustrative(&x.provenance))
        || i.nodes.iter().any(|x| is_illustrative(&x.provenance))
        || i.finance.lines.iter().any(|x| is_illustrative(&x.provenance))
        || i.finance.cost_by_node.iter().any(|x| is_illustrative(&x.provenance))
        || i.operational.iter().any(|x| is_illustrative(&x.provenance))
        || i.risks.iter().any(|x| is_illustrative(&x.provenance))
}

/// Anchor id of a result node's section.
pub(crate) fn node_anchor(code: &str) -> String {
    let mut id = String::from("node-");
    for c in code.chars() {
        id.push(if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else {
            '-'
        });
    }
    id
}

fn toc(h: &mut Html, a: &Analysis<'_>) {
    let w = Words::new(a.input.language);
    let since = a.input.since_year;
    h.open("nav", "class=\"toc\" aria-labelledby=\"toc-title\"")
        .el("h2", "id=\"toc-title\"", &w.t("report-contents", "Contents"))
        .open("ol", "");
    let entry = |h: &mut Html, id: &str, label: &str| {
        let label = section_heading(w, id, label, since);
        h.open("li", "").el("a", &format!("href=\"#{id}\""), &label).close("li");
    };
    entry(h, "summary", "Executive summary");
    if let Some(since) = a.input.since_year {
        entry(h, "moves", &format!("Indicators whose status moved since {since}"));
    }
    for (id, label, level) in [
        ("goals", "Strategic goals", NodeLevel::Goal),
        (
            "priorities",
            "Thematic priorities and enablers",
            NodeLevel::ThematicPriority,
        ),
    ] {
        h.open("li", "")
            .el("a", &format!("href=\"#{id}\""), &section_heading(w, id, label, since))
            .open("ol", "");
        let nodes = a
            .nodes_at(level)
            .chain(a.nodes_at(NodeLevel::Enabler).filter(|_| level != NodeLevel::Goal));
        for n in nodes {
            let named = a.input.node_name(&n.code, &n.name);
            h.open("li", "")
                .open("a", &format!("href=\"#{}\"", node_anchor(&n.code)))
                .prefixed_name(&format!("{} · ", n.code), w, &named)
                .close("a")
                .close("li");
        }
        h.close("ol").close("li");
    }
    let context = a.input.states_context();
    if context {
        entry(h, mandates::SECTION.0, mandates::SECTION.1);
    }
    entry(h, "finance", "Finance");
    entry(h, "operations", "Operational delivery");
    entry(h, "risks", "Risks");
    entry(h, "breakdowns", "Gender and regional breakdowns");
    entry(h, "data-quality", "Data quality");
    if context {
        entry(h, sheets::REVISIONS.0, sheets::REVISIONS.1);
    }
    if a.input.restatements.is_some() {
        entry(h, restatements::ID, restatements::HEADING);
    }
    entry(h, "annex", "Annex: status rule and thresholds");
    if sheets::has_sheets(&a.input.indicators) {
        entry(h, "sheets", "Annex: indicator reference sheets");
    }
    if !a.input.questions.is_empty() {
        entry(h, questions::SECTION.0, questions::SECTION.1);
    }
    h.close("ol").close("nav");
}

/// The major sections whose bodies are written in the report's language from form 4 on; the others are
/// English, marked so, in form 4 (docs/I18N.md, "The report in each language").
const TRANSLATED: &[&str] = &["goals", "priorities"];

/// The major sections whose bodies are written in the report's language in form
/// [`crate::input::FORM_SECTIONS`] and later, besides [`TRANSLATED`]; runs of form 4 keep them English.
const SECTIONS: &[&str] = &[
    "summary",
    "moves",
    "mandates",
    "finance",
    "operations",
    "risks",
    "breakdowns",
    "data-quality",
    "revisions",
    "restatements",
    "annex",
    "sheets",
    "questions",
];

/// The style of a report in another language than English: the faces of its script first, charts left
/// to right inside a right-to-left page, table cells aligned to the start of the line.
const LANG_CSS: &str = "html[lang=ar] body { font-family: \"Noto Sans Arabic\", \"DejaVu Sans\", Tahoma, sans-serif; }
html[lang=zh] body { font-family: \"DejaVu Sans\", \"Noto Sans CJK SC\", \"Noto Sans SC\", \"Microsoft YaHei\", sans-serif; }
svg.chart { direction: ltr; }
[dir=rtl] table.data caption, [dir=rtl] table.data th, [dir=rtl] table.data td { text-align: start; }
[dir=rtl] .note { border-left: 0; border-right: 4px solid #999; }
";

/// The heading of the major section `id`: `english`, or in another language its message (with the
/// year compared with, for the section on status moves).
fn section_heading(words: Words, id: &str, english: &str, since: Option<i32>) -> String {
    let key = format!("report-section-{id}");
    if !stratrack_i18n::has(stratrack_i18n::Lang::En, &key) {
        return english.to_owned();
    }
    let args: Vec<(&str, Arg<'_>)> = since.map(|s| vec![("since", s.into())]).unwrap_or_default();
    words.t_with(&key, english.to_owned(), &args)
}

/// The style of a report whose content is in another language than English (form 4 and later): the
/// mark after a name still in English.
const CONTENT_CSS: &str = ".in-english { color: #555; font-size: 0.9em; white-space: nowrap; }
";

/// The style of the narratives beside the indicator tables (the report's form [`crate::input::FORM_CONTEXT`]).
const CONTEXT_CSS: &str = "dl.narratives { font-size: 9.5pt; margin: 0 0 1em; }
dl.narratives dt { font-weight: bold; margin-top: 0.4em; }
dl.narratives dd { margin-left: 1.2em; }
dl.narratives p { margin: 0.15em 0; overflow-wrap: anywhere; }
";

const CSS: &str = r#"@page { size: A4; margin: 16mm 15mm 18mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; max-width: 190mm; margin: 0 auto; padding: 0 4mm; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0.2em 0 0.4em; }
h2 { font-size: 15pt; border-bottom: 2px solid #0072B2; padding-bottom: 2pt; margin-top: 1.6em; }
h3 { font-size: 12.5pt; margin-top: 1.4em; }
h4 { font-size: 11pt; margin: 1.1em 0 0.3em; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
.kicker { text-transform: uppercase; letter-spacing: 0.06em; color: #0072B2; font-weight: bold; font-size: 9pt; margin: 0; }
.meta, figcaption, caption, footer { color: #555; font-size: 9pt; }
.note { border-left: 4px solid #999; background: #f4f4f4; padding: 6pt 9pt; }
.illustrative { border-left-color: #E69F00; background: #fff4d6; }
.ok { border-left-color: #009E73; background: #e8f6f1; }
.alert { border-left-color: #D55E00; background: #fbebe0; font-weight: bold; }
table.data { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 0.6em 0 1em; }
table.data caption { text-align: left; padding-bottom: 2pt; }
table.data th, table.data td { border-bottom: 1px solid #ddd; padding: 2.5pt 5pt; text-align: left; vertical-align: top; }
table.data th { background: #eef2f8; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead { display: table-header-group; }
.wide { overflow-x: auto; }
.wide:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
tr, figure, .keep { break-inside: avoid; page-break-inside: avoid; }
figure.chart { margin: 1em 0 1.4em; }
svg.chart { width: 100%; max-width: 800px; height: auto; display: block; }
.status { white-space: nowrap; }
.status::before { content: ""; display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.05em; border: 1px solid #777; }
.s-achieved::before { background: #009E73; }
.s-on_track::before { background: #56B4E9; }
.s-at_risk::before { background: repeating-linear-gradient(45deg, #E69F00 0 2px, #F5D999 2px 4px); }
.s-off_track::before { background: repeating-linear-gradient(45deg, #D55E00 0 2px, #F2BF99 2px 4px), #D55E00; }
.s-no_data::before { background: #BBBBBB; }
.tag { font-size: 8pt; color: #6B4500; background: #fff4d6; border: 1px solid #E69F00; padding: 0 3pt; margin-left: 3pt; white-space: nowrap; }
nav.toc ol { padding-left: 1.4em; }
nav.toc a { color: #0b4f7c; text-decoration: none; }
dl.rule dt { font-weight: bold; margin-top: 0.5em; }
dl.rule dd { margin-left: 1.2em; }
@media print {
  body { max-width: none; padding: 0; }
  .wide { overflow: visible; }
  nav.toc { break-after: page; }
  section.major { break-before: page; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;
