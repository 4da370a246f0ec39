//! The append-only audit log: one row per change, written in the same transaction as the change.

use crate::auth::Actor;
use crate::entities::audit_log;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr};
use serde::Serialize;

/// Appends one entry in the caller's transaction; a trigger on the table raises the data version
/// ([`super::data_version`]) with it. `before`/`after` are the record as JSON (None for create/delete sides).
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
    let json = |v: Option<&T>| v.map(|v| serde_json::to_string(v).unwrap_or_default());
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
