//! The version a client claims to have read before changing a row: the text of an `If-Match` header
//! (which wins) or a `version` field of the body. Doors hand both over unread, so each use case resolves
//! and compares them at the step where the handler always did (after the access check, before or after
//! the row is found), and the answer's status stays the same: a stale `If-Match` is 412, a stale body
//! `version` 409, an `If-Match` that is no number 400.

use crate::error::AppError;

/// What a client sent to say which version it read.
#[derive(Debug, Clone, Default)]
pub struct Claim {
    /// The `If-Match` header as text (`"3"`, `W/"3"`), `Some("")` when it was not UTF-8.
    pub if_match: Option<String>,
    /// The `version` field of the body.
    pub body: Option<i32>,
}

impl Claim {
    /// The claimed version and whether it came from `If-Match`; a missing one is a field error.
    pub fn resolve(&self) -> Result<(i32, bool), AppError> {
        if let Some(text) = &self.if_match {
            let text = text.trim().trim_start_matches("W/").trim_matches('"');
            return text
                .parse::<i32>()
                .map(|n| (n, true))
                .map_err(|_| AppError::BadRequest(format!("If-Match `{text}` is not a version")));
        }
        self.body
            .map(|v| (v, false))
            .ok_or_else(|| AppError::field("version", "is required (or send If-Match)"))
    }

    /// Whether the client claimed any version at all.
    pub fn is_sent(&self) -> bool {
        self.if_match.is_some() || self.body.is_some()
    }

    /// Resolves the claim and refuses it unless it names `current` ([`check`]).
    pub fn check(&self, current: i32, what: &str) -> Result<(), AppError> {
        check(self.resolve()?, current, what)
    }

    /// For a delete or a step without a body: `If-Match` is optional; when sent, it must name `current`.
    pub fn check_if_match(&self, current: i32, what: &str) -> Result<(), AppError> {
        if self.if_match.is_some() {
            Claim {
                if_match: self.if_match.clone(),
                body: None,
            }
            .check(current, what)?;
        }
        Ok(())
    }
}

/// Refuses a stale version with 412 (it came from `If-Match`) or 409 (from the body), changing nothing.
pub fn check(claimed: (i32, bool), current: i32, what: &str) -> Result<(), AppError> {
    if claimed.0 == current {
        return Ok(());
    }
    let msg = format!(
        "{what} is at version {current}, not {}: reload it and apply your change again",
        claimed.0
    );
    Err(if claimed.1 {
        AppError::PreconditionFailed(msg)
    } else {
        AppError::Conflict(msg)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_match_wins_over_the_body_and_a_stale_one_is_a_failed_precondition() {
        let c = Claim {
            if_match: Some("W/\"3\"".into()),
            body: Some(2),
        };
        assert_eq!(c.resolve().unwrap(), (3, true));
        assert!(matches!(c.check(4, "x"), Err(AppError::PreconditionFailed(_))));
        let body = Claim {
            if_match: None,
            body: Some(2),
        };
        assert!(matches!(body.check(4, "x"), Err(AppError::Conflict(_))));
        assert!(matches!(Claim::default().resolve(), Err(AppError::Invalid(_))));
        assert!(Claim::default().check_if_match(4, "x").is_ok());
    }
}
