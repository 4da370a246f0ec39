//! `/api/v1/plans/{plan}/operational-plans`: each unit's operational plan per year, with its items and
//! delivery rate. The use cases are [`crate::models::operational_plans`].

use crate::api::common::{Page, page_json};
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::error::AppResult;
use crate::models::operational_plans::{self, OperationalPlanListParams};
use crate::state::AppState;
use crate::views::operations::{OperationalPlanDetail, OperationalPlanView};
use axum::extract::{Path, State};

/// `GET /api/v1/plans/{plan}/operational-plans`: the operational plans, each with its delivery rate.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/operational-plans", tag = "operations",
    params(("plan" = String, Path, description = "Plan code"), OperationalPlanListParams),
    responses((status = 200, body = Page<OperationalPlanView>)))]
pub async fn list_operational_plans(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<OperationalPlanListParams>,
) -> AppResult<axum::Json<Page<OperationalPlanView>>> {
    let (page, cx) = operational_plans::list(&st.db, &actor, &code, p).await?;
    Ok(page_json(page, |p| OperationalPlanView::of(&p, &cx)))
}

/// `GET /api/v1/plans/{plan}/operational-plans/{id}`: one operational plan with every item, each item's
/// delivery rate and the plan's.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/operational-plans/{id}", tag = "operations",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Operational plan id")),
    responses((status = 200, body = OperationalPlanDetail)))]
pub async fn get_operational_plan(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
) -> AppResult<axum::Json<OperationalPlanDetail>> {
    let (p, cx) = operational_plans::get(&st.db, &actor, &code, id).await?;
    Ok(axum::Json(OperationalPlanDetail::of(&p, &cx)))
}
