//! Guarded updates: a row changes only if it is still at the version the change was based on, so two
//! concurrent edits can never silently overwrite each other.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IdenStatic, IntoActiveModel, Iterable, QueryFilter,
};

/// Writes `am` (which must set `version` to `expected + 1`) only where `id` still has version
/// `expected`; otherwise fails with a conflict and writes nothing.
pub async fn update<A, M>(db: &impl ConnectionTrait, am: A, id: i32, expected: i32) -> Result<M, crate::error::AppError>
where
    A: ActiveModelTrait + sea_orm::ActiveModelBehavior + Send,
    A::Entity: EntityTrait<Model = M>,
    M: IntoActiveModel<A> + sea_orm::ModelTrait<Entity = A::Entity> + Send + Sync,
{
    let col = |name: &str| <A::Entity as EntityTrait>::Column::iter().find(|c| c.as_str() == name);
    let (Some(id_col), Some(version_col)) = (col("id"), col("version")) else {
        return Err(crate::error::AppError::Internal(
            "versioned update on a table without id and version".into(),
        ));
    };
    let mut rows = <A::Entity as EntityTrait>::update_many()
        .set(am)
        .filter(id_col.eq(id))
        .filter(version_col.eq(expected))
        .exec_with_returning(db)
        .await?;
    match rows.pop() {
        Some(row) if rows.is_empty() => Ok(row),
        _ => Err(crate::error::AppError::Conflict(format!(
            "the record changed while you were editing it (expected version {expected}): reload it and apply your change again"
        ))),
    }
}
