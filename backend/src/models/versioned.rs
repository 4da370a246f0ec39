//! Guarded updates: a row changes only if it is still at the version the change was based on, so two
//! concurrent edits can never silently overwrite each other; an update that changes nothing leaves
//! the row, its version and the audit log as they were.

use sea_orm::{
    ActiveModelTrait, ActiveValue, ColumnTrait, ConnectionTrait, EntityTrait, IdenStatic, IntoActiveModel, Iterable,
    ModelTrait, QueryFilter,
};

/// Columns every update rewrites whatever it changes: they record that a change happened, so they
/// are no change in themselves.
const BOOKKEEPING: [&str; 3] = ["id", "version", "updated_at"];

/// Whether writing `am` over `current` would leave every column but the bookkeeping ones
/// ([`BOOKKEEPING`]) as it is: `am` sets some of them, and each value it sets equals the one `current`
/// holds. An `am` that sets only bookkeeping columns is a deliberate new version (the change is in
/// rows of another table, e.g. a risk's links), so it changes something.
pub fn changes_nothing<A>(am: &A, current: &<A::Entity as EntityTrait>::Model) -> bool
where
    A: ActiveModelTrait,
{
    let mut set = <A::Entity as EntityTrait>::Column::iter()
        .filter(|c| !BOOKKEEPING.contains(&c.as_str()))
        .filter_map(|c| match am.get(c) {
            ActiveValue::Set(value) => Some(value == current.get(c)),
            ActiveValue::Unchanged(_) | ActiveValue::NotSet => None,
        })
        .peekable();
    set.peek().is_some() && set.all(|same| same)
}

/// Writes `am` (which must set `version` to `expected + 1`) only where `id` still has version
/// `expected`; otherwise fails with a conflict and writes nothing. If `am` [`changes_nothing`], the row
/// is returned as it is, still at version `expected`: saving a form twice is not a new version.
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
    let current = <A::Entity as EntityTrait>::find().filter(id_col.eq(id)).one(db).await?;
    if let Some(current) = current
        && current.get(version_col) == sea_orm::Value::from(expected)
        && changes_nothing(&am, &current)
    {
        return Ok(current);
    }
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
