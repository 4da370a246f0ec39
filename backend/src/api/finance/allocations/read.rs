//! Reading allocations: a filtered page, or one allocation.

use super::{AllocationListParams, row_or_404, view};
use crate::api::common::{Page, PageParams, Tagged, paginate};
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::entities::budget_allocations as ba;
use crate::error::{AppError, AppResult, FieldError, Problem};
use crate::models::plans::plan_by_code;
use crate::models::refs;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::finance::AllocationView;
use axum::extract::{Path, State};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// `GET /api/v1/plans/{plan}/finance/allocations`: the plan's allocations, filtered, sorted, paginated.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/finance/allocations", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), AllocationListParams),
    responses((status = 200, body = Page<AllocationView>), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn list_allocations(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<AllocationListParams>,
) -> AppResult<axum::Json<Page<AllocationView>>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &code).await?;
    let mut errs: Vec<FieldError> = Vec::new();
    let unit = refs::resolve_unit(&st.db, "unit", p.unit.as_deref(), &mut errs).await?;
    let node = refs::resolve_node(&st.db, plan.id, "node", p.node.as_deref(), &mut errs).await?;
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let mut q = ba::Entity::find().filter(ba::Column::PlanId.eq(plan.id));
    if let Some(y) = p.year {
        q = q.filter(ba::Column::Year.eq(y));
    }
    if let Some(u) = unit {
        q = q.filter(ba::Column::OrgUnitId.eq(u.id));
    }
    if let Some(n) = node {
        q = q.filter(ba::Column::NodeId.eq(n.id));
    }
    let paging = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let column = |name: &str| match name {
        "year" => Some(ba::Column::Year),
        "amount" => Some(ba::Column::Amount),
        "updated_at" => Some(ba::Column::UpdatedAt),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(&st.db, q, &paging, column, ba::Column::Year, ba::Column::Id).await?;
    let units = crate::models::units::codes(&st.db).await?;
    let nodes = refs::nodes_by_id(&st.db, plan.id).await?;
    let items = rows
        .iter()
        .map(|a| {
            let n = nodes.get(&a.node_id);
            AllocationView::new(
                a,
                &plan.code,
                units.get(&a.org_unit_id).map_or("", String::as_str),
                n.map_or("", |n| n.code.as_str()),
                n.map_or("", |n| n.level.as_str()),
            )
        })
        .collect();
    Ok(axum::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}

/// `GET /api/v1/plans/{plan}/finance/allocations/{id}`: one allocation, with its version as ETag.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/finance/allocations/{id}", tag = "finance",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Allocation id")),
    responses((status = 200, body = AllocationView), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
) -> AppResult<Tagged<AllocationView>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &code).await?;
    let a = row_or_404(&st.db, &plan, id).await?;
    Ok(Tagged(a.version, view(&st.db, &plan, &a).await?))
}
