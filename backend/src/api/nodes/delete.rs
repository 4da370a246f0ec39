//! `DELETE /api/v1/plans/{plan}/nodes/{code}`: remove a node nothing depends on (admin).

use crate::api::common::check_if_match;
use crate::auth::Actor;
use crate::entities::{contribution_links, mandate_links};
use crate::error::{AppError, AppResult, Problem};
use crate::models::nodes::node_or_404;
use crate::models::plans::plan_by_code;
use crate::models::transactions;
use crate::models::{audit, nodes, units};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::nodes::{ContributionView, MandateView, NodeView};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::{ColumnTrait, Condition, EntityTrait, ModelTrait, QueryFilter};
use serde::Serialize;

/// What the audit log keeps of a deleted node: the node and the links that went with it.
#[derive(Serialize)]
struct Deleted {
    node: NodeView,
    contribution_links: Vec<ContributionView>,
    mandates: Vec<MandateView>,
}

/// `DELETE /api/v1/plans/{plan}/nodes/{code}`: delete a node (admin). Refused with 409 while it has
/// child nodes, indicators, budget allocations, operational plan items or linked risks; its
/// contribution and mandate links go with it. An `If-Match` version, when sent, must be current.
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/nodes/{code}", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code")),
    responses((status = 204, description = "Deleted"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn delete_node(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let node = node_or_404(&txn, &plan, &code).await?;
    check_if_match(&headers, node.version, &format!("node {code}"))?;
    let blockers = nodes::dependents(&txn, node.id).await?;
    if !blockers.is_empty() {
        return Err(AppError::Conflict(format!(
            "node {code} cannot be deleted while it has {}",
            blockers.join(", ")
        )));
    }
    let node_codes = nodes::codes(&txn, plan.id).await?;
    let links = contribution_links::Entity::find()
        .filter(
            Condition::any()
                .add(contribution_links::Column::FromNodeId.eq(node.id))
                .add(contribution_links::Column::ToNodeId.eq(node.id)),
        )
        .all(&txn)
        .await?;
    let record = Deleted {
        node: NodeView::new(&node, &node_codes, &units::codes(&txn).await?),
        contribution_links: links.iter().map(|l| ContributionView::new(l, &node_codes)).collect(),
        mandates: super::detail::linked_mandates(&txn, mandate_links::Column::NodeId, node.id).await?,
    };
    // Links are deleted explicitly rather than left to ON DELETE CASCADE, so the result does not
    // depend on the connection's foreign-key setting.
    contribution_links::Entity::delete_many()
        .filter(
            Condition::any()
                .add(contribution_links::Column::FromNodeId.eq(node.id))
                .add(contribution_links::Column::ToNodeId.eq(node.id)),
        )
        .exec(&txn)
        .await?;
    mandate_links::Entity::delete_many()
        .filter(mandate_links::Column::NodeId.eq(node.id))
        .exec(&txn)
        .await?;
    let id = node.id;
    node.delete(&txn).await?;
    audit::deleted(&txn, Some(&actor), "result_node", id, &record).await?;
    transactions::commit(txn, turn).await?;
    Ok(StatusCode::NO_CONTENT)
}
