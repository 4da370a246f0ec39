//! Contribution links of a plan: which node contributes to which (an outcome to a goal, say), with an
//! optional weight in 0..1. Everyone reads them; the Secretary-General's office changes them.

use super::common::{
    ApiJson, ApiQuery, FieldErrors, Page, PageParams, Tagged, check_version, claimed_version, nullable, paginate,
};
use super::nodes::check_if_match;
use super::plans::plan_by_code;
use crate::auth::Actor;
use crate::entities::contribution_links::{self, Column};
use crate::entities::{plans, result_nodes};
use crate::error::{AppError, AppResult, Problem};
use crate::fixed::Fixed;
use crate::models::{audit, nodes, versioned};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::nodes::ContributionView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, ModelTrait, QueryFilter,
    TransactionTrait,
};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_contributions, create_contribution))
        .routes(routes!(get_contribution, update_contribution, delete_contribution))
}

/// Filters, paging and sorting of the contribution list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ContributionListParams {
    /// Only links from this node (code).
    pub from: Option<String>,
    /// Only links to this node (code).
    pub to: Option<String>,
    /// Page number, from 1.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// id or weight; prefix `-` for descending. Default id.
    pub sort: Option<String>,
}

/// A new contribution link.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateContribution {
    /// Code of the contributing node.
    pub from: String,
    /// Code of the node it contributes to.
    pub to: String,
    /// Share of the contribution, 0..1 (decimal string or number).
    #[schema(value_type = Option<String>)]
    pub weight: Option<Fixed>,
}

/// A change of a link's weight.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateContribution {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// New weight, 0..1; `null` clears it.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    pub weight: Option<Option<Fixed>>,
}

fn check_weight(errs: &mut FieldErrors, w: Option<Fixed>) {
    if let Some(w) = w
        && !(Fixed::ZERO..=Fixed::from_raw(10_000)).contains(&w)
    {
        errs.push("weight", format!("{w} is outside 0..1"));
    }
}

/// Looks up the node `code` for field `field`, naming it when unknown.
async fn node_field(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    errs: &mut FieldErrors,
    field: &str,
    code: &str,
) -> AppResult<Option<result_nodes::Model>> {
    let n = nodes::by_code(db, plan.id, code).await?;
    if n.is_none() {
        errs.push(field, format!("plan {} has no node `{code}`", plan.code));
    }
    Ok(n)
}

/// The link `id` if it belongs to `plan`, else 404.
async fn link_or_404(db: &impl ConnectionTrait, plan: &plans::Model, id: i32) -> AppResult<contribution_links::Model> {
    let link = contribution_links::Entity::find_by_id(id).one(db).await?;
    let from = match &link {
        Some(l) => result_nodes::Entity::find_by_id(l.from_node_id).one(db).await?,
        None => None,
    };
    match (link, from) {
        (Some(l), Some(n)) if n.plan_id == plan.id => Ok(l),
        _ => Err(AppError::NotFound(format!(
            "contribution link {id} of plan {}",
            plan.code
        ))),
    }
}

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

/// `POST /api/v1/plans/{plan}/contributions`: link two nodes of the plan (admin).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/contributions", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code")),
    request_body = CreateContribution,
    responses((status = 201, body = ContributionView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_contribution(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiJson(body): ApiJson<CreateContribution>,
) -> AppResult<(StatusCode, Tagged<ContributionView>)> {
    authorize(&actor, Action::Administer)?;
    let txn = st.db.begin().await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let mut errs = FieldErrors::default();
    let from = node_field(&txn, &plan, &mut errs, "from", &body.from).await?;
    let to = node_field(&txn, &plan, &mut errs, "to", &body.to).await?;
    if body.from == body.to {
        errs.push("to", "a node cannot contribute to itself");
    }
    check_weight(&mut errs, body.weight);
    errs.finish()?;
    let (Some(from), Some(to)) = (from, to) else {
        return Err(AppError::Internal("checked nodes missing".into()));
    };
    let exists = contribution_links::Entity::find()
        .filter(Column::FromNodeId.eq(from.id))
        .filter(Column::ToNodeId.eq(to.id))
        .one(&txn)
        .await?;
    if exists.is_some() {
        return Err(AppError::Conflict(format!(
            "{} already contributes to {}",
            from.code, to.code
        )));
    }
    let row = contribution_links::ActiveModel {
        from_node_id: Set(from.id),
        to_node_id: Set(to.id),
        weight: Set(body.weight),
        provenance: Set("entered".to_owned()),
        version: Set(1),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let codes = [(from.id, from.code), (to.id, to.code)].into_iter().collect();
    let view = ContributionView::new(&row, &codes);
    audit::record(
        &txn,
        Some(&actor),
        "create",
        "contribution_link",
        row.id,
        None,
        Some(&view),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok((StatusCode::CREATED, Tagged(row.version, view)))
}

/// `PATCH /api/v1/plans/{plan}/contributions/{id}`: change a link's weight (admin, versioned).
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/contributions/{id}", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Link id")),
    request_body = UpdateContribution,
    responses((status = 200, body = ContributionView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem),
        (status = 422, body = Problem)))]
pub async fn update_contribution(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, id)): Path<(String, i32)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateContribution>,
) -> AppResult<Tagged<ContributionView>> {
    authorize(&actor, Action::Administer)?;
    let claimed = claimed_version(&headers, body.version)?;
    let txn = st.db.begin().await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let link = link_or_404(&txn, &plan, id).await?;
    check_version(claimed, link.version, &format!("contribution link {id}"))?;
    let mut errs = FieldErrors::default();
    let mut am: contribution_links::ActiveModel = link.clone().into();
    if let Some(w) = body.weight {
        check_weight(&mut errs, w);
        am.weight = Set(w);
    }
    errs.finish()?;
    am.version = Set(link.version + 1);
    let updated = versioned::update(&txn, am, link.id, link.version).await?;
    let codes = nodes::codes(&txn, plan.id).await?;
    let (before, after) = (
        ContributionView::new(&link, &codes),
        ContributionView::new(&updated, &codes),
    );
    audit::record(
        &txn,
        Some(&actor),
        "update",
        "contribution_link",
        id,
        Some(&before),
        Some(&after),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(Tagged(updated.version, after))
}

/// `DELETE /api/v1/plans/{plan}/contributions/{id}`: remove a link (admin). An `If-Match` version,
/// when sent, must be current.
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/contributions/{id}", tag = "contributions",
    params(("plan" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Link id")),
    responses((status = 204, description = "Deleted"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 412, body = Problem)))]
pub async fn delete_contribution(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, id)): Path<(String, i32)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    authorize(&actor, Action::Administer)?;
    let txn = st.db.begin().await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let link = link_or_404(&txn, &plan, id).await?;
    check_if_match(&headers, link.version, &format!("contribution link {id}"))?;
    let view = ContributionView::new(&link, &nodes::codes(&txn, plan.id).await?);
    link.delete(&txn).await?;
    audit::record(
        &txn,
        Some(&actor),
        "delete",
        "contribution_link",
        id,
        Some(&view),
        None,
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
