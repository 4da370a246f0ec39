//! Helpers shared by the integration tests: rendering the sample, reading files as text and
//! reducing an SVG to its element outline for snapshots.

#![allow(dead_code)]

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
