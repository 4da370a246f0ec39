//! The data version: one counter, raised in the same transaction as every change of the data: by a
//! trigger on every audit row (migration 600000), and by [`bump`] in `seed` and `bench-data`. A process that keeps something computed from the data (the
//! evaluation cache) keys it on this number and knows with one read whether it still holds, whichever
//! process made the change.

use sea_orm::{ConnectionTrait, DbErr, Statement};

/// The current data version.
pub async fn current(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT version FROM data_version WHERE id = 1",
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("data_version row 1 (run `stratrack migrate`)".into()))?;
    row.try_get::<i64>("", "version")
}

/// Raises the data version; call it inside a transaction that changes the data without an audit row.
pub async fn bump(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    db.execute_unprepared("UPDATE data_version SET version = version + 1 WHERE id = 1")
        .await?;
    Ok(())
}
