//! Plans: list, read, update thresholds (admin), adopt, close and clone as the next plan (admin), and
//! the framework tree with statuses for a year.

use super::common::{Claimed, Tagged};
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::plans::lifecycle::{self, PlanStep};
use crate::models::plans::next::{self, NextPlan};
use crate::models::plans::{self, UpdatePlan};
use crate::models::translations::{self, Kind};
use crate::state::AppState;
use crate::views::tree::{PlanList, PlanView, TreeView};
use axum::extract::{Path, Query, State};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_plans))
        .routes(routes!(get_plan, update_plan))
        .routes(routes!(get_plan_tree))
        .routes(routes!(adopt_plan))
        .routes(routes!(close_plan))
        .routes(routes!(clone_plan))
}

pub use crate::api::common::claim;

/// `GET /api/v1/plans`: every plan, newest first.
#[utoipa::path(get, path = "/api/v1/plans", tag = "plans",
    responses((status = 200, body = PlanList)))]
pub async fn list_plans(actor: Actor, State(st): State<AppState>) -> AppResult<axum::Json<PlanList>> {
    let lookup = translations::resolve(&st.db, crate::language::current()).await?;
    let items: Vec<PlanView> = plans::list(&st.db, &actor)
        .await?
        .iter()
        .map(|p| PlanView {
            localized: lookup.view(Kind::Plan, p.id, &p.name, None),
            ..PlanView::from(p)
        })
        .collect();
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
    let lookup = translations::resolve(&st.db, crate::language::current()).await?;
    let view = PlanView {
        localized: lookup.view(Kind::Plan, p.id, &p.name, None),
        ..PlanView::from(&p)
    };
    Ok(Tagged(p.version, view))
}

/// `PATCH /api/v1/plans/{plan}`: change a plan's status or thresholds (admin); stale versions are refused.
#[utoipa::path(patch, path = "/api/v1/plans/{plan}", tag = "plans", params(("plan" = String, Path, description = "Plan code")),
    request_body = UpdatePlan,
    responses((status = 200, body = PlanView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn update_plan(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    Claimed(claim, body): Claimed<UpdatePlan>,
) -> AppResult<Tagged<PlanView>> {
    crate::limits::enforce(&body)?;
    let updated = plans::update(&st.db, &actor, &code, claim, &body).await?;
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

/// `POST /api/v1/plans/{plan}/adopt`: adopt a draft plan (admin) once every indicator has an end target
/// and a baseline (the refusal names the indicators that lack either). Audited.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/adopt", tag = "plans", params(("plan" = String, Path, description = "Plan code")),
    request_body = PlanStep,
    responses((status = 200, body = PlanView), (status = 409, body = Problem), (status = 412, body = Problem), (status = 422, body = Problem)))]
pub async fn adopt_plan(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    Claimed(claim, body): Claimed<PlanStep>,
) -> AppResult<Tagged<PlanView>> {
    let p = lifecycle::adopt(&st.db, &actor, &code, claim, &body).await?;
    Ok(Tagged(p.version, PlanView::from(&p)))
}

/// `POST /api/v1/plans/{plan}/close`: close an adopted plan (admin), locking every year of it not
/// locked yet. Audited.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/close", tag = "plans", params(("plan" = String, Path, description = "Plan code")),
    request_body = PlanStep,
    responses((status = 200, body = PlanView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn close_plan(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    Claimed(claim, body): Claimed<PlanStep>,
) -> AppResult<Tagged<PlanView>> {
    let (p, _) = lifecycle::close(&st.db, &actor, &code, claim, &body).await?;
    Ok(Tagged(p.version, PlanView::from(&p)))
}

/// `POST /api/v1/plans/{plan}/clone`: make the draft plan of the following period from this one
/// (admin): nodes, weighted links and indicators copied, each indicator carrying over its old one,
/// baselines proposed from the latest approved values, targets left empty. 409 when the next plan
/// exists already.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/clone", tag = "plans", params(("plan" = String, Path, description = "Plan code")),
    responses((status = 201, body = NextPlan), (status = 409, body = Problem)))]
pub async fn clone_plan(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
) -> AppResult<(axum::http::StatusCode, axum::Json<NextPlan>)> {
    let made = next::clone_next(&st.db, &actor, &code).await?;
    Ok((axum::http::StatusCode::CREATED, axum::Json(made)))
}
