//! What a change request claims: the version it was based on (an `If-Match` header or a `version` in
//! the body) and, for PATCH bodies, an absent field told apart from an explicit `null`.

use crate::error::{AppError, Said, SaidArg};
use serde::Deserialize;

/// The version a client claims to change, as it came: the `If-Match` header's text (if sent) and
/// the body's `version`. The use case resolves it after the access check, so a refused user hears
/// "forbidden" before "version required".
#[derive(Debug, Clone, Default)]
pub struct Claim {
    /// The `If-Match` header's text, if the request carried one.
    pub if_match: Option<String>,
    /// The `version` field of the body, if any.
    pub body: Option<i32>,
}

impl Claim {
    /// A claim from an `If-Match` header text and a body version.
    pub fn new(if_match: Option<String>, body: Option<i32>) -> Self {
        Claim { if_match, body }
    }

    /// The claimed version, and whether it came from `If-Match` (a mismatch is then 412, else 409).
    /// `If-Match` wins over the body.
    pub fn resolve(&self) -> Result<(i32, bool), AppError> {
        if let Some(v) = &self.if_match {
            let text = v.trim().trim_start_matches("W/").trim_matches('"');
            return text.parse::<i32>().map(|n| (n, true)).map_err(|_| {
                AppError::bad_request(crate::error::Said::new(
                    "said-if-match-not-version",
                    [("text", text.into())],
                ))
            });
        }
        self.body
            .map(|v| (v, false))
            .ok_or_else(|| AppError::field("version", crate::error::Said::new("said-if-match", [])))
    }

    /// Whether the client claimed any version at all.
    pub fn is_sent(&self) -> bool {
        self.if_match.is_some() || self.body.is_some()
    }

    /// Resolves the claim and refuses it unless it names `current` (412 for If-Match, 409 for the body).
    pub fn check(&self, current: i32, what: impl Into<SaidArg>) -> Result<(i32, bool), AppError> {
        let claimed = self.resolve()?;
        check_version(claimed, current, what)?;
        Ok(claimed)
    }

    /// For a delete (or a body-less step): an `If-Match`, when sent, must name `current` (412 if not).
    pub fn check_if_sent(&self, current: i32, what: impl Into<SaidArg>) -> Result<(), AppError> {
        if self.if_match.is_some() {
            Claim::new(self.if_match.clone(), None).check(current, what)?;
        }
        Ok(())
    }
}

/// Refuses a stale version with 412 (If-Match) or 409 (body), changing nothing: "`what` is at version
/// N, not M: reload it and apply your change again", a message (`what` a text, or words of the language).
pub fn check_version(claimed: (i32, bool), current: i32, what: impl Into<SaidArg>) -> Result<(), AppError> {
    if claimed.0 == current {
        return Ok(());
    }
    Err(stale(
        claimed,
        Said::new(
            "said-stale",
            [
                ("what", what.into()),
                ("current", i64::from(current).into()),
                ("claimed", i64::from(claimed.0).into()),
            ],
        ),
    ))
}

/// A stale version's refusal `why`: 412 when the claim came from `If-Match` (`claimed.1`), 409 when
/// from the body.
pub fn stale(claimed: (i32, bool), why: Said) -> AppError {
    if claimed.1 {
        AppError::precondition_failed(why)
    } else {
        AppError::conflict(why)
    }
}

/// For PATCH bodies: tells an absent field (`None`) from an explicit `null` (`Some(None)`), so a client
/// can clear an optional value. Use with `#[serde(default, deserialize_with = "nullable")]`.
pub fn nullable<'de, T: Deserialize<'de>, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_match_wins_over_the_body_and_a_mismatch_names_the_current_version() {
        let c = Claim::new(Some("W/\"3\"".into()), Some(2));
        assert_eq!(c.resolve().unwrap(), (3, true));
        assert!(matches!(c.check(4, "x"), Err(AppError::PreconditionFailed(_))));
        let c = Claim::new(None, Some(2));
        assert!(matches!(c.check(4, "x"), Err(AppError::Conflict(_))));
        assert!(matches!(Claim::default().resolve(), Err(AppError::Invalid(_))));
        assert!(!Claim::default().is_sent() && c.is_sent());
        assert!(Claim::default().check_if_sent(4, "x").is_ok());
    }
}
