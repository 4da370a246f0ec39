//! `GET /api/v1/plans/{plan}/finance/reconciliation`: does the money add up? Every check of
//! [`stratrack_reports::reconcile::checks`] ([`crate::models::reconciliation::report`]).

use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::error::AppResult;
use crate::models::reconciliation::{self, Reconciliation, ReconciliationParams};
use crate::state::AppState;
use axum::extract::{Path, State};

/// `GET /api/v1/plans/{plan}/finance/reconciliation?year=Y`: every reconciliation check of year Y and its
/// biennium (or of the whole plan), each a computed sum against an independent reference, compared
/// exactly.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/finance/reconciliation", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ReconciliationParams),
    responses((status = 200, body = Reconciliation)))]
pub async fn get_reconciliation(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<ReconciliationParams>,
) -> AppResult<axum::Json<Reconciliation>> {
    Ok(axum::Json(reconciliation::report(&st.db, &actor, &code, p.year).await?))
}
