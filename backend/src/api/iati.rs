//! `GET /api/v1/plans/{plan}/iati`: the plan's results as an IATI 2.03 activity file (XML), built by
//! [`crate::models::iati`]; approved values only, for every role that reads the plan.

use super::query::ApiQuery;
use crate::auth::Actor;
use crate::error::AppResult;
use crate::models::iati::{self, IatiParams};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use utoipa_axum::{router::OpenApiRouter, routes};

/// The media type of the file.
pub const XML: &str = "application/xml";

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_plan_iati))
}

/// `GET /api/v1/plans/{plan}/iati?year=Y`: the plan as one IATI 2.03 activity: a `result` per result
/// node with indicators, each indicator with its measure, direction (`ascending`), baseline and a `period`
/// per year (only `Y` when given) holding the year's expected value as `target` and its approved values as
/// `actual`, breakdowns as `dimension`s. Valid against the IATI 2.03 activity schema. A year outside the
/// plan is refused (422).
#[utoipa::path(get, path = "/api/v1/plans/{plan}/iati", tag = "plans",
    params(("plan" = String, Path, description = "Plan code"), IatiParams),
    responses((status = 200, description = "The IATI activity file", content_type = "application/xml", body = String)))]
pub async fn get_plan_iati(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiQuery(params): ApiQuery<IatiParams>,
) -> AppResult<Response> {
    let bytes = iati::export(&st.db, &actor, &st.config.iati, &plan, &params, chrono::Utc::now()).await?;
    let name = match params.year {
        Some(y) => format!("iati-{plan}-{y}.xml"),
        None => format!("iati-{plan}.xml"),
    };
    Ok((
        [
            (header::CONTENT_TYPE, format!("{XML}; charset=utf-8")),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        bytes,
    )
        .into_response())
}
