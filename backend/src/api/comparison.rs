//! Year against year: a plan's indicators and result nodes in two years side by side, with the change of
//! each actual and how each status moved ([`crate::models::comparison`]).

use super::common::ApiQuery;
use crate::auth::Actor;
use crate::error::AppResult;
use crate::models::comparison::{self, CompareParams};
use crate::state::AppState;
use crate::views::comparison::ComparisonView;
use axum::extract::{Path, State};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_comparison))
}

/// `GET /api/v1/plans/{plan}/compare?a=A&b=B`: every indicator's actual, progress and status in years A
/// and B, the change of its actual and how its status moved (improved, worsened, unchanged, newly
/// rated, no longer rated), filtered by goal, priority, unit and kind of move and paginated; how many
/// moved each way; and the roll-ups of the result nodes in both years.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/compare", tag = "plans",
    params(("plan" = String, Path, description = "Plan code"), CompareParams),
    responses((status = 200, body = ComparisonView)))]
pub async fn get_comparison(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiQuery(p): ApiQuery<CompareParams>,
) -> AppResult<axum::Json<ComparisonView>> {
    let y = comparison::compare_years(&st.db, &st.evaluations, &actor, &plan, p).await?;
    Ok(axum::Json(ComparisonView::new(y)))
}
