//! What every JSON resource shares: a `Json` extractor whose rejections are problem documents,
//! paginated lists in a stable order, and optimistic concurrency with versions and ETags.

use crate::error::{AppError, FieldError};
use crate::limits;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, QueryOrder, Select};
use serde::{Deserialize, Serialize, de::DeserializeOwned};

/// A JSON body; malformed JSON, unknown fields and wrong types become problem documents naming the field.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::JsonDataError(e)) => Err(json_data_error(&e.body_text())),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(AppError::UnsupportedMediaType(
                "the body must be JSON with Content-Type: application/json".into(),
            )),
            Err(JsonRejection::BytesRejection(_)) => Err(AppError::TooLarge(crate::routes::MAX_BODY_BYTES)),
            Err(e) => Err(AppError::BadRequest(format!("malformed JSON: {}", e.body_text()))),
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
        return AppError::field(name, "is required");
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

/// Paging and sorting of a list route.
#[derive(Debug, Clone, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Page number, 1..=1,000,000 ([`limits::MAX_PAGE`]).
    pub page: Option<u64>,
    /// Items per page, 1..=500 (default 50).
    pub per_page: Option<u64>,
    /// Sort field; prefix with `-` for descending. Ties are broken by id.
    pub sort: Option<String>,
}

impl PageParams {
    /// The page (from 1) and the page size, validated.
    pub fn resolve(&self) -> Result<(u64, u64), AppError> {
        let page = self.page.unwrap_or(1);
        let per = self.per_page.unwrap_or(50);
        let mut errs = Vec::new();
        // Bounded above too: sea-orm multiplies page by size into a signed offset, which a page of
        // 2^63 overflowed (a panic, the connection dropped).
        if !(1..=limits::MAX_PAGE).contains(&page) {
            errs.push(FieldError {
                field: "page".into(),
                reason: format!("must be between 1 and {}", limits::MAX_PAGE),
            });
        }
        if !(1..=limits::MAX_PER_PAGE).contains(&per) {
            errs.push(FieldError {
                field: "per_page".into(),
                reason: format!("must be between 1 and {}", limits::MAX_PER_PAGE),
            });
        }
        if errs.is_empty() {
            Ok((page, per))
        } else {
            Err(AppError::Invalid(errs))
        }
    }
}

/// One page of a list, with the total across pages.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Items across all pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Page size.
    pub per_page: u64,
}

/// Sorts `select` by the field named in `params.sort` (looked up with `column`), then by `id`, and
/// returns one page and the total.
pub async fn paginate<E, C>(
    db: &C,
    select: Select<E>,
    params: &PageParams,
    column: impl Fn(&str) -> Option<E::Column>,
    default_sort: E::Column,
    id: E::Column,
) -> Result<(Vec<E::Model>, u64, u64, u64), AppError>
where
    E: EntityTrait,
    E::Model: Send + Sync,
    C: ConnectionTrait,
{
    let (page, per) = params.resolve()?;
    let mut select = select;
    match params.sort.as_deref().filter(|s| !s.is_empty()) {
        None => select = select.order_by_asc(default_sort),
        Some(s) => {
            let (desc, name) = s.strip_prefix('-').map_or((false, s), |n| (true, n));
            let Some(col) = column(name) else {
                return Err(AppError::field("sort", format!("`{name}` is not a sortable field")));
            };
            select = if desc {
                select.order_by_desc(col)
            } else {
                select.order_by_asc(col)
            };
        }
    }
    let paginator = select.order_by_asc(id).paginate(db, per);
    let total = paginator.num_items().await?;
    let items = paginator.fetch_page(page - 1).await?;
    Ok((items, total, page, per))
}

/// The version a client claims to update: `If-Match: "N"` wins over a `version` field in the body.
/// Returns whether it came from the header (mismatch is then 412, else 409).
pub fn claimed_version(headers: &HeaderMap, body: Option<i32>) -> Result<(i32, bool), AppError> {
    if let Some(v) = headers.get(header::IF_MATCH) {
        let text = v
            .to_str()
            .unwrap_or("")
            .trim()
            .trim_start_matches("W/")
            .trim_matches('"');
        return text
            .parse::<i32>()
            .map(|n| (n, true))
            .map_err(|_| AppError::BadRequest(format!("If-Match `{text}` is not a version")));
    }
    body.map(|v| (v, false))
        .ok_or_else(|| AppError::field("version", "is required (or send If-Match)"))
}

/// Refuses a stale version with 412 (If-Match) or 409 (body), changing nothing.
pub fn check_version(claimed: (i32, bool), current: i32, what: &str) -> Result<(), AppError> {
    if claimed.0 == current {
        return Ok(());
    }
    let msg = format!(
        "{what} is at version {current}, not {}: reload it and apply your change again",
        claimed.0
    );
    Err(if claimed.1 {
        AppError::PreconditionFailed(msg)
    } else {
        AppError::Conflict(msg)
    })
}

/// `If-Match` on a delete (or a step without a body) is optional; when sent, a stale version is refused
/// with 412.
pub fn check_if_match(headers: &HeaderMap, current: i32, what: &str) -> Result<(), AppError> {
    if headers.contains_key(header::IF_MATCH) {
        check_version(claimed_version(headers, None)?, current, what)?;
    }
    Ok(())
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

/// For PATCH bodies: tells an absent field (`None`) from an explicit `null` (`Some(None)`), so a client
/// can clear an optional value. Use with `#[serde(default, deserialize_with = "nullable")]`.
pub fn nullable<'de, T: Deserialize<'de>, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

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

/// Case-insensitive "contains" on `col`, with `%` and `_` in the text taken literally.
pub fn contains(col: impl sea_orm::sea_query::IntoColumnRef, text: &str) -> sea_orm::sea_query::SimpleExpr {
    use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    Expr::expr(Func::lower(Expr::col(col))).like(LikeExpr::new(format!("%{escaped}%")).escape('\\'))
}
