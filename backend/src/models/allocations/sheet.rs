//! A unit's allocation sheet for a year: its expense budget ([`finance_totals::unit_year`]), every node it
//! may fund (its own outputs, the thematic priorities, the enablers, and any node it already funds) with
//! what it allocates to each; and saving the whole sheet at once (admin): every row checked first, then
//! written in one transaction with its audit entries, the budget rule checked on the total, so a refused
//! sheet stores nothing.

use super::read::entry;
use super::{ALLOCATABLE_LEVELS, check_node, within_budget};
use crate::auth::Actor;
use crate::entities::{budget_allocations as ba, org_units, result_nodes};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::fixed::Fixed;
use crate::models::plans::{Plan, plan_by_code};
use crate::models::{audit, checks, codes, finance_totals, transactions, versioned};
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};
use std::collections::HashMap;

/// One node of a sheet and what the unit allocates to it.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRow {
    /// Node id (for its name in the reader's language).
    pub node_id: i32,
    /// Node code.
    pub node: String,
    /// Node name.
    pub name: String,
    /// output, thematic_priority or enabler.
    pub level: String,
    /// The allocation's amount (CHF thousands), `None` when there is none.
    pub amount: Option<Decimal>,
    /// The allocation's version, 0 when there is none (what a form sends back).
    pub version: i32,
}

/// A unit-year's allocations against its budget.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// Plan code.
    pub plan: String,
    /// Year.
    pub year: i32,
    /// Org unit code.
    pub unit: String,
    /// Expense budget in the financial plan.
    pub budget: Decimal,
    /// What the allocations add up to.
    pub allocated: Decimal,
    /// Outputs first, then thematic priorities, then enablers; in display order within each.
    pub rows: Vec<SheetRow>,
}

impl Sheet {
    /// Budget − allocated: what is left to allocate (negative when the unit-year is overdrawn).
    pub fn remainder(&self) -> Decimal {
        self.budget - self.allocated
    }
}

/// One row of a sheet as sent back: the node, the amount typed (`None`: no allocation) and the version
/// the sheet was drawn with (0: there was no allocation).
#[derive(Debug, Clone, PartialEq)]
pub struct SheetEntry {
    /// Node code.
    pub node: String,
    /// CHF thousands, ≥ 0; `None` removes the allocation.
    pub amount: Option<Decimal>,
    /// Version read.
    pub version: i32,
}

/// The plan, the unit (field `unit`) and the year (field `year`, inside the plan) a sheet is about.
async fn scope(db: &impl ConnectionTrait, code: &str, year: i32, unit: &str) -> AppResult<(Plan, org_units::Model)> {
    let plan = plan_by_code(db, code).await?;
    let mut errs = FieldErrors::default();
    let unit = codes::resolve_unit(db, "unit", Some(unit), &mut errs.0).await?;
    if !(plan.start_year..=plan.end_year).contains(&year) {
        errs.push(
            "year",
            crate::models::checks::outside_the_plan(year.to_string(), plan.start_year, plan.end_year),
        );
    }
    match unit {
        Some(u) if errs.is_empty() => Ok((plan, u)),
        _ => Err(AppError::Invalid(errs.0)),
    }
}

/// The allocations of `unit` in `year`, by node id.
async fn current(
    db: &impl ConnectionTrait,
    plan: &Plan,
    unit: &org_units::Model,
    year: i32,
) -> AppResult<HashMap<i32, ba::Model>> {
    Ok(ba::Entity::find()
        .filter(ba::Column::PlanId.eq(plan.id))
        .filter(ba::Column::OrgUnitId.eq(unit.id))
        .filter(ba::Column::Year.eq(year))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.node_id, a))
        .collect())
}

/// Every unit's expense budget in `year` of plan `code` against its allocations (any signed-in reader),
/// units in code order.
pub async fn overview(
    db: &impl ConnectionTrait,
    actor: &Actor,
    code: &str,
    year: i32,
) -> AppResult<Vec<finance_totals::AllocationCheck>> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let all = finance_totals::allocation_reconciliation(db, plan.id).await?;
    Ok(all.into_iter().filter(|c| c.year == year).collect())
}

/// The sheet of unit `unit` in `year` of plan `code` (any signed-in reader).
pub async fn sheet(db: &impl ConnectionTrait, actor: &Actor, code: &str, year: i32, unit: &str) -> AppResult<Sheet> {
    authorize(actor, Action::Read)?;
    let (plan, unit) = scope(db, code, year, unit).await?;
    let (budget, allocated) = finance_totals::unit_year(db, plan.id, unit.id, year).await?;
    let held = current(db, &plan, &unit, year).await?;
    let nodes = result_nodes::Entity::find()
        .filter(result_nodes::Column::PlanId.eq(plan.id))
        .order_by_asc(result_nodes::Column::SortOrder)
        .order_by_asc(result_nodes::Column::Code)
        .all(db)
        .await?;
    let mut rows = Vec::new();
    for level in ALLOCATABLE_LEVELS {
        for n in nodes.iter().filter(|n| n.level == *level) {
            let a = held.get(&n.id);
            if a.is_none() && check_node(n, unit.id).is_err() {
                continue;
            }
            rows.push(SheetRow {
                node_id: n.id,
                node: n.code.clone(),
                name: n.name.clone(),
                level: n.level.clone(),
                amount: a.map(|a| a.amount.to_decimal()),
                version: a.map_or(0, |a| a.version),
            });
        }
    }
    Ok(Sheet {
        plan: plan.code,
        year,
        unit: unit.code,
        budget,
        allocated,
        rows,
    })
}

/// What saving one row does.
enum Step {
    Create(result_nodes::Model, Fixed),
    Update(ba::Model, Fixed),
    Delete(ba::Model),
}

/// The field a row's refusal names, e.g. `amount[TP-R1.O1.P1]`.
fn field(node: &str) -> String {
    format!("amount[{node}]")
}

/// What saving `entries` over `held` does, every broken row named; a row drawn at another version than
/// the allocation now has is a conflict.
async fn steps(
    db: &impl ConnectionTrait,
    plan: &Plan,
    unit: &org_units::Model,
    held: &HashMap<i32, ba::Model>,
    entries: Vec<SheetEntry>,
) -> AppResult<Vec<Step>> {
    let mut errs = FieldErrors::default();
    let mut out = Vec::new();
    for e in entries {
        let f = field(&e.node);
        let Some(node) = codes::resolve_node(db, plan.id, &f, Some(&e.node), &mut errs.0).await? else {
            continue;
        };
        let amount = e.amount.and_then(|v| checks::non_negative(&mut errs, &f, v));
        let old = held.get(&node.id);
        if old.map_or(0, |o| o.version) != e.version {
            return Err(AppError::conflict(crate::error::Said::new(
                "said-stale-allocation",
                [
                    ("unit", unit.code.clone().into()),
                    ("node", node.code.clone().into()),
                    ("current", i64::from(old.map_or(0, |o| o.version)).into()),
                    ("shown", i64::from(e.version).into()),
                ],
            )));
        }
        match (old, amount, e.amount) {
            (None, Some(a), _) => match check_node(&node, unit.id) {
                Ok(()) => out.push(Step::Create(node, a)),
                Err(reason) => errs.push(f, reason),
            },
            (Some(o), Some(a), _) if o.amount != a => out.push(Step::Update(o.clone(), a)),
            (Some(o), None, None) => out.push(Step::Delete(o.clone())),
            _ => {}
        }
    }
    if errs.is_empty() {
        Ok(out)
    } else {
        Err(AppError::Invalid(errs.0))
    }
}

/// Saves the sheet of `unit` in `year` of plan `code` (admin): each row creates, changes or removes the
/// unit's allocation to its node, all or nothing. Refused naming the row's field (`amount[NODE]`) for a
/// bad amount or node, 409 when a row changed since the sheet was drawn, and naming `total` when the
/// allocations would end above the unit-year's expense budget. Returns how many allocations changed.
pub async fn save_sheet(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    (year, unit): (i32, &str),
    entries: Vec<SheetEntry>,
) -> AppResult<usize> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let (plan, unit) = scope(&txn, code, year, unit).await?;
    let held = current(&txn, &plan, &unit, year).await?;
    let todo = steps(&txn, &plan, &unit, &held, entries).await?;
    let before = finance_totals::unit_year(&txn, plan.id, unit.id, year).await?.1;
    let kind = "budget_allocation";
    for s in &todo {
        match s {
            Step::Create(node, amount) => {
                let am = ba::ActiveModel {
                    plan_id: Set(plan.id),
                    year: Set(year),
                    org_unit_id: Set(unit.id),
                    node_id: Set(node.id),
                    amount: Set(*amount),
                    provenance: Set("entered".into()),
                    ..Default::default()
                };
                let saved = versioned::insert(&txn, am).await?;
                audit::created(&txn, Some(actor), kind, saved.id, &entry(&txn, &plan, &saved).await?).await?;
            }
            Step::Update(old, amount) => {
                let am = ba::ActiveModel {
                    amount: Set(*amount),
                    version: Set(old.version + 1),
                    updated_at: Set(chrono::Utc::now().into()),
                    ..Default::default()
                };
                let saved: ba::Model = versioned::update(&txn, am, old.id, old.version).await?;
                let (b, a) = (entry(&txn, &plan, old).await?, entry(&txn, &plan, &saved).await?);
                audit::updated(&txn, Some(actor), kind, old.id, &b, &a).await?;
            }
            Step::Delete(old) => {
                let b = entry(&txn, &plan, old).await?;
                ba::Entity::delete_by_id(old.id).exec(&txn).await?;
                audit::deleted(&txn, Some(actor), kind, old.id, &b).await?;
            }
        }
    }
    within_budget(&txn, plan.id, &unit, year, before, "total").await?;
    transactions::commit(txn, turn).await?;
    Ok(todo.len())
}
