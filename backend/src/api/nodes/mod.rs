//! Result nodes of a plan: a flat list with filters, one node with its roll-up and links, and the
//! framework changes of the Secretary-General's office (create, update, delete).

mod create;
mod delete;
mod detail;
mod list;
mod update;

pub use create::CreateNode;
pub use detail::linked_mandates;
pub use list::NodeListParams;
pub use update::UpdateNode;

use crate::entities::plans;
use crate::error::{AppError, AppResult};
use crate::models::nodes;
use crate::state::AppState;
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list::list_nodes, create::create_node))
        .routes(routes!(detail::get_node, update::update_node, delete::delete_node))
        .routes(routes!(detail::get_node_rollup))
}

/// The year a request evaluates: the one asked for, or the plan's first year. Years far from the plan
/// are refused, as the tree route does.
pub fn plan_year(plan: &plans::Model, year: Option<i32>) -> Result<i32, String> {
    let year = year.unwrap_or(plan.start_year);
    if (plan.start_year - 10..=plan.end_year + 10).contains(&year) {
        Ok(year)
    } else {
        Err(format!(
            "{year} is too far from plan {} ({}-{})",
            plan.code, plan.start_year, plan.end_year
        ))
    }
}

/// The node `code` of `plan`, or 404.
pub async fn node_or_404(
    db: &impl sea_orm::ConnectionTrait,
    plan: &plans::Model,
    code: &str,
) -> AppResult<crate::entities::result_nodes::Model> {
    nodes::by_code(db, plan.id, code)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("node {code} of plan {}", plan.code)))
}

/// Checks a new natural code: non-empty, at most 40 characters, letters, digits, `.`, `-` and `_` only,
/// so it can stand in a URL path as it is.
pub fn check_code(code: &str) -> Result<(), String> {
    if code.is_empty() || code.len() > 40 {
        return Err("must be 1 to 40 characters".into());
    }
    if let Some(c) = code
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
    {
        return Err(format!("`{c}` is not allowed: use letters, digits, `.`, `-` and `_`"));
    }
    Ok(())
}

/// The `year` of a read.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct YearParams {
    /// The year to evaluate; defaults to the plan's first year.
    pub year: Option<i32>,
}
