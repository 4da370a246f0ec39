//! Reading allocations: a filtered page, or one allocation. Everyone signed in reads.

use super::AllocationEntry;
use crate::auth::Actor;
use crate::entities::{budget_allocations as ba, org_units, result_nodes};
use crate::error::{AppError, AppResult, FieldError};
use crate::models::codes;
use crate::models::paging::{Page, PageParams, paginate};
use crate::models::plans::{Plan, plan_by_code};
use crate::policy::{Action, authorize};
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

/// The entry of allocation `a`, with its codes.
pub(super) async fn entry(db: &impl ConnectionTrait, plan: &Plan, a: &ba::Model) -> AppResult<AllocationEntry> {
    let unit = org_units::Entity::find_by_id(a.org_unit_id).one(db).await?;
    let node = result_nodes::Entity::find_by_id(a.node_id).one(db).await?;
    Ok(AllocationEntry::new(
        a,
        &plan.code,
        unit.as_ref().map_or("", |u| u.code.as_str()),
        node.as_ref().map_or("", |n| n.code.as_str()),
        node.as_ref().map_or("", |n| n.level.as_str()),
    ))
}

/// Allocation `id` of `plan`, or 404.
pub(super) async fn row_or_404(db: &impl ConnectionTrait, plan: &Plan, id: i32) -> AppResult<ba::Model> {
    ba::Entity::find_by_id(id)
        .filter(ba::Column::PlanId.eq(plan.id))
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::not_found(crate::error::Said::new(
                "said-what-allocation",
                [("id", i64::from(id).into()), ("plan", plan.code.clone().into())],
            ))
        })
}

/// The allocations of plan `code` matching `p`, one page of them.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    code: &str,
    p: AllocationListParams,
) -> AppResult<Page<AllocationEntry>> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let mut errs: Vec<FieldError> = Vec::new();
    let unit = codes::resolve_unit(db, "unit", p.unit.as_deref(), &mut errs).await?;
    let node = codes::resolve_node(db, plan.id, "node", p.node.as_deref(), &mut errs).await?;
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
    let (rows, total, page, per_page) = paginate(db, q, &paging, column, ba::Column::Year, ba::Column::Id).await?;
    let units = crate::models::units::codes(db).await?;
    let nodes = codes::nodes_by_id(db, plan.id).await?;
    let items = rows
        .iter()
        .map(|a| {
            let n = nodes.get(&a.node_id);
            AllocationEntry::new(
                a,
                &plan.code,
                units.get(&a.org_unit_id).map_or("", String::as_str),
                n.map_or("", |n| n.code.as_str()),
                n.map_or("", |n| n.level.as_str()),
            )
        })
        .collect();
    Ok(Page {
        items,
        total,
        page,
        per_page,
    })
}

/// Allocation `id` of plan `code`.
pub async fn get(db: &impl ConnectionTrait, actor: &Actor, code: &str, id: i32) -> AppResult<AllocationEntry> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let a = row_or_404(db, &plan, id).await?;
    entry(db, &plan, &a).await
}
