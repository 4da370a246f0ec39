//! The status rule's reasons in the report's language (report form 7, `FORM_REASONS`, issue 17.4): the
//! input carries them as the interface's messages (`nodata-…`, key and arguments) beside their English,
//! and a report in another language says them in its language in the indicators' notes, the trajectory
//! chart, the `reason` column of the CSV and workbook tables and a missing value's data-quality note.
//! English reports, and runs of form 6 (`frozen/form6*`), keep the English as stored.

use crate::support;

use stratrack_reports::ReportInput;
use stratrack_reports::input::{
    DataQualityEntry, DataQualityKind, FORM_REASONS, FORM_VERSIONS, Lang, Message, missing_note,
};
use support::{complete, section};

/// `fixtures::complete()` in `lang` and `form`, whose ITU-T indicator has no baseline and no approved
/// value for 2028 and whose T2.1-K1 has no target, as the backend's status rule says them.
fn with_reasons(lang: Lang, form: u32) -> ReportInput {
    let mut input = complete(lang, form);
    let said = |key: &str, args: &[(&str, i64)]| Message::new(key, args.iter().map(|(k, v)| ((*k).to_owned(), *v)));
    for i in &mut input.indicators {
        if i.code == "TP2.O1.P1-1" {
            i.reason = Some("no baseline; no approved value for 2028".into());
            i.reasons = vec![
                said("nodata-no-baseline", &[]),
                said("nodata-no-value", &[("year", 2028)]),
            ];
        }
        if i.code == "T2.1-K1" {
            i.reason = Some("no target".into());
            i.reasons = vec![said("nodata-no-target", &[])];
        }
    }
    input.data_quality.retain(|d| d.indicator_code != "TP2.O1.P1-1");
    input.data_quality.push(DataQualityEntry {
        indicator_code: "TP2.O1.P1-1".into(),
        kind: DataQualityKind::Missing,
        detail: missing_note("no baseline; no approved value for 2028"),
    });
    input
}

const FRENCH: &str = "pas de valeur de référence ; aucune valeur approuvée pour 2028";

#[test]
fn a_french_report_says_the_status_rules_reasons_in_french() {
    let report = support::rendered(&with_reasons(Lang::Fr, FORM_REASONS));
    let html = support::text(&report, "report.html");
    let priorities = section(&html, "priorities");
    assert!(priorities.contains(FRENCH), "the indicator's notes: {priorities}");
    assert!(!html.contains("no approved value for 2028"), "no English reason left");
    let quality = section(&html, "data-quality");
    assert!(
        quality.contains("<td>Pas de valeur de référence ; aucune valeur approuvée pour 2028.</td>"),
        "a missing value's note, in French and unmarked: {quality}"
    );

    let indicators = support::text(&report, "tables/indicators.csv");
    assert!(indicators.contains(&format!(",no_data,{FRENCH},")), "{indicators}");
    assert!(indicators.contains(",pas de cible,"), "{indicators}");
    assert!(indicators.starts_with("code,"), "the codes' row stays");
    let notes = support::text(&report, "tables/data_quality.csv");
    assert!(
        notes.contains("TP2.O1.P1-1,") && notes.contains(",missing,Pas de valeur de référence ; aucune valeur"),
        "{notes}"
    );
    let xlsx = &report.file("report.xlsx").expect("xlsx").bytes;
    let workbook = (1..=12)
        .filter_map(|n| support::xlsx_part(xlsx, &format!("xl/worksheets/sheet{n}.xml")))
        .chain(support::xlsx_part(xlsx, "xl/sharedStrings.xml"))
        .collect::<String>();
    assert!(workbook.contains(FRENCH), "the workbook too");

    let chart = support::text(&report, "charts/trajectory-t2-1-k1.svg");
    assert!(
        chart.contains("pas de cible") || chart.contains("Pas de cible"),
        "{chart}"
    );
    assert!(!chart.contains("no target"), "{chart}");
}

#[test]
fn a_chinese_and_an_arabic_report_say_them_in_their_language() {
    let zh = support::rendered(&with_reasons(Lang::Zh, FORM_REASONS));
    let csv = support::text(&zh, "tables/indicators.csv");
    assert!(csv.contains(",no_data,无基线；2028 年无已核准的值,"), "{csv}");
    let ar = support::rendered(&with_reasons(Lang::Ar, FORM_REASONS));
    let csv = support::text(&ar, "tables/indicators.csv");
    assert!(!csv.contains("no approved value"), "{csv}");
}

#[test]
fn a_form_6_run_and_an_english_report_keep_the_english_reasons() {
    let six = support::rendered(&with_reasons(Lang::Fr, FORM_VERSIONS));
    let csv = support::text(&six, "tables/indicators.csv");
    assert!(
        csv.contains(",no_data,no baseline; no approved value for 2028,"),
        "{csv}"
    );
    let html = support::text(&six, "report.html");
    assert!(section(&html, "data-quality").contains("No baseline; no approved value for 2028."));

    let en = support::rendered(&with_reasons(Lang::En, FORM_REASONS));
    let csv = support::text(&en, "tables/indicators.csv");
    assert!(
        csv.contains(",no_data,no baseline; no approved value for 2028,"),
        "{csv}"
    );
}

#[test]
fn an_english_report_of_form_7_is_the_bytes_of_form_6() {
    let seven = support::rendered(&with_reasons(Lang::En, FORM_REASONS));
    let six = support::rendered(&with_reasons(Lang::En, FORM_VERSIONS));
    assert_eq!(support::checksums(&seven), support::checksums(&six));
    assert_eq!(
        support::checksums(&support::rendered(&complete(Lang::En, FORM_REASONS))),
        support::checksums(&support::rendered(&complete(Lang::En, FORM_VERSIONS)))
    );
}

#[test]
fn the_reasons_are_kept_in_the_frozen_input_and_an_old_input_has_none() {
    let input = with_reasons(Lang::Fr, FORM_REASONS);
    let json = serde_json::to_value(&input).expect("serialises");
    let itu = json["indicators"]
        .as_array()
        .and_then(|a| a.iter().find(|i| i["code"] == "TP2.O1.P1-1"))
        .expect("the indicator");
    assert_eq!(itu["reasons"][1]["key"], "nodata-no-value");
    assert_eq!(itu["reasons"][1]["args"]["year"], 2028);
    let back: ReportInput = serde_json::from_value(json).expect("reads back");
    assert_eq!(back, input);
    let old = complete(Lang::Fr, FORM_VERSIONS);
    let json = serde_json::to_value(&old).expect("serialises");
    assert!(
        json["indicators"][0].get("reasons").is_none(),
        "no new key in an old run's JSON"
    );
}

#[test]
fn a_chart_marks_an_english_name_standing_in_for_the_language() {
    let report = support::rendered(&complete(Lang::Fr, FORM_REASONS));
    let svg = support::text(&report, "charts/status-by-goal.svg");
    let texts: Vec<&str> = svg.lines().filter(|l| l.starts_with("<text")).collect();
    let english = texts
        .iter()
        .find(|l| l.contains("Sustainable"))
        .unwrap_or_else(|| panic!("the untranslated goal's name: {svg}"));
    assert!(english.starts_with("<text lang=\"en\" "), "{english}");
    let french = texts
        .iter()
        .find(|l| l.contains("Connectivité"))
        .unwrap_or_else(|| panic!("the translated goal's name: {svg}"));
    assert!(!french.contains("lang=\"en\""), "{french}");
    let desc = &svg[svg.find("<desc").expect("desc")..svg.find("</desc>").expect("desc")];
    assert!(
        desc.contains("Sustainable digital transformation (en anglais)"),
        "{desc}"
    );
    let html = support::text(&report, "report.html");
    assert!(html.contains("<text lang=\"en\" "), "the inline chart too");

    // Form 6 left them unmarked.
    let six = support::rendered(&complete(Lang::Fr, FORM_VERSIONS));
    let svg = support::text(&six, "charts/status-by-goal.svg");
    assert!(svg.contains("Sustainable") && !svg.contains("lang=\"en\""), "{svg}");
    assert!(!svg.contains("(en anglais)"));
}

#[test]
fn the_workbook_names_the_framework_in_the_language_and_the_csv_keeps_the_english() {
    let report = support::rendered(&complete(Lang::Fr, FORM_REASONS));
    let xlsx = &report.file("report.xlsx").expect("xlsx").bytes;
    let workbook = (1..=20)
        .filter_map(|n| support::xlsx_part(xlsx, &format!("xl/worksheets/sheet{n}.xml")))
        .chain(support::xlsx_part(xlsx, "xl/sharedStrings.xml"))
        .collect::<String>();
    assert!(
        workbook.contains("Proportion de personnes utilisant l’internet"),
        "the French name"
    );

    assert!(workbook.contains("T1.1-K1"), "codes stay codes");
    let csv = support::text(&report, "tables/indicators.csv");
    assert!(csv.contains("T1.1-K1,Individuals using the Internet,"), "{csv}");

    // Form 6 kept the English names in the workbook.
    let six = support::rendered(&complete(Lang::Fr, FORM_VERSIONS));
    let xlsx = &six.file("report.xlsx").expect("xlsx").bytes;
    let strings = support::xlsx_part(xlsx, "xl/sharedStrings.xml").unwrap_or_default();
    let sheets = (1..=20)
        .filter_map(|n| support::xlsx_part(xlsx, &format!("xl/worksheets/sheet{n}.xml")))
        .collect::<String>();
    assert!(!(strings + &sheets).contains("Proportion de personnes utilisant l’internet"));
}

/// Report form 8 (`FORM_CHART_NAMES`): a chart's title and the data table under its figure mark an
/// English name standing in for the report's language, as its drawing and text alternative do since
/// form 7; form 7 left them unmarked (`frozen/form7-fr`), and English is unchanged.
#[test]
fn a_charts_title_and_data_table_mark_an_english_name_standing_in_for_the_language() {
    use stratrack_reports::input::FORM_CHART_NAMES;
    let report = support::rendered(&complete(Lang::Fr, FORM_CHART_NAMES));
    let svg = support::text(&report, "charts/status-by-goal.svg");
    let title = &svg[svg.find("<title").expect("title")..svg.find("</title>").expect("title")];
    let figure = |html: &str| {
        let start = html.find("id=\"fig-status-by-goal\"").expect("the figure");
        html[start..start + html[start..].find("</figure>").expect("its end")].to_owned()
    };
    let html = support::text(&report, "report.html");
    let fig = figure(&html);
    let data = &fig[fig.find("<table").expect("the data table")..];
    assert!(
        data.contains("<td lang=\"en\" dir=\"ltr\">Sustainable digital transformation</td>"),
        "the untranslated goal's name is marked in the data table: {data}"
    );
    assert!(data.contains("<td>Connectivité"), "a translated name is not: {data}");
    // The goals chart's title names no goal; a breakdown or trajectory chart's title names its indicator.
    let named: Vec<&stratrack_reports::ReportFile> = report
        .files
        .iter()
        .filter(|f| f.path.ends_with(".svg"))
        .filter(|f| {
            let svg = String::from_utf8_lossy(&f.bytes);
            let t = &svg[svg.find("<title").unwrap_or(0)..svg.find("</title>").unwrap_or(0)];
            t.contains("(en anglais)")
        })
        .collect();
    assert!(
        !named.is_empty(),
        "a chart's title follows an English name with the mark: {title}"
    );
    assert!(
        html.contains("<figcaption><strong>") && html.contains("<span lang=\"en\" dir=\"ltr\">"),
        "a caption marks the English name"
    );

    // Form 7 left the title and the data table unmarked.
    let seven = support::rendered(&complete(Lang::Fr, FORM_REASONS));
    let html = support::text(&seven, "report.html");
    let fig = figure(&html);
    assert!(fig.contains("<td>Sustainable digital transformation</td>"), "{fig}");
    assert!(!seven.files.iter().filter(|f| f.path.ends_with(".svg")).any(|f| {
        let svg = String::from_utf8_lossy(&f.bytes);
        svg[svg.find("<title").unwrap_or(0)..svg.find("</title>").unwrap_or(0)].contains("(en anglais)")
    }));
}

#[test]
fn an_english_report_of_form_8_is_the_bytes_of_form_7() {
    use stratrack_reports::input::FORM_CHART_NAMES;
    assert_eq!(
        support::checksums(&support::rendered(&complete(Lang::En, FORM_CHART_NAMES))),
        support::checksums(&support::rendered(&complete(Lang::En, FORM_REASONS)))
    );
}
