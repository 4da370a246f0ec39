//! `report.pdf` (the report's form 2 and later), read back with an independent tool: poppler's
//! `pdftotext` and `pdfinfo` (Debian `poppler-utils`; `.ci/run` installs it). The PDF must rebuild to the
//! same bytes, carry "page n of N" on every page, and its table of contents must name the pages where
//! the sections start.

use crate::support;

use std::path::Path;
use std::process::Command;

use stratrack_reports::fixtures;
use stratrack_reports::input::{FORM_CONTEXT, ReportInput};
use support::rendered;

/// The sample as a run built now, with the run record's Council symbol and session.
fn council_input() -> ReportInput {
    let mut input = fixtures::stated();
    input.run.symbol = Some("C29/35-E".into());
    input.run.session = Some("Council 2029, Geneva".into());
    input
}

/// Runs a poppler tool on `pdf` (then `tail`), failing loudly when it is missing.
fn poppler(tool: &str, args: &[&str], pdf: &Path, tail: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(tail)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (Debian poppler-utils) must be installed to check report.pdf: {e}"));
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 text")
}

/// The PDF's pages as text, in reading order.
fn pages(pdf: &Path) -> Vec<String> {
    let text = poppler("pdftotext", &["-enc", "UTF-8"], pdf, &["-"]);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The contents' entries, (title, page), from the pages of contents (those whose lines run to their
/// page number through a row of dots). An entry too long for its line continues on the next.
fn contents(pages: &[String]) -> Vec<(String, usize)> {
    let start = pages
        .iter()
        .position(|p| p.contains("Contents"))
        .expect("a page of contents");
    let mut entries = Vec::new();
    for page in pages[start..].iter().take_while(|p| p.contains(" . . .")) {
        let mut pending = String::new();
        for line in page.lines().map(str::trim) {
            let title = line.trim_end_matches(|c: char| c.is_ascii_digit());
            let number = &line[title.len()..];
            let title = title.trim_end_matches(['\u{2060}', ' ', '.']);
            if !number.is_empty() && line.contains(" . . .") {
                entries.push((
                    squash(&format!("{pending} {title}")),
                    number.parse().expect("a page number"),
                ));
                pending.clear();
            } else if line.is_empty() || line.starts_with("page ") || line == "Contents" {
                pending.clear();
            } else {
                pending = format!("{pending} {line}");
            }
        }
    }
    entries
}

#[test]
fn report_pdf_rebuilds_identically_with_numbered_pages_and_a_true_table_of_contents() {
    let input = council_input();
    let first = rendered(&input);
    let second = rendered(&input);
    let pdf = first.file("report.pdf").expect("report.pdf in a form-2 report");
    assert_eq!(
        pdf.bytes,
        second.file("report.pdf").expect("report.pdf").bytes,
        "report.pdf rebuilds to the same bytes"
    );
    assert!(
        first
            .manifest
            .files
            .iter()
            .any(|f| f.path == "report.pdf" && f.sha256 == pdf.sha256),
        "the manifest lists report.pdf with its checksum"
    );
    assert!(
        pdf.bytes.len() <= 3 * 1024 * 1024,
        "report.pdf is {} bytes",
        pdf.bytes.len()
    );
    let dir = tempfile::tempdir().expect("temp dir");
    // REPORT_PDF_OUT=DIR keeps the PDF for a look (e.g. `pdftoppm -r 60 -png`).
    let kept = std::env::var_os("REPORT_PDF_OUT").map(std::path::PathBuf::from);
    let path = kept.as_deref().unwrap_or(dir.path()).join("report.pdf");
    std::fs::write(&path, &pdf.bytes).expect("write pdf");

    let info = poppler("pdfinfo", &[], &path, &[]);
    let count: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count");
    assert!(info.contains("595.276 x 841.89 pts (A4)"), "A4 pages: {info}");
    assert!(
        info.contains("CreationDate:") && info.contains("2029"),
        "the run's date: {info}"
    );
    let images = poppler("pdfimages", &["-list"], &path, &[]);
    assert_eq!(
        images.lines().count(),
        2,
        "no bitmap in the PDF (charts and status swatches are vectors):\n{images}"
    );
    let fonts = poppler("pdffonts", &[], &path, &[]);
    assert!(
        fonts
            .lines()
            .skip(2)
            .all(|l| l.contains("DejaVu") && l.contains(" yes yes yes ")),
        "only the bundled DejaVu faces, embedded and subset:\n{fonts}"
    );
    let pages = pages(&path);
    assert_eq!(pages.len(), count, "pdftotext reads every page");
    assert!(count >= 8, "the sample's report runs to {count} pages");
    for (i, page) in pages.iter().enumerate() {
        let n = i + 1;
        assert!(
            page.contains(&format!("page {n} of {count}")),
            "page {n} says \"page {n} of {count}\":\n{page}"
        );
    }

    let cover = squash(&pages[0]);
    for expected in [
        "Council",
        "Council 2029, Geneva",
        "C29/35-E",
        "14 February 2029",
        "Report by the Secretary-General",
        "Strategic plan of the Union for 2028-2031: implementation and performance in 2028",
    ] {
        assert!(cover.contains(expected), "the cover says {expected:?}: {cover}");
    }
    assert!(
        !cover.contains(&input.run.snapshot_id),
        "the snapshot id is not on the cover"
    );
    let annex = pages
        .iter()
        .position(|p| p.contains("About this report"))
        .expect("the annex");
    assert!(
        squash(&pages[annex..].join(" ")).contains(&input.run.snapshot_id),
        "the snapshot id is in the annex"
    );

    let toc = contents(&pages);
    for title in [
        "Executive summary",
        "Strategic goals",
        "Finance",
        "Operational delivery",
        "Risks",
    ] {
        assert!(
            toc.iter().any(|(t, _)| t == title),
            "the contents list {title:?}: {toc:?}"
        );
    }
    for (title, n) in &toc {
        assert!(*n >= 1 && *n <= count, "{title} on page {n} of {count}");
        assert!(
            squash(&pages[n - 1]).contains(title.as_str()),
            "the contents say {title:?} starts on page {n}, but it is not there:\n{}",
            pages[n - 1]
        );
    }

    // Codes and dates never break at their hyphen: no line ends in the first part of a code.
    let all = pages.join("\n");
    for i in &input.indicators {
        for (cut, _) in i.code.match_indices('-') {
            let head = &i.code[..=cut];
            assert!(
                !all.lines().any(|l| l.trim_end().ends_with(head)),
                "{} broken after {head:?}",
                i.code
            );
        }
    }
}

#[test]
fn reports_of_earlier_forms_have_no_pdf() {
    let mut input = council_input();
    input.form = FORM_CONTEXT;
    let report = rendered(&input);
    assert!(report.file("report.pdf").is_none());
    assert!(report.manifest.files.iter().all(|f| f.path != "report.pdf"));
}

/// How far down its text body each page is filled, from 0 (empty) to 1 (to the bottom margin): the lowest
/// word between the running header and the footer, read with `pdftotext -bbox` (every word's box in
/// points from the page's top). A chart ends with its caption, which is text, so a chart counts to its
/// foot. The body runs from the top margin (24 mm) to the bottom margin (20 mm) of `report.typ`.
fn filled(pdf: &Path) -> Vec<f64> {
    const MM: f64 = 72.0 / 25.4;
    let (top, bottom) = (24.0 * MM, 20.0 * MM);
    let boxes = poppler("pdftotext", &["-bbox"], pdf, &["-"]);
    let attr = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!(" {name}=\"")).expect("attribute") + name.len() + 3;
        tag[at..tag[at..].find('"').expect("closing quote") + at]
            .parse()
            .expect("a number")
    };
    let mut pages = Vec::new();
    let mut height = 0.0;
    for line in boxes.lines().map(str::trim) {
        if line.starts_with("<page ") {
            height = attr(line, "height");
            pages.push(0.0f64);
        } else if line.starts_with("<word ") {
            let (y_min, y_max) = (attr(line, "yMin"), attr(line, "yMax"));
            let body = height - top - bottom;
            if y_min >= top - 1.0 && y_max <= height - bottom + 1.0 {
                let page = pages.last_mut().expect("a word inside a page");
                *page = page.max(((y_max - top) / body).clamp(0.0, 1.0));
            }
        }
    }
    pages
}

#[test]
fn no_page_of_report_pdf_is_less_than_a_third_full_unless_its_part_ends_there() {
    for (name, input) in [
        ("the sample", council_input()),
        ("a synthetic plan of 300 indicators", {
            let mut big = fixtures::synthetic(300, 4);
            big.form = stratrack_reports::input::FORM;
            big.run.symbol = Some("C29/35-E".into());
            big
        }),
    ] {
        let report = rendered(&input);
        let pdf = report.file("report.pdf").expect("report.pdf");
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("report.pdf");
        std::fs::write(&path, &pdf.bytes).expect("write pdf");
        let texts = pages(&path);
        let filled = filled(&path);
        assert_eq!(filled.len(), texts.len(), "{name}: pdftotext reads every page");
        // The cover stands alone, the contents end where the body begins (the report's one forced break),
        // and the last page ends the report: each ends its part there. Every other page is at least a
        // third full: sections follow one another on the same page, and a chart or a sticky heading that
        // does not fit moves on alone.
        let contents_end = texts.iter().rposition(|p| p.contains(" . . .")).expect("the contents");
        for (i, fill) in filled.iter().enumerate() {
            let n = i + 1;
            if n == 1 || i == contents_end || n == texts.len() {
                continue;
            }
            assert!(
                *fill >= 1.0 / 3.0,
                "{name}: page {n} of {} is {:.0} % full before the next page:\n{}",
                texts.len(),
                fill * 100.0,
                texts[i]
            );
        }
    }
}
