//! Configuration from the environment, checked at start-up: a bad value stops the server with a message
//! naming the variable, instead of running with a surprise.

use crate::state::Config;

fn var<T: std::str::FromStr>(name: &str) -> anyhow::Result<Option<T>> {
    match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => v
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| anyhow::anyhow!("environment variable {name}=`{v}` is not valid")),
        _ => Ok(None),
    }
}

/// Reads `STRATRACK_SECURE_COOKIES` (true behind HTTPS), `STRATRACK_SESSION_IDLE_MINUTES` (default 30),
/// `STRATRACK_SESSION_HOURS` (absolute lifetime, default 12), `STRATRACK_METRICS_ALLOW` (addresses and
/// CIDR ranges that may read `/metrics` without logging in), `STRATRACK_TRUSTED_PROXIES` (comma-separated
/// IPs or CIDRs of the reverse proxies whose `X-Forwarded-For` is believed; default none).
pub fn from_env() -> anyhow::Result<Config> {
    let mut c = Config::default();
    if let Some(b) = var::<bool>("STRATRACK_SECURE_COOKIES")? {
        c.secure_cookies = b;
    }
    if let Some(m) = var::<i64>("STRATRACK_SESSION_IDLE_MINUTES")? {
        anyhow::ensure!(
            (1..=24 * 60).contains(&m),
            "STRATRACK_SESSION_IDLE_MINUTES must be 1..=1440"
        );
        c.session_idle = chrono::Duration::minutes(m);
    }
    if let Some(h) = var::<i64>("STRATRACK_SESSION_HOURS")? {
        anyhow::ensure!((1..=24 * 30).contains(&h), "STRATRACK_SESSION_HOURS must be 1..=720");
        c.session_absolute = chrono::Duration::hours(h);
    }
    if let Ok(v) = std::env::var("STRATRACK_METRICS_ALLOW") {
        c.metrics_allow = v
            .parse()
            .map_err(|e| anyhow::anyhow!("environment variable STRATRACK_METRICS_ALLOW=`{v}` is not valid: {e}"))?;
    }
    if let Some(p) = var::<crate::auth::client_addr::TrustedProxies>("STRATRACK_TRUSTED_PROXIES")? {
        c.trusted_proxies = p;
    }
    Ok(c)
}
