//! Shared state of the HTTP server: the database pool. Stateless otherwise, so any number of
//! processes can serve one PostgreSQL database.

use sea_orm::DatabaseConnection;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The connection pool.
    pub db: DatabaseConnection,
}
