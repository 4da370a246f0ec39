//! Org units as other resources refer to them: by code in requests and responses, by id in rows.

use crate::entities::org_units;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// The unit with `code`, if any.
pub async fn by_code(db: &impl ConnectionTrait, code: &str) -> Result<Option<org_units::Model>, DbErr> {
    org_units::Entity::find()
        .filter(org_units::Column::Code.eq(code))
        .one(db)
        .await
}

/// Code of every unit by id (a handful of rows: read once per request instead of once per item).
pub async fn codes(db: &impl ConnectionTrait) -> Result<HashMap<i32, String>, DbErr> {
    Ok(org_units::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.code))
        .collect())
}
