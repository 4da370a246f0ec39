//! Framework revisions of a plan (read only): every change to a baseline, target, milestone, unit or
//! direction made after values existed, with its decision, "as adopted" and "as revised".

use super::common::{ApiQuery, FieldErrors, Page, PageParams, paginate};
use crate::auth::Actor;
use crate::entities::framework_revisions::{self, Column};
use crate::entities::indicators;
use crate::error::{AppResult, Problem};
use crate::models::plans::plan_by_code;
use crate::models::revisions::REASONS;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::revisions::RevisionView;
use axum::extract::{Path, State};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::Deserialize;
use std::collections::HashMap;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_revisions))
}

/// Filters, paging and sorting of the revision list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RevisionListParams {
    /// Only revisions of this indicator (code).
    pub indicator: Option<String>,
    /// Only revisions of this field, e.g. `target_value` or `milestones.2029`.
    pub field: Option<String>,
    /// Only revisions for this reason category.
    pub reason_category: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// id, decided_on or field; prefix `-` for descending. Default id (oldest first).
    pub sort: Option<String>,
}

/// `GET /api/v1/plans/{plan}/revisions`: the plan's framework revisions, oldest first.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/revisions", tag = "revisions",
    params(("plan" = String, Path, description = "Plan code"), RevisionListParams),
    responses((status = 200, body = Page<RevisionView>), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn list_revisions(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiQuery(p): ApiQuery<RevisionListParams>,
) -> AppResult<axum::Json<Page<RevisionView>>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let codes: HashMap<i32, String> = indicators::Entity::find()
        .select_only()
        .column(indicators::Column::Id)
        .column(indicators::Column::Code)
        .filter(indicators::Column::PlanId.eq(plan.id))
        .into_tuple::<(i32, String)>()
        .all(&st.db)
        .await?
        .into_iter()
        .collect();
    let mut errs = FieldErrors::default();
    let indicator = p.indicator.as_ref().and_then(|code| {
        let found = codes.iter().find(|(_, c)| *c == code).map(|(id, _)| *id);
        if found.is_none() {
            errs.push("indicator", format!("plan {} has no indicator `{code}`", plan.code));
        }
        found
    });
    if let Some(r) = &p.reason_category {
        errs.check("reason_category", crate::models::indicators::one_of(r, REASONS));
    }
    errs.finish()?;
    let mut select = framework_revisions::Entity::find().filter(Column::PlanId.eq(plan.id));
    if let Some(id) = indicator {
        select = select
            .filter(Column::EntityType.eq("indicator"))
            .filter(Column::EntityId.eq(id));
    }
    if let Some(f) = &p.field {
        select = select.filter(Column::Field.eq(f.as_str()));
    }
    if let Some(r) = &p.reason_category {
        select = select.filter(Column::ReasonCategory.eq(r.as_str()));
    }
    let params = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort,
    };
    let sortable = |name: &str| match name {
        "id" => Some(Column::Id),
        "decided_on" => Some(Column::DecidedOn),
        "field" => Some(Column::Field),
        _ => None,
    };
    let (rows, total, page, per_page) = paginate(&st.db, select, &params, sortable, Column::Id, Column::Id).await?;
    Ok(axum::Json(Page {
        items: rows
            .iter()
            .map(|r| RevisionView::new(r, codes.get(&r.entity_id).map_or("", String::as_str)))
            .collect(),
        total,
        page,
        per_page,
    }))
}
