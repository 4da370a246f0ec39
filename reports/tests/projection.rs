//! The projection in the report: a column of the indicator tables, a sentence in the summary, the method
//! in the annex and a dashed, labelled stretch in the trajectory charts; and none of it in a run frozen
//! before the report showed projections, which must rebuild byte for byte.

use crate::support;

use rust_decimal::dec;
use stratrack_reports::ReportInput;
use stratrack_reports::input::{Outlook, ProjectionInput};
use support::{rendered, sample, sample_report, text};

/// The sample with a projection on every indicator: T1.1-K1 unlikely (72.5 in 2031 against 75), the
/// second indicator likely, the rest too early to tell.
fn projected() -> ReportInput {
    let mut input = sample();
    for (n, i) in input.indicators.iter_mut().enumerate() {
        i.projection = Some(match n {
            0 => ProjectionInput {
                outlook: Outlook::Unlikely,
                value_at_target_year: Some(dec!(72.5)),
                last_year: Some(2028),
                value_at_last_year: Some(dec!(68.75)),
                points_used: 3,
            },
            1 => ProjectionInput {
                outlook: Outlook::Likely,
                value_at_target_year: i.target,
                last_year: i.actual_year,
                value_at_last_year: i.actual,
                points_used: 2,
            },
            _ => ProjectionInput {
                outlook: Outlook::TooEarly,
                value_at_target_year: None,
                last_year: None,
                value_at_last_year: None,
                points_used: 1,
            },
        });
    }
    input
}

#[test]
fn a_run_frozen_without_projections_shows_none_and_serialises_as_it_did() {
    let report = sample_report();
    let csv = text(report, "tables/indicators.csv");
    assert!(!csv.lines().next().unwrap().contains("projected_value"), "{csv}");
    let html = text(report, "report.html");
    assert!(!html.contains("projected to meet") && !html.contains("Projection at target year"));
    assert!(!text(report, "charts/trajectory-t1-1-k1.svg").contains("projection"));
    let json = serde_json::to_value(sample()).unwrap();
    assert!(
        json["indicators"][0].get("projection").is_none(),
        "no key where there is no projection"
    );
}

#[test]
fn the_indicator_table_gains_the_projected_value_outlook_and_points() {
    let report = rendered(&projected());
    let csv = text(&report, "tables/indicators.csv");
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(
        header.ends_with(",status_move,projected_value,projection_outlook,projection_points"),
        "{header}"
    );
    let first = lines.next().unwrap();
    assert!(
        first.starts_with("T1.1-K1,") && first.ends_with(",72.5,unlikely,3"),
        "{first}"
    );
    assert!(
        csv.contains(",,too_early,1\n"),
        "too early: no value, the points counted"
    );
    let html = text(&report, "report.html");
    assert!(html.contains("Projection at target year") && html.contains("Target likely met"));
    assert!(html.contains("72.5% (2031)"), "the projected value with its year");
    assert!(html.contains("Too early to tell"));
}

#[test]
fn the_summary_counts_the_indicators_projected_to_meet_their_target() {
    let input = projected();
    let n = input.indicators.len();
    let html = text(&rendered(&input), "report.html");
    let want = format!(
        "Projection: of {n} indicators, 1 is projected to meet their 2031 target and 1 is not; for {} it is \
         too early to tell",
        n - 2
    );
    let at = html.find("Projection: of").expect("the summary sentence");
    assert!(html[at..].starts_with(&want), "{want}\n{}", &html[at..at + 400]);
    assert!(html.contains("<h3>Projection</h3>"), "the annex states the method");
    assert!(html.contains("least-squares straight line") && html.contains("Limits: a straight line"));
}

#[test]
fn the_trajectory_draws_the_projected_stretch_dashed_labelled_and_in_words() {
    let svg = text(&rendered(&projected()), "charts/trajectory-t1-1-k1.svg");
    let group = &svg[svg.find("<g class=\"projection\">").expect("a projection group")..];
    let group = &group[..group.find("</g>").unwrap()];
    assert!(group.contains("stroke-dasharray"), "dashed: {group}");
    assert!(group.contains("projection 2031: 72.5%"), "labelled: {group}");
    assert!(svg.contains("Projection (least-squares line)"), "in the legend");
    let desc = &svg[svg.find("<desc").unwrap()..svg.find("</desc>").unwrap()];
    assert!(
        desc.contains(
            "projection (dashed, a least-squares line through 3 points) 72.5% in 2031, target unlikely to be met"
        ),
        "{desc}"
    );
}
