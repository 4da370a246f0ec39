//! A query-string extractor whose rejections are problem documents naming every bad parameter
//! (`year=abc`, an unknown filter), where axum's own `Query` answers with plain text and no field name.

use crate::error::{AppError, FieldError};
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
            errs.push(FieldError {
                field: key,
                reason: reason(&e.body_text()),
                said: None,
            });
        }
    }
    if errs.is_empty() {
        errs.push(FieldError {
            field: "query".into(),
            reason: reason(whole),
            said: None,
        });
    }
    AppError::Invalid(errs)
}

fn reason(text: &str) -> String {
    let msg = text.split_once("query string: ").map_or(text, |(_, m)| m);
    // axum names the parameter itself (`year: invalid digit…`); the field is reported separately.
    let msg = match msg.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => rest,
        _ => msg,
    };
    if msg.starts_with("unknown field") {
        return "is not a known parameter".into();
    }
    match msg {
        "invalid digit found in string" | "cannot parse integer from empty string" => "must be a whole number".into(),
        "number too large to fit in target type" | "number too small to fit in target type" => "is out of range".into(),
        other => other.to_owned(),
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
}
