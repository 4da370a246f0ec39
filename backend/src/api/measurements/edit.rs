//! Editing a draft or returned value (`PATCH`, versioned) and deleting a draft.

use super::{UpdateMeasurement, may_enter_data, step_version};
use crate::api::common::{ApiJson, Tagged, check_version, claimed_version};
use crate::auth::Actor;
use crate::entities::measurements;
use crate::error::{AppError, AppResult, Problem};
use crate::models::measurements::workflow::{self, Step};
use crate::models::{audit, periods, transactions};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::measurements::{MeasurementView, render_one};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::{ActiveValue::Set, EntityTrait};

/// `PATCH /api/v1/measurements/{id}`: change a draft or returned value. Requires the version read
/// (`version` in the body → 409 when stale, or `If-Match` → 412); a stale version changes nothing.
#[utoipa::path(patch, path = "/api/v1/measurements/{id}", tag = "measurements",
    params(("id" = i32, Path, description = "Measurement id")), request_body = UpdateMeasurement,
    responses((status = 200, body = MeasurementView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem, description = "Stale version, or not a draft or returned value"),
        (status = 412, body = Problem), (status = 422, body = Problem), (status = 423, body = Problem)))]
pub async fn update_measurement(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateMeasurement>,
) -> AppResult<Tagged<MeasurementView>> {
    may_enter_data(&actor)?;
    let claimed = claimed_version(&headers, body.version)?;
    let (txn, turn) = transactions::begin_write(st.writer.conn()).await?;
    let (m, ind, plan) = workflow::load(&txn, id).await?;
    authorize(&actor, Action::WriteUnit(ind.owner_unit_id))?;
    check_version(claimed, m.version, &format!("measurement {id}"))?;
    periods::check_open(&txn, &plan, m.year).await?;
    Step::Edit.check(&m)?;
    let mut errs = Vec::new();
    let figures = body.figures(&mut errs, &ind.unit, &m);
    let mut am: measurements::ActiveModel = m.clone().into();
    body.apply_texts(&mut errs, &m, &mut am);
    let Some(f) = figures.filter(|_| errs.is_empty()) else {
        return Err(AppError::Invalid(errs));
    };
    am.value = Set(f.value);
    am.numerator = Set(f.numerator);
    am.denominator = Set(f.denominator);
    let updated = workflow::save_edit(&txn, &actor, &m, am).await?;
    transactions::commit(txn, turn).await?;
    let view = render_one(&st.db, &updated, &ind, &plan, &actor).await?;
    Ok(Tagged(updated.version, view))
}

/// `DELETE /api/v1/measurements/{id}`: remove a draft that was never submitted (safe: nothing counts
/// on it). Anything else is refused with 409; `If-Match` is checked when sent.
#[utoipa::path(delete, path = "/api/v1/measurements/{id}", tag = "measurements",
    params(("id" = i32, Path, description = "Measurement id")),
    responses((status = 204), (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem, description = "Not a draft"), (status = 412, body = Problem), (status = 423, body = Problem)))]
pub async fn delete_measurement(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    may_enter_data(&actor)?;
    let claimed = step_version(&headers, None)?;
    let (txn, turn) = transactions::begin_write(st.writer.conn()).await?;
    let (m, ind, plan) = workflow::load(&txn, id).await?;
    authorize(&actor, Action::WriteUnit(ind.owner_unit_id))?;
    if let Some(c) = claimed {
        check_version(c, m.version, &format!("measurement {id}"))?;
    }
    periods::check_open(&txn, &plan, m.year).await?;
    Step::Delete.check(&m)?;
    measurements::Entity::delete_by_id(id).exec(&txn).await?;
    audit::record(&txn, Some(&actor), "delete", "measurement", id, Some(&m), None, "").await?;
    transactions::commit(txn, turn).await?;
    Ok(StatusCode::NO_CONTENT)
}
