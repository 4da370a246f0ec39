//! Operational plans of the org units and their items, which deliver the plan's outputs. Everyone reads;
//! a planner writes the items of their own unit's operational plans, the admin any.

pub mod items;
pub mod plans;

use crate::state::AppState;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(plans::list_operational_plans))
        .routes(routes!(plans::get_operational_plan))
        .routes(routes!(items::list_operational_items, items::create_operational_item))
        .routes(routes!(
            items::get_operational_item,
            items::update_operational_item,
            items::delete_operational_item
        ))
}
