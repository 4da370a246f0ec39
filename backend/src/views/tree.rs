//! The framework tree with statuses, as JSON.

use crate::entities::indicators;
use crate::models::evaluation::Evaluation;
use crate::status::{Assessment, RollUp};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::HashMap;

pub use crate::models::plans::PlanView;

/// The plans.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PlanList {
    /// Every plan, newest first.
    pub items: Vec<PlanView>,
    /// Number of plans.
    pub total: usize,
}

/// One indicator with its figures for the year.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct IndicatorStatusView {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: String,
    /// Direction.
    pub direction: String,
    /// Aggregation rule.
    pub aggregation: String,
    /// Baseline value.
    pub baseline: Option<Decimal>,
    /// Baseline year.
    pub baseline_year: Option<i32>,
    /// End target.
    pub target: Option<Decimal>,
    /// Target year.
    pub target_year: Option<i32>,
    /// The assessment by the status rule.
    #[serde(flatten)]
    pub assessment: Assessment,
    /// verified or illustrative.
    pub provenance: String,
}

impl IndicatorStatusView {
    /// Builds the view of `i` with its assessment.
    pub fn new(i: &indicators::Model, a: &Assessment) -> Self {
        IndicatorStatusView {
            code: i.code.clone(),
            name: i.name.clone(),
            unit: i.unit.clone(),
            direction: i.direction.clone(),
            aggregation: i.aggregation.clone(),
            baseline: i.baseline_value.map(|v| v.to_decimal()),
            baseline_year: i.baseline_year,
            target: i.target_value.map(|v| v.to_decimal()),
            target_year: i.target_year,
            assessment: a.clone(),
            provenance: i.provenance.clone(),
        }
    }
}

/// One node with its roll-up, indicators and children.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(as = TreeNodeView)]
pub struct NodeView {
    /// Code.
    pub code: String,
    /// Level.
    pub level: String,
    /// Name.
    pub name: String,
    /// verified or illustrative.
    pub provenance: String,
    /// Roll-up over the node and everything below and contributing to it.
    pub rollup: RollUp,
    /// Indicators attached to this node.
    pub indicators: Vec<IndicatorStatusView>,
    /// Child nodes.
    #[schema(no_recursion)]
    pub children: Vec<NodeView>,
}

/// The whole tree.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TreeView {
    /// The plan.
    pub plan: PlanView,
    /// The year evaluated.
    pub year: i32,
    /// Top-level nodes (goals, thematic priorities, enablers).
    pub nodes: Vec<NodeView>,
}

impl TreeView {
    /// Builds the nested tree from an evaluation.
    pub fn build(ev: &Evaluation) -> Self {
        let mut inds_by_node: HashMap<i32, Vec<&indicators::Model>> = HashMap::new();
        for i in &ev.indicators {
            inds_by_node.entry(i.node_id).or_default().push(i);
        }
        let mut kids: HashMap<Option<i32>, Vec<&crate::entities::result_nodes::Model>> = HashMap::new();
        for n in &ev.nodes {
            kids.entry(n.parent_id).or_default().push(n);
        }
        fn build_level(
            parent: Option<i32>,
            ev: &Evaluation,
            kids: &HashMap<Option<i32>, Vec<&crate::entities::result_nodes::Model>>,
            inds: &HashMap<i32, Vec<&indicators::Model>>,
        ) -> Vec<NodeView> {
            kids.get(&parent)
                .map(|ns| {
                    ns.iter()
                        .map(|n| NodeView {
                            code: n.code.clone(),
                            level: n.level.clone(),
                            name: n.name.clone(),
                            provenance: n.provenance.clone(),
                            rollup: ev.rollups.get(&n.id).cloned().unwrap_or_default(),
                            indicators: inds
                                .get(&n.id)
                                .map(|v| {
                                    v.iter()
                                        .map(|i| IndicatorStatusView::new(i, &ev.assessments[&i.id]))
                                        .collect()
                                })
                                .unwrap_or_default(),
                            children: build_level(Some(n.id), ev, kids, inds),
                        })
                        .collect()
                })
                .unwrap_or_default()
        }
        TreeView {
            plan: PlanView::from(&ev.plan),
            year: ev.year,
            nodes: build_level(None, ev, &kids, &inds_by_node),
        }
    }
}
