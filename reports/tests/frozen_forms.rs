//! A run frozen by an earlier release rebuilds byte for byte with this one. Each `frozen/formN/`
//! holds an input as an earlier release froze it (`input.json`) and the sha256 of every file that
//! release rendered from it (`files.sha256`):
//! - `form0`: the sample input as the release of 3 December 2026 (commit c529711) froze it, before the
//!   report stated narratives, revisions in force and mandates;
//! - `form1`: the sample with narratives, a revision in force and mandates
//!   (`fixtures::stated()` with form 1), as the release of 4 December 2026 (commit 54ebeb6) froze it,
//!   before the report's outputs were formatted (workbook formats, wrapped chart labels, PDF);
//! - `form2`: `fixtures::stated()` (form 2) with Chinese and Arabic words added to a goal's and an
//!   indicator's name, as the release of 4 December 2026 (commit b54f557) rendered it, before the report
//!   came in six languages and shaped text in other scripts (which form 2 draws with DejaVu Sans);
//! - `form3` (Arabic) and `form3-fr` (French): `fixtures::stated()` (form 3) in that language, as the
//!   release of 4 December 2026 (commit e95d1df) rendered it, before the report's content (prose, tables'
//!   headers, numbers in the language's conventions, framework names) came in six languages;
//! - `form4` (Arabic) and `form4-fr` (French): `fixtures::complete()` (form 4: every section filled,
//!   restatements, a question, a redefined predecessor, a reference sheet) in that language, as the
//!   release of 4 December 2026 (commit 236659a) rendered it, before the sections other than the goals and
//!   priorities, and the finance, delivery and breakdown charts' notes, came in the report's language;
//! - `form5` (Arabic, with the Council symbol `C29/35-E`, a session and the CSV row of names) and
//!   `form5-fr` (French, with the symbol `C29/35`): `fixtures::complete()` (form 5) as the release of
//!   4 December 2026 (commit 0c459ce) rendered it, before each language's cover showed the symbol with its
//!   own suffix, the tables' values came in the report's language and untranslated names in the sections'
//!   tables were marked English (form 6);
//! - `form6` (Arabic, with the Council symbol `C29/35-E`, a session and the CSV row of names) and
//!   `form6-fr` (French, with the symbol `C29/35` and the CSV row of names): `fixtures::complete()`
//!   (form 6) as the release of 4 December 2026 (commit 073a9dd) rendered it, before the status rule's
//!   reasons, the workbook's names and the charts' English names came in (or were marked as not in) the
//!   report's language (form 7);
//! - `form7-fr` (French): `fixtures::complete()` (form 7) as the code of 5 December 2026 (commit c16f452)
//!   rendered it, before a chart's title and the data table under it marked an untranslated framework
//!   name (form 8).
//!
//! A change to the renderer that would alter an old run's files must be gated on the input's form
//! (`ReportInput::form`), so that only inputs built since render the new way; this test fails
//! otherwise, naming the files.

use crate::support;

use sha2::{Digest, Sha256};
use stratrack_reports::ReportInput;

fn rebuilds_byte_for_byte(form: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/frozen")
        .join(form);
    let json = std::fs::read_to_string(dir.join("input.json")).expect("the frozen input");
    let input: ReportInput = serde_json::from_str(&json).expect("an old run's input still reads");
    let report = support::rendered(&input);
    let expected = std::fs::read_to_string(dir.join("files.sha256")).expect("the frozen hashes");
    let expected: Vec<(&str, &str)> = expected
        .lines()
        .map(|l| l.split_once("  ").map(|(h, p)| (p, h)).expect("sha256  path"))
        .collect();
    let got: Vec<(String, String)> = report
        .files
        .iter()
        .map(|f| (f.path.clone(), hex::encode(Sha256::digest(&f.bytes))))
        .collect();
    let paths: Vec<&str> = got.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        expected.iter().map(|(p, _)| *p).collect::<Vec<_>>(),
        "{form}: the same files, in the same order"
    );
    let changed: Vec<&str> = got
        .iter()
        .zip(&expected)
        .filter(|((_, h), (_, e))| h != e)
        .map(|((p, _), _)| p.as_str())
        .collect();
    assert!(changed.is_empty(), "{form}: an old run's files changed: {changed:?}");
}

#[test]
fn a_run_frozen_before_the_reports_form_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form0");
}

#[test]
fn a_run_frozen_before_the_outputs_were_formatted_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form1");
}

#[test]
fn a_run_frozen_before_the_report_came_in_six_languages_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form2");
}

#[test]
fn a_run_frozen_in_arabic_before_the_reports_content_was_translated_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form3");
}

#[test]
fn a_run_frozen_in_french_before_numbers_were_formatted_in_french_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form3-fr");
}

#[test]
fn a_run_frozen_in_arabic_before_every_section_was_translated_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form4");
}

#[test]
fn a_run_frozen_in_french_before_every_section_was_translated_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form4-fr");
}

#[test]
fn a_run_frozen_in_arabic_with_a_symbol_before_each_language_had_its_own_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form5");
}

#[test]
fn a_run_frozen_in_french_before_the_tables_values_were_translated_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form5-fr");
}

#[test]
fn a_run_frozen_in_arabic_before_the_status_rules_reasons_were_translated_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form6");
}

#[test]
fn a_run_frozen_in_french_before_the_status_rules_reasons_were_translated_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form6-fr");
}

#[test]
fn a_run_frozen_in_french_before_the_charts_titles_marked_english_names_rebuilds_byte_for_byte() {
    rebuilds_byte_for_byte("form7-fr");
}
