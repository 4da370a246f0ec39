//! Series across plan cycles: a carried-over predecessor continues an indicator's line and its
//! values are labelled as such; a redefined predecessor (another measure) is never drawn on the line
//! nor read as the indicator's values, but shown apart, labelled, in the page and the CSV.

use crate::support;

use rust_decimal::dec;
use stratrack_reports::input::{IndicatorUnit, Predecessor, Quality, SeriesPoint, SeriesRelation};
use stratrack_reports::{Report, ReportInput};
use support::{rendered, sample, sample_report, text};

/// The sample with T1.1-K1 (a percentage, charted) given a predecessor of the previous plan measured
/// in points in 2024 and 2025, related by `relation`.
fn with_predecessor(relation: SeriesRelation) -> ReportInput {
    let mut input = sample();
    let i = input
        .indicators
        .iter_mut()
        .find(|i| i.code == "T1.1-K1")
        .expect("T1.1-K1");
    i.predecessor = Some(Predecessor {
        plan: "SP-2024-2027".into(),
        code: "G1-OLD".into(),
        name: "Gender gap in Internet use (percentage points)".into(),
        unit: IndicatorUnit::Percent,
        relation,
        series: vec![
            SeriesPoint {
                year: 2024,
                value: dec!(5),
                quality: Quality::Final,
            },
            SeriesPoint {
                year: 2025,
                value: dec!(4.5),
                quality: Quality::Estimated,
            },
        ],
    });
    input
}

fn trajectory(report: &Report) -> String {
    text(report, "charts/trajectory-t1-1-k1.svg")
}

#[test]
fn a_redefined_predecessor_is_never_drawn_on_the_indicators_line() {
    let report = rendered(&with_predecessor(SeriesRelation::Redefined));
    // The same chart, to the byte, as without any predecessor: no point, no year, no word of it.
    assert_eq!(trajectory(&report), trajectory(sample_report()));
}

#[test]
fn a_carried_over_predecessor_continues_the_indicators_line() {
    let report = rendered(&with_predecessor(SeriesRelation::CarriedOver));
    let svg = trajectory(&report);
    assert_ne!(svg, trajectory(sample_report()));
    assert!(
        svg.contains("approved values 2024 5%, 2025 4.5% (estimated), 2026 67%"),
        "one line from the earlier plan into this one: {svg}"
    );
}

#[test]
fn a_redefined_predecessors_values_are_shown_apart_and_labelled_in_the_report() {
    let html = text(&rendered(&with_predecessor(SeriesRelation::Redefined)), "report.html");
    let at = html
        .find("A different measure, not part of the series of T1.1-K1: T1.1-K1 redefines G1-OLD")
        .expect("a labelled table of the earlier measure");
    let table = &html[at..at + html[at..].find("</table>").expect("table closes")];
    assert!(table.contains("SP-2024-2027"), "{table}");
    assert!(table.contains("<td>2025</td>") && table.contains("4.5%"), "{table}");
    // A carried-over predecessor is part of the series: no table apart.
    let carried = text(&rendered(&with_predecessor(SeriesRelation::CarriedOver)), "report.html");
    assert!(!carried.contains("A different measure, not part of the series"));
}

#[test]
fn indicator_values_say_which_series_plan_indicator_and_unit_each_row_belongs_to() {
    for (relation, label) in [
        (SeriesRelation::Redefined, "predecessor_redefined"),
        (SeriesRelation::CarriedOver, "predecessor_carried_over"),
    ] {
        let csv = text(&rendered(&with_predecessor(relation)), "tables/indicator_values.csv");
        assert!(
            csv.starts_with("indicator_code,year,value,quality,series,source_plan,source_code,unit\n"),
            "{csv}"
        );
        assert!(
            csv.contains(&format!("T1.1-K1,2024,5,final,{label},SP-2024-2027,G1-OLD,percent\n")),
            "{csv}"
        );
        assert!(
            csv.contains(&format!(
                "T1.1-K1,2025,4.5,estimated,{label},SP-2024-2027,G1-OLD,percent\n"
            )),
            "{csv}"
        );
        assert!(
            csv.contains("T1.1-K1,2028,68.8,provisional,current,SP-2028-2031,T1.1-K1,percent\n"),
            "{csv}"
        );
    }
}

#[test]
fn the_annex_states_the_series_rule() {
    let html = text(sample_report(), "report.html");
    let annex = &html[html.find("id=\"annex\"").expect("annex")..];
    assert!(
        annex.contains("only a predecessor carried over from the previous plan continues an indicator"),
        "{annex}"
    );
    assert!(
        annex.contains("A redefined predecessor measures something else"),
        "{annex}"
    );
}
