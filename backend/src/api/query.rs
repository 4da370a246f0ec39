//! A query-string extractor whose rejections are problem documents naming every bad parameter
//! (`year=abc`, an unknown filter), where axum's own `Query` answers with plain text and no field name.

use crate::api::serde_said::serde_reason;
use crate::error::{AppError, FieldError, Said};
use axum::extract::{FromRequestParts, Query};
use axum::http::Uri;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// Query parameters of type `T`. Made for structs whose fields are all optional (list filters): each
/// parameter is then checked on its own to name the ones that are wrong.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        match Query::<T>::try_from_uri(&parts.uri) {
            Ok(Query(v)) => Ok(ApiQuery(v)),
            Err(whole) => Err(name_bad_parameters::<T>(
                parts.uri.query().unwrap_or(""),
                &whole.body_text(),
            )),
        }
    }
}

/// Tries each `key=value` pair alone; those that fail on their own are the bad ones.
fn name_bad_parameters<T: DeserializeOwned>(query: &str, whole: &str) -> AppError {
    let mut errs = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let Ok(uri) = format!("/?{pair}").parse::<Uri>() else {
            continue;
        };
        if let Err(e) = Query::<T>::try_from_uri(&uri) {
            let key = pair.split('=').next().unwrap_or(pair).to_owned();
            errs.push(FieldError::new(key, reason(&e.body_text())));
        }
    }
    if errs.is_empty() {
        errs.push(FieldError::new("query", reason(whole)));
    }
    AppError::Invalid(errs)
}

/// Why a query string's parameter is refused, in the reader's language: the usual reasons as our own
/// words, serde's other sentences as [`serde_reason`] says them, anything else as it is after a lead.
fn reason(text: &str) -> Said {
    let msg = text.split_once("query string: ").map_or(text, |(_, m)| m);
    // axum names the parameter itself (`year: invalid digit…`); the field is reported separately.
    let msg = match msg.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => rest,
        _ => msg,
    };
    if msg.starts_with("unknown field") {
        return Said::new("said-not-a-known-parameter", []);
    }
    match msg {
        "invalid digit found in string" | "cannot parse integer from empty string" => {
            Said::new("said-whole-number", [])
        }
        "number too large to fit in target type" | "number too small to fit in target type" => {
            Said::new("said-out-of-range", [])
        }
        other => serde_reason(other, "said-query-refused"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct P {
        year: Option<i32>,
        unit: Option<String>,
    }

    fn fields(e: AppError) -> Vec<(String, String)> {
        match e {
            AppError::Invalid(v) => v.into_iter().map(|f| (f.field, f.reason)).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn every_bad_parameter_is_named() {
        let e = name_bad_parameters::<P>("year=abc&unit=BR&colour=red", "whole");
        assert_eq!(
            fields(e),
            [
                ("year".to_owned(), "must be a whole number".to_owned()),
                ("colour".to_owned(), "is not a known parameter".to_owned())
            ]
        );
    }

    #[test]
    fn a_query_strings_reasons_are_said_in_the_readers_language() {
        let said = |query: &str| match name_bad_parameters::<P>(query, "whole") {
            AppError::Invalid(v) => v
                .iter()
                .map(|f| (f.field.clone(), f.reason_in(stratrack_i18n::Lang::Fr)))
                .collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            said("year=abc&colour=red&unit=BR"),
            [
                ("year".to_owned(), "doit être un nombre entier".to_owned()),
                ("colour".to_owned(), "n’est pas un paramètre connu".to_owned())
            ]
        );
        assert_eq!(
            said("year=99999999999"),
            [("year".to_owned(), "est hors limites".to_owned())]
        );
        let e = name_bad_parameters::<P>("year=99999999999", "whole");
        assert_eq!(fields(e), [("year".to_owned(), "is out of range".to_owned())]);
        // A reason of no known shape: its text as it is in English, after a lead in French.
        assert_eq!(reason("query string: something odd").english(), "something odd");
        assert_eq!(
            reason("something odd").text(stratrack_i18n::Lang::Fr),
            "le paramètre ne peut pas être lu : something odd"
        );
    }
}
