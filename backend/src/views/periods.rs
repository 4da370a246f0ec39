//! Reporting periods as the API lists them.

use crate::views::measurements::PeriodView;
use serde::Serialize;

/// The reporting periods of a plan, one per year of the plan.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PeriodList {
    /// Every year of the plan in order (a year without a stored period is open).
    pub items: Vec<PeriodView>,
    /// Number of years.
    pub total: usize,
}
