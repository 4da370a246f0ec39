//! The results framework as the report receives it: nodes in tree order with their roll-ups, and
//! indicators with the assessment the status rule gave them, their series and breakdowns.

use crate::entities::{framework_revisions, indicators, result_nodes};
use crate::models::evaluation::Evaluation;
use crate::models::indicators::ReferenceSheet;
use crate::models::words;
use crate::status::{self, Assessment, Projection, RollUp, Thresholds};
use rust_decimal::Decimal;
use sea_orm::DbErr;
use std::collections::HashMap;
use stratrack_reports::input::{
    DisaggregatedValue, IndicatorInput, LastYear, Message, Milestone, NodeInput, NodeLevel, Predecessor,
    ProjectionInput, Quality, RevisionInForce, Rollup, SeriesPoint, UnitRule,
};

/// The level of a stored node; an unknown one is an error ([`words::stored`]).
pub fn level(n: &result_nodes::Model) -> Result<NodeLevel, DbErr> {
    words::stored(&n.level, || format!("node {}", n.code))
}

/// The stored aggregation rule and unit, as the status rule reads them.
pub fn rule(ind: &indicators::Model) -> Result<super::values::Rule, DbErr> {
    Ok((
        words::stored(&ind.aggregation, || format!("indicator {}", ind.code))?,
        crate::models::evaluation::unit(ind)?,
    ))
}

/// The aggregation rules each unit allows ([`status::Unit::aggregations`]), for the annex.
pub fn unit_rules() -> Vec<UnitRule> {
    status::Unit::ALL
        .into_iter()
        .map(|u| UnitRule {
            unit: u,
            aggregations: u.aggregations().to_vec(),
            why: u.why_aggregations().to_owned(),
        })
        .collect()
}

/// A roll-up of the status rule as the report receives it.
pub fn rollup(r: &RollUp) -> Rollup {
    Rollup {
        achieved: r.achieved,
        on_track: r.on_track,
        at_risk: r.at_risk,
        off_track: r.off_track,
        no_data: r.no_data,
        rated: r.rated,
        mean_progress: r.mean_progress,
    }
}

/// Nodes depth first (parents before children), roots and siblings in display order (sort order, code:
/// the evaluation's order), so the node table reads like the framework.
pub fn tree_order(nodes: &[result_nodes::Model]) -> Vec<&result_nodes::Model> {
    // Goals first, then thematic priorities, then enablers, as the report reads.
    crate::models::tree::depth_first(nodes, |n| crate::models::tree::root_rank(&n.level))
}

/// Every node of the evaluation in tree order, with its roll-up.
pub fn nodes(ev: &Evaluation, units: &HashMap<i32, String>) -> Result<Vec<NodeInput>, DbErr> {
    let codes: HashMap<i32, &str> = ev.nodes.iter().map(|n| (n.id, n.code.as_str())).collect();
    tree_order(&ev.nodes)
        .into_iter()
        .map(|n| {
            Ok(NodeInput {
                code: n.code.clone(),
                name: n.name.clone(),
                level: level(n)?,
                parent_code: n.parent_id.and_then(|p| codes.get(&p)).map(|c| (*c).to_owned()),
                owner_unit: n.owner_unit_id.and_then(|u| units.get(&u)).cloned(),
                provenance: n.provenance.clone(),
                rollup: ev.rollups.get(&n.id).map(rollup).unwrap_or_default(),
            })
        })
        .collect()
}

/// What one indicator's row needs besides the indicator itself.
pub struct Parts<'a> {
    /// The assessment the status rule gave it.
    pub assessment: &'a Assessment,
    /// Its milestones.
    pub milestones: &'a [(i32, Decimal)],
    /// Code of its node.
    pub node_code: String,
    /// Code of its owner unit.
    pub owner_unit: String,
    /// Its own approved headline values by year.
    pub series: Vec<SeriesPoint>,
    /// Its predecessor in the previous plan cycle with that indicator's values ([`super::cycles::series`]).
    pub predecessor: Option<Predecessor>,
    /// Approved breakdowns of the year.
    pub disaggregations: Vec<DisaggregatedValue>,
    /// Its framework revisions in force for the year, oldest decision first.
    pub revisions: &'a [framework_revisions::Model],
    /// The plan's thresholds, to project it to its target year ([`projection`]); `None` leaves the
    /// projection out (the dashboard's charts show none).
    pub thresholds: Option<&'a Thresholds>,
    /// Its figures of the year before and how they changed since ([`last_year`]).
    pub last_year: Option<LastYear>,
}

/// The projection of `ind` (as in force for the year, with its `milestones`) from `item`'s one series
/// ([`IndicatorInput::line`]: its own approved annual values up to the year, and a carried-over
/// predecessor's, which continue the same series), by the one rule [`status::project`].
pub fn projection(
    ind: &indicators::Model,
    milestones: &[(i32, Decimal)],
    item: &IndicatorInput,
    thresholds: &Thresholds,
) -> Result<Projection, DbErr> {
    projection_of(ind, milestones, &item.line(), thresholds)
}

/// The projection of `ind` (with its `milestones`) from its one series `line`
/// ([`stratrack_reports::input::line`]), by the one rule [`status::project`].
pub fn projection_of(
    ind: &indicators::Model,
    milestones: &[(i32, Decimal)],
    line: &[SeriesPoint],
    thresholds: &Thresholds,
) -> Result<Projection, DbErr> {
    let spec = crate::models::evaluation::spec(ind, milestones)?;
    let values: Vec<(i32, Decimal)> = line.iter().map(|p| (p.year, p.value)).collect();
    Ok(status::project(&spec, &values, thresholds))
}

/// The projection as the report receives it.
pub fn projection_input(p: &Projection) -> ProjectionInput {
    ProjectionInput {
        outlook: p.outlook,
        value_at_target_year: p.value_at_target_year,
        last_year: p.last_year,
        value_at_last_year: p.value_at_last_year,
        points_used: p.points_used,
    }
}

/// Every indicator's figures in the year of `before` and how they changed to the year of `now`, by the
/// comparison rule ([`crate::models::comparison::rule::compare`]), per indicator id.
pub fn last_year(before: &Evaluation, now: &Evaluation) -> HashMap<i32, LastYear> {
    crate::models::comparison::rule::compare(before, now)
        .indicators
        .into_iter()
        .filter_map(|l| {
            let was = before.assessments.get(&l.id)?;
            Some((
                l.id,
                LastYear {
                    actual: was.actual,
                    actual_year: was.actual_year,
                    status: was.status,
                    change: l.moved.change,
                    status_move: l.moved.status_move,
                },
            ))
        })
        .collect()
}

/// One indicator as the report receives it; every figure of the status comes from the assessment.
pub fn indicator(ind: &indicators::Model, p: Parts<'_>) -> Result<IndicatorInput, DbErr> {
    let a = p.assessment;
    let quality = a
        .actual_year
        .and_then(|y| p.series.iter().find(|s| s.year == y))
        .map(|s| s.quality)
        .or(a.actual.map(|_| Quality::Final));
    let (aggregation, unit) = rule(ind)?;
    let mut item = IndicatorInput {
        code: ind.code.clone(),
        name: ind.name.clone(),
        node_code: p.node_code,
        unit,
        direction: words::stored(&ind.direction, || format!("indicator {}", ind.code))?,
        aggregation,
        baseline: ind.baseline_value.map(|v| v.to_decimal()),
        baseline_year: ind.baseline_year,
        target: ind.target_value.map(|v| v.to_decimal()),
        target_year: ind.target_year,
        milestones: p
            .milestones
            .iter()
            .map(|(year, value)| Milestone {
                year: *year,
                value: *value,
            })
            .collect(),
        expected: a.expected,
        actual: a.actual,
        actual_year: a.actual_year,
        stale: a.stale,
        progress: a.progress,
        status: a.status,
        reason: a.reason.clone(),
        // The same reasons as messages, so the report says them in its language (form 7).
        reasons: a
            .why
            .iter()
            .map(|w| Message::new(w.key(), w.numbers().map(|(k, v)| (k.to_owned(), v))))
            .collect(),
        quality,
        provenance: ind.provenance.clone(),
        is_key: ind.is_key,
        owner_unit: p.owner_unit,
        series: p.series,
        predecessor: p.predecessor,
        disaggregations: p.disaggregations,
        reference_sheet: Some(ReferenceSheet::of(ind)).filter(|s| !s.is_empty()).map(|s| {
            stratrack_reports::input::ReferenceSheet {
                rationale: s.rationale,
                method: s.method,
                disaggregation: s.disaggregation,
                limitations: s.limitations,
                quality_assurance: s.quality_assurance,
                target_rationale: s.target_rationale,
            }
        }),
        revisions: p
            .revisions
            .iter()
            .map(|r| RevisionInForce {
                field: r.field.clone(),
                as_adopted: r.value_as_adopted.clone(),
                as_revised: r.value_as_revised.clone(),
                decided_on: r.decided_on,
                deciding_body: r.deciding_body.clone(),
                reference: r.reference.clone(),
            })
            .collect(),
        projection: None,
        last_year: p.last_year,
        narratives: Vec::new(),
    };
    if let Some(th) = p.thresholds {
        item.projection = Some(projection_input(&projection(ind, p.milestones, &item, th)?));
    }
    Ok(item)
}

/// Indicators in framework order: by their node's place in the tree, then by code.
pub fn ordered(ev: &Evaluation) -> Vec<&indicators::Model> {
    let place: HashMap<i32, usize> = tree_order(&ev.nodes)
        .into_iter()
        .enumerate()
        .map(|(i, n)| (n.id, i))
        .collect();
    let mut out: Vec<&indicators::Model> = ev.indicators.iter().collect();
    out.sort_by(|a, b| {
        let pa = place.get(&a.node_id).copied().unwrap_or(usize::MAX);
        let pb = place.get(&b.node_id).copied().unwrap_or(usize::MAX);
        (pa, &a.code).cmp(&(pb, &b.code))
    });
    out
}
