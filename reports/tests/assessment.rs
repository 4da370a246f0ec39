//! The four-year assessment: every year of the plan side by side, the achievement of each target and
//! goal at the end, the cost per goal over the period, the restatements and the projection of what
//! remains open, in the same forms as the annual report and the same bytes for the same input.

use crate::support;

use rust_decimal::Decimal;
use stratrack_reports::fixtures::assessment;
use stratrack_reports::input::{AssessmentInput, NodeLevel, Status};
use stratrack_reports::{Report, render_assessment};
use support::{sample_report, text};

fn rendered(input: &AssessmentInput) -> Report {
    render_assessment(input).expect("the assessment renders")
}

/// The rows of a CSV file of the report, header first.
fn csv(report: &Report, path: &str) -> Vec<Vec<String>> {
    let body = text(report, path);
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes());
    r.records()
        .map(|rec| rec.expect("a csv record").iter().map(str::to_owned).collect())
        .collect()
}

/// The value of column `name` in `row` of a CSV with header `head`.
fn col<'r>(head: &[String], row: &'r [String], name: &str) -> &'r str {
    let i = head
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("column {name}"));
    &row[i]
}

#[test]
fn every_year_of_the_plan_stands_side_by_side() {
    let input = assessment();
    let report = rendered(&input);
    let rows = csv(&report, "tables/indicator_years.csv");
    assert_eq!(rows.len(), 1 + input.indicators.len() * 3);
    for (k, i) in input.indicators.iter().enumerate() {
        let years: Vec<&str> = rows[1 + 3 * k..4 + 3 * k]
            .iter()
            .inspect(|r| assert_eq!(r[0], i.code))
            .map(|r| r[1].as_str())
            .collect();
        assert_eq!(years, ["2028", "2029", "2030"]);
    }
    let first = &input.indicators[0];
    let statuses: Vec<&str> = rows[1..4].iter().map(|r| r[5].as_str()).collect();
    assert_eq!(statuses, ["at_risk", "on_track", "achieved"], "{}", first.code);
    let html = text(&report, "report.html");
    for y in ["2028", "2029", "2030"] {
        assert!(
            html.contains(&format!("<th scope=\"col\">{y}</th>")),
            "a column for {y}"
        );
    }
    assert!(html.contains("At risk · "), "each year's status in the indicator table");
    let nodes = csv(&report, "tables/node_years.csv");
    assert_eq!(nodes.len(), 1 + input.nodes.len() * 3);
}

#[test]
fn the_achievement_at_the_end_is_the_status_in_the_closing_year() {
    let input = assessment();
    let report = rendered(&input);
    let rows = csv(&report, "tables/indicator_achievement.csv");
    let head = &rows[0];
    for (i, row) in input.indicators.iter().zip(&rows[1..]) {
        assert_eq!(col(head, row, "code"), i.code);
        assert_eq!(col(head, row, "closing_year"), "2030");
        let end = i.years.last().expect("a closing year");
        assert_eq!(col(head, row, "status"), end.status.as_str(), "{}", i.code);
    }
    let html = text(&report, "report.html");
    let achieved = input.indicators.iter().filter(|i| !i.is_open()).count();
    assert!(
        html.contains(&format!(
            "At the end of 2030, {achieved} of {} indicators had achieved",
            input.indicators.len()
        )),
        "the summary counts the achievement at the end"
    );
}

#[test]
fn the_cost_over_the_period_is_the_exact_sum_of_the_years() {
    let input = assessment();
    let report = rendered(&input);
    let rows = csv(&report, "tables/cost_by_node.csv");
    let head = &rows[0];
    for n in input.nodes.iter().filter(|n| !n.cost.is_empty()) {
        let mine: Vec<&Vec<String>> = rows[1..].iter().filter(|r| r[0] == n.code).collect();
        assert_eq!(mine.len(), 3, "{}: a row per year", n.code);
        let sum: Decimal = n.cost.iter().copied().sum();
        let last = mine.last().expect("the closing year");
        assert_eq!(
            col(head, last, "cumulative_cost").parse::<Decimal>().expect("a number"),
            sum
        );
        let each: Decimal = mine
            .iter()
            .map(|r| col(head, r, "cost").parse::<Decimal>().expect("a number"))
            .sum();
        assert_eq!(each, sum, "{}: the years add up exactly", n.code);
    }
    let g1 = input.nodes.iter().find(|n| n.code == "G1").expect("G1");
    assert_eq!(g1.period_cost(), Some(rust_decimal::dec!(3910.6255)));
    let svg = text(&report, "charts/cost-by-goal.svg");
    assert!(svg.contains("Cost by strategic goal, 2028–2030"));
    let html = text(&report, "report.html");
    assert!(
        html.contains("<td class=\"num\">3,910.626</td>"),
        "G1's period cost, rounded for display"
    );
    let goals = input.nodes.iter().filter(|n| n.level == NodeLevel::Goal).count();
    assert_eq!(goals, 2);
}

#[test]
fn only_what_remains_open_is_projected() {
    let input = assessment();
    let report = rendered(&input);
    let rows = csv(&report, "tables/indicator_achievement.csv");
    let head = &rows[0];
    for (i, row) in input.indicators.iter().zip(&rows[1..]) {
        let outlook = col(head, row, "projection_outlook");
        if i.years.last().map(|f| f.status) == Some(Status::Achieved) {
            assert_eq!(outlook, "", "{} is achieved: no projection", i.code);
        } else {
            assert!(
                ["likely", "unlikely", "too_early"].contains(&outlook),
                "{}: {outlook}",
                i.code
            );
        }
    }
    let html = text(&report, "report.html");
    let open = input.indicators.iter().filter(|i| i.is_open()).count();
    assert!(html.contains(&format!("Of the {open} indicators whose target remains open")));
}

#[test]
fn the_same_input_gives_the_same_bytes_in_every_form() {
    let input = assessment();
    let report = rendered(&input);
    let paths: Vec<&str> = report.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "report.html",
            "report.xlsx",
            "tables/indicator_achievement.csv",
            "tables/indicator_years.csv",
            "tables/node_years.csv",
            "tables/cost_by_node.csv",
            "tables/restatements.csv",
            "charts/status-by-year.svg",
            "charts/status-by-year.png",
            "charts/cost-by-goal.svg",
            "charts/cost-by-goal.png",
            "manifest.json",
        ]
    );
    // Frozen as JSON and rendered again, as a run is rebuilt.
    let json = serde_json::to_string(&input).expect("json");
    let again: AssessmentInput = serde_json::from_str(&json).expect("read back");
    assert_eq!(rendered(&again), report);
    assert_eq!(report.to_zip().expect("zip"), rendered(&again).to_zip().expect("zip"));
    let manifest = &report.manifest;
    assert_eq!(manifest.kind.as_deref(), Some("assessment"));
    assert_eq!((manifest.year, manifest.run_id.as_str()), (2030, "12"));
    assert_eq!(manifest.files.len(), report.files.len() - 1);
    for (entry, file) in manifest.files.iter().zip(&report.files) {
        assert_eq!((&entry.path, &entry.sha256), (&file.path, &file.sha256));
    }
}

#[test]
fn the_restatements_of_each_published_year_are_annexed() {
    let input = assessment();
    let report = rendered(&input);
    let html = text(&report, "report.html");
    assert!(html.contains("The report for 2028 (run 7)"));
    assert!(html.contains("Survey round completed"));
    let rows = csv(&report, "tables/restatements.csv");
    assert_eq!(rows.len(), 2);
    let mut none = assessment();
    none.restatements.clear();
    let report = rendered(&none);
    assert!(report.file("tables/restatements.csv").is_none());
    assert!(!text(&report, "report.html").contains("Restatements of figures"));
}

#[test]
fn the_annual_report_manifest_names_no_kind() {
    assert!(!text(sample_report(), "manifest.json").contains("\"kind\""));
}
