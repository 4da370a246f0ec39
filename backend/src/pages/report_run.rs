//! One report run on its own page: what was frozen and when, its main files, and the questions from
//! Council about it, with the form to ask one once the run is published. Council reviewers see published
//! runs only (an unpublished run is not found for them, as in the API).

use crate::models::report_runs::{self as runs, RunView};
use crate::pages::questions::Panel;
use crate::pages::{ContextQuery, Layout, PageResult, PageUser, context, render};
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/reports/{id}", get(run_page))
}

#[derive(Template)]
#[template(path = "report_run.html")]
struct RunPage {
    layout: Layout,
    run: RunView,
    files: usize,
    questions: Panel,
}

async fn run_page(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    let ctx = context(&st, &user, "/reports", &q).await?;
    let detail = runs::read::detail(&st.db, &user.0, id).await?;
    let mut questions = Panel::load(
        &st.db,
        &user,
        &detail.run.plan,
        None,
        Some(id),
        format!("/reports/{id}"),
    )
    .await?;
    questions.may_ask &= detail.run.status == "published";
    render(&RunPage {
        files: detail.files.len(),
        run: detail.run,
        questions,
        layout: ctx.layout,
    })
}
