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

/// What serde (or our own number parser inside it) says of a refused value, as a message whose English
/// is serde's text word for word: its shapes ("invalid type: string \"N/A\", expected a Decimal",
/// "invalid value: …", "invalid length 3, expected …", "unknown variant `x`, expected one of `a`, `b`",
/// "unknown field …", "missing field …", "duplicate field …", a refusal of [`crate::fixed::parse_number`])
/// and serde_json's place ("at line 1 column 20") in words of the language, with serde's fragments (type
/// names, the variants, the value) inside as they are. A shape not recognised is the text itself in
/// English and the text after the lead `fallback` (a message with `$detail`) in other languages.
pub(crate) fn serde_reason(text: &str, fallback: &'static str) -> Said {
    if let Some((why, place)) = text.rsplit_once(" at line ")
        && let Some((line, column)) = place.split_once(" column ")
        && let (Ok(line), Ok(column)) = (line.parse::<i64>(), column.parse::<i64>())
    {
        let why = serde_shape(why).unwrap_or_else(|| Said::new(fallback, [("detail", why.into())]));
        return Said::new(
            "said-json-at",
            [("why", why.into()), ("line", line.into()), ("column", column.into())],
        );
    }
    serde_shape(text).unwrap_or_else(|| Said::new(fallback, [("detail", text.into())]))
}

/// One of serde's own sentences (see [`serde_reason`]), or `None`.
fn serde_shape(text: &str) -> Option<Said> {
    let found_expected = |rest: &str, key: &'static str| {
        let (found, expected) = rest.split_once(", expected ")?;
        Some(Said::new(
            key,
            [("found", serde_found(found)), ("expected", serde_expected(expected))],
        ))
    };
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        return found_expected(rest, "said-json-invalid-type");
    }
    if let Some(rest) = text.strip_prefix("invalid value: ") {
        return found_expected(rest, "said-json-invalid-value");
    }
    if let Some(rest) = text.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ")?;
        return Some(Said::new(
            "said-json-invalid-length",
            [
                ("length", length.parse::<i64>().ok()?.into()),
                ("expected", serde_expected(expected)),
            ],
        ));
    }
    for (lead, key) in [
        ("unknown variant `", "said-json-unknown-variant"),
        ("unknown field `", "said-json-unknown-field"),
    ] {
        if let Some(rest) = text.strip_prefix(lead) {
            let (name, expected) = rest.split_once("`, expected ")?;
            return Some(Said::new(
                key,
                [("name", name.into()), ("expected", serde_one_of(expected))],
            ));
        }
    }
    for (lead, key) in [
        ("missing field `", "said-json-missing-field"),
        ("duplicate field `", "said-json-duplicate-field"),
    ] {
        if let Some(name) = text.strip_prefix(lead).and_then(|r| r.strip_suffix('`')) {
            return Some(Said::new(key, [("name", name.into())]));
        }
    }
    number_reason(text)
}

/// The refusal of the one number parser whose English is `text` (a JSON string or number refused as a
/// [`crate::fixed::Fixed`]), found by reading the typed text again.
fn number_reason(text: &str) -> Option<Said> {
    let typed = match text.strip_prefix('`') {
        None => "",
        Some(rest) => {
            // The typed text ends at a "` " after which the parser's words follow; try each.
            let mut found = None;
            for (i, _) in rest.match_indices("` ") {
                let said = crate::fixed::parse_number(&rest[..i]).err();
                if said.as_ref().is_some_and(|s| s.english() == text) {
                    found = said;
                    break;
                }
            }
            return found;
        }
    };
    crate::fixed::parse_number(typed).err().filter(|s| s.english() == text)
}

/// What serde found instead ("string \"N/A\"", "integer `5`", "null", "map"): its kind in words of
/// the language, the value as it is.
fn serde_found(found: &str) -> crate::error::SaidArg {
    for (lead, key) in [
        ("string ", "said-json-found-string"),
        ("integer ", "said-json-found-integer"),
        ("floating point ", "said-json-found-float"),
        ("boolean ", "said-json-found-boolean"),
        ("character ", "said-json-found-character"),
    ] {
        if let Some(value) = found.strip_prefix(lead) {
            return Said::new(key, [("value", value.into())]).into();
        }
    }
    let key = match found {
        "null" => "said-json-found-null",
        "map" => "said-json-found-map",
        "sequence" => "said-json-found-sequence",
        "unit value" => "said-json-found-unit",
        "byte array" => "said-json-found-bytes",
        "number" => "said-json-found-number",
        other => return other.into(),
    };
    Said::new(key, []).into()
}

/// What serde expected: a few common words of the language ("a string", a whole number's Rust type,
/// our decimal number), else its words as they are ("a Decimal", "struct Plan").
fn serde_expected(expected: &str) -> crate::error::SaidArg {
    const INTEGERS: [&str; 10] = ["i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize"];
    let key = match expected {
        "a string" => "said-json-expected-string",
        "a boolean" => "said-json-expected-boolean",
        "a sequence" => "said-json-expected-sequence",
        "a map" => "said-json-expected-map",
        "a decimal number (a string such as \"1234.5\" or a JSON number)" => "said-json-expected-decimal",
        t if INTEGERS.contains(&t) => {
            return Said::new("said-json-expected-integer", [("type", t.into())]).into();
        }
        other => return serde_one_of(other),
    };
    Said::new(key, []).into()
}

/// serde's list of the names it expected ("one of `a`, `b`", "`a` or `b`", "there are no fields"),
/// with the names as they are.
fn serde_one_of(expected: &str) -> crate::error::SaidArg {
    if let Some(words) = expected.strip_prefix("one of ") {
        return Said::new("said-json-one-of", [("words", words.into())]).into();
    }
    if let Some((first, second)) = expected.split_once("` or `") {
        return Said::new(
            "said-json-either",
            [
                ("first", format!("{first}`").into()),
                ("second", format!("`{second}").into()),
            ],
        )
        .into();
    }
    match expected {
        "there are no variants" => Said::new("said-json-no-variants", []).into(),
        "there are no fields" => Said::new("said-json-no-fields", []).into(),
        other => other.into(),
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
