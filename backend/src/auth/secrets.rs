//! Random secrets (session ids, API tokens, CSRF tokens) and their stored digests.

use rand::Rng;
use sha2::{Digest, Sha256};

/// A random URL-safe secret of `n` characters (≈ 5.9 bits each).
pub fn random(n: usize) -> String {
    const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..n)
        .map(|_| CHARS[rng.random_range(0..CHARS.len())] as char)
        .collect()
}

/// The hex sha256 stored in place of a secret; the secret itself is never stored.
pub fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}
