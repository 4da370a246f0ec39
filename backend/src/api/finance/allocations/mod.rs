//! `/api/v1/plans/{plan}/finance/allocations`: each unit's budget allocated to outputs, thematic
//! priorities and enablers (the Appendix A linkage the cost per node is derived from). Everyone reads;
//! the admin writes. Reading is in [`read`], writing in [`write`].

pub mod read;
pub mod write;

use crate::entities::{budget_allocations as ba, plans};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::finance::AllocationView;
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

/// Filters, paging and sorting of allocations.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AllocationListParams {
    /// Year.
    pub year: Option<i32>,
    /// Org unit code.
    pub unit: Option<String>,
    /// Node code.
    pub node: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// year, amount or updated_at; `-` first for descending. Ties by id.
    pub sort: Option<String>,
}

/// A new allocation. `year`, `unit`, `node` and `amount` are required.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateAllocation {
    /// Year, inside the plan.
    pub year: Option<i32>,
    /// Org unit code.
    #[schema(max_length = 64)]
    pub unit: Option<String>,
    /// Code of an output the unit owns, a thematic priority or an enabler.
    #[schema(max_length = 64)]
    pub node: Option<String>,
    /// CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>, example = "3856", max_length = 64)]
    pub amount: Option<Decimal>,
    /// verified, verified-2nd, illustrative or entered (default).
    #[schema(max_length = 64)]
    pub provenance: Option<String>,
}

/// Changes to an allocation; absent fields stay as they are.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateAllocation {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Year.
    pub year: Option<i32>,
    /// Org unit code.
    #[schema(max_length = 64)]
    pub unit: Option<String>,
    /// Node code.
    #[schema(max_length = 64)]
    pub node: Option<String>,
    /// CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub amount: Option<Decimal>,
    /// Provenance.
    #[schema(max_length = 64)]
    pub provenance: Option<String>,
}

/// Routes of allocations.
pub fn routes() -> utoipa_axum::router::OpenApiRouter<AppState> {
    utoipa_axum::router::OpenApiRouter::new()
        .routes(utoipa_axum::routes!(read::list_allocations, write::create_allocation))
        .routes(utoipa_axum::routes!(
            read::get_allocation,
            write::update_allocation,
            write::delete_allocation
        ))
}

/// The view of allocation `a`, with its codes.
pub(super) async fn view(db: &impl ConnectionTrait, plan: &plans::Model, a: &ba::Model) -> AppResult<AllocationView> {
    let unit = crate::entities::org_units::Entity::find_by_id(a.org_unit_id)
        .one(db)
        .await?;
    let node = crate::entities::result_nodes::Entity::find_by_id(a.node_id)
        .one(db)
        .await?;
    Ok(AllocationView::new(
        a,
        &plan.code,
        unit.as_ref().map_or("", |u| u.code.as_str()),
        node.as_ref().map_or("", |n| n.code.as_str()),
        node.as_ref().map_or("", |n| n.level.as_str()),
    ))
}

/// Allocation `id` of `plan`, or 404.
pub(super) async fn row_or_404(db: &impl ConnectionTrait, plan: &plans::Model, id: i32) -> AppResult<ba::Model> {
    ba::Entity::find_by_id(id)
        .filter(ba::Column::PlanId.eq(plan.id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("allocation {id} of plan {}", plan.code)))
}
