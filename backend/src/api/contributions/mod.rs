//! Contribution links of a plan: which node contributes to which (an outcome to a goal, say), with an
//! optional weight in 0..1. Everyone reads them; the Secretary-General's office changes them.

mod read;
mod write;

use super::common::{FieldErrors, nullable};
use crate::entities::contribution_links;
use crate::entities::{plans, result_nodes};
use crate::error::{AppError, AppResult};
use crate::fixed::Fixed;
use crate::models::nodes;
use crate::state::AppState;
use sea_orm::{ConnectionTrait, EntityTrait};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(read::list_contributions, write::create_contribution))
        .routes(routes!(
            read::get_contribution,
            write::update_contribution,
            write::delete_contribution
        ))
}

/// Filters, paging and sorting of the contribution list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ContributionListParams {
    /// Only links from this node (code).
    pub from: Option<String>,
    /// Only links to this node (code).
    pub to: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// id or weight; prefix `-` for descending. Default id.
    pub sort: Option<String>,
}

/// A new contribution link.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateContribution {
    /// Code of the contributing node.
    #[schema(max_length = 64)]
    pub from: String,
    /// Code of the node it contributes to.
    #[schema(max_length = 64)]
    pub to: String,
    /// Share of the contribution, 0..1 (decimal string or number).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub weight: Option<Fixed>,
}

/// A change of a link's weight.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateContribution {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// New weight, 0..1; `null` clears it.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub weight: Option<Option<Fixed>>,
}

pub(super) fn check_weight(errs: &mut FieldErrors, w: Option<Fixed>) {
    if let Some(w) = w
        && !(Fixed::ZERO..=Fixed::from_raw(10_000)).contains(&w)
    {
        errs.push("weight", format!("{w} is outside 0..1"));
    }
}

/// Looks up the node `code` for field `field`, naming it when unknown.
pub(super) async fn node_field(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    errs: &mut FieldErrors,
    field: &str,
    code: &str,
) -> AppResult<Option<result_nodes::Model>> {
    let n = nodes::by_code(db, plan.id, code).await?;
    if n.is_none() {
        errs.push(field, format!("plan {} has no node `{code}`", plan.code));
    }
    Ok(n)
}

/// The link `id` if it belongs to `plan`, else 404.
pub(super) async fn link_or_404(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    id: i32,
) -> AppResult<contribution_links::Model> {
    let link = contribution_links::Entity::find_by_id(id).one(db).await?;
    let from = match &link {
        Some(l) => result_nodes::Entity::find_by_id(l.from_node_id).one(db).await?,
        None => None,
    };
    match (link, from) {
        (Some(l), Some(n)) if n.plan_id == plan.id => Ok(l),
        _ => Err(AppError::NotFound(format!(
            "contribution link {id} of plan {}",
            plan.code
        ))),
    }
}
