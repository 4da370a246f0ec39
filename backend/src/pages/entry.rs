//! Data entry for planners: the entry grid of the unit's indicators for a year ([`grid`]: several values
//! typed, saved as drafts and submitted at once), one value's page with its corrections and history
//! ([`value`]), the CSV upload of a batch with its row-by-row error report; one indicator's form (for
//! breakdowns by sex or region) is in [`super::entry_form`]. Everything goes through the measurement
//! use cases the API calls, so validation, access, locks and the audit are the same as for scripts.

mod grid;
mod value;

use super::entry_form::{done_to, entry_form, entry_submit, submit_value};
use super::{ContextQuery, PageError, PageResult, PageUser, context};
use crate::error::AppError;
use crate::models::imports::{self, ImportError, RowError};
use crate::models::measurements::grid::GridParams;
use crate::models::measurements::worklist;
use crate::state::AppState;
use axum::Router;
use axum::extract::{Multipart, Query, State};
use axum::response::Response;
use axum::routing::{get, post};

/// Routes of the data entry screens.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/entry", get(grid::entry_grid).post(grid::save_grid))
        .route("/entry/upload", post(upload))
        .route("/entry/{code}", get(entry_form).post(entry_submit))
        .route("/entry/values/{id}", get(value::value_page).post(value::edit_value))
        .route("/entry/values/{id}/revise", post(value::revise_value))
        .route("/entry/values/{id}/submit", post(submit_value))
}

async fn upload(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
    Query(gp): Query<GridParams>,
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
        let missing = vec![RowError::new(
            0,
            "file",
            crate::error::Said::new("said-no-file-chosen", []),
        )];
        return grid::grid_page(&st, &user, &q, &gp, grid::Sent::upload(missing)).await;
    };
    let ctx = context(&st, &user, "/entry", &q).await?;
    let opts = imports::Options {
        default_plan: Some(ctx.plan.code.clone()),
        submit,
    };
    match imports::import(st.writer.conn(), Some(&user.0), &bytes, &opts).await {
        Ok(done) => {
            let state = crate::language::text(&format!("state-{}", done.state));
            let msg = crate::language::text_with(
                "entry-imported",
                &[("count", done.imported.into()), ("state", state.into())],
            );
            Ok(done_to("/entry", &ctx.plan.code, Some(ctx.year), msg))
        }
        Err(ImportError::Rows(rows)) => {
            let mut resp = grid::grid_page(&st, &user, &q, &gp, grid::Sent::upload(rows.into_rows())).await?;
            *resp.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(resp)
        }
        Err(e) => Err(PageError::App(AppError::Internal(e.to_string()))),
    }
}
