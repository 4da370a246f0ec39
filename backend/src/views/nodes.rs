//! Result nodes, contribution links, mandates and roll-ups as the API shows them: codes, not ids.

use crate::status::RollUp;
use crate::views::tree::IndicatorStatusView;
use serde::Serialize;

pub use crate::models::nodes::{ContributionView, MandateView, NodeView};

/// A node as listed, with its roll-up.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NodeListItem {
    /// The node.
    #[serde(flatten)]
    pub node: NodeView,
    /// Roll-up for the `year` of the request (the plan's first year when none is given).
    pub rollup: RollUp,
    /// The name and description in the language the request asked for (`Accept-Language`), marked where
    /// it stands in English; absent when English was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localized: Option<crate::models::translations::LocalizedView>,
}

/// One node with its figures for a year and its links.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NodeDetail {
    /// The node.
    #[serde(flatten)]
    pub node: NodeView,
    /// Plan code.
    pub plan: String,
    /// The year evaluated.
    pub year: i32,
    /// Roll-up over the node, everything below it and everything contributing to it.
    pub rollup: RollUp,
    /// Indicators attached to this node, with their status for the year.
    pub indicators: Vec<IndicatorStatusView>,
    /// Codes of the child nodes, in tree order.
    pub children: Vec<String>,
    /// Nodes this node contributes to.
    pub contributes_to: Vec<ContributionView>,
    /// Nodes contributing to this node.
    pub contributions_from: Vec<ContributionView>,
    /// Instruments behind the node.
    pub mandates: Vec<MandateView>,
    /// The name and description in the language the request asked for (`Accept-Language`), marked where it stands
    /// in English; absent when English was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localized: Option<crate::models::translations::LocalizedView>,
}

/// One indicator counted in a roll-up, with its status.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CountedIndicator {
    /// Indicator code.
    pub code: String,
    /// Code of the node it is attached to.
    pub node: String,
    /// Its status for the year.
    pub status: crate::status::Status,
}

/// A node's roll-up for a year and the indicators it counts.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NodeRollupView {
    /// Plan code.
    pub plan: String,
    /// Node code.
    pub code: String,
    /// Node level.
    pub level: String,
    /// Node name.
    pub name: String,
    /// The year evaluated.
    pub year: i32,
    /// Counts per status and mean progress.
    pub rollup: RollUp,
    /// Every indicator counted (through the tree and contribution links, each once), by code.
    pub indicators: Vec<CountedIndicator>,
}

/// A top-level node's roll-up.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TopNodeStatus {
    /// Node code.
    pub code: String,
    /// goal, thematic_priority or enabler.
    pub level: String,
    /// Node name.
    pub name: String,
    /// Counts per status and mean progress.
    pub rollup: RollUp,
}

/// Status counts of a plan for a year.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PlanStatusView {
    /// Plan code.
    pub plan: String,
    /// The year evaluated.
    pub year: i32,
    /// Every indicator of the plan, each once.
    pub overall: RollUp,
    /// Each goal, thematic priority and enabler at the top of the tree, in tree order.
    pub nodes: Vec<TopNodeStatus>,
}

impl NodeDetail {
    /// The detail answer of `d`: the node, its roll-up, its indicators with their statuses, its
    /// children in tree order and its links.
    pub fn new(d: crate::models::nodes::Detail) -> Self {
        let ev = &d.evaluation;
        NodeDetail {
            node: d.node,
            plan: ev.plan.code.clone(),
            year: d.year,
            rollup: ev.rollups.get(&d.node_id).cloned().unwrap_or_default(),
            indicators: ev
                .indicators
                .iter()
                .filter(|i| i.node_id == d.node_id)
                .map(|i| IndicatorStatusView::new(i, &ev.assessments[&i.id]))
                .collect(),
            children: ev
                .nodes
                .iter()
                .filter(|n| n.parent_id == Some(d.node_id))
                .map(|n| n.code.clone())
                .collect(),
            contributes_to: d.contributes_to,
            contributions_from: d.contributions_from,
            mandates: d.mandates,
            localized: None,
        }
    }
}

impl NodeRollupView {
    /// The roll-up answer of `r`: the node's counts and every indicator it counts, by code.
    pub fn new(r: &crate::models::nodes::Rollup) -> Self {
        let ev = &r.evaluation;
        let indicators = ev
            .indicators
            .iter()
            .filter(|i| r.counted.contains(&i.id))
            .map(|i| CountedIndicator {
                code: i.code.clone(),
                node: ev.node(i.node_id).map(|n| n.code.clone()).unwrap_or_default(),
                status: ev.assessments[&i.id].status,
            })
            .collect();
        NodeRollupView {
            plan: ev.plan.code.clone(),
            code: r.node.code.clone(),
            level: r.node.level.clone(),
            name: r.node.name.clone(),
            year: r.year,
            rollup: ev.rollups.get(&r.node.id).cloned().unwrap_or_default(),
            indicators,
        }
    }
}
