//! Data entry for planners: the unit's indicators for the year and the CSV upload of a batch with its
//! row-by-row error report; one indicator's form and its values are in [`super::entry_form`].
//! Everything goes through the measurement use cases the API calls, so validation, access, locks and
//! the audit are the same as for scripts.

use super::dashboard::thousands;
use super::entry_form::{done_to, entry_form, entry_submit, submit_value};
use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::auth::Role;
use crate::error::AppError;
use crate::models::imports::{self, ImportError, RowError};
use crate::models::measurements::worklist::{self, ToEnter};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Multipart, Query, State};
use axum::response::Response;
use axum::routing::{get, post};

/// Routes of the data entry screens.
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

impl EntryRow {
    fn of(t: ToEnter) -> Self {
        EntryRow {
            value: t
                .latest
                .as_ref()
                .map_or_else(|| "—".into(), |m| thousands(m.value.to_decimal())),
            state: t.latest.map_or_else(|| "no value".into(), |m| m.state),
            code: t.indicator.code,
            name: t.indicator.name,
            unit: t.unit,
        }
    }
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

async fn list_page(
    st: &AppState,
    user: &PageUser,
    q: &ContextQuery,
    upload_errors: Vec<RowError>,
) -> PageResult<Response> {
    worklist::may_open_entry(&user.0)?;
    let ctx = context(st, user, "/entry", q).await?;
    let sheet = worklist::to_enter(&st.db, &user.0, &ctx.plan, ctx.year).await?;
    let rows = sheet.rows.into_iter().map(EntryRow::of).collect();
    render(&EntryList {
        plan: ctx.plan.code.clone(),
        year: ctx.year,
        csrf: user.csrf().to_owned(),
        is_admin: user.0.role == Role::Admin,
        lock: sheet.lock,
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
    worklist::may_open_entry(&user.0)?;
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
    let ctx = context(&st, &user, "/entry", &q).await?;
    let opts = imports::Options {
        default_plan: Some(ctx.plan.code.clone()),
        submit,
    };
    match imports::import(st.writer.conn(), Some(&user.0), &bytes, &opts).await {
        Ok(done) => {
            let msg = format!("Imported {} value(s) as {}", done.imported, done.state);
            Ok(done_to("/entry", &ctx.plan.code, Some(ctx.year), msg))
        }
        Err(ImportError::Rows(rows)) => {
            let mut resp = list_page(&st, &user, &q, rows.into_rows()).await?;
            *resp.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(resp)
        }
        Err(e) => Err(PageError::App(AppError::Internal(e.to_string()))),
    }
}
