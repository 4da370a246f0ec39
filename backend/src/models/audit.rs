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
    if let Some(e) = entry(actor, action, (entity_type, entity_id), (before, after), reason) {
        e.insert(db).await?;
    }
    Ok(())
}

/// The entry [`record`] appends, unwritten: `actor` did `action` to the record `(type, id)`, which was
/// `before` and is `after`, for `reason`. None when `before` and `after` are the same record (no change,
/// no entry).
pub fn entry<T: Serialize>(
    actor: Option<&Actor>,
    action: &str,
    (entity_type, entity_id): (&str, impl ToString),
    (before, after): (Option<&T>, Option<&T>),
    reason: &str,
) -> Option<audit_log::ActiveModel> {
    let value = |v: Option<&T>| v.map(|v| serde_json::to_value(v).unwrap_or_default());
    let (before, after) = (value(before), value(after));
    if before.is_some() && before == after {
        return None;
    }
    let (before, after) = compact(before, after);
    let json = |v: Option<Value>| v.map(|v| v.to_string());
    Some(audit_log::ActiveModel {
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
    })
}

/// PostgreSQL, for a write made in one statement (a data-modifying `WITH`): the insert that appends
/// `entry` once for the row the common table expression `source` holds, and nothing when it holds none
/// (the change did not happen). A creation (`created`) names the row the statement itself inserted,
/// whose id is known only there: the entry's `entity_id` and the `"id"` of its `after` record are that
/// row's `id`, in the text [`record`] would have written had it known it.
pub fn append_for_row(
    entry: audit_log::ActiveModel,
    source: &str,
    created: bool,
) -> Result<sea_orm::sea_query::InsertStatement, DbErr> {
    use sea_orm::sea_query::{Alias, Expr, Query};
    use sea_orm::{ActiveValue, EntityTrait, Iterable};
    let id = || Expr::col((Alias::new(source), Alias::new("id")));
    let mut columns = Vec::new();
    let mut values = Vec::new();
    for c in <audit_log::Entity as EntityTrait>::Column::iter() {
        let ActiveValue::Set(v) = entry.get(c) else { continue };
        let value = match (created, c) {
            (true, audit_log::Column::EntityId) => Expr::cust_with_exprs("CAST($1 AS text)", [id()]),
            (true, audit_log::Column::After) => {
                let record = match &v {
                    sea_orm::Value::String(Some(text)) => serde_json::from_str(text).ok(),
                    _ => None,
                };
                let Some((head, tail)) = record.as_ref().and_then(around_id) else {
                    return Err(DbErr::Custom("a creation's audit record has no id".into()));
                };
                Expr::cust_with_exprs("$1 || CAST($2 AS text) || $3", [Expr::val(head), id(), Expr::val(tail)])
            }
            _ => Expr::val(v),
        };
        columns.push(c);
        values.push(value);
    }
    let select = Query::select().exprs(values).from(Alias::new(source)).to_owned();
    let mut insert = Query::insert();
    insert
        .into_table(audit_log::Entity)
        .columns(columns)
        .select_from(select)
        .map_err(|e| DbErr::Custom(format!("audit entry: {e}")))?;
    Ok(insert)
}

/// The compact JSON text of the object `record` cut around the value of its `"id"` key:
/// `head + id + tail` is `record`'s text with that id (serde_json writes an object's keys in the order
/// its map keeps them, which this follows). None when `record` is not an object with an `"id"` key.
fn around_id(record: &Value) -> Option<(String, String)> {
    let Value::Object(fields) = record else { return None };
    let (mut head, mut tail) = (String::from("{"), String::new());
    let mut past_id = false;
    for (i, (key, value)) in fields.iter().enumerate() {
        let out = if past_id { &mut tail } else { &mut head };
        if i > 0 {
            out.push(',');
        }
        out.push_str(&Value::String(key.clone()).to_string());
        out.push(':');
        if key == "id" && !past_id {
            past_id = true;
        } else {
            out.push_str(&value.to_string());
        }
    }
    tail.push('}');
    past_id.then_some((head, tail))
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
    fn a_record_cut_around_its_id_is_its_text_with_any_id() {
        let record = json!({"a": [1, "x"], "id": 0, "narrative": "the \"id\":0 inside", "z": null});
        let (head, tail) = around_id(&record).unwrap();
        for id in [1, 42, 2_147_483_647] {
            let mut with_id = record.clone();
            with_id["id"] = json!(id);
            assert_eq!(format!("{head}{id}{tail}"), with_id.to_string());
        }
        assert_eq!(around_id(&json!({"no": 1})), None);
        assert_eq!(around_id(&json!(5)), None);
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
