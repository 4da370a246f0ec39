//! What every JSON resource shares: a `Json` extractor whose rejections are problem documents,
//! paginated lists in a stable order, and optimistic concurrency with versions and ETags.

use crate::api::serde_said::serde_reason;
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
/// type: string \"N/A\", expected a Decimal at line 1 column 20") into a field error, said in the
/// reader's language ([`serde_reason`]). The one reading of a refused JSON body: [`ApiJson`] and the
/// measurement steps' optional body both come here.
pub(crate) fn json_data_error(text: &str) -> AppError {
    let msg = text.split_once("target type: ").map_or(text, |(_, m)| m);
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return AppError::field(name, Said::new("said-not-a-known-field", []));
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return AppError::field(name, Said::required());
    }
    match msg.split_once(": ") {
        Some((path, reason)) if !path.contains(' ') => AppError::field(path, serde_reason(reason, "said-json-refused")),
        _ => AppError::field("body", serde_reason(msg, "said-json-refused")),
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

#[cfg(test)]
mod tests {
    use super::*;
    use stratrack_i18n::Lang;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        code: Option<String>,
        year: Option<i32>,
        kind: Option<Kind>,
        pick: Option<Pick>,
        amount: Option<crate::fixed::Fixed>,
        pair: Option<(i32, i32)>,
        flag: Option<bool>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "snake_case")]
    #[allow(dead_code)]
    enum Kind {
        Annual,
        Assessment,
        Other,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "snake_case")]
    #[allow(dead_code)]
    enum Pick {
        Annual,
        Assessment,
    }

    /// serde_json's own refusal of `json`.
    fn refusal(json: &str) -> String {
        serde_json::from_str::<Body>(json).unwrap_err().to_string()
    }

    #[test]
    fn every_sentence_of_serde_keeps_its_english_word_for_word_and_is_said_in_the_language() {
        let lead = |detail: &str| format!("la valeur ne peut pas être lue : {detail}");
        for json in [
            r#"{"code": 5}"#,
            r#"{"code": true}"#,
            r#"{"code": [1]}"#,
            r#"{"code": {}}"#,
            r#"{"code": 1.5}"#,
            r#"{"year": "N/A"}"#,
            r#"{"year": 99999999999}"#,
            r#"{"kind": "weekly"}"#,
            r#"{"pick": "weekly"}"#,
            r#"{"amount": "N/A"}"#,
            r#"{"amount": "12,5"}"#,
            r#"{"amount": "1 234.5"}"#,
            r#"{"amount": "50%"}"#,
            r#"{"amount": "1.23456"}"#,
            r#"{"amount": ""}"#,
            r#"{"amount": 99999999999999999}"#,
            r#"{"pair": [1]}"#,
            r#"{"flag": "yes"}"#,
            r#"{"code": "a", "code": "b"}"#,
            r#"{"colour": 1}"#,
            "{",
        ] {
            let text = refusal(json);
            let said = serde_reason(&text, "said-json-refused");
            assert_eq!(said.english(), text, "{json}");
            let fr = said.text(Lang::Fr);
            assert!(fr.contains("(ligne 1, colonne "), "{json}: {fr}");
            // Only the syntax error is a shape of its own, said after the lead.
            assert_eq!(fr.starts_with(&lead("")), json == "{", "{json}: {fr}");
        }
        let fr = |json| serde_reason(&refusal(json), "said-json-refused").text(Lang::Fr);
        assert_eq!(
            fr(r#"{"year": "N/A"}"#),
            "type non valide : la chaîne \"N/A\", attendu : un nombre entier (i32) (ligne 1, colonne 14)"
        );
        assert_eq!(
            fr(r#"{"kind": "weekly"}"#),
            "variante inconnue `weekly`, attendu : l’un de `annual`, `assessment`, `other` (ligne 1, colonne 17)"
        );
        assert_eq!(
            fr(r#"{"pick": "weekly"}"#),
            "variante inconnue `weekly`, attendu : `annual` ou `assessment` (ligne 1, colonne 17)"
        );
        assert_eq!(
            fr(r#"{"amount": "12,5"}"#),
            "`12,5` contient une virgule ; la virgule décimale n’est pas acceptée, ni les séparateurs de milliers : écrivez 12.5 (ligne 1, colonne 17)"
        );
        assert_eq!(
            fr(r#"{"pair": [1]}"#),
            "longueur non valide (1), attendu : a tuple of size 2 (ligne 1, colonne 12)"
        );
    }

    /// The field errors of `text` as (field, English, French).
    fn said(e: AppError) -> Vec<(String, String, String)> {
        match e {
            AppError::Invalid(v) => v
                .iter()
                .map(|f| (f.field.clone(), f.reason.clone(), f.reason_in(Lang::Fr)))
                .collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_json_body_is_refused_naming_its_field_in_the_readers_language() {
        let axum = |m: &str| format!("Failed to deserialize the JSON body into the target type: {m}");
        // serde_path_to_error names the field before serde's sentence, which is then said as it is.
        assert_eq!(
            said(json_data_error(&axum(
                "colour: unknown field `colour`, expected `code` at line 1 column 9"
            ))),
            [(
                "colour".to_owned(),
                "unknown field `colour`, expected `code` at line 1 column 9".to_owned(),
                "champ inconnu `colour`, attendu : `code` (ligne 1, colonne 9)".to_owned()
            )]
        );
        // Without a path (serde_json alone), the field is named and said not to be known.
        assert_eq!(
            said(json_data_error(&axum(
                "unknown field `colour`, expected `code` at line 1 column 9"
            ))),
            [(
                "colour".to_owned(),
                "is not a known field".to_owned(),
                "n’est pas un champ connu".to_owned()
            )]
        );
        assert_eq!(
            said(json_data_error(&axum(
                "value: invalid type: string \"N/A\", expected a Decimal at line 1 column 20"
            ))),
            [(
                "value".to_owned(),
                "invalid type: string \"N/A\", expected a Decimal at line 1 column 20".to_owned(),
                "type non valide : la chaîne \"N/A\", attendu : a Decimal (ligne 1, colonne 20)".to_owned()
            )]
        );
        // The measurement steps' body, read by serde_json alone, goes through the same rule.
        let text = serde_json::from_str::<Body>(r#"{"colour": 1}"#)
            .unwrap_err()
            .to_string();
        assert_eq!(said(json_data_error(&text))[0].0, "colour");
        let text = refusal("{");
        assert_eq!(
            said(json_data_error(&text)),
            [(
                "body".to_owned(),
                text.clone(),
                format!(
                    "la valeur ne peut pas être lue : {}",
                    text.replace(" at line 1 column 1", " (ligne 1, colonne 1)")
                )
            )]
        );
    }
}
