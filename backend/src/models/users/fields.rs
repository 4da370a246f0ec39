//! What a login email and a display name must be. An email is the login and the label of every audit
//! entry, so it must be unambiguous: no control or invisible (zero-width, direction) characters that make
//! two different emails look alike, one `@` with a local part and a dotted domain, at most 254 characters
//! (RFC 5321). Emails are stored lower-cased and trimmed.

use crate::error::{FieldError, Said};

/// Most characters of an email (RFC 5321 path limit).
pub const MAX_EMAIL: usize = 254;
/// Most characters of a display name.
pub const MAX_DISPLAY_NAME: usize = 120;

/// Characters that print as nothing or reorder text: soft hyphen, zero-width spaces and joiners,
/// direction marks and overrides, word joiners, the byte-order mark, interlinear annotations.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

fn unprintable(s: &str) -> bool {
    s.chars().any(|c| c.is_control() || invisible(c))
}

/// The stored form of `email` (trimmed, lower-cased), or why it is not a valid login email.
pub fn email(email: &str) -> Result<String, Said> {
    let e = email.trim().to_lowercase();
    if e.chars().count() > MAX_EMAIL {
        return Err(at_most(MAX_EMAIL));
    }
    if unprintable(&e) {
        return Err(Said::new("said-no-control-chars", []));
    }
    if e.chars().any(char::is_whitespace) {
        return Err(Said::new("said-no-spaces", []));
    }
    let Some((local, domain)) = e.split_once('@') else {
        return Err(Said::new("said-email-like", []));
    };
    if domain.contains('@') {
        return Err(Said::new("said-email-one-at", []));
    }
    if local.is_empty() || local.chars().count() > 64 {
        return Err(Said::new("said-email-local", []));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let good_label = |l: &&str| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-');
    if labels.len() < 2 || !labels.iter().all(good_label) {
        return Err(Said::new("said-email-domain", []));
    }
    Ok(e)
}

/// The stored form of a display name (trimmed), or why it is not acceptable.
pub fn display_name(name: &str) -> Result<String, Said> {
    let n = name.trim();
    if n.is_empty() {
        return Err(Said::not_empty());
    }
    if n.chars().count() > MAX_DISPLAY_NAME {
        return Err(at_most(MAX_DISPLAY_NAME));
    }
    if unprintable(n) {
        return Err(Said::new("said-no-control-chars", []));
    }
    Ok(n.to_owned())
}

/// Runs `check` on `value` and names `field` in the error.
pub fn named(field: &str, value: &str, check: fn(&str) -> Result<String, Said>, errs: &mut Vec<FieldError>) -> String {
    check(value).unwrap_or_else(|reason| {
        errs.push(FieldError::new(field, reason));
        String::new()
    })
}

/// "must have at most N characters".
fn at_most(max: usize) -> Said {
    Said::new(
        "said-at-most-chars",
        [("max", i64::try_from(max).unwrap_or(i64::MAX).into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reasons_are_said_in_the_readers_language_with_their_english_unchanged() {
        let long = format!("{}@itu.int", "a".repeat(250));
        let said = email(&long).unwrap_err();
        assert_eq!(said.english(), "must have at most 254 characters");
        assert_eq!(
            said.text(stratrack_i18n::Lang::Ru),
            "должно содержать не более 254 символов"
        );
        let said = email("jane@itu").unwrap_err();
        assert_eq!(
            said.english(),
            "must have a domain with a dot after the @, like itu.int"
        );
        assert_eq!(
            said.text(stratrack_i18n::Lang::Fr),
            "doit avoir après le @ un domaine avec un point, comme itu.int"
        );
        assert_eq!(display_name(" ").unwrap_err().english(), "must not be empty");
    }

    #[test]
    fn emails_of_the_finding_are_refused() {
        for bad in [
            "no-at-sign",
            "a\u{200B}b@itu.int",
            "ab@itu\u{202E}.int",
            "a\nb@itu.int",
            "@itu.int",
            "a@itu",
            "a@b@itu.int",
            "a@.itu.int",
            "a b@itu.int",
            "",
        ] {
            assert!(email(bad).is_err(), "{bad:?} was accepted");
        }
        let long = format!("{}@{}.int", "a".repeat(64), "b".repeat(186));
        assert_eq!(long.len(), 255);
        assert!(email(&long).is_err());
    }

    #[test]
    fn a_normal_email_is_trimmed_and_lower_cased() {
        assert_eq!(email("  Jane.Doe+bdt@ITU.int ").unwrap(), "jane.doe+bdt@itu.int");
        assert_eq!(email("x@sub-domain.example.org").unwrap(), "x@sub-domain.example.org");
    }

    #[test]
    fn display_names_are_bounded_and_printable() {
        assert_eq!(display_name("  Jane Doe ").unwrap(), "Jane Doe");
        assert!(display_name("   ").is_err());
        assert!(display_name(&"n".repeat(121)).is_err());
        assert!(display_name("Jane\u{200D}Doe").is_err());
        assert!(display_name("Jane\u{7}").is_err());
    }
}
