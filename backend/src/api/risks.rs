//! `/api/v1/plans/{plan}/risks`: the risk register linked to result nodes. Everyone reads; the admin
//! creates, deletes and links; the owner unit's planner updates status, mitigation and review date of
//! their unit's risks. The use cases are [`crate::models::risks`].

use crate::api::common::if_match;
use crate::api::common::{ApiJson, Page, Tagged};
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::risks::{self, CreateRisk, CreateRiskLink, RiskListParams, UpdateRisk};
use crate::state::AppState;
use crate::views::risks::RiskView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_risks, create_risk))
        .routes(routes!(get_risk, update_risk, delete_risk))
        .routes(routes!(create_risk_link))
        .routes(routes!(delete_risk_link))
}

/// `GET /api/v1/plans/{plan}/risks`: the plan's risks with their scores.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/risks", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), RiskListParams),
    responses((status = 200, body = Page<RiskView>)))]
pub async fn list_risks(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<RiskListParams>,
) -> AppResult<axum::Json<Page<RiskView>>> {
    let page = risks::list(&st.db, &actor, &code, p).await?;
    Ok(axum::Json(page))
}

/// `GET /api/v1/plans/{plan}/risks/{risk}`: one risk by code, with its version as ETag.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/risks/{risk}", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), ("risk" = String, Path, description = "Risk code")),
    responses((status = 200, body = RiskView)))]
pub async fn get_risk(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, risk)): Path<(String, String)>,
) -> AppResult<Tagged<RiskView>> {
    let r = risks::get(&st.db, &actor, &code, &risk).await?;
    Ok(Tagged(r.version, r))
}

/// `POST /api/v1/plans/{plan}/risks`: a new risk (admin), optionally linked to result nodes by code.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/risks", tag = "risks",
    params(("plan" = String, Path, description = "Plan code")), request_body = CreateRisk,
    responses((status = 201, body = RiskView), (status = 409, body = Problem)))]
pub async fn create_risk(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiJson(b): ApiJson<CreateRisk>,
) -> AppResult<(StatusCode, Tagged<RiskView>)> {
    let r = risks::create(&st.db, &actor, &code, b).await?;
    Ok((StatusCode::CREATED, Tagged(r.version, r)))
}

/// `PATCH /api/v1/plans/{plan}/risks/{risk}`: change a risk; needs `version` or `If-Match`. The admin may
/// change anything; the owner unit's planner only `status`, `mitigation` and `reviewed_on` (403 naming
/// the other fields sent).
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/risks/{risk}", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), ("risk" = String, Path, description = "Risk code"),
        ("If-Match" = Option<String>, Header, description = "The version read")),
    request_body = UpdateRisk,
    responses((status = 200, body = RiskView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn update_risk(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, risk)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UpdateRisk>,
) -> AppResult<Tagged<RiskView>> {
    let r = risks::update(&st.db, &actor, &code, &risk, if_match(&headers), b).await?;
    Ok(Tagged(r.version, r))
}

/// `DELETE /api/v1/plans/{plan}/risks/{risk}`: remove a risk and its links (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/risks/{risk}", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), ("risk" = String, Path, description = "Risk code"),
        ("If-Match" = Option<String>, Header, description = "Optional: the version read")),
    responses((status = 204, description = "Deleted"), (status = 412, body = Problem)))]
pub async fn delete_risk(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, risk)): Path<(String, String)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    risks::delete(&st.db, &actor, &code, &risk, if_match(&headers)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/plans/{plan}/risks/{risk}/links`: link the risk to a result node (admin).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/risks/{risk}/links", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), ("risk" = String, Path, description = "Risk code"),
        ("If-Match" = Option<String>, Header, description = "Optional: the risk version read")),
    request_body = CreateRiskLink,
    responses((status = 201, body = RiskView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn create_risk_link(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, risk)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<CreateRiskLink>,
) -> AppResult<(StatusCode, Tagged<RiskView>)> {
    let r = risks::link(&st.db, &actor, &code, &risk, if_match(&headers), b).await?;
    Ok((StatusCode::CREATED, Tagged(r.version, r)))
}

/// `DELETE /api/v1/plans/{plan}/risks/{risk}/links/{node}`: remove the risk's link to a node (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/risks/{risk}/links/{node}", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), ("risk" = String, Path, description = "Risk code"),
        ("node" = String, Path, description = "Node code"),
        ("If-Match" = Option<String>, Header, description = "Optional: the risk version read")),
    responses((status = 204, description = "Unlinked"), (status = 412, body = Problem)))]
pub async fn delete_risk_link(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, risk, node)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    risks::unlink(&st.db, &actor, &code, &risk, &node, if_match(&headers)).await?;
    Ok(StatusCode::NO_CONTENT)
}
