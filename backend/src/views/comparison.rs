//! Two years of a plan side by side as the API shows them: codes, not ids; figures to 4 decimals.

use crate::models::comparison::{IndicatorComparison, NodeComparison, YearOnYear};
use crate::status::{Assessment, RollUp, StatusMove, serialize_shown};
use rust_decimal::Decimal;
use serde::Serialize;

/// One indicator in years A and B.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct IndicatorComparisonView {
    /// Indicator code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Code of its result node.
    pub node: String,
    /// Code of its owning org unit.
    pub owner_unit: String,
    /// Its figures and status in year A.
    pub a: Assessment,
    /// Its figures and status in year B.
    pub b: Assessment,
    /// Actual of B minus actual of A, shown to 4 dp; `null` when either is missing or the unit was
    /// revised between the years.
    #[serde(serialize_with = "serialize_shown")]
    pub change: Option<Decimal>,
    /// How its status moved from A to B, on the order off track < at risk < on track < achieved
    /// (`no_data` is no rating: newly_rated, no_longer_rated).
    pub status_move: StatusMove,
}

/// One result node's roll-up in years A and B.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NodeComparisonView {
    /// Node code.
    pub code: String,
    /// Level.
    pub level: String,
    /// Name.
    pub name: String,
    /// Its roll-up in year A.
    pub a: RollUp,
    /// Its roll-up in year B.
    pub b: RollUp,
    /// Mean progress of B minus that of A, shown to 4 dp; `null` unless both years have one.
    #[serde(serialize_with = "serialize_shown")]
    pub progress_change: Option<Decimal>,
    /// How its mean progress moved from A to B.
    pub progress_move: StatusMove,
}

/// How many indicators moved one way.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MoveCount {
    /// The kind of move.
    pub status_move: StatusMove,
    /// Indicators that moved so (with every filter but `change`).
    pub count: u32,
}

/// A plan compared between two years.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ComparisonView {
    /// Plan code.
    pub plan: String,
    /// Year A.
    pub a: i32,
    /// Year B.
    pub b: i32,
    /// This page's indicators, by code.
    pub items: Vec<IndicatorComparisonView>,
    /// Indicators across all pages, with every filter.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
    /// How many indicators moved each way, with the goal, priority and unit filters.
    pub moves: Vec<MoveCount>,
    /// The result nodes in scope (the goal or priority and the nodes below it; else every node), in
    /// tree order.
    pub nodes: Vec<NodeComparisonView>,
}

impl IndicatorComparisonView {
    fn new(c: IndicatorComparison) -> Self {
        IndicatorComparisonView {
            code: c.indicator.code,
            name: c.indicator.name,
            node: c.node_code,
            owner_unit: c.owner_unit,
            a: c.a,
            b: c.b,
            change: c.moved.change,
            status_move: c.moved.status_move,
        }
    }
}

impl NodeComparisonView {
    fn new(c: NodeComparison) -> Self {
        NodeComparisonView {
            code: c.node.code,
            level: c.node.level,
            name: c.node.name,
            a: c.a,
            b: c.b,
            progress_change: c.moved.progress_change,
            progress_move: c.moved.progress_move,
        }
    }
}

impl ComparisonView {
    /// The answer for `y`.
    pub fn new(y: YearOnYear) -> Self {
        ComparisonView {
            plan: y.plan.code,
            a: y.a,
            b: y.b,
            items: y.items.into_iter().map(IndicatorComparisonView::new).collect(),
            total: y.total,
            page: y.page,
            per_page: y.per_page,
            moves: y
                .moves
                .into_iter()
                .map(|(status_move, count)| MoveCount { status_move, count })
                .collect(),
            nodes: y.nodes.into_iter().map(NodeComparisonView::new).collect(),
        }
    }
}
