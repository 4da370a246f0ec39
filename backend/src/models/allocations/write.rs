//! Writing allocations (admin): create, update (versioned) and delete, each audited in its transaction.

use super::read::{entry, row_or_404};
use super::{AllocationEntry, resolve, unique};
use crate::auth::Actor;
use crate::entities::budget_allocations as ba;
use crate::error::AppResult;
use crate::models::patching::Claim;
use crate::models::plans::plan_by_code;
use crate::models::{audit, transactions, versioned};
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{ActiveValue::Set, DatabaseConnection, EntityTrait};
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

/// Creates an allocation in plan `code` (admin). The node is an output owned by the unit, a thematic
/// priority or an enabler; (plan, year, unit, node) is unique (409 otherwise).
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
    let ok = resolve(&txn, &plan, b, None).await?;
    unique(&txn, &plan, &ok, None).await?;
    let am = ba::ActiveModel {
        plan_id: Set(plan.id),
        year: Set(ok.year),
        org_unit_id: Set(ok.unit.id),
        node_id: Set(ok.node.id),
        amount: Set(ok.amount),
        provenance: Set(ok.provenance),
        ..Default::default()
    };
    let saved = versioned::insert(&txn, am).await?;
    let e = entry(&txn, &plan, &saved).await?;
    audit::created(&txn, Some(actor), "budget_allocation", saved.id, &e).await?;
    transactions::commit(txn, turn).await?;
    Ok(e)
}

/// Applies `b` to allocation `id` of plan `code` (admin) if it is still at the version the client read
/// (`if_match`, else `b.version`).
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
    let claim = Claim {
        if_match,
        body: b.version,
    };
    let claimed = claim.resolve()?;
    let (txn, turn) = transactions::begin_write(db).await?;
    let plan = plan_by_code(&txn, code).await?;
    let old = row_or_404(&txn, &plan, id).await?;
    crate::models::patching::check_version(claimed, old.version, &format!("allocation {id}"))?;
    let changes = CreateAllocation {
        year: b.year,
        unit: b.unit,
        node: b.node,
        amount: b.amount,
        provenance: b.provenance,
    };
    let ok = resolve(&txn, &plan, changes, Some(&old)).await?;
    unique(&txn, &plan, &ok, Some(id)).await?;
    let am = ba::ActiveModel {
        year: Set(ok.year),
        org_unit_id: Set(ok.unit.id),
        node_id: Set(ok.node.id),
        amount: Set(ok.amount),
        provenance: Set(ok.provenance),
        version: Set(old.version + 1),
        updated_at: Set(chrono::Utc::now().into()),
        ..Default::default()
    };
    let saved = versioned::update(&txn, am, id, old.version).await?;
    let (before, after) = (entry(&txn, &plan, &old).await?, entry(&txn, &plan, &saved).await?);
    audit::updated(&txn, Some(actor), "budget_allocation", id, &before, &after).await?;
    transactions::commit(txn, turn).await?;
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
    Claim { if_match, body: None }.check_if_sent(old.version, &format!("allocation {id}"))?;
    let before = entry(&txn, &plan, &old).await?;
    ba::Entity::delete_by_id(id).exec(&txn).await?;
    audit::deleted(&txn, Some(actor), "budget_allocation", id, &before).await?;
    transactions::commit(txn, turn).await?;
    Ok(())
}
