//! The append-only audit log: one row per change, written in the same transaction as the change.
//!
//! An entry keeps what changed, not two copies of the record ([`compact`]): an update stores only the
//! fields whose values differ (and `id`), and any text longer than [`limits::AUDIT_TEXT`] characters is
//! stored as `{"sha256": …, "chars": …}`: the record holds the text, the log proves which text it was.
//! Ten edits of a 10,000-character narrative thus add ten small entries, not 200,000 characters.

use crate::auth::Actor;
use crate::entities::audit_log;
use crate::limits;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr};
use serde::Serialize;
use serde_json::{Map, Value};
use sha2::Digest;

/// Appends one entry in the caller's transaction; a trigger on the table raises the data version
/// ([`super::data_version`]) with it. `before`/`after` are the record as JSON (None for create/delete sides).
/// A change whose `before` and `after` are the same record is no change and leaves no entry (nor a new
/// data version): see [`super::versioned::update`], which returns such a record unwritten.
#[allow(clippy::too_many_arguments)]
pub async fn record<T: Serialize>(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    action: &str,
    entity_type: &str,
    entity_id: impl ToString,
    before: Option<&T>,
    after: Option<&T>,
    reason: &str,
) -> Result<(), DbErr> {
    let value = |v: Option<&T>| v.map(|v| serde_json::to_value(v).unwrap_or_default());
    let (before, after) = (value(before), value(after));
    if before.is_some() && before == after {
        return Ok(());
    }
    let (before, after) = compact(before, after);
    let json = |v: Option<Value>| v.map(|v| v.to_string());
    audit_log::ActiveModel {
        at: Set(chrono::Utc::now().into()),
        actor_id: Set(actor.map(|a| a.id)),
        actor_label: Set(actor.map_or_else(|| "system".to_owned(), Actor::label)),
        action: Set(action.to_owned()),
        entity_type: Set(entity_type.to_owned()),
        entity_id: Set(entity_id.to_string()),
        before: Set(json(before)),
        after: Set(json(after)),
        reason: Set(reason.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Records the creation of `entity_type` `entity_id` as `after`.
pub async fn created<T: Serialize>(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    entity_type: &str,
    entity_id: impl ToString,
    after: &T,
) -> Result<(), DbErr> {
    record(db, actor, "create", entity_type, entity_id, None, Some(after), "").await
}

/// Records a change of `entity_type` `entity_id` from `before` to `after`.
pub async fn updated<T: Serialize>(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    entity_type: &str,
    entity_id: impl ToString,
    before: &T,
    after: &T,
) -> Result<(), DbErr> {
    record(
        db,
        actor,
        "update",
        entity_type,
        entity_id,
        Some(before),
        Some(after),
        "",
    )
    .await
}

/// Records the deletion of `entity_type` `entity_id`, which was `before`.
pub async fn deleted<T: Serialize>(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    entity_type: &str,
    entity_id: impl ToString,
    before: &T,
) -> Result<(), DbErr> {
    record(db, actor, "delete", entity_type, entity_id, Some(before), None, "").await
}

/// What an entry stores of `before` and `after`: when both are objects, only the fields that differ
/// (and `id`, to name the record); long texts anywhere replaced by their digest and length.
pub fn compact(before: Option<Value>, after: Option<Value>) -> (Option<Value>, Option<Value>) {
    let (before, after) = match (before, after) {
        (Some(Value::Object(b)), Some(Value::Object(a))) => {
            let differs = |k: &String| k == "id" || b.get(k) != a.get(k);
            let keep = |m: &Map<String, Value>| -> Map<String, Value> {
                m.iter()
                    .filter(|(k, _)| differs(k))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            };
            let (kb, ka) = (keep(&b), keep(&a));
            (Some(Value::Object(kb)), Some(Value::Object(ka)))
        }
        other => other,
    };
    (before.map(digest_long), after.map(digest_long))
}

/// `v` with every string longer than [`limits::AUDIT_TEXT`] characters replaced by its digest.
fn digest_long(v: Value) -> Value {
    match v {
        Value::String(s) if limits::too_long(&s, limits::AUDIT_TEXT).is_some() => serde_json::json!({
            "sha256": hex::encode(sha2::Sha256::digest(s.as_bytes())),
            "chars": s.chars().count(),
        }),
        Value::Array(items) => Value::Array(items.into_iter().map(digest_long).collect()),
        Value::Object(m) => Value::Object(m.into_iter().map(|(k, v)| (k, digest_long(v))).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_update_keeps_only_the_fields_that_changed_and_the_id() {
        let b = json!({"id": 7, "title": "A", "status": "open", "version": 1});
        let a = json!({"id": 7, "title": "A", "status": "closed", "version": 2});
        let (b, a) = compact(Some(b), Some(a));
        assert_eq!(b, Some(json!({"id": 7, "status": "open", "version": 1})));
        assert_eq!(a, Some(json!({"id": 7, "status": "closed", "version": 2})));
    }

    #[test]
    fn a_long_text_is_stored_as_its_digest_and_length() {
        let long = "x".repeat(limits::AUDIT_TEXT + 1);
        let short = "y".repeat(limits::AUDIT_TEXT);
        let (_, a) = compact(None, Some(json!({"narrative": long, "note": short})));
        let a = a.unwrap();
        assert_eq!(a["narrative"]["chars"], limits::AUDIT_TEXT + 1);
        assert_eq!(a["narrative"]["sha256"].as_str().map(str::len), Some(64));
        assert_eq!(a["note"], short, "a text up to the limit is kept whole");
    }

    #[test]
    fn values_that_are_not_records_are_kept() {
        assert_eq!(
            compact(Some(json!(60)), Some(json!(61))),
            (Some(json!(60)), Some(json!(61)))
        );
        assert_eq!(compact(None, None), (None, None));
    }
}
