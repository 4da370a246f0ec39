//! The bounds on what a user may send, defined once: text lengths, dates, page numbers, import
//! problems and audit texts.
//!
//! A request struct documents each text field's bound with `#[schema(max_length = N)]`, N being one of
//! the constants below (utoipa takes only a literal there; the test `every_text_field_of_a_request_body_
//! declares_one_of_the_limits` holds the literals to these constants). [`enforce`] reads those bounds
//! back from the struct's own OpenAPI schema and refuses a longer text with a 422 naming the field, so
//! what the document says and what the server does cannot drift apart.
//! The CSV import checks the same constants row by row. Lengths count characters (Unicode scalar
//! values), as JSON Schema's `maxLength` does.

use crate::error::AppError;
use crate::error::FieldErrors;
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;

/// Codes (`KPI-R1`, `RSK-12`, `SP2028-2031`, dimension and unit codes).
pub const CODE: usize = 64;
/// Names and titles (indicator name, node title, risk title, plan name, report title).
pub const NAME: usize = 500;
/// Short notes: comments on a workflow step, review notes, reasons, categories and sources.
pub const NOTE: usize = 2_000;
/// Long texts: narratives, descriptions, mitigations, definitions.
pub const NARRATIVE: usize = 10_000;
/// The name of an API token.
pub const TOKEN_NAME: usize = 100;
/// Links (evidence, sources).
pub const URL: usize = 2_048;
/// Every text bound, for the test that checks the OpenAPI document uses no other number.
pub const TEXT_LIMITS: &[usize] = &[CODE, NAME, NOTE, NARRATIVE, TOKEN_NAME, URL];

/// The first year a user may enter in any date or year field.
pub const FIRST_YEAR: i32 = 1900;
/// The last year a user may enter in any date or year field.
pub const LAST_YEAR: i32 = 2200;

/// The highest page number a list serves: far beyond any real list (500 × 1,000,000 rows), and low
/// enough that the row offset can never overflow.
pub const MAX_PAGE: u64 = 1_000_000;
/// The largest page a list serves.
pub const MAX_PER_PAGE: u64 = 500;

/// Problems an import lists before it only counts the rest ("and N more problems").
pub const IMPORT_PROBLEMS: usize = 1_000;

/// Rows one workbook import takes: what a CSV file at the upload limit holds (16 MiB, about 200,000
/// rows). A workbook is compressed, so its byte size alone would let through many times more.
pub const IMPORT_ROWS: usize = 200_000;

/// Bytes the files inside one uploaded workbook may unpack to, together: far above what
/// [`IMPORT_ROWS`] rows take (about 130 MiB of sheet XML), and a bound on what a small, highly
/// compressed upload can make the server unpack (the zip reader stops each file at its declared size).
pub const WORKBOOK_UNPACKED: u64 = 256 * 1024 * 1024;

/// A text in an audit entry longer than this many characters is stored as its SHA-256 and length
/// ([`crate::models::audit`]): the record itself holds the text, the log proves which text it was.
pub const AUDIT_TEXT: usize = 2_000;

/// Why `text` is too long for `max` characters, or None when it fits.
pub fn too_long(text: &str, max: usize) -> Option<crate::error::Said> {
    // Counting stops just past the limit: a 2 MiB text is not walked to its end.
    let n = text.chars().take(max + 1).count();
    (n > max).then(|| crate::error::Said::new("said-longer-than", [("max", (max as i64).into())]))
}

/// Why `year` is outside [`FIRST_YEAR`]..=[`LAST_YEAR`], or None.
pub fn year_out_of_range(year: i32) -> Option<crate::error::Said> {
    (!(FIRST_YEAR..=LAST_YEAR).contains(&year)).then(|| {
        crate::error::Said::new(
            "said-year-not-between",
            [
                ("year", i64::from(year).into()),
                ("first", i64::from(FIRST_YEAR).into()),
                ("last", i64::from(LAST_YEAR).into()),
            ],
        )
    })
}

/// Refuses `body` with a 422 naming every text field longer than the `maxLength` its OpenAPI schema
/// declares (nested objects and arrays included, e.g. `milestones[2].note`).
pub fn enforce<T: utoipa::ToSchema + Serialize + 'static>(body: &T) -> Result<(), AppError> {
    let value = serde_json::to_value(body).map_err(|e| AppError::Internal(e.to_string()))?;
    let schema = schema_of::<T>();
    let mut errs = FieldErrors::default();
    walk(&schema.0, &value, "", &schema.1, &mut errs, 0);
    errs.finish()
}

/// A body type's schema and the schemas it refers to, as JSON: built once per type and process (the
/// schema is fixed at compile time), not on every request.
type SchemaOf = std::sync::Arc<(Value, HashMap<String, Value>)>;

fn schema_of<T: utoipa::ToSchema + 'static>() -> SchemaOf {
    static BUILT: std::sync::LazyLock<std::sync::Mutex<HashMap<std::any::TypeId, SchemaOf>>> =
        std::sync::LazyLock::new(Default::default);
    let id = std::any::TypeId::of::<T>();
    if let Some(found) = BUILT.lock().unwrap_or_else(|e| e.into_inner()).get(&id) {
        return found.clone();
    }
    let mut named = Vec::new();
    T::schemas(&mut named);
    let defs: HashMap<String, Value> = named
        .into_iter()
        .filter_map(|(name, s)| serde_json::to_value(s).ok().map(|s| (name, s)))
        .collect();
    let schema = serde_json::to_value(T::schema()).unwrap_or(Value::Null);
    let built: SchemaOf = std::sync::Arc::new((schema, defs));
    BUILT
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(id, built.clone());
    built
}

/// Checks `value` at `path` against `schema`, following `$ref`, `oneOf`/`anyOf`/`allOf`, properties
/// and array items.
fn walk(schema: &Value, value: &Value, path: &str, defs: &HashMap<String, Value>, errs: &mut FieldErrors, depth: u8) {
    if depth > 16 {
        return;
    }
    if let Some(name) = schema["$ref"].as_str().and_then(|r| r.rsplit('/').next()) {
        if let Some(s) = defs.get(name) {
            walk(s, value, path, defs, errs, depth + 1);
        }
        return;
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for alt in schema[key].as_array().into_iter().flatten() {
            walk(alt, value, path, defs, errs, depth + 1);
        }
    }
    match value {
        Value::String(s) => {
            let max = schema["maxLength"].as_u64().and_then(|m| usize::try_from(m).ok());
            if let Some(reason) = max.and_then(|m| too_long(s, m)) {
                errs.push(path, reason);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                if let Some(s) = schema["properties"].get(k) {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    walk(s, v, &p, defs, errs, depth + 1);
                }
            }
        }
        Value::Array(items) => {
            if let Some(s) = schema.get("items") {
                for (i, v) in items.iter().enumerate() {
                    walk(s, v, &format!("{path}[{i}]"), defs, errs, depth + 1);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, utoipa::ToSchema)]
    struct Note {
        #[schema(max_length = 3)]
        text: Option<String>,
    }

    #[derive(Serialize, utoipa::ToSchema)]
    struct Body {
        #[schema(max_length = 5)]
        name: String,
        notes: Vec<Note>,
        free: String,
    }

    fn fields(e: AppError) -> Vec<String> {
        match e {
            AppError::Invalid(v) => v.into_iter().map(|f| f.field).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn texts_longer_than_their_schema_are_named_with_their_path() {
        let ok = Body {
            name: "éééé".into(),
            notes: vec![
                Note {
                    text: Some("abc".into()),
                },
                Note { text: None },
            ],
            free: "x".repeat(100),
        };
        assert!(enforce(&ok).is_ok(), "characters are counted, not bytes");
        let bad = Body {
            name: "abcdef".into(),
            notes: vec![
                Note {
                    text: Some("ab".into()),
                },
                Note {
                    text: Some("abcd".into()),
                },
            ],
            free: String::new(),
        };
        assert_eq!(fields(enforce(&bad).unwrap_err()), ["name", "notes[1].text"]);
    }

    #[test]
    fn years_outside_1900_to_2200_are_refused() {
        assert!(year_out_of_range(1900).is_none() && year_out_of_range(2200).is_none());
        assert!(year_out_of_range(1899).is_some() && year_out_of_range(99999).is_some());
    }
}
