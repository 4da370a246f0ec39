//! Measurements: data entry and approval, over the use cases of [`crate::models::measurements`].
//!
//! Workflow: `POST /measurements` creates a draft; `PATCH` edits a draft or a returned value; `submit`,
//! `approve` and `return` move it on; `revise` corrects an approved value with a new revision, which
//! supersedes the old one when approved. Reviewers see approved values only.

use crate::api::common::{ApiJson, Tagged};
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::measurements::Written;
use crate::models::measurements::create::{self, CreateMeasurement};
use crate::models::measurements::edit::{self, UpdateMeasurement};
use crate::models::measurements::list::{self, MeasurementListParams};
use crate::models::measurements::steps::{self, StepBody, StepRequest};
use crate::models::measurements::workflow::Step;
use crate::state::AppState;
use crate::views::measurements::{MeasurementHistory, MeasurementList, MeasurementView, render, render_one};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_measurements, create_measurement))
        .routes(routes!(get_measurement, update_measurement, delete_measurement))
        .routes(routes!(measurement_history))
        .routes(routes!(submit_measurement))
        .routes(routes!(approve_measurement))
        .routes(routes!(return_measurement))
        .routes(routes!(revise_measurement))
}

/// An optional JSON body (the workflow steps take one only for a version or a note); malformed JSON and
/// unknown fields are refused like any other body.
fn optional_body<T: DeserializeOwned + Default>(bytes: &[u8]) -> AppResult<T> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_json::from_slice(bytes).map_err(|e| super::common::json_data_error(&e.to_string()))
}

/// The version a change claims: `If-Match` (412 on mismatch) wins over a body `version` (409); none
/// given is `None` (the use case decides whether that is allowed).
fn claimed(headers: &HeaderMap, body: Option<i32>) -> AppResult<Option<(i32, bool)>> {
    let claim = super::common::claim(headers, body);
    claim.is_sent().then(|| claim.resolve()).transpose()
}

/// The answer to a write: the value's view, tagged with its version.
async fn written(st: &AppState, w: &Written, actor: &Actor) -> AppResult<Tagged<MeasurementView>> {
    let view = render_one(&st.db, w, actor).await?;
    Ok(Tagged(w.row.version, view))
}

/// `GET /api/v1/measurements`: values, filtered, sorted and paginated, with the total.
#[utoipa::path(get, path = "/api/v1/measurements", tag = "measurements", params(MeasurementListParams),
    responses((status = 200, body = MeasurementList), (status = 400, body = Problem, description = "A query parameter cannot be read")))]
pub async fn list_measurements(
    actor: Actor,
    State(st): State<AppState>,
    Query(p): Query<MeasurementListParams>,
) -> AppResult<axum::Json<MeasurementList>> {
    let page = list::list(&st.db, &actor, &p).await?;
    Ok(axum::Json(MeasurementList {
        items: render(&st.db, &page.items).await?,
        total: page.total,
        page: page.page,
        per_page: page.per_page,
    }))
}

/// `POST /api/v1/measurements`: enter a value as a draft. A planner enters only their unit's indicators.
#[utoipa::path(post, path = "/api/v1/measurements", tag = "measurements", request_body = CreateMeasurement,
    responses((status = 201, body = MeasurementView),
        (status = 409, body = Problem, description = "The slot already has a value: revise or edit it"),
        (status = 422, body = Problem, description = "Every invalid field is named"),
        (status = 423, body = Problem, description = "The year is locked; names the lock and since when")))]
pub async fn create_measurement(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(body): ApiJson<CreateMeasurement>,
) -> AppResult<(StatusCode, Tagged<MeasurementView>)> {
    let w = create::create(&st.db, &st.writer, &actor, &body).await?;
    Ok((StatusCode::CREATED, written(&st, &w, &actor).await?))
}

/// `GET /api/v1/measurements/{id}`: one value, with its version as ETag. A reviewer asking for a value
/// that is not approved gets 404, as if it did not exist.
#[utoipa::path(get, path = "/api/v1/measurements/{id}", tag = "measurements",
    params(("id" = i32, Path, description = "Measurement id")),
    responses((status = 200, body = MeasurementView)))]
pub async fn get_measurement(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<Tagged<MeasurementView>> {
    let m = list::get(&st.db, &actor, id).await?;
    let view = render(&st.db, std::slice::from_ref(&m)).await?.remove(0);
    Ok(Tagged(m.version, view))
}

/// `PATCH /api/v1/measurements/{id}`: change a draft or returned value. Requires the version read
/// (`version` in the body → 409 when stale, or `If-Match` → 412); a stale version changes nothing.
#[utoipa::path(patch, path = "/api/v1/measurements/{id}", tag = "measurements",
    params(("id" = i32, Path, description = "Measurement id")), request_body = UpdateMeasurement,
    responses((status = 200, body = MeasurementView), (status = 409, body = Problem, description = "Stale version, or not a draft or returned value"),
        (status = 412, body = Problem), (status = 423, body = Problem)))]
pub async fn update_measurement(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateMeasurement>,
) -> AppResult<Tagged<MeasurementView>> {
    let claimed = claimed(&headers, body.version)?;
    let w = edit::update(&st.db, &st.writer, &actor, id, claimed, &body).await?;
    written(&st, &w, &actor).await
}

/// `DELETE /api/v1/measurements/{id}`: remove a draft that was never submitted (safe: nothing counts
/// on it). Anything else is refused with 409; `If-Match` is checked when sent.
#[utoipa::path(delete, path = "/api/v1/measurements/{id}", tag = "measurements",
    params(("id" = i32, Path, description = "Measurement id")),
    responses((status = 204),
        (status = 409, body = Problem, description = "Not a draft"), (status = 412, body = Problem), (status = 423, body = Problem)))]
pub async fn delete_measurement(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    let claimed = claimed(&headers, None)?;
    edit::delete(&st.db, &st.writer, &actor, id, claimed).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/measurements/{id}/history`: every revision of the slot (indicator, year, quarter,
/// disaggregation) this value belongs to, oldest first.
#[utoipa::path(get, path = "/api/v1/measurements/{id}/history", tag = "measurements",
    params(("id" = i32, Path, description = "Id of any revision")),
    responses((status = 200, body = MeasurementHistory)))]
pub async fn measurement_history(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<axum::Json<MeasurementHistory>> {
    let rows = list::history(&st.db, &actor, id).await?;
    let items = render(&st.db, &rows).await?;
    Ok(axum::Json(MeasurementHistory {
        total: items.len(),
        items,
    }))
}

/// A workflow step: the actor is refused before the body is read when they may never take it.
async fn step(
    actor: Actor,
    st: AppState,
    id: i32,
    headers: HeaderMap,
    body: Bytes,
    step: Step,
) -> AppResult<Tagged<MeasurementView>> {
    steps::may_take(&actor, step)?;
    let body: StepBody = optional_body(&body)?;
    let claimed = claimed(&headers, body.version)?;
    let req = StepRequest {
        step,
        id,
        claimed,
        body,
    };
    let w = steps::take(&st.db, &st.writer, &actor, req).await?;
    written(&st, &w, &actor).await
}

/// The handlers of the workflow steps that take an optional body: each is its documentation and
/// `#[utoipa::path]`, then `name => step`; [`step`] does the work.
macro_rules! step_doors {
    ($($(#[$attr:meta])* $name:ident => $step:expr;)*) => {$(
        $(#[$attr])*
        pub async fn $name(
            actor: Actor,
            State(st): State<AppState>,
            Path(id): Path<i32>,
            headers: HeaderMap,
            body: Bytes,
        ) -> AppResult<Tagged<MeasurementView>> {
            step(actor, st, id, headers, body, $step).await
        }
    )*};
}

step_doors! {
    /// `POST /api/v1/measurements/{id}/submit`: send a draft or returned value for approval.
    #[utoipa::path(post, path = "/api/v1/measurements/{id}/submit", tag = "measurements",
        params(("id" = i32, Path, description = "Measurement id")), request_body(content = Option<StepBody>, description = "Optional"),
        responses((status = 200, body = MeasurementView), (status = 409, body = Problem, description = "Not a draft or returned value, or changed meanwhile"),
            (status = 412, body = Problem), (status = 423, body = Problem)))]
    submit_measurement => Step::Submit;

    /// `POST /api/v1/measurements/{id}/approve`: accept a submitted value (admin; never one's own). A
    /// revision's approval marks the value it corrects as superseded.
    #[utoipa::path(post, path = "/api/v1/measurements/{id}/approve", tag = "measurements",
        params(("id" = i32, Path, description = "Measurement id")), request_body(content = Option<StepBody>, description = "Optional"),
        responses((status = 200, body = MeasurementView),
            (status = 403, body = Problem, description = "Not an admin, or one's own entry or submission"), (status = 409, body = Problem, description = "Not submitted, or changed meanwhile"),
            (status = 412, body = Problem), (status = 423, body = Problem)))]
    approve_measurement => Step::Approve;

    /// `POST /api/v1/measurements/{id}/return`: send a submitted value back with a review note (admin;
    /// never one's own).
    #[utoipa::path(post, path = "/api/v1/measurements/{id}/return", tag = "measurements",
        params(("id" = i32, Path, description = "Measurement id")), request_body = StepBody,
        responses((status = 200, body = MeasurementView),
            (status = 403, body = Problem, description = "Not an admin, or one's own entry or submission"), (status = 409, body = Problem, description = "Not submitted, or changed meanwhile"),
            (status = 412, body = Problem), (status = 422, body = Problem, description = "No review note"), (status = 423, body = Problem)))]
    return_measurement => Step::Return;
}

/// `POST /api/v1/measurements/{id}/revise`: correct an approved value. Creates the next revision as a
/// draft with the changes; the approved value keeps counting until the revision is approved, and then
/// becomes `superseded` (still readable in the history).
#[utoipa::path(post, path = "/api/v1/measurements/{id}/revise", tag = "measurements",
    params(("id" = i32, Path, description = "Id of the approved value")), request_body = UpdateMeasurement,
    responses((status = 201, body = MeasurementView), (status = 409, body = Problem, description = "Not approved, a revision is pending, or a stale version"),
        (status = 412, body = Problem), (status = 423, body = Problem)))]
pub async fn revise_measurement(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateMeasurement>,
) -> AppResult<(StatusCode, Tagged<MeasurementView>)> {
    let claimed = claimed(&headers, body.version)?;
    let w = edit::revise(&st.db, &st.writer, &actor, id, claimed, &body).await?;
    Ok((StatusCode::CREATED, written(&st, &w, &actor).await?))
}
