//! The reports page: past runs of the annual report with their status, who froze and published them
//! and when, download links for every file and the zip; the Secretary-General's office freezes a run
//! for the plan and year being viewed and publishes it. Council reviewers see published runs only.
//! Anyone may download a preview built from the approved data of now (not frozen, run id `preview`).

use super::{ContextQuery, Layout, PageError, PageResult, PageUser, context, render};
use crate::auth::Role;
use crate::entities::{plans, report_runs};
use crate::error::AppError;
use crate::models::{report_input, report_runs as runs};
use crate::policy::{Action, authorize, sees_unapproved};
use crate::state::AppState;
use crate::views::reports::RunView;
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reports", get(reports_page).post(freeze))
        .route("/reports/preview", get(preview))
        .route("/reports/{id}/publish", post(publish))
}

/// One file link.
pub struct FileLink {
    path: String,
    href: String,
    size: String,
}

/// One run as the page lists it.
pub struct RunRow {
    run: RunView,
    short_snapshot: String,
    files: Vec<FileLink>,
}

#[derive(Template)]
#[template(path = "reports.html")]
struct ReportsPage {
    layout: Layout,
    plan: String,
    year: i32,
    is_admin: bool,
    sees_frozen: bool,
    csrf: String,
    runs: Vec<RunRow>,
}

fn size(bytes: i64) -> String {
    match bytes {
        b if b >= 1_000_000 => format!("{:.1} MB", b as f64 / 1e6),
        b if b >= 1_000 => format!("{} kB", b / 1_000),
        b => format!("{b} B"),
    }
}

async fn reports_page(
    State(st): State<AppState>,
    user: PageUser,
    Query(q): Query<ContextQuery>,
) -> PageResult<Response> {
    authorize(&user.0, Action::Read)?;
    let ctx = context(&st.db, &user, "/reports", &q).await?;
    let mut select = runs::summaries().order_by_desc(report_runs::Column::Id);
    if !sees_unapproved(&user.0) {
        select = select.filter(report_runs::Column::Status.eq("published"));
    }
    let list = select.into_model::<runs::RunSummary>().all(&st.db).await?;
    let views = runs::views(&st.db, &list).await?;
    let mut rows = Vec::with_capacity(views.len());
    for run in views {
        let files = runs::file_list(&st.db, run.id)
            .await?
            .into_iter()
            .map(|(path, _, bytes)| FileLink {
                href: format!("/api/v1/reports/{}/files/{path}", run.id),
                path,
                size: size(bytes),
            })
            .collect();
        rows.push(RunRow {
            short_snapshot: run.snapshot_id.chars().take(12).collect(),
            files,
            run,
        });
    }
    render(&ReportsPage {
        plan: ctx.plan.code.clone(),
        year: ctx.year,
        is_admin: user.0.role == Role::Admin,
        sees_frozen: sees_unapproved(&user.0),
        csrf: user.csrf().to_owned(),
        runs: rows,
        layout: ctx.layout,
    })
}

/// Back to the reports page with a message, keeping the plan and year the form was sent for (if any).
fn back(kind: &str, text: &str, viewing: Option<(&str, i32)>) -> Response {
    let mut pairs = vec![(kind, text.to_owned())];
    if let Some((plan, year)) = viewing {
        pairs.extend([("plan", plan.to_owned()), ("year", year.to_string())]);
    }
    let q = serde_urlencoded::to_string(pairs).unwrap_or_default();
    Redirect::to(&format!("/reports?{q}")).into_response()
}

#[derive(Debug, Deserialize)]
struct FreezeForm {
    csrf: String,
    plan: String,
    year: i32,
}

async fn freeze(State(st): State<AppState>, user: PageUser, Form(f): Form<FreezeForm>) -> PageResult<Response> {
    user.check_csrf(&f.csrf)?;
    authorize(&user.0, Action::Administer)?;
    let Some(plan) = plans::Entity::find()
        .filter(plans::Column::Code.eq(&f.plan))
        .one(&st.db)
        .await?
    else {
        return Ok(back("error", &format!("There is no plan {}.", f.plan), None));
    };
    if !(plan.start_year..=plan.end_year).contains(&f.year) {
        return Ok(back(
            "error",
            &format!(
                "{} is outside plan {} ({}-{}).",
                f.year, plan.code, plan.start_year, plan.end_year
            ),
            Some((&plan.code, plan.start_year.max(f.year.min(plan.end_year)))),
        ));
    }
    let code = plan.code.clone();
    let run = runs::freeze(&st.db, plan, f.year, &user.0).await?;
    Ok(back(
        "ok",
        &format!(
            "Report run {} for {} was frozen. Publish it to make it visible to Council.",
            run.id, f.year
        ),
        Some((&code, f.year)),
    ))
}

#[derive(Debug, Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn publish(
    State(st): State<AppState>,
    user: PageUser,
    Path(id): Path<i32>,
    Form(f): Form<CsrfForm>,
) -> PageResult<Response> {
    user.check_csrf(&f.csrf)?;
    authorize(&user.0, Action::Administer)?;
    match runs::publish(&st.db, id, &user.0).await {
        Ok(run) => {
            let plan = plans::Entity::find_by_id(run.plan_id).one(&st.db).await?;
            Ok(back(
                "ok",
                &format!("Report run {} is published to Council.", run.id),
                plan.as_ref().map(|p| (p.code.as_str(), run.year)),
            ))
        }
        Err(AppError::Conflict(msg)) => Ok(back("error", &msg, None)),
        Err(e) => Err(PageError::App(e)),
    }
}

/// `GET /reports/preview?plan=&year=`: the report of the plan and year built from the approved data of
/// now, as a zip (nothing is stored).
async fn preview(State(st): State<AppState>, user: PageUser, Query(q): Query<ContextQuery>) -> PageResult<Response> {
    authorize(&user.0, Action::Read)?;
    let ctx = context(&st.db, &user, "/reports", &q).await?;
    let code = ctx.plan.code.clone();
    let built = report_input::build(&st.db, ctx.plan, ctx.year, &mut |_| {}).await?;
    let at = built.latest_change.0.unwrap_or_default();
    let (_, report) = runs::render(built.for_run("preview", at)).await?;
    let zip = report
        .to_zip()
        .map_err(|e| AppError::Internal(format!("preview zip: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"report-{code}-{}-preview.zip\"", ctx.year),
            ),
        ],
        zip,
    )
        .into_response())
}
