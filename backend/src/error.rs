//! The one error type of the HTTP layer: every 4xx is an RFC 9457 problem document with a stable
//! code; every 5xx is logged once and says nothing internal.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// One invalid field of a request.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct FieldError {
    /// The field, e.g. `value` or `rows[3].year`.
    pub field: String,
    /// What is wrong with it.
    pub reason: String,
}

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// 404: the named thing does not exist.
    #[error("{0} not found")]
    NotFound(String),
    /// 400/422: the request is invalid; every bad field is named.
    #[error("the request is invalid")]
    Invalid(Vec<FieldError>),
    /// 400: a malformed request (bad JSON, bad query string).
    #[error("{0}")]
    BadRequest(String),
    /// 409: the resource changed since the client read it, or a uniqueness rule was hit.
    #[error("{0}")]
    Conflict(String),
    /// 412: the `If-Match` version is not the current one.
    #[error("{0}")]
    PreconditionFailed(String),
    /// 423: the reporting period is locked; says which lock and since when.
    #[error("{0}")]
    Locked(String),
    /// 415: the body is not of the media type the route reads (e.g. JSON without
    /// `Content-Type: application/json`).
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// 413: the request body is too large.
    #[error("the request body is larger than {0} bytes")]
    TooLarge(usize),
    /// 429: too many failed logins.
    #[error("{0}")]
    Throttled(String),
    /// 401: not logged in.
    #[error("authentication required")]
    Unauthenticated,
    /// 403: logged in but not allowed.
    #[error("{0}")]
    Forbidden(String),
    /// 500: anything unexpected; logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// One invalid field.
    pub fn field(field: impl Into<String>, reason: impl Into<String>) -> Self {
        AppError::Invalid(vec![FieldError {
            field: field.into(),
            reason: reason.into(),
        }])
    }

    /// The HTTP status and the stable problem code.
    pub fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            AppError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            AppError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "validation_failed"),
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            AppError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            AppError::PreconditionFailed(_) => (StatusCode::PRECONDITION_FAILED, "version_mismatch"),
            AppError::Locked(_) => (StatusCode::LOCKED, "period_locked"),
            AppError::TooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            AppError::UnsupportedMediaType(_) => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
            AppError::Throttled(_) => (StatusCode::TOO_MANY_REQUESTS, "throttled"),
            AppError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated"),
            AppError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

/// The RFC 9457 problem document.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A URI naming the problem type (`about:blank` style, stable per code).
    #[serde(rename = "type")]
    pub type_: String,
    /// Short summary.
    pub title: String,
    /// HTTP status.
    pub status: u16,
    /// Human explanation of this occurrence.
    pub detail: String,
    /// Stable machine-readable code.
    pub code: String,
    /// Every invalid field, for validation problems.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let detail = match &self {
            AppError::Internal(msg) => {
                tracing::error!(error = %msg, "Request failed with an internal error.");
                "something went wrong on the server; it has been logged".to_owned()
            }
            other => other.to_string(),
        };
        let errors = match self {
            AppError::Invalid(e) => e,
            _ => Vec::new(),
        };
        let body = Problem {
            type_: format!("/problems/{code}"),
            title: status.canonical_reason().unwrap_or("error").to_owned(),
            status: status.as_u16(),
            detail,
            code: code.to_owned(),
            errors,
        };
        (
            status,
            [(header::CONTENT_TYPE, "application/problem+json")],
            serde_json::to_vec(&body).unwrap_or_default(),
        )
            .into_response()
    }
}

impl From<sea_orm::DbErr> for AppError {
    fn from(e: sea_orm::DbErr) -> Self {
        match e.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
                AppError::Conflict("a record with the same natural key already exists".into())
            }
            Some(sea_orm::SqlErr::ForeignKeyConstraintViolation(_)) => {
                AppError::Conflict("the record is referenced by, or references, a record that does not allow it".into())
            }
            _ => match e {
                sea_orm::DbErr::RecordNotFound(what) => AppError::NotFound(what),
                other => AppError::Internal(other.to_string()),
            },
        }
    }
}

/// Result of a handler.
pub type AppResult<T> = Result<T, AppError>;
