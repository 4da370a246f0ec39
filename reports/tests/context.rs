//! What the report states beside the figures in its current form: each indicator's narratives and
//! evidence links (escaped; only http(s) addresses as links), the framework revisions in force as adopted
//! and as revised with their decision, and the results serving each resolution, grouped by vocabulary;
//! in the page, in CSV and in the workbook, rebuilt byte for byte. A run frozen before (form 0) has
//! none of it, and the same files as before.

use crate::support;

use stratrack_reports::ReportInput;
use stratrack_reports::fixtures::stated;
use support::{checksums, rendered, sample, sample_report, text};

/// The part of `html` (its line breaks taken out) from the element with `id` to the end of its section.
fn section<'h>(html: &'h str, id: &str) -> &'h str {
    let start = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("section {id}"));
    let rest = &html[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

#[test]
fn narratives_are_escaped_beside_their_indicator_and_only_http_links_are_links() {
    let report = rendered(&stated());
    let html = text(&report, "report.html").replace('\n', "");
    let t1 = section(&html, "node-g1");
    assert!(
        t1.contains("Household surveys &lt;b&gt;rose&lt;/b&gt; in 14 countries &amp; the estimate held."),
        "the narrative is escaped, beside its indicator: {t1}"
    );
    assert!(
        t1.contains(
            "<a href=\"https://www.itu.int/itu-d/reports/statistics/facts-figures-2028/?a=1&amp;b=2\">\
             https://www.itu.int/itu-d/reports/statistics/facts-figures-2028/?a=1&amp;b=2</a>"
        ),
        "an https evidence link is a link with its address as text: {t1}"
    );
    let t12 = section(&html, "node-g1");
    assert!(t12.contains("2028 Q1:"), "a quarter's narrative names its quarter");
    assert!(t12.contains("=HYPERLINK(&quot;http://x&quot;)"));
    assert!(t12.contains("Evidence: javascript:alert(1)"), "shown as text: {t12}");
    assert!(!html.contains("href=\"javascript"), "never a link target");
    assert!(
        t12.contains("Evidence: http://example.org/q2 report"),
        "an address with a space is not a link"
    );
    assert!(!html.contains("href=\"http://example.org"));
    assert!(
        html.contains("while a revision of a value is pending"),
        "the annex says which narrative is shown"
    );

    let csv = text(&report, "tables/narratives.csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines,
        [
            "indicator_code,indicator_name,year,period,narrative,evidence_url",
            "T1.1-K1,Individuals using the Internet,2028,annual,Household surveys <b>rose</b> in 14 countries & the estimate held.,https://www.itu.int/itu-d/reports/statistics/facts-figures-2028/?a=1&b=2",
            "T1.2-K1,Countries where entry-level mobile broadband costs under 2% of GNI per capita,2028,Q1,\"'=HYPERLINK(\"\"http://x\"\")\",javascript:alert(1)",
            "T1.2-K1,Countries where entry-level mobile broadband costs under 2% of GNI per capita,2028,Q2,,http://example.org/q2 report",
        ],
        "one row per value with a narrative; a narrative that looks like a formula is defused"
    );
}

#[test]
fn the_revisions_in_force_show_the_value_as_adopted_and_as_revised_with_the_decision() {
    let report = rendered(&stated());
    let html = text(&report, "report.html").replace('\n', "");
    assert!(html.contains("<a href=\"#revisions\">Framework revisions in force</a>"));
    let s = section(&html, "revisions");
    assert!(
        s.contains("<caption>Framework revisions in force for 2028</caption>"),
        "{s}"
    );
    assert!(
        s.contains(
            "<td>T1.2-K1</td><td>target value</td><td class=\"num\">130</td><td class=\"num\">140</td>\
             <td>2028-06-20</td><td>Council</td><td>Decision 612 (C-28)</td>"
        ),
        "{s}"
    );
    let annex = section(&html, "annex");
    assert!(
        !annex.contains("Revisions in force for 2028"),
        "stated once, in its section, not again in the annex"
    );
    assert_eq!(
        text(&report, "tables/revisions.csv").lines().collect::<Vec<_>>(),
        [
            "indicator_code,indicator_name,field,as_adopted,as_revised,decided_on,deciding_body,reference,in_force_for_year",
            "T1.2-K1,Countries where entry-level mobile broadband costs under 2% of GNI per capita,target_value,130,140,2028-06-20,Council,Decision 612 (C-28),2028",
        ]
    );
}

#[test]
fn the_results_serving_each_resolution_are_grouped_by_vocabulary_with_their_status() {
    let report = rendered(&stated());
    let html = text(&report, "report.html").replace('\n', "");
    assert!(html.contains("<a href=\"#mandates\">Results serving each resolution</a>"));
    let s = section(&html, "mandates");
    let order: Vec<usize> = [
        "<h3>Resolutions</h3>",
        "<h3>SDG targets</h3>",
        "<h3>WSIS action lines</h3>",
        "<h3>Decisions</h3>",
    ]
    .iter()
    .map(|h| s.find(h).unwrap_or_else(|| panic!("{h} in {s}")))
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "resolutions, SDG targets, WSIS, decisions"
    );
    let (r71, r200) = (
        s.find("<td>Resolution 71</td>").unwrap(),
        s.find("<td>Resolution 200</td>").unwrap(),
    );
    assert!(r71 < r200, "codes read as numbers: 71 before 200");
    let (sdg44, sdg9c) = (
        s.find("<td>SDG target 4.4</td>").unwrap(),
        s.find("<td>SDG target 9.c</td>").unwrap(),
    );
    assert!(sdg44 < sdg9c);
    assert!(
        s.contains("<td>Resolution 71</td><td>Strategic plan for the Union</td><td>G1 Universal connectivity</td><td>Strategic goal</td><td>3 indicators: 1 on track, 1 at risk, 1 off track</td>"),
        "goals in the report's order, with their indicators per status: {s}"
    );
    assert!(s.contains("<td>Resolution 71</td><td></td><td>G2 Sustainable digital transformation</td>"));
    assert!(
        s.contains("<td>Resolution 200</td><td></td><td>T1.1-K1 Individuals using the Internet</td><td>Indicator</td><td>At risk</td>"),
        "nodes first, then indicators, each with its status: {s}"
    );
    let t1 = section(&html, "node-g1");
    assert!(
        t1.contains(
            "Serves Resolution 200 (Connect 2030 Agenda); SDG target 9.c (Universal and affordable Internet access)."
        ),
        "a result's mandates in its section: {t1}"
    );
    assert!(
        section(&html, "node-g1").contains("Serves Resolution 71 (Strategic plan for the Union)."),
        "a goal's"
    );

    let csv = text(&report, "tables/mandates.csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "vocabulary,mandate_code,mandate_title,year,level,code,name,status,achieved,on_track,at_risk,off_track,no_data"
    );
    assert_eq!(
        lines[1],
        "resolution,71,Strategic plan for the Union,2028,goal,G1,Universal connectivity,,0,1,1,1,0"
    );
    assert!(lines.contains(
        &"resolution,200,Connect 2030 Agenda,2028,indicator,T1.1-K1,Individuals using the Internet,at_risk,,,,,"
    ));
    assert_eq!(
        lines.last(),
        Some(
            &"decision,5,Revenue and expenses for the Union,2028,enabler,E1,\"Governance, oversight and management\",,0,1,0,0,0"
        )
    );
}

#[test]
fn the_new_tables_are_in_the_manifest_and_the_workbook_and_rebuild_byte_for_byte() {
    let report = rendered(&stated());
    for path in ["tables/narratives.csv", "tables/revisions.csv", "tables/mandates.csv"] {
        assert!(
            report.manifest.files.iter().any(|f| f.path == path),
            "{path} in the manifest"
        );
    }
    let xlsx = &report.file("report.xlsx").expect("workbook").bytes;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx.clone())).expect("xlsx is a zip");
    let mut workbook = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/workbook.xml").expect("workbook.xml"),
        &mut workbook,
    )
    .unwrap();
    for sheet in ["narratives", "revisions", "mandates"] {
        assert!(
            workbook.contains(&format!("name=\"{sheet}\"")),
            "sheet {sheet}: {workbook}"
        );
    }
    let again = rendered(&stated());
    assert_eq!(checksums(&report), checksums(&again), "rebuilt byte for byte");
}

#[test]
fn a_run_frozen_before_has_none_of_it_and_keeps_its_files() {
    // The sample is such a run: form 0, no narrative, no mandate, and (here) a revision in force, which
    // stays in the annex as it was.
    let report = sample_report();
    let html = text(report, "report.html").replace('\n', "");
    for absent in [
        "id=\"mandates\"",
        "id=\"revisions\"",
        "class=\"narratives\"",
        "Narratives and evidence",
        "dl.narratives",
    ] {
        assert!(!html.contains(absent), "{absent}");
    }
    for path in ["tables/narratives.csv", "tables/revisions.csv", "tables/mandates.csv"] {
        assert!(report.file(path).is_none(), "{path}");
    }
    let mut revised = sample();
    revised.indicators[1].revisions = stated().indicators[1].revisions.clone();
    let html = text(&rendered(&revised), "report.html").replace('\n', "");
    let annex = section(&html, "annex");
    assert!(
        annex.contains("<h3>Framework revisions</h3>")
            && annex.contains("<caption>Revisions in force for 2028</caption>")
    );
    assert!(!html.contains("id=\"revisions\""));

    let json = serde_json::to_string(&sample()).unwrap();
    for field in ["\"form\"", "\"mandates\"", "\"narratives\""] {
        assert!(!json.contains(field), "an old input is stored as it was: {field}");
    }
    assert_eq!(serde_json::from_str::<ReportInput>(&json).unwrap(), sample());
    let with = serde_json::to_string(&stated()).unwrap();
    assert_eq!(
        serde_json::from_str::<ReportInput>(&with).unwrap(),
        stated(),
        "the new fields round-trip"
    );
}

#[test]
fn the_page_loads_nothing_from_outside_and_links_out_only_to_evidence() {
    let input = stated();
    let html = text(&rendered(&input), "report.html");
    for needle in ["<script", "@import", "url(", "<link", "<img", "<iframe"] {
        assert!(!html.contains(needle), "report.html contains {needle:?}");
    }
    let evidence: Vec<String> = input
        .indicators
        .iter()
        .flat_map(|i| i.narratives.iter().filter_map(|n| n.evidence_href()))
        .map(stratrack_reports::markup::escape)
        .collect();
    assert_eq!(
        evidence.len(),
        1,
        "one of the sample's three links is an http(s) address"
    );
    for (i, _) in html.match_indices("href=\"") {
        let target = &html[i + 6..html[i + 6..].find('"').map_or(html.len(), |e| i + 6 + e)];
        assert!(
            target.starts_with('#') || evidence.iter().any(|e| e == target),
            "href points outside, not to evidence: {target}"
        );
    }
    for (i, _) in html.match_indices("src=") {
        assert!(
            html[i..].starts_with("src=\"data:"),
            "src= points outside: {}",
            &html[i..i + 40]
        );
    }
}
