//! Bulk import of measurements as CSV or an `.xlsx` workbook, and export as CSV.
//!
//! A workbook (told by its content: the zip signature) is read from its sheet `Values` (else its first
//! sheet) with the same columns; a number cell is taken to 15 significant digits, Excel's own precision,
//! a text cell as typed (docs/IMPORTS.md). Import header (first line; comma or semicolon separated, UTF-8 with or without BOM):
//! `plan_code,indicator_code,year,quarter,disaggregation,value,numerator,denominator,quality,narrative,evidence_url`.
//! Required: `indicator_code`, `year`, `value` (the value cell may be empty for a ratio, computed from
//! numerator ÷ denominator); `plan_code` may be left out when `?plan=` names the plan; the others are
//! optional. Instead of `disaggregation` (`sex=female;region=africa`), a file may have one column per
//! dimension (`sex`, `region`) holding value codes. Decimals take a dot; a decimal comma is refused.

use super::common::FileBytes;
use crate::auth::Actor;
use crate::error::{AppError, AppResult, Problem, Said};
use crate::models::exports::{self, EXPORT_STATES};
use crate::models::imports::{self, ImportError, Imported};
use crate::models::measurements::may_enter_data;
use crate::policy::{Action, authorize, sees_unapproved};
use crate::state::AppState;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

/// Routes of this module. Imports may be as large as the server's body limit (16 MiB, about 200,000
/// rows), above axum's default 2 MiB for extracted bodies.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(import_measurements))
        .routes(routes!(export_measurements))
        .layer(DefaultBodyLimit::max(crate::config::MAX_BODY_BYTES))
}

/// Query of an import.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ImportParams {
    /// Plan of rows without a `plan_code` (required when the file has no `plan_code` column).
    pub plan: Option<String>,
    /// Store the rows as submitted for approval instead of drafts.
    pub submit: Option<bool>,
}

/// A multipart upload: the CSV file or `.xlsx` workbook in the `file` part.
#[derive(Debug, utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ImportUpload {
    /// The CSV file or `.xlsx` workbook.
    #[schema(content_media_type = "text/csv", value_type = String)]
    file: Vec<u8>,
}

/// `POST /api/v1/imports/measurements`: import a CSV file or an `.xlsx` workbook of values in one
/// transaction, all or nothing. Each row obeys the rules of a single entry (validation, the planner's
/// own unit, locked years, one value per slot); a row with no entry cell filled is skipped. On any
/// error nothing is stored and the 422 problem lists the bad rows, each as
/// `{"field": "line 3, column value", "reason": …}` (in a workbook `"sheet Values, row 3, column D
/// (value)"`): the first 1,000, then one entry "and N more problem(s) from this line on".
#[utoipa::path(post, path = "/api/v1/imports/measurements", tag = "imports", params(ImportParams),
    request_body(description = "The CSV file (text/csv) or .xlsx workbook as the body, or as the `file` part of a multipart form; the format is told by the content. Header: plan_code (optional with ?plan=), indicator_code, year, quarter, disaggregation or one column per dimension (sex, region), value, numerator, denominator, quality, narrative, evidence_url; the template's indicator_name, unit_of_measure and expected_value are ignored. A workbook is read from its sheet Values (else the first); at most 200,000 rows.",
        content((String = "text/csv"), (FileBytes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (ImportUpload = "multipart/form-data"))),
    responses((status = 201, body = Imported),
        (status = 422, body = Problem, description = "Every bad row with its line, column and reason; nothing stored")))]
pub async fn import_measurements(
    actor: Actor,
    State(st): State<AppState>,
    Query(params): Query<ImportParams>,
    req: Request,
) -> AppResult<(StatusCode, axum::Json<Imported>)> {
    may_enter_data(&actor)?;
    let is_multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let bytes = if is_multipart {
        let mut form = Multipart::from_request(req, &st)
            .await
            .map_err(|e| malformed_multipart(&e))?;
        let mut file = None;
        while let Some(field) = form.next_field().await.map_err(|e| malformed_multipart(&e))? {
            if field.name() == Some("file") {
                file = Some(field.bytes().await.map_err(|e| {
                    AppError::bad_request(Said::new(
                        "problem-bad_request-file-part",
                        [("detail", e.to_string().into())],
                    ))
                })?);
            }
        }
        file.ok_or_else(|| AppError::field("file", Said::new("said-no-file-part", [])))?
    } else {
        axum::body::Bytes::from_request(req, &st)
            .await
            .map_err(|_| AppError::TooLarge(crate::config::MAX_BODY_BYTES))?
    };
    let opts = imports::Options {
        default_plan: params.plan.clone(),
        submit: params.submit.unwrap_or(false),
    };
    match imports::import(st.writer.conn(), Some(&actor), &bytes, &opts).await {
        Ok(done) => Ok((StatusCode::CREATED, axum::Json(done))),
        Err(ImportError::Rows(rows)) => Err(AppError::Invalid(rows.into_fields())),
        Err(ImportError::Db(e)) => Err(e.into()),
        Err(ImportError::Other(e)) => Err(AppError::Internal(e)),
    }
}

/// 400 for a multipart form that cannot be read: the lead in the reader's language, the parser's own
/// words after it as they are.
pub fn malformed_multipart(e: &impl std::fmt::Display) -> AppError {
    AppError::bad_request(Said::new(
        "problem-bad_request-multipart",
        [("detail", e.to_string().into())],
    ))
}

/// Query of an export.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// Plan code (all plans when absent).
    pub plan: Option<String>,
    /// Year (all years when absent).
    pub year: Option<i32>,
    /// approved (default), submitted, draft, returned, or current (the latest revision of every slot).
    /// Reviewers may export approved values only.
    pub state: Option<String>,
}

/// `GET /api/v1/exports/measurements`: the selected values as CSV (text/csv) with exactly the columns
/// the import takes, ordered by plan, indicator, year, quarter and disaggregation.
#[utoipa::path(get, path = "/api/v1/exports/measurements", tag = "imports", params(ExportParams),
    responses((status = 200, content_type = "text/csv", body = String), (status = 400, body = Problem, description = "A query parameter cannot be read"),
        (status = 403, body = Problem, description = "A reviewer asking for values that are not approved")))]
pub async fn export_measurements(
    actor: Actor,
    State(st): State<AppState>,
    Query(p): Query<ExportParams>,
) -> AppResult<Response> {
    authorize(&actor, Action::Read)?;
    let state = p.state.clone().unwrap_or_else(|| "approved".into());
    if !EXPORT_STATES.contains(&state.as_str()) {
        return Err(AppError::field("state", Said::not_one_of(&state, EXPORT_STATES)));
    }
    if state != "approved" && !sees_unapproved(&actor) {
        authorize(&actor, Action::ReadUnapproved)?;
    }
    let filter = exports::Filter {
        plan: p.plan.clone(),
        year: p.year,
        state,
    };
    let body = exports::export_csv(&st.db, &filter).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"measurements.csv\""),
        ],
        body,
    )
        .into_response())
}
