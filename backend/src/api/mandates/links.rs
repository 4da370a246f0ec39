//! Links of one node or indicator to mandates: list, add and remove.

use super::{AddMandateLink, MandateListParams, Owner, add, list, remove};
use crate::api::common::{ApiJson, ApiQuery, Page};
use crate::api::indicators::indicator_or_404;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::nodes::node_or_404;
use crate::models::plans::plan_by_code;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::nodes::MandateView;
use axum::extract::{Path, State};
use axum::http::StatusCode;

/// `GET /api/v1/plans/{plan}/nodes/{code}/mandates`: the mandates a node refers to.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/nodes/{code}/mandates", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code"), MandateListParams),
    responses((status = 200, body = Page<MandateView>), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn list_node_mandates(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiQuery(p): ApiQuery<MandateListParams>,
) -> AppResult<axum::Json<Page<MandateView>>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let node = node_or_404(&st.db, &plan, &code).await?;
    list(&st.db, p, Some(Owner::Node(node.id))).await
}

/// `POST /api/v1/plans/{plan}/nodes/{code}/mandates`: link a node to a mandate (admin).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/nodes/{code}/mandates", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code")),
    request_body = AddMandateLink,
    responses((status = 201, body = MandateView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn add_node_mandate(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiJson(body): ApiJson<AddMandateLink>,
) -> AppResult<(StatusCode, axum::Json<MandateView>)> {
    crate::limits::enforce(&body)?;
    authorize(&actor, Action::Administer)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let node = node_or_404(&st.db, &plan, &code).await?;
    add(&st.db, &actor, Owner::Node(node.id), &format!("node {code}"), &body).await
}

/// `DELETE /api/v1/plans/{plan}/nodes/{code}/mandates/{vocabulary}/{mandate}`: unlink (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/nodes/{code}/mandates/{vocabulary}/{mandate}", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code"),
        ("vocabulary" = String, Path, description = "resolution, decision, sdg or wsis"),
        ("mandate" = String, Path, description = "Mandate code")),
    responses((status = 204, description = "Unlinked"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem)))]
pub async fn remove_node_mandate(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code, vocabulary, mandate)): Path<(String, String, String, String)>,
) -> AppResult<StatusCode> {
    authorize(&actor, Action::Administer)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let node = node_or_404(&st.db, &plan, &code).await?;
    remove(
        &st.db,
        &actor,
        Owner::Node(node.id),
        &format!("node {code}"),
        &vocabulary,
        &mandate,
    )
    .await
}

/// `GET /api/v1/plans/{plan}/indicators/{code}/mandates`: the mandates an indicator refers to.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/indicators/{code}/mandates", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code"), MandateListParams),
    responses((status = 200, body = Page<MandateView>), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn list_indicator_mandates(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiQuery(p): ApiQuery<MandateListParams>,
) -> AppResult<axum::Json<Page<MandateView>>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let ind = indicator_or_404(&st.db, &plan, &code).await?;
    list(&st.db, p, Some(Owner::Indicator(ind.id))).await
}

/// `POST /api/v1/plans/{plan}/indicators/{code}/mandates`: link an indicator to a mandate (admin).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/indicators/{code}/mandates", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code")),
    request_body = AddMandateLink,
    responses((status = 201, body = MandateView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn add_indicator_mandate(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiJson(body): ApiJson<AddMandateLink>,
) -> AppResult<(StatusCode, axum::Json<MandateView>)> {
    crate::limits::enforce(&body)?;
    authorize(&actor, Action::Administer)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let ind = indicator_or_404(&st.db, &plan, &code).await?;
    add(
        &st.db,
        &actor,
        Owner::Indicator(ind.id),
        &format!("indicator {code}"),
        &body,
    )
    .await
}

/// `DELETE /api/v1/plans/{plan}/indicators/{code}/mandates/{vocabulary}/{mandate}`: unlink (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/indicators/{code}/mandates/{vocabulary}/{mandate}", tag = "mandates",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code"),
        ("vocabulary" = String, Path, description = "resolution, decision, sdg or wsis"),
        ("mandate" = String, Path, description = "Mandate code")),
    responses((status = 204, description = "Unlinked"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem)))]
pub async fn remove_indicator_mandate(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code, vocabulary, mandate)): Path<(String, String, String, String)>,
) -> AppResult<StatusCode> {
    authorize(&actor, Action::Administer)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let ind = indicator_or_404(&st.db, &plan, &code).await?;
    remove(
        &st.db,
        &actor,
        Owner::Indicator(ind.id),
        &format!("indicator {code}"),
        &vocabulary,
        &mandate,
    )
    .await
}
