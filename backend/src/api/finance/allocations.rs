//! `/api/v1/plans/{code}/finance/allocations`: each unit's budget allocated to outputs, thematic
//! priorities and enablers (the Appendix A linkage the cost per node is derived from). Everyone reads;
//! the admin writes.

use crate::api::common::{ApiJson, Page, PageParams, Tagged, check_version, claimed_version, paginate};
use crate::api::plans::plan_by_code;
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::entities::{budget_allocations as ba, plans};
use crate::error::{AppError, AppResult, FieldError, Problem};
use crate::models::allocations::{self as allocation_rules, AllocationDraft};
use crate::models::{audit, refs, versioned};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::finance::AllocationView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use rust_decimal::Decimal;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
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
    /// Page number, from 1.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// year, amount or updated_at; `-` first for descending. Ties by id.
    pub sort: Option<String>,
}

/// A new allocation. `year`, `unit`, `node` and `amount` are required.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateAllocation {
    /// Year, inside the plan.
    pub year: Option<i32>,
    /// Org unit code.
    pub unit: Option<String>,
    /// Code of an output the unit owns, a thematic priority or an enabler.
    pub node: Option<String>,
    /// CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>, example = "3856")]
    pub amount: Option<Decimal>,
    /// verified, verified-2nd, illustrative or entered (default).
    pub provenance: Option<String>,
}

/// Changes to an allocation; absent fields stay as they are.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateAllocation {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Year.
    pub year: Option<i32>,
    /// Org unit code.
    pub unit: Option<String>,
    /// Node code.
    pub node: Option<String>,
    /// CHF thousands, ≥ 0.
    #[schema(value_type = Option<String>)]
    pub amount: Option<Decimal>,
    /// Provenance.
    pub provenance: Option<String>,
}

/// Routes of allocations.
pub fn routes() -> utoipa_axum::router::OpenApiRouter<AppState> {
    utoipa_axum::router::OpenApiRouter::new()
        .routes(utoipa_axum::routes!(list_allocations, create_allocation))
        .routes(utoipa_axum::routes!(
            get_allocation,
            update_allocation,
            delete_allocation
        ))
}

async fn view(db: &impl ConnectionTrait, plan: &plans::Model, a: &ba::Model) -> AppResult<AllocationView> {
    let unit = crate::entities::org_units::Entity::find_by_id(a.org_unit_id)
        .one(db)
        .await?;
    let node = crate::entities::result_nodes::Entity::find_by_id(a.node_id)
        .one(db)
        .await?;
    Ok(AllocationView::new(
        a,
        &plan.code,
        unit.as_ref().map_or("", |u| u.code.as_str()),
        node.as_ref().map_or("", |n| n.code.as_str()),
        node.as_ref().map_or("", |n| n.level.as_str()),
    ))
}

async fn row_or_404(db: &impl ConnectionTrait, plan: &plans::Model, id: i32) -> AppResult<ba::Model> {
    ba::Entity::find_by_id(id)
        .filter(ba::Column::PlanId.eq(plan.id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("allocation {id} of plan {}", plan.code)))
}

/// `GET /api/v1/plans/{code}/finance/allocations`: the plan's allocations, filtered, sorted, paginated.
#[utoipa::path(get, path = "/api/v1/plans/{code}/finance/allocations", tag = "finance",
    params(("code" = String, Path, description = "Plan code"), AllocationListParams),
    responses((status = 200, body = Page<AllocationView>), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
pub async fn list_allocations(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(p): ApiQuery<AllocationListParams>,
) -> AppResult<axum::Json<Page<AllocationView>>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &code).await?;
    let mut errs: Vec<FieldError> = Vec::new();
    let unit = refs::resolve_unit(&st.db, "unit", p.unit.as_deref(), &mut errs).await?;
    let node = refs::resolve_node(&st.db, plan.id, "node", p.node.as_deref(), &mut errs).await?;
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
    let (rows, total, page, per_page) = paginate(&st.db, q, &paging, column, ba::Column::Year, ba::Column::Id).await?;
    let units = refs::unit_codes(&st.db).await?;
    let nodes = refs::nodes_by_id(&st.db, plan.id).await?;
    let items = rows
        .iter()
        .map(|a| {
            let n = nodes.get(&a.node_id);
            AllocationView::new(
                a,
                &plan.code,
                units.get(&a.org_unit_id).map_or("", String::as_str),
                n.map_or("", |n| n.code.as_str()),
                n.map_or("", |n| n.level.as_str()),
            )
        })
        .collect();
    Ok(axum::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}

/// `GET /api/v1/plans/{code}/finance/allocations/{id}`: one allocation, with its version as ETag.
#[utoipa::path(get, path = "/api/v1/plans/{code}/finance/allocations/{id}", tag = "finance",
    params(("code" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Allocation id")),
    responses((status = 200, body = AllocationView), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
) -> AppResult<Tagged<AllocationView>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &code).await?;
    let a = row_or_404(&st.db, &plan, id).await?;
    Ok(Tagged(a.version, view(&st.db, &plan, &a).await?))
}

/// `POST /api/v1/plans/{code}/finance/allocations`: a new allocation (admin). The node is an output owned
/// by the unit, a thematic priority or an enabler; (plan, year, unit, node) is unique (409 otherwise).
#[utoipa::path(post, path = "/api/v1/plans/{code}/finance/allocations", tag = "finance",
    params(("code" = String, Path, description = "Plan code")), request_body = CreateAllocation,
    responses((status = 201, body = AllocationView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    ApiJson(b): ApiJson<CreateAllocation>,
) -> AppResult<(StatusCode, Tagged<AllocationView>)> {
    authorize(&actor, Action::Administer)?;
    let txn = crate::db::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &code).await?;
    let draft = AllocationDraft {
        year: b.year,
        unit: b.unit,
        node: b.node,
        amount: b.amount,
        provenance: b.provenance,
    };
    let ok = allocation_rules::resolve(&txn, &plan, draft, None).await?;
    allocation_rules::unique(&txn, &plan, &ok, None).await?;
    let now = chrono::Utc::now();
    let saved = ba::ActiveModel {
        plan_id: Set(plan.id),
        year: Set(ok.year),
        org_unit_id: Set(ok.unit.id),
        node_id: Set(ok.node.id),
        amount: Set(ok.amount),
        provenance: Set(ok.provenance),
        version: Set(1),
        created_at: Set(now.into()),
        updated_at: Set(now.into()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let v = view(&txn, &plan, &saved).await?;
    audit::record(
        &txn,
        Some(&actor),
        "create",
        "budget_allocation",
        saved.id,
        None,
        Some(&v),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok((StatusCode::CREATED, Tagged(saved.version, v)))
}

/// `PATCH /api/v1/plans/{code}/finance/allocations/{id}`: change an allocation (admin); needs `version` or
/// `If-Match`.
#[utoipa::path(patch, path = "/api/v1/plans/{code}/finance/allocations/{id}", tag = "finance",
    params(("code" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Allocation id"),
        ("If-Match" = Option<String>, Header, description = "The version read")),
    request_body = UpdateAllocation,
    responses((status = 200, body = AllocationView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem),
        (status = 422, body = Problem)))]
pub async fn update_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UpdateAllocation>,
) -> AppResult<Tagged<AllocationView>> {
    authorize(&actor, Action::Administer)?;
    let claimed = claimed_version(&headers, b.version)?;
    let txn = crate::db::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &code).await?;
    let old = row_or_404(&txn, &plan, id).await?;
    check_version(claimed, old.version, &format!("allocation {id}"))?;
    let draft = AllocationDraft {
        year: b.year,
        unit: b.unit,
        node: b.node,
        amount: b.amount,
        provenance: b.provenance,
    };
    let ok = allocation_rules::resolve(&txn, &plan, draft, Some(&old)).await?;
    allocation_rules::unique(&txn, &plan, &ok, Some(id)).await?;
    let am = ba::ActiveModel {
        year: Set(ok.year),
        org_unit_id: Set(ok.unit.id),
        node_id: Set(ok.node.id),
        amount: Set(ok.amount),
        provenance: Set(ok.provenance),
        version: Set(old.version + 1),
        updated_at: Set(chrono::Utc::now().into()),
        ..Default::default()
    };
    let saved = versioned::update(&txn, am, id, old.version).await?;
    let (before, after) = (view(&txn, &plan, &old).await?, view(&txn, &plan, &saved).await?);
    audit::record(
        &txn,
        Some(&actor),
        "update",
        "budget_allocation",
        id,
        Some(&before),
        Some(&after),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(Tagged(saved.version, after))
}

/// `DELETE /api/v1/plans/{code}/finance/allocations/{id}`: remove an allocation (admin).
#[utoipa::path(delete, path = "/api/v1/plans/{code}/finance/allocations/{id}", tag = "finance",
    params(("code" = String, Path, description = "Plan code"), ("id" = i32, Path, description = "Allocation id"),
        ("If-Match" = Option<String>, Header, description = "Optional: the version read")),
    responses((status = 204, description = "Deleted"), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 412, body = Problem)))]
pub async fn delete_allocation(
    actor: Actor,
    State(st): State<AppState>,
    Path((code, id)): Path<(String, i32)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    authorize(&actor, Action::Administer)?;
    let txn = crate::db::begin_write(&st.db).await?;
    let plan = plan_by_code(&txn, &code).await?;
    let old = row_or_404(&txn, &plan, id).await?;
    if headers.contains_key(axum::http::header::IF_MATCH) {
        check_version(
            claimed_version(&headers, None)?,
            old.version,
            &format!("allocation {id}"),
        )?;
    }
    let before = view(&txn, &plan, &old).await?;
    ba::Entity::delete_by_id(id).exec(&txn).await?;
    audit::record(
        &txn,
        Some(&actor),
        "delete",
        "budget_allocation",
        id,
        Some(&before),
        None,
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
