//! An audit-log entry as JSON: who changed what, when, and the record before and after.

use crate::entities::audit_log;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// One audit entry.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AuditView {
    /// Entry id (increasing).
    pub id: i64,
    /// When (UTC).
    pub at: DateTime<Utc>,
    /// User id of the actor; `null` for the system (seed, migrations).
    pub actor_id: Option<i32>,
    /// The actor as written at the time, `email (id)` or `system`.
    pub actor: String,
    /// create, update, delete, or a workflow step (submit, approve, …).
    pub action: String,
    /// What kind of record, e.g. `finance_line`.
    pub entity_type: String,
    /// Its id or code.
    pub entity_id: String,
    /// The record before the change, as an object (`null` for a creation).
    #[schema(value_type = Option<Object>)]
    pub before: Option<serde_json::Value>,
    /// The record after the change, as an object (`null` for a deletion).
    #[schema(value_type = Option<Object>)]
    pub after: Option<serde_json::Value>,
    /// The reason given, if any.
    pub reason: String,
}

/// Stored JSON back to a JSON object, as documented. A side stored as anything else (text that is not
/// JSON, or a bare string from an older `stratrack user add`) is shown as `{"value": …}` rather than
/// lost, so a client always reads an object or `null`.
fn json(text: &Option<String>) -> Option<serde_json::Value> {
    text.as_ref().map(
        |t| match serde_json::from_str(t).unwrap_or_else(|_| serde_json::Value::String(t.clone())) {
            object @ serde_json::Value::Object(_) => object,
            other => serde_json::json!({ "value": other }),
        },
    )
}

impl From<&audit_log::Model> for AuditView {
    fn from(e: &audit_log::Model) -> Self {
        AuditView {
            id: e.id,
            at: e.at.to_utc(),
            actor_id: e.actor_id,
            actor: e.actor_label.clone(),
            action: e.action.clone(),
            entity_type: e.entity_type.clone(),
            entity_id: e.entity_id.clone(),
            before: json(&e.before),
            after: json(&e.after),
            reason: e.reason.clone(),
        }
    }
}
