//! Shared state of the HTTP server: the database pool and the configuration. Nothing else lives in the
//! process, so any number of processes can serve one PostgreSQL database.

use sea_orm::DatabaseConnection;

pub use crate::config::Config;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The connection pool.
    pub db: DatabaseConnection,
    /// Where the writes of measurements, imports and period locks go: on a SQLite file a one-connection
    /// pool ([`crate::db::connect_writer`]) with group commits, else the same pool as `db`.
    pub writer: crate::models::transactions::Writer,
    /// Configuration.
    pub config: std::sync::Arc<Config>,
    /// What this process computed from the data (evaluations, dashboard figures, costs, the rendered
    /// framework tree), checked against the data version ([`crate::models::cache`]).
    pub evaluations: std::sync::Arc<crate::models::cache::Cache>,
}

impl AppState {
    /// State with the default configuration.
    pub fn new(db: DatabaseConnection) -> Self {
        AppState {
            writer: crate::models::transactions::Writer::new(db.clone()),
            db,
            config: std::sync::Arc::new(Config::default()),
            evaluations: std::sync::Arc::default(),
        }
    }

    /// The same state with a dedicated writer pool, when there is one, mailing notices to the SMTP
    /// server of the configuration (if any).
    pub fn with_writer(self, writer: Option<DatabaseConnection>) -> Self {
        let mailer = crate::models::notifications::Mailer::new(self.config.smtp.as_ref());
        AppState {
            writer: crate::models::transactions::Writer::new(writer.unwrap_or_else(|| self.db.clone()))
                .with_mailer(mailer),
            ..self
        }
    }
}
