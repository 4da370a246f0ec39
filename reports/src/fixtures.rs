//! A small hand-made report input (two goals, three thematic priorities, an enabler, eight
//! indicators covering every status) for tests, demos and the backend's own tests, plus a
//! deterministic synthetic generator for benchmarks.

mod finance;
mod synthetic;

pub use synthetic::synthetic;

use chrono::{TimeZone, Utc};
use rust_decimal::{Decimal, dec};

use crate::input::*;

/// The sample input: plan 2028-2031, report year 2028.
pub fn sample() -> ReportInput {
    ReportInput {
        plan: PlanInfo {
            code: "SP-2028-2031".into(),
            name: "Strategic plan of the Union for 2028-2031".into(),
            resolution: "Resolution 71 (Rev. Doha, 2026)".into(),
            start_year: 2028,
            end_year: 2031,
            thresholds: Thresholds {
                on_track: dec!(0.95),
                at_risk: dec!(0.75),
                maintain_on_track_pct: dec!(5),
                maintain_at_risk_pct: dec!(10),
                max_age_years: 1,
            },
        },
        year: 2028,
        run: RunInfo {
            run_id: "7".into(),
            snapshot_id: "snap-2029-02-14-0001".into(),
            generated_at: Utc.with_ymd_and_hms(2029, 2, 14, 9, 30, 0).single().unwrap_or_default(),
        },
        nodes: nodes(),
        indicators: indicators(),
        finance: finance::finance(),
        operational: finance::operational(),
        risks: finance::risks(),
        data_quality: vec![
            dq(
                "T1.1-K1",
                DataQualityKind::Provisional,
                "2028 value is provisional pending the household survey round.",
            ),
            dq(
                "T1.2-K2",
                DataQualityKind::Stale,
                "No approved value for 2028; the 2027 value stands in.",
            ),
            dq(
                "T2.1-K1",
                DataQualityKind::Estimated,
                "Estimate from ITU & UNESCO modelling; 12 countries imputed.",
            ),
            dq(
                "TP2.O1.P1-1",
                DataQualityKind::Missing,
                "No approved value for 2028 or 2027.",
            ),
        ],
    }
}

fn dq(code: &str, kind: DataQualityKind, detail: &str) -> DataQualityEntry {
    DataQualityEntry {
        indicator_code: code.into(),
        kind,
        detail: detail.into(),
    }
}

fn rollup(counts: [u32; 5], mean: Option<Decimal>) -> Rollup {
    let [achieved, on_track, at_risk, off_track, no_data] = counts;
    Rollup {
        achieved,
        on_track,
        at_risk,
        off_track,
        no_data,
        rated: achieved + on_track + at_risk + off_track,
        mean_progress: mean,
    }
}

fn node(code: &str, name: &str, level: NodeLevel, parent: Option<&str>, owner: Option<&str>, r: Rollup) -> NodeInput {
    NodeInput {
        code: code.into(),
        name: name.into(),
        level,
        parent_code: parent.map(Into::into),
        owner_unit: owner.map(Into::into),
        provenance: ILLUSTRATIVE.into(),
        rollup: r,
    }
}

fn nodes() -> Vec<NodeInput> {
    use NodeLevel::*;
    vec![
        node(
            "G1",
            "Universal connectivity",
            Goal,
            None,
            None,
            rollup([0, 1, 1, 1, 0], Some(dec!(0.7444))),
        ),
        node(
            "T1.1",
            "70% of the world's population online",
            Target,
            Some("G1"),
            None,
            rollup([0, 0, 1, 0, 0], Some(dec!(0.9))),
        ),
        node(
            "T1.2",
            "Affordable entry-level broadband",
            Target,
            Some("G1"),
            None,
            rollup([0, 1, 0, 1, 0], Some(dec!(0.6667))),
        ),
        node(
            "G2",
            "Sustainable digital transformation",
            Goal,
            None,
            None,
            rollup([1, 0, 0, 1, 0], Some(dec!(0.7))),
        ),
        node(
            "T2.1",
            "Digital skills for all",
            Target,
            Some("G2"),
            None,
            rollup([1, 0, 0, 0, 0], Some(dec!(1))),
        ),
        node(
            "TP1",
            "Spectrum and satellite orbits",
            ThematicPriority,
            None,
            None,
            rollup([0, 1, 0, 0, 0], None),
        ),
        node(
            "TP1.O1",
            "Efficient, interference-free use of spectrum",
            Outcome,
            Some("TP1"),
            None,
            rollup([0, 1, 0, 0, 0], None),
        ),
        node(
            "TP1.O1.P1",
            "Preparation of world radiocommunication conferences",
            Output,
            Some("TP1.O1"),
            Some("BR"),
            rollup([0; 5], None),
        ),
        node(
            "TP2",
            "International standards",
            ThematicPriority,
            None,
            None,
            rollup([0, 0, 0, 0, 1], None),
        ),
        node(
            "TP2.O1",
            "Timely, consensus-based standards",
            Outcome,
            Some("TP2"),
            None,
            rollup([0, 0, 0, 0, 1], None),
        ),
        node(
            "TP2.O1.P1",
            "ITU-T Recommendations",
            Output,
            Some("TP2.O1"),
            Some("TSB"),
            rollup([0, 0, 0, 0, 1], None),
        ),
        node(
            "TP3",
            "Inclusive digital development",
            ThematicPriority,
            None,
            None,
            rollup([0, 0, 0, 1, 0], Some(dec!(0.4))),
        ),
        node(
            "TP3.O1",
            "Digital transformation with measurable results",
            Outcome,
            Some("TP3"),
            None,
            rollup([0, 0, 0, 1, 0], Some(dec!(0.4))),
        ),
        node(
            "TP3.O1.P1",
            "Capacity building and project support",
            Output,
            Some("TP3.O1"),
            Some("BDT"),
            rollup([0; 5], None),
        ),
        node(
            "E1",
            "Governance, oversight and management",
            Enabler,
            None,
            Some("GS"),
            rollup([0, 1, 0, 0, 0], Some(dec!(1))),
        ),
    ]
}

fn pts(points: &[(i32, Decimal, Quality)]) -> Vec<SeriesPoint> {
    points
        .iter()
        .map(|(year, value, quality)| SeriesPoint {
            year: *year,
            value: *value,
            quality: *quality,
        })
        .collect()
}

fn ms(points: &[(i32, Decimal)]) -> Vec<Milestone> {
    points
        .iter()
        .map(|(year, value)| Milestone {
            year: *year,
            value: *value,
        })
        .collect()
}

fn dis(dimension: &str, values: &[(&str, &str, Decimal)]) -> Vec<DisaggregatedValue> {
    values
        .iter()
        .map(|(code, name, value)| DisaggregatedValue {
            dimension: dimension.into(),
            value_code: (*code).into(),
            value_name: (*name).into(),
            value: *value,
        })
        .collect()
}

/// An indicator with no figures yet, to be filled in field by field.
fn blank(code: &str, name: &str, node: &str, unit: IndicatorUnit, direction: Direction) -> IndicatorInput {
    IndicatorInput {
        code: code.into(),
        name: name.into(),
        node_code: node.into(),
        unit,
        direction,
        aggregation: Aggregation::Latest,
        baseline: None,
        baseline_year: None,
        target: None,
        target_year: None,
        milestones: Vec::new(),
        expected: None,
        actual: None,
        actual_year: None,
        stale: false,
        progress: None,
        status: Status::NoData,
        reason: None,
        quality: None,
        provenance: ILLUSTRATIVE.into(),
        is_key: false,
        owner_unit: "BDT".into(),
        series: Vec::new(),
        disaggregations: Vec::new(),
    }
}

fn indicators() -> Vec<IndicatorInput> {
    use Direction::*;
    use IndicatorUnit::*;
    use Quality::*;
    let mut i1 = blank("T1.1-K1", "Individuals using the Internet", "T1.1", Percent, Increase);
    (i1.baseline, i1.baseline_year, i1.target, i1.target_year) =
        (Some(dec!(67)), Some(2026), Some(dec!(75)), Some(2031));
    i1.milestones = ms(&[(2028, dec!(69)), (2029, dec!(71)), (2030, dec!(73))]);
    (i1.expected, i1.actual, i1.actual_year, i1.progress) =
        (Some(dec!(69)), Some(dec!(68.8)), Some(2028), Some(dec!(0.9)));
    (i1.status, i1.quality, i1.is_key) = (Status::AtRisk, Some(Provisional), true);
    i1.series = pts(&[
        (2026, dec!(67), Final),
        (2027, dec!(68), Final),
        (2028, dec!(68.8), Provisional),
    ]);
    i1.disaggregations = dis("sex", &[("female", "Female", dec!(66.1)), ("male", "Male", dec!(71.4))]);
    i1.disaggregations.extend(dis(
        "region",
        &[
            ("AFR", "Africa", dec!(38.0)),
            ("AMS", "Americas", dec!(81.5)),
            ("ARB", "Arab States", dec!(70.2)),
            ("ASP", "Asia and the Pacific", dec!(66.9)),
            ("CIS", "CIS", dec!(86.7)),
            ("EUR", "Europe", dec!(91.3)),
        ],
    ));

    let mut i2 = blank(
        "T1.2-K1",
        "Countries where entry-level mobile broadband costs under 2% of GNI per capita",
        "T1.2",
        Count,
        Increase,
    );
    (i2.baseline, i2.baseline_year, i2.target, i2.target_year) =
        (Some(dec!(105)), Some(2026), Some(dec!(140)), Some(2031));
    i2.milestones = ms(&[(2028, dec!(115))]);
    (i2.expected, i2.actual, i2.actual_year, i2.progress) =
        (Some(dec!(115)), Some(dec!(117)), Some(2028), Some(dec!(1.2)));
    (i2.status, i2.quality, i2.is_key, i2.provenance) = (Status::OnTrack, Some(Final), true, "verified".into());
    i2.series = pts(&[
        (2026, dec!(105), Final),
        (2027, dec!(109), Final),
        (2028, dec!(117), Final),
    ]);

    let mut i3 = blank(
        "T1.2-K2",
        "Median price of entry-level fixed broadband, % of GNI per capita",
        "T1.2",
        Percent,
        Decrease,
    );
    (i3.baseline, i3.baseline_year, i3.target, i3.target_year) =
        (Some(dec!(2.9)), Some(2026), Some(dec!(2.0)), Some(2031));
    i3.milestones = ms(&[(2028, dec!(2.6))]);
    (i3.expected, i3.actual, i3.actual_year, i3.progress) =
        (Some(dec!(2.6)), Some(dec!(2.8)), Some(2027), Some(dec!(0.3333333333)));
    (i3.status, i3.quality, i3.stale) = (Status::OffTrack, Some(Final), true);
    i3.series = pts(&[(2026, dec!(2.9), Final), (2027, dec!(2.8), Final)]);

    let mut i4 = blank("T2.1-K1", "Adults with basic digital skills", "T2.1", Percent, Increase);
    (i4.baseline, i4.baseline_year, i4.target, i4.target_year) =
        (Some(dec!(45)), Some(2026), Some(dec!(60)), Some(2031));
    (i4.expected, i4.actual, i4.actual_year, i4.progress) =
        (Some(dec!(51)), Some(dec!(61)), Some(2028), Some(dec!(2.6666666667)));
    (i4.status, i4.quality, i4.is_key) = (Status::Achieved, Some(Estimated), true);
    i4.series = pts(&[(2026, dec!(45), Final), (2028, dec!(61), Estimated)]);
    i4.disaggregations = dis("sex", &[("female", "Female", dec!(58.2)), ("male", "Male", dec!(63.9))]);

    let mut i5 = blank(
        "TP1.O1-1",
        "Satellite filings processed within regulatory time limits",
        "TP1.O1",
        Percent,
        Maintain,
    );
    (i5.baseline, i5.baseline_year, i5.target, i5.target_year) =
        (Some(dec!(100)), Some(2026), Some(dec!(100)), Some(2031));
    (i5.expected, i5.actual, i5.actual_year) = (Some(dec!(100)), Some(dec!(97)), Some(2028));
    (i5.status, i5.quality, i5.owner_unit) = (Status::OnTrack, Some(Final), "BR".into());
    i5.series = pts(&[(2027, dec!(99), Final), (2028, dec!(97), Final)]);

    let mut i6 = blank(
        "TP2.O1.P1-1",
        "ITU-T Recommendations approved in the year",
        "TP2.O1.P1",
        Count,
        Increase,
    );
    (i6.aggregation, i6.owner_unit) = (Aggregation::Sum, "TSB".into());
    (i6.baseline, i6.baseline_year, i6.target, i6.target_year) =
        (Some(dec!(280)), Some(2026), Some(dec!(320)), Some(2031));
    i6.expected = Some(dec!(296));
    i6.reason = Some("No approved value for 2028; the latest (2026) is older than 1 year.".into());
    i6.series = pts(&[(2026, dec!(280), Final)]);

    let mut i7 = blank(
        "TP3.O1-K1",
        "Digital transformation projects with measurable results",
        "TP3.O1",
        Count,
        Increase,
    );
    (i7.baseline, i7.baseline_year, i7.target, i7.target_year) =
        (Some(dec!(20)), Some(2027), Some(dec!(60)), Some(2031));
    i7.milestones = ms(&[(2028, dec!(30)), (2029, dec!(40)), (2030, dec!(50))]);
    (i7.expected, i7.actual, i7.actual_year, i7.progress) =
        (Some(dec!(30)), Some(dec!(24)), Some(2028), Some(dec!(0.4)));
    (i7.status, i7.quality, i7.is_key) = (Status::OffTrack, Some(Final), true);
    i7.series = pts(&[(2027, dec!(20), Final), (2028, dec!(24), Final)]);

    let mut i8 = blank(
        "E1-1",
        "Internal audit recommendations implemented within the deadline",
        "E1",
        Percent,
        Increase,
    );
    (i8.baseline, i8.baseline_year, i8.target, i8.target_year) =
        (Some(dec!(70)), Some(2026), Some(dec!(90)), Some(2031));
    (i8.expected, i8.actual, i8.actual_year, i8.progress) =
        (Some(dec!(78)), Some(dec!(80)), Some(2028), Some(dec!(1.25)));
    (i8.status, i8.quality, i8.owner_unit) = (Status::OnTrack, Some(Final), "GS".into());
    i8.series = pts(&[
        (2026, dec!(70), Final),
        (2027, dec!(74), Final),
        (2028, dec!(80), Final),
    ]);

    vec![i1, i2, i3, i4, i5, i6, i7, i8]
}
