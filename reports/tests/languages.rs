//! The report in another language (form 3): Chinese and Arabic text in report.html and the charts,
//! shaped and drawn from the bundled faces, and the same bytes on every rebuild.

use crate::support;

use stratrack_reports::charts::script;
use stratrack_reports::input::Lang;
use stratrack_reports::{Report, ReportInput, fixtures};

fn in_language(lang: Lang) -> ReportInput {
    let mut input = fixtures::stated();
    assert!(input.is_multilingual_form(), "the fixture is of the current form");
    input.language = lang;
    input
}

fn png_pixels(report: &Report, path: &str) -> Vec<u8> {
    let bytes = &report.file(path).unwrap_or_else(|| panic!("{path}")).bytes;
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).expect("a frame");
    buf.truncate(info.buffer_size());
    buf
}

#[test]
fn a_chinese_report_is_chinese_and_rebuilds_byte_for_byte() {
    let input = in_language(Lang::Zh);
    let first = support::rendered(&input);
    let again = support::rendered(&input);
    assert_eq!(
        support::checksums(&first),
        support::checksums(&again),
        "two runs, the same bytes"
    );
    let html = support::text(&first, "report.html");
    assert!(html.contains("<html lang=\"zh\" dir=\"ltr\">"), "{}", &html[..200]);
    assert!(html.contains("<h2>内容提要</h2>"), "the summary's heading is Chinese");
    assert!(
        html.contains("<div lang=\"en\" dir=\"ltr\">"),
        "the English body is marked as English"
    );
    let svg = support::text(&first, "charts/status-by-goal.svg");
    assert!(svg.contains("按战略目标分列的指标状态"), "the chart's title is Chinese");
    assert!(svg.contains(script::CJK_STACK), "Chinese text names the Chinese face");
    let english = support::rendered(&in_language(Lang::En));
    assert_ne!(
        png_pixels(&first, "charts/status-by-goal.png"),
        png_pixels(&english, "charts/status-by-goal.png"),
        "the PNG shows the Chinese words"
    );
}

#[test]
fn an_arabic_report_is_right_to_left_with_its_chart_words_embedded_right_to_left() {
    let input = in_language(Lang::Ar);
    let report = support::rendered(&input);
    let html = support::text(&report, "report.html");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(
        html.contains("svg.chart { direction: ltr; }"),
        "charts keep their left-to-right layout"
    );
    let svg = support::text(&report, "charts/status-by-goal.svg");
    let title = "وضع المؤشرات حسب الغاية الاستراتيجية";
    assert!(
        svg.contains(&format!("{}{title}", script::RLE)),
        "the Arabic title reads right to left inside an embedding"
    );
    assert!(svg.contains(script::ARABIC_STACK));
    assert_eq!(
        support::checksums(&report),
        support::checksums(&support::rendered(&input)),
        "two runs, the same bytes"
    );
}

#[test]
fn an_english_report_of_form_3_writes_what_form_2_wrote() {
    let mut three = fixtures::stated();
    three.language = Lang::En;
    let mut two = three.clone();
    two.form = 2;
    let (three, two) = (support::rendered(&three), support::rendered(&two));
    for path in [
        "report.html",
        "charts/status-by-goal.svg",
        "charts/status-by-goal.png",
        "tables/indicators.csv",
    ] {
        assert_eq!(
            three.file(path).map(|f| &f.bytes),
            two.file(path).map(|f| &f.bytes),
            "{path}: English is unchanged"
        );
    }
}

#[test]
fn every_character_of_the_report_messages_has_a_glyph() {
    for lang in Lang::ALL {
        let path = format!(
            "{}/../i18n/messages/report/{}.ftl",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        );
        let text = std::fs::read_to_string(&path).expect("the report's messages");
        let body: String = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        let missing: Vec<char> = body.chars().filter(|c| !script::covered(*c)).collect();
        assert!(
            missing.is_empty(),
            "{path}: no bundled face has {missing:?}; run reports/fonts/subset.py"
        );
    }
}

#[test]
fn the_pdf_of_a_chinese_or_arabic_report_embeds_the_bundled_face_of_its_script() {
    for (lang, face) in [(Lang::Zh, "NotoSansCJKsc"), (Lang::Ar, "NotoSansArabic")] {
        let report = support::rendered(&in_language(lang));
        let pdf = &report.file("report.pdf").expect("report.pdf").bytes;
        let named = pdf.windows(face.len()).any(|w| w == face.as_bytes());
        assert!(named, "{}: report.pdf embeds {face}", lang.code());
    }
    let english = support::rendered(&in_language(Lang::En));
    let pdf = &english.file("report.pdf").expect("report.pdf").bytes;
    assert!(
        !pdf.windows(4).any(|w| w == b"Noto"),
        "an English report needs DejaVu only"
    );
}

#[test]
fn a_french_report_writes_its_numbers_the_french_way_and_its_tables_stay_machine_readable() {
    let report = support::rendered(&in_language(Lang::Fr));
    let html = support::text(&report, "report.html");
    assert!(
        html.contains(">100\u{202f}%</td>"),
        "a percentage has CLDR's narrow no-break space before its sign"
    );
    assert!(html.contains("68,8\u{202f}%"), "a decimal comma");
    let csv = support::text(&report, "tables/indicators.csv");
    assert!(!csv.contains('\u{202f}'), "CSV keeps dot decimals and no grouping");
    assert_eq!(
        csv,
        support::text(&support::rendered(&in_language(Lang::En)), "tables/indicators.csv"),
        "the CSV does not depend on the language"
    );
}

#[test]
fn numbers_are_grouped_by_each_languages_cldr_conventions() {
    use rust_decimal::dec;
    use stratrack_reports::format::{self, locale};
    let figure = |lang| locale::with(Some(lang), || format::grouped(dec!(12345.6), 1));
    assert_eq!(figure(Lang::Fr), "12\u{202f}345,6");
    assert_eq!(figure(Lang::Ru), "12\u{a0}345,6");
    assert_eq!(figure(Lang::Es), "12.345,6");
    assert_eq!(figure(Lang::Zh), "12,345.6");
    assert_eq!(figure(Lang::Ar), "12,345.6", "Latin digits in Arabic (docs/I18N.md)");
    assert_eq!(format::grouped(dec!(12345.6), 1), "12,345.6", "English as always");
    let share = |lang| locale::with(Some(lang), || format::percent(dec!(0.834)));
    assert_eq!(share(Lang::Fr), "83\u{202f}%");
    assert_eq!(share(Lang::Es), "83\u{a0}%");
    assert_eq!(share(Lang::Zh), "83%");
}

#[test]
fn the_goal_and_priority_sections_of_a_french_report_are_written_in_french() {
    let report = support::rendered(&in_language(Lang::Fr));
    let html = support::text(&report, "report.html");
    let goals = &html[html.find("id=\"goals\"").expect("the goals")..html.find("id=\"mandates\"").expect("next")];
    assert!(
        !goals.contains("<div lang=\"en\" dir=\"ltr\">\n<p>Each goal"),
        "the body is not marked English"
    );
    assert!(
        goals.contains("Chaque but compte les indicateurs"),
        "the prose is French"
    );
    assert!(
        goals.contains("<th scope=\"col\" class=\"num\">Référence</th>"),
        "the table's headers are French"
    );
    assert!(goals.contains("But stratégique G1"), "the level is French");
    let svg = support::text(&report, "charts/status-by-goal.svg");
    assert!(
        svg.contains("Graphique à barres empilées"),
        "the text alternative is French"
    );
    let mut four = in_language(Lang::Fr);
    four.form = stratrack_reports::input::FORM_CONTENT;
    let four = support::text(&support::rendered(&four), "report.html");
    let summary = &four[four.find("id=\"summary\"").expect("the summary")..];
    assert!(
        summary.starts_with("id=\"summary\"><h2>Résumé analytique</h2>\n<div lang=\"en\" dir=\"ltr\">"),
        "in form 4 a section other than the goals and priorities is still marked English: {}",
        &summary[..120]
    );
}

#[test]
fn an_arabic_report_shows_a_translated_name_and_marks_an_english_one() {
    let report = support::rendered(&in_language(Lang::Ar));
    let html = support::text(&report, "report.html");
    assert!(
        html.contains("<h3>الغاية الاستراتيجية G1 · الاتصال الشامل</h3>"),
        "the goal's name in Arabic, in a heading in Arabic"
    );
    assert!(
        html.contains(
            "<h3>الغاية الاستراتيجية G2 · <span lang=\"en\" dir=\"ltr\">Sustainable digital transformation</span> \
             <span class=\"in-english\">(بالإنكليزية)</span></h3>"
        ),
        "a name without translation is English, marked and said to be"
    );
    assert!(
        html.contains("نسبة الأفراد الذين يستخدمون الإنترنت"),
        "a translated indicator name"
    );
    let svg = support::text(&report, "charts/status-by-goal.svg");
    assert!(svg.contains("الاتصال الشامل"), "the chart shows the translated name");
}

#[test]
fn one_input_holds_every_language_and_renders_in_each_by_its_language_alone() {
    let mut input = fixtures::stated();
    input.language = Lang::Fr;
    let fr = support::text(&support::rendered(&input), "report.html");
    assert!(fr.contains("Connectivité universelle"));
    input.language = Lang::Zh;
    let zh = support::text(&support::rendered(&input), "report.html");
    assert!(zh.contains("普遍连通"), "the same input, in Chinese");
    input.language = Lang::En;
    let en = support::text(&support::rendered(&input), "report.html");
    assert!(
        !en.contains("Connectivité") && !en.contains("in-english"),
        "English shows English, unmarked"
    );
}
