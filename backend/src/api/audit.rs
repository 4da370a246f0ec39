//! `/api/v1/audit`: the append-only audit log, read only, for the Secretary-General's office. There is no
//! route that changes or deletes an entry: the router answers 405 to any other method.

use super::common::{Page, page_json};
use super::query::ApiQuery;
use crate::auth::Actor;
use crate::error::AppResult;
use crate::models::audit_log::{self, AuditListParams};
use crate::state::AppState;
use crate::views::audit::AuditView;
use axum::extract::{Path, State};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_audit))
        .routes(routes!(get_audit))
}

/// `GET /api/v1/audit`: audit entries, newest first, filtered by record, actor and time (admin only).
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(AuditListParams),
    responses((status = 200, body = Page<AuditView>)))]
pub async fn list_audit(
    actor: Actor,
    State(st): State<AppState>,
    ApiQuery(p): ApiQuery<AuditListParams>,
) -> AppResult<axum::Json<Page<AuditView>>> {
    let found = audit_log::list(&st.db, &actor, &p).await?;
    Ok(page_json(found, |row| AuditView::from(&row)))
}

/// `GET /api/v1/audit/{id}`: one audit entry (admin only).
#[utoipa::path(get, path = "/api/v1/audit/{id}", tag = "audit",
    params(("id" = i64, Path, description = "Entry id")),
    responses((status = 200, body = AuditView)))]
pub async fn get_audit(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<axum::Json<AuditView>> {
    Ok(axum::Json(AuditView::from(&audit_log::get(&st.db, &actor, id).await?)))
}
