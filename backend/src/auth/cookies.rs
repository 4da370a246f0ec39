//! The cookies the server sets, and HSTS. Behind HTTPS (`STRATRACK_SECURE_COOKIES=true`) every cookie is
//! `Secure` and carries the `__Host-` prefix, so the browser only accepts it from this exact host over
//! HTTPS with `Path=/` (a sibling subdomain cannot plant or overwrite it), and every response tells the
//! browser to use HTTPS only (HSTS).

use crate::state::Config;
use axum::http::HeaderMap;
use axum::http::header::COOKIE;

/// Base name of the session cookie.
pub const SESSION: &str = "stratrack_session";
/// Base name of the pre-session cookie that the login form's hidden field must match (login CSRF).
pub const LOGIN_CSRF: &str = "stratrack_login_csrf";
/// `Strict-Transport-Security` sent when cookies are secure: a year, subdomains included (ASVS 14.4.5).
pub const HSTS: &str = "max-age=31536000; includeSubDomains";

/// The name a cookie has under `cfg`: `__Host-` prefixed when cookies are secure.
pub fn name(base: &str, cfg: &Config) -> String {
    if cfg.secure_cookies {
        format!("__Host-{base}")
    } else {
        base.to_owned()
    }
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Path=/; `max_age_secs` `None` for a browser-session
/// cookie, `Some(0)` to delete it.
pub fn set(base: &str, value: &str, cfg: &Config, max_age_secs: Option<i64>) -> String {
    format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Lax{}{}",
        name(base, cfg),
        max_age_secs.map(|s| format!("; Max-Age={s}")).unwrap_or_default(),
        if cfg.secure_cookies { "; Secure" } else { "" }
    )
}

/// The value of the cookie `base` (under its configured name) sent with a request.
pub fn read(headers: &HeaderMap, base: &str, cfg: &Config) -> Option<String> {
    let name = name(base, cfg);
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|h| {
            h.split(';').find_map(|kv| {
                let (k, v) = kv.trim().split_once('=')?;
                (k == name).then(|| v.to_owned())
            })
        })
}

/// The layer that adds HSTS to every response when cookies are secure (and does nothing otherwise).
pub fn hsts_layer(
    cfg: &Config,
) -> tower_http::set_header::SetResponseHeaderLayer<
    impl Fn(&axum::response::Response) -> Option<axum::http::HeaderValue> + Clone + use<>,
> {
    let value = cfg.secure_cookies.then(|| axum::http::HeaderValue::from_static(HSTS));
    tower_http::set_header::SetResponseHeaderLayer::overriding(
        axum::http::header::STRICT_TRANSPORT_SECURITY,
        move |_: &axum::response::Response| value.clone(),
    )
}
