//! Configuration from the environment, checked at start-up: a bad value stops the server with a message
//! naming the variable, instead of running with a surprise.

/// Largest request body accepted (imports included).
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

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
    pub metrics_allow: crate::addr_ranges::AllowList,
    /// Proxies whose `X-Forwarded-For` names the client (`STRATRACK_TRUSTED_PROXIES`).
    pub trusted_proxies: crate::addr_ranges::TrustedProxies,
    /// Where notices are mailed (`STRATRACK_SMTP_URL`); none: notices stay in the product only.
    pub smtp: Option<crate::models::notifications::SmtpUrl>,
    /// Who publishes the IATI results file (`STRATRACK_IATI_ORG_REF`, `STRATRACK_IATI_ORG_NAME`,
    /// `STRATRACK_IATI_ORG_TYPE`); by default the seed's organisation under an illustrative identifier.
    pub iati: crate::models::iati::publisher::Publisher,
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
            metrics_allow: crate::addr_ranges::AllowList::default(),
            trusted_proxies: crate::addr_ranges::TrustedProxies::default(),
            smtp: None,
            iati: crate::models::iati::publisher::Publisher::default(),
        }
    }
}

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
/// IPs or CIDRs of the reverse proxies whose `X-Forwarded-For` is believed; default none),
/// `STRATRACK_SMTP_URL` (`smtp://[user[:password]@]host[:port][?from=address]`: notices are also mailed
/// there; default none), and the IATI publisher ([`iati_publisher`]).
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
    if let Some(p) = var::<crate::addr_ranges::TrustedProxies>("STRATRACK_TRUSTED_PROXIES")? {
        c.trusted_proxies = p;
    }
    if let Ok(v) = std::env::var("STRATRACK_SMTP_URL")
        && !v.trim().is_empty()
    {
        c.smtp = Some(
            v.parse()
                .map_err(|e| anyhow::anyhow!("environment variable STRATRACK_SMTP_URL is not valid (its value is not shown: it may hold a password): {e}"))?,
        );
    }
    c.iati = iati_publisher()?;
    Ok(c)
}

/// The IATI publisher from `STRATRACK_IATI_ORG_REF` (the organisation identifier that prefixes the
/// activity identifier; default the illustrative [`crate::models::iati::publisher::ILLUSTRATIVE_ORG_REF`]),
/// `STRATRACK_IATI_ORG_NAME` and `STRATRACK_IATI_ORG_TYPE` (an OrganisationType code, default `40`,
/// multilateral). Read by `serve` and by `stratrack export --iati`.
pub fn iati_publisher() -> anyhow::Result<crate::models::iati::publisher::Publisher> {
    let default = crate::models::iati::publisher::Publisher::default();
    let get = |name: &str, default: &str| match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => v,
        _ => default.to_owned(),
    };
    crate::models::iati::publisher::Publisher::new(
        &get("STRATRACK_IATI_ORG_REF", &default.org_ref),
        &get("STRATRACK_IATI_ORG_NAME", &default.name),
        &get("STRATRACK_IATI_ORG_TYPE", &default.org_type),
    )
    .map_err(|e| anyhow::anyhow!("the STRATRACK_IATI_ORG_* variables are not valid: {e}"))
}
