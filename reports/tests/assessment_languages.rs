//! The four-year assessment in the report's language (assessment form 8,
//! `ASSESSMENT_FORM_LANGUAGES`): its page, charts and workbook in the language, English unchanged, and
//! runs frozen before rebuilding byte for byte. `frozen/assessment-form0` and `frozen/assessment-form7`
//! hold `fixtures::assessment()` with form 0 and form 7 (the annual report's form the backend wrote into
//! assessments until then) and the sha256 of every file the release before (commit b61a7f2) rendered from
//! it.

mod support;

use sha2::{Digest, Sha256};
use stratrack_reports::fixtures::assessment;
use stratrack_reports::input::{ASSESSMENT_FORM, AssessmentInput, Lang};
use stratrack_reports::{Report, render_assessment};
use support::text;

fn rendered(input: &AssessmentInput) -> Report {
    render_assessment(input).expect("the assessment renders")
}

fn frozen(name: &str) -> (String, Vec<(String, String)>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/frozen")
        .join(name);
    let json = std::fs::read_to_string(dir.join("input.json")).expect("the frozen input");
    let hashes = std::fs::read_to_string(dir.join("files.sha256")).expect("the frozen hashes");
    let hashes = hashes
        .lines()
        .map(|l| {
            let (h, p) = l.split_once("  ").expect("sha256  path");
            (p.to_owned(), h.to_owned())
        })
        .collect();
    (json, hashes)
}

fn hashes(report: &Report) -> Vec<(String, String)> {
    report
        .files
        .iter()
        .map(|f| (f.path.clone(), hex::encode(Sha256::digest(&f.bytes))))
        .collect()
}

#[test]
fn an_assessment_frozen_before_rebuilds_byte_for_byte() {
    for name in ["assessment-form0", "assessment-form7"] {
        let (json, expected) = frozen(name);
        let input: AssessmentInput = serde_json::from_str(&json).expect("an old run's input still reads");
        assert_eq!(input.language, Lang::En, "{name}: no language is English");
        assert!(!json.contains("\"language\""));
        // It serialises as it was frozen, so its snapshot id stays the same.
        let again = serde_json::to_string_pretty(&input).expect("json") + "\n";
        assert_eq!(again, json, "{name}: serialised as it was");
        assert_eq!(hashes(&rendered(&input)), expected, "{name}: the same bytes");
    }
}

#[test]
fn an_english_assessment_of_the_new_form_is_the_bytes_of_the_form_before() {
    let input = assessment();
    assert_eq!(input.form, ASSESSMENT_FORM);
    let json = serde_json::to_string(&input).expect("json");
    assert!(!json.contains("\"language\""), "English is left out of the input");
    let (_, expected) = frozen("assessment-form7");
    assert_eq!(hashes(&rendered(&input)), expected);
}

fn in_language(lang: Lang) -> (AssessmentInput, Report) {
    let mut input = assessment();
    input.language = lang;
    let report = rendered(&input);
    (input, report)
}

#[test]
fn a_french_assessment_is_written_in_french() {
    let (input, report) = in_language(Lang::Fr);
    let json = serde_json::to_string(&input).expect("json");
    assert!(json.contains("\"language\":\"fr\""));
    let back: AssessmentInput = serde_json::from_str(&json).expect("read back");
    assert_eq!(rendered(&back), report, "a French run rebuilds byte for byte");
    let html = text(&report, "report.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">"));
    for words in [
        "Table des matières",
        "Résumé : toutes les années côte à côte",
        "Réalisation des buts et des priorités, et leur coût",
        "Annexe : notes de méthode",
        "Indicateurs, année par année",
        "Progrès à la fin",
        "Le rapport de 2028 (exécution 7)",
        "En bonne voie",
    ] {
        assert!(html.contains(words), "the page says {words:?}");
    }
    for english in ["Summary: every year side by side", "Annex: method notes", "Contents<"] {
        assert!(!html.contains(english), "no English {english:?} left");
    }
    // Numbers by the French conventions: the percent sign after a narrow no-break space.
    assert!(html.contains("\u{202f}%"), "French percentages");
    let svg = text(&report, "charts/status-by-year.svg");
    assert!(svg.contains("Statut des indicateurs par année, 2028–2030"));
    assert!(svg.contains("tous les indicateurs"));
    let cost = text(&report, "charts/cost-by-goal.svg");
    assert!(
        !cost.contains("Cost by strategic goal"),
        "the cost chart's words in French"
    );
    // The CSV tables keep their codes: the same bytes as the English ones.
    let english = rendered(&assessment());
    for f in report.files.iter().filter(|f| f.path.ends_with(".csv")) {
        assert_eq!(Some(f), english.file(&f.path), "{} keeps its codes", f.path);
    }
    // The workbook's sheets are named and headed in French.
    let xlsx = &report.file("report.xlsx").expect("the workbook").bytes;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx.as_slice())).expect("a zip");
    let mut book = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/workbook.xml").expect("workbook.xml"), &mut book)
        .expect("utf-8");
    assert!(book.contains("Réalisation des indicateurs"), "{book}");
    let mut shared = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/sharedStrings.xml").expect("shared strings"),
        &mut shared,
    )
    .expect("utf-8");
    assert!(shared.contains("Année de clôture"), "the header row in French");
}

#[test]
fn an_arabic_assessment_reads_right_to_left() {
    let (_, report) = in_language(Lang::Ar);
    let html = text(&report, "report.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("الملخص: جميع السنوات جنبًا إلى جنب"));
    assert!(text(&report, "charts/status-by-year.svg").contains("وضع المؤشرات حسب السنة"));
    assert!(report.file("charts/status-by-year.png").is_some());
}

#[test]
fn an_assessment_frozen_before_the_new_form_stays_english_whatever_its_language() {
    let mut input = assessment();
    input.form = 7;
    input.language = Lang::Fr;
    let html = text(&rendered(&input), "report.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains("Summary: every year side by side"));
}
