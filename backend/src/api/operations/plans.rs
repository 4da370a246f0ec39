//! `/api/v1/plans/{plan}/operational-plans`: each unit's operational plan per year, with its items and
//! delivery rate.

use crate::api::common::{Page, PageParams, paginate};
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::entities::{operational_items as oi, operational_plans as op};
use crate::error::{AppError, AppResult, Problem};
use crate::models::operational_items::ItemContext;
use crate::models::plans::plan_by_code;
use crate::models::refs;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::operations::{ItemView, OperationalPlanDetail, OperationalPlanView};
use axum::extract::{Path, State};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

/// Filters, paging and sorting of operational plans.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OperationalPlanListParams {
    /// Org unit code.
    pub unit: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// year, title or updated_at; `-` first for descending. Ties by id.
    pub sort: Option<String>,
}

/// `GET /api/v1/plans/{plan}/operational-plans`: the operational plans, each with its delivery rate.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/operational-plans", tag = "operations",
    params(("plan" = String, Path, description = "Plan code"), OperationalPlanListParams),
    responses((status = 200, body = Page<OperationalPlanView>), (status = 401, body = Problem),
        (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn list_operational_plans(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<OperationalPlanListParams>,
) -> AppResult<axum::Json<Page<OperationalPlanView>>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &code).await?;
    let mut errs = Vec::new();
    let unit = refs::resolve_unit(&st.db, "unit", p.unit.as_deref(), &mut errs).await?;
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let mut q = op::Entity::find().filter(op::Column::PlanId.eq(plan.id));
    if let Some(u) = unit {
        q = q.filter(op::Column::OrgUnitId.eq(u.id));
    }
    if let Some(y) = p.year {
        q = q.filter(op::Column::Year.eq(y));
    }
    let paging = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let column = |name: &str| match name {
        "year" => Some(op::Column::Year),
        "title" => Some(op::Column::Title),
        "updated_at" => Some(op::Column::UpdatedAt),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(&st.db, q, &paging, column, op::Column::Year, op::Column::Id).await?;
    let items = oi::Entity::find()
        .filter(oi::Column::OperationalPlanId.is_in(rows.iter().map(|r| r.id)))
        .all(&st.db)
        .await?;
    let cx = ItemContext::load(&st.db, Vec::new()).await?;
    let views = rows
        .iter()
        .map(|r| {
            let mine: Vec<&oi::Model> = items.iter().filter(|i| i.operational_plan_id == r.id).collect();
            OperationalPlanView::new(r, &mine, &cx)
        })
        .collect();
    Ok(axum::Json(Page {
        items: views,
        total,
        page,
        per_page,
    }))
}

/// `GET /api/v1/plans/{plan}/operational-plans/{id}`: one operational plan with every item, each item's
/// delivery rate and the plan's.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/operational-plans/{id}", tag = "operations",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Operational plan id")),
    responses((status = 200, body = OperationalPlanDetail), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_operational_plan(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
) -> AppResult<axum::Json<OperationalPlanDetail>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &code).await?;
    let opp = op::Entity::find_by_id(id)
        .filter(op::Column::PlanId.eq(plan.id))
        .one(&st.db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("operational plan {id} of plan {code}")))?;
    let items = oi::Entity::find()
        .filter(oi::Column::OperationalPlanId.eq(opp.id))
        .order_by_asc(oi::Column::Code)
        .all(&st.db)
        .await?;
    let cx = ItemContext::load(&st.db, items.iter().map(|i| i.output_node_id).collect()).await?;
    let refs: Vec<&oi::Model> = items.iter().collect();
    Ok(axum::Json(OperationalPlanDetail {
        plan: OperationalPlanView::new(&opp, &refs, &cx),
        items: items.iter().map(|i| ItemView::new(i, &cx)).collect(),
    }))
}
