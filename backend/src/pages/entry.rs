//! Data entry for planners: the unit's indicators for the year, a form per indicator (value, breakdown,
//! narrative, evidence, quality; save a draft or submit), submitting drafts, and CSV upload with the
//! row-by-row error report. Everything goes through the measurement API handlers, so validation,
//! access, locks and the audit are the same as for scripts.

use super::dashboard::thousands;
use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::api::common::ApiJson;
use crate::api::measurements::{CreateMeasurement, create_measurement, submit_measurement};
use crate::auth::Role;
use crate::entities::{dimension_values, dimensions, indicator_dimensions, indicators, measurements, org_units};
use crate::error::AppError;
use crate::models::imports::{self, ImportError, RowError};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeMap, HashMap};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/entry", get(entry_list))
        .route("/entry/upload", post(upload))
        .route("/entry/{code}", get(entry_form).post(entry_submit))
        .route("/entry/values/{id}/submit", post(submit_value))
}

/// One indicator in the list.
pub struct EntryRow {
    code: String,
    name: String,
    unit: String,
    value: String,
    state: String,
}

#[derive(Template)]
#[template(path = "entry.html")]
struct EntryList {
    layout: Layout,
    plan: String,
    year: i32,
    csrf: String,
    is_admin: bool,
    lock: Option<String>,
    rows: Vec<EntryRow>,
    upload_errors: Vec<RowError>,
}

fn may_enter(user: &PageUser) -> PageResult<()> {
    if user.0.role == Role::Reviewer {
        return Err(PageError::App(AppError::Forbidden(
            "Council reviewers read only; they do not enter data".into(),
        )));
    }
    Ok(())
}

async fn list_page(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    upload_errors: Vec<RowError>,
) -> PageResult<Response> {
    may_enter(user)?;
    let ctx = context(&st.db, user, "/entry", q).await?;
    let mut iq = indicators::Entity::find().filter(indicators::Column::PlanId.eq(ctx.plan.id));
    if user.0.role == Role::Planner {
        iq = iq.filter(indicators::Column::OwnerUnitId.eq(user.0.unit_id.unwrap_or(-1)));
    }
    let inds = iq.order_by_asc(indicators::Column::Code).all(&st.db).await?;
    let units: HashMap<i32, String> = org_units::Entity::find()
        .all(&st.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.code))
        .collect();
    let ids: Vec<i32> = inds.iter().map(|i| i.id).collect();
    let mut latest: HashMap<i32, measurements::Model> = HashMap::new();
    for m in measurements::Entity::find()
        .filter(measurements::Column::IndicatorId.is_in(ids))
        .filter(measurements::Column::Year.eq(ctx.year))
        .filter(measurements::Column::Disaggregation.eq(""))
        .filter(measurements::Column::Quarter.is_null())
        .filter(measurements::Column::State.ne("superseded"))
        .order_by_asc(measurements::Column::Revision)
        .all(&st.db)
        .await?
    {
        latest.insert(m.indicator_id, m);
    }
    let rows = inds
        .iter()
        .map(|i| EntryRow {
            code: i.code.clone(),
            name: i.name.clone(),
            unit: units.get(&i.owner_unit_id).cloned().unwrap_or_default(),
            value: latest
                .get(&i.id)
                .map_or_else(|| "—".into(), |m| thousands(m.value.to_decimal())),
            state: latest.get(&i.id).map_or_else(|| "no value".into(), |m| m.state.clone()),
        })
        .collect();
    let lock = crate::models::periods::check_open(&st.db, &ctx.plan, ctx.year)
        .await
        .err()
        .map(|e| e.to_string());
    render(&EntryList {
        plan: ctx.plan.code.clone(),
        year: ctx.year,
        csrf: user.csrf().to_owned(),
        is_admin: user.0.role == Role::Admin,
        lock,
        rows,
        upload_errors,
        layout: ctx.layout,
    })
}

async fn entry_list(State(st): State<AppState>, user: PageUser, Query(q): Query<ContextQuery>) -> PageResult<Response> {
    list_page(&st, &user, &q, Vec::new()).await
}

async fn upload(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    mut form: Multipart,
) -> PageResult<Response> {
    may_enter(&user)?;
    let (mut csrf, mut file, mut submit) = (String::new(), None, false);
    while let Ok(Some(field)) = form.next_field().await {
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("submit") => submit = field.text().await.is_ok_and(|v| v == "true"),
            Some("file") => file = field.bytes().await.ok(),
            _ => {}
        }
    }
    user.check_csrf(&csrf)?;
    let Some(bytes) = file else {
        return list_page(
            &st,
            &user,
            &q,
            vec![RowError {
                line: 0,
                column: "file".into(),
                reason: "no file was chosen".into(),
            }],
        )
        .await;
    };
    let ctx = context(&st.db, &user, "/entry", &q).await?;
    let opts = imports::Options {
        default_plan: Some(ctx.plan.code.clone()),
        submit,
    };
    match imports::import(st.writer.conn(), Some(&user.0), &bytes, &opts).await {
        Ok(done) => {
            let msg = format!("Imported {} value(s) as {}", done.imported, done.state);
            let qs = serde_urlencoded::to_string([
                ("plan", ctx.plan.code.clone()),
                ("year", ctx.year.to_string()),
                ("ok", msg),
            ])
            .unwrap_or_default();
            Ok(Redirect::to(&format!("/entry?{qs}")).into_response())
        }
        Err(ImportError::Rows(rows)) => {
            let mut resp = list_page(&st, &user, &q, rows.into_rows()).await?;
            *resp.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(resp)
        }
        Err(e) => Err(PageError::App(AppError::Internal(e.to_string()))),
    }
}

/// The values a form was filled with, to show them again with the errors.
#[derive(Debug, Default, Clone)]
pub struct FormValues {
    year: String,
    quarter: String,
    value: String,
    numerator: String,
    denominator: String,
    quality: String,
    narrative: String,
    evidence_url: String,
}

/// A dimension with its values `(code, name, selected)`.
pub struct DimChoice {
    code: String,
    name: String,
    values: Vec<(String, String, bool)>,
}

/// A stored value of the indicator.
pub struct ValueLine {
    id: i32,
    period: String,
    breakdown: String,
    value: String,
    state: String,
    note: String,
    can_submit: bool,
}

#[derive(Template)]
#[template(path = "entry_form.html")]
struct EntryForm {
    layout: Layout,
    plan: String,
    year: i32,
    csrf: String,
    code: String,
    name: String,
    unit: String,
    direction: String,
    is_ratio: bool,
    lock: Option<String>,
    error: Option<String>,
    form: FormValues,
    errors: HashMap<String, String>,
    dimensions: Vec<DimChoice>,
    values: Vec<ValueLine>,
}

#[expect(
    clippy::too_many_arguments,
    reason = "the form page is re-rendered with everything the user typed and every error"
)]
async fn form_page(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    code: &str,
    form: Option<FormValues>,
    selected: &BTreeMap<String, String>,
    errors: HashMap<String, String>,
    error: Option<String>,
) -> PageResult<Response> {
    may_enter(user)?;
    let ctx = context(&st.db, user, "/entry", q).await?;
    let ind = indicators::Entity::find()
        .filter(indicators::Column::PlanId.eq(ctx.plan.id))
        .filter(indicators::Column::Code.eq(code))
        .one(&st.db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("indicator {code}")))?;
    authorize(&user.0, Action::WriteUnit(ind.owner_unit_id))?;
    let dim_ids: Vec<i32> = indicator_dimensions::Entity::find()
        .filter(indicator_dimensions::Column::IndicatorId.eq(ind.id))
        .all(&st.db)
        .await?
        .into_iter()
        .map(|d| d.dimension_id)
        .collect();
    let mut dims = Vec::new();
    for d in dimensions::Entity::find()
        .filter(dimensions::Column::Id.is_in(dim_ids))
        .order_by_asc(dimensions::Column::Code)
        .all(&st.db)
        .await?
    {
        let values = dimension_values::Entity::find()
            .filter(dimension_values::Column::DimensionId.eq(d.id))
            .order_by_asc(dimension_values::Column::SortOrder)
            .all(&st.db)
            .await?
            .into_iter()
            .map(|v| {
                let sel = selected.get(&d.code) == Some(&v.code);
                (v.code, v.name, sel)
            })
            .collect();
        dims.push(DimChoice {
            code: d.code,
            name: d.name,
            values,
        });
    }
    let values = measurements::Entity::find()
        .filter(measurements::Column::IndicatorId.eq(ind.id))
        .order_by_desc(measurements::Column::Year)
        .order_by_asc(measurements::Column::Disaggregation)
        .order_by_asc(measurements::Column::Revision)
        .all(&st.db)
        .await?
        .into_iter()
        .map(|m| ValueLine {
            id: m.id,
            period: m
                .quarter
                .map_or_else(|| m.year.to_string(), |qq| format!("{} Q{qq}", m.year)),
            breakdown: if m.disaggregation.is_empty() {
                "total".into()
            } else {
                m.disaggregation.replace(';', ", ")
            },
            value: thousands(m.value.to_decimal()),
            can_submit: m.state == "draft" || m.state == "returned",
            state: m.state,
            note: m.review_note,
        })
        .collect();
    let form = form.unwrap_or(FormValues {
        year: ctx.year.to_string(),
        quality: "provisional".into(),
        ..Default::default()
    });
    let lock = crate::models::periods::check_open(&st.db, &ctx.plan, ctx.year)
        .await
        .err()
        .map(|e| e.to_string());
    let unit = org_units::Entity::find_by_id(ind.owner_unit_id)
        .one(&st.db)
        .await?
        .map(|u| u.code)
        .unwrap_or_default();
    let status = if errors.is_empty() && error.is_none() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut resp = render(&EntryForm {
        plan: ctx.plan.code.clone(),
        year: ctx.year,
        csrf: user.csrf().to_owned(),
        code: ind.code.clone(),
        name: ind.name.clone(),
        unit,
        direction: ind.direction.clone(),
        is_ratio: ind.unit == "ratio",
        lock,
        error,
        form,
        errors,
        dimensions: dims,
        values,
        layout: ctx.layout,
    })?;
    *resp.status_mut() = status;
    Ok(resp)
}

async fn entry_form(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    form_page(&st, &user, &q, &code, None, &BTreeMap::new(), HashMap::new(), None).await
}

fn opt_json(s: &str) -> Option<serde_json::Value> {
    let t = s.trim();
    (!t.is_empty()).then(|| serde_json::Value::String(t.to_owned()))
}

async fn entry_submit(
    State(st): State<AppState>,
    user: PageUser,
    Path(code): Path<String>,
    Query(q): Query<ContextQuery>,
    body: Bytes,
) -> PageResult<Response> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    user.check_csrf(&get("csrf"))?;
    let selected: BTreeMap<String, String> = pairs
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("dim_")
                .filter(|_| !v.is_empty())
                .map(|d| (d.to_owned(), v.clone()))
        })
        .collect();
    let form = FormValues {
        year: get("year"),
        quarter: get("quarter"),
        value: get("value"),
        numerator: get("numerator"),
        denominator: get("denominator"),
        quality: get("quality"),
        narrative: get("narrative"),
        evidence_url: get("evidence_url"),
    };
    let ctx = context(&st.db, &user, "/entry", &q).await?;
    let number = |s: &str| {
        s.trim()
            .parse::<i64>()
            .ok()
            .map(serde_json::Value::from)
            .or_else(|| opt_json(s))
    };
    let body = CreateMeasurement {
        plan_code: Some(ctx.plan.code.clone()),
        indicator_code: Some(code.clone()),
        year: number(&form.year),
        quarter: number(&form.quarter),
        disaggregation: (!selected.is_empty()).then(|| serde_json::to_value(&selected).unwrap_or_default()),
        value: opt_json(&form.value),
        numerator: opt_json(&form.numerator),
        denominator: opt_json(&form.denominator),
        quality: Some(form.quality.clone()).filter(|s| !s.is_empty()),
        narrative: Some(form.narrative.clone()),
        evidence_url: Some(form.evidence_url.clone()).filter(|s| !s.trim().is_empty()),
    };
    let submit_now = get("action") == "submit";
    match create_measurement(user.0.clone(), State(st.clone()), ApiJson(body)).await {
        Ok((_, created)) => {
            let id = created.1.id;
            let mut msg = format!("Saved {code} as a draft");
            if submit_now {
                submit_measurement(
                    user.0.clone(),
                    State(st.clone()),
                    Path(id),
                    HeaderMap::new(),
                    Bytes::new(),
                )
                .await?;
                msg = format!("Submitted {code} for approval");
            }
            let qs = serde_urlencoded::to_string([
                ("plan", ctx.plan.code.clone()),
                ("year", ctx.year.to_string()),
                ("ok", msg),
            ])
            .unwrap_or_default();
            Ok(Redirect::to(&format!("/entry/{code}?{qs}")).into_response())
        }
        Err(AppError::Invalid(errs)) => {
            let map = errs.into_iter().map(|e| (e.field, e.reason)).collect();
            form_page(
                &st,
                &user,
                &q,
                &code,
                Some(form),
                &selected,
                map,
                Some("The value was not saved: see the fields below.".into()),
            )
            .await
        }
        Err(e @ (AppError::Locked(_) | AppError::Conflict(_))) => {
            form_page(
                &st,
                &user,
                &q,
                &code,
                Some(form),
                &selected,
                HashMap::new(),
                Some(e.to_string()),
            )
            .await
        }
        Err(e) => Err(PageError::App(e)),
    }
}

#[derive(Debug, serde::Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn submit_value(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Query(q): Query<ContextQuery>,
    axum::extract::Form(f): axum::extract::Form<CsrfForm>,
) -> PageResult<Response> {
    user.check_csrf(&f.csrf)?;
    let m = submit_measurement(
        user.0.clone(),
        State(st.clone()),
        Path(id),
        HeaderMap::new(),
        Bytes::new(),
    )
    .await?;
    let code = m.1.indicator_code.clone();
    let qs = serde_urlencoded::to_string([
        ("plan", q.plan.unwrap_or_default()),
        ("year", q.year.map(|y| y.to_string()).unwrap_or_default()),
        ("ok", format!("Submitted {code} for approval")),
    ])
    .unwrap_or_default();
    Ok(Redirect::to(&format!("/entry/{code}?{qs}")).into_response())
}
