//! The error answers of the API in its OpenAPI document: each declared once under
//! `components.responses` as an `application/problem+json` [`Problem`](crate::error::Problem), and
//! referenced by every operation that can give it. Statuses that follow from the shape of an operation
//! (a path parameter can name nothing: 404; a body can be malformed: 400, too large: 413, of another media
//! type: 415, invalid: 422;
//! every route: 408, 500, 503; every route that requires credentials: 401, 403) are added here, so a handler's annotation lists only
//! what is particular to it (403, 409, 412, 423, 429).
//!
//! Also how an [`AppError`] becomes that answer: its status and code from [`status_and_code`], its
//! document a [`Problem`].

use crate::error::{AppError, FieldError, Problem, Said};
use crate::views::problems::status_and_code;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::{Content, OpenApi, Ref, RefOr, ResponseBuilder};

/// The content type of every error answer.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Every error answer the API gives: status, component name, and what it means in general (an
/// operation may say more in its own annotation).
const PROBLEMS: &[(u16, &str, &str)] = &[
    (
        400,
        "BadRequest",
        "Malformed request: the JSON body, a path segment, a query parameter or the If-Match header cannot be read.",
    ),
    (401, "Unauthorized", "No valid session cookie or bearer token."),
    (
        403,
        "Forbidden",
        "The caller's role or org unit does not allow this, or the account must first change its one-time password (code `password_change_required`).",
    ),
    (404, "NotFound", "The named record does not exist."),
    (
        409,
        "Conflict",
        "A stale `version` in the body, or a rule on the stored records (a duplicate natural key, a record still referenced).",
    ),
    (
        412,
        "PreconditionFailed",
        "The `If-Match` version is not the current one.",
    ),
    (
        413,
        "PayloadTooLarge",
        "The request body is larger than the server accepts.",
    ),
    (
        415,
        "UnsupportedMediaType",
        "The body is not of the media type the operation reads (JSON needs `Content-Type: application/json`).",
    ),
    (
        422,
        "ValidationFailed",
        "The request is well formed but invalid; `errors` names every bad field, row or parameter.",
    ),
    (
        423,
        "Locked",
        "The reporting period is locked; the answer names the lock and since when.",
    ),
    (429, "TooManyRequests", "Too many attempts; wait before trying again."),
    (
        500,
        "InternalError",
        "Something unexpected failed on the server; it was logged.",
    ),
    (
        503,
        "ServiceUnavailable",
        "The database cannot be reached or cannot write; try again later.",
    ),
];

/// The answer of the request timeout: no body.
const TIMEOUT: (u16, &str, &str) = (
    408,
    "RequestTimeout",
    "The request took longer than the server allows; no body.",
);

/// Declares the error answers under `components.responses` and makes every operation refer to them,
/// adding the statuses that follow from the operation's shape.
pub fn declare(doc: &mut OpenApi) {
    let components = doc.components.get_or_insert_with(Default::default);
    for (status, name, description) in PROBLEMS {
        let schema = Ref::from_schema_name("Problem");
        let resp = ResponseBuilder::new()
            .description(format!("{} — {description}", reason(*status)))
            .content(PROBLEM_JSON, Content::new(Some(schema)))
            .build();
        components.responses.insert((*name).to_owned(), RefOr::T(resp));
    }
    let (_, name, description) = TIMEOUT;
    components.responses.insert(
        name.to_owned(),
        RefOr::T(ResponseBuilder::new().description(description).build()),
    );
    each_operation(doc, |path, op| {
        if !path.starts_with("/api/") {
            return;
        }
        refer(op);
        for status in implied(op) {
            op.responses
                .responses
                .entry(status.to_string())
                .or_insert_with(|| RefOr::Ref(Ref::new(location(status))));
        }
    });
}

/// Calls `f` with every operation of the document (GET, POST, PUT, PATCH, DELETE) and its path.
pub fn each_operation(doc: &mut OpenApi, mut f: impl FnMut(&str, &mut Operation)) {
    for (path, item) in doc.paths.paths.iter_mut() {
        for op in [
            &mut item.get,
            &mut item.post,
            &mut item.put,
            &mut item.patch,
            &mut item.delete,
        ]
        .into_iter()
        .flatten()
        {
            f(path, op);
        }
    }
}

/// The statuses any operation of this shape can answer.
fn implied(op: &Operation) -> Vec<u16> {
    let mut out = Vec::new();
    let has = |place: ParameterIn| {
        op.parameters
            .iter()
            .flatten()
            .any(|p| matches!(p, RefOr::T(p) if p.parameter_in == place))
    };
    let (in_path, in_query, body) = (
        has(ParameterIn::Path),
        has(ParameterIn::Query),
        op.request_body.is_some(),
    );
    if in_path || body {
        out.push(400);
    }
    if in_path {
        out.push(404);
    }
    if body {
        out.extend([413, 415]);
    }
    if body || in_query {
        out.push(422);
    }
    // 401 and 403 only where credentials are required (`security: []` says none are); 403: any
    // signed-in caller whose one-time password is not yet changed is refused everywhere but the
    // password change itself.
    if !op.security.as_ref().is_some_and(Vec::is_empty) {
        out.extend([401, 403]);
    }
    out.extend([408, 500, 503]);
    out
}

/// Replaces each error answer an annotation wrote out (`body = Problem`) with a reference to the
/// declared one, keeping the annotation's own description when it says something particular.
fn refer(op: &mut Operation) {
    for (code, resp) in op.responses.responses.iter_mut() {
        let Some(status) = code.parse::<u16>().ok().filter(|s| is_declared(*s)) else {
            continue;
        };
        let RefOr::T(r) = resp else {
            continue;
        };
        let is_problem = r.content.values().all(|c| match c {
            RefOr::T(c) => matches!(&c.schema, Some(RefOr::Ref(s)) if s.ref_location.ends_with("/Problem")),
            RefOr::Ref(_) => false,
        });
        if !is_problem {
            continue;
        }
        let mut reference = Ref::new(location(status));
        if !r.description.is_empty() && r.description != reason(status) {
            reference.description = r.description.clone();
        }
        *resp = RefOr::Ref(reference);
    }
}

fn is_declared(status: u16) -> bool {
    status == TIMEOUT.0 || PROBLEMS.iter().any(|(s, _, _)| *s == status)
}

fn location(status: u16) -> String {
    let name = PROBLEMS
        .iter()
        .chain(std::iter::once(&TIMEOUT))
        .find(|(s, _, _)| *s == status)
        .map_or("InternalError", |(_, n, _)| *n);
    format!("#/components/responses/{name}")
}

fn reason(status: u16) -> &'static str {
    StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error")
}

/// Turns the plain-text rejections of axum's own extractors (a path segment that is not a number, a
/// query string that does not parse) into problem documents, so every error of the API has one shape.
pub async fn problem_for_rejection(resp: Response) -> Response {
    let status = resp.status();
    let is_problem = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(PROBLEM_JSON.as_bytes()));
    if is_problem || !(status == StatusCode::BAD_REQUEST || status == StatusCode::PAYLOAD_TOO_LARGE) {
        return resp;
    }
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        return AppError::TooLarge(crate::config::MAX_BODY_BYTES).into_response();
    }
    let text = axum::body::to_bytes(resp.into_body(), 64 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    // axum's lead in the reader's language; the parser's own words after it as they are.
    let said = if text.trim().is_empty() {
        Said::new("problem-bad_request-unreadable", [])
    } else if let Some(detail) = text.strip_prefix("Invalid URL: ") {
        Said::new("problem-bad_request-path", [("detail", detail.into())])
    } else if let Some(detail) = text.strip_prefix("Failed to deserialize query string: ") {
        Said::new("problem-bad_request-query", [("detail", detail.into())])
    } else {
        Said::new("problem-bad_request-other", [("detail", text.into())])
    };
    AppError::bad_request(said).into_response()
}

/// Every 4xx an RFC 9457 problem document with a stable code; every 5xx logged once, saying nothing
/// internal. The `title`, and the `detail` where it is fixed text, are in the language the request's
/// `Accept-Language` asks for ([`crate::language`]), and so is a field's `reason` where the domain said it
/// as a message ([`crate::error::Said`]); the `code` never changes with it.
impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        use crate::language::text;
        let (status, code) = status_and_code(&self);
        let detail = match &self {
            AppError::Internal(msg) => {
                tracing::error!(error = %msg, "Request failed with an internal error.");
                text("problem-internal-detail")
            }
            AppError::Unavailable(msg) => {
                tracing::error!(error = %msg, "Request refused: the database is unavailable.");
                text("problem-database_unavailable-detail")
            }
            AppError::Unauthenticated => text("problem-unauthenticated-detail"),
            AppError::PasswordChangeRequired => text("problem-password_change_required-detail"),
            other => other
                .detail_in(crate::language::current())
                .unwrap_or_else(|| other.to_string()),
        };
        // A reason the domain said as a message comes in the asked language too; the rest is English.
        let errors = match self {
            AppError::Invalid(e) => {
                let lang = crate::language::current();
                e.into_iter()
                    .map(|f| FieldError {
                        reason: f.reason_in(lang),
                        ..f
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        let body = Problem {
            type_: format!("/problems/{code}"),
            title: text(&format!("problem-{code}")),
            status: status.as_u16(),
            detail,
            code: code.to_owned(),
            errors,
        };
        (
            status,
            [(header::CONTENT_TYPE, PROBLEM_JSON)],
            serde_json::to_vec(&body).unwrap_or_default(),
        )
            .into_response()
    }
}
