//! Mandates (resolutions, decisions, SDG targets, WSIS action lines) and their links to result nodes
//! and indicators. Everyone reads them; the Secretary-General's office adds and removes links.

use crate::api::common::{ApiJson, ApiQuery, Page};
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::mandates::{self, AddMandateLink, MandateListParams, MandatePage, Owner};
use crate::state::AppState;
use crate::views::nodes::MandateView;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_mandates))
        .routes(routes!(list_node_mandates, add_node_mandate))
        .routes(routes!(remove_node_mandate))
        .routes(routes!(list_indicator_mandates, add_indicator_mandate))
        .routes(routes!(remove_indicator_mandate))
}

fn page((rows, total, page, per_page): MandatePage) -> axum::Json<Page<MandateView>> {
    axum::Json(Page {
        items: rows.iter().map(MandateView::from).collect(),
        total,
        page,
        per_page,
    })
}

/// `GET /api/v1/mandates`: the instruments results and indicators can refer to.
#[utoipa::path(get, path = "/api/v1/mandates", tag = "mandates", params(MandateListParams),
    responses((status = 200, body = Page<MandateView>)))]
pub async fn list_mandates(
    actor: Actor,
    State(st): State<AppState>,
    ApiQuery(p): ApiQuery<MandateListParams>,
) -> AppResult<axum::Json<Page<MandateView>>> {
    Ok(page(mandates::list(&st.db, &actor, None, p).await?))
}

/// `GET /api/v1/plans/{plan}/nodes/{code}/mandates`: the mandates a node refers to.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/nodes/{code}/mandates", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code"), MandateListParams),
    responses((status = 200, body = Page<MandateView>)))]
pub async fn list_node_mandates(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiQuery(p): ApiQuery<MandateListParams>,
) -> AppResult<axum::Json<Page<MandateView>>> {
    Ok(page(
        mandates::list(&st.db, &actor, Some(Owner::Node(&plan, &code)), p).await?,
    ))
}

/// `POST /api/v1/plans/{plan}/nodes/{code}/mandates`: link a node to a mandate (admin).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/nodes/{code}/mandates", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code")),
    request_body = AddMandateLink,
    responses((status = 201, body = MandateView), (status = 409, body = Problem)))]
pub async fn add_node_mandate(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiJson(body): ApiJson<AddMandateLink>,
) -> AppResult<(StatusCode, axum::Json<MandateView>)> {
    crate::limits::enforce(&body)?;
    let m = mandates::add(&st.db, &actor, Owner::Node(&plan, &code), &body).await?;
    Ok((StatusCode::CREATED, axum::Json(MandateView::from(&m))))
}

/// `DELETE /api/v1/plans/{plan}/nodes/{code}/mandates/{vocabulary}/{mandate}`: unlink (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/nodes/{code}/mandates/{vocabulary}/{mandate}", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code"),
        ("vocabulary" = String, Path, description = "resolution, decision, sdg or wsis"),
        ("mandate" = String, Path, description = "Mandate code")),
    responses((status = 204, description = "Unlinked")))]
pub async fn remove_node_mandate(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code, vocabulary, mandate)): Path<(String, String, String, String)>,
) -> AppResult<StatusCode> {
    mandates::remove(&st.db, &actor, Owner::Node(&plan, &code), (&vocabulary, &mandate)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/plans/{plan}/indicators/{code}/mandates`: the mandates an indicator refers to.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/indicators/{code}/mandates", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code"), MandateListParams),
    responses((status = 200, body = Page<MandateView>)))]
pub async fn list_indicator_mandates(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiQuery(p): ApiQuery<MandateListParams>,
) -> AppResult<axum::Json<Page<MandateView>>> {
    Ok(page(
        mandates::list(&st.db, &actor, Some(Owner::Indicator(&plan, &code)), p).await?,
    ))
}

/// `POST /api/v1/plans/{plan}/indicators/{code}/mandates`: link an indicator to a mandate (admin).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/indicators/{code}/mandates", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code")),
    request_body = AddMandateLink,
    responses((status = 201, body = MandateView), (status = 409, body = Problem)))]
pub async fn add_indicator_mandate(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiJson(body): ApiJson<AddMandateLink>,
) -> AppResult<(StatusCode, axum::Json<MandateView>)> {
    crate::limits::enforce(&body)?;
    let m = mandates::add(&st.db, &actor, Owner::Indicator(&plan, &code), &body).await?;
    Ok((StatusCode::CREATED, axum::Json(MandateView::from(&m))))
}

/// `DELETE /api/v1/plans/{plan}/indicators/{code}/mandates/{vocabulary}/{mandate}`: unlink (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/indicators/{code}/mandates/{vocabulary}/{mandate}", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code"),
        ("vocabulary" = String, Path, description = "resolution, decision, sdg or wsis"),
        ("mandate" = String, Path, description = "Mandate code")),
    responses((status = 204, description = "Unlinked")))]
pub async fn remove_indicator_mandate(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code, vocabulary, mandate)): Path<(String, String, String, String)>,
) -> AppResult<StatusCode> {
    mandates::remove(&st.db, &actor, Owner::Indicator(&plan, &code), (&vocabulary, &mandate)).await?;
    Ok(StatusCode::NO_CONTENT)
}
