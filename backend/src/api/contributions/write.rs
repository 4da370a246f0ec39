//! Changing contribution links (admin): link two nodes, re-weight a link at its current version, unlink.

use super::{CreateContribution, UpdateContribution, check_weight, link_or_404, node_field};
use crate::api::common::check_if_match;
use crate::api::common::{ApiJson, FieldErrors, Tagged, check_version, claimed_version};
use crate::auth::Actor;
use crate::entities::contribution_links::{self, Column};
use crate::error::{AppError, AppResult, Problem};
use crate::models::plans::plan_by_code;
use crate::models::transactions;
use crate::models::{audit, nodes, versioned};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::nodes::ContributionView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, ModelTrait, QueryFilter};

/// `POST /api/v1/plans/{plan}/contributions`: link two nodes of the plan (admin).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/contributions", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code")),
    request_body = CreateContribution,
    responses((status = 201, body = ContributionView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_contribution(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiJson(body): ApiJson<CreateContribution>,
) -> AppResult<(StatusCode, Tagged<ContributionView>)> {
    crate::limits::enforce(&body)?;
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let mut errs = FieldErrors::default();
    let from = node_field(&txn, &plan, &mut errs, "from", &body.from).await?;
    let to = node_field(&txn, &plan, &mut errs, "to", &body.to).await?;
    if body.from == body.to {
        errs.push("to", "a node cannot contribute to itself");
    }
    check_weight(&mut errs, body.weight);
    errs.finish()?;
    let (Some(from), Some(to)) = (from, to) else {
        return Err(AppError::Internal("checked nodes missing".into()));
    };
    let exists = contribution_links::Entity::find()
        .filter(Column::FromNodeId.eq(from.id))
        .filter(Column::ToNodeId.eq(to.id))
        .one(&txn)
        .await?;
    if exists.is_some() {
        return Err(AppError::Conflict(format!(
            "{} already contributes to {}",
            from.code, to.code
        )));
    }
    let row = contribution_links::ActiveModel {
        from_node_id: Set(from.id),
        to_node_id: Set(to.id),
        weight: Set(body.weight),
        provenance: Set("entered".to_owned()),
        version: Set(1),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let codes = [(from.id, from.code), (to.id, to.code)].into_iter().collect();
    let view = ContributionView::new(&row, &codes);
    audit::created(&txn, Some(&actor), "contribution_link", row.id, &view).await?;
    transactions::commit(txn, turn).await?;
    Ok((StatusCode::CREATED, Tagged(row.version, view)))
}

/// `PATCH /api/v1/plans/{plan}/contributions/{id}`: change a link's weight (admin, versioned).
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/contributions/{id}", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Link id")),
    request_body = UpdateContribution,
    responses((status = 200, body = ContributionView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem),
        (status = 422, body = Problem)))]
pub async fn update_contribution(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, id)): Path<(String, i32)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateContribution>,
) -> AppResult<Tagged<ContributionView>> {
    crate::limits::enforce(&body)?;
    authorize(&actor, Action::Administer)?;
    let claimed = claimed_version(&headers, body.version)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let link = link_or_404(&txn, &plan, id).await?;
    check_version(claimed, link.version, &format!("contribution link {id}"))?;
    let mut errs = FieldErrors::default();
    let mut am: contribution_links::ActiveModel = link.clone().into();
    if let Some(w) = body.weight {
        check_weight(&mut errs, w);
        am.weight = Set(w);
    }
    errs.finish()?;
    am.version = Set(link.version + 1);
    let updated = versioned::update(&txn, am, link.id, link.version).await?;
    let codes = nodes::codes(&txn, plan.id).await?;
    let (before, after) = (
        ContributionView::new(&link, &codes),
        ContributionView::new(&updated, &codes),
    );
    audit::updated(&txn, Some(&actor), "contribution_link", id, &before, &after).await?;
    transactions::commit(txn, turn).await?;
    Ok(Tagged(updated.version, after))
}

/// `DELETE /api/v1/plans/{plan}/contributions/{id}`: remove a link (admin). An `If-Match` version,
/// when sent, must be current.
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/contributions/{id}", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Link id")),
    responses((status = 204, description = "Deleted"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 412, body = Problem)))]
pub async fn delete_contribution(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, id)): Path<(String, i32)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let link = link_or_404(&txn, &plan, id).await?;
    check_if_match(&headers, link.version, &format!("contribution link {id}"))?;
    let view = ContributionView::new(&link, &nodes::codes(&txn, plan.id).await?);
    link.delete(&txn).await?;
    audit::deleted(&txn, Some(&actor), "contribution_link", id, &view).await?;
    transactions::commit(txn, turn).await?;
    Ok(StatusCode::NO_CONTENT)
}
