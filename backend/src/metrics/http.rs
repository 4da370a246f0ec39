//! The HTTP side of the metrics: the middleware that counts every request under its route template, the
//! `/metrics` route, and who may read it (an admin, or anyone from an address of
//! `STRATRACK_METRICS_ALLOW`, so a Prometheus server can scrape without an account).

use crate::auth::Actor;
use crate::error::{AppResult, Problem};
use crate::policy::{Action, authorize};
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts, MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;
use std::time::Instant;
use utoipa_axum::{router::OpenApiRouter, routes};

/// The route of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_metrics))
}

/// Middleware: counts the request under the route template it matched (never the raw path, which
/// clients choose) with its status, and how long the answer took.
pub async fn track(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = req.extensions().get::<MatchedPath>().cloned();
    let method = req.method().clone();
    let resp = next.run(req).await;
    let route = route.as_ref().map_or(super::UNMATCHED, MatchedPath::as_str);
    super::observe_request(route, &method, resp.status().as_u16(), started.elapsed());
    resp
}

/// `GET /metrics`: the figures of this process in the Prometheus text format (admins, or clients from an
/// address of `STRATRACK_METRICS_ALLOW` without logging in).
#[utoipa::path(get, path = "/metrics", tag = "health",
    responses(
        (status = 200, description = "Prometheus text exposition format 0.0.4", body = String,
            content_type = "text/plain; version=0.0.4; charset=utf-8"),
        (status = 401, body = Problem, content_type = "application/problem+json",
            description = "Not logged in and not from an allowed address"),
        (status = 403, body = Problem, content_type = "application/problem+json",
            description = "Logged in, but not an admin")),
    security((), ("bearer" = []), ("session" = [])))]
pub async fn get_metrics(State(st): State<AppState>, req: Request) -> AppResult<Response> {
    let (mut parts, _) = req.into_parts();
    let from = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    if !from.is_some_and(|ip| st.config.metrics_allow.allows(ip)) {
        let actor = Actor::from_request_parts(&mut parts, &st).await?;
        authorize(&actor, Action::ReadMetrics)?;
    }
    let body = super::render(&st.db, st.writer.conn());
    Ok(([(header::CONTENT_TYPE, super::CONTENT_TYPE)], body).into_response())
}

/// Addresses allowed to read `/metrics` without logging in: single addresses and CIDR ranges, IPv4 or
/// IPv6 (`STRATRACK_METRICS_ALLOW=127.0.0.1,10.0.0.0/8,fd00::/8`). Empty: nobody. Checked against the
/// connecting address, never a forwarded header: a reverse proxy's own address must not be listed, or
/// everyone behind it could read the figures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowList(Vec<AddrRange>);

impl AllowList {
    /// Whether `ip` is in one of the ranges (an IPv4 address mapped into IPv6 counts as IPv4).
    pub fn allows(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|r| r.contains(ip))
    }
}

impl FromStr for AllowList {
    type Err = String;

    /// Comma-separated addresses or ranges; blanks around them are ignored.
    fn from_str(s: &str) -> Result<Self, String> {
        s.split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map(AllowList)
    }
}

/// An address range: a network address and the length of its prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddrRange {
    net: IpAddr,
    prefix: u8,
}

impl AddrRange {
    /// Whether `ip` is inside the range.
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.net, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(n) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(n) & mask == u128::from(a) & mask
            }
            _ => false,
        }
    }
}

impl FromStr for AddrRange {
    type Err = String;

    /// `10.1.2.3` (one address), `10.0.0.0/8`, `::1`, `fd00::/8`.
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("`{s}` is not an IP address or a CIDR range such as 10.0.0.0/8");
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let net: IpAddr = addr.parse().map_err(|_| bad())?;
        let net = net.to_canonical();
        let max = if net.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) => p.parse::<u8>().ok().filter(|p| *p <= max).ok_or_else(bad)?,
        };
        Ok(AddrRange { net, prefix })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn ranges_contain_exactly_their_addresses() {
        let list: AllowList = " 127.0.0.1, 10.0.0.0/8 ,fd00::/8,".parse().unwrap();
        assert!(list.allows(ip("127.0.0.1")));
        assert!(!list.allows(ip("127.0.0.2")));
        assert!(list.allows(ip("10.255.0.9")));
        assert!(!list.allows(ip("11.0.0.1")));
        assert!(list.allows(ip("fd12::1")));
        assert!(!list.allows(ip("fe80::1")));
        assert!(
            list.allows(ip("::ffff:10.1.1.1")),
            "IPv4 mapped into IPv6 counts as IPv4"
        );
        let all: AllowList = "0.0.0.0/0".parse().unwrap();
        assert!(all.allows(ip("192.0.2.1")));
        assert!(!all.allows(ip("::1")));
        assert!(!AllowList::default().allows(ip("127.0.0.1")));
    }

    #[test]
    fn a_bad_range_is_refused_with_the_text_that_is_wrong() {
        for bad in ["10.0.0.0/33", "localhost", "10.0.0/8", "::1/129", "10.0.0.1/-1"] {
            let e = bad.parse::<AllowList>().unwrap_err();
            assert!(e.contains(bad), "{e}");
        }
    }
}
