//! Shared state of the HTTP server: the database pool and the configuration. Nothing else lives in the
//! process, so any number of processes can serve one PostgreSQL database.

use sea_orm::DatabaseConnection;

/// Settings that tests and deployments change.
#[derive(Debug, Clone)]
pub struct Config {
    /// A session ends after this long without a request.
    pub session_idle: chrono::Duration,
    /// A session ends this long after login, whatever happens.
    pub session_absolute: chrono::Duration,
    /// Mark cookies `Secure` (behind HTTPS).
    pub secure_cookies: bool,
    /// Failed logins per account from one client address within [`Config::throttle_window`] before that
    /// address is refused for that account (others still log in to it).
    pub max_failures_per_account_addr: u64,
    /// Failed logins per client address within the window before it is refused.
    pub max_failures_per_addr: u64,
    /// The window of the throttling counts.
    pub throttle_window: chrono::Duration,
    /// Addresses that may read `/metrics` without logging in (`STRATRACK_METRICS_ALLOW`).
    pub metrics_allow: crate::metrics::http::AllowList,
    /// Proxies whose `X-Forwarded-For` names the client (`STRATRACK_TRUSTED_PROXIES`).
    pub trusted_proxies: crate::auth::client_addr::TrustedProxies,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            session_idle: chrono::Duration::minutes(30),
            session_absolute: chrono::Duration::hours(12),
            secure_cookies: false,
            max_failures_per_account_addr: 5,
            max_failures_per_addr: 20,
            throttle_window: chrono::Duration::minutes(15),
            metrics_allow: crate::metrics::http::AllowList::default(),
            trusted_proxies: crate::auth::client_addr::TrustedProxies::default(),
        }
    }
}

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
    /// Evaluations (statuses and roll-ups) computed by this process, checked against the data version.
    pub evaluations: std::sync::Arc<crate::models::evaluation::Cache>,
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

    /// The same state with a dedicated writer pool, when there is one.
    pub fn with_writer(self, writer: Option<DatabaseConnection>) -> Self {
        AppState {
            writer: crate::models::transactions::Writer::new(writer.unwrap_or_else(|| self.db.clone())),
            ..self
        }
    }
}
