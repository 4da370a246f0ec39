//! Reading operational items: the filtered list and one item.

use super::ItemListParams;
use crate::api::common::{Page, PageParams, Tagged, paginate};
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::entities::{operational_items as oi, operational_plans as op, plans, result_nodes};
use crate::error::{AppError, AppResult, FieldError, Problem};
use crate::models::operational_items::ItemContext;
use crate::models::operations::ITEM_STATUSES;
use crate::models::refs;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::operations::ItemView;
use axum::extract::{Path, State};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// `GET /api/v1/operational-items`: items filtered by plan, unit, year, output and status.
#[utoipa::path(get, path = "/api/v1/operational-items", tag = "operations", params(ItemListParams),
    responses((status = 200, body = Page<ItemView>), (status = 401, body = Problem), (status = 422, body = Problem)))]
pub async fn list_operational_items(
    actor: Actor,
    State(st): State<AppState>,
    ApiQuery(p): ApiQuery<ItemListParams>,
) -> AppResult<axum::Json<Page<ItemView>>> {
    authorize(&actor, Action::Read)?;
    let mut errs = Vec::new();
    let plan = match &p.plan {
        None => None,
        Some(c) => {
            let found = plans::Entity::find()
                .filter(plans::Column::Code.eq(c.as_str()))
                .one(&st.db)
                .await?;
            if found.is_none() {
                errs.push(FieldError {
                    field: "plan".into(),
                    reason: format!("no plan has the code `{c}`"),
                });
            }
            found
        }
    };
    let unit = refs::resolve_unit(&st.db, "unit", p.unit.as_deref(), &mut errs).await?;
    let mut outputs = Vec::new();
    if let Some(c) = &p.output {
        let mut q = result_nodes::Entity::find().filter(result_nodes::Column::Code.eq(c.as_str()));
        if let Some(pl) = &plan {
            q = q.filter(result_nodes::Column::PlanId.eq(pl.id));
        }
        outputs = q.all(&st.db).await?.into_iter().map(|n| n.id).collect();
        if outputs.is_empty() {
            errs.push(FieldError {
                field: "output".into(),
                reason: format!("no result node has the code `{c}`"),
            });
        }
    }
    if let Some(s) = &p.status
        && !ITEM_STATUSES.contains(&s.as_str())
    {
        errs.push(FieldError {
            field: "status".into(),
            reason: format!("must be one of {}", ITEM_STATUSES.join(", ")),
        });
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let mut q = oi::Entity::find();
    if plan.is_some() || unit.is_some() || p.year.is_some() {
        let mut opq = op::Entity::find();
        if let Some(pl) = &plan {
            opq = opq.filter(op::Column::PlanId.eq(pl.id));
        }
        if let Some(u) = &unit {
            opq = opq.filter(op::Column::OrgUnitId.eq(u.id));
        }
        if let Some(y) = p.year {
            opq = opq.filter(op::Column::Year.eq(y));
        }
        let ids: Vec<i32> = opq.all(&st.db).await?.into_iter().map(|o| o.id).collect();
        q = q.filter(oi::Column::OperationalPlanId.is_in(ids));
    }
    if p.output.is_some() {
        q = q.filter(oi::Column::OutputNodeId.is_in(outputs));
    }
    if let Some(s) = &p.status {
        q = q.filter(oi::Column::Status.eq(s.as_str()));
    }
    let paging = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let column = |name: &str| match name {
        "code" => Some(oi::Column::Code),
        "status" => Some(oi::Column::Status),
        "budget" => Some(oi::Column::Budget),
        "planned_quantity" => Some(oi::Column::PlannedQuantity),
        "delivered_quantity" => Some(oi::Column::DeliveredQuantity),
        "updated_at" => Some(oi::Column::UpdatedAt),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(&st.db, q, &paging, column, oi::Column::Code, oi::Column::Id).await?;
    let cx = ItemContext::load(&st.db, rows.iter().map(|i| i.output_node_id).collect()).await?;
    Ok(axum::Json(Page {
        items: rows.iter().map(|i| ItemView::new(i, &cx)).collect(),
        total,
        page,
        per_page,
    }))
}

/// `GET /api/v1/operational-items/{id}`: one item with its delivery rate and version as ETag.
#[utoipa::path(get, path = "/api/v1/operational-items/{id}", tag = "operations",
    params(("id" = i32, Path, description = "Item id")),
    responses((status = 200, body = ItemView), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_operational_item(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<Tagged<ItemView>> {
    authorize(&actor, Action::Read)?;
    let item = oi::Entity::find_by_id(id)
        .one(&st.db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("operational item {id}")))?;
    let cx = ItemContext::load(&st.db, vec![item.output_node_id]).await?;
    Ok(Tagged(item.version, ItemView::new(&item, &cx)))
}
