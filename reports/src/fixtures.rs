//! A small hand-made report input (two goals, three thematic priorities, an enabler, eight
//! indicators covering every status) for tests, demos and the backend's own tests, plus a
//! deterministic synthetic generator for benchmarks.

mod assessment;
mod complete;
mod finance;
mod indicators;
mod synthetic;

pub use assessment::assessment;
pub use complete::complete;
pub use synthetic::synthetic;

use chrono::{TimeZone, Utc};
use rust_decimal::{Decimal, dec};

use crate::input::*;
use NodeLevel::{Enabler, Goal, Outcome, Output, Target, ThematicPriority};

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
            symbol: None,
            session: None,
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
        since_year: Some(2027),
        restatements: None,
        questions: Vec::new(),
        form: 0,
        mandates: Vec::new(),
        language: crate::input::Lang::En,
        framework_text: Default::default(),
        csv_headings_in_language: false,
    }
}

/// The sample as a run built now would carry it (the report's form [`FORM`]): narratives with evidence
/// links (one to show as text only, one with markup and a formula to escape), a target revised by a
/// Council decision, and the mandates its results serve.
pub fn stated() -> ReportInput {
    let mut input = sample();
    input.form = FORM;
    let narrative = |quarter, text: &str, url: &str| NarrativeInput {
        quarter,
        text: text.into(),
        evidence_url: url.into(),
    };
    for i in &mut input.indicators {
        match i.code.as_str() {
            "T1.1-K1" => {
                i.narratives = vec![narrative(
                    None,
                    "Household surveys <b>rose</b> in 14 countries & the estimate held.",
                    "https://www.itu.int/itu-d/reports/statistics/facts-figures-2028/?a=1&b=2",
                )]
            }
            "T1.2-K1" => {
                i.narratives = vec![
                    narrative(Some(1), "=HYPERLINK(\"http://x\")", "javascript:alert(1)"),
                    narrative(Some(2), "", "http://example.org/q2 report"),
                ];
                i.revisions = vec![RevisionInForce {
                    field: "target_value".into(),
                    as_adopted: Some("130".into()),
                    as_revised: Some("140".into()),
                    decided_on: chrono::NaiveDate::from_ymd_opt(2028, 6, 20).unwrap_or_default(),
                    deciding_body: "Council".into(),
                    reference: "Decision 612 (C-28)".into(),
                }];
            }
            _ => {}
        }
    }
    let mandate = |vocabulary, code: &str, title: &str, nodes: &[&str], indicators: &[&str]| MandateInput {
        vocabulary,
        code: code.into(),
        title: title.into(),
        nodes: nodes.iter().map(|c| (*c).into()).collect(),
        indicators: indicators.iter().map(|c| (*c).into()).collect(),
    };
    use MandateVocabulary::{Decision, Resolution, Sdg, Wsis};
    input.mandates = vec![
        mandate(
            Sdg,
            "9.c",
            "Universal and affordable Internet access",
            &["T1.1"],
            &["T1.2-K1"],
        ),
        mandate(Decision, "5", "Revenue and expenses for the Union", &["E1"], &[]),
        mandate(
            Resolution,
            "200",
            "Connect 2030 Agenda",
            &["T1.1", "T1.2"],
            &["T1.1-K1"],
        ),
        mandate(Resolution, "71", "Strategic plan for the Union", &["G2", "G1"], &[]),
        mandate(Sdg, "4.4", "Relevant skills, including ICT skills", &[], &["T2.1-K1"]),
        mandate(
            Wsis,
            "C2",
            "Information and communication infrastructure",
            &["TP1"],
            &[],
        ),
    ];
    input.framework_text = framework_text();
    input
}

/// Some of the framework's names in other languages, as the office might have entered them: goal G1 in
/// French, Arabic and Chinese, indicator T1.1-K1 in French and Arabic; every other name has none, so a
/// report in another language shows it in English, marked.
pub fn framework_text() -> crate::input::FrameworkText {
    use crate::input::{LocalText, Translations};
    let texts = |pairs: &[(&str, &str)]| -> Translations {
        pairs
            .iter()
            .map(|(lang, name)| {
                (
                    (*lang).to_owned(),
                    LocalText {
                        name: (*name).to_owned(),
                        definition: String::new(),
                    },
                )
            })
            .collect()
    };
    let mut text = crate::input::FrameworkText::default();
    text.nodes.insert(
        "G1".into(),
        texts(&[
            ("ar", "الاتصال الشامل"),
            ("fr", "Connectivité universelle"),
            ("zh", "普遍连通"),
        ]),
    );
    text.indicators.insert(
        "T1.1-K1".into(),
        texts(&[
            ("ar", "نسبة الأفراد الذين يستخدمون الإنترنت"),
            ("fr", "Proportion de personnes utilisant l’internet"),
        ]),
    );
    text
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

/// One result of the sample: code, name, level, parent and owner unit (empty for none), indicators
/// per status (achieved, on track, at risk, off track, no data) and mean progress.
type NodeRow = (
    &'static str,
    &'static str,
    NodeLevel,
    &'static str,
    &'static str,
    [u32; 5],
    Option<Decimal>,
);

/// The sample's results, each after its parent.
// One row a line: formatted, each row would spread over nine lines and the table would not read as one.
#[rustfmt::skip]
const NODES: [NodeRow; 15] = [
    ("G1", "Universal connectivity", Goal, "", "", [0, 1, 1, 1, 0], Some(dec!(0.7444))),
    ("T1.1", "70% of the world's population online", Target, "G1", "", [0, 0, 1, 0, 0], Some(dec!(0.9))),
    ("T1.2", "Affordable entry-level broadband", Target, "G1", "", [0, 1, 0, 1, 0], Some(dec!(0.6667))),
    ("G2", "Sustainable digital transformation", Goal, "", "", [1, 0, 0, 1, 0], Some(dec!(0.7))),
    ("T2.1", "Digital skills for all", Target, "G2", "", [1, 0, 0, 0, 0], Some(dec!(1))),
    ("TP1", "Spectrum and satellite orbits", ThematicPriority, "", "", [0, 1, 0, 0, 0], None),
    ("TP1.O1", "Efficient, interference-free use of spectrum", Outcome, "TP1", "", [0, 1, 0, 0, 0], None),
    ("TP1.O1.P1", "Preparation of world radiocommunication conferences", Output, "TP1.O1", "BR", [0; 5], None),
    ("TP2", "International standards", ThematicPriority, "", "", [0, 0, 0, 0, 1], None),
    ("TP2.O1", "Timely, consensus-based standards", Outcome, "TP2", "", [0, 0, 0, 0, 1], None),
    ("TP2.O1.P1", "ITU-T Recommendations", Output, "TP2.O1", "TSB", [0, 0, 0, 0, 1], None),
    ("TP3", "Inclusive digital development", ThematicPriority, "", "", [0, 0, 0, 1, 0], Some(dec!(0.4))),
    ("TP3.O1", "Digital transformation with measurable results", Outcome, "TP3", "", [0, 0, 0, 1, 0], Some(dec!(0.4))),
    ("TP3.O1.P1", "Capacity building and project support", Output, "TP3.O1", "BDT", [0; 5], None),
    ("E1", "Governance, oversight and management", Enabler, "", "GS", [0, 1, 0, 0, 0], Some(dec!(1))),
];

/// The sample's results as report input.
fn nodes() -> Vec<NodeInput> {
    NODES
        .iter()
        .map(|(code, name, level, parent, owner, counts, mean)| {
            let some = |s: &&'static str| Some(*s).filter(|s| !s.is_empty());
            node(code, name, *level, some(parent), some(owner), rollup(*counts, *mean))
        })
        .collect()
}
