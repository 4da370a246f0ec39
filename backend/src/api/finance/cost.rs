//! `GET /api/v1/plans/{plan}/finance/cost`: the cost of every result node in a year
//! ([`crate::models::cost_report`]).

use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::error::AppResult;
use crate::models::cost_report::{self, CostParams, CostReport};
use crate::state::AppState;
use axum::extract::{Path, State};

/// `GET /api/v1/plans/{plan}/finance/cost?year=Y[&level=L][&by=unit]`: the cost of every node in year Y.
/// An allocation counts for its node and every ancestor; goals and targets receive allocations through
/// contribution links × weight (an output through its outcome's links); enablers are reported apart.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/finance/cost", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), CostParams),
    responses((status = 200, body = CostReport)))]
pub async fn get_cost(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<CostParams>,
) -> AppResult<axum::Json<CostReport>> {
    Ok(axum::Json(cost_report::cost_report(&st.db, &actor, &code, &p).await?))
}
