//! `POST /api/v1/plans/{plan}/nodes`: add a result node to a plan's framework (admin).

use crate::api::common::{ApiJson, FieldErrors, Tagged};
use crate::auth::Actor;
use crate::entities::result_nodes;
use crate::error::{AppError, AppResult, Problem};
use crate::models::nodes::check_code;
use crate::models::plans::plan_by_code;
use crate::models::transactions;
use crate::models::{audit, nodes, units};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::nodes::NodeView;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use sea_orm::{ActiveModelTrait, ActiveValue::Set};
use serde::Deserialize;

/// A new result node.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateNode {
    /// Stable code, unique in the plan (letters, digits, `.`, `-`, `_`).
    #[schema(max_length = 64)]
    pub code: String,
    /// goal, target, thematic_priority, outcome, output or enabler.
    #[schema(max_length = 64)]
    pub level: String,
    /// Name.
    #[schema(max_length = 500)]
    pub name: String,
    /// Description.
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub description: String,
    /// Code of the parent node: a target sits under a goal, an outcome under a thematic priority, an
    /// output under an outcome or thematic priority, an enabler at the top or under an enabler.
    #[schema(max_length = 64)]
    pub parent: Option<String>,
    /// Code of the owning org unit; required for outputs.
    #[schema(max_length = 64)]
    pub owner_unit: Option<String>,
    /// product or service; required for outputs, refused for other levels.
    #[schema(max_length = 64)]
    pub output_kind: Option<String>,
    /// Position among its siblings (default 0).
    #[serde(default)]
    pub sort_order: i32,
}

/// `POST /api/v1/plans/{plan}/nodes`: create a node (admin). The parent must suit the level, and an
/// output needs an owner unit and a kind.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/nodes", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code")),
    request_body = CreateNode,
    responses((status = 201, body = NodeView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_node(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiJson(body): ApiJson<CreateNode>,
) -> AppResult<(StatusCode, Tagged<NodeView>)> {
    crate::limits::enforce(&body)?;
    authorize(&actor, Action::Administer)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let mut errs = FieldErrors::default();
    let code = body.code.trim();
    errs.check("code", check_code(code));
    if body.name.trim().is_empty() {
        errs.push("name", "is required");
    }
    let parent = match &body.parent {
        Some(p) => nodes::by_code(&txn, plan.id, p).await?.or_else(|| {
            errs.push("parent", format!("plan {} has no node `{p}`", plan.code));
            None
        }),
        None => None,
    };
    if nodes::LEVELS.contains(&body.level.as_str()) {
        if body.parent.is_none() || parent.is_some() {
            let field = if body.parent.is_some() { "parent" } else { "level" };
            errs.check(
                field,
                nodes::check_parent_level(&body.level, parent.as_ref().map(|p| p.level.as_str())),
            );
        }
    } else {
        errs.push(
            "level",
            format!("`{}` is not one of {}", body.level, nodes::LEVELS.join(", ")),
        );
    }
    let unit = match &body.owner_unit {
        Some(u) => units::by_code(&txn, u).await?.or_else(|| {
            errs.push("owner_unit", format!("no org unit has code `{u}`"));
            None
        }),
        None => None,
    };
    if nodes::LEVELS.contains(&body.level.as_str()) {
        for (f, reason) in
            nodes::check_output_fields(&body.level, body.owner_unit.is_some(), body.output_kind.as_deref())
        {
            errs.push(f, reason);
        }
    }
    errs.finish()?;
    if nodes::by_code(&txn, plan.id, code).await?.is_some() {
        return Err(AppError::Conflict(format!(
            "plan {} already has a node {code}",
            plan.code
        )));
    }
    let now = chrono::Utc::now();
    let row = result_nodes::ActiveModel {
        plan_id: Set(plan.id),
        parent_id: Set(parent.as_ref().map(|p| p.id)),
        level: Set(body.level.clone()),
        code: Set(code.to_owned()),
        name: Set(body.name.trim().to_owned()),
        description: Set(body.description.clone()),
        owner_unit_id: Set(unit.as_ref().map(|u| u.id)),
        output_kind: Set(body.output_kind.clone()),
        sort_order: Set(body.sort_order),
        provenance: Set("entered".to_owned()),
        source: Set(String::new()),
        version: Set(1),
        created_at: Set(now.into()),
        updated_at: Set(now.into()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let view = NodeView {
        parent: parent.map(|p| p.code),
        owner_unit: unit.map(|u| u.code),
        ..NodeView::new(&row, &Default::default(), &Default::default())
    };
    audit::created(&txn, Some(&actor), "result_node", row.id, &view).await?;
    transactions::commit(txn, turn).await?;
    Ok((StatusCode::CREATED, Tagged(row.version, view)))
}
