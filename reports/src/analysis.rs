//! Figures the report derives from its input, computed once: the framework tree, status counts,
//! which indicators get charts, budget and delivery per unit. Statuses are never recomputed.

mod mandates;

pub use mandates::{Mandates, Served, natural, served};

use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use crate::delivery;
use crate::input::{FinanceKind, IndicatorInput, NodeInput, NodeLevel, OperationalItem, Outlook, ReportInput, Status};
use crate::reconcile::Reconciliation;

/// At most this many trajectory charts; beyond it, key indicators come first and the rest are
/// covered by the indicator table (keeps a 10,000-indicator report fast and readable).
pub const MAX_TRAJECTORY_CHARTS: usize = 60;
/// At most this many indicators get sex and region breakdown charts.
pub const MAX_BREAKDOWN_INDICATORS: usize = 12;

/// Budget against execution of one org unit for year Y (expense, CHF thousands).
#[derive(Debug, Clone, PartialEq)]
pub struct UnitBudget {
    /// Org unit code.
    pub unit: String,
    /// Planned expense.
    pub plan: Decimal,
    /// Executed expense; `None` when no line has an actual yet.
    pub actual: Option<Decimal>,
    /// Lines of the unit without an actual yet (the actual is then partial).
    pub missing_actuals: u32,
}

/// Operational-plan delivery of one org unit for year Y.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitDelivery {
    /// Org unit code.
    pub unit: String,
    /// All items.
    pub items: u32,
    /// Items counted in the rate (not cancelled, planned quantity above zero).
    pub counted: u32,
    /// Counted items delivered in full.
    pub delivered: u32,
    /// Cancelled items.
    pub cancelled: u32,
    /// The unit rate: the mean of its counted items' rates, each capped at 1 ([`delivery::delivery`]).
    pub rate: Option<Decimal>,
    /// Budget of all items, CHF thousands.
    pub budget: Decimal,
}

/// How many indicators are projected to meet their end-of-plan target, and how many not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProjectionCounts {
    /// Indicators with a projection.
    pub total: u32,
    /// Projected to meet their target.
    pub likely: u32,
    /// Projected to fall short of it.
    pub unlikely: u32,
    /// Too early to tell (fewer than two points, or no baseline or target).
    pub too_early: u32,
    /// The target year every projected indicator shares, when they share one.
    pub target_year: Option<i32>,
}

impl ProjectionCounts {
    /// The counts over `indicators`; `None` when none has a projection (runs frozen before the report
    /// showed projections, which render as they did).
    fn of(indicators: &[IndicatorInput]) -> Option<Self> {
        let mut counts = ProjectionCounts::default();
        let mut years = std::collections::BTreeSet::new();
        for (i, p) in indicators.iter().filter_map(|i| i.projection.as_ref().map(|p| (i, p))) {
            counts.total += 1;
            match p.outlook {
                Outlook::Likely => counts.likely += 1,
                Outlook::Unlikely => counts.unlikely += 1,
                Outlook::TooEarly => counts.too_early += 1,
            }
            years.insert(i.target_year);
        }
        if counts.total == 0 {
            return None;
        }
        counts.target_year = match years.into_iter().collect::<Vec<_>>().as_slice() {
            [Some(year)] => Some(*year),
            _ => None,
        };
        Some(counts)
    }
}

/// The input plus everything derived from it.
pub struct Analysis<'a> {
    /// The input.
    pub input: &'a ReportInput,
    children: HashMap<&'a str, Vec<&'a NodeInput>>,
    by_node: HashMap<&'a str, Vec<&'a IndicatorInput>>,
    by_code: HashMap<&'a str, &'a IndicatorInput>,
    /// Indicators per status, over all indicators.
    pub status_counts: [u32; 5],
    /// Indicators that get a trajectory chart, in input order.
    pub trajectory: Vec<&'a IndicatorInput>,
    /// Target-level and key indicators left without a chart by the cap.
    pub trajectory_omitted: usize,
    /// Indicators that get breakdown charts, in input order.
    pub breakdown: Vec<&'a IndicatorInput>,
    /// Disaggregated indicators left without a chart by the cap.
    pub breakdown_omitted: usize,
    /// Budget against actual per unit, year Y, expense.
    pub budget: Vec<UnitBudget>,
    /// Delivery per unit.
    pub delivery: Vec<UnitDelivery>,
    /// Finance reconciliation with the financial plan.
    pub reconciliation: Reconciliation,
    /// Projection outlooks over all indicators; `None` when the input carries no projection.
    pub projections: Option<ProjectionCounts>,
    /// The mandates the results serve, grouped and indexed by result.
    pub mandates: Mandates<'a>,
}

impl<'a> Analysis<'a> {
    /// Derives everything the report shows from `input`.
    pub fn new(input: &'a ReportInput) -> Self {
        let mut children: HashMap<&str, Vec<&NodeInput>> = HashMap::new();
        for n in &input.nodes {
            if let Some(p) = &n.parent_code {
                children.entry(p.as_str()).or_default().push(n);
            }
        }
        let mut by_node: HashMap<&str, Vec<&IndicatorInput>> = HashMap::new();
        let mut status_counts = [0u32; 5];
        let by_code = input.indicators.iter().map(|i| (i.code.as_str(), i)).collect();
        for i in &input.indicators {
            by_node.entry(i.node_code.as_str()).or_default().push(i);
            status_counts[status_index(i.status)] += 1;
        }
        let levels: HashMap<&str, NodeLevel> = input.nodes.iter().map(|n| (n.code.as_str(), n.level)).collect();
        let eligible = |i: &IndicatorInput| i.is_key || levels.get(i.node_code.as_str()) == Some(&NodeLevel::Target);
        let (trajectory, trajectory_omitted) = capped(&input.indicators, MAX_TRAJECTORY_CHARTS, eligible);
        let (breakdown, breakdown_omitted) = capped(&input.indicators, MAX_BREAKDOWN_INDICATORS, |i| {
            !i.disaggregations.is_empty()
        });
        Analysis {
            input,
            children,
            by_node,
            by_code,
            status_counts,
            trajectory,
            trajectory_omitted,
            breakdown,
            breakdown_omitted,
            budget: budget_by_unit(input),
            delivery: delivery_by_unit(input),
            reconciliation: Reconciliation::new(input.year, &input.finance.books),
            projections: ProjectionCounts::of(&input.indicators),
            mandates: Mandates::new(input),
        }
    }

    /// Nodes of one level, in input order.
    pub fn nodes_at(&self, level: NodeLevel) -> impl Iterator<Item = &'a NodeInput> + use<'a> {
        self.input.nodes.iter().filter(move |n| n.level == level)
    }

    /// Direct children of a node, in input order.
    pub fn children(&self, code: &str) -> &[&'a NodeInput] {
        self.children.get(code).map_or(&[], Vec::as_slice)
    }

    /// Indicators attached directly to a node.
    pub fn indicators_on(&self, code: &str) -> &[&'a IndicatorInput] {
        self.by_node.get(code).map_or(&[], Vec::as_slice)
    }

    /// The node and every node below it in the tree, depth first (each once).
    pub fn subtree(&self, code: &'a str) -> Vec<&'a str> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        let mut stack = vec![code];
        while let Some(c) = stack.pop() {
            if !seen.insert(c) {
                continue;
            }
            out.push(c);
            for child in self.children(c).iter().rev() {
                stack.push(child.code.as_str());
            }
        }
        out
    }

    /// Indicators on a node and below it in the tree.
    pub fn indicators_under(&self, code: &'a str) -> Vec<&'a IndicatorInput> {
        self.subtree(code)
            .into_iter()
            .flat_map(|c| self.indicators_on(c).iter().copied())
            .collect()
    }

    /// The indicator with this code.
    pub fn indicator(&self, code: &str) -> Option<&'a IndicatorInput> {
        self.by_code.get(code).copied()
    }

    /// The name of the indicator with this code.
    pub fn indicator_name(&self, code: &str) -> Option<&'a str> {
        self.indicator(code).map(|i| i.name.as_str())
    }

    /// True when the indicator has a trajectory chart.
    pub fn has_trajectory(&self, code: &str) -> bool {
        self.trajectory.iter().any(|i| i.code == code)
    }
}

/// Position of a status in [`Status::ALL`].
pub fn status_index(status: Status) -> usize {
    Status::ALL.iter().position(|s| *s == status).unwrap_or(0)
}

/// The eligible indicators, key ones first when more than `cap` qualify; kept in input order.
fn capped(
    all: &[IndicatorInput],
    cap: usize,
    eligible: impl Fn(&IndicatorInput) -> bool,
) -> (Vec<&IndicatorInput>, usize) {
    let chosen: Vec<&IndicatorInput> = all.iter().filter(|i| eligible(i)).collect();
    if chosen.len() <= cap {
        return (chosen, 0);
    }
    let total = chosen.len();
    let keys = chosen.iter().filter(|i| i.is_key).count().min(cap);
    let mut others = cap - keys;
    let mut keys_left = keys;
    let kept = chosen
        .into_iter()
        .filter(|i| {
            let slot = if i.is_key { &mut keys_left } else { &mut others };
            if *slot > 0 {
                *slot -= 1;
                true
            } else {
                false
            }
        })
        .collect();
    (kept, total - cap)
}

fn budget_by_unit(input: &ReportInput) -> Vec<UnitBudget> {
    let mut out: Vec<UnitBudget> = Vec::new();
    let lines = input.finance.lines.iter();
    for l in lines.filter(|l| l.year == input.year && l.kind == FinanceKind::Expense) {
        let pos = match out.iter().position(|u| u.unit == l.unit) {
            Some(p) => p,
            None => {
                out.push(UnitBudget {
                    unit: l.unit.clone(),
                    plan: Decimal::ZERO,
                    actual: None,
                    missing_actuals: 0,
                });
                out.len() - 1
            }
        };
        let u = &mut out[pos];
        u.plan += l.plan_amount;
        match l.actual_amount {
            Some(a) => u.actual = Some(u.actual.unwrap_or_default() + a),
            None => u.missing_actuals += 1,
        }
    }
    out
}

fn delivery_by_unit(input: &ReportInput) -> Vec<UnitDelivery> {
    let mut units: Vec<&str> = Vec::new();
    for item in &input.operational {
        if !units.contains(&item.unit.as_str()) {
            units.push(&item.unit);
        }
    }
    units
        .into_iter()
        .map(|unit| {
            let items = || input.operational.iter().filter(move |i| i.unit == unit);
            let d = delivery::delivery(items().map(OperationalItem::quantities));
            UnitDelivery {
                unit: unit.to_owned(),
                items: d.items,
                counted: d.counted,
                delivered: d.delivered_in_full,
                cancelled: d.cancelled,
                rate: d.rate,
                budget: items().map(|i| i.budget).sum(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{sample, synthetic};
    use rust_decimal::dec;

    #[test]
    fn delivery_rate_is_the_capped_mean_without_cancelled_items() {
        let input = sample();
        let a = Analysis::new(&input);
        let tsb = a.delivery.iter().find(|u| u.unit == "TSB").expect("TSB");
        assert_eq!((tsb.items, tsb.counted, tsb.cancelled, tsb.delivered), (2, 1, 1, 0));
        assert_eq!(tsb.rate, Some(dec!(0.95)));
        let bdt = a.delivery.iter().find(|u| u.unit == "BDT").expect("BDT");
        assert_eq!(bdt.rate, Some(dec!(0.7)), "13,500 of 12,000 counts as 100%");
    }

    #[test]
    fn budget_sums_expense_of_the_year_and_flags_missing_actuals() {
        let input = sample();
        let a = Analysis::new(&input);
        let units: Vec<&str> = a.budget.iter().map(|u| u.unit.as_str()).collect();
        assert_eq!(units, ["GS", "BR", "TSB", "BDT"]);
        let gs = &a.budget[0];
        assert_eq!(
            (gs.plan, gs.actual, gs.missing_actuals),
            (dec!(70500), Some(dec!(69150.75)), 0)
        );
        assert_eq!(a.budget[3].missing_actuals, 1);
    }

    #[test]
    fn trajectory_charts_go_to_target_level_and_key_indicators() {
        let input = sample();
        let a = Analysis::new(&input);
        let codes: Vec<&str> = a.trajectory.iter().map(|i| i.code.as_str()).collect();
        assert_eq!(codes, ["T1.1-K1", "T1.2-K1", "T1.2-K2", "T2.1-K1", "TP3.O1-K1"]);
        assert_eq!(a.trajectory_omitted, 0);
    }

    #[test]
    fn the_cap_keeps_key_indicators_first_in_input_order() {
        let input = synthetic(3_000, 2);
        let a = Analysis::new(&input);
        assert_eq!(a.trajectory.len(), MAX_TRAJECTORY_CHARTS);
        assert!(a.trajectory.iter().all(|i| i.is_key));
        assert!(a.trajectory.windows(2).all(|w| w[0].code < w[1].code));
        assert_eq!(a.breakdown.len(), MAX_BREAKDOWN_INDICATORS);
    }

    #[test]
    fn the_subtree_walks_the_tree_depth_first_once() {
        let input = sample();
        let a = Analysis::new(&input);
        assert_eq!(a.subtree("TP1"), ["TP1", "TP1.O1", "TP1.O1.P1"]);
        assert_eq!(a.indicators_under("G1").len(), 3);
        assert_eq!(a.status_counts, [1, 3, 1, 2, 1]);
    }
}
