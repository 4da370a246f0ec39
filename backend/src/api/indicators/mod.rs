//! Indicators of a plan: the list with statuses for a year (the busiest read of the product), one
//! indicator in full, and the framework changes of the Secretary-General's office, where a change to
//! a baseline, target, milestone, unit or direction after values exist is a framework revision.

mod create;
mod detail;
mod fields;
mod list;
mod milestones;
mod update;

pub use create::CreateIndicator;
pub use fields::{MilestoneInput, PredecessorInput};
pub use list::IndicatorListParams;
pub use milestones::{DeleteMilestone, PutMilestone};
pub use update::UpdateIndicator;

use crate::entities::{indicators, plans};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list::list_indicators, create::create_indicator))
        .routes(routes!(detail::get_indicator, update::update_indicator))
        .routes(routes!(milestones::put_milestone, milestones::delete_milestone))
}

/// The indicator `code` of `plan`, or 404.
pub async fn indicator_or_404(
    db: &impl sea_orm::ConnectionTrait,
    plan: &plans::Model,
    code: &str,
) -> AppResult<indicators::Model> {
    crate::models::indicators::by_code(db, plan.id, code)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("indicator {code} of plan {}", plan.code)))
}
