//! Readiness: whether the database answers a query and stores a change (what `/readyz` reports).

use crate::models::transactions::Writer;
use sea_orm::DatabaseConnection;

/// Why the database is not ready, or `None` when it answers a query and stores a change. Each half waits
/// at most twice the pool's acquire time-out, so an unreachable database is said at once.
pub async fn problem(db: &DatabaseConnection, writer: &Writer) -> Option<String> {
    let read = tokio::time::timeout(crate::db::ACQUIRE_TIMEOUT * 2, crate::db::answers(db)).await;
    match read {
        Err(_) => Some("database unavailable: no answer in time".to_owned()),
        Ok(Err(e)) => Some(format!("database unavailable: {e}")),
        Ok(Ok(_)) => writer
            .can_write()
            .await
            .err()
            .map(|e| format!("database cannot write: {e}")),
    }
}
