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

fn is_goal_side(level: &str) -> bool {
    matches!(level, "goal" | "target")
}

/// Computes the cost of every node of `input` (see the module documentation for the rule).
pub fn cost_per_node(input: &CostInput) -> CostBreakdown {
    let by_id: HashMap<i32, &CostNode> = input.nodes.iter().map(|n| (n.id, n)).collect();
    // Ancestors including the node itself; a parent cycle or a dangling parent ends the walk.
    let chain = |start: i32| -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = Some(start);
        while let Some(id) = cur {
            if out.contains(&id) || !by_id.contains_key(&id) {
                break;
            }
            out.push(id);
            cur = by_id[&id].parent_id;
        }
        out
    };
    let mut goal_links: HashMap<i32, Vec<(i32, Option<Decimal>)>> = HashMap::new();
    for l in &input.links {
        if by_id.get(&l.to).is_some_and(|n| is_goal_side(&n.level)) {
            goal_links.entry(l.from).or_default().push((l.to, l.weight));
        }
    }
    let mut cost: HashMap<i32, BTreeMap<String, Decimal>> = HashMap::new();
    let mut credit = |node: i32, unit: &str, amount: Decimal| {
        for id in chain(node) {
            *cost.entry(id).or_default().entry(unit.to_owned()).or_default() += amount;
        }
    };
    let (mut allocated, mut enablers, mut unattributed) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for a in &input.allocations {
        allocated += a.amount;
        let ancestors = chain(a.node_id);
        if ancestors.is_empty() {
            // An allocation to a node outside the input reaches no goal: say so.
            unattributed += a.amount;
            continue;
        }
        let in_enabler = ancestors.iter().any(|id| by_id[id].level == "enabler");
        let goal_side = is_goal_side(&by_id[&a.node_id].level);
        credit(a.node_id, &a.unit, a.amount);
        if in_enabler {
            enablers += a.amount;
        } else if !goal_side {
            let links = ancestors.iter().find_map(|id| goal_links.get(id));
            let mut carried = Decimal::ZERO;
            for (to, weight) in links.into_iter().flatten() {
                if let Some(w) = weight {
                    credit(*to, &a.unit, a.amount * w);
                    carried += a.amount * w;
                }
            }
            unattributed += a.amount - carried;
        }
    }
    let goals: Decimal = input
        .nodes
        .iter()
        .filter(|n| is_goal_side(&n.level))
        .filter(|n| {
            !n.parent_id
                .and_then(|p| by_id.get(&p))
                .is_some_and(|p| is_goal_side(&p.level))
        })
        .filter_map(|n| cost.get(&n.id))
        .flat_map(|units| units.values())
        .sum();
    let nodes = tree_order(&input.nodes)
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
        .collect();
    CostBreakdown {
        nodes,
        allocated: allocated.normalize(),
        goals: goals.normalize(),
        enablers: enablers.normalize(),
        unattributed: unattributed.normalize(),
    }
}

/// Nodes depth first: parents before children, siblings (and roots) in input order.
fn tree_order(nodes: &[CostNode]) -> Vec<&CostNode> {
    let ids: std::collections::HashSet<i32> = nodes.iter().map(|n| n.id).collect();
    let mut children: HashMap<i32, Vec<&CostNode>> = HashMap::new();
    let mut roots = Vec::new();
    for n in nodes {
        match n.parent_id.filter(|p| ids.contains(p) && *p != n.id) {
            Some(p) => children.entry(p).or_default().push(n),
            None => roots.push(n),
        }
    }
    let mut out = Vec::with_capacity(nodes.len());
    let mut seen = std::collections::HashSet::new();
    let mut stack: Vec<&CostNode> = roots.into_iter().rev().collect();
    while let Some(n) = stack.pop() {
        if !seen.insert(n.id) {
            continue;
        }
        out.push(n);
        if let Some(c) = children.get(&n.id) {
            stack.extend(c.iter().rev());
        }
    }
    // Nodes caught in a parent cycle are unreachable from a root: keep them, in input order, at the end.
    out.extend(nodes.iter().filter(|n| !seen.contains(&n.id)));
    out
}
