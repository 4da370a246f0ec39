//! Reading operational items: the filtered list across plans, units and years, and one item. Everyone
//! signed in reads.

use super::{ItemContext, ItemEntry};
use crate::auth::Actor;
use crate::entities::{operational_items as oi, operational_plans as op, plans, result_nodes};
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::models::codes;
use crate::models::operations::ITEM_STATUSES;
use crate::models::paging::{Page, PageParams, paginate};
use crate::policy::{Action, authorize};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
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

/// The plan named by the `plan` filter, if any (an unknown code is a field error).
async fn plan_filter(
    db: &impl ConnectionTrait,
    code: Option<&str>,
    errs: &mut Vec<FieldError>,
) -> AppResult<Option<plans::Model>> {
    let Some(c) = code else { return Ok(None) };
    let found = plans::Entity::find().filter(plans::Column::Code.eq(c)).one(db).await?;
    if found.is_none() {
        errs.push(FieldError::new(
            "plan",
            Said::new("said-no-plan-has-code", [("code", c.into())]),
        ));
    }
    Ok(found)
}

/// The items matching `p`, one page of them, sorted by code (default).
pub async fn list(db: &impl ConnectionTrait, actor: &Actor, p: ItemListParams) -> AppResult<Page<ItemEntry>> {
    authorize(actor, Action::Read)?;
    let mut errs = Vec::new();
    let plan = plan_filter(db, p.plan.as_deref(), &mut errs).await?;
    let unit = codes::resolve_unit(db, "unit", p.unit.as_deref(), &mut errs).await?;
    let mut outputs = Vec::new();
    if let Some(c) = &p.output {
        let mut q = result_nodes::Entity::find().filter(result_nodes::Column::Code.eq(c.as_str()));
        if let Some(pl) = &plan {
            q = q.filter(result_nodes::Column::PlanId.eq(pl.id));
        }
        outputs = q.all(db).await?.into_iter().map(|n| n.id).collect();
        if outputs.is_empty() {
            errs.push(FieldError::new(
                "output",
                Said::new("said-no-node-has-code", [("code", c.into())]),
            ));
        }
    }
    if let Some(s) = &p.status
        && !ITEM_STATUSES.contains(&s.as_str())
    {
        errs.push(FieldError::new("status", Said::one_of(ITEM_STATUSES)));
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
        let ids: Vec<i32> = opq.all(db).await?.into_iter().map(|o| o.id).collect();
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
    let (rows, total, page, per_page) = paginate(db, q, &paging, column, oi::Column::Code, oi::Column::Id).await?;
    let cx = ItemContext::load(db, rows.iter().map(|i| i.output_node_id).collect()).await?;
    Ok(Page {
        items: rows.iter().map(|i| ItemEntry::new(i, &cx)).collect(),
        total,
        page,
        per_page,
    })
}

/// Item `id`, or 404.
pub(super) async fn item_or_404(db: &impl ConnectionTrait, id: i32) -> AppResult<oi::Model> {
    oi::Entity::find_by_id(id).one(db).await?.ok_or_else(|| {
        AppError::not_found(crate::error::Said::new(
            "said-what-item",
            [("id", i64::from(id).into())],
        ))
    })
}

/// Item `id` with its delivery rate.
pub async fn get(db: &impl ConnectionTrait, actor: &Actor, id: i32) -> AppResult<ItemEntry> {
    authorize(actor, Action::Read)?;
    let item = item_or_404(db, id).await?;
    let cx = ItemContext::load(db, vec![item.output_node_id]).await?;
    Ok(ItemEntry::new(&item, &cx))
}
