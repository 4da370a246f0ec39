//! The one error type of the domain, and the shape of the problem document the doors render it as.
//! Free of HTTP: the status each error answers with, and the rendering (every 4xx an RFC 9457 problem
//! document with a stable code, every 5xx logged once and saying nothing internal), live in
//! [`crate::views::problems`] and `api/problems.rs`.

use serde::Serialize;

/// One invalid field of a request.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct FieldError {
    /// The field, e.g. `value` or `rows[3].year`.
    pub field: String,
    /// What is wrong with it.
    pub reason: String,
}

/// Everything a use case or a door can fail with.
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
    /// 503: the database cannot be reached or cannot store the change now (unreachable, disk full, I/O
    /// error, busy past its timeout). Nothing of the request was stored; the same request may be sent
    /// again later. Logged with its cause; the answer says only that.
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    /// 403: the user must change their password before anything else.
    #[error("you must change your password first (POST /api/v1/auth/password)")]
    PasswordChangeRequired,
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
                other if is_database_fault(&other) => AppError::Unavailable(other.to_string()),
                other => AppError::Internal(other.to_string()),
            },
        }
    }
}

/// Whether `e` says the database could not be reached or could not store anything now (rather than
/// that this request was wrong): the pool timed out or closed, the connection failed, or the database
/// answered with a fault of its own — SQLite: full, I/O error, busy, locked, read-only, cannot open;
/// PostgreSQL: connection exceptions (class 08), insufficient resources such as a full disk (53),
/// shutdown or start-up (57P01–57P03) and an unknown database (3D000).
pub fn is_database_fault(e: &sea_orm::DbErr) -> bool {
    use sea_orm::sqlx::Error as Sqlx;
    use sea_orm::{DbErr, RuntimeErr};
    let sqlx = match e {
        // Whatever stopped the pool from handing out a connection, nothing of the request was done.
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => return true,
        DbErr::Exec(RuntimeErr::SqlxError(s)) | DbErr::Query(RuntimeErr::SqlxError(s)) => s,
        _ => return false,
    };
    match sqlx.as_ref() {
        Sqlx::Io(_) | Sqlx::Tls(_) | Sqlx::PoolTimedOut | Sqlx::PoolClosed | Sqlx::WorkerCrashed => true,
        Sqlx::Database(db) => {
            let code = db.code().unwrap_or_default();
            if db.try_downcast_ref::<sea_orm::sqlx::sqlite::SqliteError>().is_some() {
                // SQLite's (extended) result code: the primary code is its low byte.
                code.parse::<i32>()
                    .is_ok_and(|n| matches!(n & 0xff, 5 | 6 | 8 | 10 | 13 | 14))
            } else {
                code.starts_with("08") || code.starts_with("53") || code.starts_with("57P") || code == "3D000"
            }
        }
        _ => false,
    }
}

/// The database's own error, as some use cases still return it; a door converts it into an [`AppError`]
/// (`?` or `From`) without naming the database crate.
pub type DbErr = sea_orm::DbErr;

/// Result of a use case or a handler.
pub type AppResult<T> = Result<T, AppError>;
/// Collects every invalid field of a request, so one reply names them all.
#[derive(Debug, Default)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    /// Records that `field` is invalid for `reason`.
    pub fn push(&mut self, field: impl Into<String>, reason: impl Into<String>) {
        self.0.push(FieldError {
            field: field.into(),
            reason: reason.into(),
        });
    }

    /// Keeps the value of `r`, or records its error against `field`.
    pub fn check<T>(&mut self, field: &str, r: Result<T, String>) -> Option<T> {
        r.map_err(|reason| self.push(field, reason)).ok()
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok` when nothing was recorded, else a 422 naming every field.
    pub fn finish(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self.0))
        }
    }
}
