//! What every JSON resource shares: a `Json` extractor whose rejections are problem documents,
//! paginated lists in a stable order, and optimistic concurrency with versions and ETags.

use crate::error::{AppError, Said};
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::{Serialize, de::DeserializeOwned};

/// A JSON body; malformed JSON, unknown fields and wrong types become problem documents naming the field.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::JsonDataError(e)) => Err(json_data_error(&e.body_text())),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(AppError::unsupported_media_type(Said::new(
                "problem-unsupported_media_type-detail",
                [("type", "application/json".into())],
            ))),
            Err(JsonRejection::BytesRejection(_)) => Err(AppError::TooLarge(crate::config::MAX_BODY_BYTES)),
            // The parser's own words (which field, line and column) stay as they are inside the lead.
            Err(e) => Err(AppError::bad_request(Said::new(
                "problem-bad_request-json",
                [("detail", e.body_text().into())],
            ))),
        }
    }
}

/// Turns serde's message ("Failed to deserialize the JSON body into the target type: value: invalid
/// type: string \"N/A\", expected a Decimal at line 1 column 20") into a field error.
fn json_data_error(text: &str) -> AppError {
    let msg = text.split_once("target type: ").map_or(text, |(_, m)| m);
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return AppError::field(name, "is not a known field");
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return AppError::field(name, crate::error::Said::required());
    }
    match msg.split_once(": ") {
        Some((path, reason)) if !path.contains(' ') => AppError::field(path, reason),
        _ => AppError::field("body", msg),
    }
}

impl<T: Serialize> IntoResponse for ApiJson<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

pub use crate::models::paging::{Page, PageParams, contains, paginate};

/// The answer of a list route: one page of domain rows, each shown with `view`, with the same paging.
pub fn page_json<T, V>(found: Page<T>, view: impl FnMut(T) -> V) -> axum::Json<Page<V>> {
    axum::Json(Page {
        items: found.items.into_iter().map(view).collect(),
        total: found.total,
        page: found.page,
        per_page: found.per_page,
    })
}

/// The `If-Match` header as text (empty when it is not UTF-8, which then reads as no version).
pub fn if_match(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::IF_MATCH)
        .map(|v| v.to_str().unwrap_or("").to_owned())
}

/// The version a client claims, as it came, for the use case to resolve after its access check.
pub fn claim(headers: &HeaderMap, body: Option<i32>) -> Claim {
    Claim::new(if_match(headers), body)
}

/// The version a client claims to update: `If-Match: "N"` wins over a `version` field in the body.
/// Returns whether it came from the header (mismatch is then 412, else 409).
pub fn claimed_version(headers: &HeaderMap, body: Option<i32>) -> Result<(i32, bool), AppError> {
    claim(headers, body).resolve()
}

pub use crate::models::patching::{Claim, check_version, nullable};

/// A body that may carry the version its sender read (`version`), beside or instead of `If-Match`.
pub trait ClaimsVersion {
    /// The body's `version`, if sent.
    fn version(&self) -> Option<i32>;
}

impl ClaimsVersion for crate::models::plans::lifecycle::PlanStep {
    fn version(&self) -> Option<i32> {
        self.version
    }
}

impl ClaimsVersion for crate::models::plans::UpdatePlan {
    fn version(&self) -> Option<i32> {
        self.version
    }
}

/// A JSON body (read as [`ApiJson`] reads it) with the version its sender claims: the `If-Match`
/// header's text and the body's `version`, as they came ([`claim`]), for the use case to resolve after
/// its access check. Take it as the last extractor.
pub struct Claimed<T>(pub Claim, pub T);

impl<T: DeserializeOwned + ClaimsVersion, S: Send + Sync> FromRequest<S> for Claimed<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let sent = if_match(req.headers());
        let ApiJson(body) = ApiJson::<T>::from_request(req, state).await?;
        Ok(Claimed(Claim::new(sent, body.version()), body))
    }
}

/// `If-Match` on a delete (or a step without a body) is optional; when sent, a stale version is refused
/// with 412.
pub fn check_if_match(
    headers: &HeaderMap,
    current: i32,
    what: impl Into<crate::error::SaidArg>,
) -> Result<(), AppError> {
    claim(headers, None).check_if_sent(current, what)
}

/// A JSON response carrying an `ETag` of the resource version.
pub struct Tagged<T>(pub i32, pub T);

impl<T: Serialize> IntoResponse for Tagged<T> {
    fn into_response(self) -> Response {
        let mut resp = axum::Json(self.1).into_response();
        if let Ok(v) = HeaderValue::from_str(&format!("\"{}\"", self.0)) {
            resp.headers_mut().insert(header::ETAG, v);
        }
        resp
    }
}

/// The one query-string extractor of the API (it names every bad parameter).
pub use crate::api::query::ApiQuery;

pub use crate::error::FieldErrors;

/// The bytes of a file as sent or received (a workbook, a zip, an image), for the OpenAPI document: a
/// binary string, which client generators read and send as a file.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
#[allow(dead_code)]
pub struct FileBytes(Vec<u8>);
