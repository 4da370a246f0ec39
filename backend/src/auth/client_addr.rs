//! The address a request comes from, for throttling failed logins: the TCP peer (`serve` runs with axum's
//! connect info), or, when that peer is one of the configured trusted proxies, the nearest address in
//! `X-Forwarded-For` that is not itself a trusted proxy. A header from anyone else is ignored, so a client
//! cannot pick its own address. IPv6 clients count by their /64 network (one subscriber's block), so
//! cycling through the addresses of one block does not give fresh attempts.
//!
//! Without connect info (a router driven in-process, as the API tests do with `oneshot`) the peer is
//! unknown and every request counts as from the address `unknown`; tests that care insert
//! `ConnectInfo<SocketAddr>` into the request's extensions, as the server does.

use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRef, FromRequestParts};
use axum::http::request::Parts;
use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;

/// Networks whose `X-Forwarded-For` is believed (`STRATRACK_TRUSTED_PROXIES`, comma-separated IPs or CIDRs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

impl FromStr for TrustedProxies {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut nets = Vec::new();
        for item in s.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let (ip, bits) = match item.split_once('/') {
                Some((ip, bits)) => (ip, Some(bits)),
                None => (item, None),
            };
            let ip: IpAddr = ip
                .parse()
                .map_err(|_| format!("`{item}` is not an IP address or CIDR"))?;
            let max = if ip.is_ipv4() { 32 } else { 128 };
            let bits = match bits {
                Some(b) => b
                    .parse::<u8>()
                    .ok()
                    .filter(|b| *b <= max)
                    .ok_or_else(|| format!("`{item}` has a prefix length outside 0..={max}"))?,
                None => max,
            };
            nets.push((ip, bits));
        }
        Ok(TrustedProxies(nets))
    }
}

impl TrustedProxies {
    /// Whether `ip` is inside one of the networks.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|&(net, bits)| match (canonical(net), ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => prefix(u128::from(n.to_bits()), u128::from(a.to_bits()), bits, 32),
            (IpAddr::V6(n), IpAddr::V6(a)) => prefix(n.to_bits(), a.to_bits(), bits, 128),
            _ => false,
        })
    }

    /// The client behind `peer`, given the `X-Forwarded-For` values it sent.
    pub fn client(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        let mut client = peer;
        if !self.contains(peer) {
            return client;
        }
        // Right to left: each hop was added by the proxy to its right; stop at the first we do not trust.
        let hops = forwarded_for.iter().flat_map(|h| h.split(',')).map(str::trim).rev();
        for hop in hops {
            match hop.parse::<IpAddr>() {
                Ok(ip) => {
                    client = ip;
                    if !self.contains(ip) {
                        break;
                    }
                }
                // Garbage cannot be an address: the last proxy we reached is the best we know.
                Err(_) => break,
            }
        }
        client
    }
}

fn prefix(net: u128, addr: u128, bits: u8, width: u32) -> bool {
    let bits = u32::from(bits);
    bits == 0 || (net ^ addr) >> (width - bits) == 0
}

/// An IPv4 address mapped into IPv6 is the IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The throttling key of a client: the IPv4 address, or the /64 network of an IPv6 one.
pub fn throttle_key(ip: IpAddr) -> String {
    match canonical(ip) {
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
