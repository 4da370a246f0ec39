//! Text cells of a CSV file made safe to open in a spreadsheet (CSV formula injection, OWASP).
//!
//! Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` as a formula (a tab or a
//! carriage return in front is skipped too), so a narrative such as `=HYPERLINK(…)` written raw would
//! become a live formula on a Council member's machine. [`escape`] puts one `'` in front of such a text
//! cell, which spreadsheets show as text and hide; [`unescape`] removes exactly that quote when a file
//! comes back, so export → import gives the stored text back unchanged. Numeric columns are never
//! passed through these: a negative number stays a number.

use std::borrow::Cow;

/// The first characters that make a spreadsheet read a cell as a formula.
pub const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// Whether `text`, after any leading quotes, starts like a formula. Leading quotes count so that a
/// text which itself starts with `'=` is escaped too and comes back exactly (`''=` → `'=`).
fn needs_quote(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// The text to write into a CSV text cell: `text` itself, or `'text` when a spreadsheet would take it
/// for a formula.
pub fn escape(text: &str) -> Cow<'_, str> {
    if needs_quote(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The stored text of a CSV text cell written by [`escape`]: the one leading `'` is dropped only when
/// the rest would need it, so `unescape(&escape(t)) == t` for every `t`.
pub fn unescape(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_quote(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_that_starts_like_a_formula_is_quoted() {
        for t in ["=1+1", "+41 22", "-5 points", "@SUM(A1)", "\tx", "\rx", "'=x", "''-x"] {
            assert_eq!(escape(t), format!("'{t}"), "{t:?}");
        }
    }

    #[test]
    fn other_text_is_written_as_it_is() {
        for t in ["", "plain", "it's", "'quoted'", " =x", "5", "a=b"] {
            assert_eq!(escape(t), t, "{t:?}");
        }
    }

    #[test]
    fn unescape_gives_every_text_back_exactly() {
        for t in [
            "=1+1", "'=1+1", "''=1", "'", "''", "'plain", "plain", "-", "'-", "", "@", "\t=", "x'",
        ] {
            assert_eq!(unescape(&escape(t)), t, "{t:?}");
        }
    }
}
