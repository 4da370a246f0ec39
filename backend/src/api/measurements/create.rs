//! Entering a value (`POST /measurements`) and correcting an approved one (`POST .../revise`).

use super::{Change, may_enter_data, pairs_of, step_version, text_of};
use crate::api::common::{ApiJson, Tagged, check_version};
use crate::auth::Actor;
use crate::entities::{measurements, plans};
use crate::error::{AppError, AppResult, FieldError, Problem};
use crate::models::measurements::catalog::Catalog;
use crate::models::measurements::entry::{self, Figures, RawEntry};
use crate::models::measurements::store::{self, NewValue, Stamp};
use crate::models::measurements::workflow;
use crate::models::transactions::WorkFuture;
use crate::models::{audit, periods};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::measurements::{MeasurementView, render_one};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use sea_orm::ActiveValue::Set;
use sea_orm::DatabaseTransaction;
use serde::Deserialize;

/// A new value. Numbers may be JSON numbers or decimal strings (strings are exact: prefer them).
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateMeasurement {
    /// Plan code, e.g. `SP2028-2031`.
    #[schema(max_length = 64)]
    pub plan_code: Option<String>,
    /// Indicator code, e.g. `KPI-R1`.
    #[schema(max_length = 64)]
    pub indicator_code: Option<String>,
    /// Year, inside the plan.
    #[schema(value_type = i32)]
    pub year: Option<serde_json::Value>,
    /// Quarter 1..4; omit for an annual value.
    #[schema(value_type = Option<i32>)]
    pub quarter: Option<serde_json::Value>,
    /// Disaggregation: `{"sex": "female"}` or `sex=female;region=africa`; omit for the headline value.
    #[schema(value_type = Option<Object>)]
    pub disaggregation: Option<serde_json::Value>,
    /// Value; for a ratio indicator, or a percent one given with numerator and denominator, it may be
    /// omitted and is then numerator ÷ denominator (× 100 for a percentage; 4 dp). When given with
    /// them it must equal that share.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub value: Option<serde_json::Value>,
    /// Numerator (required for a ratio indicator; optional, with the denominator, for a percent one).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub numerator: Option<serde_json::Value>,
    /// Denominator (required for a ratio indicator; optional, with the numerator, for a percent one;
    /// never 0).
    #[schema(value_type = Option<String>, max_length = 64)]
    pub denominator: Option<serde_json::Value>,
    /// provisional (default), estimated or final.
    #[schema(max_length = 64)]
    pub quality: Option<String>,
    /// Narrative.
    #[schema(max_length = 10000)]
    pub narrative: Option<String>,
    /// Evidence link (http or https).
    #[schema(max_length = 2048)]
    pub evidence_url: Option<String>,
}

/// Changes to a value (PATCH of a draft or returned value, or the new revision of an approved one).
/// Absent fields stay as they are; `null` clears numerator or denominator.
#[derive(Debug, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMeasurement {
    /// The version read (required for PATCH unless `If-Match` is sent; optional for revise).
    pub version: Option<i32>,
    /// Value; for a ratio or a percentage with numerator and denominator, omit it and change them to
    /// recompute it.
    #[schema(value_type = Option<String>, max_length = 64)]
    pub value: Option<serde_json::Value>,
    /// Numerator.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub numerator: Option<serde_json::Value>,
    /// Denominator.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, max_length = 64)]
    pub denominator: Option<serde_json::Value>,
    /// provisional, estimated or final.
    #[schema(max_length = 64)]
    pub quality: Option<String>,
    /// Narrative.
    #[schema(max_length = 10000)]
    pub narrative: Option<String>,
    /// Evidence link.
    #[schema(max_length = 2048)]
    pub evidence_url: Option<String>,
}

/// Keeps an explicit `null` as `Some(Null)` so that it clears the field rather than leaving it.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    serde_json::Value::deserialize(d).map(Some)
}

impl UpdateMeasurement {
    /// The figures after this change to `m`, checked for `unit`; pushes every problem onto `errs`.
    fn figures(&self, errs: &mut Vec<FieldError>, unit: &str, m: &measurements::Model) -> Option<Figures> {
        let keep = |f: Option<crate::fixed::Fixed>| f.map(|v| v.to_string());
        let pick = |given: &Option<serde_json::Value>, current: Option<crate::fixed::Fixed>| match given {
            None => keep(current),
            Some(v) => text_of(Some(v)),
        };
        let n = pick(&self.numerator, m.numerator);
        let d = pick(&self.denominator, m.denominator);
        // A share (ratio or percent) whose numerator or denominator changes without a new value is
        // recomputed from them.
        let recompute = crate::status::Unit::parse(unit).is_some_and(|u| u.is_share())
            && self.value.is_none()
            && (self.numerator.is_some() || self.denominator.is_some());
        let v = if recompute {
            None
        } else {
            pick(&self.value, Some(m.value))
        };
        entry::check_figures(errs, unit, v.as_deref(), n.as_deref(), d.as_deref())
    }

    /// Applies the texts and quality; pushes problems onto `errs`.
    fn apply_texts(&self, errs: &mut Vec<FieldError>, m: &measurements::Model, am: &mut measurements::ActiveModel) {
        let url = self.evidence_url.as_deref().unwrap_or(&m.evidence_url);
        let quality = entry::check_quality_and_link(errs, Some(self.quality.as_deref().unwrap_or(&m.quality)), url);
        am.quality = Set(quality);
        am.evidence_url = Set(url.trim().to_owned());
        let narrative = self.narrative.as_deref().unwrap_or(&m.narrative);
        entry::check_lengths(errs, narrative, url);
        am.narrative = Set(narrative.to_owned());
    }

    /// `am` with this change to `m` (a value of an indicator measured in `unit`): figures, texts and
    /// quality; 422 naming every invalid field.
    pub fn applied(
        &self,
        unit: &str,
        m: &measurements::Model,
        mut am: measurements::ActiveModel,
    ) -> AppResult<measurements::ActiveModel> {
        let mut errs = Vec::new();
        let figures = self.figures(&mut errs, unit, m);
        self.apply_texts(&mut errs, m, &mut am);
        let Some(f) = figures.filter(|_| errs.is_empty()) else {
            return Err(AppError::Invalid(errs));
        };
        am.value = Set(f.value);
        am.numerator = Set(f.numerator);
        am.denominator = Set(f.denominator);
        Ok(am)
    }
}

/// `POST /api/v1/measurements`: enter a value as a draft. A planner enters only their unit's indicators.
#[utoipa::path(post, path = "/api/v1/measurements", tag = "measurements", request_body = CreateMeasurement,
    responses((status = 201, body = MeasurementView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 409, body = Problem, description = "The slot already has a value: revise or edit it"),
        (status = 422, body = Problem, description = "Every invalid field is named"),
        (status = 423, body = Problem, description = "The year is locked; names the lock and since when")))]
pub async fn create_measurement(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(body): ApiJson<CreateMeasurement>,
) -> AppResult<(StatusCode, Tagged<MeasurementView>)> {
    crate::limits::enforce(&body)?;
    may_enter_data(&actor)?;
    let raw = RawEntry {
        plan_code: body.plan_code.clone(),
        indicator_code: body.indicator_code.clone(),
        year: text_of(body.year.as_ref()),
        quarter: text_of(body.quarter.as_ref()),
        disaggregation: pairs_of(body.disaggregation.as_ref()),
        value: text_of(body.value.as_ref()),
        numerator: text_of(body.numerator.as_ref()),
        denominator: text_of(body.denominator.as_ref()),
        quality: body.quality.clone(),
        narrative: body.narrative.clone().unwrap_or_default(),
        evidence_url: body.evidence_url.clone().unwrap_or_default(),
    };
    let plan_code = raw.plan_code.clone().unwrap_or_default();
    let disaggregated = raw.disaggregation.as_ref().is_ok_and(|p| !p.is_empty());
    let cat = Catalog::for_indicator(
        &st.db,
        plan_code.trim(),
        raw.indicator_code.as_deref().unwrap_or("").trim(),
        disaggregated,
    )
    .await?;
    if let Some(p) = cat.plans.get(plan_code.trim())
        && let Some(i) = cat.indicator(p.id, raw.indicator_code.as_deref().unwrap_or("").trim())
    {
        authorize(&actor, Action::WriteUnit(i.owner_unit_id))?;
    }
    let e = entry::validate(&cat, &raw, None).map_err(AppError::Invalid)?;
    let plan = &cat.plans[plan_code.trim()];
    // A locked year is named before an occupied slot, as for a revision; the write checks the lock again.
    periods::check_open(&st.db, plan, e.year).await?;
    store::check_free(&st.db, &e).await?;
    let stamp = Stamp {
        user: Some(actor.id),
        at: chrono::Utc::now().into(),
        submit: false,
    };
    let create = Create {
        plan: plan.clone(),
        year: e.year,
        value: NewValue::of(&e, stamp),
        actor: actor.clone(),
    };
    let row = st.writer.run(create, store_new).await?;
    let view = render_one(&st.db, &row, e.indicator, plan, &actor).await?;
    Ok((StatusCode::CREATED, Tagged(row.version, view)))
}

/// What the write transaction of a new value needs.
struct Create {
    plan: plans::Model,
    year: i32,
    value: NewValue,
    actor: Actor,
}

/// Stores a new value unless its year is locked; audited.
fn store_new<'a>(txn: &'a DatabaseTransaction, c: &'a Create) -> WorkFuture<'a, measurements::Model> {
    Box::pin(async move {
        periods::check_open(txn, &c.plan, c.year).await?;
        let row = store::insert_one(txn, &c.value).await?;
        audit::created(txn, Some(&c.actor), "measurement", row.id, &row).await?;
        Ok(row)
    })
}

/// `POST /api/v1/measurements/{id}/revise`: correct an approved value. Creates the next revision as a
/// draft with the changes; the approved value keeps counting until the revision is approved, and then
/// becomes `superseded` (still readable in the history).
#[utoipa::path(post, path = "/api/v1/measurements/{id}/revise", tag = "measurements",
    params(("id" = i32, Path, description = "Id of the approved value")), request_body = UpdateMeasurement,
    responses((status = 201, body = MeasurementView), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem, description = "Not approved, a revision is pending, or a stale version"),
        (status = 412, body = Problem), (status = 422, body = Problem), (status = 423, body = Problem)))]
pub async fn revise_measurement(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<UpdateMeasurement>,
) -> AppResult<(StatusCode, Tagged<MeasurementView>)> {
    crate::limits::enforce(&body)?;
    may_enter_data(&actor)?;
    let claimed = step_version(&headers, body.version)?;
    let (m, ind, plan) = workflow::load(&st.db, id).await?;
    authorize(&actor, Action::WriteUnit(ind.owner_unit_id))?;
    if let Some(c) = claimed {
        check_version(c, m.version, &format!("measurement {id}"))?;
    }
    periods::check_open(&st.db, &plan, m.year).await?;
    workflow::Step::Revise.check(&m)?;
    let am = body.applied(&ind.unit, &m, Default::default())?;
    let revision = Change {
        plan: plan.clone(),
        indicator: ind.clone(),
        m,
        am,
        actor: actor.clone(),
    };
    let row = st.writer.run(revision, store_revision).await?;
    let view = render_one(&st.db, &row, &ind, &plan, &actor).await?;
    Ok((StatusCode::CREATED, Tagged(row.version, view)))
}

/// Stores the next revision unless the year is locked or another revision is pending; audited.
fn store_revision<'a>(txn: &'a DatabaseTransaction, c: &'a Change) -> WorkFuture<'a, measurements::Model> {
    Box::pin(async move {
        periods::check_open(txn, &c.plan, c.m.year).await?;
        workflow::revise(txn, &c.actor, &c.m, &c.indicator.code, c.am.clone()).await
    })
}
