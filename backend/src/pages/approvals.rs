//! The approval queue of the Secretary-General's office: submitted values across units, approved or
//! returned with a note, one by one or in bulk, through the same use cases as the API.

use super::dashboard::thousands;
use super::forms::FormPairs;
use super::frame::{self, Kind};
use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::error::AppError;
use crate::models::dimensions;
use crate::models::measurements::steps::{self, StepBody, StepRequest};
use crate::models::measurements::workflow::Step;
use crate::models::measurements::worklist::approval_queue;
use crate::policy::{Action, authorize};
use crate::state::AppState;
use crate::views::measurements::period_label;
use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;

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
    let submitted = approval_queue(&st.db, &user.0).await?;
    let ctx = context(&st, &user, "/approvals", &q).await?;
    let names = dimensions::names(&st.db).await?;
    let items = submitted
        .into_iter()
        .map(|s| {
            let m = s.value;
            QueueItem {
                id: m.id,
                plan: s.plan,
                year: m.year,
                code: s.indicator.code,
                name: s.indicator.name,
                unit: s.unit,
                period: period_label(m.year, m.quarter),
                breakdown: names.breakdown(&m.disaggregation),
                value: thousands(m.value.to_decimal()),
                quality: m.quality,
                narrative: m.narrative,
                by: s.submitted_by.unwrap_or_else(|| "seed".into()),
                own: m.submitted_by == Some(user.0.id) || m.entered_by == Some(user.0.id),
            }
        })
        .collect();
    render(&Queue {
        csrf: user.csrf().to_owned(),
        items,
        layout: ctx.layout,
    })
}

async fn decide(State(st): State<AppState>, user: PageUser, body: Bytes) -> PageResult<Response> {
    let pairs = FormPairs::checked(&user, &body)?;
    authorize(&user.0, Action::Administer)?;
    let ids: Vec<i32> = pairs
        .iter()
        .filter(|(k, _)| k == "ids")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    if ids.is_empty() {
        return Ok(frame::refused("/approvals", "Select at least one value."));
    }
    let action = pairs.get("action");
    let note = pairs.get("note");
    if action == "return" && note.trim().is_empty() {
        return Ok(frame::refused(
            "/approvals",
            "A review note is required to return values.",
        ));
    }
    let (mut done, mut failed) = (0, Vec::new());
    let step = if action == "return" {
        Step::Return
    } else {
        Step::Approve
    };
    for id in ids {
        let req = StepRequest {
            step,
            id,
            claimed: None,
            body: StepBody {
                version: None,
                note: Some(note.clone()),
            },
        };
        match steps::take(&st.db, &st.writer, &user.0, req).await {
            Ok(_) => done += 1,
            Err(e @ (AppError::Forbidden(_) | AppError::Conflict(_) | AppError::Locked(_) | AppError::Invalid(_))) => {
                failed.push(format!("value {id}: {e}"))
            }
            Err(e) => return Err(PageError::App(e)),
        }
    }
    let verb = if action == "return" { "Returned" } else { "Approved" };
    let (done, failed) = (format!("{verb} {done} value(s)"), failed.join("; "));
    let mut messages = vec![(Kind::Ok, done.as_str())];
    if !failed.is_empty() {
        messages.push((Kind::Error, failed.as_str()));
    }
    Ok(frame::redirect("/approvals", &messages))
}
