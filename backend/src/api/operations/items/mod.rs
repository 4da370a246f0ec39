//! `/api/v1/operational-items`: the items of operational plans, across plans, units and years.

pub mod read;
pub mod write;

use rust_decimal::Decimal;
use serde::Deserialize;

/// Filters, paging and sorting of items.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ItemListParams {
    /// Strategic plan code.
    pub plan: Option<String>,
    /// Org unit code of the operational plan.
    pub unit: Option<String>,
    /// Year of the operational plan.
    pub year: Option<i32>,
    /// Code of the output delivered.
    pub output: Option<String>,
    /// planned, in_progress, delivered, delayed or cancelled.
    pub status: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// code, status, budget, planned_quantity, delivered_quantity or updated_at; `-` first for
    /// descending. Ties by id.
    pub sort: Option<String>,
}

/// A new item. `operational_plan_id`, `code`, `name`, `output` and `planned_quantity` are required.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateOperationalItem {
    /// The operational plan it belongs to.
    pub operational_plan_id: Option<i32>,
    /// Code, unique in the operational plan (e.g. `BR-08`).
    #[schema(max_length = 64)]
    pub code: Option<String>,
    /// Name.
    #[schema(max_length = 500)]
    pub name: Option<String>,
    /// Code of an output owned by the operational plan's unit.
    #[schema(max_length = 64)]
    pub output: Option<String>,
    /// Org unit that runs it; defaults to the operational plan's unit.
    #[schema(max_length = 64)]
    pub responsible_unit: Option<String>,
    /// Budget, CHF thousands, ≥ 0 (default 0).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub budget: Option<Decimal>,
    /// Planned quantity, ≥ 0.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub planned_quantity: Option<Decimal>,
    /// Delivered quantity, ≥ 0 (default 0).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub delivered_quantity: Option<Decimal>,
    /// What is counted (notices, workshops …).
    #[schema(max_length = 500)]
    pub unit_of_measure: Option<String>,
    /// Milestones, free text.
    #[schema(max_length = 10000)]
    pub milestones: Option<String>,
    /// planned (default), in_progress, delivered, delayed or cancelled.
    #[schema(max_length = 64)]
    pub status: Option<String>,
}

/// Changes to an item; absent fields stay as they are. An item stays in its operational plan.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateOperationalItem {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Code.
    #[schema(max_length = 64)]
    pub code: Option<String>,
    /// Name.
    #[schema(max_length = 500)]
    pub name: Option<String>,
    /// Output code.
    #[schema(max_length = 64)]
    pub output: Option<String>,
    /// Responsible org unit code.
    #[schema(max_length = 64)]
    pub responsible_unit: Option<String>,
    /// Budget, CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub budget: Option<Decimal>,
    /// Planned quantity, ≥ 0.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub planned_quantity: Option<Decimal>,
    /// Delivered quantity, ≥ 0.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub delivered_quantity: Option<Decimal>,
    /// Unit of measure.
    #[schema(max_length = 500)]
    pub unit_of_measure: Option<String>,
    /// Milestones.
    #[schema(max_length = 10000)]
    pub milestones: Option<String>,
    /// Status.
    #[schema(max_length = 64)]
    pub status: Option<String>,
}
