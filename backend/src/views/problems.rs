//! What an [`AppError`] answers with over HTTP: its status and its stable problem code, the one table
//! both doors read (the API's problem documents in `api/problems.rs`, the pages' error pages in
//! `pages/mod.rs`).

use crate::error::AppError;
use axum::http::StatusCode;

/// The HTTP status and the stable problem code of `e`.
pub fn status_and_code(e: &AppError) -> (StatusCode, &'static str) {
    match e {
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
        AppError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, "database_unavailable"),
        AppError::PasswordChangeRequired => (StatusCode::FORBIDDEN, "password_change_required"),
        AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
    }
}
