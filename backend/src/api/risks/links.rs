//! Links of a risk to the result nodes it threatens, by node code (admin). A link change moves the
//! risk's version, so an ETag read before it no longer matches.

use super::{risk_or_404, view};
use crate::api::common::{ApiJson, Tagged, check_if_match, check_version, claimed_version};
use crate::auth::Actor;
use crate::entities::{plans, risk_links, risks};
use crate::error::{AppError, AppResult, Problem};
use crate::models::plans::plan_by_code;
use crate::models::transactions;
use crate::models::{audit, refs, versioned};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::risks::RiskView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

/// A new link of a risk.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateRiskLink {
    /// Code of a result node of the plan.
    #[schema(max_length = 64)]
    pub node: Option<String>,
    /// Optional: the risk version read (or send `If-Match`).
    pub version: Option<i32>,
}

/// Moves the risk to its next version and records `action` with the risk before and after.
async fn bump_and_audit(
    db: &impl ConnectionTrait,
    actor: &Actor,
    plan: &plans::Model,
    old: &risks::Model,
    before: &RiskView,
    action: &str,
    node: &str,
) -> AppResult<(risks::Model, RiskView)> {
    let am = risks::ActiveModel {
        version: Set(old.version + 1),
        updated_at: Set(chrono::Utc::now().into()),
        ..Default::default()
    };
    let saved = versioned::update(db, am, old.id, old.version).await?;
    let after = view(db, plan, &saved).await?;
    audit::record(
        db,
        Some(actor),
        action,
        "risk",
        old.id,
        Some(before),
        Some(&after),
        &format!("node {node}"),
    )
    .await?;
    Ok((saved, after))
}

/// `POST /api/v1/plans/{plan}/risks/{risk}/links`: link the risk to a result node (admin).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/risks/{risk}/links", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), ("risk" = String, Path, description = "Risk code"),
        ("If-Match" = Option<String>, Header, description = "Optional: the risk version read")),
    request_body = CreateRiskLink,
    responses((status = 201, body = RiskView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem),
        (status = 422, body = Problem)))]
pub async fn create_risk_link(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, risk)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<CreateRiskLink>,
) -> AppResult<(StatusCode, Tagged<RiskView>)> {
    crate::limits::enforce(&b)?;
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &code).await?;
    let old = risk_or_404(&txn, &plan, &risk).await?;
    if headers.contains_key(axum::http::header::IF_MATCH) || b.version.is_some() {
        check_version(
            claimed_version(&headers, b.version)?,
            old.version,
            &format!("risk {risk}"),
        )?;
    }
    let Some(node_code) = b.node else {
        return Err(AppError::field("node", "is required"));
    };
    let mut errs = Vec::new();
    let Some(node) = refs::resolve_node(&txn, plan.id, "node", Some(&node_code), &mut errs).await? else {
        return Err(AppError::Invalid(errs));
    };
    let exists = risk_links::Entity::find()
        .filter(risk_links::Column::RiskId.eq(old.id))
        .filter(risk_links::Column::NodeId.eq(node.id))
        .one(&txn)
        .await?;
    if exists.is_some() {
        return Err(AppError::Conflict(format!(
            "risk {risk} is already linked to {node_code}"
        )));
    }
    let before = view(&txn, &plan, &old).await?;
    risk_links::ActiveModel {
        risk_id: Set(old.id),
        node_id: Set(node.id),
    }
    .insert(&txn)
    .await?;
    let (saved, after) = bump_and_audit(&txn, &actor, &plan, &old, &before, "link", &node_code).await?;
    transactions::commit(txn, turn).await?;
    Ok((StatusCode::CREATED, Tagged(saved.version, after)))
}

/// `DELETE /api/v1/plans/{plan}/risks/{risk}/links/{node}`: remove the risk's link to a node (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/risks/{risk}/links/{node}", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), ("risk" = String, Path, description = "Risk code"),
        ("node" = String, Path, description = "Node code"),
        ("If-Match" = Option<String>, Header, description = "Optional: the risk version read")),
    responses((status = 204, description = "Unlinked"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 412, body = Problem)))]
pub async fn delete_risk_link(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, risk, node_code)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &code).await?;
    let old = risk_or_404(&txn, &plan, &risk).await?;
    check_if_match(&headers, old.version, &format!("risk {risk}"))?;
    let not_linked = || AppError::NotFound(format!("a link of risk {risk} to {node_code}"));
    let node = refs::node_by_code(&txn, plan.id, &node_code)
        .await?
        .ok_or_else(not_linked)?;
    let before = view(&txn, &plan, &old).await?;
    let res = risk_links::Entity::delete_many()
        .filter(risk_links::Column::RiskId.eq(old.id))
        .filter(risk_links::Column::NodeId.eq(node.id))
        .exec(&txn)
        .await?;
    if res.rows_affected == 0 {
        return Err(not_linked());
    }
    bump_and_audit(&txn, &actor, &plan, &old, &before, "unlink", &node_code).await?;
    transactions::commit(txn, turn).await?;
    Ok(StatusCode::NO_CONTENT)
}
