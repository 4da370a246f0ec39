//! The annex "Restatements of figures reported last year": the figures of the year before revised or
//! approved late after its report was frozen, and the framework revisions since, in the page, in
//! tables/restatements.csv and as a sheet; absent (files and bytes as before) when nothing changed.

use crate::support;

use chrono::{NaiveDate, TimeZone, Utc};
use rust_decimal::dec;
use stratrack_reports::ReportInput;
use stratrack_reports::input::{Quality, RestatedRevision, RestatedValue, RestatementKind, Restatements};
use support::{rendered, sample, sample_report, text, xlsx_part};

fn restated() -> ReportInput {
    let mut input = sample();
    let at = Utc.with_ymd_and_hms(2029, 3, 2, 9, 30, 0).unwrap();
    input.restatements = Some(Restatements {
        run_id: "41".into(),
        year: input.year - 1,
        frozen_at: Utc.with_ymd_and_hms(2029, 2, 1, 8, 0, 0).unwrap(),
        published_at: Some(Utc.with_ymd_and_hms(2029, 2, 3, 8, 0, 0).unwrap()),
        values: vec![
            RestatedValue {
                indicator_code: "KPI-T1.1".into(),
                indicator_name: "Internet use".into(),
                disaggregation: String::new(),
                quarter: None,
                kind: RestatementKind::Revised,
                reported: Some(dec!(78.6)),
                reported_quality: Some(Quality::Estimated),
                current: dec!(79.1),
                current_quality: Quality::Final,
                changed_by: "office@itu.int (3)".into(),
                changed_at: at,
                reason: "Household survey corrected".into(),
            },
            RestatedValue {
                indicator_code: "KPI-X2".into(),
                indicator_name: "Late one".into(),
                disaggregation: "sex=female".into(),
                quarter: None,
                kind: RestatementKind::Late,
                reported: None,
                reported_quality: None,
                current: dec!(1180),
                current_quality: Quality::Provisional,
                changed_by: "bdt@itu.int (4)".into(),
                changed_at: at,
                reason: String::new(),
            },
        ],
        revisions: vec![RestatedRevision {
            indicator_code: "KPI-T1.1".into(),
            indicator_name: "Internet use".into(),
            field: "target_value".into(),
            before: Some("100".into()),
            after: Some("95".into()),
            decided_on: NaiveDate::from_ymd_opt(2029, 5, 12).unwrap(),
            deciding_body: "Council".into(),
            reference: "Council Decision 620".into(),
            justification: "The survey method changed.".into(),
            in_force_for_year: false,
        }],
    });
    input
}

#[test]
fn the_annex_shows_each_restated_figure_reported_to_now_with_who_when_and_why() {
    let report = rendered(&restated());
    let html = text(&report, "report.html");
    let start = html.find("id=\"restatements\"").expect("the section");
    let section = html[start..].replace('\n', "");
    assert!(
        html.contains("href=\"#restatements\">Restatements of figures reported last year</a>"),
        "in the contents"
    );
    assert!(section.contains("Since report run 41 for 2027 was frozen on 2029-02-01 08:00 UTC (published 2029-02-03)"));
    for cell in [
        "<td>KPI-T1.1 Internet use</td><td>headline</td><td>revised</td><td class=\"num\">78.6</td><td class=\"num\">79.1</td><td>estimated → final</td><td>2029-03-02</td><td>office@itu.int (3)</td><td>Household survey corrected</td>",
        "<td>sex=female</td><td>late value</td><td class=\"num\">–</td><td class=\"num\">1180</td><td>provisional</td>",
        "<td>target_value</td><td class=\"num\">100</td><td class=\"num\">95</td><td>2029-05-12</td><td>Council, Council Decision 620</td>",
    ] {
        assert!(section.contains(cell), "{cell} in {section}");
    }
}

#[test]
fn the_restatements_table_has_a_row_per_change_in_csv_and_in_the_workbook() {
    let report = rendered(&restated());
    let csv = text(&report, "tables/restatements.csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "header, two values, one revision: {csv}");
    assert!(lines[0].starts_with("restated_run,year,kind,indicator_code,"));
    assert_eq!(
        lines[1],
        "41,2027,revised,KPI-T1.1,Internet use,,,,78.6,estimated,79.1,final,office@itu.int (3),2029-03-02T09:30:00Z,Household survey corrected,,,,"
    );
    assert!(lines[2].starts_with("41,2027,late,KPI-X2,Late one,sex=female,,,,,1180,provisional,"));
    assert_eq!(
        lines[3],
        "41,2027,framework_revision,KPI-T1.1,Internet use,,,target_value,100,,95,,,,The survey method changed.,2029-05-12,Council,Council Decision 620,no"
    );
    let book = report.files.iter().find(|f| f.path == "report.xlsx").expect("workbook");
    let workbook = xlsx_part(&book.bytes, "xl/workbook.xml").expect("workbook part");
    assert!(workbook.contains("name=\"restatements\""), "a sheet of its own");
}

#[test]
fn a_report_restating_nothing_keeps_its_files_and_bytes() {
    let plain = sample_report();
    assert!(plain.files.iter().all(|f| f.path != "tables/restatements.csv"));
    assert!(!text(plain, "report.html").contains("Restatements"));
    let frozen = serde_json::to_value(sample()).expect("serialises");
    assert!(frozen.get("restatements").is_none(), "no new key in an old run's JSON");
    let again: ReportInput = serde_json::from_value(frozen).expect("an old run's JSON still reads");
    assert_eq!(
        rendered(&again).manifest,
        plain.manifest,
        "the same files, checksum for checksum"
    );
}

#[test]
fn a_run_with_restatements_rebuilds_byte_for_byte_from_its_json() {
    let input = restated();
    let thawed: ReportInput = serde_json::from_str(&serde_json::to_string(&input).unwrap()).unwrap();
    assert_eq!(thawed, input);
    assert_eq!(rendered(&thawed).manifest, rendered(&input).manifest);
}
