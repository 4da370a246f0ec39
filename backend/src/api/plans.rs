//! Plans: list, read, update thresholds (admin), and the framework tree with statuses for a year.

use super::common::{ApiJson, Tagged, check_version, claimed_version};
use crate::auth::Actor;
use crate::entities::plans;
use crate::error::{AppError, AppResult, Problem};
use crate::fixed::Fixed;
use crate::models::audit;
use crate::models::plans::plan_by_code;
use crate::models::transactions;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::tree::{PlanView, TreeView};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use rust_decimal::Decimal;
use sea_orm::{ActiveValue::Set, EntityTrait, QueryOrder};
use serde::{Deserialize, Serialize};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_plans))
        .routes(routes!(get_plan, update_plan))
        .routes(routes!(get_plan_tree))
}

/// The plans.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PlanList {
    /// Every plan, newest first.
    pub items: Vec<PlanView>,
    /// Number of plans.
    pub total: usize,
}

/// `GET /api/v1/plans`: every plan, newest first.
#[utoipa::path(get, path = "/api/v1/plans", tag = "plans",
    responses((status = 200, body = PlanList), (status = 401, body = Problem)))]
pub async fn list_plans(actor: Actor, State(st): State<AppState>) -> AppResult<axum::Json<PlanList>> {
    authorize(&actor, Action::Read)?;
    let rows = plans::Entity::find()
        .order_by_desc(plans::Column::StartYear)
        .all(&st.db)
        .await?;
    let items: Vec<PlanView> = rows.iter().map(PlanView::from).collect();
    Ok(axum::Json(PlanList {
        total: items.len(),
        items,
    }))
}

/// `GET /api/v1/plans/{plan}`: one plan, with its version as ETag.
#[utoipa::path(get, path = "/api/v1/plans/{plan}", tag = "plans", params(("plan" = String, Path, description = "Plan code")),
    responses((status = 200, body = PlanView), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_plan(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
) -> AppResult<Tagged<PlanView>> {
    authorize(&actor, Action::Read)?;
    let p = plan_by_code(&st.db, &code).await?;
    Ok(Tagged(p.version, PlanView::from(&p)))
}

/// Changes to a plan's parameters. Absent fields stay as they are.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdatePlan {
    /// The version read (or send `If-Match`).
    pub version: Option<i32>,
    /// Name.
    #[schema(max_length = 500)]
    pub name: Option<String>,
    /// draft, adopted or closed.
    #[schema(max_length = 64)]
    pub status: Option<String>,
    /// Years an earlier value may stand in for a missing one.
    pub max_age_years: Option<i32>,
    /// Progress at or above which an indicator is on track (0..1).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub on_track_threshold: Option<Decimal>,
    /// Progress at or above which an indicator is at risk (0..1).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub at_risk_threshold: Option<Decimal>,
}

/// `PATCH /api/v1/plans/{plan}`: change a plan's status or thresholds (admin); stale versions are refused.
#[utoipa::path(patch, path = "/api/v1/plans/{plan}", tag = "plans", params(("plan" = String, Path, description = "Plan code")),
    request_body = UpdatePlan,
    responses((status = 200, body = PlanView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 412, body = Problem), (status = 422, body = Problem)))]
pub async fn update_plan(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdatePlan>,
) -> AppResult<Tagged<PlanView>> {
    crate::limits::enforce(&body)?;
    authorize(&actor, Action::Administer)?;
    let claimed = claimed_version(&headers, body.version)?;
    let (txn, turn) = transactions::begin_write(&st.db).await?;
    let p = plan_by_code(&txn, &code).await?;
    check_version(claimed, p.version, &format!("plan {code}"))?;
    let mut errs = Vec::new();
    let mut am: plans::ActiveModel = p.clone().into();
    if let Some(n) = &body.name {
        am.name = Set(n.clone());
    }
    if let Some(s) = &body.status {
        if ["draft", "adopted", "closed"].contains(&s.as_str()) {
            am.status = Set(s.clone());
        } else {
            errs.push(crate::error::FieldError {
                field: "status".into(),
                reason: "must be draft, adopted or closed".into(),
            });
        }
    }
    if let Some(m) = body.max_age_years {
        if (0..=10).contains(&m) {
            am.max_age_years = Set(m);
        } else {
            errs.push(crate::error::FieldError {
                field: "max_age_years".into(),
                reason: "must be between 0 and 10".into(),
            });
        }
    }
    for (field, v, slot) in [
        (
            "on_track_threshold",
            body.on_track_threshold,
            &mut am.on_track_threshold,
        ),
        ("at_risk_threshold", body.at_risk_threshold, &mut am.at_risk_threshold),
    ] {
        if let Some(v) = v {
            match Fixed::from_decimal(v) {
                Ok(f) if v >= Decimal::ZERO && v <= Decimal::ONE => *slot = Set(f),
                Ok(_) => errs.push(crate::error::FieldError {
                    field: field.into(),
                    reason: "must be between 0 and 1".into(),
                }),
                Err(e) => errs.push(crate::error::FieldError {
                    field: field.into(),
                    reason: e.to_string(),
                }),
            }
        }
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    am.version = Set(p.version + 1);
    am.updated_at = Set(chrono::Utc::now().into());
    let updated = crate::models::versioned::update(&txn, am, p.id, p.version).await?;
    audit::updated(
        &txn,
        Some(&actor),
        "plan",
        p.id,
        &PlanView::from(&p),
        &PlanView::from(&updated),
    )
    .await?;
    transactions::commit(txn, turn).await?;
    Ok(Tagged(updated.version, PlanView::from(&updated)))
}

/// Query of the tree route.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TreeParams {
    /// The year to evaluate; defaults to the plan's first year.
    pub year: Option<i32>,
}

/// `GET /api/v1/plans/{plan}/tree?year=Y`: the framework tree with each indicator's actual, expected,
/// progress and status for year Y, and each node's roll-up.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/tree", tag = "plans",
    params(("plan" = String, Path, description = "Plan code"), TreeParams),
    responses((status = 200, body = TreeView), (status = 401, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn get_plan_tree(
    actor: Actor,
    State(st): State<AppState>,
    Path(code): Path<String>,
    Query(params): Query<TreeParams>,
) -> AppResult<axum::Json<TreeView>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &code).await?;
    let year = params.year.unwrap_or(plan.start_year);
    if !(plan.start_year - 10..=plan.end_year + 10).contains(&year) {
        return Err(AppError::field(
            "year",
            format!(
                "{year} is too far from plan {} ({}-{})",
                plan.code, plan.start_year, plan.end_year
            ),
        ));
    }
    let ev = st.evaluations.evaluate(&st.db, plan, year).await?;
    Ok(axum::Json(TreeView::build(&ev)))
}
