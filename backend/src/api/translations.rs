//! Framework text in the other official languages (issue 17.3): every translation of a plan, node,
//! indicator, org unit, dimension or dimension value (`GET …/translations`), and one language of it set
//! or cleared by the office (`PUT …/translations/{lang}`, at the version read).

use super::common::{ApiJson, Tagged, claim};
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::translations::{self, PutTranslation, Subject};
use crate::state::AppState;
use crate::views::translations::{TranslationView, TranslationsView};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_plan_translations))
        .routes(routes!(put_plan_translation))
        .routes(routes!(get_node_translations))
        .routes(routes!(put_node_translation))
        .routes(routes!(get_indicator_translations))
        .routes(routes!(put_indicator_translation))
        .routes(routes!(get_unit_translations))
        .routes(routes!(put_unit_translation))
        .routes(routes!(get_dimension_translations))
        .routes(routes!(put_dimension_translation))
        .routes(routes!(get_dimension_value_translations))
        .routes(routes!(put_dimension_value_translation))
}

/// The door every `GET …/translations` shares.
async fn read(st: &AppState, actor: &Actor, subject: Subject) -> AppResult<axum::Json<TranslationsView>> {
    let found = translations::of_subject(&st.db, actor, &subject).await?;
    Ok(axum::Json(TranslationsView::from(&found)))
}

/// The door every `PUT …/translations/{lang}` shares: 200 with the translation, or 204 once cleared.
async fn write(
    st: &AppState,
    actor: &Actor,
    (subject, lang): (Subject, &str),
    headers: &HeaderMap,
    body: &PutTranslation,
) -> AppResult<Response> {
    crate::limits::enforce(body)?;
    let claim = claim(headers, body.version);
    Ok(
        match translations::put(&st.db, actor, &subject, lang, claim, body).await? {
            Some(row) => Tagged(row.version, TranslationView::from(&row)).into_response(),
            None => StatusCode::NO_CONTENT.into_response(),
        },
    )
}

/// `GET /api/v1/plans/{plan}/translations`: the plan's name in each language it was translated into.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/translations", tag = "translations",
    params(("plan" = String, Path, description = "Plan code")),
    responses((status = 200, body = TranslationsView)))]
pub async fn get_plan_translations(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
) -> AppResult<axum::Json<TranslationsView>> {
    read(&st, &actor, Subject::Plan(plan)).await
}

/// `PUT /api/v1/plans/{plan}/translations/{lang}`: set the plan's name in `lang`, or clear it with a
/// blank name (the office).
#[utoipa::path(put, path = "/api/v1/plans/{plan}/translations/{lang}", tag = "translations",
    params(("plan" = String, Path, description = "Plan code"), ("lang" = String, Path, description = "ar, es, fr, ru or zh")),
    request_body = PutTranslation,
    responses((status = 200, body = TranslationView), (status = 204, description = "Cleared"), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn put_plan_translation(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, lang)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PutTranslation>,
) -> AppResult<Response> {
    write(&st, &actor, (Subject::Plan(plan), &lang), &headers, &body).await
}

/// `GET /api/v1/plans/{plan}/nodes/{code}/translations`: the node's name and description in each
/// language they were translated into.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/nodes/{code}/translations", tag = "translations",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code")),
    responses((status = 200, body = TranslationsView)))]
pub async fn get_node_translations(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
) -> AppResult<axum::Json<TranslationsView>> {
    read(&st, &actor, Subject::Node(plan, code)).await
}

/// `PUT /api/v1/plans/{plan}/nodes/{code}/translations/{lang}`: set the node's name and description
/// (`definition`) in `lang`, or clear them with both blank (the office).
#[utoipa::path(put, path = "/api/v1/plans/{plan}/nodes/{code}/translations/{lang}", tag = "translations",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Node code"), ("lang" = String, Path, description = "ar, es, fr, ru or zh")),
    request_body = PutTranslation,
    responses((status = 200, body = TranslationView), (status = 204, description = "Cleared"), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn put_node_translation(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code, lang)): Path<(String, String, String)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PutTranslation>,
) -> AppResult<Response> {
    write(&st, &actor, (Subject::Node(plan, code), &lang), &headers, &body).await
}

/// `GET /api/v1/plans/{plan}/indicators/{code}/translations`: the indicator's name and definition in
/// each language they were translated into.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/indicators/{code}/translations", tag = "translations",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code")),
    responses((status = 200, body = TranslationsView)))]
pub async fn get_indicator_translations(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
) -> AppResult<axum::Json<TranslationsView>> {
    read(&st, &actor, Subject::Indicator(plan, code)).await
}

/// `PUT /api/v1/plans/{plan}/indicators/{code}/translations/{lang}`: set the indicator's name and
/// definition in `lang`, or clear them with both blank (the office).
#[utoipa::path(put, path = "/api/v1/plans/{plan}/indicators/{code}/translations/{lang}", tag = "translations",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code"), ("lang" = String, Path, description = "ar, es, fr, ru or zh")),
    request_body = PutTranslation,
    responses((status = 200, body = TranslationView), (status = 204, description = "Cleared"), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn put_indicator_translation(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code, lang)): Path<(String, String, String)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PutTranslation>,
) -> AppResult<Response> {
    write(&st, &actor, (Subject::Indicator(plan, code), &lang), &headers, &body).await
}

/// `GET /api/v1/units/{unit}/translations`: the org unit's name in each language it was translated into.
#[utoipa::path(get, path = "/api/v1/units/{unit}/translations", tag = "translations",
    params(("unit" = String, Path, description = "Org unit code")),
    responses((status = 200, body = TranslationsView)))]
pub async fn get_unit_translations(
    actor: Actor,
    State(st): State<AppState>,
    Path(unit): Path<String>,
) -> AppResult<axum::Json<TranslationsView>> {
    read(&st, &actor, Subject::Unit(unit)).await
}

/// `PUT /api/v1/units/{unit}/translations/{lang}`: set the org unit's name in `lang`, or clear it (the
/// office).
#[utoipa::path(put, path = "/api/v1/units/{unit}/translations/{lang}", tag = "translations",
    params(("unit" = String, Path, description = "Org unit code"), ("lang" = String, Path, description = "ar, es, fr, ru or zh")),
    request_body = PutTranslation,
    responses((status = 200, body = TranslationView), (status = 204, description = "Cleared"), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn put_unit_translation(
    actor: Actor,
    State(st): State<AppState>,
    Path((unit, lang)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PutTranslation>,
) -> AppResult<Response> {
    write(&st, &actor, (Subject::Unit(unit), &lang), &headers, &body).await
}

/// `GET /api/v1/dimensions/{dimension}/translations`: the dimension's name in each language.
#[utoipa::path(get, path = "/api/v1/dimensions/{dimension}/translations", tag = "translations",
    params(("dimension" = String, Path, description = "Dimension code")),
    responses((status = 200, body = TranslationsView)))]
pub async fn get_dimension_translations(
    actor: Actor,
    State(st): State<AppState>,
    Path(dimension): Path<String>,
) -> AppResult<axum::Json<TranslationsView>> {
    read(&st, &actor, Subject::Dimension(dimension)).await
}

/// `PUT /api/v1/dimensions/{dimension}/translations/{lang}`: set the dimension's name in `lang`, or
/// clear it (the office).
#[utoipa::path(put, path = "/api/v1/dimensions/{dimension}/translations/{lang}", tag = "translations",
    params(("dimension" = String, Path, description = "Dimension code"), ("lang" = String, Path, description = "ar, es, fr, ru or zh")),
    request_body = PutTranslation,
    responses((status = 200, body = TranslationView), (status = 204, description = "Cleared"), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn put_dimension_translation(
    actor: Actor,
    State(st): State<AppState>,
    Path((dimension, lang)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PutTranslation>,
) -> AppResult<Response> {
    write(&st, &actor, (Subject::Dimension(dimension), &lang), &headers, &body).await
}

/// `GET /api/v1/dimensions/{dimension}/values/{value}/translations`: a dimension value's name in each
/// language.
#[utoipa::path(get, path = "/api/v1/dimensions/{dimension}/values/{value}/translations", tag = "translations",
    params(("dimension" = String, Path, description = "Dimension code"), ("value" = String, Path, description = "Value code")),
    responses((status = 200, body = TranslationsView)))]
pub async fn get_dimension_value_translations(
    actor: Actor,
    State(st): State<AppState>,
    Path((dimension, value)): Path<(String, String)>,
) -> AppResult<axum::Json<TranslationsView>> {
    read(&st, &actor, Subject::DimensionValue(dimension, value)).await
}

/// `PUT /api/v1/dimensions/{dimension}/values/{value}/translations/{lang}`: set a dimension value's
/// name in `lang`, or clear it (the office).
#[utoipa::path(put, path = "/api/v1/dimensions/{dimension}/values/{value}/translations/{lang}", tag = "translations",
    params(("dimension" = String, Path, description = "Dimension code"), ("value" = String, Path, description = "Value code"), ("lang" = String, Path, description = "ar, es, fr, ru or zh")),
    request_body = PutTranslation,
    responses((status = 200, body = TranslationView), (status = 204, description = "Cleared"), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn put_dimension_value_translation(
    actor: Actor,
    State(st): State<AppState>,
    Path((dimension, value, lang)): Path<(String, String, String)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PutTranslation>,
) -> AppResult<Response> {
    write(
        &st,
        &actor,
        (Subject::DimensionValue(dimension, value), &lang),
        &headers,
        &body,
    )
    .await
}
