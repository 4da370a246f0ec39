//! Reading operational plans: each unit's plan per year with its items, from which the delivery rate of
//! the plan is computed ([`super::operations::plan_delivery`]). Everyone signed in reads.

use super::operational_items::ItemContext;
use crate::auth::Actor;
use crate::entities::{operational_items as oi, operational_plans as op};
use crate::error::{AppError, AppResult};
use crate::models::codes;
use crate::models::paging::{Page, PageParams, paginate};
use crate::models::plans::plan_by_code;
use crate::policy::{Action, authorize};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

/// An operational plan.
pub type OperationalPlan = op::Model;
/// An item of an operational plan.
pub type OperationalItem = oi::Model;

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

/// An operational plan with its items.
#[derive(Debug, Clone)]
pub struct PlanWithItems {
    /// The plan.
    pub plan: OperationalPlan,
    /// Its items (by code when read one plan at a time).
    pub items: Vec<OperationalItem>,
}

/// The operational plans of plan `code` matching `p`, one page of them, each with its items; and the
/// codes their views need.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    code: &str,
    p: OperationalPlanListParams,
) -> AppResult<(Page<PlanWithItems>, ItemContext)> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let mut errs = Vec::new();
    let unit = codes::resolve_unit(db, "unit", p.unit.as_deref(), &mut errs).await?;
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
    let (rows, total, page, per_page) = paginate(db, q, &paging, column, op::Column::Year, op::Column::Id).await?;
    let mut items = oi::Entity::find()
        .filter(oi::Column::OperationalPlanId.is_in(rows.iter().map(|r| r.id)))
        .all(db)
        .await?;
    let cx = ItemContext::load(db, Vec::new()).await?;
    let plans = rows
        .into_iter()
        .map(|plan| {
            let (mine, rest) = items.drain(..).partition(|i| i.operational_plan_id == plan.id);
            items = rest;
            PlanWithItems { plan, items: mine }
        })
        .collect();
    Ok((
        Page {
            items: plans,
            total,
            page,
            per_page,
        },
        cx,
    ))
}

/// Operational plan `id` of plan `code` with every item, by code; and the codes their views need.
pub async fn get(
    db: &impl ConnectionTrait,
    actor: &Actor,
    code: &str,
    id: i32,
) -> AppResult<(PlanWithItems, ItemContext)> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let opp = op::Entity::find_by_id(id)
        .filter(op::Column::PlanId.eq(plan.id))
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::not_found(crate::error::Said::new(
                "said-what-operational-plan",
                [("id", i64::from(id).into()), ("plan", code.into())],
            ))
        })?;
    let items = oi::Entity::find()
        .filter(oi::Column::OperationalPlanId.eq(opp.id))
        .order_by_asc(oi::Column::Code)
        .all(db)
        .await?;
    let cx = ItemContext::load(db, items.iter().map(|i| i.output_node_id).collect()).await?;
    Ok((PlanWithItems { plan: opp, items }, cx))
}
