//! The address a request comes from, for throttling failed logins: the TCP peer (`serve` runs with axum's
//! connect info), or, when that peer is one of the configured trusted proxies, the nearest address in
//! `X-Forwarded-For` that is not itself a trusted proxy. A header from anyone else is ignored, so a client
//! cannot pick its own address. IPv6 clients count by their /64 network (one subscriber's block), so
//! cycling through the addresses of one block does not give fresh attempts.
//!
//! Without connect info (a router driven in-process, as the API tests do with `oneshot`) the peer is
//! unknown and every request counts as from the address `unknown`; tests that care insert
//! `ConnectInfo<SocketAddr>` into the request's extensions, as the server does.

pub use crate::addr_ranges::TrustedProxies;
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRef, FromRequestParts};
use axum::http::request::Parts;
use std::net::{IpAddr, SocketAddr};

/// The throttling key of a client: the IPv4 address, or the /64 network of an IPv6 one.
pub fn throttle_key(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let net = std::net::Ipv6Addr::from_bits(v6.to_bits() & !((1u128 << 64) - 1));
            format!("{net}/64")
        }
    }
}

/// The client address of a request as a throttling key ("unknown" without connect info).
pub struct ClientAddr(pub String);

impl<S> FromRequestParts<S> for ClientAddr
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Some(ConnectInfo(peer)) = parts.extensions.get::<ConnectInfo<SocketAddr>>() else {
            return Ok(ClientAddr("unknown".to_owned()));
        };
        let st = AppState::from_ref(state);
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        Ok(ClientAddr(throttle_key(
            st.config.trusted_proxies.client(peer.ip(), &forwarded),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_counts_only_from_a_trusted_proxy() {
        let t: TrustedProxies = "10.0.0.0/8, ::1".parse().unwrap();
        assert_eq!(t.client(ip("10.1.2.3"), &["203.0.113.9"]), ip("203.0.113.9"));
        assert_eq!(
            t.client(ip("198.51.100.4"), &["203.0.113.9"]),
            ip("198.51.100.4"),
            "untrusted peer"
        );
        // A client that writes its own header only adds hops to the left of the one the proxy appended.
        assert_eq!(t.client(ip("10.1.2.3"), &["1.1.1.1, 203.0.113.9"]), ip("203.0.113.9"));
        assert_eq!(
            t.client(ip("10.1.2.3"), &["203.0.113.9, 10.4.4.4"]),
            ip("203.0.113.9"),
            "chained proxies"
        );
        assert_eq!(t.client(ip("10.1.2.3"), &["junk"]), ip("10.1.2.3"));
        assert_eq!(t.client(ip("::1"), &["2001:db8::1"]), ip("2001:db8::1"));
        assert_eq!(
            t.client(ip("::ffff:10.0.0.1"), &["203.0.113.9"]),
            ip("203.0.113.9"),
            "v4-mapped"
        );
    }

    #[test]
    fn a_bad_proxy_list_is_refused() {
        assert!("10.0.0.0/33".parse::<TrustedProxies>().is_err());
        assert!("proxy.local".parse::<TrustedProxies>().is_err());
        assert_eq!("".parse::<TrustedProxies>().unwrap(), TrustedProxies::default());
    }

    #[test]
    fn ipv6_clients_count_by_their_64_network() {
        assert_eq!(throttle_key(ip("2001:db8:1:2:aaaa::1")), "2001:db8:1:2::/64");
        assert_eq!(throttle_key(ip("2001:db8:1:2:bbbb::9")), "2001:db8:1:2::/64");
        assert_eq!(throttle_key(ip("::ffff:192.0.2.1")), "192.0.2.1");
    }
}
