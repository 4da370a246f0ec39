//! The results framework as the report receives it: nodes in tree order with their roll-ups, and
//! indicators with the assessment the status rule gave them, their series and breakdowns.

use crate::entities::{indicators, result_nodes};
use crate::models::evaluation::Evaluation;
use crate::status::{self, Assessment, RollUp};
use rust_decimal::Decimal;
use std::collections::HashMap;
use stratrack_reports::input::{
    Aggregation, Direction, DisaggregatedValue, IndicatorInput, IndicatorUnit, Milestone, NodeInput, NodeLevel,
    Predecessor, Quality, Rollup, SeriesPoint, Status, UnitRule,
};

/// The report's name for a stored node level.
pub fn level(text: &str) -> NodeLevel {
    match text {
        "goal" => NodeLevel::Goal,
        "target" => NodeLevel::Target,
        "thematic_priority" => NodeLevel::ThematicPriority,
        "outcome" => NodeLevel::Outcome,
        "enabler" => NodeLevel::Enabler,
        _ => NodeLevel::Output,
    }
}

/// The report's copy of a status the rule decided.
pub fn status(s: status::Status) -> Status {
    match s {
        status::Status::Achieved => Status::Achieved,
        status::Status::OnTrack => Status::OnTrack,
        status::Status::AtRisk => Status::AtRisk,
        status::Status::OffTrack => Status::OffTrack,
        status::Status::NoData => Status::NoData,
    }
}

/// The report's copy of a unit.
pub fn unit(u: status::Unit) -> IndicatorUnit {
    match u {
        status::Unit::Percent => IndicatorUnit::Percent,
        status::Unit::Count => IndicatorUnit::Count,
        status::Unit::Chf => IndicatorUnit::Chf,
        status::Unit::Ratio => IndicatorUnit::Ratio,
        status::Unit::YesNo => IndicatorUnit::YesNo,
        status::Unit::Index => IndicatorUnit::Index,
    }
}

fn direction(text: &str) -> Direction {
    match text {
        "decrease" => Direction::Decrease,
        "maintain" => Direction::Maintain,
        _ => Direction::Increase,
    }
}

/// The stored aggregation rule and unit, as the status rule reads them.
pub fn rule(ind: &indicators::Model) -> super::values::Rule {
    (
        status::Aggregation::parse(&ind.aggregation).unwrap_or(status::Aggregation::Latest),
        crate::models::evaluation::unit(ind),
    )
}

/// The aggregation rules each unit allows ([`status::Unit::aggregations`]), for the annex.
pub fn unit_rules() -> Vec<UnitRule> {
    status::Unit::ALL
        .into_iter()
        .map(|u| UnitRule {
            unit: unit(u),
            aggregations: u.aggregations().iter().map(|a| aggregation(*a)).collect(),
            why: u.why_aggregations().to_owned(),
        })
        .collect()
}

/// The report's copy of an aggregation rule.
fn aggregation(a: status::Aggregation) -> Aggregation {
    match a {
        status::Aggregation::Latest => Aggregation::Latest,
        status::Aggregation::Sum => Aggregation::Sum,
        status::Aggregation::Mean => Aggregation::Mean,
        status::Aggregation::Ratio => Aggregation::Ratio,
    }
}

fn rollup(r: &RollUp) -> Rollup {
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
    let ids: std::collections::HashSet<i32> = nodes.iter().map(|n| n.id).collect();
    let mut children: HashMap<i32, Vec<&result_nodes::Model>> = HashMap::new();
    let mut roots = Vec::new();
    for n in nodes {
        match n.parent_id.filter(|p| ids.contains(p) && *p != n.id) {
            Some(p) => children.entry(p).or_default().push(n),
            None => roots.push(n),
        }
    }
    let mut out = Vec::with_capacity(nodes.len());
    let mut seen = std::collections::HashSet::new();
    // Goals first, then thematic priorities, then enablers, as the report reads.
    roots.sort_by_key(|n| match n.level.as_str() {
        "goal" | "target" => 0,
        "enabler" => 2,
        _ => 1,
    });
    let mut stack: Vec<&result_nodes::Model> = roots.into_iter().rev().collect();
    while let Some(n) = stack.pop() {
        if !seen.insert(n.id) {
            continue;
        }
        out.push(n);
        if let Some(c) = children.get(&n.id) {
            stack.extend(c.iter().rev());
        }
    }
    // A node caught in a parent cycle is unreachable from a root: keep it, at the end.
    out.extend(nodes.iter().filter(|n| !seen.contains(&n.id)));
    out
}

/// Every node of the evaluation in tree order, with its roll-up.
pub fn nodes(ev: &Evaluation, units: &HashMap<i32, String>) -> Vec<NodeInput> {
    let codes: HashMap<i32, &str> = ev.nodes.iter().map(|n| (n.id, n.code.as_str())).collect();
    tree_order(&ev.nodes)
        .into_iter()
        .map(|n| NodeInput {
            code: n.code.clone(),
            name: n.name.clone(),
            level: level(&n.level),
            parent_code: n.parent_id.and_then(|p| codes.get(&p)).map(|c| (*c).to_owned()),
            owner_unit: n.owner_unit_id.and_then(|u| units.get(&u)).cloned(),
            provenance: n.provenance.clone(),
            rollup: ev.rollups.get(&n.id).map(rollup).unwrap_or_default(),
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
}

/// One indicator as the report receives it; every figure of the status comes from the assessment.
pub fn indicator(ind: &indicators::Model, p: Parts<'_>) -> IndicatorInput {
    let a = p.assessment;
    let quality = a
        .actual_year
        .and_then(|y| p.series.iter().find(|s| s.year == y))
        .map(|s| s.quality)
        .or(a.actual.map(|_| Quality::Final));
    IndicatorInput {
        code: ind.code.clone(),
        name: ind.name.clone(),
        node_code: p.node_code,
        unit: unit(crate::models::evaluation::unit(ind)),
        direction: direction(&ind.direction),
        aggregation: aggregation(rule(ind).0),
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
        status: status(a.status),
        reason: a.reason.clone(),
        quality,
        provenance: ind.provenance.clone(),
        is_key: ind.is_key,
        owner_unit: p.owner_unit,
        series: p.series,
        predecessor: p.predecessor,
        disaggregations: p.disaggregations,
    }
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
