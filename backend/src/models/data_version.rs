//! The data version: one counter, raised in the same transaction as every change of the data: by a
//! trigger on every audit row (migration 600000), and by [`bump`] in `seed` and `bench-data`. A process that keeps something computed from the data (the
//! evaluation cache) keys it on this number and knows with one read whether it still holds, whichever
//! process made the change.
//!
//! On PostgreSQL the trigger raises one of 64 parts (`data_version_parts`, migration m20261227_100000),
//! picked by the connection's server process, instead of row 1, which every write transaction held locked
//! from its audit row to its commit, so that writers committed one at a time. The version is row 1 plus
//! the sum of the parts; each part is raised in its write's own transaction, so the sum counts exactly the
//! committed changes a snapshot sees. SQLite (one writer at a time) raises row 1 and has no parts.

use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ConnectionTrait, DbErr, QueryResult, Statement};

/// The one reading of the version, as a query of its own or a scalar subquery of another: row 1 plus the
/// parts (NULL when row 1 is missing, as before migrating).
const READ: &str = "SELECT CAST((SELECT version FROM data_version WHERE id = 1) \
     + (SELECT COALESCE(SUM(version), 0) FROM data_version_parts) AS BIGINT) AS version";

/// The name under which [`column`] is selected.
pub const COLUMN: &str = "data_version";

/// The current data version.
pub async fn current(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), READ))
        .await?
        .ok_or_else(missing)?;
    row.try_get::<Option<i64>>("", "version")?.ok_or_else(missing)
}

/// The data version as one more column of a query made anyway (select it as [`COLUMN`], read it with
/// [`of_row`]): the session or token lookup carries it, so a request learns who asks and which version
/// it reads in one round trip.
pub fn column() -> SimpleExpr {
    Expr::cust(format!("({READ})"))
}

/// The version selected by [`column`] in `row`.
pub fn of_row(row: &QueryResult) -> Result<i64, DbErr> {
    row.try_get::<Option<i64>>("", COLUMN)?.ok_or_else(missing)
}

fn missing() -> DbErr {
    DbErr::RecordNotFound("data_version row 1 (run `stratrack migrate`)".into())
}

/// Raises the data version; call it inside a transaction that changes the data without an audit row.
pub async fn bump(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    db.execute_unprepared("UPDATE data_version SET version = version + 1 WHERE id = 1")
        .await?;
    Ok(())
}
