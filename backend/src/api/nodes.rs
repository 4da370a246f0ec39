//! Result nodes of a plan: a flat list with filters, one node with its roll-up and links, and the
//! framework changes of the Secretary-General's office (create, update, delete).

use super::common::{ApiJson, ApiQuery, Page, Tagged, page_json};
use super::plans::claim;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::nodes;
use crate::models::translations::{self, Kind};
use crate::state::AppState;
use crate::views::nodes::{NodeDetail, NodeListItem, NodeRollupView, NodeView};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

pub use crate::models::nodes::{CreateNode, NodeListParams, UpdateNode, linked_mandates};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_nodes, create_node))
        .routes(routes!(get_node, update_node, delete_node))
        .routes(routes!(get_node_rollup))
}

/// The `year` of a read.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct YearParams {
    /// The year to evaluate; defaults to the plan's first year.
    pub year: Option<i32>,
}

/// `GET /api/v1/plans/{plan}/nodes`: nodes filtered by level, unit, parent, status and text, paginated;
/// each with `localized` when `Accept-Language` asks for another language than English.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/nodes", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code"), NodeListParams),
    responses((status = 200, body = Page<NodeListItem>)))]
pub async fn list_nodes(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiQuery(p): ApiQuery<NodeListParams>,
) -> AppResult<axum::Json<Page<NodeListItem>>> {
    let found = nodes::list(&st.db, &st.evaluations, &actor, &plan, &p).await?;
    let lookup = translations::resolve(&st.db, crate::language::current()).await?;
    Ok(page_json(found, |(id, node, rollup)| NodeListItem {
        localized: lookup.view(Kind::Node, id, &node.name, Some(&node.description)),
        node,
        rollup,
    }))
}

/// `POST /api/v1/plans/{plan}/nodes`: create a node (admin). The parent must suit the level, and an
/// output needs an owner unit and a kind.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/nodes", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code")),
    request_body = CreateNode,
    responses((status = 201, body = NodeView), (status = 409, body = Problem)))]
pub async fn create_node(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiJson(body): ApiJson<CreateNode>,
) -> AppResult<(StatusCode, Tagged<NodeView>)> {
    crate::limits::enforce(&body)?;
    let view = nodes::create(&st.db, &actor, &plan, &body).await?;
    Ok((StatusCode::CREATED, Tagged(view.version, view)))
}

/// `GET /api/v1/plans/{plan}/nodes/{code}?year=Y`: the node, its roll-up for Y, its indicators with
/// their statuses, its children and its contribution and mandate links.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/nodes/{code}", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code"), YearParams),
    responses((status = 200, body = NodeDetail)))]
pub async fn get_node(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiQuery(p): ApiQuery<YearParams>,
) -> AppResult<Tagged<NodeDetail>> {
    let detail = nodes::detail(&st.db, &st.evaluations, &actor, (&plan, &code), p.year).await?;
    let lookup = translations::resolve(&st.db, crate::language::current()).await?;
    let (id, name, description) = (
        detail.node_id,
        detail.node.name.clone(),
        detail.node.description.clone(),
    );
    let mut answer = NodeDetail::new(detail);
    answer.localized = lookup.view(Kind::Node, id, &name, Some(&description));
    Ok(Tagged(answer.node.version, answer))
}

/// `GET /api/v1/plans/{plan}/nodes/{code}/rollup?year=Y`: the node's roll-up for Y and every indicator
/// it counts, with its status.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/nodes/{code}/rollup", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code"), YearParams),
    responses((status = 200, body = NodeRollupView)))]
pub async fn get_node_rollup(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiQuery(p): ApiQuery<YearParams>,
) -> AppResult<axum::Json<NodeRollupView>> {
    let rollup = nodes::rollup(&st.db, &st.evaluations, &actor, (&plan, &code), p.year).await?;
    Ok(axum::Json(NodeRollupView::new(&rollup)))
}

/// `PATCH /api/v1/plans/{plan}/nodes/{code}`: change a node's name, description, parent, owner,
/// kind or position (admin).
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/nodes/{code}", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code")),
    request_body = UpdateNode,
    responses((status = 200, body = NodeView), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn update_node(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateNode>,
) -> AppResult<Tagged<NodeView>> {
    crate::limits::enforce(&body)?;
    let claim = claim(&headers, body.version);
    let view = nodes::update(&st.db, &actor, (&plan, &code), claim, &body).await?;
    Ok(Tagged(view.version, view))
}

/// `DELETE /api/v1/plans/{plan}/nodes/{code}`: delete a node (admin). Refused with 409 while it has
/// child nodes, indicators, budget allocations, operational plan items or linked risks; its
/// contribution and mandate links go with it. An `If-Match` version, when sent, must be current.
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/nodes/{code}", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code")),
    responses((status = 204, description = "Deleted"), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn delete_node(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    nodes::delete(&st.db, &actor, (&plan, &code), claim(&headers, None)).await?;
    Ok(StatusCode::NO_CONTENT)
}
