//! What the forms of the pages share: the [`CsrfForm`] extractor (a form is read only once its CSRF
//! field matched the session, so a missing or forged token is a 403, never a form rejection), turning
//! what a use case refused into a flash on the page the form came from, and asking the policy whether a
//! unit's rows get a form.

use super::{PageError, PageResult, PageUser};
use crate::error::AppError;
use crate::models::viewing::Database;
use crate::policy::{Action, allows};
use crate::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Form, FromRef, FromRequest, FromRequestParts, Request};
use axum::response::{IntoResponse, Response};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// A urlencoded form sent by a signed-in user whose `csrf` field matched their session: `T` is read
/// (as [`Form`] reads it, so `#[serde(default)]` keeps it lenient) only after the check, and a missing
/// or wrong token answers 403 ([`PageUser::check_csrf`]). `T` needs no `csrf` field. Take it as the
/// last extractor, after `user: PageUser` (whose session it reuses); without one it resolves the user
/// itself (not signed in: to the login page).
#[derive(Debug)]
pub struct CsrfForm<T = NoFields>(pub T);

/// The fields of a form that carries nothing but its CSRF token (a button).
#[derive(Debug, Default, Deserialize)]
pub struct NoFields {}

impl<S, T> FromRequest<S> for CsrfForm<T>
where
    AppState: FromRef<S>,
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let user = match parts.extensions.get::<PageUser>() {
            Some(user) => user.clone(),
            None => PageUser::from_request_parts(&mut parts, state)
                .await
                .map_err(IntoResponse::into_response)?,
        };
        let (method, uri, headers) = (parts.method.clone(), parts.uri.clone(), parts.headers.clone());
        let bytes = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let sent = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .ok()
            .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "csrf"))
            .map(|(_, v)| v)
            .unwrap_or_default();
        user.check_csrf(&sent).map_err(IntoResponse::into_response)?;
        let mut again = Request::new(Body::from(bytes));
        *again.method_mut() = method;
        *again.uri_mut() = uri;
        *again.headers_mut() = headers;
        let Form(form) = Form::<T>::from_request(again, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(CsrfForm(form))
    }
}

/// A form whose field names vary (repeated `ids`, `dim_*` fields), read as its pairs in order.
pub struct FormPairs(Vec<(String, String)>);

impl FormPairs {
    /// Reads `body` as urlencoded pairs (400 if it is not) and refuses it (403) unless its `csrf` field
    /// matches `user`'s session.
    pub fn checked(user: &PageUser, body: &[u8]) -> PageResult<Self> {
        let pairs = serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))?;
        let form = FormPairs(pairs);
        user.check_csrf(&form.get("csrf"))?;
        Ok(form)
    }

    /// The value of the first field called `name`, or "" when there is none.
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// Every (name, value) pair, in the order sent.
    pub fn iter(&self) -> std::slice::Iter<'_, (String, String)> {
        self.0.iter()
    }
}

/// Where to go back to after a form: the page, with the plan and year the user was looking at.
#[derive(Debug, Clone)]
pub struct Back {
    /// Page path, e.g. `/finance`.
    pub path: &'static str,
    /// Plan code.
    pub plan: String,
    /// Year, as sent by the form.
    pub year: String,
}

impl Back {
    fn to(&self, kind: super::frame::Kind, msg: &str) -> Response {
        let q = serde_urlencoded::to_string([("plan", self.plan.as_str()), ("year", self.year.as_str())])
            .unwrap_or_default();
        super::frame::redirect(&format!("{}?{q}", self.path), &[(kind, msg)])
    }

    /// Back to the page with a success message.
    pub fn ok(&self, msg: &str) -> PageResult<Response> {
        Ok(self.to(super::frame::Kind::Ok, msg))
    }

    /// Back to the page with what was refused; a refusal of the right itself is a 403 page, so a
    /// forbidden form never looks like a mere validation error.
    pub fn refused(&self, e: AppError, what: &str) -> PageResult<Response> {
        let msg = Self::refusal(e, what)?;
        Ok(self.to(super::frame::Kind::Error, &msg))
    }

    /// What [`Back::refused`] says of `e` (for a form that goes back elsewhere); a refusal of the right
    /// itself is the 403 page.
    pub fn refusal(e: AppError, what: &str) -> PageResult<String> {
        Ok(match e {
            e @ (AppError::Forbidden(_) | AppError::Unauthenticated | AppError::Internal(_)) => {
                return Err(PageError::App(e));
            }
            AppError::Conflict(detail) | AppError::PreconditionFailed(detail) => format!(
                "{what} was changed by someone else meanwhile, so your change was not saved ({detail}). \
                 The page now shows the current figures: check them and save again."
            ),
            AppError::Invalid(errs) => format!(
                "{what} was not saved: {}",
                errs.iter()
                    .map(|f| format!("{} {}", f.field.replace('_', " "), f.reason))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            other => format!("{what} was not saved: {other}"),
        })
    }
}

/// An exact decimal typed into a form, read by [`crate::fixed::parse_number`] like every entered number
/// (`12,5` and `1,234.5` are refused, never read as 125 or 1234.5); empty is `None`; `Err` names the field.
pub fn decimal(field: &str, text: &str) -> Result<Option<Decimal>, AppError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    crate::fixed::parse_number(text)
        .map(|v| Some(v.to_decimal()))
        .map_err(|reason| AppError::field(field, reason))
}

/// A typed text as a use case's JSON-shaped body carries it: trimmed, and absent when empty (the use case
/// then names the missing field, or reads the number with the one parser).
pub fn typed(text: &str) -> Option<serde_json::Value> {
    let t = text.trim();
    (!t.is_empty()).then(|| serde_json::Value::String(t.to_owned()))
}

/// A whole number from a hidden field, e.g. the version the form was drawn with.
pub fn whole(field: &str, text: &str) -> Result<i32, AppError> {
    text.trim()
        .parse()
        .map_err(|_| AppError::field(field, "is missing or not a whole number; reload the page"))
}

/// Whether the user may write rows of unit `code` (admin: any; planner: their own), which decides
/// whether a row gets a form. The handler asks the policy again when the form is sent.
pub fn may_write(user: &PageUser, units: &HashMap<String, i32>, code: &str) -> bool {
    units
        .get(code)
        .is_some_and(|id| allows(&user.0, Action::WriteUnit(*id)))
}

/// Unit ids by code.
pub async fn unit_ids(db: &Database) -> PageResult<HashMap<String, i32>> {
    Ok(crate::models::units::codes(db)
        .await?
        .into_iter()
        .map(|(id, code)| (code, id))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn typed_amounts_are_read_exactly_and_separators_or_text_are_refused_naming_the_field() {
        assert_eq!(decimal("amount", " 1234.5 ").unwrap(), Some(dec!(1234.5)));
        // Was read as 125, 12345 and 15: the wrong figures went into the report.
        for text in ["12,5", "1 234,5", "1,5", "1,234.5"] {
            match decimal("amount", text) {
                Err(AppError::Invalid(e)) => assert_eq!(e[0].field, "amount", "{text}"),
                other => panic!("{text} must be refused, got {other:?}"),
            }
        }
        assert_eq!(decimal("amount", "").unwrap(), None);
        match decimal("amount", "N/A") {
            Err(AppError::Invalid(e)) => assert_eq!(e[0].field, "amount"),
            other => panic!("expected a field error, got {other:?}"),
        }
    }
}
