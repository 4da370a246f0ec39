//! Helpers of the framework tests: the decision body framework revisions need, the fields a problem
//! document names and audit-row counts. (Requests with `If-Match` or reading the `ETag` go through
//! `app.as_(token)`, see `helpers/request.rs`.)

use crate::helpers::TestApp;
use serde_json::{Value, json};

/// A complete decision for a framework revision.
pub fn decision(reference: &str) -> Value {
    json!({
        "decided_on": "2029-05-12",
        "deciding_body": "Council",
        "reference": reference,
        "reason_category": "methodology",
        "justification": "The survey method changed."
    })
}

/// The field names of a problem document's `errors`, in order.
pub fn fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| e["field"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Audit rows of `entity_type` with `action`.
pub async fn audit_rows(app: &TestApp, entity_type: &str, action: &str) -> i64 {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    use stratrack::entities::audit_log;
    audit_log::Entity::find()
        .filter(audit_log::Column::EntityType.eq(entity_type))
        .filter(audit_log::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap() as i64
}
