//! Behaviour of the rendered report that Council and the backend rely on.

use crate::support;

use std::io::Read;

use rust_decimal::dec;
use stratrack_reports::input::{IndicatorInput, Status};
use stratrack_reports::{ReportInput, fixtures, render_with_progress};
use support::{rendered, sample, sample_report, text};

#[test]
fn two_renders_of_the_same_input_are_byte_identical() {
    let input = sample();
    let (a, b) = (rendered(&input), rendered(&input));
    assert_eq!(a.files.len(), b.files.len());
    for (x, y) in a.files.iter().zip(&b.files) {
        assert_eq!(x.path, y.path);
        assert!(x.bytes == y.bytes, "{} differs between renders", x.path);
    }
    assert_eq!(a.to_zip().expect("zip"), b.to_zip().expect("zip"), "the zip differs");
}

#[test]
fn an_input_frozen_as_json_rebuilds_the_same_bytes() {
    let input = sample();
    let frozen = serde_json::to_string(&input).expect("serialises");
    let thawed: ReportInput = serde_json::from_str(&frozen).expect("deserialises");
    assert_eq!(thawed, input);
    let (a, b) = (rendered(&input), rendered(&thawed));
    assert_eq!(a.manifest, b.manifest);
    assert_eq!(a.to_zip().expect("zip"), b.to_zip().expect("zip"));
}

#[test]
fn decimals_are_frozen_as_strings() {
    let json = serde_json::to_value(sample()).expect("serialises");
    assert_eq!(json["indicators"][0]["actual"], "68.8");
    assert_eq!(json["finance"]["books"]["years"][0]["expense"], "162000");
    assert_eq!(json["indicators"][0]["status"], "at_risk");
}

#[test]
fn html_references_no_external_url_and_runs_no_script() {
    let html = text(sample_report(), "report.html");
    for needle in [
        "http:", "https:", "//", "<script", "@import", "url(", "<link", "<img", "<iframe",
    ] {
        assert!(!html.contains(needle), "report.html contains {needle:?}");
    }
    for (i, _) in html.match_indices("src=") {
        assert!(
            html[i..].starts_with("src=\"data:"),
            "src= points outside: {}",
            &html[i..i + 40]
        );
    }
    for (i, _) in html.match_indices("href=\"") {
        assert!(
            html[i + 6..].starts_with('#'),
            "href points outside: {}",
            &html[i..i + 40]
        );
    }
}

#[test]
fn html_has_every_section_and_each_chart_with_text_alternative_and_table() {
    let report = sample_report();
    let html = text(report, "report.html");
    for id in [
        "summary",
        "goals",
        "priorities",
        "finance",
        "operations",
        "risks",
        "breakdowns",
        "data-quality",
        "annex",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "section {id} missing");
        assert!(
            html.contains(&format!("href=\"#{id}\"")),
            "contents entry for {id} missing"
        );
    }
    let charts = report.files.iter().filter(|f| f.path.ends_with(".svg")).count();
    assert_eq!(
        html.matches("<svg class=\"chart\"").count(),
        charts,
        "every chart is inline"
    );
    assert_eq!(html.matches("role=\"img\"").count(), charts);
    assert_eq!(html.matches("<desc id=").count(), charts);
    assert_eq!(
        html.matches("<caption>Data for figure").count(),
        charts,
        "every chart has its table"
    );
    assert!(
        html.contains("@page") && html.contains("break-inside: avoid"),
        "print rules"
    );
    assert!(
        html.contains("on track if progress ≥ 0.95; at risk if progress ≥ 0.75"),
        "annex states thresholds"
    );
}

#[test]
fn every_figure_opens_with_its_caption_as_html_requires() {
    // HTML allows a `figcaption` only as a figure's first or last child (the W3C checker found it
    // between the chart and its table in every figure).
    let mut input = sample();
    input.form = stratrack_reports::input::FORM;
    let html = text(&rendered(&input), "report.html");
    let figures: Vec<&str> = html.split("<figure").skip(1).collect();
    assert!(!figures.is_empty());
    for f in figures {
        let open = &f[f.find('>').unwrap() + 1..];
        assert!(
            open.starts_with("<figcaption>"),
            "a figure starts with {}",
            &open[..80.min(open.len())]
        );
        assert_eq!(open.matches("<figcaption>").count(), 1);
    }
}

#[test]
fn every_svg_file_is_labelled_for_assistive_technology() {
    let report = sample_report();
    for f in report.files.iter().filter(|f| f.path.ends_with(".svg")) {
        let svg = text(report, &f.path);
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{}",
            f.path
        );
        assert!(svg.contains("role=\"img\"") && svg.contains("<title id=") && svg.contains("<desc id="));
    }
}

#[test]
fn a_wide_table_scrolls_within_the_page_on_screen_and_can_be_reached_by_keyboard() {
    let html = text(sample_report(), "report.html");
    let tables: Vec<&str> = html.split("<table class=\"data\">").collect();
    let mut wide = 0;
    for (i, table) in tables.iter().enumerate().skip(1) {
        let head = &table[..table.find("</thead>").expect("every table has a head")];
        let columns = head.matches("<th scope=\"col\"").count();
        let before = tables[i - 1].trim_end();
        let region = before.rsplit_once('\n').map_or(before, |(_, line)| line);
        if columns >= 7 {
            wide += 1;
            let caption = head
                .split("<caption>")
                .nth(1)
                .and_then(|c| c.split("</caption>").next());
            assert_eq!(
                region,
                format!(
                    "<div class=\"wide\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">",
                    caption.unwrap_or("Table")
                ),
                "table {i} ({columns} columns) sits in a labelled, focusable scroll region"
            );
        } else {
            assert!(
                !region.starts_with("<div class=\"wide\""),
                "table {i} ({columns} columns) does not scroll"
            );
        }
    }
    assert!(
        wide >= 3,
        "the sample has wide tables: the key indicators, operational items, risks ({wide})"
    );
    assert!(
        html.contains(".wide { overflow-x: auto; }"),
        "they scroll sideways on screen"
    );
    assert!(html.contains(".wide { overflow: visible; }"), "and print in full");
}

#[test]
fn text_from_the_data_is_escaped_everywhere() {
    let mut input = sample();
    input.indicators[0].name = "<script>alert('x')</script> & more".into();
    let report = rendered(&input);
    let html = text(&report, "report.html");
    assert!(!html.contains("<script"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
    let svg = text(&report, "charts/trajectory-t1-1-k1.svg");
    assert!(!svg.contains("<script") && svg.contains("&lt;script&gt;"));
}

#[test]
fn statuses_are_shown_as_given_never_recomputed() {
    let mut input = sample();
    // The numbers say "at risk"; the backend's rule said "achieved": the report shows "achieved".
    input.indicators[0].status = Status::Achieved;
    let report = rendered(&input);
    let csv = text(&report, "tables/indicators.csv");
    assert!(csv.lines().nth(1).is_some_and(|l| l.contains(",achieved,")), "{csv}");
}

fn without_any_data(mut input: ReportInput) -> ReportInput {
    input.finance.cost_by_node.clear();
    input.finance.lines.clear();
    input.operational.clear();
    for n in &mut input.nodes {
        n.rollup = Default::default();
    }
    let empty = |i: &mut IndicatorInput| {
        (i.baseline, i.baseline_year, i.target, i.target_year) = (None, None, None, None);
        (i.milestones, i.series, i.disaggregations) = (Vec::new(), Vec::new(), Vec::new());
        (i.actual, i.expected, i.progress, i.status) = (None, None, None, Status::NoData);
        i.reason = Some("No baseline, target or approved value yet.".into());
    };
    input.indicators.iter_mut().for_each(empty);
    input
}

#[test]
fn a_chart_without_data_shows_a_no_data_panel() {
    let report = rendered(&without_any_data(sample()));
    for chart in [
        "status-by-goal",
        "status-by-thematic-priority",
        "trajectory-t1-1-k1",
        "budget-vs-actual-by-unit",
        "cost-by-goal",
        "cost-by-thematic-priority",
        "delivery-by-unit",
    ] {
        let svg = text(&report, &format!("charts/{chart}.svg"));
        assert!(
            svg.contains("<g class=\"no-data\">") && svg.contains(">No data</text>"),
            "{chart}"
        );
        let png = &report.file(&format!("charts/{chart}.png")).expect("png").bytes;
        assert!(png.starts_with(b"\x89PNG"), "{chart}.png is a PNG");
    }
    assert!(text(&report, "report.html").contains("No indicator has approved values by sex or by region"));
}

#[test]
fn finance_reconciles_when_every_check_matches_its_reference() {
    let report = sample_report();
    let html = text(report, "report.html");
    assert!(html.contains("Finance reconciles exactly for 2028"));
    assert!(
        html.contains("Difference (computed − reference)"),
        "the sign is stated in the table"
    );
    assert!(!html.contains("does NOT reconcile"));
    let csv = text(report, "tables/finance_reconciliation.csv");
    assert_eq!(csv.lines().filter(|l| l.ends_with(",yes")).count(), 9, "{csv}");
}

#[test]
fn lines_that_differ_from_the_adopted_totals_do_not_reconcile() {
    let mut input = sample();
    let adopted = input.finance.books.bienniums[0].adopted.as_mut().expect("adopted");
    adopted.expense += dec!(0.0004); // under half a franc: still a difference
    let report = rendered(&input);
    let html = text(&report, "report.html");
    assert!(html.contains("Finance does NOT reconcile for 2028"), "statement");
    assert!(html.contains(
        "Expense lines 2028-2029: CHF 324,000 thousand against CHF 324,000 thousand, the expense adopted for \
         2028-2029 (Decision 5) (difference CHF 0 thousand)"
    ));
    assert!(html.contains("class=\"note alert\""));
    let csv = text(&report, "tables/finance_reconciliation.csv");
    assert!(
        csv.contains("2028,adopted_expense,2028-2029,,Expense lines 2028-2029,324000,expense adopted for 2028-2029 (Decision 5),324000.0004,-0.0004,no"),
        "{csv}"
    );
    assert!(
        csv.contains("2028,adopted_revenue,2028-2029,,Revenue lines 2028-2029,324000,revenue adopted for 2028-2029 (Decision 5),324000,0,yes"),
        "{csv}"
    );
}

#[test]
fn a_unit_allocating_more_than_its_budget_shows_in_the_report() {
    let mut input = sample();
    let br = input.finance.books.years[0]
        .units
        .iter_mut()
        .find(|u| u.unit == "BR")
        .expect("BR");
    br.allocated += dec!(1.25);
    let report = rendered(&input);
    let html = text(&report, "report.html");
    assert!(
        html.contains("Allocations of BR to results 2028: CHF 30,501.25 thousand against CHF 30,500 thousand"),
        "statement"
    );
    let csv = text(&report, "tables/finance_reconciliation.csv");
    assert!(
        csv.contains("2028,unit_allocations,2028,BR,Allocations of BR to results 2028,30501.25,expense budget of BR 2028,30500,1.25,no"),
        "{csv}"
    );
}

#[test]
fn the_summary_and_the_items_table_count_delivered_in_full_alike_and_say_one_in_the_singular() {
    let mut input = sample();
    input.form = stratrack_reports::input::FORM;
    // An item marked delivered short of its planned quantity, and one with a single unit planned.
    let first = input.operational[0].clone();
    let mut short = first.clone();
    (short.code, short.status, short.planned, short.delivered) =
        ("GS-SHORT".into(), "delivered".into(), 40.into(), 38.into());
    let mut one = first;
    (one.code, one.status, one.planned, one.delivered, one.unit_of_measure) = (
        "GS-ONE".into(),
        "in_progress".into(),
        1.into(),
        0.into(),
        "assemblies".into(),
    );
    input.operational.extend([short, one]);
    let report = rendered(&input);
    let html = text(&report, "report.html");
    let full = input
        .operational
        .iter()
        .filter(|o| stratrack_reports::delivery::in_full(o.quantities()) == Some(true))
        .count();
    let table = &html[html.find("<caption>Operational-plan items").expect("the items table")..];
    let table = &table[..table.find("</table>").unwrap()];
    assert_eq!(
        table.matches("<td>yes</td>").count(),
        full,
        "the items table says yes for each item delivered in full"
    );
    assert!(
        html.contains(&format!("Operational plans: {full} of ")),
        "the summary counts the same items"
    );
    assert!(
        html.contains("1 item marked delivered by its unit is short of the planned quantity"),
        "{}",
        &html[html.find("Operational plans:").unwrap()..][..400]
    );
    assert!(
        html.contains(">1 assembly</td>"),
        "one planned assembly, in the singular"
    );
    assert!(!html.contains(">1 assemblies<"));
    let csv = text(&report, "tables/operational_delivery.csv");
    let short = csv.lines().find(|l| l.contains(",GS-SHORT,")).expect("the short item");
    assert!(short.contains(",false,delivered,"), "{short}");
}

#[test]
fn an_over_delivered_item_shows_its_uncapped_rate_and_the_unit_the_capped_mean() {
    let report = sample_report();
    let csv = text(report, "tables/operational_delivery.csv");
    let bdt = csv.lines().find(|l| l.starts_with("BDT,BDT-01,")).expect("BDT-01");
    assert!(
        bdt.contains(",trainees,1.125,delivered,"),
        "13,500 of 12,000 is 112.5%: {bdt}"
    );
    let html = text(report, "report.html");
    assert!(
        html.contains("<td class=\"num\">113%</td>"),
        "the item table shows it too"
    );
}

#[test]
fn manifest_lists_every_other_file_with_its_sha256() {
    let report = sample_report();
    let last = report.files.last().expect("files");
    assert_eq!(last.path, "manifest.json");
    assert_eq!(report.manifest.files.len(), report.files.len() - 1);
    for (entry, file) in report.manifest.files.iter().zip(&report.files) {
        assert_eq!(entry.path, file.path);
        assert_eq!(entry.sha256, file.sha256);
        assert_eq!(entry.bytes, file.bytes.len() as u64);
    }
    assert_eq!(report.manifest.generated_at, "2029-02-14T09:30:00Z");
    assert_eq!(report.manifest.run_id, "7");
}

#[test]
fn the_zip_holds_every_file_in_order_stamped_with_the_run_date() {
    let report = sample_report();
    let bytes = report.to_zip().expect("zip");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("readable zip");
    assert_eq!(zip.len(), report.files.len());
    for (i, f) in report.files.iter().enumerate() {
        let mut entry = zip.by_index(i).expect("entry");
        assert_eq!(entry.name().expect("entry name"), f.path.as_str());
        let stamp = entry.last_modified().expect("timestamp");
        assert_eq!((stamp.year(), stamp.month(), stamp.day()), (2029, 2, 14));
        let mut content = Vec::new();
        entry.read_to_end(&mut content).expect("inflates");
        assert!(content == f.bytes, "{} round-trips", f.path);
    }
}

#[test]
fn the_workbook_is_dated_from_the_run_record_and_holds_every_table() {
    let report = sample_report();
    let xlsx = &report.file("report.xlsx").expect("xlsx").bytes;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx.clone())).expect("xlsx is a zip");
    let mut core = String::new();
    zip.by_name("docProps/core.xml")
        .expect("core.xml")
        .read_to_string(&mut core)
        .expect("utf-8");
    assert!(
        core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2029-02-14T09:30:00Z</dcterms:created>"),
        "{core}"
    );
    let mut workbook = String::new();
    zip.by_name("xl/workbook.xml")
        .expect("workbook.xml")
        .read_to_string(&mut workbook)
        .expect("utf-8");
    for sheet in [
        "indicators",
        "node_rollups",
        "finance_by_unit",
        "cost_by_node",
        "operational_delivery",
        "risks",
        "data_quality",
    ] {
        assert!(workbook.contains(&format!("name=\"{sheet}\"")), "sheet {sheet}");
    }
    let mut sheet1 = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .expect("sheet1")
        .read_to_string(&mut sheet1)
        .expect("utf-8");
    assert!(
        sheet1.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
        "header frozen"
    );
    assert!(sheet1.contains("<v>68.8</v>"), "numbers are numbers");
}

#[test]
fn write_to_lays_out_the_report_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = sample_report();
    report.write_to(dir.path()).expect("writes");
    for f in &report.files {
        let on_disk = std::fs::read(dir.path().join(&f.path)).expect("file exists");
        assert!(on_disk == f.bytes, "{}", f.path);
    }
    assert!(dir.path().join("charts/status-by-goal.png").is_file());
    assert!(dir.path().join("tables/indicators.csv").is_file());
}

#[test]
fn progress_is_reported_up_to_the_total() {
    let mut calls = Vec::new();
    render_with_progress(&sample(), &mut |done, total, what| {
        calls.push((done, total, what.to_owned()))
    })
    .expect("renders");
    let (done, total, what) = calls.last().expect("progress reported").clone();
    assert_eq!((done, what.as_str()), (total, "manifest.json"));
    assert!(calls.windows(2).all(|w| w[1].0 == w[0].0 + 1), "one step at a time");
}

#[test]
fn a_large_plan_caps_trajectory_charts_and_says_so() {
    use stratrack_reports::analysis::{Analysis, MAX_TRAJECTORY_CHARTS};
    let input = fixtures::synthetic(2_000, 3);
    let analysis = Analysis::new(&input);
    assert_eq!(analysis.trajectory.len(), MAX_TRAJECTORY_CHARTS);
    assert!(analysis.trajectory_omitted > 0);
    let keys = analysis.trajectory.iter().filter(|i| i.is_key).count();
    assert_eq!(
        keys, MAX_TRAJECTORY_CHARTS,
        "key indicators come first (the synthetic plan has 200)"
    );
    let charts = stratrack_reports::charts::ChartSet::build(&analysis);
    let html = stratrack_reports::html::page(&analysis, &charts);
    assert!(html.contains("further indicators are covered by the tables only"));
    let indicators = stratrack_reports::tables::builders(&input)[0](&analysis);
    assert_eq!(indicators.len(), 2_000, "every indicator is in the table");
}

#[test]
fn a_report_read_back_from_its_stored_files_zips_to_the_same_bytes() {
    let report = sample_report();
    let stored = stratrack_reports::Report::from_files(report.files.clone()).expect("manifest found");
    assert_eq!(stored.manifest, report.manifest);
    assert_eq!(stored.to_zip().expect("zip"), report.to_zip().expect("zip"));
}

#[test]
fn csv_text_cells_that_start_like_a_formula_are_quoted_and_numbers_are_not() {
    let mut input = sample();
    input.risks[0].title = "=HYPERLINK(\"http://evil.example\",\"x\")".into();
    input.risks[0].mitigation = "-staff cuts".into();
    input.indicators[0].name = "@SUM(A1)".into();
    input.indicators[0].actual = Some(dec!(-5));
    let report = rendered(&input);
    let risks = text(&report, "tables/risks.csv");
    assert!(
        risks.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""),
        "{risks}"
    );
    assert!(risks.contains(",'-staff cuts,"), "{risks}");
    let indicators = text(&report, "tables/indicators.csv");
    let row: Vec<&str> = indicators.lines().nth(1).expect("a row").split(',').collect();
    assert_eq!(row[1], "'@SUM(A1)");
    assert_eq!(row[12], "-5", "the actual value stays a number");
}

#[test]
fn the_annex_lists_the_aggregation_rules_each_unit_allows() {
    let html = text(sample_report(), "report.html");
    let annex = &html[html.find("id=\"annex\"").expect("annex")..];
    assert!(annex.contains("<h3>Units and aggregation rules</h3>"), "{annex}");
    assert!(
        annex.contains("100 × Σnumerator ÷ Σdenominator for a percentage, Σnumerator ÷ Σdenominator for a ratio"),
        "{annex}"
    );
    let table = &annex[annex.find("Aggregation rules allowed per unit").expect("table")..];
    for (unit, allowed) in [
        ("percent", "latest, mean, ratio"),
        ("count", "latest, sum, mean"),
        ("yes_no", "latest"),
        ("index", "latest, mean"),
    ] {
        assert!(
            table.contains(&format!("<tr><td>{unit}</td>\n<td>{allowed}</td>")),
            "{unit}: {table}"
        );
    }
}

#[test]
fn a_run_frozen_before_the_unit_rules_were_stated_renders_and_freezes_as_it_did() {
    let mut input = sample();
    input.unit_rules.clear();
    let frozen = serde_json::to_value(&input).expect("serialises");
    assert!(frozen.get("unit_rules").is_none(), "no new key in an old run's JSON");
    let thawed: ReportInput = serde_json::from_value(frozen).expect("an old run's JSON still reads");
    let html = text(&rendered(&thawed), "report.html");
    assert!(!html.contains("Units and aggregation rules"));
}

#[test]
fn a_report_written_file_by_file_is_the_report_held_in_memory() {
    // Large enough for breakdowns in the drawn disaggregations table and charts on both threads.
    let input = fixtures::synthetic(300, 3);
    let held = stratrack_reports::render(&input).expect("renders");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut slots = Vec::new();
    let manifest = stratrack_reports::render_each(
        &input,
        &mut |slot, file| {
            slots.push(slot);
            file.write_into(dir.path())
        },
        &mut |_, _, _| {},
    )
    .expect("renders file by file");
    assert_eq!(manifest, held.manifest);
    slots.sort_unstable();
    assert_eq!(slots, (0..held.files.len()).collect::<Vec<_>>(), "every slot once");
    for f in &held.files {
        let on_disk = std::fs::read(dir.path().join(&f.path)).expect("file written");
        assert!(on_disk == f.bytes, "{} differs", f.path);
    }
    let csv = held.file("tables/disaggregations.csv").expect("disaggregations table");
    assert!(
        csv.bytes.iter().filter(|b| **b == b'\n').count() > 1,
        "breakdowns are listed"
    );
}

/// The texts of an SVG, in order.
fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text ")
        .skip(1)
        .map(|t| {
            let body = &t[t.find('>').expect("tag closes") + 1..];
            body[..body.find("</text>").expect("text closes")].to_owned()
        })
        .collect()
}

#[test]
fn a_long_label_is_wrapped_whole_in_a_formatted_report_and_cut_in_a_run_frozen_before() {
    let long = "Inclusive and secure telecommunications/ICTs for sustainable development";
    let mut input = fixtures::stated();
    input.nodes.iter_mut().find(|n| n.code == "TP3").expect("TP3").name = long.into();
    for c in input.finance.cost_by_node.iter_mut().filter(|c| c.node_code == "TP3") {
        c.name = long.into();
    }
    let label = format!("TP3 · {long}");
    for chart in ["status-by-thematic-priority", "cost-by-thematic-priority"] {
        let path = format!("charts/{chart}.svg");
        // The current form: the whole label, on two or three lines.
        assert!(input.is_formatted_form());
        let texts = svg_texts(&text(&rendered(&input), &path));
        let wrapped = (2..=3).any(|n| texts.windows(n).any(|w| w.join(" ") == label));
        assert!(wrapped, "{chart}: {label:?} whole across lines in {texts:?}");
        assert!(
            !texts.iter().any(|t| t.starts_with("TP3") && t.ends_with('…')),
            "{chart}"
        );
        // A run frozen before the outputs were formatted: one line, cut.
        let mut frozen = input.clone();
        frozen.form = stratrack_reports::input::FORM_CONTEXT;
        let texts = svg_texts(&text(&rendered(&frozen), &path));
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("TP3 · Inclusive") && t.ends_with('…')),
            "{chart}: cut as before in {texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains("sustainable development")), "{chart}");
    }
}
