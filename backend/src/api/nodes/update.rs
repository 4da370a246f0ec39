//! `PATCH /api/v1/plans/{plan}/nodes/{code}`: change a node (admin), refused on a stale version.

use crate::api::common::{ApiJson, FieldErrors, Tagged, check_version, claimed_version, nullable};
use crate::auth::Actor;
use crate::entities::result_nodes;
use crate::error::{AppResult, Problem};
use crate::models::nodes::node_or_404;
use crate::models::plans::plan_by_code;
use crate::models::transactions;
use crate::models::{audit, nodes, units, versioned};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::nodes::NodeView;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;
use std::collections::HashMap;

/// Changes to a node; absent fields stay as they are, `null` clears an optional one. The code and
/// level are fixed: create a new node to change them.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateNode {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Name.
    #[schema(max_length = 500)]
    pub name: Option<String>,
    /// Description.
    #[schema(max_length = 10000)]
    pub description: Option<String>,
    /// Code of the new parent; `null` moves the node to the top level (where its level allows).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub parent: Option<Option<String>>,
    /// Code of the owning org unit; `null` clears it (not for outputs).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub owner_unit: Option<Option<String>>,
    /// product or service (outputs only).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub output_kind: Option<Option<String>>,
    /// Position among its siblings.
    pub sort_order: Option<i32>,
}

/// `PATCH /api/v1/plans/{plan}/nodes/{code}`: change a node's name, description, parent, owner,
/// kind or position (admin).
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/nodes/{code}", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code")),
    request_body = UpdateNode,
    responses((status = 200, body = NodeView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem),
        (status = 422, body = Problem)))]
pub async fn update_node(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateNode>,
) -> AppResult<Tagged<NodeView>> {
    crate::limits::enforce(&body)?;
    authorize(&actor, Action::Administer)?;
    let claimed = claimed_version(&headers, body.version)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let node = node_or_404(&txn, &plan, &code).await?;
    check_version(claimed, node.version, &format!("node {code}"))?;
    let all = result_nodes::Entity::find()
        .filter(result_nodes::Column::PlanId.eq(plan.id))
        .all(&txn)
        .await?;
    let mut errs = FieldErrors::default();
    let mut am: result_nodes::ActiveModel = node.clone().into();
    if let Some(n) = &body.name {
        if n.trim().is_empty() {
            errs.push("name", "is required");
        }
        am.name = Set(n.trim().to_owned());
    }
    if let Some(d) = &body.description {
        am.description = Set(d.clone());
    }
    if let Some(s) = body.sort_order {
        am.sort_order = Set(s);
    }
    if let Some(parent) = &body.parent {
        let found = parent.as_ref().map(|p| all.iter().find(|n| &n.code == p));
        match found {
            Some(None) => errs.push(
                "parent",
                format!(
                    "plan {} has no node `{}`",
                    plan.code,
                    parent.as_deref().unwrap_or_default()
                ),
            ),
            Some(Some(p)) => {
                let parents: HashMap<i32, Option<i32>> = all.iter().map(|n| (n.id, n.parent_id)).collect();
                if nodes::would_cycle(node.id, p.id, &parents) {
                    errs.push("parent", format!("{} is {code} itself or below it", p.code));
                } else if errs
                    .check("parent", nodes::check_parent_level(&node.level, Some(&p.level)))
                    .is_some()
                {
                    am.parent_id = Set(Some(p.id));
                }
            }
            None => {
                if errs
                    .check("parent", nodes::check_parent_level(&node.level, None))
                    .is_some()
                {
                    am.parent_id = Set(None);
                }
            }
        }
    }
    let mut owner = node.owner_unit_id;
    if let Some(unit) = &body.owner_unit {
        owner = match unit {
            Some(u) => match units::by_code(&txn, u).await? {
                Some(found) => Some(found.id),
                None => {
                    errs.push("owner_unit", format!("no org unit has code `{u}`"));
                    node.owner_unit_id
                }
            },
            None => None,
        };
        am.owner_unit_id = Set(owner);
    }
    let kind = body.output_kind.clone().unwrap_or_else(|| node.output_kind.clone());
    am.output_kind = Set(kind.clone());
    for (f, reason) in nodes::check_output_fields(&node.level, owner.is_some(), kind.as_deref()) {
        errs.push(f, reason);
    }
    errs.finish()?;
    am.version = Set(node.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let updated = versioned::update(&txn, am, node.id, node.version).await?;
    let node_codes = all.iter().map(|n| (n.id, n.code.clone())).collect();
    let unit_codes = units::codes(&txn).await?;
    let (before, after) = (
        NodeView::new(&node, &node_codes, &unit_codes),
        NodeView::new(&updated, &node_codes, &unit_codes),
    );
    audit::updated(&txn, Some(&actor), "result_node", node.id, &before, &after).await?;
    transactions::commit(txn, turn).await?;
    Ok(Tagged(updated.version, after))
}
