//! Contribution links of a plan: which node contributes to which (an outcome to a goal, say), with an
//! optional weight in 0..1. Everyone reads them; the Secretary-General's office changes them.

use crate::api::common::{ApiJson, ApiQuery, Page, Tagged};
use crate::api::indicators::claim;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::contributions::{self, ContributionListParams, CreateContribution, Named, UpdateContribution};
use crate::state::AppState;
use crate::views::nodes::ContributionView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_contributions, create_contribution))
        .routes(routes!(get_contribution, update_contribution, delete_contribution))
}

fn tagged(n: &Named) -> Tagged<ContributionView> {
    Tagged(n.link.version, ContributionView::new(&n.link, &n.codes))
}

/// `GET /api/v1/plans/{plan}/contributions`: the plan's contribution links, filtered by `from`/`to`.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/contributions", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code"), ContributionListParams),
    responses((status = 200, body = Page<ContributionView>)))]
pub async fn list_contributions(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiQuery(p): ApiQuery<ContributionListParams>,
) -> AppResult<axum::Json<Page<ContributionView>>> {
    let (rows, codes, total, page, per_page) = contributions::list(&st.db, &actor, &plan, p).await?;
    Ok(axum::Json(Page {
        items: rows.iter().map(|l| ContributionView::new(l, &codes)).collect(),
        total,
        page,
        per_page,
    }))
}

/// `GET /api/v1/plans/{plan}/contributions/{id}`: one link, with its version as ETag.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/contributions/{id}", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Link id")),
    responses((status = 200, body = ContributionView)))]
pub async fn get_contribution(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, id)): Path<(String, i32)>,
) -> AppResult<Tagged<ContributionView>> {
    Ok(tagged(&contributions::get(&st.db, &actor, &plan, id).await?))
}

/// `POST /api/v1/plans/{plan}/contributions`: link two nodes of the plan (admin).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/contributions", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code")),
    request_body = CreateContribution,
    responses((status = 201, body = ContributionView), (status = 409, body = Problem)))]
pub async fn create_contribution(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiJson(body): ApiJson<CreateContribution>,
) -> AppResult<(StatusCode, Tagged<ContributionView>)> {
    crate::limits::enforce(&body)?;
    let created = contributions::create(&st.db, &actor, &plan, body).await?;
    Ok((StatusCode::CREATED, tagged(&created)))
}

/// `PATCH /api/v1/plans/{plan}/contributions/{id}`: change a link's weight (admin, versioned).
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/contributions/{id}", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Link id")),
    request_body = UpdateContribution,
    responses((status = 200, body = ContributionView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn update_contribution(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, id)): Path<(String, i32)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateContribution>,
) -> AppResult<Tagged<ContributionView>> {
    crate::limits::enforce(&body)?;
    let claim = claim(&headers, body.version);
    Ok(tagged(
        &contributions::update(&st.db, &actor, (&plan, id), claim, body).await?,
    ))
}

/// `DELETE /api/v1/plans/{plan}/contributions/{id}`: remove a link (admin). An `If-Match` version,
/// when sent, must be current.
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/contributions/{id}", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Link id")),
    responses((status = 204, description = "Deleted"), (status = 412, body = Problem)))]
pub async fn delete_contribution(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, id)): Path<(String, i32)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    contributions::delete(&st.db, &actor, (&plan, id), claim(&headers, None)).await?;
    Ok(StatusCode::NO_CONTENT)
}
