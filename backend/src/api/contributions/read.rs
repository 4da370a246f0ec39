//! Reading contribution links: the plan's list, filtered by `from`/`to`, and one link.

use super::{ContributionListParams, link_or_404, node_field};
use crate::api::common::{ApiQuery, FieldErrors, Page, PageParams, Tagged, paginate};
use crate::auth::Actor;
use crate::entities::contribution_links::{self, Column};
use crate::entities::result_nodes;
use crate::error::{AppResult, Problem};
use crate::models::nodes;
use crate::models::plans::plan_by_code;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::nodes::ContributionView;
use axum::extract::{Path, State};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// `GET /api/v1/plans/{plan}/contributions`: the plan's contribution links, filtered by `from`/`to`.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/contributions", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code"), ContributionListParams),
    responses((status = 200, body = Page<ContributionView>), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn list_contributions(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiQuery(p): ApiQuery<ContributionListParams>,
) -> AppResult<axum::Json<Page<ContributionView>>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let mut errs = FieldErrors::default();
    let from = match &p.from {
        Some(c) => node_field(&st.db, &plan, &mut errs, "from", c).await?,
        None => None,
    };
    let to = match &p.to {
        Some(c) => node_field(&st.db, &plan, &mut errs, "to", c).await?,
        None => None,
    };
    errs.finish()?;
    let mut select = contribution_links::Entity::find().filter(
        Column::FromNodeId.in_subquery(
            Query::select()
                .column(result_nodes::Column::Id)
                .from(result_nodes::Entity)
                .and_where(result_nodes::Column::PlanId.eq(plan.id))
                .to_owned(),
        ),
    );
    if let Some(n) = from {
        select = select.filter(Column::FromNodeId.eq(n.id));
    }
    if let Some(n) = to {
        select = select.filter(Column::ToNodeId.eq(n.id));
    }
    let params = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let sortable = |name: &str| match name {
        "id" => Some(Column::Id),
        "weight" => Some(Column::Weight),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(&st.db, select, &params, sortable, Column::Id, Column::Id).await?;
    let codes = nodes::codes(&st.db, plan.id).await?;
    Ok(axum::Json(Page {
        items: rows.iter().map(|l| ContributionView::new(l, &codes)).collect(),
        total,
        page,
        per_page,
    }))
}

/// `GET /api/v1/plans/{plan}/contributions/{id}`: one link, with its version as ETag.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/contributions/{id}", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Link id")),
    responses((status = 200, body = ContributionView), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_contribution(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, id)): Path<(String, i32)>,
) -> AppResult<Tagged<ContributionView>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let link = link_or_404(&st.db, &plan, id).await?;
    let codes = nodes::codes(&st.db, plan.id).await?;
    Ok(Tagged(link.version, ContributionView::new(&link, &codes)))
}
