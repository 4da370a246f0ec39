//! Writing operational items: the planner of the operational plan's unit or the admin creates, changes
//! (with a version) and deletes them, each write audited in its transaction.

use super::{CreateOperationalItem, UpdateOperationalItem};
use crate::api::common::{ApiJson, Tagged, check_if_match, check_version, claimed_version};
use crate::auth::Actor;
use crate::entities::{operational_items as oi, operational_plans as op};
use crate::error::{AppError, AppResult, Problem};
use crate::models::operational_items::{self as items, ItemContext, ItemDraft, ValidItem};
use crate::models::transactions;
use crate::models::{audit, versioned};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::operations::ItemView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, EntityTrait};

/// Refuses roles that write for no unit at all (reviewers) before the request is examined; the item's
/// own unit is checked once its operational plan is known.
fn writes_for_some_unit(actor: &Actor) -> AppResult<()> {
    authorize(actor, Action::WriteUnit(actor.unit_id.unwrap_or(-1)))
}

async fn item_and_plan(db: &impl ConnectionTrait, id: i32) -> AppResult<(oi::Model, op::Model)> {
    let item = oi::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("operational item {id}")))?;
    let opp = op::Entity::find_by_id(item.operational_plan_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::Internal(format!("item {id} has no operational plan")))?;
    Ok((item, opp))
}

async fn view(db: &impl ConnectionTrait, i: &oi::Model) -> AppResult<ItemView> {
    Ok(ItemView::new(i, &ItemContext::load(db, vec![i.output_node_id]).await?))
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

/// `POST /api/v1/operational-items`: a new item in an operational plan of the planner's unit (or any,
/// for the admin).
#[utoipa::path(post, path = "/api/v1/operational-items", tag = "operations", request_body = CreateOperationalItem,
    responses((status = 201, body = ItemView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_operational_item(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(b): ApiJson<CreateOperationalItem>,
) -> AppResult<(StatusCode, Tagged<ItemView>)> {
    crate::limits::enforce(&b)?;
    writes_for_some_unit(&actor)?;
    let Some(opp_id) = b.operational_plan_id else {
        return Err(AppError::field("operational_plan_id", "is required"));
    };
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let opp = op::Entity::find_by_id(opp_id).one(&txn).await?.ok_or_else(|| {
        AppError::field(
            "operational_plan_id",
            format!("no operational plan has the id {opp_id}"),
        )
    })?;
    authorize(&actor, Action::WriteUnit(opp.org_unit_id))?;
    let draft = ItemDraft {
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
    };
    let valid = items::resolve(&txn, &opp, draft, None).await?;
    items::unique(&txn, opp.id, &valid.code, None).await?;
    let now = chrono::Utc::now();
    let mut am = oi::ActiveModel {
        operational_plan_id: Set(opp.id),
        provenance: Set("entered".into()),
        version: Set(1),
        created_at: Set(now.into()),
        updated_at: Set(now.into()),
        ..Default::default()
    };
    fill(&mut am, valid);
    let saved = am.insert(&txn).await?;
    let v = view(&txn, &saved).await?;
    audit::created(&txn, Some(&actor), "operational_item", saved.id, &v).await?;
    transactions::commit(txn, turn).await?;
    Ok((StatusCode::CREATED, Tagged(saved.version, v)))
}

/// `PATCH /api/v1/operational-items/{id}`: change an item (its unit's planner or the admin); needs
/// `version` or `If-Match`.
#[utoipa::path(patch, path = "/api/v1/operational-items/{id}", tag = "operations",
    params(("id" = i32, Path, description = "Item id"), ("If-Match" = Option<String>, Header, description = "The version read")),
    request_body = UpdateOperationalItem,
    responses((status = 200, body = ItemView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem),
        (status = 422, body = Problem)))]
pub async fn update_operational_item(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UpdateOperationalItem>,
) -> AppResult<Tagged<ItemView>> {
    crate::limits::enforce(&b)?;
    writes_for_some_unit(&actor)?;
    let claimed = claimed_version(&headers, b.version)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let (old, opp) = item_and_plan(&txn, id).await?;
    authorize(&actor, Action::WriteUnit(opp.org_unit_id))?;
    check_version(claimed, old.version, &format!("operational item {id}"))?;
    let draft = ItemDraft {
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
    };
    let valid = items::resolve(&txn, &opp, draft, Some(&old)).await?;
    items::unique(&txn, opp.id, &valid.code, Some(id)).await?;
    let mut am = oi::ActiveModel {
        version: Set(old.version + 1),
        updated_at: Set(chrono::Utc::now().into()),
        ..Default::default()
    };
    fill(&mut am, valid);
    let saved = versioned::update(&txn, am, id, old.version).await?;
    let (before, after) = (view(&txn, &old).await?, view(&txn, &saved).await?);
    audit::updated(&txn, Some(&actor), "operational_item", id, &before, &after).await?;
    transactions::commit(txn, turn).await?;
    Ok(Tagged(saved.version, after))
}

/// `DELETE /api/v1/operational-items/{id}`: remove an item that has delivered nothing yet (its unit's
/// planner or the admin). An item with deliveries is part of the record: cancel it instead (409).
#[utoipa::path(delete, path = "/api/v1/operational-items/{id}", tag = "operations",
    params(("id" = i32, Path, description = "Item id"), ("If-Match" = Option<String>, Header, description = "Optional: the version read")),
    responses((status = 204, description = "Deleted"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn delete_operational_item(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    writes_for_some_unit(&actor)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let (old, opp) = item_and_plan(&txn, id).await?;
    authorize(&actor, Action::WriteUnit(opp.org_unit_id))?;
    check_if_match(&headers, old.version, &format!("operational item {id}"))?;
    if old.delivered_quantity > crate::fixed::Fixed::ZERO {
        return Err(AppError::Conflict(format!(
            "item {} has delivered {} {}: it stays on record; set its status to cancelled instead",
            old.code, old.delivered_quantity, old.unit_of_measure
        )));
    }
    let before = view(&txn, &old).await?;
    oi::Entity::delete_by_id(id).exec(&txn).await?;
    audit::deleted(&txn, Some(&actor), "operational_item", id, &before).await?;
    transactions::commit(txn, turn).await?;
    Ok(StatusCode::NO_CONTENT)
}
