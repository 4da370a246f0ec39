//! Writing allocations (admin): create, update (versioned) and delete, each audited in its transaction.

use super::read::{entry, row_or_404};
use super::{AllocationEntry, ValidAllocation, resolve, unique, within_budget};
use crate::auth::Actor;
use crate::entities::budget_allocations as ba;
use crate::error::AppResult;
use crate::models::finance_totals;
use crate::models::patching::{Claim, check_version};
use crate::models::plans::{Plan, plan_by_code};
use crate::models::{audit, codes, transactions, versioned};
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter,
};
use serde::Deserialize;

/// A new allocation. `year`, `unit`, `node` and `amount` are required.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateAllocation {
    /// Year, inside the plan.
    pub year: Option<i32>,
    /// Org unit code.
    #[schema(max_length = 64)]
    pub unit: Option<String>,
    /// Code of an output the unit owns, a thematic priority or an enabler.
    #[schema(max_length = 64)]
    pub node: Option<String>,
    /// CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>, example = "3856", max_length = 64)]
    pub amount: Option<Decimal>,
    /// verified, verified-2nd, illustrative or entered (default).
    #[schema(max_length = 64)]
    pub provenance: Option<String>,
}

/// Changes to an allocation; absent fields stay as they are.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateAllocation {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Year.
    pub year: Option<i32>,
    /// Org unit code.
    #[schema(max_length = 64)]
    pub unit: Option<String>,
    /// Node code.
    #[schema(max_length = 64)]
    pub node: Option<String>,
    /// CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub amount: Option<Decimal>,
    /// Provenance.
    #[schema(max_length = 64)]
    pub provenance: Option<String>,
}

impl UpdateAllocation {
    /// The fields this change sets, and the version it claims.
    fn split(self) -> (CreateAllocation, Option<i32>) {
        let changes = CreateAllocation {
            year: self.year,
            unit: self.unit,
            node: self.node,
            amount: self.amount,
            provenance: self.provenance,
        };
        (changes, self.version)
    }
}

/// The kind of record the audit log names.
const KIND: &str = "budget_allocation";

/// The columns an allocation's checked fields set.
fn columns(ok: ValidAllocation) -> ba::ActiveModel {
    ba::ActiveModel {
        year: Set(ok.year),
        org_unit_id: Set(ok.unit.id),
        node_id: Set(ok.node.id),
        amount: Set(ok.amount),
        provenance: Set(ok.provenance),
        ..Default::default()
    }
}

/// Creates an allocation in plan `code` (admin). The node is an output owned by the unit, a thematic
/// priority or an enabler; (plan, year, unit, node) is unique (409 otherwise); the unit-year's
/// allocations stay within its expense budget (422 naming `amount` otherwise).
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    b: CreateAllocation,
) -> AppResult<AllocationEntry> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let e = create_in(&txn, actor, &plan, b).await?;
    transactions::commit(txn, turn).await?;
    Ok(e)
}

/// [`create`] inside the caller's write transaction `txn` (the framework workbook): the same checks,
/// budget rule and audit entry.
pub async fn create_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    b: CreateAllocation,
) -> AppResult<AllocationEntry> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::Administer)?;
    let ok = resolve(txn, plan, b, None).await?;
    unique(txn, plan, &ok, None).await?;
    let (unit, year) = (ok.unit.clone(), ok.year);
    let before = finance_totals::unit_year(txn, plan.id, unit.id, year).await?.1;
    let am = ba::ActiveModel {
        plan_id: Set(plan.id),
        ..columns(ok)
    };
    let saved = versioned::insert(txn, am).await?;
    within_budget(txn, plan.id, &unit, year, before, "amount").await?;
    let e = entry(txn, plan, &saved).await?;
    audit::created(txn, Some(actor), KIND, saved.id, &e).await?;
    Ok(e)
}

/// Applies `b` to allocation `id` of plan `code` (admin) if it is still at the version the client read
/// (`if_match`, else `b.version`); the unit-year it ends in stays within its budget.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    id: i32,
    if_match: Option<String>,
    b: UpdateAllocation,
) -> AppResult<AllocationEntry> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::Administer)?;
    let claimed = Claim::new(if_match, b.version).resolve()?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let e = update_in(&txn, actor, &plan, id, Some(claimed), b).await?;
    transactions::commit(txn, turn).await?;
    Ok(e)
}

/// [`update`] inside the caller's write transaction `txn` (the framework workbook): the same checks,
/// budget rule and audit entry. `claimed` is the version the client read; `None` takes the version
/// current in `txn`.
pub async fn update_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    plan: &Plan,
    id: i32,
    claimed: Option<(i32, bool)>,
    b: UpdateAllocation,
) -> AppResult<AllocationEntry> {
    crate::limits::enforce(&b)?;
    authorize(actor, Action::Administer)?;
    let (changes, _) = b.split();
    let old = row_or_404(txn, plan, id).await?;
    if let Some(claimed) = claimed {
        check_version(claimed, old.version, stale_what(id))?;
    }
    let ok = resolve(txn, plan, changes, Some(&old)).await?;
    unique(txn, plan, &ok, Some(id)).await?;
    let (unit, year) = (ok.unit.clone(), ok.year);
    let before = finance_totals::unit_year(txn, plan.id, unit.id, year).await?.1;
    let am = ba::ActiveModel {
        version: Set(old.version + 1),
        updated_at: Set(chrono::Utc::now().into()),
        ..columns(ok)
    };
    let saved = versioned::update(txn, am, id, old.version).await?;
    within_budget(txn, plan.id, &unit, year, before, "amount").await?;
    let (before, after) = (entry(txn, plan, &old).await?, entry(txn, plan, &saved).await?);
    audit::updated(txn, Some(actor), KIND, id, &before, &after).await?;
    Ok(after)
}

/// Deletes allocation `id` of plan `code` (admin); an `If-Match`, when sent, must match.
pub async fn delete(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
    id: i32,
    if_match: Option<String>,
) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let old = row_or_404(&txn, &plan, id).await?;
    Claim::new(if_match, None).check_if_sent(old.version, stale_what(id))?;
    delete_in(&txn, actor, &plan, id).await?;
    transactions::commit(txn, turn).await?;
    Ok(())
}

/// [`delete`] inside the caller's write transaction `txn` (the framework workbook), at the version
/// current in `txn`: the same audit entry.
pub async fn delete_in(txn: &DatabaseTransaction, actor: &Actor, plan: &Plan, id: i32) -> AppResult<()> {
    authorize(actor, Action::Administer)?;
    let old = row_or_404(txn, plan, id).await?;
    let before = entry(txn, plan, &old).await?;
    ba::Entity::delete_by_id(id).exec(txn).await?;
    audit::deleted(txn, Some(actor), KIND, id, &before).await?;
    Ok(())
}

/// The id of the allocation of `unit` (code) in `year` to `node` (code) in `plan`, if there is one.
pub async fn id_of(
    db: &impl ConnectionTrait,
    plan: &Plan,
    year: i32,
    (unit, node): (&str, &str),
) -> AppResult<Option<i32>> {
    let mut errs = Vec::new();
    let unit = codes::resolve_unit(db, "unit", Some(unit), &mut errs).await?;
    let node = codes::resolve_node(db, plan.id, "node", Some(node), &mut errs).await?;
    let (Some(unit), Some(node)) = (unit, node) else {
        return Ok(None);
    };
    Ok(ba::Entity::find()
        .filter(ba::Column::PlanId.eq(plan.id))
        .filter(ba::Column::Year.eq(year))
        .filter(ba::Column::OrgUnitId.eq(unit.id))
        .filter(ba::Column::NodeId.eq(node.id))
        .one(db)
        .await?
        .map(|a| a.id))
}

/// How a stale version's refusal names allocation `id` (`allocation 7`).
fn stale_what(id: i32) -> crate::error::Said {
    crate::error::Said::new("said-what-allocation-id", [("id", i64::from(id).into())])
}
