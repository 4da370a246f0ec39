//! Reading report runs: the list, one run with its files and manifest, one file, the whole run as zip.

use super::visible_run;
use crate::api::query::ApiQuery;
use crate::auth::Actor;
use crate::entities::{plans, report_runs};
use crate::error::{AppError, AppResult, FieldError, Problem};
use crate::models::report_runs::{self as runs, RunSummary};
use crate::policy::{Action, authorize, sees_unapproved};
use crate::state::AppState;
use crate::views::reports::{RunDetail, RunFileView, RunView};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};

/// Filters and paging of the run list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReportListParams {
    /// Only runs of this plan (code).
    pub plan: Option<String>,
    /// Only runs for this year.
    pub year: Option<i32>,
    /// Only `frozen` or only `published` runs.
    pub status: Option<String>,
    /// Page number, 1..=1,000,000.
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// `id`, `year`, `created_at` or `status`, `-` for descending; default `-id` (newest first).
    pub sort: Option<String>,
}

/// One page of runs.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RunPage {
    /// The runs of this page.
    pub items: Vec<RunView>,
    /// Runs across all pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
}

/// `GET /api/v1/reports`: report runs, newest first; Council reviewers see published runs only.
#[utoipa::path(get, path = "/api/v1/reports", tag = "reports", params(ReportListParams),
    responses((status = 200, body = RunPage), (status = 401, body = Problem), (status = 422, body = Problem)))]
pub async fn list_reports(
    actor: Actor,
    State(st): State<AppState>,
    ApiQuery(p): ApiQuery<ReportListParams>,
) -> AppResult<axum::Json<RunPage>> {
    authorize(&actor, Action::Read)?;
    let (page, per_page) = crate::api::common::PageParams {
        page: p.page,
        per_page: p.per_page,
        sort: None,
    }
    .resolve()?;
    let mut errs = Vec::new();
    let mut q = runs::summaries();
    if let Some(code) = &p.plan {
        match plans::Entity::find()
            .filter(plans::Column::Code.eq(code))
            .one(&st.db)
            .await?
        {
            Some(plan) => q = q.filter(report_runs::Column::PlanId.eq(plan.id)),
            None => errs.push(FieldError {
                field: "plan".into(),
                reason: format!("no plan has the code {code}"),
            }),
        }
    }
    if let Some(y) = p.year {
        q = q.filter(report_runs::Column::Year.eq(y));
    }
    match p.status.as_deref() {
        None => {}
        Some(s @ ("frozen" | "published")) => q = q.filter(report_runs::Column::Status.eq(s)),
        Some(_) => errs.push(FieldError {
            field: "status".into(),
            reason: "must be frozen or published".into(),
        }),
    }
    if !sees_unapproved(&actor) {
        q = q.filter(report_runs::Column::Status.eq("published"));
    }
    let sort = p.sort.as_deref().unwrap_or("-id");
    let (desc, name) = sort.strip_prefix('-').map_or((false, sort), |n| (true, n));
    let col = match name {
        "id" => Some(report_runs::Column::Id),
        "year" => Some(report_runs::Column::Year),
        "created_at" => Some(report_runs::Column::CreatedAt),
        "status" => Some(report_runs::Column::Status),
        _ => None,
    };
    match col {
        Some(c) if desc => q = q.order_by_desc(c),
        Some(c) => q = q.order_by_asc(c),
        None => errs.push(FieldError {
            field: "sort".into(),
            reason: format!("`{name}` is not a sortable field"),
        }),
    }
    if !errs.is_empty() {
        return Err(AppError::Invalid(errs));
    }
    let pages = q
        .order_by_desc(report_runs::Column::Id)
        .into_model::<RunSummary>()
        .paginate(&st.db, per_page);
    let total = pages.num_items().await?;
    let rows = pages.fetch_page(page - 1).await?;
    Ok(axum::Json(RunPage {
        items: runs::views(&st.db, &rows).await?,
        total,
        page,
        per_page,
    }))
}

/// `GET /api/v1/reports/{id}`: one run with its files (download links and sha256) and its manifest.
#[utoipa::path(get, path = "/api/v1/reports/{id}", tag = "reports",
    params(("id" = i32, Path, description = "Run id")),
    responses((status = 200, body = RunDetail), (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_report(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<axum::Json<RunDetail>> {
    authorize(&actor, Action::Read)?;
    let run = visible_run(&st.db, &actor, id).await?;
    Ok(axum::Json(detail(&st.db, &run).await?))
}

/// The run with its files and manifest.
pub async fn detail(db: &impl sea_orm::ConnectionTrait, run: &RunSummary) -> AppResult<RunDetail> {
    let files = runs::file_list(db, run.id)
        .await?
        .into_iter()
        .map(|(path, sha256, bytes)| RunFileView {
            href: format!("/api/v1/reports/{}/files/{path}", run.id),
            path,
            bytes,
            sha256,
        })
        .collect();
    let manifest = match runs::file(db, run.id, stratrack_reports::manifest::MANIFEST).await? {
        Some(f) => serde_json::from_slice(&f.content).unwrap_or(serde_json::Value::Null),
        None => serde_json::Value::Null,
    };
    Ok(RunDetail {
        run: runs::view(db, run).await?,
        files,
        manifest,
    })
}

/// The bytes of a file as sent, for the OpenAPI document.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
#[allow(dead_code)]
pub struct FileBytes(Vec<u8>);

/// The media type of a report file.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "csv" => "text/csv; charset=utf-8",
        "json" => "application/json",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    }
}

/// `GET /api/v1/reports/{id}/files/{path}`: one file of a run (`path` may hold slashes, e.g.
/// `tables/indicators.csv`), with its media type and its sha256 as ETag. HTML, SVG and PNG open in the
/// browser; tables, workbook and manifest download.
#[utoipa::path(get, path = "/api/v1/reports/{id}/files/{path}", tag = "reports",
    params(("id" = i32, Path, description = "Run id"),
        ("path" = String, Path, description = "File path in the report, e.g. `report.html` or `charts/cost-by-goal.svg`")),
    responses((status = 200, description = "The file's bytes, with its media type",
            content((String = "text/html"), (String = "image/svg+xml"), (FileBytes = "image/png"), (String = "text/csv"),
                (Object = "application/json"),
                (FileBytes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                (FileBytes = "application/octet-stream"))),
        (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_report_file(
    actor: Actor,
    State(st): State<AppState>,
    Path((id, path)): Path<(i32, String)>,
) -> AppResult<Response> {
    authorize(&actor, Action::Read)?;
    visible_run(&st.db, &actor, id).await?;
    let f = runs::file(&st.db, id, &path)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("file {path} of report run {id}")))?;
    let name = path.rsplit('/').next().unwrap_or(&path).to_owned();
    let inline = matches!(path.rsplit('.').next(), Some("html" | "svg" | "png"));
    let disposition = format!("{}; filename=\"{name}\"", if inline { "inline" } else { "attachment" });
    Ok((
        [
            (header::CONTENT_TYPE, content_type(&path).to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::ETAG, format!("\"{}\"", f.sha256)),
        ],
        f.content,
    )
        .into_response())
}

/// `GET /api/v1/reports/{id}/zip`: every file of a run in one zip, dated from the run, the same bytes
/// every time.
#[utoipa::path(get, path = "/api/v1/reports/{id}/zip", tag = "reports",
    params(("id" = i32, Path, description = "Run id")),
    responses((status = 200, description = "The run's files as application/zip", content((FileBytes = "application/zip"))),
        (status = 401, body = Problem), (status = 404, body = Problem)))]
pub async fn get_report_zip(actor: Actor, State(st): State<AppState>, Path(id): Path<i32>) -> AppResult<Response> {
    authorize(&actor, Action::Read)?;
    let run = visible_run(&st.db, &actor, id).await?;
    let report = runs::stored_report(&st.db, id).await?;
    let bytes = report
        .to_zip()
        .map_err(|e| AppError::Internal(format!("zip of run {id}: {e}")))?;
    let plan = runs::view(&st.db, &run).await?.plan;
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"report-{plan}-{}-run-{id}.zip\"", run.year),
            ),
        ],
        bytes,
    )
        .into_response())
}
