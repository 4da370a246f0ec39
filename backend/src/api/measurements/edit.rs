//! Editing a draft or returned value (`PATCH`, versioned) and deleting a draft.

use super::{Change, UpdateMeasurement, may_enter_data, step_version};
use crate::api::common::{ApiJson, Tagged, check_version, claimed_version};
use crate::auth::Actor;
use crate::entities::measurements;
use crate::error::{AppError, AppResult, Problem};
use crate::models::measurements::workflow::{self, Step};
use crate::models::transactions::WorkFuture;
use crate::models::{audit, periods};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::measurements::{MeasurementView, render_one};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};

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
    crate::limits::enforce(&body)?;
    may_enter_data(&actor)?;
    let claimed = claimed_version(&headers, body.version)?;
    let (m, ind, plan) = workflow::load(&st.db, id).await?;
    authorize(&actor, Action::WriteUnit(ind.owner_unit_id))?;
    check_version(claimed, m.version, &format!("measurement {id}"))?;
    periods::check_open(&st.db, &plan, m.year).await?;
    Step::Edit.check(&m)?;
    let am = body.applied(&ind.unit, &m, m.clone().into())?;
    let change = Change {
        plan: plan.clone(),
        indicator: ind.clone(),
        m,
        am,
        actor: actor.clone(),
    };
    let updated = st.writer.run(change, save_edit).await?;
    let view = render_one(&st.db, &updated, &ind, &plan, &actor).await?;
    Ok(Tagged(updated.version, view))
}

/// Saves an edit unless the year is locked or the value changed since it was read; audited.
fn save_edit<'a>(txn: &'a DatabaseTransaction, c: &'a Change) -> WorkFuture<'a, measurements::Model> {
    Box::pin(async move {
        periods::check_open(txn, &c.plan, c.m.year).await?;
        workflow::save_edit(txn, &c.actor, &c.m, c.am.clone()).await
    })
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
    let (m, ind, plan) = workflow::load(&st.db, id).await?;
    authorize(&actor, Action::WriteUnit(ind.owner_unit_id))?;
    if let Some(c) = claimed {
        check_version(c, m.version, &format!("measurement {id}"))?;
    }
    periods::check_open(&st.db, &plan, m.year).await?;
    Step::Delete.check(&m)?;
    let removal = Change {
        plan,
        indicator: ind,
        am: m.clone().into(),
        m,
        actor,
    };
    st.writer.run(removal, remove).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deletes a draft unless the year is locked or the draft changed since it was read; audited.
fn remove<'a>(txn: &'a DatabaseTransaction, c: &'a Change) -> WorkFuture<'a, ()> {
    Box::pin(async move {
        periods::check_open(txn, &c.plan, c.m.year).await?;
        let gone = measurements::Entity::delete_many()
            .filter(measurements::Column::Id.eq(c.m.id))
            .filter(measurements::Column::Version.eq(c.m.version))
            .exec(txn)
            .await?;
        if gone.rows_affected != 1 {
            return Err(AppError::Conflict(format!(
                "measurement {} changed while you were deleting it: reload it",
                c.m.id
            )));
        }
        audit::deleted(txn, Some(&c.actor), "measurement", c.m.id, &c.m).await?;
        Ok(())
    })
}
