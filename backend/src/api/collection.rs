//! The collection of a plan's year: its calendar (read by anyone signed in; default and per-unit dates
//! set by the office, versioned and audited) and its completeness board (the office: every unit; a
//! planner: their own).

use super::common::{ApiJson, Tagged, claim};
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::collection::{self, SetDates, completeness};
use crate::state::AppState;
use crate::views::collection::{CalendarView, CompletenessView};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_collection, put_collection))
        .routes(routes!(put_collection_unit, delete_collection_unit))
        .routes(routes!(get_completeness))
}

/// The calendar of `year` of `plan` as it is now.
async fn calendar(st: &AppState, actor: &Actor, plan: &str, year: i32) -> AppResult<CalendarView> {
    let c = collection::read_calendar(&st.db, actor, plan, year).await?;
    Ok(CalendarView::from(&c))
}

/// `GET /api/v1/plans/{plan}/years/{year}/collection`: when the collection of the year opens and is
/// due, by default and for every unit.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/years/{year}/collection", tag = "collection",
    params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "Year collected")),
    responses((status = 200, body = CalendarView)))]
pub async fn get_collection(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, year)): Path<(String, i32)>,
) -> AppResult<axum::Json<CalendarView>> {
    Ok(axum::Json(calendar(&st, &actor, &plan, year).await?))
}

/// `PUT /api/v1/plans/{plan}/years/{year}/collection`: set the default dates of the year (admin). The
/// first time without a version; after that with the version read (or `If-Match`).
#[utoipa::path(put, path = "/api/v1/plans/{plan}/years/{year}/collection", tag = "collection",
    params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "A year of the plan")),
    request_body = SetDates,
    responses((status = 200, body = CalendarView, description = "Changed"), (status = 201, body = CalendarView, description = "Set the first time"),
        (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn put_collection(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, year)): Path<(String, i32)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<SetDates>,
) -> AppResult<(StatusCode, Tagged<CalendarView>)> {
    let claim = claim(&headers, b.version);
    let (row, created) = collection::set_default(st.writer.conn(), &actor, (&plan, year), claim, b).await?;
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Tagged(row.version, calendar(&st, &actor, &plan, year).await?)))
}

/// `PUT /api/v1/plans/{plan}/years/{year}/collection/units/{unit}`: give one unit its own dates (admin),
/// once the year has default dates. The first time without a version; after that with the version read.
#[utoipa::path(put, path = "/api/v1/plans/{plan}/years/{year}/collection/units/{unit}", tag = "collection",
    params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "A year of the plan"),
        ("unit" = String, Path, description = "Org unit code")),
    request_body = SetDates,
    responses((status = 200, body = CalendarView, description = "Changed"), (status = 201, body = CalendarView, description = "Set the first time"),
        (status = 409, body = Problem, description = "The year has no default dates yet, or a stale version"), (status = 412, body = Problem)))]
pub async fn put_collection_unit(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, year, unit)): Path<(String, i32, String)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<SetDates>,
) -> AppResult<(StatusCode, Tagged<CalendarView>)> {
    let claim = claim(&headers, b.version);
    let (row, created) = collection::set_override(st.writer.conn(), &actor, (&plan, year, &unit), claim, b).await?;
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Tagged(row.version, calendar(&st, &actor, &plan, year).await?)))
}

/// `DELETE /api/v1/plans/{plan}/years/{year}/collection/units/{unit}`: the unit follows the default
/// dates again (admin); an `If-Match`, when sent, must name the version of its own dates.
#[utoipa::path(delete, path = "/api/v1/plans/{plan}/years/{year}/collection/units/{unit}", tag = "collection",
    params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "A year of the plan"),
        ("unit" = String, Path, description = "Org unit code")),
    responses((status = 204, description = "The unit follows the default dates again"), (status = 412, body = Problem)))]
pub async fn delete_collection_unit(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, year, unit)): Path<(String, i32, String)>,
    headers: HeaderMap,
) -> AppResult<StatusCode> {
    collection::clear_override(st.writer.conn(), &actor, (&plan, year, &unit), claim(&headers, None)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/plans/{plan}/years/{year}/completeness`: per unit, the indicators expected and how
/// many have no value, a draft, a returned, submitted or approved value; the share complete and what
/// is overdue today. The office sees every unit, a planner their own; Council reviewers, who read
/// approved data only, are refused.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/years/{year}/completeness", tag = "collection",
    params(("plan" = String, Path, description = "Plan code"), ("year" = i32, Path, description = "Year collected")),
    responses((status = 200, body = CompletenessView)))]
pub async fn get_completeness(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, year)): Path<(String, i32)>,
) -> AppResult<axum::Json<CompletenessView>> {
    let snap = st.evaluations.snapshot_at(&st.db, actor.data_version).await?;
    let today = chrono::Utc::now().date_naive();
    let b = completeness::board_of(&st.db, &snap, &actor, (&plan, year), today).await?;
    Ok(axum::Json(CompletenessView::from(&b)))
}
