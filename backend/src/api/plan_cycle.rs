//! The plan-cycle view: a plan's framework beside its predecessor plan's ([`crate::models::plan_cycle`]).

use super::common::ApiQuery;
use crate::auth::Actor;
use crate::error::AppResult;
use crate::models::plan_cycle::{self, CycleParams, PlanCycle};
use crate::state::AppState;
use axum::extract::{Path, State};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_plan_cycle))
}

/// `GET /api/v1/plans/{plan}/cycle`: every indicator of the plan and of its predecessor plan classed as
/// carried over, redefined, new or dropped (from the predecessor links), with the codes, names and units
/// of both sides and what a carried-over or redefined one changed; the counts per class; the result
/// nodes of both plans matched by code. Filtered by class and goal, paginated. A plan that follows no
/// earlier plan answers 200 with `predecessor` null, nothing listed and a `note`.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/cycle", tag = "plans",
    params(("plan" = String, Path, description = "Plan code"), CycleParams),
    responses((status = 200, body = PlanCycle), (status = 404, description = "No plan has this code")))]
pub async fn get_plan_cycle(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiQuery(p): ApiQuery<CycleParams>,
) -> AppResult<axum::Json<PlanCycle>> {
    Ok(axum::Json(
        plan_cycle::plan_cycle(&st.db, &st.evaluations, &actor, &plan, p).await?,
    ))
}
