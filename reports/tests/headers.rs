//! The report's form 5 (issue 17.4): the CSV tables keep their stable codes and dot decimals, with a row
//! of their columns' names in the report's language in front when the run asks for it; report.xlsx's
//! header rows and notes and report.pdf's cover are in the report's language. English reports keep what
//! they wrote, and runs of earlier forms keep their bytes.

use crate::support;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use stratrack_reports::input::{FORM_CONTENT, FORM_SECTIONS, Lang, ReportInput};
use stratrack_reports::{Report, fixtures};
use support::{rendered, text};

/// The stated sample as built now (form 5), in `lang`, with or without the CSV row of names.
fn input(lang: Lang, csv_headings: bool) -> ReportInput {
    let mut input = fixtures::stated();
    input.form = FORM_SECTIONS;
    input.language = lang;
    input.csv_headings_in_language = csv_headings;
    input
}

const BOM: &str = "\u{feff}";

fn csv_files(report: &Report) -> Vec<&str> {
    report
        .files
        .iter()
        .map(|f| f.path.as_str())
        .filter(|p| p.starts_with("tables/"))
        .collect()
}

/// Every cell of sheet `index` of the workbook, row by row.
fn sheet(report: &Report, index: usize) -> (String, Vec<Vec<Data>>) {
    let bytes = report.file("report.xlsx").expect("report.xlsx").bytes.clone();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("a workbook");
    let name = book.sheet_names()[index].clone();
    let range = book.worksheet_range(&name).expect("the sheet");
    (name, range.rows().map(<[Data]>::to_vec).collect())
}

#[test]
fn a_french_report_keeps_its_csv_codes_and_dot_decimals_unless_the_run_asks_for_names() {
    let fr = rendered(&input(Lang::Fr, false));
    let en = rendered(&input(Lang::En, false));
    let files = csv_files(&fr);
    assert!(files.len() >= 10, "{files:?}");
    for path in files {
        assert_eq!(text(&fr, path), text(&en, path), "{path}: codes only, as in English");
        assert!(text(&fr, path).starts_with(|c: char| c.is_ascii_lowercase()), "{path}");
    }
}

#[test]
fn with_the_option_each_csv_file_is_a_byte_order_mark_and_a_row_of_names_before_the_same_file() {
    let plain = rendered(&input(Lang::Fr, false));
    let named = rendered(&input(Lang::Fr, true));
    for path in csv_files(&plain) {
        let with = text(&named, path);
        let (first, rest) = with.split_once('\n').expect("two lines at least");
        assert!(first.starts_with(BOM), "{path}: a byte order mark first, for Excel");
        assert_eq!(rest, text(&plain, path), "{path}: from the codes on, the same bytes");
    }
    let indicators = text(&named, "tables/indicators.csv");
    let mut lines = indicators.lines();
    assert_eq!(
        lines.next().map(|l| l.split(',').take(4).collect::<Vec<_>>().join(",")),
        Some(format!(
            "{BOM}Code de l’indicateur,Indicateur,Code du résultat,Unité responsable"
        ))
    );
    assert!(
        lines
            .next()
            .is_some_and(|l| l.starts_with("code,name,node_code,owner_unit,is_key,unit,"))
    );
    // A figure keeps its dot and no grouping.
    assert!(indicators.lines().skip(2).any(|l| l.contains(".")));
    assert!(!indicators.contains('\u{202f}'));
    // The indicator's unit of measure and the organisational unit are two names.
    let finance = text(&named, "tables/finance_by_unit.csv");
    assert!(finance.starts_with(&format!("{BOM}Unité,Année,")), "{finance}");
    assert!(indicators.contains(",Unité de mesure,"), "{indicators}");
}

#[test]
fn an_english_report_with_the_option_has_the_english_names_over_the_codes() {
    let plain = rendered(&input(Lang::En, false));
    let named = rendered(&input(Lang::En, true));
    let csv = text(&named, "tables/node_rollups.csv");
    let (first, rest) = csv.split_once('\n').expect("two lines");
    assert_eq!(
        first,
        format!(
            "{BOM}Result code,Result,Level,Parent result code,Owner unit,Indicators,Achieved,On track,At risk,Off track,No data,Indicators rated,Mean progress,Provenance"
        )
    );
    assert_eq!(rest, text(&plain, "tables/node_rollups.csv"));
    // Only the CSV files differ (and the manifest that lists their checksums).
    for (a, b) in plain.files.iter().zip(&named.files) {
        if !a.path.starts_with("tables/") && a.path != "manifest.json" {
            assert_eq!(a.sha256, b.sha256, "{}", a.path);
        }
    }
}

#[test]
fn every_language_names_the_columns_in_its_own_words() {
    for lang in Lang::ALL {
        let report = rendered(&input(lang, true));
        for path in csv_files(&report) {
            let first = text(&report, path).lines().next().unwrap_or_default().to_owned();
            assert!(
                !first.contains("report-col-"),
                "{}: {path}: a message is missing: {first}",
                lang.code()
            );
        }
        let (_, rows) = sheet(&report, 0);
        let words = rows[0][0].to_string();
        if lang == Lang::En {
            assert_eq!(words, "Indicator code");
        } else {
            assert_ne!(words, "Indicator code", "{}", lang.code());
        }
        assert_eq!(rows[1][0].to_string(), "code", "{}: the codes stay", lang.code());
    }
}

#[test]
fn the_option_is_kept_in_the_frozen_input_and_rebuilds_byte_for_byte() {
    let named = input(Lang::Ar, true);
    let json = serde_json::to_string(&named).expect("serialises");
    assert!(json.contains("\"csv_headings_in_language\":true"));
    let back: ReportInput = serde_json::from_str(&json).expect("reads back");
    assert_eq!(
        support::checksums(&rendered(&back)),
        support::checksums(&rendered(&named))
    );
    // Without it the input serialises as before, and an input from before reads without it.
    let plain = serde_json::to_string(&input(Lang::Ar, false)).expect("serialises");
    assert!(!plain.contains("csv_headings_in_language"));
    let old: ReportInput = serde_json::from_str(&plain).expect("an input without the field reads");
    assert!(!old.csv_headings_in_language);
}

#[test]
fn a_run_of_form_4_writes_no_row_of_names_even_if_asked() {
    let mut asked = input(Lang::Fr, true);
    asked.form = FORM_CONTENT;
    let mut plain = asked.clone();
    plain.csv_headings_in_language = false;
    assert_eq!(
        support::checksums(&rendered(&asked)),
        support::checksums(&rendered(&plain))
    );
    // And its workbook's header rows stay English.
    let (_, rows) = sheet(&rendered(&asked), 0);
    assert_eq!(rows[0][0].to_string(), "Indicator code");
}

#[test]
fn a_french_workbook_has_french_headers_over_the_codes_and_the_same_values() {
    let fr = rendered(&input(Lang::Fr, false));
    let en = rendered(&input(Lang::En, false));
    for index in 0..10 {
        let (name_fr, rows_fr) = sheet(&fr, index);
        let (name_en, rows_en) = sheet(&en, index);
        assert_ne!(name_fr, name_en, "the sheet's name is French");
        assert_eq!(rows_fr.len(), rows_en.len(), "{name_fr}");
        assert_eq!(rows_fr[1], rows_en[1], "{name_fr}: the codes stay");
        assert_eq!(
            rows_fr[2..],
            rows_en[2..],
            "{name_fr}: the values stay (numbers as numbers)"
        );
    }
    let (_, rows) = sheet(&fr, 0);
    let header: Vec<String> = rows[0].iter().take(4).map(ToString::to_string).collect();
    assert_eq!(
        header,
        [
            "Code de l’indicateur",
            "Indicateur",
            "Code du résultat",
            "Unité responsable"
        ]
    );
    let props = support::xlsx_part(&fr.file("report.xlsx").expect("xlsx").bytes, "docProps/core.xml")
        .expect("the document's properties");
    assert!(props.contains("rapport annuel 2028"), "{props}");
    assert!(
        props.contains("Rapport au Conseil sur la mise en œuvre, 2028"),
        "{props}"
    );
}

#[test]
fn an_arabic_workbook_reads_right_to_left() {
    let ar = rendered(&input(Lang::Ar, false));
    let xlsx = &ar.file("report.xlsx").expect("xlsx").bytes;
    let sheet1 = support::xlsx_part(xlsx, "xl/worksheets/sheet1.xml").expect("a sheet");
    assert!(
        sheet1.contains("rightToLeft=\"1\""),
        "{}",
        &sheet1[..400.min(sheet1.len())]
    );
    let fr = rendered(&input(Lang::Fr, false));
    let sheet1 =
        support::xlsx_part(&fr.file("report.xlsx").expect("xlsx").bytes, "xl/worksheets/sheet1.xml").expect("a sheet");
    assert!(!sheet1.contains("rightToLeft"));
}

#[test]
fn the_cover_of_a_french_pdf_is_french() {
    let mut input = input(Lang::Fr, false);
    input.run.session = None;
    input.run.symbol = None;
    let squashed = support::pdf_cover(&rendered(&input));
    for french in [
        "Conseil",
        "Session non précisée",
        "Cote du document non attribuée",
        "Original : anglais",
        "Rapport du Secrétaire général",
        "Rapport annuel au Conseil sur la mise en œuvre du plan stratégique 2028–2031",
        "Objet",
        "Le présent rapport informe le Conseil",
        "Aucune cote n’a été donnée",
        "Table des matières",
        "page 1 sur",
    ] {
        assert!(squashed.contains(french), "{french:?} not on the cover: {squashed}");
    }
    assert!(!squashed.contains("Report by the Secretary-General"), "{squashed}");
}
