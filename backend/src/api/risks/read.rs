//! Reading the risk register: the filtered list (sortable by score) and one risk.

use crate::api::common::{Page, PageParams, Tagged, paginate};
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::entities::{risk_links, risks};
use crate::error::{AppError, AppResult, FieldError, Problem};
use crate::models::plans::plan_by_code;
use crate::models::{refs, risks as rules};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::risks::RiskView;
use axum::extract::{Path, State};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, EntityTrait, Order, QueryFilter, QueryOrder};
use serde::Deserialize;

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

/// `GET /api/v1/plans/{plan}/risks`: the plan's risks with their scores.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/risks", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), RiskListParams),
    responses((status = 200, body = Page<RiskView>), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn list_risks(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<RiskListParams>,
) -> AppResult<axum::Json<Page<RiskView>>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &code).await?;
    let mut errs = Vec::new();
    let owner = refs::resolve_unit(&st.db, "owner", p.owner.as_deref(), &mut errs).await?;
    let node = refs::resolve_node(&st.db, plan.id, "node", p.node.as_deref(), &mut errs).await?;
    for (field, v, list) in [
        ("status", &p.status, rules::STATUSES),
        ("category", &p.category, rules::CATEGORIES),
    ] {
        if let Some(v) = v
            && !list.contains(&v.as_str())
        {
            errs.push(FieldError {
                field: field.into(),
                reason: format!("must be one of {}", list.join(", ")),
            });
        }
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let mut q = risks::Entity::find().filter(risks::Column::PlanId.eq(plan.id));
    if let Some(s) = &p.status {
        q = q.filter(risks::Column::Status.eq(s.as_str()));
    }
    if let Some(c) = &p.category {
        q = q.filter(risks::Column::Category.eq(c.as_str()));
    }
    if let Some(u) = owner {
        q = q.filter(risks::Column::OwnerUnitId.eq(u.id));
    }
    if let Some(n) = node {
        q = q.filter(
            risks::Column::Id.in_subquery(
                Query::select()
                    .column(risk_links::Column::RiskId)
                    .from(risk_links::Entity)
                    .and_where(risk_links::Column::NodeId.eq(n.id))
                    .to_owned(),
            ),
        );
    }
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
        paginate(&st.db, q, &paging, column, risks::Column::Code, risks::Column::Id).await?;
    let items = super::views(&st.db, &plan, &rows).await?;
    Ok(axum::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}

/// `GET /api/v1/plans/{plan}/risks/{risk}`: one risk by code, with its version as ETag.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/risks/{risk}", tag = "risks",
    params(("plan" = String, Path, description = "Plan code"), ("risk" = String, Path, description = "Risk code")),
    responses((status = 200, body = RiskView), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_risk(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, risk)): Path<(String, String)>,
) -> AppResult<Tagged<RiskView>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &code).await?;
    let r = super::risk_or_404(&st.db, &plan, &risk).await?;
    Ok(Tagged(r.version, super::view(&st.db, &plan, &r).await?))
}
