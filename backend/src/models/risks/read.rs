//! Reading the risk register: the filtered list (sortable by score) and one risk. Everyone signed in
//! reads.

use super::{CATEGORIES, RiskEntry, STATUSES};
use crate::auth::Actor;
use crate::entities::{risk_links, risks};
use crate::error::{AppError, AppResult, FieldError, Said};
use crate::models::codes;
use crate::models::paging::{Page, PageParams, paginate};
use crate::models::plans::{Plan, plan_by_code};
use crate::policy::{Action, authorize};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, Order, QueryFilter, QueryOrder};
use serde::Deserialize;
use std::collections::HashMap;

/// Filters, paging and sorting of risks.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RiskListParams {
    /// open, mitigating or closed.
    pub status: Option<String>,
    /// Category.
    pub category: Option<String>,
    /// Owner org unit code.
    pub owner: Option<String>,
    /// Code of a linked result node.
    pub node: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// code (default), score, likelihood, impact, reviewed_on or updated_at; `-` first for descending
    /// (`-score`: the gravest first). Ties by code, then id.
    pub sort: Option<String>,
}

/// The risk `risk` (by code) of `plan`, or 404.
pub(super) async fn risk_or_404(db: &impl ConnectionTrait, plan: &Plan, risk: &str) -> AppResult<risks::Model> {
    risks::Entity::find()
        .filter(risks::Column::PlanId.eq(plan.id))
        .filter(risks::Column::Code.eq(risk))
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::not_found(crate::error::Said::new(
                "said-what-risk",
                [("code", risk.to_string().into()), ("plan", plan.code.as_str().into())],
            ))
        })
}

/// Entries of `rows`, with owner codes and linked node codes.
pub(super) async fn entries(
    db: &impl ConnectionTrait,
    plan: &Plan,
    rows: &[risks::Model],
) -> AppResult<Vec<RiskEntry>> {
    let links = risk_links::Entity::find()
        .filter(risk_links::Column::RiskId.is_in(rows.iter().map(|r| r.id)))
        .all(db)
        .await?;
    let nodes = codes::nodes_by_id(db, plan.id).await?;
    let units = crate::models::units::codes(db).await?;
    let mut linked: HashMap<i32, Vec<String>> = HashMap::new();
    for l in links {
        if let Some(n) = nodes.get(&l.node_id) {
            linked.entry(l.risk_id).or_default().push(n.code.clone());
        }
    }
    Ok(rows
        .iter()
        .map(|r| {
            let owner = units.get(&r.owner_unit_id).map_or("", String::as_str);
            RiskEntry::new(r, &plan.code, owner, linked.remove(&r.id).unwrap_or_default())
        })
        .collect())
}

/// The entry of one risk.
pub(super) async fn entry(db: &impl ConnectionTrait, plan: &Plan, r: &risks::Model) -> AppResult<RiskEntry> {
    Ok(entries(db, plan, std::slice::from_ref(r)).await?.remove(0))
}

/// Every field error of the filters `p` (owner and node resolved).
async fn filters(db: &impl ConnectionTrait, plan: &Plan, p: &RiskListParams) -> AppResult<(Option<i32>, Option<i32>)> {
    let mut errs = Vec::new();
    let owner = codes::resolve_unit(db, "owner", p.owner.as_deref(), &mut errs).await?;
    let node = codes::resolve_node(db, plan.id, "node", p.node.as_deref(), &mut errs).await?;
    for (field, v, list) in [("status", &p.status, STATUSES), ("category", &p.category, CATEGORIES)] {
        if let Some(v) = v
            && !list.contains(&v.as_str())
        {
            errs.push(FieldError::new(field, Said::one_of(list)));
        }
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    Ok((owner.map(|u| u.id), node.map(|n| n.id)))
}

/// The risks of `plan` that `p` selects (its paging and sorting aside), every bad filter named.
pub(super) async fn filtered(
    db: &impl ConnectionTrait,
    plan: &Plan,
    p: &RiskListParams,
) -> AppResult<sea_orm::Select<risks::Entity>> {
    let (owner, node) = filters(db, plan, p).await?;
    let mut q = risks::Entity::find().filter(risks::Column::PlanId.eq(plan.id));
    if let Some(s) = &p.status {
        q = q.filter(risks::Column::Status.eq(s.as_str()));
    }
    if let Some(c) = &p.category {
        q = q.filter(risks::Column::Category.eq(c.as_str()));
    }
    if let Some(u) = owner {
        q = q.filter(risks::Column::OwnerUnitId.eq(u));
    }
    if let Some(n) = node {
        q = q.filter(
            risks::Column::Id.in_subquery(
                Query::select()
                    .column(risk_links::Column::RiskId)
                    .from(risk_links::Entity)
                    .and_where(risk_links::Column::NodeId.eq(n))
                    .to_owned(),
            ),
        );
    }
    Ok(q)
}

/// The risks of plan `code` matching `p`, one page of them, with their scores.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    code: &str,
    p: RiskListParams,
) -> AppResult<Page<RiskEntry>> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let mut q = filtered(db, &plan, &p).await?;
    // The score is not a column: order by the product, then let `paginate` add code and id.
    let mut paging = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    if let Some(dir) = match paging.sort.as_deref() {
        Some("score") => Some(Order::Asc),
        Some("-score") => Some(Order::Desc),
        _ => None,
    } {
        q = q.order_by(
            Expr::col(risks::Column::Likelihood).mul(Expr::col(risks::Column::Impact)),
            dir,
        );
        paging.sort = None;
    }
    let column = |name: &str| match name {
        "code" => Some(risks::Column::Code),
        "likelihood" => Some(risks::Column::Likelihood),
        "impact" => Some(risks::Column::Impact),
        "reviewed_on" => Some(risks::Column::ReviewedOn),
        "updated_at" => Some(risks::Column::UpdatedAt),
        _ => None,
    };
    let (rows, total, page, per_page) =
        paginate(db, q, &paging, column, risks::Column::Code, risks::Column::Id).await?;
    Ok(Page {
        items: entries(db, &plan, &rows).await?,
        total,
        page,
        per_page,
    })
}

/// Risk `risk` (by code) of plan `code`.
pub async fn get(db: &impl ConnectionTrait, actor: &Actor, code: &str, risk: &str) -> AppResult<RiskEntry> {
    authorize(actor, Action::Read)?;
    let plan = plan_by_code(db, code).await?;
    let r = risk_or_404(db, &plan, risk).await?;
    entry(db, &plan, &r).await
}
