//! Each language's report as a language version of its own (report form 6, `FORM_VERSIONS`, issue
//! 17.4): the cover shows the Council symbol with the language's suffix, the text the CSV and workbook
//! tables carry as values for people (the reconciliation's checks, the data-quality notes the report
//! writes) is in the report's language while their codes stay, and a framework name without a
//! translation is marked English in the sections' tables. Runs of form 5 keep their bytes
//! (`frozen/form5*`), and an English report of form 6 is the bytes of form 5.

use crate::support;

use stratrack_reports::input::{FORM_SECTIONS, FORM_VERSIONS, Lang};
use support::{complete, pdf_cover, section};

#[test]
fn each_languages_cover_shows_the_symbol_with_its_own_suffix() {
    let mut fr = complete(Lang::Fr, FORM_VERSIONS);
    fr.run.symbol = Some("C29/35-E".into());
    let report = support::rendered(&fr);
    let html = support::text(&report, "report.html");
    assert!(
        html.contains("<header class=\"cover\">\n<p class=\"symbol\" dir=\"ltr\">C29/35-F</p>"),
        "the page's cover: {}",
        &html[html.find("<header").unwrap_or(0)..][..300]
    );
    let cover = pdf_cover(&report);
    assert!(cover.contains("C29/35-F"), "{cover}");
    assert!(!cover.contains("C29/35-E"), "{cover}");

    let mut ar = complete(Lang::Ar, FORM_VERSIONS);
    ar.run.symbol = Some("C29/35".into());
    let html = support::text(&support::rendered(&ar), "report.html");
    assert!(html.contains("<p class=\"symbol\" dir=\"ltr\">C29/35-A</p>"));

    // Form 5 showed the symbol as typed on the PDF's cover only.
    let mut five = complete(Lang::Fr, FORM_SECTIONS);
    five.run.symbol = Some("C29/35-E".into());
    let report = support::rendered(&five);
    assert!(!support::text(&report, "report.html").contains("class=\"symbol\""));
    assert!(pdf_cover(&report).contains("C29/35-E"));
}

#[test]
fn a_french_reports_tables_say_their_checks_and_notes_in_french_and_keep_their_codes() {
    let report = support::rendered(&complete(Lang::Fr, FORM_VERSIONS));
    let checks = support::text(&report, "tables/finance_reconciliation.csv");
    assert!(
        checks.contains(",unit_allocations,2028,BR,Allocations de BR aux résultats 2028,"),
        "the code for programs, the words for people: {checks}"
    );
    assert!(checks.contains("budget de dépenses de BR 2028"), "{checks}");
    assert!(!checks.contains("Allocations of BR"), "{checks}");
    assert!(
        checks.starts_with("year,check,period,unit,label,"),
        "the codes' row stays"
    );
    let notes = support::text(&report, "tables/data_quality.csv");
    assert!(
        notes.contains("T1.2-K2,")
            && notes.contains(",stale,Aucune valeur approuvée pour 2028 ; la valeur de 2027 en tient lieu.\n"),
        "a note the report wrote, in French: {notes}"
    );
    assert!(
        notes.contains(",estimated,Estimate from ITU & UNESCO modelling; 12 countries imputed.\n"),
        "a note written elsewhere stays as stored: {notes}"
    );

    let xlsx = &report.file("report.xlsx").expect("xlsx").bytes;
    let workbook = (1..=12)
        .filter_map(|n| support::xlsx_part(xlsx, &format!("xl/worksheets/sheet{n}.xml")))
        .chain(support::xlsx_part(xlsx, "xl/sharedStrings.xml"))
        .collect::<String>();
    assert!(
        workbook.contains("Allocations de BR aux résultats 2028"),
        "the workbook too"
    );
    assert!(workbook.contains("Aucune valeur approuvée pour 2028 ; la valeur de 2027 en tient lieu."));
    assert!(workbook.contains("unit_allocations"), "its codes stay");

    // Form 5 wrote them in English.
    let five = support::rendered(&complete(Lang::Fr, FORM_SECTIONS));
    let checks = support::text(&five, "tables/finance_reconciliation.csv");
    assert!(checks.contains("Allocations of BR to results 2028"), "{checks}");
}

#[test]
fn a_chinese_reports_data_quality_note_is_chinese_in_the_page_and_the_csv() {
    let report = support::rendered(&complete(Lang::Zh, FORM_VERSIONS));
    let note = "没有 2028 年的已批准值；以 2027 年的值代替。";
    assert!(support::text(&report, "tables/data_quality.csv").contains(note));
    let quality = support::text(&report, "report.html");
    assert!(section(&quality, "data-quality").contains(&format!("<td>{note}</td>")));
}

#[test]
fn the_sections_tables_mark_an_untranslated_name_english_and_say_the_notes_in_french() {
    let html = support::text(&support::rendered(&complete(Lang::Fr, FORM_VERSIONS)), "report.html");
    let quality = section(&html, "data-quality");
    assert!(
        quality.contains(
            "<td lang=\"en\" dir=\"ltr\">Median price of entry-level fixed broadband, % of GNI per capita</td>"
        ),
        "a name without a French translation, marked: {quality}"
    );
    assert!(
        quality.contains("<td>Proportion de personnes utilisant l’internet</td>"),
        "a translated name, unmarked"
    );
    assert!(
        quality.contains("<td>Aucune valeur approuvée pour 2028 ; la valeur de 2027 en tient lieu.</td>"),
        "the report's own note, in French and unmarked"
    );
    assert!(
        quality.contains(
            "<td lang=\"en\" dir=\"ltr\">Estimate from ITU &amp; UNESCO modelling; 12 countries imputed.</td>"
        ),
        "a note as stored, marked"
    );
    let mandates = section(&html, "mandates");
    assert!(
        mandates.contains("<td lang=\"en\" dir=\"ltr\">G2 Sustainable digital transformation</td>"),
        "{mandates}"
    );
    assert!(mandates.contains("<td>G1 Connectivité universelle</td>"));
    let restated = section(&html, "restatements");
    assert!(
        restated.contains("<td>T1.1-K1 Proportion de personnes utilisant l’internet</td>"),
        "the restated indicator in French where it is translated: {restated}"
    );
    assert!(restated.contains("<td lang=\"en\" dir=\"ltr\">T2.1-K1 Late one</td>"));
    let moves = section(&html, "moves");
    assert!(moves.contains("<td lang=\"en\" dir=\"ltr\">"), "{moves}");

    // Form 5 left them unmarked.
    let five = support::text(&support::rendered(&complete(Lang::Fr, FORM_SECTIONS)), "report.html");
    assert!(section(&five, "mandates").contains("<td>G2 Sustainable digital transformation</td>"));
    assert!(!section(&five, "moves").contains("<td lang=\"en\" dir=\"ltr\">"));
}

#[test]
fn an_english_report_of_form_6_without_a_symbol_is_the_bytes_of_form_5() {
    let six = support::rendered(&complete(Lang::En, FORM_VERSIONS));
    let five = support::rendered(&complete(Lang::En, FORM_SECTIONS));
    assert_eq!(support::checksums(&six), support::checksums(&five));
}
