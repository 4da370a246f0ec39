//! Status of a plan for a year: counts per status over the whole plan and per top-level node, from
//! the one evaluation every other figure comes from.

use super::common::ApiQuery;
use super::nodes::YearParams;
use crate::auth::Actor;
use crate::error::{AppError, AppResult};
use crate::models::plans::plan_by_code;
use crate::models::plans::plan_year;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::status::roll_up;
use crate::views::nodes::{PlanStatusView, TopNodeStatus};
use axum::extract::{Path, State};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_plan_status))
}

/// `GET /api/v1/plans/{plan}/status?year=Y`: counts per status for the plan (each indicator once) and
/// for each goal, thematic priority and enabler at the top of the tree.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/status", tag = "plans",
    params(("plan" = String, Path, description = "Plan code"), YearParams),
    responses((status = 200, body = PlanStatusView)))]
pub async fn get_plan_status(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiQuery(p): ApiQuery<YearParams>,
) -> AppResult<axum::Json<PlanStatusView>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let year = plan_year(&plan, p.year).map_err(|r| AppError::field("year", r))?;
    let ev = st.evaluations.evaluate(&st.db, plan, year).await?;
    let nodes = ev
        .nodes
        .iter()
        .filter(|n| n.parent_id.is_none())
        .map(|n| TopNodeStatus {
            code: n.code.clone(),
            level: n.level.clone(),
            name: n.name.clone(),
            rollup: ev.rollups.get(&n.id).cloned().unwrap_or_default(),
        })
        .collect();
    Ok(axum::Json(PlanStatusView {
        plan: ev.plan.code.clone(),
        year,
        overall: roll_up(ev.assessments.values()),
        nodes,
    }))
}
