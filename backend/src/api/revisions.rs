//! Framework revisions of a plan (read only): every change to a baseline, target, milestone, unit or
//! direction made after values existed, with its decision, "as adopted" and "as revised".

use super::common::{ApiQuery, Page};
use crate::auth::Actor;
use crate::error::AppResult;
use crate::models::revisions::{self, RevisionListParams};
use crate::state::AppState;
use crate::views::revisions::RevisionView;
use axum::extract::{Path, State};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_revisions))
}

/// `GET /api/v1/plans/{plan}/revisions`: the plan's framework revisions, oldest first.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/revisions", tag = "revisions",
    params(("plan" = String, Path, description = "Plan code"), RevisionListParams),
    responses((status = 200, body = Page<RevisionView>)))]
pub async fn list_revisions(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiQuery(p): ApiQuery<RevisionListParams>,
) -> AppResult<axum::Json<Page<RevisionView>>> {
    let (rows, codes, total, page, per_page) = revisions::list(&st.db, &actor, &plan, p).await?;
    Ok(axum::Json(Page {
        items: rows
            .iter()
            .map(|r| RevisionView::new(r, codes.get(&r.entity_id).map_or("", String::as_str)))
            .collect(),
        total,
        page,
        per_page,
    }))
}
