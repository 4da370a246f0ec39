//! The report compares its year with the one before: a "change since" column in the indicator tables
//! (HTML, CSV, XLSX) and a section listing the indicators whose status moved; a run frozen before
//! reports compared years renders exactly as it did.

use crate::support;

use stratrack_reports::ReportInput;
use support::{rendered, sample, sample_report, text};

/// The section of the page with id `id`, up to the next major section.
fn section<'h>(html: &'h str, id: &str) -> &'h str {
    let Some(start) = html.find(&format!("id=\"{id}\"")) else {
        return "";
    };
    let end = html[start..]
        .find("<section class=\"major\"")
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

#[test]
fn the_report_lists_every_indicator_whose_status_moved_since_last_year() {
    let html = text(sample_report(), "report.html");
    assert!(
        html.contains("<a href=\"#moves\">Indicators whose status moved since 2027</a>"),
        "in the contents"
    );
    let moves = section(&html, "moves");
    assert!(
        moves.contains(
            "Of 8 indicators compared with 2027, 1 improved, 3 worsened and 3 kept their status; 0 are newly \
             rated and 1 no longer rated."
        ),
        "{moves}"
    );
    // Improved first, then worsened, then no longer rated; an unchanged status is only counted.
    let at = |code: &str| moves.find(&format!("<td>{code}</td>"));
    let (improved, worsened, gone) = (at("T2.1-K1"), at("T1.1-K1"), at("TP2.O1.P1-1"));
    assert!(improved < worsened && worsened < gone && improved.is_some(), "{moves}");
    assert_eq!(at("T1.2-K1"), None, "on track in both years: not listed");
    assert!(
        moves.contains("<td>\u{2193} Worsened</td>") && moves.contains("<td class=\"num\">+0.8 pp</td>"),
        "{moves}"
    );
}

#[test]
fn the_indicator_tables_show_the_change_since_last_year() {
    let report = sample_report();
    let html = text(report, "report.html");
    assert!(html.contains("<th scope=\"col\">Change since 2027</th>"));
    assert!(
        html.contains("+0.8 pp · <span aria-hidden=\"true\">\u{2193}</span>\n worsened from on track"),
        "the move is told in words beside its arrow"
    );
    let csv = text(report, "tables/indicators.csv");
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with(",actual_last_year,status_last_year,change_since_last_year,status_move"),
        "{header}"
    );
    let row = csv.lines().find(|l| l.starts_with("T1.1-K1,")).unwrap();
    assert!(row.ends_with(",68,on_track,0.8,worsened"), "{row}");
    let gone = csv.lines().find(|l| l.starts_with("TP2.O1.P1-1,")).unwrap();
    assert!(
        gone.ends_with(",280,at_risk,,no_longer_rated"),
        "no change without this year's actual: {gone}"
    );
}

#[test]
fn a_run_frozen_before_reports_compared_years_renders_as_it_did() {
    let mut input = sample();
    input.since_year = None;
    for i in &mut input.indicators {
        i.last_year = None;
    }
    let frozen = serde_json::to_value(&input).expect("serialises");
    assert!(frozen.get("since_year").is_none(), "no new key in an old run's JSON");
    assert!(frozen["indicators"][0].get("last_year").is_none());
    let thawed: ReportInput = serde_json::from_value(frozen).expect("an old run's JSON still reads");
    let report = rendered(&thawed);
    let html = text(&report, "report.html");
    assert!(!html.contains("Change since") && !html.contains("status moved since"));
    let csv = text(&report, "tables/indicators.csv");
    assert!(
        csv.lines().next().unwrap().ends_with(",quality,provenance"),
        "the columns it had"
    );
}
