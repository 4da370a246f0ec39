//! `GET /api/v1/plans/{plan}/nodes/{code}` and its roll-up: one node with its figures for a year.

use super::YearParams;
use crate::api::common::{ApiQuery, Tagged};
use crate::auth::Actor;
use crate::entities::{contribution_links, mandate_links, mandates, result_nodes};
use crate::error::{AppError, AppResult, Problem};
use crate::models::nodes::node_or_404;
use crate::models::plans::plan_by_code;
use crate::models::plans::plan_year;
use crate::models::units;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::status;
use crate::views::nodes::{ContributionView, CountedIndicator, MandateView, NodeDetail, NodeRollupView, NodeView};
use crate::views::tree::IndicatorStatusView;
use axum::extract::{Path, State};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// Mandates linked to a node or an indicator, ordered by vocabulary and code.
pub async fn linked_mandates(
    db: &impl ConnectionTrait,
    link: mandate_links::Column,
    id: i32,
) -> Result<Vec<MandateView>, sea_orm::DbErr> {
    let rows = mandates::Entity::find()
        .inner_join(mandate_links::Entity)
        .filter(link.eq(id))
        .order_by_asc(mandates::Column::Vocabulary)
        .order_by_asc(mandates::Column::Code)
        .all(db)
        .await?;
    Ok(rows.iter().map(MandateView::from).collect())
}

/// Contribution links starting or ending at the node.
async fn links_touching(
    db: &impl ConnectionTrait,
    node_id: i32,
) -> Result<Vec<contribution_links::Model>, sea_orm::DbErr> {
    contribution_links::Entity::find()
        .filter(
            Condition::any()
                .add(contribution_links::Column::FromNodeId.eq(node_id))
                .add(contribution_links::Column::ToNodeId.eq(node_id)),
        )
        .order_by_asc(contribution_links::Column::Id)
        .all(db)
        .await
}

/// `GET /api/v1/plans/{plan}/nodes/{code}?year=Y`: the node, its roll-up for Y, its indicators with
/// their statuses, its children and its contribution and mandate links.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/nodes/{code}", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code"), YearParams),
    responses((status = 200, body = NodeDetail), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn get_node(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiQuery(p): ApiQuery<YearParams>,
) -> AppResult<Tagged<NodeDetail>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let year = plan_year(&plan, p.year).map_err(|r| AppError::field("year", r))?;
    let ev = st.evaluations.evaluate(&st.db, plan, year).await?;
    let node = find(&ev.nodes, &code, &ev.plan.code)?;
    let node_codes: HashMap<i32, String> = ev.nodes.iter().map(|n| (n.id, n.code.clone())).collect();
    let unit_codes = units::codes(&st.db).await?;
    let links = links_touching(&st.db, node.id).await?;
    let detail = NodeDetail {
        node: NodeView::new(node, &node_codes, &unit_codes),
        plan: ev.plan.code.clone(),
        year,
        rollup: ev.rollups.get(&node.id).cloned().unwrap_or_default(),
        indicators: ev
            .indicators
            .iter()
            .filter(|i| i.node_id == node.id)
            .map(|i| IndicatorStatusView::new(i, &ev.assessments[&i.id]))
            .collect(),
        children: ev
            .nodes
            .iter()
            .filter(|n| n.parent_id == Some(node.id))
            .map(|n| n.code.clone())
            .collect(),
        contributes_to: links
            .iter()
            .filter(|l| l.from_node_id == node.id)
            .map(|l| ContributionView::new(l, &node_codes))
            .collect(),
        contributions_from: links
            .iter()
            .filter(|l| l.to_node_id == node.id)
            .map(|l| ContributionView::new(l, &node_codes))
            .collect(),
        mandates: linked_mandates(&st.db, mandate_links::Column::NodeId, node.id).await?,
    };
    Ok(Tagged(node.version, detail))
}

fn find<'a>(nodes: &'a [result_nodes::Model], code: &str, plan: &str) -> AppResult<&'a result_nodes::Model> {
    nodes
        .iter()
        .find(|n| n.code == code)
        .ok_or_else(|| AppError::NotFound(format!("node {code} of plan {plan}")))
}

/// `GET /api/v1/plans/{plan}/nodes/{code}/rollup?year=Y`: the node's roll-up for Y and every indicator
/// it counts, with its status.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/nodes/{code}/rollup", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code"), YearParams),
    responses((status = 200, body = NodeRollupView), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn get_node_rollup(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiQuery(p): ApiQuery<YearParams>,
) -> AppResult<axum::Json<NodeRollupView>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    // 404 before evaluating, so an unknown node costs one query.
    node_or_404(&st.db, &plan, &code).await?;
    let year = plan_year(&plan, p.year).map_err(|r| AppError::field("year", r))?;
    let ev = st.evaluations.evaluate(&st.db, plan, year).await?;
    let node = find(&ev.nodes, &code, &ev.plan.code)?;
    let mut children: HashMap<i32, Vec<i32>> = HashMap::new();
    for n in &ev.nodes {
        if let Some(p) = n.parent_id {
            children.entry(p).or_default().push(n.id);
        }
    }
    let node_ids: Vec<i32> = ev.nodes.iter().map(|n| n.id).collect();
    let mut contributors: HashMap<i32, Vec<i32>> = HashMap::new();
    for l in contribution_links::Entity::find()
        .filter(contribution_links::Column::ToNodeId.is_in(node_ids))
        .all(&st.db)
        .await?
    {
        contributors.entry(l.to_node_id).or_default().push(l.from_node_id);
    }
    let mut by_node: HashMap<i32, Vec<i32>> = HashMap::new();
    for i in &ev.indicators {
        by_node.entry(i.node_id).or_default().push(i.id);
    }
    // The same walk the evaluation used for the roll-up, to say which indicators it counted.
    let counted = status::indicators_under(node.id, &children, &contributors, &by_node);
    let node_codes: HashMap<i32, &str> = ev.nodes.iter().map(|n| (n.id, n.code.as_str())).collect();
    let indicators = ev
        .indicators
        .iter()
        .filter(|i| counted.contains(&i.id))
        .map(|i| CountedIndicator {
            code: i.code.clone(),
            node: node_codes.get(&i.node_id).copied().unwrap_or_default().to_owned(),
            status: ev.assessments[&i.id].status,
        })
        .collect();
    Ok(axum::Json(NodeRollupView {
        plan: ev.plan.code.clone(),
        code: node.code.clone(),
        level: node.level.clone(),
        name: node.name.clone(),
        year,
        rollup: ev.rollups.get(&node.id).cloned().unwrap_or_default(),
        indicators,
    }))
}
