//! Reporting periods of a plan: list the years with their lock, lock and unlock a year (admin, with a
//! note; versioned; audited).

use super::common::{ApiJson, Tagged, check_version};
use crate::auth::Actor;
use crate::entities::reporting_periods;
use crate::error::{AppError, AppResult, Problem};
use crate::models::plans::plan_by_code;
use crate::models::{audit, periods, transactions};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::measurements::PeriodView;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_periods))
        .routes(routes!(lock_period))
        .routes(routes!(unlock_period))
}

/// The reporting periods of a plan, one per year of the plan.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PeriodList {
    /// Every year of the plan in order (a year without a stored period is open).
    pub items: Vec<PeriodView>,
    /// Number of years.
    pub total: usize,
}

/// `GET /api/v1/plans/{plan}/periods`: every year of the plan with its status and lock. The list is
/// bounded by the plan's years, so it is not paginated.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/periods", tag = "periods",
    params(("plan" = String, Path, description = "Plan code")),
    responses((status = 200, body = PeriodList), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn list_periods(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
) -> AppResult<axum::Json<PeriodList>> {
    authorize(&actor, Action::Read)?;
    let plan = plan_by_code(&st.db, &plan).await?;
    let rows = reporting_periods::Entity::find()
        .filter(reporting_periods::Column::PlanId.eq(plan.id))
        .all(&st.db)
        .await?;
    let users = periods::emails(&st.db, rows.iter().filter_map(|r| r.locked_by).collect()).await?;
    let mut years: Vec<i32> = (plan.start_year..=plan.end_year).collect();
    years.extend(
        rows.iter()
            .map(|r| r.year)
            .filter(|y| !(plan.start_year..=plan.end_year).contains(y)),
    );
    years.sort_unstable();
    let items: Vec<PeriodView> = years
        .into_iter()
        .map(|y| {
            let row = rows.iter().find(|r| r.year == y);
            let by = row.and_then(|r| r.locked_by).and_then(|u| users.get(&u).cloned());
            PeriodView::build(&plan.code, y, row, by)
        })
        .collect();
    Ok(axum::Json(PeriodList {
        total: items.len(),
        items,
    }))
}

/// A lock or unlock, with the reason.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LockChange {
    /// Why (required): shown in every refusal while the year is locked.
    #[schema(max_length = 2000)]
    pub note: String,
    /// The period version read (optional; or send `If-Match`). A year never locked is at version 1.
    pub version: Option<i32>,
}

/// `POST /api/v1/plans/{plan}/periods/{year}/lock`: lock a year (admin). From then on it takes no new
/// values and no changes to values; each refusal (423) names the lock and since when.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/periods/{year}/lock", tag = "periods",
    params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "Year of the plan")),
    request_body = LockChange,
    responses((status = 200, body = PeriodView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem, description = "Already locked, or a stale version"),
        (status = 412, body = Problem), (status = 422, body = Problem)))]
pub async fn lock_period(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, year)): Path<(String, i32)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<LockChange>,
) -> AppResult<Tagged<PeriodView>> {
    crate::limits::enforce(&body)?;
    change(actor, st, plan, year, headers, body, true).await
}

/// `POST /api/v1/plans/{plan}/periods/{year}/unlock`: reopen a locked year (admin), with a note.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/periods/{year}/unlock", tag = "periods",
    params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "Year of the plan")),
    request_body = LockChange,
    responses((status = 200, body = PeriodView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem, description = "Not locked, or a stale version"),
        (status = 412, body = Problem), (status = 422, body = Problem)))]
pub async fn unlock_period(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, year)): Path<(String, i32)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<LockChange>,
) -> AppResult<Tagged<PeriodView>> {
    crate::limits::enforce(&body)?;
    change(actor, st, plan, year, headers, body, false).await
}

async fn change(
    actor: Actor,
    st: AppState,
    plan: String,
    year: i32,
    headers: HeaderMap,
    body: LockChange,
    lock: bool,
) -> AppResult<Tagged<PeriodView>> {
    authorize(&actor, Action::Administer)?;
    // The version is optional here (a lock is a deliberate, idempotent-looking act), but checked when sent.
    let claimed = match headers.get(header::IF_MATCH) {
        Some(_) => Some(super::common::claimed_version(&headers, None)?),
        None => body.version.map(|v| (v, false)),
    };
    let (txn, turn) = transactions::begin_write(st.writer.conn()).await?;
    let plan = plan_by_code(&txn, &plan).await?;
    let mut errs = Vec::new();
    if !(plan.start_year..=plan.end_year).contains(&year) {
        errs.push(crate::error::FieldError {
            field: "year".into(),
            reason: format!(
                "{year} is outside plan {} ({}-{})",
                plan.code, plan.start_year, plan.end_year
            ),
        });
    }
    if body.note.trim().is_empty() {
        errs.push(crate::error::FieldError {
            field: "note".into(),
            reason: "is required: say why".into(),
        });
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let existing = periods::find(&txn, &plan, year).await?;
    if let Some(c) = claimed {
        check_version(
            c,
            existing.as_ref().map_or(1, |p| p.version),
            &format!("reporting period {year} of {}", plan.code),
        )?;
    }
    let after = periods::set_lock(&txn, &actor, &plan, year, existing.as_ref(), lock, body.note.trim()).await?;
    audit::record(
        &txn,
        Some(&actor),
        if lock { "lock" } else { "unlock" },
        "reporting_period",
        after.id,
        existing.as_ref(),
        Some(&after),
        body.note.trim(),
    )
    .await?;
    transactions::commit(txn, turn).await?;
    let by = lock.then(|| actor.email.clone());
    Ok(Tagged(
        after.version,
        PeriodView::build(&plan.code, year, Some(&after), by),
    ))
}
