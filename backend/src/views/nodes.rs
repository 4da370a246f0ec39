//! Result nodes, contribution links, mandates and roll-ups as the API shows them: codes, not ids.

use crate::entities::{contribution_links, mandates, result_nodes};
use crate::status::RollUp;
use crate::views::tree::IndicatorStatusView;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::HashMap;

/// A result node.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NodeView {
    /// Stable code, e.g. `T1.2` or `TP-R1.O1`.
    pub code: String,
    /// goal, target, thematic_priority, outcome, output or enabler.
    pub level: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Code of the parent node; none at the top level.
    pub parent: Option<String>,
    /// Code of the owning org unit (always set for outputs).
    pub owner_unit: Option<String>,
    /// product or service, for outputs.
    pub output_kind: Option<String>,
    /// Position among its siblings.
    pub sort_order: i32,
    /// verified, verified-2nd, illustrative or entered.
    pub provenance: String,
    /// Concurrency version.
    pub version: i32,
}

impl NodeView {
    /// Builds the view of `n`, naming its parent and unit from the code maps.
    pub fn new(n: &result_nodes::Model, node_codes: &HashMap<i32, String>, unit_codes: &HashMap<i32, String>) -> Self {
        NodeView {
            code: n.code.clone(),
            level: n.level.clone(),
            name: n.name.clone(),
            description: n.description.clone(),
            parent: n.parent_id.and_then(|p| node_codes.get(&p).cloned()),
            owner_unit: n.owner_unit_id.and_then(|u| unit_codes.get(&u).cloned()),
            output_kind: n.output_kind.clone(),
            sort_order: n.sort_order,
            provenance: n.provenance.clone(),
            version: n.version,
        }
    }
}

/// A node as listed, with its roll-up.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NodeListItem {
    /// The node.
    #[serde(flatten)]
    pub node: NodeView,
    /// Roll-up for the `year` of the request (the plan's first year when none is given).
    pub rollup: RollUp,
}

/// A contribution link: `from` contributes to `to` with an optional weight.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ContributionView {
    /// Link id.
    pub id: i32,
    /// Code of the contributing node.
    pub from: String,
    /// Code of the node contributed to.
    pub to: String,
    /// Share of the contribution, 0..1.
    #[schema(value_type = Option<String>)]
    pub weight: Option<Decimal>,
    /// Provenance.
    pub provenance: String,
    /// Concurrency version.
    pub version: i32,
}

impl ContributionView {
    /// Builds the view of `l` with node codes.
    pub fn new(l: &contribution_links::Model, node_codes: &HashMap<i32, String>) -> Self {
        let code = |id: i32| node_codes.get(&id).cloned().unwrap_or_default();
        ContributionView {
            id: l.id,
            from: code(l.from_node_id),
            to: code(l.to_node_id),
            weight: l.weight.map(|w| w.to_decimal()),
            provenance: l.provenance.clone(),
            version: l.version,
        }
    }
}

/// An instrument behind a node or indicator.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MandateView {
    /// resolution, decision, sdg or wsis.
    pub vocabulary: String,
    /// Code within the vocabulary, e.g. `71`, `9.c`, `C2`.
    pub code: String,
    /// Title.
    pub title: String,
    /// Source URL(s).
    pub source: String,
}

impl From<&mandates::Model> for MandateView {
    fn from(m: &mandates::Model) -> Self {
        MandateView {
            vocabulary: m.vocabulary.clone(),
            code: m.code.clone(),
            title: m.title.clone(),
            source: m.source.clone(),
        }
    }
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
