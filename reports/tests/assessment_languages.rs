//! The four-year assessment in the report's language (assessment form 8,
//! `ASSESSMENT_FORM_LANGUAGES`): its page, charts and workbook in the language, English unchanged, and
//! runs frozen before rebuilding byte for byte. `frozen/assessment-form0` and `frozen/assessment-form7`
//! hold `fixtures::assessment()` with form 0 and form 7 (the annual report's form the backend wrote into
//! assessments until then) and the sha256 of every file the release before (commit b61a7f2) rendered from
//! it.

use crate::support;

use sha2::{Digest, Sha256};
use stratrack_reports::fixtures::assessment;
use stratrack_reports::input::{ASSESSMENT_FORM, AssessedNode, AssessmentInput, Lang};
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

/// The framework names of assessment form 9 (`ASSESSMENT_FORM_NAMES`): `frozen/assessment-form8-fr` holds
/// `fixtures::assessment()` in French with form 8 and the sha256 of every file the code before form 9
/// rendered from it (commit 1ef66c1).
#[test]
fn a_french_assessment_of_form_8_rebuilds_byte_for_byte() {
    let (json, expected) = frozen("assessment-form8-fr");
    let input: AssessmentInput = serde_json::from_str(&json).expect("the run's input still reads");
    assert_eq!((input.form, input.language), (8, Lang::Fr));
    let again = serde_json::to_string_pretty(&input).expect("json") + "\n";
    assert_eq!(again, json, "serialised as it was");
    assert_eq!(hashes(&rendered(&input)), expected, "the same bytes");
}

/// The sample assessment with the plan, its first costed goal and its first indicator named in French.
fn with_french_names() -> (AssessmentInput, AssessedNode, AssessedNode) {
    use stratrack_reports::input::{LocalText, NodeLevel};
    let mut input = assessment();
    let goals: Vec<AssessedNode> = input
        .nodes
        .iter()
        .filter(|n| n.level == NodeLevel::Goal && n.period_cost().is_some())
        .cloned()
        .collect();
    assert!(goals.len() >= 2, "two goals with a cost");
    let fr = |name: &str| {
        std::collections::BTreeMap::from([(
            "fr".to_owned(),
            LocalText {
                name: name.to_owned(),
                definition: String::new(),
            },
        )])
    };
    input.framework_text.plan = fr("Plan stratégique de l’Union");
    input
        .framework_text
        .nodes
        .insert(goals[0].code.clone(), fr("But traduit"));
    let first = input.indicators[0].code.clone();
    input.framework_text.indicators.insert(first, fr("Indicateur traduit"));
    (input, goals[0].clone(), goals[1].clone())
}

#[test]
fn a_french_assessment_names_the_framework_in_french_and_marks_an_untranslated_name_english() {
    let (mut input, translated, untranslated) = with_french_names();
    input.language = Lang::Fr;
    let json = serde_json::to_string(&input).expect("json");
    let back: AssessmentInput = serde_json::from_str(&json).expect("read back");
    let report = rendered(&back);
    assert_eq!(
        report,
        rendered(&input),
        "a run rebuilds byte for byte from its frozen input"
    );
    let html = text(&report, "report.html");
    let title = &html[html.find("<title>").unwrap()..html.find("</title>").unwrap()];
    assert!(title.contains("Plan stratégique de l’Union"), "{title}");
    assert!(
        html.contains(&format!("<h3>{} · But traduit</h3>", translated.code)),
        "the goal in French"
    );
    let marked = format!(
        "<h3>{} · <span lang=\"en\" dir=\"ltr\">{}</span> <span class=\"in-english\">(en anglais)</span></h3>",
        untranslated.code, untranslated.name
    );
    assert!(
        html.contains(&marked),
        "an untranslated goal is marked English: {marked}"
    );
    assert!(html.contains("<td>Indicateur traduit</td>"), "the indicator in French");
    let second = &input.indicators[1];
    assert!(
        html.contains(&format!("<td lang=\"en\" dir=\"ltr\">{}</td>", second.name)),
        "an untranslated indicator is marked English"
    );
    let cost = text(&report, "charts/cost-by-goal.svg");
    assert!(cost.contains("But traduit"), "the chart names the goal in French");
    assert!(cost.contains("lang=\"en\""), "and marks an English name");
    // The workbook's name columns in French; the CSV files keep the English names, as the annual report's.
    let xlsx = &report.file("report.xlsx").expect("the workbook").bytes;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx.as_slice())).expect("a zip");
    let mut shared = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/sharedStrings.xml").expect("shared strings"),
        &mut shared,
    )
    .expect("utf-8");
    assert!(shared.contains("Indicateur traduit"), "{shared}");
    let csv = text(&report, "tables/indicator_achievement.csv");
    assert!(!csv.contains("Indicateur traduit") && csv.contains(&input.indicators[0].name));
}

#[test]
fn an_english_assessment_with_translations_is_the_bytes_of_the_form_before() {
    let (input, _, _) = with_french_names();
    assert_eq!(input.language, Lang::En);
    let (_, expected) = frozen("assessment-form7");
    assert_eq!(hashes(&rendered(&input)), expected, "English names, as before");
    // A French run of form 8 (frozen before the names) shows the English names, unmarked, whatever its input holds.
    let mut old = input;
    old.form = 8;
    old.language = Lang::Fr;
    let (_, expected) = frozen("assessment-form8-fr");
    assert_eq!(hashes(&rendered(&old)), expected);
}
