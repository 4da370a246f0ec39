//! Milestones of an indicator: `PUT` sets the value expected in one year of the plan, `DELETE` removes
//! it (admin). Once values exist, either is a framework revision and needs a `revision`.

use crate::api::common::{ApiJson, Tagged};
use crate::api::indicators::claim;
use crate::auth::Actor;
use crate::error::{AppError, AppResult, Problem};
use crate::models::indicators::{self, DeleteMilestone, PutMilestone};
use crate::state::AppState;
use crate::views::indicators::MilestoneView;
use axum::body::Body;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(put_milestone, delete_milestone))
}

/// A JSON body that may be absent (an empty body reads as `None`).
pub struct MaybeJson<T>(pub Option<T>);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for MaybeJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let bytes = axum::body::to_bytes(body, crate::config::MAX_BODY_BYTES)
            .await
            .map_err(|_| AppError::TooLarge(crate::config::MAX_BODY_BYTES))?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(MaybeJson(None));
        }
        let req = Request::from_parts(parts, Body::from(bytes));
        ApiJson::<T>::from_request(req, state)
            .await
            .map(|ApiJson(v)| MaybeJson(Some(v)))
    }
}

/// `PUT /api/v1/plans/{plan}/indicators/{code}/milestones/{year}`: add or replace a milestone (admin).
#[utoipa::path(put, path = "/api/v1/plans/{plan}/indicators/{code}/milestones/{year}", tag = "indicators",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code"),
        ("year" = i32, Path, description = "A year of the plan")),
    request_body = PutMilestone,
    responses((status = 200, body = MilestoneView, description = "Replaced"), (status = 201, body = MilestoneView, description = "Added"),
        (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn put_milestone(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code, year)): Path<(String, String, i32)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<PutMilestone>,
) -> AppResult<(StatusCode, Tagged<MilestoneView>)> {
    crate::limits::enforce(&b)?;
    let claim = claim(&headers, b.version);
    let c = indicators::put_milestone(&st.db, &actor, (&plan, &code, year), claim, b).await?;
    let status = if c.created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((
        status,
        Tagged(c.milestone.version, MilestoneView::new(&code, &c.milestone)),
    ))
}

/// `DELETE /api/v1/plans/{plan}/indicators/{code}/milestones/{year}`: remove a milestone (admin). The
/// optional JSON body carries the `revision` needed once the indicator has values.
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/indicators/{code}/milestones/{year}", tag = "indicators",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code"),
        ("year" = i32, Path, description = "A year of the plan")),
    request_body(content = DeleteMilestone, description = "Optional; required with a revision once values exist"),
    responses((status = 204, description = "Deleted"), (status = 412, body = Problem)))]
pub async fn delete_milestone(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code, year)): Path<(String, String, i32)>,
    headers: HeaderMap,
    MaybeJson(b): MaybeJson<DeleteMilestone>,
) -> AppResult<StatusCode> {
    let claim = claim(&headers, None);
    indicators::delete_milestone(&st.db, &actor, (&plan, &code, year), claim, b.unwrap_or_default()).await?;
    Ok(StatusCode::NO_CONTENT)
}
