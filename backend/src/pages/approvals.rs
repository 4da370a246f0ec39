//! The approval queue of the Secretary-General's office: submitted values across units, approved or
//! returned with a note, one by one or in bulk, through the same handlers as the API.

use super::dashboard::thousands;
use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::api::measurements::{approve_measurement, return_measurement};
use crate::entities::{indicators, measurements, org_units, plans, users};
use crate::error::AppError;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/approvals", get(queue).post(decide))
}

/// One submitted value.
pub struct QueueItem {
    id: i32,
    plan: String,
    year: i32,
    code: String,
    name: String,
    unit: String,
    period: String,
    breakdown: String,
    value: String,
    quality: String,
    narrative: String,
    by: String,
    own: bool,
}

#[derive(Template)]
#[template(path = "approvals.html")]
struct Queue {
    layout: Layout,
    csrf: String,
    items: Vec<QueueItem>,
}

async fn queue(State(st): State<AppState>, user: PageUser, Query(q): Query<ContextQuery>) -> PageResult<Response> {
    authorize(&user.0, Action::Administer)?;
    let ctx = context(&st.db, &user, "/approvals", &q).await?;
    let subs = measurements::Entity::find()
        .filter(measurements::Column::State.eq("submitted"))
        .order_by_asc(measurements::Column::SubmittedAt)
        .order_by_asc(measurements::Column::Id)
        .all(&st.db)
        .await?;
    let inds: HashMap<i32, indicators::Model> = indicators::Entity::find()
        .all(&st.db)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let units: HashMap<i32, String> = org_units::Entity::find()
        .all(&st.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.code))
        .collect();
    let plan_codes: HashMap<i32, String> = plans::Entity::find()
        .all(&st.db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.code))
        .collect();
    let emails: HashMap<i32, String> = users::Entity::find()
        .all(&st.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect();
    let items = subs
        .into_iter()
        .filter_map(|m| {
            let i = inds.get(&m.indicator_id)?;
            Some(QueueItem {
                id: m.id,
                plan: plan_codes.get(&i.plan_id).cloned().unwrap_or_default(),
                year: m.year,
                code: i.code.clone(),
                name: i.name.clone(),
                unit: units.get(&i.owner_unit_id).cloned().unwrap_or_default(),
                period: m
                    .quarter
                    .map_or_else(|| m.year.to_string(), |qq| format!("{} Q{qq}", m.year)),
                breakdown: if m.disaggregation.is_empty() {
                    "total".into()
                } else {
                    m.disaggregation.replace(';', ", ")
                },
                value: thousands(m.value.to_decimal()),
                quality: m.quality.clone(),
                narrative: m.narrative.clone(),
                by: m
                    .submitted_by
                    .and_then(|u| emails.get(&u).cloned())
                    .unwrap_or_else(|| "seed".into()),
                own: m.submitted_by == Some(user.0.id) || m.entered_by == Some(user.0.id),
            })
        })
        .collect();
    render(&Queue {
        csrf: user.csrf().to_owned(),
        items,
        layout: ctx.layout,
    })
}

async fn decide(State(st): State<AppState>, user: PageUser, body: Bytes) -> PageResult<Response> {
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
    authorize(&user.0, Action::Administer)?;
    let ids: Vec<i32> = pairs
        .iter()
        .filter(|(k, _)| k == "ids")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    if ids.is_empty() {
        return Ok(Redirect::to("/approvals?error=Select+at+least+one+value").into_response());
    }
    let action = get("action");
    let note = get("note");
    if action == "return" && note.trim().is_empty() {
        return Ok(Redirect::to("/approvals?error=A+review+note+is+required+to+return+values").into_response());
    }
    let (mut done, mut failed) = (0, Vec::new());
    for id in ids {
        let step_body = Bytes::from(serde_json::json!({ "note": note }).to_string());
        let r = if action == "return" {
            return_measurement(user.0.clone(), State(st.clone()), Path(id), HeaderMap::new(), step_body).await
        } else {
            approve_measurement(user.0.clone(), State(st.clone()), Path(id), HeaderMap::new(), step_body).await
        };
        match r {
            Ok(_) => done += 1,
            Err(e @ (AppError::Forbidden(_) | AppError::Conflict(_) | AppError::Locked(_) | AppError::Invalid(_))) => {
                failed.push(format!("value {id}: {e}"))
            }
            Err(e) => return Err(PageError::App(e)),
        }
    }
    let verb = if action == "return" { "Returned" } else { "Approved" };
    let mut q = vec![("ok", format!("{verb} {done} value(s)"))];
    if !failed.is_empty() {
        q.push(("error", failed.join("; ")));
    }
    Ok(Redirect::to(&format!(
        "/approvals?{}",
        serde_urlencoded::to_string(q).unwrap_or_default()
    ))
    .into_response())
}
