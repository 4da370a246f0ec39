//! Writing allocations (admin): create, update (versioned) and delete, each audited in its transaction.

use super::{CreateAllocation, UpdateAllocation, row_or_404, view};
use crate::api::common::{ApiJson, Tagged, check_if_match, check_version, claimed_version};
use crate::auth::Actor;
use crate::entities::budget_allocations as ba;
use crate::error::{AppResult, Problem};
use crate::models::allocations::{self as allocation_rules, AllocationDraft};
use crate::models::plans::plan_by_code;
use crate::models::transactions;
use crate::models::{audit, versioned};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::finance::AllocationView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

/// `POST /api/v1/plans/{plan}/finance/allocations`: a new allocation (admin). The node is an output owned
/// by the unit, a thematic priority or an enabler; (plan, year, unit, node) is unique (409 otherwise).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/finance/allocations", tag = "finance",
    params(("plan" = String, Path, description = "Plan code")), request_body = CreateAllocation,
    responses((status = 201, body = AllocationView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiJson(b): ApiJson<CreateAllocation>,
) -> AppResult<(StatusCode, Tagged<AllocationView>)> {
    crate::limits::enforce(&b)?;
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &code).await?;
    let draft = AllocationDraft {
        year: b.year,
        unit: b.unit,
        node: b.node,
        amount: b.amount,
        provenance: b.provenance,
    };
    let ok = allocation_rules::resolve(&txn, &plan, draft, None).await?;
    allocation_rules::unique(&txn, &plan, &ok, None).await?;
    let now = chrono::Utc::now();
    let saved = ba::ActiveModel {
        plan_id: Set(plan.id),
        year: Set(ok.year),
        org_unit_id: Set(ok.unit.id),
        node_id: Set(ok.node.id),
        amount: Set(ok.amount),
        provenance: Set(ok.provenance),
        version: Set(1),
        created_at: Set(now.into()),
        updated_at: Set(now.into()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let v = view(&txn, &plan, &saved).await?;
    audit::created(&txn, Some(&actor), "budget_allocation", saved.id, &v).await?;
    transactions::commit(txn, turn).await?;
    Ok((StatusCode::CREATED, Tagged(saved.version, v)))
}

/// `PATCH /api/v1/plans/{plan}/finance/allocations/{id}`: change an allocation (admin); needs `version` or
/// `If-Match`.
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/finance/allocations/{id}", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Allocation id"),
        ("If-Match" = Option<String>, Header, description = "The version read")),
    request_body = UpdateAllocation,
    responses((status = 200, body = AllocationView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem),
        (status = 422, body = Problem)))]
pub async fn update_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UpdateAllocation>,
) -> AppResult<Tagged<AllocationView>> {
    crate::limits::enforce(&b)?;
    authorize(&actor, Action::Administer)?;
    let claimed = claimed_version(&headers, b.version)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &code).await?;
    let old = row_or_404(&txn, &plan, id).await?;
    check_version(claimed, old.version, &format!("allocation {id}"))?;
    let draft = AllocationDraft {
        year: b.year,
        unit: b.unit,
        node: b.node,
        amount: b.amount,
        provenance: b.provenance,
    };
    let ok = allocation_rules::resolve(&txn, &plan, draft, Some(&old)).await?;
    allocation_rules::unique(&txn, &plan, &ok, Some(id)).await?;
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
    let (before, after) = (view(&txn, &plan, &old).await?, view(&txn, &plan, &saved).await?);
    audit::updated(&txn, Some(&actor), "budget_allocation", id, &before, &after).await?;
    transactions::commit(txn, turn).await?;
    Ok(Tagged(saved.version, after))
}

/// `DELETE /api/v1/plans/{plan}/finance/allocations/{id}`: remove an allocation (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/finance/allocations/{id}", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Allocation id"),
        ("If-Match" = Option<String>, Header, description = "Optional: the version read")),
    responses((status = 204, description = "Deleted"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 412, body = Problem)))]
pub async fn delete_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &code).await?;
    let old = row_or_404(&txn, &plan, id).await?;
    check_if_match(&headers, old.version, &format!("allocation {id}"))?;
    let before = view(&txn, &plan, &old).await?;
    ba::Entity::delete_by_id(id).exec(&txn).await?;
    audit::deleted(&txn, Some(&actor), "budget_allocation", id, &before).await?;
    transactions::commit(txn, turn).await?;
    Ok(StatusCode::NO_CONTENT)
}
