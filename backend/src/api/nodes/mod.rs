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

/// The `year` of a read.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct YearParams {
    /// The year to evaluate; defaults to the plan's first year.
    pub year: Option<i32>,
}
