//! The framework of a plan as a workbook: download it as `.xlsx` (a sheet per table) or as a zip of CSV
//! files in the seed's format, and upload a changed workbook to check (dry run) or apply it (admin).

use super::common::FileBytes;
use crate::auth::Actor;
use crate::error::{AppError, AppResult, Problem, Said};
use crate::models::framework_workbook::{self, Applied, Decided};
use crate::state::AppState;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Query, Request, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::collections::HashMap;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module; an upload may be as large as the server's body limit.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_framework_xlsx))
        .routes(routes!(get_framework_zip))
        .routes(routes!(upload_framework))
        .layer(DefaultBodyLimit::max(crate::config::MAX_BODY_BYTES))
}

fn download(content_type: &'static str, name: String, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        bytes,
    )
        .into_response()
}

/// `GET /api/v1/plans/{plan}/framework.xlsx`: the plan's framework as one workbook, a sheet per table
/// (result_nodes, contribution_links, dimensions, indicators, milestones, mandates, mandate_links,
/// budget_allocations, risks) with the seed files' columns, every cell text.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/framework.xlsx", tag = "framework",
    params(("plan" = String, Path, description = "Plan code")),
    responses((status = 200, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body = FileBytes)))]
pub async fn get_framework_xlsx(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
) -> AppResult<Response> {
    let bytes = framework_workbook::workbook(&st.db, &actor, &plan).await?;
    Ok(download(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        format!("framework-{plan}.xlsx"),
        bytes,
    ))
}

/// `GET /api/v1/plans/{plan}/framework.zip`: the same tables as CSV files in the seed's format
/// (`result_nodes.csv` …), which `stratrack seed` reads.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/framework.zip", tag = "framework",
    params(("plan" = String, Path, description = "Plan code")),
    responses((status = 200, content_type = "application/zip", body = FileBytes)))]
pub async fn get_framework_zip(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
) -> AppResult<Response> {
    let bytes = framework_workbook::csv_zip(&st.db, &actor, &plan).await?;
    Ok(download("application/zip", format!("framework-{plan}.zip"), bytes))
}

/// Query of an upload.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UploadParams {
    /// `true` applies the changes; absent or `false` is a dry run that stores nothing.
    pub confirm: Option<bool>,
}

/// A multipart upload: the workbook in `file`, and the decision behind revised figures.
#[derive(Debug, utoipa::ToSchema)]
#[allow(dead_code)]
pub struct FrameworkUpload {
    /// The changed framework workbook (.xlsx).
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// Date of the decision (YYYY-MM-DD); with the four below, needed when a change is a revision.
    decided_on: Option<String>,
    /// Body that decided.
    deciding_body: Option<String>,
    /// The decision's reference.
    reference: Option<String>,
    /// methodology, data_availability, mandate_change, error_correction, external_shock or other.
    reason_category: Option<String>,
    /// Why the values changed.
    justification: Option<String>,
}

/// `POST /api/v1/plans/{plan}/framework`: upload a changed framework workbook (admin). Without
/// `?confirm=true` a dry run: every change is listed, those that are framework revisions marked, and
/// nothing is stored. With it, the same file is applied in one transaction, all or nothing; a revision
/// then needs the decision fields. Every problem is named by sheet, row and column (422).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/framework", tag = "framework",
    params(("plan" = String, Path, description = "Plan code"), UploadParams),
    request_body(description = "The workbook as the body, or as the `file` part of a multipart form with the decision fields.",
        content((FileBytes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (FrameworkUpload = "multipart/form-data"))),
    responses((status = 200, body = Applied),
        (status = 422, body = Problem, description = "Every bad cell by sheet, row and column; nothing stored")))]
pub async fn upload_framework(
    actor: Actor,
    State(st): State<AppState>,
    Path(plan): Path<String>,
    Query(q): Query<UploadParams>,
    req: Request,
) -> AppResult<axum::Json<Applied>> {
    crate::policy::authorize(&actor, crate::policy::Action::Administer)?;
    let is_multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let mut fields = HashMap::new();
    let bytes = if is_multipart {
        let bad = |e: axum::extract::multipart::MultipartError| super::imports::malformed_multipart(&e);
        let mut form = Multipart::from_request(req, &st)
            .await
            .map_err(|e| super::imports::malformed_multipart(&e))?;
        let mut file = None;
        while let Some(field) = form.next_field().await.map_err(bad)? {
            let name = field.name().unwrap_or_default().to_owned();
            if name == "file" {
                file = Some(field.bytes().await.map_err(bad)?);
            } else {
                fields.insert(name, field.text().await.map_err(bad)?);
            }
        }
        file.ok_or_else(|| AppError::field("file", Said::new("said-no-file-part", [])))?
    } else {
        axum::body::Bytes::from_request(req, &st)
            .await
            .map_err(|_| AppError::TooLarge(crate::config::MAX_BODY_BYTES))?
    };
    let decided = Decided {
        confirm: q.confirm.unwrap_or(false),
        decision: framework_workbook::decision_from(&fields)?,
    };
    Ok(axum::Json(
        framework_workbook::upload(st.writer.conn(), &actor, &plan, &bytes, decided).await?,
    ))
}
