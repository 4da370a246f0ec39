//! `/api/v1/plans/{plan}/finance/allocations`: each unit's budget allocated to outputs, thematic
//! priorities and enablers (the Appendix A linkage the cost per node is derived from). Everyone reads;
//! the admin writes. The use cases are [`crate::models::allocations`].

use crate::api::common::if_match;
use crate::api::common::{ApiJson, Page, Tagged};
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::allocations::{self, AllocationListParams, CreateAllocation, UpdateAllocation};
use crate::state::AppState;
use crate::views::finance::AllocationView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};

/// Routes of allocations.
pub fn routes() -> utoipa_axum::router::OpenApiRouter<AppState> {
    utoipa_axum::router::OpenApiRouter::new()
        .routes(utoipa_axum::routes!(list_allocations, create_allocation))
        .routes(utoipa_axum::routes!(
            get_allocation,
            update_allocation,
            delete_allocation
        ))
}

/// `GET /api/v1/plans/{plan}/finance/allocations`: the plan's allocations, filtered, sorted, paginated.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/finance/allocations", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), AllocationListParams),
    responses((status = 200, body = Page<AllocationView>)))]
pub async fn list_allocations(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<AllocationListParams>,
) -> AppResult<axum::Json<Page<AllocationView>>> {
    let page = allocations::list(&st.db, &actor, &code, p).await?;
    Ok(axum::Json(page))
}

/// `GET /api/v1/plans/{plan}/finance/allocations/{id}`: one allocation, with its version as ETag.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/finance/allocations/{id}", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Allocation id")),
    responses((status = 200, body = AllocationView)))]
pub async fn get_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
) -> AppResult<Tagged<AllocationView>> {
    let a = allocations::get(&st.db, &actor, &code, id).await?;
    Ok(Tagged(a.version, a))
}

/// `POST /api/v1/plans/{plan}/finance/allocations`: a new allocation (admin). The node is an output owned
/// by the unit, a thematic priority or an enabler; (plan, year, unit, node) is unique (409 otherwise); the
/// unit's allocations in the year may not total more than its expense budget (422 naming `amount`).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/finance/allocations", tag = "finance",
    params(("plan" = String, Path, description = "Plan code")), request_body = CreateAllocation,
    responses((status = 201, body = AllocationView), (status = 409, body = Problem),
        (status = 422, description = "A bad field, or a total above the unit-year's budget", body = Problem)))]
pub async fn create_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiJson(b): ApiJson<CreateAllocation>,
) -> AppResult<(StatusCode, Tagged<AllocationView>)> {
    let a = allocations::create(&st.db, &actor, &code, b).await?;
    Ok((StatusCode::CREATED, Tagged(a.version, a)))
}

/// `PATCH /api/v1/plans/{plan}/finance/allocations/{id}`: change an allocation (admin); needs `version` or
/// `If-Match`.
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/finance/allocations/{id}", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Allocation id"),
        ("If-Match" = Option<String>, Header, description = "The version read")),
    request_body = UpdateAllocation,
    responses((status = 200, body = AllocationView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn update_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UpdateAllocation>,
) -> AppResult<Tagged<AllocationView>> {
    let a = allocations::update(&st.db, &actor, &code, id, if_match(&headers), b).await?;
    Ok(Tagged(a.version, a))
}

/// `DELETE /api/v1/plans/{plan}/finance/allocations/{id}`: remove an allocation (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/finance/allocations/{id}", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Allocation id"),
        ("If-Match" = Option<String>, Header, description = "Optional: the version read")),
    responses((status = 204, description = "Deleted"), (status = 412, body = Problem)))]
pub async fn delete_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    allocations::delete(&st.db, &actor, &code, id, if_match(&headers)).await?;
    Ok(StatusCode::NO_CONTENT)
}
