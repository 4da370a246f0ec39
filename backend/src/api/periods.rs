//! Reporting periods of a plan: list the years with their lock, lock and unlock a year (admin, with a
//! note; versioned; audited), and the lock exceptions of a year: list, grant and revoke (admin; audited).

use super::common::{ApiJson, Tagged};
use super::plans::claim;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::periods::exceptions::{self, GrantException, RevokeException};
use crate::models::periods::{self, LockChange};
use crate::state::AppState;
use crate::views::measurements::PeriodView;
use crate::views::periods::{ExceptionList, ExceptionView, PeriodList};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_periods))
        .routes(routes!(lock_period))
        .routes(routes!(unlock_period))
        .routes(routes!(list_exceptions, grant_exception))
        .routes(routes!(revoke_exception))
}

/// `GET /api/v1/plans/{plan}/periods`: every year of the plan with its status and lock. The list is
/// bounded by the plan's years, so it is not paginated.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/periods", tag = "periods",
    params(("plan" = String, Path, description = "Plan code")),
    responses((status = 200, body = PeriodList)))]
pub async fn list_periods(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
) -> AppResult<axum::Json<PeriodList>> {
    let (plan, years) = periods::list(&st.db, &actor, &plan).await?;
    let items: Vec<PeriodView> = years
        .into_iter()
        .map(|(y, row, by)| PeriodView::build(&plan.code, y, row.as_ref(), by))
        .collect();
    Ok(axum::Json(PeriodList {
        total: items.len(),
        items,
    }))
}

/// The lock and unlock handlers: each is its documentation and `#[utoipa::path]`, then `name => lock`
/// (whether it locks); [`change`] does the work.
macro_rules! lock_doors {
    ($($(#[$attr:meta])* $name:ident => $lock:expr;)*) => {$(
        $(#[$attr])*
        pub async fn $name(
            actor: Actor,
            State(st): State<AppState>,
            Path((plan, year)): Path<(String, i32)>,
            headers: HeaderMap,
            ApiJson(body): ApiJson<LockChange>,
        ) -> AppResult<Tagged<PeriodView>> {
            crate::limits::enforce(&body)?;
            change(actor, st, (plan, year), headers, body, $lock).await
        }
    )*};
}

lock_doors! {
    /// `POST /api/v1/plans/{plan}/periods/{year}/lock`: lock a year (admin). From then on it takes no new
    /// values and no changes to values; each refusal (423) names the lock and since when.
    #[utoipa::path(post, path = "/api/v1/plans/{plan}/periods/{year}/lock", tag = "periods",
        params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "Year of the plan")),
        request_body = LockChange,
        responses((status = 200, body = PeriodView), (status = 409, body = Problem, description = "Already locked, or a stale version"),
            (status = 412, body = Problem)))]
    lock_period => true;

    /// `POST /api/v1/plans/{plan}/periods/{year}/unlock`: reopen a locked year (admin), with a note.
    #[utoipa::path(post, path = "/api/v1/plans/{plan}/periods/{year}/unlock", tag = "periods",
        params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "Year of the plan")),
        request_body = LockChange,
        responses((status = 200, body = PeriodView), (status = 409, body = Problem, description = "Not locked, or a stale version"),
            (status = 412, body = Problem)))]
    unlock_period => false;
}

/// Locks or unlocks a year and answers with the period, tagged with its version.
async fn change(
    actor: Actor,
    st: AppState,
    (plan, year): (String, i32),
    headers: HeaderMap,
    body: LockChange,
    lock: bool,
) -> AppResult<Tagged<PeriodView>> {
    let claim = claim(&headers, body.version);
    let (plan, after) = periods::change(&st.writer, &actor, (&plan, year), claim, &body, lock).await?;
    let by = lock.then(|| actor.email.clone());
    Ok(Tagged(
        after.version,
        PeriodView::build(&plan.code, year, Some(&after), by),
    ))
}

/// `GET /api/v1/plans/{plan}/periods/{year}/exceptions`: the lock exceptions granted for a year, active,
/// ended or revoked, oldest first.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/periods/{year}/exceptions", tag = "periods",
    params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "Year of the plan")),
    responses((status = 200, body = ExceptionList)))]
pub async fn list_exceptions(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, year)): Path<(String, i32)>,
) -> AppResult<axum::Json<ExceptionList>> {
    let (plan, items) = exceptions::list(&st.db, &actor, &plan, Some(year)).await?;
    let items: Vec<ExceptionView> = items.iter().map(|g| ExceptionView::build(&plan.code, g)).collect();
    Ok(axum::Json(ExceptionList {
        total: items.len(),
        items,
    }))
}

/// `POST /api/v1/plans/{plan}/periods/{year}/exceptions`: let one org unit write in a locked year until
/// a moment (admin, with a note). The unit's values of that year are then taken as if the year were open,
/// until the exception ends or is revoked.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/periods/{year}/exceptions", tag = "periods",
    params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "Year of the plan")),
    request_body = GrantException,
    responses((status = 201, body = ExceptionView), (status = 409, body = Problem, description = "The unit already holds an active exception for the year")))]
pub async fn grant_exception(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, year)): Path<(String, i32)>,
    ApiJson(body): ApiJson<GrantException>,
) -> AppResult<(StatusCode, Tagged<ExceptionView>)> {
    let (plan, granted) = exceptions::grant(&st.writer, &actor, (&plan, year), &body).await?;
    Ok((
        StatusCode::CREATED,
        Tagged(granted.row.version, ExceptionView::build(&plan.code, &granted)),
    ))
}

/// `POST /api/v1/plans/{plan}/periods/{year}/exceptions/{id}/revoke`: end an active exception now
/// (admin, with a note); the unit's writes are refused again, naming the revocation.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/periods/{year}/exceptions/{id}/revoke", tag = "periods",
    params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "Year of the plan"),
        ("id" = i32, Path, description = "Exception id")),
    request_body = RevokeException,
    responses((status = 200, body = ExceptionView), (status = 409, body = Problem, description = "Already ended, or a stale version"),
        (status = 412, body = Problem)))]
pub async fn revoke_exception(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, year, id)): Path<(String, i32, i32)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<RevokeException>,
) -> AppResult<Tagged<ExceptionView>> {
    let claim = claim(&headers, body.version);
    let (plan, revoked) = exceptions::revoke(&st.writer, &actor, (&plan, year, id), claim, &body).await?;
    Ok(Tagged(revoked.row.version, ExceptionView::build(&plan.code, &revoked)))
}
