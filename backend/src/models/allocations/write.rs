//! Writing allocations (admin): create, update (versioned) and delete, each audited in its transaction.

use super::read::{entry, row_or_404};
use super::{AllocationEntry, ValidAllocation, resolve, unique, within_budget};
use crate::auth::Actor;
use crate::entities::budget_allocations as ba;
use crate::error::AppResult;
use crate::models::finance_totals;
use crate::models::patching::{Claim, check_version};
use crate::models::plans::plan_by_code;
use crate::models::versioned::{self, Write};
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
    let w = Write::begin(db, actor, "budget_allocation").await?;
    let plan = plan_by_code(&w.txn, code).await?;
    let ok = resolve(&w.txn, &plan, b, None).await?;
    unique(&w.txn, &plan, &ok, None).await?;
    let (unit, year) = (ok.unit.clone(), ok.year);
    let before = finance_totals::unit_year(&w.txn, plan.id, unit.id, year).await?.1;
    let am = ba::ActiveModel {
        plan_id: Set(plan.id),
        ..columns(ok)
    };
    let saved = versioned::insert(&w.txn, am).await?;
    within_budget(&w.txn, plan.id, &unit, year, before, "amount").await?;
    let e = entry(&w.txn, &plan, &saved).await?;
    w.created(saved.id, e).await
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
    let (changes, version) = b.split();
    let claimed = Claim::new(if_match, version).resolve()?;
    let w = Write::begin(db, actor, "budget_allocation").await?;
    let plan = plan_by_code(&w.txn, code).await?;
    let old = row_or_404(&w.txn, &plan, id).await?;
    check_version(claimed, old.version, &format!("allocation {id}"))?;
    let ok = resolve(&w.txn, &plan, changes, Some(&old)).await?;
    unique(&w.txn, &plan, &ok, Some(id)).await?;
    let (unit, year) = (ok.unit.clone(), ok.year);
    let before = finance_totals::unit_year(&w.txn, plan.id, unit.id, year).await?.1;
    let am = ba::ActiveModel {
        version: Set(old.version + 1),
        updated_at: Set(chrono::Utc::now().into()),
        ..columns(ok)
    };
    let saved = versioned::update(&w.txn, am, id, old.version).await?;
    within_budget(&w.txn, plan.id, &unit, year, before, "amount").await?;
    let (before, after) = (entry(&w.txn, &plan, &old).await?, entry(&w.txn, &plan, &saved).await?);
    w.updated(id, before, after).await
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
    let w = Write::begin(db, actor, "budget_allocation").await?;
    let plan = plan_by_code(&w.txn, code).await?;
    let old = row_or_404(&w.txn, &plan, id).await?;
    Claim::new(if_match, None).check_if_sent(old.version, &format!("allocation {id}"))?;
    let before = entry(&w.txn, &plan, &old).await?;
    ba::Entity::delete_by_id(id).exec(&w.txn).await?;
    w.deleted(id, &before).await
}
