//! The cost of every result node in a year, as the cost route and the finance page show it: derived by
//! [`crate::models::cost`] from the budget allocations and the contribution weights, with the totals that
//! must reconcile with the financial plan to the franc.

use crate::auth::Actor;
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::models::cost::{self, CostBasis, CostBreakdown};
use crate::models::plans::{Plan, plan_by_code};
use crate::models::{finance_totals, nodes};
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::ConnectionTrait;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Query of the cost route.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CostParams {
    /// The year (required), inside the plan.
    pub year: Option<i32>,
    /// Only nodes of this level: goal, target, thematic_priority, outcome, output or enabler.
    pub level: Option<String>,
    /// `unit`: split each node's cost by the org unit whose budget pays it.
    pub by: Option<String>,
}

/// The cost of one node.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NodeCostView {
    /// Node code.
    pub code: String,
    /// Node name.
    pub name: String,
    /// Node level.
    pub level: String,
    /// Parent node code.
    pub parent: Option<String>,
    /// The node's cost, CHF thousands, exact — the one definition every page and the report use: for a
    /// thematic priority, outcome, output or enabler, the allocations to it and to every node below it;
    /// for a goal or target, the allocations carried to it through contribution links × weight.
    #[schema(value_type = String)]
    pub cost: Decimal,
    /// `allocations` (the node's and its descendants') or `contributions` (links × weight, for goals and
    /// targets).
    pub basis: CostBasis,
    /// With `by=unit`: the cost per paying org unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<BTreeMap<String, String>>)]
    pub by_unit: Option<BTreeMap<String, Decimal>>,
}

/// One line of the summary by goal: a goal, or the enablers.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct GoalLine {
    /// Goal code; `null` for the enablers line.
    pub code: Option<String>,
    /// Goal name, or `Enablers`.
    pub name: String,
    /// CHF thousands.
    #[schema(value_type = String)]
    pub cost: Decimal,
}

/// Cost per node for a year, and the reconciliation of its totals.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CostReport {
    /// Plan code.
    pub plan: String,
    /// Year.
    pub year: i32,
    /// Nodes (of `level` if asked), parents before children.
    pub nodes: Vec<NodeCostView>,
    /// Each goal's cost, then one `Enablers` line; the lines sum to `allocated` when reconciled.
    pub by_goal: Vec<GoalLine>,
    /// Sum of the goals' cost.
    #[schema(value_type = String)]
    pub goals: Decimal,
    /// Sum of the thematic priorities' cost.
    #[schema(value_type = String)]
    pub thematic_priorities: Decimal,
    /// Allocations to enablers, reported apart from the goals.
    #[schema(value_type = String)]
    pub enablers: Decimal,
    /// Allocations no contribution weight carries to a goal (zero when every weight set sums to 1).
    #[schema(value_type = String)]
    pub unattributed: Decimal,
    /// All allocations of the year.
    #[schema(value_type = String)]
    pub allocated: Decimal,
    /// The year's expense lines in the financial plan.
    #[schema(value_type = String)]
    pub expense_budget: Decimal,
    /// (goals + enablers) − expense_budget: computed − reference, the sign of every reconciliation.
    #[schema(value_type = String)]
    pub difference: Decimal,
    /// goals + enablers = allocated = expense_budget, exactly, with nothing unattributed.
    pub reconciled: bool,
}

/// The cost per node of plan `code` in the year of `p`, and the reconciliation of its totals (any
/// signed-in reader). The year is required and inside the plan; `level` and `by` are checked.
pub async fn cost_report(
    db: &impl ConnectionTrait,
    actor: &Actor,
    code: &str,
    p: &CostParams,
) -> AppResult<CostReport> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let year = check_params(&plan, p)?;
    let b = cost::load_year(db, plan.id, year).await?;
    let expense_budget = finance_totals::year_total(db, plan.id, year, "expense").await?;
    let difference = (b.goals + b.enablers - expense_budget).normalize();
    Ok(CostReport {
        plan: plan.code,
        year,
        nodes: node_views(&b, p),
        by_goal: goal_lines(&b),
        goals: b.goals,
        thematic_priorities: b.level_total("thematic_priority").normalize(),
        enablers: b.enablers,
        unattributed: b.unattributed,
        allocated: b.allocated,
        expense_budget,
        difference,
        reconciled: b.reconciles() && difference.is_zero() && b.allocated == expense_budget,
    })
}

/// The year asked for: required and inside `plan`; `level` and `by` are checked too, every bad field named.
fn check_params(plan: &Plan, p: &CostParams) -> AppResult<i32> {
    let mut errs = Vec::new();
    let mut bad = |field: &str, reason: crate::error::Reason| errs.push(FieldError::new(field, reason));
    match p.year {
        None => bad("year", Said::required().into()),
        Some(y) if !(plan.start_year..=plan.end_year).contains(&y) => bad(
            "year",
            crate::models::checks::outside_the_plan(y.to_string(), plan.start_year, plan.end_year),
        ),
        Some(_) => {}
    }
    if let Some(l) = &p.level
        && !nodes::LEVELS.contains(&l.as_str())
    {
        bad("level", Said::one_of(nodes::LEVELS).into());
    }
    if p.by.as_deref().is_some_and(|b| b != "unit") {
        bad("by", Said::new("said-only-split-unit", []).into());
    }
    match p.year {
        Some(y) if errs.is_empty() => Ok(y),
        _ => Err(AppError::Invalid(errs)),
    }
}

/// Each goal's cost, then one `Enablers` line.
fn goal_lines(b: &CostBreakdown) -> Vec<GoalLine> {
    let mut lines: Vec<GoalLine> = b
        .nodes
        .iter()
        .filter(|n| n.level == "goal")
        .map(|n| GoalLine {
            code: Some(n.code.clone()),
            name: n.name.clone(),
            cost: n.amount,
        })
        .collect();
    lines.push(GoalLine {
        code: None,
        name: "Enablers".into(),
        cost: b.enablers,
    });
    lines
}

/// The nodes of the level asked for (all by default), split by unit when `by=unit`.
fn node_views(b: &CostBreakdown, p: &CostParams) -> Vec<NodeCostView> {
    let codes: HashMap<i32, &str> = b.nodes.iter().map(|n| (n.node_id, n.code.as_str())).collect();
    let split = p.by.is_some();
    b.nodes
        .iter()
        .filter(|n| p.level.as_ref().is_none_or(|l| &n.level == l))
        .map(|n| NodeCostView {
            code: n.code.clone(),
            name: n.name.clone(),
            level: n.level.clone(),
            parent: n.parent_id.and_then(|id| codes.get(&id)).map(|c| (*c).to_owned()),
            cost: n.amount,
            basis: n.basis,
            by_unit: split.then(|| n.by_unit.clone()),
        })
        .collect()
}
