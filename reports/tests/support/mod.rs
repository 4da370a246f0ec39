//! Helpers shared by the integration tests: rendering the sample, reading files as text and
//! reducing an SVG to its element outline for snapshots.

#![allow(dead_code)]

use stratrack_reports::input::Lang;
use stratrack_reports::{Report, ReportInput, fixtures, render};

/// The sample input.
pub fn sample() -> ReportInput {
    fixtures::sample()
}

/// The sample report, rendered once per test binary.
pub fn sample_report() -> &'static Report {
    static REPORT: std::sync::OnceLock<Report> = std::sync::OnceLock::new();
    REPORT.get_or_init(|| rendered(&sample()))
}

/// Renders `input`, failing the test on error.
pub fn rendered(input: &ReportInput) -> Report {
    render(input).expect("the report renders")
}

/// Every file's path and checksum, in order: two reports with the same list are the same bytes.
pub fn checksums(report: &Report) -> Vec<(&str, &str)> {
    report
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.sha256.as_str()))
        .collect()
}

/// A file of the report as UTF-8 text.
pub fn text(report: &Report, path: &str) -> String {
    let file = report.file(path).unwrap_or_else(|| panic!("{path} is in the report"));
    String::from_utf8(file.bytes.clone()).expect("utf-8")
}

/// The element outline of an SVG: one line per element, nested by group, with the text of
/// `text`, `title` and `desc` elements; repeated identical lines are counted, coordinates dropped.
pub fn svg_outline(svg: &str) -> String {
    let mut lines: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let end = rest.find('>').expect("tag closes");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if let Some(closing) = tag.strip_prefix('/') {
            if closing == "g" || closing == "svg" {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        let name = tag.split_whitespace().next().unwrap_or("").trim_end_matches('/');
        let mut line = format!("{}{name}", "  ".repeat(depth));
        if let Some(class) = attr(tag, "class") {
            line.push('.');
            line.push_str(class);
        }
        if matches!(name, "text" | "title" | "desc") {
            let content = &rest[..rest.find('<').unwrap_or(rest.len())];
            line.push_str(": ");
            line.push_str(content);
        }
        match lines.last_mut() {
            Some((last, n)) if *last == line => *n += 1,
            _ => lines.push((line, 1)),
        }
        if (name == "g" || name == "svg") && !self_closing {
            depth += 1;
        }
    }
    lines
        .into_iter()
        .map(|(l, n)| if n > 1 { format!("{l} ×{n}") } else { l })
        .collect::<Vec<_>>()
        .join("\n")
}

fn attr<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// A cell read back from a workbook: a number, or text (shared or inline string).
#[derive(Debug, Clone, PartialEq)]
pub enum XlsxCell {
    /// A number, as written in the sheet.
    Number(String),
    /// Text.
    Text(String),
}

/// Reads `file` of the xlsx zip as text.
pub fn xlsx_part(xlsx: &[u8], file: &str) -> Option<String> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx.to_vec())).expect("xlsx is a zip");
    let mut out = String::new();
    zip.by_name(file).ok()?.read_to_string(&mut out).expect("utf-8");
    Some(out)
}

/// The cells of sheet `name` of the workbook by reference (`C2`), text resolved through the shared
/// strings: enough of a reader for the cells `rust_xlsxwriter` writes.
pub fn xlsx_cells(xlsx: &[u8], name: &str) -> std::collections::BTreeMap<String, XlsxCell> {
    let workbook = xlsx_part(xlsx, "xl/workbook.xml").expect("workbook.xml");
    let at = workbook.find(&format!("<sheet name=\"{name}\"")).expect("the sheet");
    let id = attr(&workbook[at..], "sheetId").expect("sheetId");
    let sheet = xlsx_part(xlsx, &format!("xl/worksheets/sheet{id}.xml")).expect("sheet part");
    let shared: Vec<String> = xlsx_part(xlsx, "xl/sharedStrings.xml")
        .unwrap_or_default()
        .split("<si>")
        .skip(1)
        .map(|si| between(si, ">", "</t>").to_owned())
        .collect();
    let mut cells = std::collections::BTreeMap::new();
    for c in sheet.split("<c r=\"").skip(1) {
        let tag = &c[..c.find('>').expect("tag closes")];
        let reference = tag[..tag.find('"').expect("ref closes")].to_owned();
        if tag.ends_with('/') {
            continue;
        }
        let v = between(c, "<v>", "</v>");
        let cell = match attr(&format!(" {tag}"), "t") {
            Some("s") => XlsxCell::Text(shared[v.parse::<usize>().expect("string index")].clone()),
            Some("str" | "inlineStr") => XlsxCell::Text(between(c, "<t>", "</t>").to_owned()),
            _ => XlsxCell::Number(v.to_owned()),
        };
        cells.insert(reference, cell);
    }
    cells
}

fn between<'t>(s: &'t str, open: &str, close: &str) -> &'t str {
    let start = s.find(open).map_or(0, |i| i + open.len());
    let end = s[start..].find(close).map_or(s.len(), |i| start + i);
    &s[start..end]
}

/// `fixtures::complete()` (every section filled) in `lang` and of `form`.
pub fn complete(lang: Lang, form: u32) -> ReportInput {
    let mut input = fixtures::complete();
    input.language = lang;
    input.form = form;
    input
}

/// The major section `id` of `html`, from its anchor to the next major section.
pub fn section<'h>(html: &'h str, id: &str) -> &'h str {
    let start = html
        .find(&format!("<section class=\"major\" id=\"{id}\">"))
        .unwrap_or_else(|| panic!("the section {id}"));
    let rest = &html[start + 10..];
    let end = rest
        .find("<section class=\"major\"")
        .map_or(html.len(), |e| start + 10 + e);
    &html[start..end]
}

/// The text of the first two pages of `report`'s PDF (its cover and contents), white space squashed.
pub fn pdf_cover(report: &Report) -> String {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, &report.file("report.pdf").expect("report.pdf").bytes).expect("written");
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-l", "2"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (Debian poppler-utils) must be installed");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
