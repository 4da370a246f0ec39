//! A small hand-made report input (two goals, three thematic priorities, an enabler, eight
//! indicators covering every status) for tests, demos and the backend's own tests, plus a
//! deterministic synthetic generator for benchmarks.

mod finance;
mod indicators;
mod synthetic;

pub use synthetic::synthetic;

use chrono::{TimeZone, Utc};
use rust_decimal::{Decimal, dec};

use crate::input::*;

impl ReportInput {
    /// The hand-made sample input (see [`sample`]).
    pub fn sample() -> Self {
        sample()
    }
}

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
        indicators: indicators::indicators(),
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
        unit_rules: unit_rules(),
    }
}

/// The aggregation rules per unit, as the backend states them.
fn unit_rules() -> Vec<UnitRule> {
    use Aggregation::{Latest, Mean, Ratio, Sum};
    let shares = "shares do not add up; the ratio rule combines quarters by summing their numerators and denominators";
    let amounts = "amounts have no numerator and denominator to sum";
    [
        (IndicatorUnit::Percent, vec![Latest, Mean, Ratio], shares),
        (IndicatorUnit::Count, vec![Latest, Sum, Mean], amounts),
        (IndicatorUnit::Chf, vec![Latest, Sum, Mean], amounts),
        (IndicatorUnit::Ratio, vec![Latest, Mean, Ratio], shares),
        (
            IndicatorUnit::YesNo,
            vec![Latest],
            "a yes/no answer is the latest one given",
        ),
        (
            IndicatorUnit::Index,
            vec![Latest, Mean],
            "index points neither add up nor have a numerator and denominator",
        ),
    ]
    .into_iter()
    .map(|(unit, aggregations, why)| UnitRule {
        unit,
        aggregations,
        why: why.into(),
    })
    .collect()
}

fn dq(code: &str, kind: DataQualityKind, detail: &str) -> DataQualityEntry {
    DataQualityEntry {
        indicator_code: code.into(),
        kind,
        detail: detail.into(),
    }
}

pub(crate) fn rollup(counts: [u32; 5], mean: Option<Decimal>) -> Rollup {
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

pub(crate) fn node(
    code: &str,
    name: &str,
    level: NodeLevel,
    parent: Option<&str>,
    owner: Option<&str>,
    r: Rollup,
) -> NodeInput {
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
