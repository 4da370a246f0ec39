//! The reporting periods of a plan: every year with its lock and every lock exception. The office locks
//! and unlocks a year with a note, grants one org unit an exception until a moment and revokes it,
//! through the same use cases as the API (so the rules and the audit are the same); everyone else reads
//! the page, so a planner sees until when their unit may still write in a locked year.

use super::forms::{CsrfForm, Refusal};
use super::frame;
use super::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::auth::Role;
use crate::error::AppError;
use crate::language;
use crate::models::patching::Claim;
use crate::models::periods::exceptions::{self, ExceptionState, GrantException, RevokeException};
use crate::models::periods::{self, LockChange, rfc3339};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/periods", get(periods_page))
        .route("/periods/lock", post(lock))
        .route("/periods/unlock", post(unlock))
        .route("/periods/exceptions", post(grant))
        .route("/periods/exceptions/{id}/revoke", post(revoke))
}

/// One year of the plan as the page shows it.
struct YearRow {
    year: i32,
    locked: bool,
    since: String,
    by: String,
    note: String,
    version: i32,
}

/// One exception as the page shows it.
struct ExceptionRow {
    id: i32,
    year: i32,
    unit: String,
    until: String,
    state: &'static str,
    active: bool,
    granted: String,
    note: String,
    revoked: String,
}

#[derive(Template)]
#[template(path = "periods.html")]
struct PeriodsPage {
    layout: Layout,
    csrf: String,
    is_admin: bool,
    plan: String,
    years: Vec<YearRow>,
    exceptions: Vec<ExceptionRow>,
    /// Whether any exception is active (the revoke section is shown only then).
    any_active: bool,
    units: Vec<String>,
}

async fn periods_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/periods", &q).await?;
    let o = periods::overview(&st.db, &user.0, &ctx.plan.code).await?;
    let years = o
        .years
        .into_iter()
        .map(|(year, row, by)| YearRow {
            year,
            locked: row.as_ref().is_some_and(|r| r.status == "locked"),
            since: row
                .as_ref()
                .and_then(|r| r.locked_at.as_ref())
                .map(rfc3339)
                .unwrap_or_default(),
            by: by.unwrap_or_default(),
            note: row.as_ref().map(|r| r.lock_note.clone()).unwrap_or_default(),
            version: row.as_ref().map_or(1, |r| r.version),
        })
        .collect();
    let exceptions = o
        .exceptions
        .into_iter()
        .map(|g| {
            let r = &g.row;
            let unrecorded = || language::text("periods-unrecorded-user");
            let revoked = match &r.revoked_at {
                Some(at) => language::text_with(
                    "periods-revoked-by",
                    &[
                        ("at", rfc3339(at).into()),
                        ("who", g.revoked_by.clone().unwrap_or_else(unrecorded).into()),
                        ("note", r.revoke_note.as_str().into()),
                    ],
                ),
                None => String::new(),
            };
            ExceptionRow {
                id: r.id,
                year: r.year,
                unit: g.unit.clone(),
                until: rfc3339(&r.until),
                state: g.state.as_str(),
                active: g.state == ExceptionState::Active,
                granted: language::text_with(
                    "periods-granted-by",
                    &[
                        ("at", rfc3339(&r.granted_at).into()),
                        ("who", g.granted_by.clone().unwrap_or_else(unrecorded).into()),
                    ],
                ),
                note: r.note.clone(),
                revoked,
            }
        })
        .collect::<Vec<ExceptionRow>>();
    render(&PeriodsPage {
        any_active: exceptions.iter().any(|e| e.active),
        csrf: user.csrf().to_owned(),
        is_admin: user.0.role == Role::Admin,
        plan: o.plan.code,
        years,
        exceptions,
        units: o.units,
        layout: ctx.layout.translated(),
    })
}

/// The page of `plan`, showing `year`.
fn page_of(plan: &str, year: &str) -> String {
    let qs = serde_urlencoded::to_string([("plan", plan), ("year", year)]).unwrap_or_default();
    format!("/periods?{qs}")
}

/// Back to the page with what was refused; a refusal of the right itself is the 403 page.
pub(super) fn refused(to: &str, what: &str, e: AppError) -> PageResult<Response> {
    Ok(frame::refused(to, &format!("{what}: {}", Refusal::of(e)?.said())))
}

/// A year (from a form field): a text that is no year is named like any other bad field.
fn year_of(text: &str) -> Result<i32, AppError> {
    text.trim().parse().map_err(|_| {
        AppError::field(
            "year",
            crate::error::Said::new(
                "said-not-a-year-quoted",
                [("sent", format!("{:?}", text.trim()).into())],
            ),
        )
    })
}

/// The lock and unlock forms.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct LockForm {
    plan: String,
    year: String,
    note: String,
    version: String,
}

async fn lock(State(st): State<AppState>, user: PageUser, CsrfForm(f): CsrfForm<LockForm>) -> PageResult<Response> {
    set_lock(&st, &user, f, true).await
}

async fn unlock(State(st): State<AppState>, user: PageUser, CsrfForm(f): CsrfForm<LockForm>) -> PageResult<Response> {
    set_lock(&st, &user, f, false).await
}

async fn set_lock(st: &AppState, user: &PageUser, f: LockForm, lock: bool) -> PageResult<Response> {
    let to = page_of(&f.plan, &f.year);
    let what = &language::text(if lock {
        "periods-not-locked"
    } else {
        "periods-not-unlocked"
    });
    let year = match year_of(&f.year) {
        Ok(y) => y,
        Err(e) => return refused(&to, what, e),
    };
    let change = LockChange {
        note: f.note,
        version: f.version.trim().parse().ok(),
    };
    let claim = Claim::new(None, change.version);
    match periods::change(&st.writer, &user.0, (&f.plan, year), claim, &change, lock).await {
        Ok((plan, _)) => {
            let key = if lock {
                "periods-locked-done"
            } else {
                "periods-unlocked-done"
            };
            let args = [("year", year.into()), ("plan", plan.code.as_str().into())];
            Ok(frame::done(&to, &language::text_with(key, &args)))
        }
        Err(e) => refused(&to, what, e),
    }
}

/// The form granting an exception.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct GrantForm {
    plan: String,
    year: String,
    unit: String,
    until: String,
    note: String,
}

async fn grant(State(st): State<AppState>, user: PageUser, CsrfForm(f): CsrfForm<GrantForm>) -> PageResult<Response> {
    let to = page_of(&f.plan, &f.year);
    let what = &language::text("periods-not-granted");
    let year = match year_of(&f.year) {
        Ok(y) => y,
        Err(e) => return refused(&to, what, e),
    };
    let body = GrantException {
        unit: f.unit,
        until: f.until,
        note: f.note,
    };
    match exceptions::grant(&st.writer, &user.0, (&f.plan, year), &body).await {
        Ok((plan, g)) => Ok(frame::done(
            &to,
            &language::text_with(
                "periods-granted",
                &[
                    ("unit", g.unit.as_str().into()),
                    ("year", year.into()),
                    ("plan", plan.code.as_str().into()),
                    ("until", rfc3339(&g.row.until).into()),
                ],
            ),
        )),
        Err(e) => refused(&to, what, e),
    }
}

/// The form revoking an exception.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RevokeForm {
    plan: String,
    year: String,
    note: String,
}

async fn revoke(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    CsrfForm(f): CsrfForm<RevokeForm>,
) -> PageResult<Response> {
    let to = page_of(&f.plan, &f.year);
    let what = &language::text("periods-not-revoked");
    let year = match year_of(&f.year) {
        Ok(y) => y,
        Err(e) => return refused(&to, what, e),
    };
    let body = RevokeException {
        note: f.note,
        version: None,
    };
    match exceptions::revoke(&st.writer, &user.0, (&f.plan, year, id), Claim::new(None, None), &body).await {
        Ok((plan, g)) => Ok(frame::done(
            &to,
            &language::text_with(
                "periods-revoked",
                &[
                    ("unit", g.unit.as_str().into()),
                    ("year", year.into()),
                    ("plan", plan.code.as_str().into()),
                ],
            ),
        )),
        Err(e) => refused(&to, what, e),
    }
}
