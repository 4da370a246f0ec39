//! Guarded updates: a row changes only if it is still at the version the change was based on, so two
//! concurrent edits can never silently overwrite each other; an update that changes nothing leaves
//! the row, its version and the audit log as they were. Also the steps every versioned write shares: a
//! new row starts at version 1 ([`insert`]), and an audited write ([`Write`]) records its change and
//! commits in one step.

use crate::auth::Actor;
use crate::error::AppResult;
use crate::models::{audit, transactions};
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ActiveValue, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, DbErr, EntityTrait, IdenStatic, IntoActiveModel, Iterable, ModelTrait, QueryFilter,
};
use serde::Serialize;

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

/// The `id` and `version` columns of `E`.
fn id_and_version<E: EntityTrait>() -> Result<(E::Column, E::Column), crate::error::AppError> {
    let col = |name: &str| E::Column::iter().find(|c| c.as_str() == name);
    match (col("id"), col("version")) {
        (Some(id), Some(version)) => Ok((id, version)),
        _ => Err(crate::error::AppError::Internal(
            "versioned update on a table without id and version".into(),
        )),
    }
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
    let (id_col, version_col) = id_and_version::<A::Entity>()?;
    let current = <A::Entity as EntityTrait>::find().filter(id_col.eq(id)).one(db).await?;
    if let Some(current) = current
        && current.get(version_col) == sea_orm::Value::from(expected)
        && changes_nothing(&am, &current)
    {
        return Ok(current);
    }
    update_changing(db, am, id, expected, None).await
}

/// Like [`update`], for a change that always changes something (a workflow step moves the state): the
/// guarded update alone, one statement, without first reading the row to see whether it would change;
/// and only where `guard` (if any) holds too, in the same statement (e.g.
/// [`crate::models::periods::not_locked`]): a conflict when the version is stale or the guard fails,
/// which the caller tells apart.
pub async fn update_changing<A, M>(
    db: &impl ConnectionTrait,
    am: A,
    id: i32,
    expected: i32,
    guard: Option<sea_orm::sea_query::SimpleExpr>,
) -> Result<M, crate::error::AppError>
where
    A: ActiveModelTrait + sea_orm::ActiveModelBehavior + Send,
    A::Entity: EntityTrait<Model = M>,
    M: IntoActiveModel<A> + sea_orm::ModelTrait<Entity = A::Entity> + Send + Sync,
{
    let mut rows = guarded_many(am, id, expected, guard)?.exec_with_returning(db).await?;
    match rows.pop() {
        Some(row) if rows.is_empty() => Ok(row),
        _ => Err(crate::error::AppError::conflict(crate::error::Said::new(
            "said-changed-while-editing",
            [("expected", i64::from(expected).into())],
        ))),
    }
}

/// The update of `am` where its `id` is `id`, its `version` still `expected` and `guard` (if any) holds.
fn guarded_many<A>(
    am: A,
    id: i32,
    expected: i32,
    guard: Option<sea_orm::sea_query::SimpleExpr>,
) -> Result<sea_orm::UpdateMany<A::Entity>, crate::error::AppError>
where
    A: ActiveModelTrait + Send,
{
    let (id_col, version_col) = id_and_version::<A::Entity>()?;
    let mut update = <A::Entity as EntityTrait>::update_many()
        .set(am)
        .filter(id_col.eq(id))
        .filter(version_col.eq(expected));
    if let Some(guard) = guard {
        update = update.filter(guard);
    }
    Ok(update)
}

/// PostgreSQL, for a write made in one statement: the update [`update_changing`] makes
/// (`UPDATE … WHERE id = … AND version = expected [AND guard] RETURNING *`), as a query to put in a
/// data-modifying `WITH`. It returns no row where [`update_changing`] would refuse.
pub fn update_changing_query<A>(
    am: A,
    id: i32,
    expected: i32,
    guard: Option<sea_orm::sea_query::SimpleExpr>,
) -> Result<sea_orm::sea_query::UpdateStatement, crate::error::AppError>
where
    A: ActiveModelTrait + Send,
{
    use sea_orm::QueryTrait;
    let mut q = guarded_many(am, id, expected, guard)?.into_query();
    q.returning_all();
    Ok(q)
}

/// Inserts `am` as a new row at version 1, created and last changed now: the bookkeeping every versioned
/// table starts a row with, so a creation sets only what it was asked for.
pub async fn insert<A, M>(db: &impl ConnectionTrait, mut am: A) -> Result<M, DbErr>
where
    A: ActiveModelTrait<Entity: EntityTrait<Model = M>> + ActiveModelBehavior + Send,
    M: IntoActiveModel<A>,
{
    let now: sea_orm::prelude::DateTimeWithTimeZone = chrono::Utc::now().into();
    for (name, value) in [
        ("version", sea_orm::Value::from(1)),
        ("created_at", now.into()),
        ("updated_at", now.into()),
    ] {
        if let Some(c) = <A::Entity as EntityTrait>::Column::iter().find(|c| c.as_str() == name) {
            am.set(c, value);
        }
    }
    am.insert(db).await
}

/// An audited write under way: its transaction and writer's turn, who writes, and the kind of record the
/// audit log names. A use case begins one, reads and writes through [`Write::txn`], and ends it with
/// [`Write::created`], [`Write::updated`] or [`Write::deleted`], which record the change in the same
/// transaction and commit it.
pub struct Write<'a> {
    /// The transaction every read and write of the use case goes through.
    pub txn: DatabaseTransaction,
    turn: transactions::WriteTurn,
    actor: &'a Actor,
    kind: &'a str,
}

impl<'a> Write<'a> {
    /// Begins a write of `kind` records by `actor` (see [`transactions::begin_write`]).
    pub async fn begin(db: &DatabaseConnection, actor: &'a Actor, kind: &'a str) -> AppResult<Self> {
        let (txn, turn) = transactions::begin_write(db).await?;
        Ok(Write { txn, turn, actor, kind })
    }

    /// Records that row `id` was created as `e`, commits, and returns `e`.
    pub async fn created<E: Serialize>(self, id: i32, e: E) -> AppResult<E> {
        audit::created(&self.txn, Some(self.actor), self.kind, id, &e).await?;
        transactions::commit(self.txn, self.turn).await?;
        Ok(e)
    }

    /// Records that row `id` changed from `before` to `after`, commits, and returns `after`.
    pub async fn updated<E: Serialize>(self, id: i32, before: E, after: E) -> AppResult<E> {
        audit::updated(&self.txn, Some(self.actor), self.kind, id, &before, &after).await?;
        transactions::commit(self.txn, self.turn).await?;
        Ok(after)
    }

    /// Writes the columns `am` sets as a new row (version 1) when `existing` is `None`, otherwise as the
    /// next version of `existing` ([`update`]: a stale or unchanged row is handled there); records the
    /// creation or the change, commits, and returns the row and whether it was created. `am` carries the
    /// row's keys for a creation; an update keeps `existing`'s.
    pub async fn put<A, M>(self, existing: Option<M>, am: A) -> AppResult<(M, bool)>
    where
        A: ActiveModelTrait<Entity: EntityTrait<Model = M>> + ActiveModelBehavior + Send,
        M: IntoActiveModel<A> + ModelTrait<Entity = A::Entity> + Serialize + Clone + Send + Sync,
    {
        let (id_col, version_col) = id_and_version::<A::Entity>()?;
        let whole = |v: sea_orm::Value| match v {
            sea_orm::Value::Int(Some(n)) => Ok(n),
            other => Err(crate::error::AppError::Internal(format!(
                "a row id or version is {other:?}"
            ))),
        };
        let Some(old) = existing else {
            let row: M = insert(&self.txn, am).await?;
            let id = whole(row.get(id_col))?;
            return Ok((self.created(id, row).await?, true));
        };
        let (id, version) = (whole(old.get(id_col))?, whole(old.get(version_col))?);
        let mut next = old.clone().into_active_model();
        for c in <A::Entity as EntityTrait>::Column::iter() {
            if let ActiveValue::Set(v) = am.get(c) {
                next.set(c, v);
            }
        }
        next.set(version_col, (version + 1).into());
        if let Some(c) = <A::Entity as EntityTrait>::Column::iter().find(|c| c.as_str() == "updated_at") {
            let now: sea_orm::prelude::DateTimeWithTimeZone = chrono::Utc::now().into();
            next.set(c, now.into());
        }
        let row: M = update(&self.txn, next, id, version).await?;
        Ok((self.updated(id, old, row).await?, false))
    }

    /// Records that row `id`, last seen as `before`, was deleted, and commits.
    pub async fn deleted<E: Serialize>(self, id: i32, before: &E) -> AppResult<()> {
        audit::deleted(&self.txn, Some(self.actor), self.kind, id, before).await?;
        transactions::commit(self.txn, self.turn).await?;
        Ok(())
    }
}
