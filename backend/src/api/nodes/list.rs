//! `GET /api/v1/plans/{plan}/nodes`: the nodes of a plan as a flat, filtered, paginated list.

use crate::api::common::{ApiQuery, FieldErrors, Page, PageParams, contains, paginate};
use crate::auth::Actor;
use crate::entities::result_nodes::{self, Column};
use crate::error::{AppResult, Problem};
use crate::models::plans::plan_by_code;
use crate::models::plans::plan_year;
use crate::models::{nodes, units};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::status::Status;
use crate::views::nodes::{NodeListItem, NodeView};
use axum::extract::{Path, State};
use sea_orm::sea_query::ExprTrait;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

/// Filters, paging and sorting of the node list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct NodeListParams {
    /// Only nodes of this level (goal, target, thematic_priority, outcome, output, enabler).
    pub level: Option<String>,
    /// Only nodes owned by this org unit (code).
    pub unit: Option<String>,
    /// Only the children of this node (code).
    pub parent: Option<String>,
    /// Only nodes whose roll-up for `year` counts at least one indicator with this status.
    pub status: Option<String>,
    /// The year of the roll-ups (and of `status`); defaults to the plan's first year.
    pub year: Option<i32>,
    /// Text searched in code and name, ignoring case.
    pub q: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// code, name, level or sort_order; prefix `-` for descending. Default code.
    pub sort: Option<String>,
}

/// `GET /api/v1/plans/{plan}/nodes`: nodes filtered by level, unit, parent, status and text, paginated.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/nodes", tag = "nodes",
    params(("plan" = String, Path, description = "Plan code"), NodeListParams),
    responses((status = 200, body = Page<NodeListItem>), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn list_nodes(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiQuery(p): ApiQuery<NodeListParams>,
) -> AppResult<axum::Json<Page<NodeListItem>>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let mut errs = FieldErrors::default();
    if let Some(l) = &p.level {
        errs.check("level", crate::models::indicators::one_of(l, nodes::LEVELS));
    }
    let status = p.status.as_deref().and_then(|s| {
        errs.check(
            "status",
            Status::parse(s)
                .ok_or_else(|| format!("`{s}` is not one of achieved, on_track, at_risk, off_track, no_data")),
        )
    });
    let year = errs.check("year", plan_year(&plan, p.year));
    let unit = match &p.unit {
        Some(code) => units::by_code(&st.db, code).await?.or_else(|| {
            errs.push("unit", format!("no org unit has code `{code}`"));
            None
        }),
        None => None,
    };
    let parent = match &p.parent {
        Some(code) => nodes::by_code(&st.db, plan.id, code).await?.or_else(|| {
            errs.push("parent", format!("plan {} has no node `{code}`", plan.code));
            None
        }),
        None => None,
    };
    errs.finish()?;

    let mut select = result_nodes::Entity::find().filter(Column::PlanId.eq(plan.id));
    if let Some(l) = &p.level {
        select = select.filter(Column::Level.eq(l.as_str()));
    }
    if let Some(u) = &unit {
        select = select.filter(Column::OwnerUnitId.eq(u.id));
    }
    if let Some(n) = &parent {
        select = select.filter(Column::ParentId.eq(n.id));
    }
    if let Some(q) = p.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        select = select.filter(contains(Column::Code, q).or(contains(Column::Name, q)));
    }
    // Every item carries its roll-up, from one (cached) evaluation of the plan for the year asked, or the
    // plan's first year: a `year` error was refused above.
    let year = year.unwrap_or(plan.start_year);
    let evaluation = st.evaluations.evaluate(&st.db, plan.clone(), year).await?;
    if let Some(s) = status {
        let ids: Vec<i32> = evaluation
            .rollups
            .iter()
            .filter(|(_, r)| r.count(s) > 0)
            .map(|(id, _)| *id)
            .collect();
        select = select.filter(Column::Id.is_in(ids));
    }
    let params = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort.clone(),
    };
    let sortable = |name: &str| match name {
        "code" => Some(Column::Code),
        "name" => Some(Column::Name),
        "level" => Some(Column::Level),
        "sort_order" => Some(Column::SortOrder),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(&st.db, select, &params, sortable, Column::Code, Column::Id).await?;
    let node_codes = evaluation.nodes.iter().map(|n| (n.id, n.code.clone())).collect();
    let unit_codes = units::codes(&st.db).await?;
    let items = rows
        .iter()
        .map(|n| NodeListItem {
            node: NodeView::new(n, &node_codes, &unit_codes),
            rollup: evaluation.rollups.get(&n.id).cloned().unwrap_or_default(),
        })
        .collect();
    Ok(axum::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}
