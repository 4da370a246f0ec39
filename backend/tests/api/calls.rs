//! Helpers the finance, operations, risk and audit tests share: the fields a problem document names, and
//! audit-row counts per entity type.

use crate::helpers::TestApp;

/// The fields a problem document names, in order.
pub use crate::conditional::fields;

/// Audit rows about `entity_type`.
pub async fn audit_rows(app: &TestApp, entity_type: &str) -> i64 {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    stratrack::entities::audit_log::Entity::find()
        .filter(stratrack::entities::audit_log::Column::EntityType.eq(entity_type))
        .count(&app.db)
        .await
        .unwrap() as i64
}
