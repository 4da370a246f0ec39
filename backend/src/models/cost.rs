//! Cost per result node, derived from budget allocations (DESIGN: "cost per goal is derived through the
//! contribution weights"). [`cost_per_node`] is a pure function over plain data, so the API, the pages and
//! the annual report all compute the same figures; [`load`] reads its input from the database.
//!
//! The rule, for one plan and one year:
//! 1. Every allocation (unit → node, CHF thousands) counts for its node and for every ancestor of that
//!    node: an output's allocation is also its outcome's and its thematic priority's cost.
//! 2. Allocations to enablers (and to nodes under an enabler) are never spread over the goals: they are
//!    reported as one separate total, `enablers`.
//! 3. Any other allocation reaches the goal side (goals and targets) through contribution links: the node's
//!    own links to goals or targets, or, when it has none, those of its nearest ancestor that has some (an
//!    output uses its outcome's links). Each link carries `amount × weight` to the goal or target it points
//!    to, and from a target on up to its goal. An allocation made directly to a goal or target counts
//!    there in full.
//! 4. A link without a weight carries nothing, and a node whose weights do not sum to 1 leaves (or
//!    overdraws) a share: that share is reported as `unattributed`, never hidden. So, always,
//!    `goals + enablers + unattributed = allocated`, and the books reconcile when `unattributed` is zero.
//!
//! All arithmetic is exact [`Decimal`]: amounts have at most four decimals and weights at most four, so a
//! share has at most eight and nothing is rounded.

mod load;
#[cfg(test)]
mod props;
#[cfg(test)]
mod tests;

pub use load::{load, load_year};

use super::tree::{TreeNode, depth_first};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// A result node as the cost rule sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostNode {
    /// Node id (any stable key).
    pub id: i32,
    /// Node code, e.g. `TP-R1.O1.P1`.
    pub code: String,
    /// Node name.
    pub name: String,
    /// Level: goal, target, thematic_priority, outcome, output or enabler.
    pub level: String,
    /// Parent node id; `None` at the top level.
    pub parent_id: Option<i32>,
}

/// A contribution link: `from` contributes to `to` (a goal or a target) with an optional weight in [0, 1].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostLink {
    /// Contributing node id.
    pub from: i32,
    /// Goal or target node id.
    pub to: i32,
    /// Share of the contributing node's cost carried by this link; `None` carries nothing.
    pub weight: Option<Decimal>,
}

/// One unit's budget allocation to one node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostAllocation {
    /// Node id.
    pub node_id: i32,
    /// Org unit code.
    pub unit: String,
    /// Amount, CHF thousands.
    pub amount: Decimal,
}

/// Everything [`cost_per_node`] needs, for one plan and one year.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CostInput {
    /// Every node of the plan, parents before or after children, siblings in display order.
    pub nodes: Vec<CostNode>,
    /// The plan's contribution links.
    pub links: Vec<CostLink>,
    /// The year's allocations.
    pub allocations: Vec<CostAllocation>,
}

/// How a node's cost was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CostBasis {
    /// Allocations to the node and the nodes below it (thematic priorities, outcomes, outputs, enablers).
    Allocations,
    /// Allocations carried through contribution links × weight (goals and targets).
    Contributions,
}

/// The cost of one node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeCost {
    /// Node id.
    pub node_id: i32,
    /// Node code.
    pub code: String,
    /// Node name.
    pub name: String,
    /// Node level.
    pub level: String,
    /// Parent node id.
    pub parent_id: Option<i32>,
    /// Cost, CHF thousands, exact.
    pub amount: Decimal,
    /// The same cost split by the org unit whose budget pays it (units with a zero share are left out).
    pub by_unit: BTreeMap<String, Decimal>,
    /// How the cost was obtained.
    pub basis: CostBasis,
}

/// Cost of every node and the totals that must reconcile with the financial plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostBreakdown {
    /// Every node, parents before children, siblings in input order.
    pub nodes: Vec<NodeCost>,
    /// Sum of all allocations.
    pub allocated: Decimal,
    /// Sum of the cost of the top-level goal-side nodes (the goals).
    pub goals: Decimal,
    /// Allocations to enablers, reported apart from the goals.
    pub enablers: Decimal,
    /// Allocations that no contribution weight carries to a goal (zero when every weight set sums to 1).
    pub unattributed: Decimal,
}

impl CostBreakdown {
    /// Goals plus enablers equal the allocations, with nothing unattributed.
    pub fn reconciles(&self) -> bool {
        self.unattributed.is_zero() && self.goals + self.enablers == self.allocated
    }

    /// Sum of the cost of every node of `level` (e.g. `thematic_priority`).
    pub fn level_total(&self, level: &str) -> Decimal {
        self.nodes.iter().filter(|n| n.level == level).map(|n| n.amount).sum()
    }
}

impl TreeNode for CostNode {
    fn id(&self) -> i32 {
        self.id
    }

    fn parent_id(&self) -> Option<i32> {
        self.parent_id
    }
}

fn is_goal_side(level: &str) -> bool {
    matches!(level, "goal" | "target")
}

/// Computes the cost of every node of `input` (see the module documentation for the rule).
pub fn cost_per_node(input: &CostInput) -> CostBreakdown {
    let by_id: HashMap<i32, &CostNode> = input.nodes.iter().map(|n| (n.id, n)).collect();
    let goal_links = goal_links(&by_id, &input.links);
    let mut ledger = Ledger::default();
    for a in &input.allocations {
        ledger.spread(&by_id, &goal_links, a);
    }
    let goals = goals_total(&by_id, &input.nodes, &ledger.cost);
    CostBreakdown {
        nodes: node_costs(&input.nodes, ledger.cost),
        allocated: ledger.allocated.normalize(),
        goals: goals.normalize(),
        enablers: ledger.enablers.normalize(),
        unattributed: ledger.unattributed.normalize(),
    }
}

/// The node and its ancestors, nearest first; a parent cycle or a dangling parent ends the walk (a node
/// outside the input has none).
fn ancestors(by_id: &HashMap<i32, &CostNode>, start: i32) -> Vec<i32> {
    let mut out = Vec::new();
    let mut cur = Some(start);
    while let Some(id) = cur {
        let Some(node) = by_id.get(&id).filter(|_| !out.contains(&id)) else {
            break;
        };
        out.push(id);
        cur = node.parent_id;
    }
    out
}

/// The links of each contributing node that point to a goal or a target, with their weights.
fn goal_links(by_id: &HashMap<i32, &CostNode>, links: &[CostLink]) -> HashMap<i32, Vec<(i32, Option<Decimal>)>> {
    let mut out: HashMap<i32, Vec<(i32, Option<Decimal>)>> = HashMap::new();
    for l in links {
        if by_id.get(&l.to).is_some_and(|n| is_goal_side(&n.level)) {
            out.entry(l.from).or_default().push((l.to, l.weight));
        }
    }
    out
}

/// The cost credited so far to each node by unit, and the running totals.
#[derive(Default)]
struct Ledger {
    cost: HashMap<i32, BTreeMap<String, Decimal>>,
    allocated: Decimal,
    enablers: Decimal,
    unattributed: Decimal,
}

impl Ledger {
    /// Credits `amount` of `unit` to `node` and every ancestor of it.
    fn credit(&mut self, by_id: &HashMap<i32, &CostNode>, node: i32, unit: &str, amount: Decimal) {
        for id in ancestors(by_id, node) {
            *self.cost.entry(id).or_default().entry(unit.to_owned()).or_default() += amount;
        }
    }

    /// Books one allocation: to its node and ancestors, then (rules 2 and 3) to the enablers' total or
    /// through the nearest contribution links to the goal side, what no weight carries as unattributed.
    fn spread(
        &mut self,
        by_id: &HashMap<i32, &CostNode>,
        goal_links: &HashMap<i32, Vec<(i32, Option<Decimal>)>>,
        a: &CostAllocation,
    ) {
        self.allocated += a.amount;
        let ancestors = ancestors(by_id, a.node_id);
        if ancestors.is_empty() {
            // An allocation to a node outside the input reaches no goal: say so.
            self.unattributed += a.amount;
            return;
        }
        self.credit(by_id, a.node_id, &a.unit, a.amount);
        if ancestors.iter().any(|id| by_id[id].level == "enabler") {
            self.enablers += a.amount;
            return;
        }
        if is_goal_side(&by_id[&a.node_id].level) {
            return;
        }
        let links = ancestors.iter().find_map(|id| goal_links.get(id));
        let mut carried = Decimal::ZERO;
        for (to, weight) in links.into_iter().flatten() {
            if let Some(w) = weight {
                self.credit(by_id, *to, &a.unit, a.amount * w);
                carried += a.amount * w;
            }
        }
        self.unattributed += a.amount - carried;
    }
}

/// The cost of the top-level goal-side nodes (those whose parent is not on the goal side).
fn goals_total(
    by_id: &HashMap<i32, &CostNode>,
    nodes: &[CostNode],
    cost: &HashMap<i32, BTreeMap<String, Decimal>>,
) -> Decimal {
    nodes
        .iter()
        .filter(|n| is_goal_side(&n.level))
        .filter(|n| {
            !n.parent_id
                .and_then(|p| by_id.get(&p))
                .is_some_and(|p| is_goal_side(&p.level))
        })
        .filter_map(|n| cost.get(&n.id))
        .flat_map(|units| units.values())
        .sum()
}

/// Every node in tree order with its cost, units with a zero share left out.
fn node_costs(nodes: &[CostNode], mut cost: HashMap<i32, BTreeMap<String, Decimal>>) -> Vec<NodeCost> {
    depth_first(nodes, |_| ())
        .into_iter()
        .map(|n| {
            let by_unit: BTreeMap<String, Decimal> = cost
                .remove(&n.id)
                .unwrap_or_default()
                .into_iter()
                .filter(|(_, v)| !v.is_zero())
                .map(|(u, v)| (u, v.normalize()))
                .collect();
            NodeCost {
                node_id: n.id,
                code: n.code.clone(),
                name: n.name.clone(),
                level: n.level.clone(),
                parent_id: n.parent_id,
                amount: by_unit.values().copied().sum::<Decimal>().normalize(),
                by_unit,
                basis: if is_goal_side(&n.level) {
                    CostBasis::Contributions
                } else {
                    CostBasis::Allocations
                },
            }
        })
        .collect()
}
