//! `/api/v1/operational-items`: the items of operational plans, across plans, units and years. Everyone
//! reads; the planner of the operational plan's unit or the admin writes. The use cases are
//! [`crate::models::operational_items`].

use crate::api::common::{ApiJson, Page, Tagged};
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::operational_items::{self as items, CreateOperationalItem, ItemListParams, UpdateOperationalItem};
use crate::state::AppState;
use crate::views::operations::ItemView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};

/// The `If-Match` header as text, handed to the use case unread.
fn if_match(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::IF_MATCH)
        .map(|v| v.to_str().unwrap_or("").to_owned())
}

/// `GET /api/v1/operational-items`: items filtered by plan, unit, year, output and status.
#[utoipa::path(get, path = "/api/v1/operational-items", tag = "operations", params(ItemListParams),
    responses((status = 200, body = Page<ItemView>)))]
pub async fn list_operational_items(
    actor: Actor,
    State(st): State<AppState>,
    ApiQuery(p): ApiQuery<ItemListParams>,
) -> AppResult<axum::Json<Page<ItemView>>> {
    let page = items::list(&st.db, &actor, p).await?;
    Ok(axum::Json(page))
}

/// `GET /api/v1/operational-items/{id}`: one item with its delivery rate and version as ETag.
#[utoipa::path(get, path = "/api/v1/operational-items/{id}", tag = "operations",
    params(("id" = i32, Path, description = "Item id")),
    responses((status = 200, body = ItemView)))]
pub async fn get_operational_item(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<Tagged<ItemView>> {
    let i = items::get(&st.db, &actor, id).await?;
    Ok(Tagged(i.version, i))
}

/// `POST /api/v1/operational-items`: a new item in an operational plan of the planner's unit (or any,
/// for the admin).
#[utoipa::path(post, path = "/api/v1/operational-items", tag = "operations", request_body = CreateOperationalItem,
    responses((status = 201, body = ItemView),
        (status = 409, body = Problem)))]
pub async fn create_operational_item(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(b): ApiJson<CreateOperationalItem>,
) -> AppResult<(StatusCode, Tagged<ItemView>)> {
    let i = items::create(&st.db, &actor, b).await?;
    Ok((StatusCode::CREATED, Tagged(i.version, i)))
}

/// `PATCH /api/v1/operational-items/{id}`: change an item (its unit's planner or the admin); needs
/// `version` or `If-Match`.
#[utoipa::path(patch, path = "/api/v1/operational-items/{id}", tag = "operations",
    params(("id" = i32, Path, description = "Item id"), ("If-Match" = Option<String>, Header, description = "The version read")),
    request_body = UpdateOperationalItem,
    responses((status = 200, body = ItemView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn update_operational_item(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UpdateOperationalItem>,
) -> AppResult<Tagged<ItemView>> {
    let i = items::update(&st.db, &actor, id, if_match(&headers), b).await?;
    Ok(Tagged(i.version, i))
}

/// `DELETE /api/v1/operational-items/{id}`: remove an item that has delivered nothing yet (its unit's
/// planner or the admin). An item with deliveries is part of the record: cancel it instead (409).
#[utoipa::path(delete, path = "/api/v1/operational-items/{id}", tag = "operations",
    params(("id" = i32, Path, description = "Item id"), ("If-Match" = Option<String>, Header, description = "Optional: the version read")),
    responses((status = 204, description = "Deleted"), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn delete_operational_item(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    items::delete(&st.db, &actor, id, if_match(&headers)).await?;
    Ok(StatusCode::NO_CONTENT)
}
