//! Writing operational items: the planner of the operational plan's unit or the admin creates, changes
//! (with a version) and deletes them, each write audited in its transaction.

use super::read::item_or_404;
use super::{ItemContext, ItemDraft, ItemEntry, ValidItem, resolve, unique};
use crate::auth::Actor;
use crate::entities::{operational_items as oi, operational_plans as op};
use crate::error::{AppError, AppResult};
use crate::models::patching::{Claim, check_version};
use crate::models::versioned::{self, Write};
use crate::policy::{Action, authorize};
use rust_decimal::Decimal;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait};
use serde::Deserialize;

/// A new item. `operational_plan_id`, `code`, `name`, `output` and `planned_quantity` are required.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateOperationalItem {
    /// The operational plan it belongs to.
    pub operational_plan_id: Option<i32>,
    /// Code, unique in the operational plan (e.g. `BR-08`).
    #[schema(max_length = 64)]
    pub code: Option<String>,
    /// Name.
    #[schema(max_length = 500)]
    pub name: Option<String>,
    /// Code of an output owned by the operational plan's unit.
    #[schema(max_length = 64)]
    pub output: Option<String>,
    /// Org unit that runs it; defaults to the operational plan's unit.
    #[schema(max_length = 64)]
    pub responsible_unit: Option<String>,
    /// Budget, CHF thousands, ≥ 0 (default 0).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub budget: Option<Decimal>,
    /// Planned quantity, ≥ 0.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub planned_quantity: Option<Decimal>,
    /// Delivered quantity, ≥ 0 (default 0).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub delivered_quantity: Option<Decimal>,
    /// What is counted (notices, workshops …).
    #[schema(max_length = 500)]
    pub unit_of_measure: Option<String>,
    /// Milestones, free text.
    #[schema(max_length = 10000)]
    pub milestones: Option<String>,
    /// planned (default), in_progress, delivered, delayed or cancelled.
    #[schema(max_length = 64)]
    pub status: Option<String>,
}

/// Changes to an item; absent fields stay as they are. An item stays in its operational plan.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateOperationalItem {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Code.
    #[schema(max_length = 64)]
    pub code: Option<String>,
    /// Name.
    #[schema(max_length = 500)]
    pub name: Option<String>,
    /// Output code.
    #[schema(max_length = 64)]
    pub output: Option<String>,
    /// Responsible org unit code.
    #[schema(max_length = 64)]
    pub responsible_unit: Option<String>,
    /// Budget, CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub budget: Option<Decimal>,
    /// Planned quantity, ≥ 0.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub planned_quantity: Option<Decimal>,
    /// Delivered quantity, ≥ 0.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub delivered_quantity: Option<Decimal>,
    /// Unit of measure.
    #[schema(max_length = 500)]
    pub unit_of_measure: Option<String>,
    /// Milestones.
    #[schema(max_length = 10000)]
    pub milestones: Option<String>,
    /// Status.
    #[schema(max_length = 64)]
    pub status: Option<String>,
}

/// Refuses roles that write for no unit at all (reviewers) before the request is examined; the item's
/// own unit is checked once its operational plan is known.
fn writes_for_some_unit(actor: &Actor) -> AppResult<()> {
    authorize(actor, Action::WriteUnit(actor.unit_id.unwrap_or(-1)))
}

async fn item_and_plan(db: &impl ConnectionTrait, id: i32) -> AppResult<(oi::Model, op::Model)> {
    let item = item_or_404(db, id).await?;
    let opp = op::Entity::find_by_id(item.operational_plan_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::Internal(format!("item {id} has no operational plan")))?;
    Ok((item, opp))
}

async fn entry(db: &impl ConnectionTrait, i: &oi::Model) -> AppResult<ItemEntry> {
    Ok(ItemEntry::new(i, &ItemContext::load(db, vec![i.output_node_id]).await?))
}

fn fill(am: &mut oi::ActiveModel, v: ValidItem) {
    am.code = Set(v.code);
    am.name = Set(v.name);
    am.output_node_id = Set(v.output.id);
    am.responsible_unit_id = Set(v.responsible_unit.id);
    am.budget = Set(v.budget);
    am.planned_quantity = Set(v.planned_quantity);
    am.delivered_quantity = Set(v.delivered_quantity);
    am.unit_of_measure = Set(v.unit_of_measure);
    am.milestones = Set(v.milestones);
    am.status = Set(v.status);
}

impl From<CreateOperationalItem> for ItemDraft {
    fn from(b: CreateOperationalItem) -> Self {
        ItemDraft {
            code: b.code,
            name: b.name,
            output: b.output,
            responsible_unit: b.responsible_unit,
            budget: b.budget,
            planned_quantity: b.planned_quantity,
            delivered_quantity: b.delivered_quantity,
            unit_of_measure: b.unit_of_measure,
            milestones: b.milestones,
            status: b.status,
        }
    }
}

impl UpdateOperationalItem {
    /// The fields this change sets, and the version it claims.
    fn split(self) -> (ItemDraft, Option<i32>) {
        let draft = ItemDraft {
            code: self.code,
            name: self.name,
            output: self.output,
            responsible_unit: self.responsible_unit,
            budget: self.budget,
            planned_quantity: self.planned_quantity,
            delivered_quantity: self.delivered_quantity,
            unit_of_measure: self.unit_of_measure,
            milestones: self.milestones,
            status: self.status,
        };
        (draft, self.version)
    }
}

/// Creates an item in an operational plan of the actor's unit (or any, for the admin).
pub async fn create(db: &DatabaseConnection, actor: &Actor, b: CreateOperationalItem) -> AppResult<ItemEntry> {
    crate::limits::enforce(&b)?;
    writes_for_some_unit(actor)?;
    let Some(opp_id) = b.operational_plan_id else {
        return Err(AppError::field("operational_plan_id", crate::error::Said::required()));
    };
    let w = Write::begin(db, actor, "operational_item").await?;
    let opp = op::Entity::find_by_id(opp_id).one(&w.txn).await?.ok_or_else(|| {
        AppError::field(
            "operational_plan_id",
            crate::error::Said::new("said-no-operational-plan-id", [("id", opp_id.to_string().into())]),
        )
    })?;
    authorize(actor, Action::WriteUnit(opp.org_unit_id))?;
    let valid = resolve(&w.txn, &opp, b.into(), None).await?;
    unique(&w.txn, opp.id, &valid.code, None).await?;
    let mut am = oi::ActiveModel {
        operational_plan_id: Set(opp.id),
        provenance: Set("entered".into()),
        ..Default::default()
    };
    fill(&mut am, valid);
    let saved = versioned::insert(&w.txn, am).await?;
    let e = entry(&w.txn, &saved).await?;
    w.created(saved.id, e).await
}

/// Applies `b` to item `id` (its unit's planner or the admin) if it is still at the version the client
/// read (`if_match`, else `b.version`).
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    if_match: Option<String>,
    b: UpdateOperationalItem,
) -> AppResult<ItemEntry> {
    crate::limits::enforce(&b)?;
    writes_for_some_unit(actor)?;
    let (draft, version) = b.split();
    let claimed = Claim::new(if_match, version).resolve()?;
    let w = Write::begin(db, actor, "operational_item").await?;
    let (old, opp) = item_and_plan(&w.txn, id).await?;
    authorize(actor, Action::WriteUnit(opp.org_unit_id))?;
    check_version(
        claimed,
        old.version,
        crate::error::Said::new("said-what-item", [("id", i64::from(id).into())]),
    )?;
    let valid = resolve(&w.txn, &opp, draft, Some(&old)).await?;
    unique(&w.txn, opp.id, &valid.code, Some(id)).await?;
    let mut am = oi::ActiveModel {
        version: Set(old.version + 1),
        updated_at: Set(chrono::Utc::now().into()),
        ..Default::default()
    };
    fill(&mut am, valid);
    let saved = versioned::update(&w.txn, am, id, old.version).await?;
    let (before, after) = (entry(&w.txn, &old).await?, entry(&w.txn, &saved).await?);
    w.updated(id, before, after).await
}

/// Deletes item `id` if it has delivered nothing yet (its unit's planner or the admin). An item with
/// deliveries is part of the record: cancel it instead (409).
pub async fn delete(db: &DatabaseConnection, actor: &Actor, id: i32, if_match: Option<String>) -> AppResult<()> {
    writes_for_some_unit(actor)?;
    let w = Write::begin(db, actor, "operational_item").await?;
    let (old, opp) = item_and_plan(&w.txn, id).await?;
    authorize(actor, Action::WriteUnit(opp.org_unit_id))?;
    Claim::new(if_match, None).check_if_sent(
        old.version,
        crate::error::Said::new("said-what-item", [("id", i64::from(id).into())]),
    )?;
    if old.delivered_quantity > crate::fixed::Fixed::ZERO {
        return Err(AppError::conflict(crate::error::Said::new(
            "said-item-delivered",
            [
                ("code", old.code.clone().into()),
                ("quantity", old.delivered_quantity.to_string().into()),
                ("unit", old.unit_of_measure.clone().into()),
            ],
        )));
    }
    let before = entry(&w.txn, &old).await?;
    oi::Entity::delete_by_id(id).exec(&w.txn).await?;
    w.deleted(id, &before).await
}
