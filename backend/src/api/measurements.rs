//! Measurements: data entry and approval. One file per action under `measurements/`; this file holds the
//! router and what the actions share.
//!
//! Workflow: `POST /measurements` creates a draft; `PATCH` edits a draft or a returned value; `submit`,
//! `approve` and `return` move it on; `revise` corrects an approved value with a new revision, which
//! supersedes the old one when approved. Reviewers see approved values only.

mod create;
mod edit;
mod list;
mod steps;

use crate::auth::Actor;
use crate::entities::{indicators, measurements, plans};
use crate::error::{AppError, AppResult};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use serde::de::DeserializeOwned;
use utoipa_axum::{router::OpenApiRouter, routes};

pub use create::{CreateMeasurement, UpdateMeasurement, create_measurement};
pub use list::{MeasurementList, MeasurementListParams};
pub use steps::StepBody;
pub use steps::{approve_measurement, return_measurement, submit_measurement};

/// A change to a value read before its write transaction: the write refuses it (409) when the value
/// changed meanwhile, and checks the year's lock again.
struct Change {
    plan: plans::Model,
    indicator: indicators::Model,
    m: measurements::Model,
    am: measurements::ActiveModel,
    actor: Actor,
}

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list::list_measurements, create::create_measurement))
        .routes(routes!(
            list::get_measurement,
            edit::update_measurement,
            edit::delete_measurement
        ))
        .routes(routes!(list::measurement_history))
        .routes(routes!(steps::submit_measurement))
        .routes(routes!(steps::approve_measurement))
        .routes(routes!(steps::return_measurement))
        .routes(routes!(create::revise_measurement))
}

/// Refuses, before anything is read, an actor who may enter no data at all (reviewers): admins may enter
/// for any unit and planners for their own, which the handler checks again once it knows the indicator.
pub fn may_enter_data(actor: &Actor) -> AppResult<()> {
    authorize(actor, Action::WriteUnit(actor.unit_id.unwrap_or_default()))
}

/// The text of a JSON scalar as entered: numbers and strings as they are, null as absent; anything else
/// as its JSON text, which validation then refuses naming the field.
pub fn text_of(v: Option<&serde_json::Value>) -> Option<String> {
    match v? {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}

/// A disaggregation given as an object (`{"sex": "female"}`) or as canonical text (`sex=female`).
pub fn pairs_of(v: Option<&serde_json::Value>) -> Result<Vec<(String, String)>, String> {
    match v {
        None | Some(serde_json::Value::Null) => Ok(Vec::new()),
        Some(serde_json::Value::String(s)) => crate::models::measurements::parse_disaggregation(s),
        Some(serde_json::Value::Object(o)) => {
            let mut text = Vec::new();
            for (d, val) in o {
                match val {
                    serde_json::Value::String(s) => text.push(format!("{d}={s}")),
                    other => return Err(format!("the value of `{d}` must be a value code, not {other}")),
                }
            }
            crate::models::measurements::parse_disaggregation(&text.join(";"))
        }
        Some(other) => Err(format!(
            "must be an object such as {{\"sex\": \"female\"}} or text such as `sex=female`, not {other}"
        )),
    }
}

/// An optional JSON body (the workflow steps take one only for a version or a note); malformed JSON and
/// unknown fields are refused like any other body.
pub fn optional_body<T: DeserializeOwned + Default>(bytes: &[u8]) -> AppResult<T> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_json::from_slice(bytes).map_err(|e| {
        let msg = e.to_string();
        match msg.strip_prefix("unknown field `") {
            Some(rest) => AppError::field(rest.split('`').next().unwrap_or(rest), "is not a known field"),
            None => AppError::field("body", msg),
        }
    })
}

/// The version a step claims: `If-Match` (412 on mismatch) wins over a body `version` (409); none
/// given means "whatever is current" for steps, which are guarded against concurrent changes anyway.
pub fn step_version(headers: &axum::http::HeaderMap, body: Option<i32>) -> AppResult<Option<(i32, bool)>> {
    if headers.contains_key(axum::http::header::IF_MATCH) {
        return super::common::claimed_version(headers, None).map(Some);
    }
    Ok(body.map(|v| (v, false)))
}
