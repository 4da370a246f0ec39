//! `/api/v1/reports`: frozen runs of the annual report to Council. The Secretary-General's office
//! freezes a run for a plan and year, publishes it, and can verify it still rebuilds byte for byte;
//! everyone downloads its files and its zip, Council reviewers only once it is published (an
//! unpublished run is 404 to them, as if it did not exist).

use super::common::{ApiJson, FileBytes};
use super::query::ApiQuery;
use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::models::report_runs::{self as runs, CreateReport, ReportListParams};
use crate::models::restatements::RunRestatements;
use crate::state::AppState;
use crate::views::reports::{RunDetail, RunPage, RunView, Verification};
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use utoipa::OpenApi;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_reports, create_report))
        .routes(routes!(get_report))
        .routes(routes!(get_report_zip))
        .routes(routes!(get_report_language_zip))
        .routes(routes!(get_report_restatements))
        .routes(routes!(publish_report))
        .routes(routes!(verify_report))
        .merge(files())
}

/// The file route takes a path with slashes (`charts/cost-by-goal.svg`), which axum matches with a
/// wildcard (`{*path}`) and OpenAPI writes as a plain parameter (`{path}`): routed and documented apart.
fn files() -> OpenApiRouter<AppState> {
    #[derive(OpenApi)]
    #[openapi(paths(get_report_file, get_report_language_file))]
    struct FileDoc;
    OpenApiRouter::with_openapi(FileDoc::openapi())
        .route(
            "/api/v1/reports/{id}/files/{*path}",
            axum::routing::get(get_report_file),
        )
        .route(
            "/api/v1/reports/{id}/languages/{lang}/files/{*path}",
            axum::routing::get(get_report_language_file),
        )
}

/// `GET /api/v1/reports`: report runs, newest first; Council reviewers see published runs only.
#[utoipa::path(get, path = "/api/v1/reports", tag = "reports", params(ReportListParams),
    responses((status = 200, body = RunPage)))]
pub async fn list_reports(
    actor: Actor,
    State(st): State<AppState>,
    ApiQuery(p): ApiQuery<ReportListParams>,
) -> AppResult<axum::Json<RunPage>> {
    let page = runs::read::list(&st.db, &actor, &p).await?;
    Ok(axum::Json(RunPage {
        items: page.items,
        total: page.total,
        page: page.page,
        per_page: page.per_page,
    }))
}

/// `GET /api/v1/reports/{id}`: one run with its files (download links and sha256) and its manifest.
#[utoipa::path(get, path = "/api/v1/reports/{id}", tag = "reports",
    params(("id" = i32, Path, description = "Run id")),
    responses((status = 200, body = RunDetail)))]
pub async fn get_report(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<axum::Json<RunDetail>> {
    Ok(axum::Json(RunDetail::new(
        runs::read::detail(&st.db, &actor, id).await?,
    )))
}

/// `GET /api/v1/reports/{id}/restatements`: what changed in the run's figures since it was frozen: values
/// of its year revised since (reported → now, quality, who, when, why), values approved late, and
/// framework revisions recorded since with their decisions. The same access as the run: Council
/// reviewers read published runs only (an unpublished run is 404 to them).
#[utoipa::path(get, path = "/api/v1/reports/{id}/restatements", tag = "reports",
    params(("id" = i32, Path, description = "Run id")),
    responses((status = 200, body = RunRestatements), (status = 404, body = Problem)))]
pub async fn get_report_restatements(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<axum::Json<RunRestatements>> {
    Ok(axum::Json(runs::read::restatements(&st.db, &actor, id).await?))
}

/// The media type of a report file.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "csv" => "text/csv; charset=utf-8",
        "json" => "application/json",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// `GET /api/v1/reports/{id}/files/{path}`: one file of a run (`path` may hold slashes, e.g.
/// `tables/indicators.csv`), with its media type and its sha256 as ETag. HTML, PDF, SVG and PNG open in the
/// browser; tables, workbook and manifest download.
#[utoipa::path(get, path = "/api/v1/reports/{id}/files/{path}", tag = "reports",
    params(("id" = i32, Path, description = "Run id"),
        ("path" = String, Path, description = "File path in the report, e.g. `report.html` or `charts/cost-by-goal.svg`")),
    responses((status = 200, description = "The file's bytes, with its media type",
            content((String = "text/html"), (String = "image/svg+xml"), (FileBytes = "image/png"), (String = "text/csv"),
                (Object = "application/json"),
                (FileBytes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                (FileBytes = "application/pdf"),
                (FileBytes = "application/octet-stream")))))]
pub async fn get_report_file(
    actor: Actor,
    State(st): State<AppState>,
    Path((id, path)): Path<(i32, String)>,
) -> AppResult<Response> {
    let f = runs::read::run_file(&st.db, &actor, id, &path).await?;
    Ok(file_response(&path, f))
}

/// `GET /api/v1/reports/{id}/languages/{lang}/files/{path}`: one file of a run in one of its languages,
/// at its path inside that language's report (`report.html`, `tables/indicators.csv`), wherever the
/// language's files sit in the run; the same access, media types and ETag as the run's file route.
#[utoipa::path(get, path = "/api/v1/reports/{id}/languages/{lang}/files/{path}", tag = "reports",
    params(("id" = i32, Path, description = "Run id"),
        ("lang" = String, Path, description = "One of the run's languages: `ar`, `en`, `es`, `fr`, `ru` or `zh`"),
        ("path" = String, Path, description = "File path in that language's report, e.g. `report.html` or `charts/cost-by-goal.svg`")),
    responses((status = 200, description = "The file's bytes, with its media type",
            content((String = "text/html"), (String = "image/svg+xml"), (FileBytes = "image/png"), (String = "text/csv"),
                (Object = "application/json"),
                (FileBytes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                (FileBytes = "application/pdf"),
                (FileBytes = "application/octet-stream"))),
        (status = 404, body = Problem)))]
pub async fn get_report_language_file(
    actor: Actor,
    State(st): State<AppState>,
    Path((id, lang, path)): Path<(i32, String, String)>,
) -> AppResult<Response> {
    let f = runs::read::language_file(&st.db, &actor, (id, &lang), &path).await?;
    Ok(file_response(&path, f))
}

/// A stored file of a run as a download: its media type, inline or attachment, its sha256 as ETag.
fn file_response(path: &str, f: runs::RunFile) -> Response {
    let name = path.rsplit('/').next().unwrap_or(path).to_owned();
    let inline = matches!(path.rsplit('.').next(), Some("html" | "pdf" | "svg" | "png"));
    let disposition = format!("{}; filename=\"{name}\"", if inline { "inline" } else { "attachment" });
    (
        [
            (header::CONTENT_TYPE, content_type(path).to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::ETAG, format!("\"{}\"", f.sha256)),
        ],
        f.content,
    )
        .into_response()
}

/// `GET /api/v1/reports/{id}/zip`: every file of a run in one zip, dated from the run, the same bytes
/// every time.
#[utoipa::path(get, path = "/api/v1/reports/{id}/zip", tag = "reports",
    params(("id" = i32, Path, description = "Run id")),
    responses((status = 200, description = "The run's files as application/zip", content((FileBytes = "application/zip")))))]
pub async fn get_report_zip(actor: Actor, State(st): State<AppState>, Path(id): Path<i32>) -> AppResult<Response> {
    let (bytes, plan, year) = runs::read::zip(&st.db, &actor, id).await?;
    Ok(zip_response(bytes, &format!("report-{plan}-{year}-run-{id}.zip")))
}

/// `GET /api/v1/reports/{id}/languages/{lang}/zip`: the files of a run in one of its languages in one
/// zip, as if the run held that language alone (its own `manifest.json` at the root), dated from the run,
/// the same bytes every time; the same access as the run's zip.
#[utoipa::path(get, path = "/api/v1/reports/{id}/languages/{lang}/zip", tag = "reports",
    params(("id" = i32, Path, description = "Run id"),
        ("lang" = String, Path, description = "One of the run's languages: `ar`, `en`, `es`, `fr`, `ru` or `zh`")),
    responses((status = 200, description = "The language's files as application/zip", content((FileBytes = "application/zip"))),
        (status = 404, body = Problem)))]
pub async fn get_report_language_zip(
    actor: Actor,
    State(st): State<AppState>,
    Path((id, lang)): Path<(i32, String)>,
) -> AppResult<Response> {
    let (bytes, plan, year) = runs::read::language_zip(&st.db, &actor, (id, &lang)).await?;
    Ok(zip_response(
        bytes,
        &format!("report-{plan}-{year}-run-{id}-{lang}.zip"),
    ))
}

/// A zip as a download named `name`.
fn zip_response(bytes: Vec<u8>, name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/zip".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        bytes,
    )
        .into_response()
}

/// `POST /api/v1/reports`: freezes the annual report of a plan for a year, or (`"kind": "assessment"`,
/// no year) its four-year assessment (admin): builds it from the data of now, renders every file, and
/// stores the run with its kind, snapshot, manifest and files. Dates inside the files are the run's
/// creation time.
#[utoipa::path(post, path = "/api/v1/reports", tag = "reports", request_body = CreateReport,
    responses((status = 201, body = RunDetail)))]
pub async fn create_report(
    actor: Actor,
    State(st): State<AppState>,
    ApiJson(body): ApiJson<CreateReport>,
) -> AppResult<Response> {
    crate::limits::enforce(&body)?;
    let run = runs::freeze_report(&st.db, &actor, &body).await?;
    let body = RunDetail::new(runs::read::detail_of(&st.db, &run).await?);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/reports/{}", run.id))],
        axum::Json(body),
    )
        .into_response())
}

/// `POST /api/v1/reports/{id}/publish`: makes a frozen run visible to Council reviewers (admin); 409 if
/// it is published already.
#[utoipa::path(post, path = "/api/v1/reports/{id}/publish", tag = "reports",
    params(("id" = i32, Path, description = "Run id")),
    responses((status = 200, body = RunView), (status = 409, body = Problem)))]
pub async fn publish_report(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<axum::Json<RunView>> {
    let run = runs::publish(&st.db, id, &actor).await?;
    Ok(axum::Json(runs::view(&st.db, &run).await?))
}

/// `POST /api/v1/reports/{id}/verify`: renders the run again from its frozen snapshot and compares
/// every file's sha256 with the one stored when it was frozen (admin).
#[utoipa::path(post, path = "/api/v1/reports/{id}/verify", tag = "reports",
    params(("id" = i32, Path, description = "Run id")),
    responses((status = 200, body = Verification)))]
pub async fn verify_report(
    actor: Actor,
    State(st): State<AppState>,
    Path(id): Path<i32>,
) -> AppResult<axum::Json<Verification>> {
    Ok(axum::Json(runs::verify(&st.db, id, &actor).await?))
}
