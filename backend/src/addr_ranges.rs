//! Address ranges from configuration: the one parser and matcher of `STRATRACK_METRICS_ALLOW` and
//! `STRATRACK_TRUSTED_PROXIES`.

use std::net::IpAddr;
use std::str::FromStr;

/// A list of single addresses and CIDR ranges, IPv4 or IPv6 (`127.0.0.1,10.0.0.0/8,fd00::/8`); empty:
/// none. Used for who may read `/metrics` without logging in (`STRATRACK_METRICS_ALLOW`, checked against
/// the connecting address, never a forwarded header) and for the reverse proxies whose
/// `X-Forwarded-For` is believed (`STRATRACK_TRUSTED_PROXIES`).
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

/// Networks whose `X-Forwarded-For` is believed (`STRATRACK_TRUSTED_PROXIES`, comma-separated IPs or CIDRs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(AllowList);

impl FromStr for TrustedProxies {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse().map(TrustedProxies)
    }
}

impl TrustedProxies {
    /// Whether `ip` is inside one of the networks (an IPv4 address mapped into IPv6 counts as IPv4).
    pub fn contains(&self, ip: IpAddr) -> bool {
        self.0.allows(ip)
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
