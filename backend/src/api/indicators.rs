//! Indicators of a plan: the list with statuses for a year (the busiest read of the product), one
//! indicator in full, and the framework changes of the Secretary-General's office, where a change to
//! a baseline, target, milestone, unit or direction after values exist is a framework revision. The
//! milestones of an indicator are in `api/milestones.rs`.

use crate::api::common::{ApiJson, ApiQuery, Tagged};
use crate::auth::Actor;
use crate::error::{AppError, AppResult, Problem};
use crate::models::as_of::AsOf;
use crate::models::indicators::{self, CreateIndicator, IndicatorListParams, UpdateIndicator};
use crate::models::translations::{self, Kind};
use crate::state::AppState;
use crate::views::indicators::{IndicatorCore, IndicatorDetail, IndicatorListItem, IndicatorPage};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_indicators, create_indicator))
        .routes(routes!(get_indicator, update_indicator))
}

pub use crate::api::common::claim;

/// `GET /api/v1/plans/{plan}/indicators?year=Y`: indicators with actual, expected, progress and status
/// for Y, by the status rule; the same figures as the tree route. Each item carries `localized` when
/// `Accept-Language` asks for another language than English.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/indicators", tag = "indicators",
    params(("plan" = String, Path, description = "Plan code"), IndicatorListParams),
    responses((status = 200, body = IndicatorPage)))]
pub async fn list_indicators(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiQuery(p): ApiQuery<IndicatorListParams>,
) -> AppResult<axum::Json<IndicatorPage>> {
    let l = indicators::list(&st.db, &st.evaluations, &actor, &plan, p).await?;
    let lookup = translations::resolve(&st.db, crate::language::current()).await?;
    Ok(axum::Json(IndicatorPage {
        items: l
            .items()
            .map(|(i, node, unit, a)| IndicatorListItem {
                indicator: IndicatorCore::new(i, node, unit),
                assessment: a.clone(),
                localized: lookup.view(Kind::Indicator, i.id, &i.name, Some(&i.definition)),
            })
            .collect(),
        plan: l.plan,
        year: l.year,
        total: l.total,
        page: l.page,
        per_page: l.per_page,
    }))
}

/// The year an indicator is assessed for, and the day its fields are shown as of.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct IndicatorParams {
    /// The year to evaluate; defaults to the plan's first year. The year is assessed against the
    /// fields in force on its 31 December.
    pub year: Option<i32>,
    /// `adopted`, or a date `YYYY-MM-DD`: baseline, target, unit, direction and milestones as they
    /// stood then (revisions decided later undone), with `changed_since` listing what changed.
    pub as_of: Option<String>,
}

/// `GET /api/v1/plans/{plan}/indicators/{code}?year=Y&as_of=D`: everything about one indicator.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/indicators/{code}", tag = "indicators",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code"), IndicatorParams),
    responses((status = 200, body = IndicatorDetail), (status = 422, body = Problem)))]
pub async fn get_indicator(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    ApiQuery(p): ApiQuery<IndicatorParams>,
) -> AppResult<Tagged<IndicatorDetail>> {
    let as_of = AsOf::parse(p.as_of.as_deref().unwrap_or_default()).map_err(|r| AppError::field("as_of", r))?;
    let d = indicators::detail(&st.db, &st.evaluations, &actor, (&plan, &code), p.year, as_of).await?;
    let lookup = translations::resolve(&st.db, crate::language::current()).await?;
    let mut answer = IndicatorDetail::new(&d);
    let ind = &d.indicator;
    answer.localized = lookup.view(Kind::Indicator, ind.id, &ind.name, Some(&ind.definition));
    Ok(Tagged(ind.version, answer))
}

/// `POST /api/v1/plans/{plan}/indicators`: create an indicator (admin). Values must suit the unit
/// (percentages within 0..100), and the aggregation too (no `sum` of percentages, no yes/no `mean`);
/// target and milestone years lie within the plan.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/indicators", tag = "indicators",
    params(("plan" = String, Path, description = "Plan code")),
    request_body = CreateIndicator,
    responses((status = 201, body = IndicatorCore), (status = 409, body = Problem)))]
pub async fn create_indicator(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    ApiJson(b): ApiJson<CreateIndicator>,
) -> AppResult<(StatusCode, Tagged<IndicatorCore>)> {
    crate::limits::enforce(&b)?;
    let placed = indicators::create(&st.db, &actor, &plan, b).await?;
    Ok((
        StatusCode::CREATED,
        Tagged(placed.indicator.version, IndicatorCore::from(&placed)),
    ))
}

/// `PATCH /api/v1/plans/{plan}/indicators/{code}`: change an indicator (admin).
#[utoipa::path(patch, path = "/api/v1/plans/{plan}/indicators/{code}", tag = "indicators",
    params(("plan" = String, Path, description = "Plan code"), ("code" = String, Path, description = "Indicator code")),
    request_body = UpdateIndicator,
    responses((status = 200, body = IndicatorCore), (status = 409, body = Problem), (status = 412, body = Problem)))]
pub async fn update_indicator(
    actor: Actor,
    State(st): State<AppState>,
    Path((plan, code)): Path<(String, String)>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UpdateIndicator>,
) -> AppResult<Tagged<IndicatorCore>> {
    crate::limits::enforce(&b)?;
    let claim = claim(&headers, b.version);
    let placed = indicators::update(&st.db, &actor, (&plan, &code), claim, b).await?;
    Ok(Tagged(placed.indicator.version, IndicatorCore::from(&placed)))
}
