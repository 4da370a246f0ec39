//! Plans: list, read, update thresholds (admin), and the framework tree with statuses for a year.

use super::common::{ApiJson, Tagged};
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::plans::{self, UpdatePlan};
use crate::state::AppState;
use crate::views::tree::{PlanList, PlanView, TreeView};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_plans))
        .routes(routes!(get_plan, update_plan))
        .routes(routes!(get_plan_tree))
}

pub use crate::api::common::claim;

/// `GET /api/v1/plans`: every plan, newest first.
#[utoipa::path(get, path = "/api/v1/plans", tag = "plans",
    responses((status = 200, body = PlanList)))]
pub async fn list_plans(actor: Actor, State(st): State<AppState>) -> AppResult<axum::Json<PlanList>> {
    let items: Vec<PlanView> = plans::list(&st.db, &actor).await?.iter().map(PlanView::from).collect();
    Ok(axum::Json(PlanList {
        total: items.len(),
        items,
    }))
}

/// `GET /api/v1/plans/{plan}`: one plan, with its version as ETag.
#[utoipa::path(get, path = "/api/v1/plans/{plan}", tag = "plans", params(("plan" = String, Path, description = "Plan code")),
    responses((status = 200, body = PlanView)))]
pub async fn get_plan(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
) -> AppResult<Tagged<PlanView>> {
    let p = plans::get(&st.db, &actor, &code).await?;
    Ok(Tagged(p.version, PlanView::from(&p)))
}

/// `PATCH /api/v1/plans/{plan}`: change a plan's status or thresholds (admin); stale versions are refused.
#[utoipa::path(patch, path = "/api/v1/plans/{plan}", tag = "plans", params(("plan" = String, Path, description = "Plan code")),
    request_body = UpdatePlan,
    responses((status = 200, body = PlanView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn update_plan(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdatePlan>,
) -> AppResult<Tagged<PlanView>> {
    crate::limits::enforce(&body)?;
    let updated = plans::update(&st.db, &actor, &code, claim(&headers, body.version), &body).await?;
    Ok(Tagged(updated.version, PlanView::from(&updated)))
}

/// Query of the tree route.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TreeParams {
    /// The year to evaluate; defaults to the plan's first year.
    pub year: Option<i32>,
}

/// `GET /api/v1/plans/{plan}/tree?year=Y`: the framework tree with each indicator's actual, expected,
/// progress and status for year Y, and each node's roll-up.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/tree", tag = "plans",
    params(("plan" = String, Path, description = "Plan code"), TreeParams),
    responses((status = 200, body = TreeView)))]
pub async fn get_plan_tree(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    Query(params): Query<TreeParams>,
) -> AppResult<axum::Json<TreeView>> {
    let ev = plans::tree(&st.db, &st.evaluations, &actor, &code, params.year).await?;
    Ok(axum::Json(TreeView::build(&ev)))
}
