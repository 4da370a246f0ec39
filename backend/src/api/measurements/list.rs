//! Reading values: the filtered, paginated list; one value; the revision history of its slot.
//! Reviewers see approved values only (and, in a history, the approved values they replaced).

use crate::api::common::{PageParams, Tagged, paginate};
use crate::auth::Actor;
use crate::entities::{indicators, measurements, org_units, plans};
use crate::error::{AppError, AppResult, Problem};
use crate::models::measurements::{format_disaggregation, parse_disaggregation};
use crate::policy::{Action, authorize, sees_unapproved};
use crate::state::AppState;
use crate::views::measurements::{MeasurementView, render};
use axum::extract::{Path, Query, State};
use sea_orm::sea_query::Query as SqlQuery;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};

/// States a value can be in.
pub const STATES: &[&str] = &["draft", "submitted", "approved", "returned", "superseded"];

/// Filters, paging and sorting of the measurement list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MeasurementListParams {
    /// Plan code.
    pub plan: Option<String>,
    /// Indicator code.
    pub indicator: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Quarter (1..4).
    pub quarter: Option<i32>,
    /// draft, submitted, approved, returned or superseded (reviewers always get approved).
    pub state: Option<String>,
    /// Code of the org unit owning the indicator, e.g. `BR`.
    pub unit: Option<String>,
    /// Disaggregation as `sex=female;region=africa`; empty for headline values only.
    pub disaggregation: Option<String>,
    /// provisional, estimated or final.
    pub quality: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// Sort field (id, year, quarter, state, value, revision, entered_at, updated_at); prefix `-` for
    /// descending. Ties are broken by id.
    pub sort: Option<String>,
}

/// One page of values.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MeasurementList {
    /// The values of this page.
    pub items: Vec<MeasurementView>,
    /// Values across all pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
}

fn sort_column(name: &str) -> Option<measurements::Column> {
    use measurements::Column as C;
    Some(match name {
        "id" => C::Id,
        "year" => C::Year,
        "quarter" => C::Quarter,
        "state" => C::State,
        "value" => C::Value,
        "revision" => C::Revision,
        "entered_at" => C::EnteredAt,
        "updated_at" => C::UpdatedAt,
        _ => return None,
    })
}

/// `GET /api/v1/measurements`: values, filtered, sorted and paginated, with the total.
#[utoipa::path(get, path = "/api/v1/measurements", tag = "measurements", params(MeasurementListParams),
    responses((status = 200, body = MeasurementList), (status = 400, body = Problem, description = "A query parameter cannot be read"), (status = 401, body = Problem), (status = 422, body = Problem)))]
pub async fn list_measurements(
    actor: Actor,
    State(st): State<AppState>,
    Query(p): Query<MeasurementListParams>,
) -> AppResult<axum::Json<MeasurementList>> {
    authorize(&actor, Action::Read)?;
    use measurements::Column as C;
    let mut q = measurements::Entity::find();
    let mut errs = Vec::new();
    if let Some(s) = &p.state {
        if !STATES.contains(&s.as_str()) {
            errs.push(crate::error::FieldError {
                field: "state".into(),
                reason: format!("`{s}` is not one of {}", STATES.join(", ")),
            });
        }
        q = q.filter(C::State.eq(s.as_str()));
    }
    if !sees_unapproved(&actor) {
        q = q.filter(C::State.eq("approved"));
    }
    if let Some(y) = p.year {
        q = q.filter(C::Year.eq(y));
    }
    if let Some(qn) = p.quarter {
        q = q.filter(C::Quarter.eq(qn));
    }
    if let Some(ql) = &p.quality {
        q = q.filter(C::Quality.eq(ql.as_str()));
    }
    if let Some(d) = &p.disaggregation {
        match parse_disaggregation(d) {
            Ok(pairs) => q = q.filter(C::Disaggregation.eq(format_disaggregation(&pairs))),
            Err(e) => errs.push(crate::error::FieldError {
                field: "disaggregation".into(),
                reason: e,
            }),
        }
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    if p.plan.is_some() || p.indicator.is_some() || p.unit.is_some() {
        let mut sub = SqlQuery::select();
        sub.column((indicators::Entity, indicators::Column::Id))
            .from(indicators::Entity);
        if let Some(plan) = &p.plan {
            sub.and_where(
                indicators::Column::PlanId.in_subquery(
                    SqlQuery::select()
                        .column(plans::Column::Id)
                        .from(plans::Entity)
                        .and_where(plans::Column::Code.eq(plan.as_str()))
                        .to_owned(),
                ),
            );
        }
        if let Some(code) = &p.indicator {
            sub.and_where(indicators::Column::Code.eq(code.as_str()));
        }
        if let Some(unit) = &p.unit {
            sub.and_where(
                indicators::Column::OwnerUnitId.in_subquery(
                    SqlQuery::select()
                        .column(org_units::Column::Id)
                        .from(org_units::Entity)
                        .and_where(org_units::Column::Code.eq(unit.as_str()))
                        .to_owned(),
                ),
            );
        }
        q = q.filter(C::IndicatorId.in_subquery(sub.to_owned()));
    }
    let params = PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: p.sort.clone(),
    };
    let (rows, total, page, per_page) = paginate(&st.db, q, &params, sort_column, C::Id, C::Id).await?;
    let items = render(&st.db, &rows).await?;
    Ok(axum::Json(MeasurementList {
        items,
        total,
        page,
        per_page,
    }))
}

/// Whether `actor` may see a value in `state`: reviewers see approved values, and superseded ones
/// (which were approved once) in histories.
fn visible(actor: &Actor, state: &str) -> bool {
    sees_unapproved(actor) || state == "approved" || state == "superseded"
}

/// `GET /api/v1/measurements/{id}`: one value, with its version as ETag. A reviewer asking for a value
/// that is not approved gets 404, as if it did not exist.
#[utoipa::path(get, path = "/api/v1/measurements/{id}", tag = "measurements",
    params(("id" = i32, Path, description = "Measurement id")),
    responses((status = 200, body = MeasurementView), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_measurement(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<Tagged<MeasurementView>> {
    authorize(&actor, Action::Read)?;
    let m = measurements::Entity::find_by_id(id)
        .one(&st.db)
        .await?
        .filter(|m| visible(&actor, &m.state))
        .ok_or_else(|| AppError::NotFound(format!("measurement {id}")))?;
    let view = render(&st.db, std::slice::from_ref(&m)).await?.remove(0);
    Ok(Tagged(m.version, view))
}

/// Every revision of a value's slot, oldest first.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MeasurementHistory {
    /// The revisions, oldest first: superseded ones stay readable.
    pub items: Vec<MeasurementView>,
    /// Number of revisions shown.
    pub total: usize,
}

/// `GET /api/v1/measurements/{id}/history`: every revision of the slot (indicator, year, quarter,
/// disaggregation) this value belongs to, oldest first.
#[utoipa::path(get, path = "/api/v1/measurements/{id}/history", tag = "measurements",
    params(("id" = i32, Path, description = "Id of any revision")),
    responses((status = 200, body = MeasurementHistory), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn measurement_history(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<axum::Json<MeasurementHistory>> {
    authorize(&actor, Action::Read)?;
    let m = measurements::Entity::find_by_id(id)
        .one(&st.db)
        .await?
        .filter(|m| visible(&actor, &m.state))
        .ok_or_else(|| AppError::NotFound(format!("measurement {id}")))?;
    let rows: Vec<measurements::Model> =
        crate::models::measurements::store::slot_rows(&st.db, m.indicator_id, m.year, m.quarter, &m.disaggregation)
            .await?
            .into_iter()
            .filter(|r| visible(&actor, &r.state))
            .collect();
    let items = render(&st.db, &rows).await?;
    Ok(axum::Json(MeasurementHistory {
        total: items.len(),
        items,
    }))
}
