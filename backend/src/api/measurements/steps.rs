//! Workflow steps: submit (the owning unit's planner or an admin), approve and return (an admin, never
//! for a value they entered or submitted). Each is guarded against concurrent steps on the same value:
//! of two simultaneous approvals exactly one succeeds.

use super::{may_enter_data, optional_body, step_version};
use crate::api::common::{Tagged, check_version};
use crate::auth::Actor;
use crate::entities::{measurements, plans};
use crate::error::{AppError, AppResult, Problem};
use crate::models::measurements::workflow::{self, Step};
use crate::models::periods;
use crate::models::transactions::WorkFuture;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::measurements::{MeasurementView, render_one};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use sea_orm::DatabaseTransaction;
use serde::Deserialize;

/// Optional body of a workflow step.
#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StepBody {
    /// The version read; when sent (or `If-Match`), a stale one is refused.
    pub version: Option<i32>,
    /// Review note: required to return a value, optional when approving.
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

async fn step(
    actor: Actor,
    st: AppState,
    id: i32,
    headers: HeaderMap,
    body: Bytes,
    step: Step,
) -> AppResult<Tagged<MeasurementView>> {
    if step == Step::Submit {
        may_enter_data(&actor)?;
    } else {
        authorize(
            &actor,
            Action::Approve {
                entered_by: None,
                submitted_by: None,
            },
        )?;
    }
    let body: StepBody = optional_body(&body)?;
    crate::limits::enforce(&body)?;
    let claimed = step_version(&headers, body.version)?;
    let note = body.note.as_deref().unwrap_or("").trim().to_owned();
    if step == Step::Return && note.is_empty() {
        return Err(AppError::field("note", "is required: tell the planner what to change"));
    }
    // Read and checked before taking the write lock: the guarded update in `advance` refuses the step
    // with a 409 if the value changed in between.
    let (m, ind, plan) = workflow::load(&st.db, id).await?;
    match step {
        Step::Submit => authorize(&actor, Action::WriteUnit(ind.owner_unit_id))?,
        _ => authorize(
            &actor,
            Action::Approve {
                entered_by: m.entered_by,
                submitted_by: m.submitted_by,
            },
        )?,
    }
    if let Some(c) = claimed {
        check_version(c, m.version, &format!("measurement {id}"))?;
    }
    let advance = Advance {
        plan: plan.clone(),
        m,
        step,
        note,
        actor: actor.clone(),
    };
    let updated = st.writer.run(advance, take_step).await?;
    let view = render_one(&st.db, &updated, &ind, &plan, &actor).await?;
    Ok(Tagged(updated.version, view))
}

/// What the write transaction of a workflow step needs.
struct Advance {
    plan: plans::Model,
    m: measurements::Model,
    step: Step,
    note: String,
    actor: Actor,
}

/// Takes the step unless the value's year is locked or the value changed since it was read; audited.
fn take_step<'a>(txn: &'a DatabaseTransaction, a: &'a Advance) -> WorkFuture<'a, measurements::Model> {
    Box::pin(async move {
        periods::check_open(txn, &a.plan, a.m.year).await?;
        workflow::advance(txn, &a.actor, a.m.clone(), a.step, &a.note).await
    })
}

/// `POST /api/v1/measurements/{id}/submit`: send a draft or returned value for approval.
#[utoipa::path(post, path = "/api/v1/measurements/{id}/submit", tag = "measurements",
    params(("id" = i32, Path, description = "Measurement id")), request_body(content = Option<StepBody>, description = "Optional"),
    responses((status = 200, body = MeasurementView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem, description = "Not a draft or returned value, or changed meanwhile"),
        (status = 412, body = Problem), (status = 422, body = Problem), (status = 423, body = Problem)))]
pub async fn submit_measurement(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Tagged<MeasurementView>> {
    step(actor, st, id, headers, body, Step::Submit).await
}

/// `POST /api/v1/measurements/{id}/approve`: accept a submitted value (admin; never one's own). A
/// revision's approval marks the value it corrects as superseded.
#[utoipa::path(post, path = "/api/v1/measurements/{id}/approve", tag = "measurements",
    params(("id" = i32, Path, description = "Measurement id")), request_body(content = Option<StepBody>, description = "Optional"),
    responses((status = 200, body = MeasurementView), (status = 401, body = Problem),
        (status = 403, body = Problem, description = "Not an admin, or one's own entry or submission"),
        (status = 404, body = Problem), (status = 409, body = Problem, description = "Not submitted, or changed meanwhile"),
        (status = 412, body = Problem), (status = 422, body = Problem), (status = 423, body = Problem)))]
pub async fn approve_measurement(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Tagged<MeasurementView>> {
    step(actor, st, id, headers, body, Step::Approve).await
}

/// `POST /api/v1/measurements/{id}/return`: send a submitted value back with a review note (admin;
/// never one's own).
#[utoipa::path(post, path = "/api/v1/measurements/{id}/return", tag = "measurements",
    params(("id" = i32, Path, description = "Measurement id")), request_body = StepBody,
    responses((status = 200, body = MeasurementView), (status = 401, body = Problem),
        (status = 403, body = Problem, description = "Not an admin, or one's own entry or submission"),
        (status = 404, body = Problem), (status = 409, body = Problem, description = "Not submitted, or changed meanwhile"),
        (status = 412, body = Problem), (status = 422, body = Problem, description = "No review note"), (status = 423, body = Problem)))]
pub async fn return_measurement(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Tagged<MeasurementView>> {
    step(actor, st, id, headers, body, Step::Return).await
}
