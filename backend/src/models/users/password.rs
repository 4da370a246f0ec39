//! What a new password must be (ASVS 2.1): 12 to 128 characters, not blank, not one short piece
//! repeated (`aaaaaaaaaaaa`, `abcabcabcabc`), not a run like `123456789012`, not the account's email, and
//! not one of the 49,233 most common passwords that are compiled into the binary
//! (`common-passwords.txt`, from zxcvbn; its licence is beside it). Compared without case.

use crate::error::Said;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Fewest characters of a password (ASVS 2.1.1).
pub const MIN_PASSWORD: usize = 12;
/// Most characters of a password (ASVS 2.1.2 allows up to 128).
pub const MAX_PASSWORD: usize = 128;

static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("common-passwords.txt").lines().collect());

/// Whether `password` is on the bundled list of common passwords (case-insensitive).
pub fn is_common(password: &str) -> bool {
    COMMON.contains(password.to_lowercase().as_str())
}

/// Why `password` may not be chosen by the owner of `email` (said as a message, so the pages give it in
/// the reader's language), or `None` when it may.
pub fn weakness(password: &str, email: &str) -> Option<Said> {
    let chars: Vec<char> = password.chars().collect();
    if chars.len() < MIN_PASSWORD {
        return Some(Said::new(
            "said-password-short",
            [("min", (MIN_PASSWORD as i64).into())],
        ));
    }
    if chars.len() > MAX_PASSWORD {
        return Some(Said::new("said-password-long", [("max", (MAX_PASSWORD as i64).into())]));
    }
    if chars.iter().all(|c| c.is_whitespace()) {
        return Some(Said::new("said-password-spaces", []));
    }
    if let Some(unit) = (1..=chars.len() / 2).find(|&n| chars.len().is_multiple_of(n) && repeats(&chars, n)) {
        return Some(if unit == 1 {
            Said::new("said-password-one-character", [])
        } else {
            Said::new("said-password-piece", [])
        });
    }
    if is_run(&chars) {
        return Some(Said::new("said-password-run", []));
    }
    if password.trim().eq_ignore_ascii_case(email.trim()) {
        return Some(Said::new("said-password-email", []));
    }
    if is_common(password) {
        return Some(Said::new("said-password-common", []));
    }
    None
}

fn repeats(chars: &[char], n: usize) -> bool {
    chars.chunks(n).all(|c| c == &chars[..n])
}

/// Every character one above (or one below) the one before, digits wrapping (`…8901…`).
fn is_run(chars: &[char]) -> bool {
    let step = |a: char, b: char| -> i64 {
        let d = i64::from(u32::from(b)) - i64::from(u32::from(a));
        match (a, b) {
            ('9', '0') => 1,
            ('0', '9') => -1,
            _ => d,
        }
    };
    let first = step(chars[0], chars[1]);
    (first == 1 || first == -1) && chars.windows(2).all(|w| step(w[0], w[1]) == first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weak_passwords_of_the_finding_are_refused() {
        for pw in [
            "            ",
            "aaaaaaaaaaaa",
            "abcabcabcabc",
            "passwordpassword",
            "123456789012",
            "zyxwvutsrqpo",
            "short",
        ] {
            assert!(weakness(pw, "a@b.org").is_some(), "{pw:?} was accepted");
        }
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        assert!(COMMON.len() > 49_000, "the bundled list is complete: {}", COMMON.len());
        for pw in ["1qaz2wsx3edc", "QWERTY123456", "administrator", "leavemealone"] {
            assert_eq!(
                weakness(pw, "a@b.org").map(|s| s.english()).as_deref(),
                Some("is one of the most common passwords; choose another"),
                "{pw}"
            );
        }
    }

    #[test]
    fn the_email_is_not_a_password() {
        assert!(weakness("Jane.Doe@itu.int", "jane.doe@itu.int").is_some());
    }

    #[test]
    fn a_long_uncommon_passphrase_is_accepted() {
        for pw in [
            "correct horse battery staple",
            "a long enough passphrase",
            "Tr0ub4dor&3-xyz",
        ] {
            assert_eq!(weakness(pw, "a@b.org"), None, "{pw}");
        }
        assert_eq!(
            weakness(&"x".repeat(129), "a@b.org").map(|s| s.english()).as_deref(),
            Some("must have at most 128 characters")
        );
    }
}
