//! Redaction of what differs from one run (or one backend) to the next before a JSON answer is compared
//! with its insta snapshot: row ids, versions and entity tags, and instants.

use serde_json::Value;

/// `value` with every id (`id`, `…_id`, `…_ids`), `version` and `etag` replaced by a placeholder, and
/// every RFC 3339 instant (a string with a date and a time) by `"[time]"`. Dates without a time are
/// data (a milestone's year, a decision's day) and stay.
pub fn redacted(value: &Value) -> Value {
    match value {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| (k.clone(), redact_field(k, v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
        Value::Array(items) => items.iter().map(redacted).collect(),
        Value::String(s) if is_instant(s) => Value::String("[time]".into()),
        other => other.clone(),
    }
}

fn redact_field(key: &str, value: &Value) -> Value {
    let placeholder = if key == "id" || key.ends_with("_id") || key.ends_with("_ids") {
        "[id]"
    } else if key == "version" || key.ends_with("_version") || key == "etag" {
        "[version]"
    } else {
        return redacted(value);
    };
    match value {
        Value::Null => Value::Null,
        Value::Array(items) => items.iter().map(|_| Value::String(placeholder.into())).collect(),
        _ => Value::String(placeholder.into()),
    }
}

fn is_instant(s: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(s).is_ok()
}

#[test]
fn ids_versions_and_instants_are_redacted_and_dates_and_figures_are_kept() {
    let answer = serde_json::json!({
        "id": 7, "plan_id": 2, "node_ids": [1, 2], "parent_id": null, "version": 3,
        "updated_at": "2026-12-02T22:45:56.123Z", "due": "2029-05-12", "value": "0.75", "code": "KPI-R1",
        "items": [{"id": 9, "created_at": "2026-12-02T22:45:56+00:00"}]
    });
    assert_eq!(
        redacted(&answer),
        serde_json::json!({
            "id": "[id]", "plan_id": "[id]", "node_ids": ["[id]", "[id]"], "parent_id": null,
            "version": "[version]", "updated_at": "[time]", "due": "2029-05-12", "value": "0.75",
            "code": "KPI-R1", "items": [{"id": "[id]", "created_at": "[time]"}]
        })
    );
}
