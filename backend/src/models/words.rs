//! Reading the vocabulary's words (`stratrack_vocab`) from stored rows. The columns only take the
//! words' names (CHECK constraints and the use cases' validation), so a text no word matches means the
//! database was changed behind the application's back: the read fails with the row and the text,
//! rather than carrying on with a default that would silently change a status or a report.

use sea_orm::DbErr;
use std::str::FromStr;
use stratrack_vocab::Unknown;

/// Parses the stored `text` as a word of type `T`; the error names the row (`row()`, e.g.
/// "indicator KPI-1.1") and what it holds.
pub fn stored<T: FromStr<Err = Unknown>>(text: &str, row: impl FnOnce() -> String) -> Result<T, DbErr> {
    text.parse()
        .map_err(|e: Unknown| DbErr::Custom(format!("{} holds an {e}", row())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use stratrack_vocab::{NodeLevel, Unit};

    #[test]
    fn a_stored_word_is_read_and_an_unknown_one_names_its_row() {
        assert_eq!(stored::<Unit>("percent", || "indicator A".into()), Ok(Unit::Percent));
        let e = stored::<NodeLevel>("Output", || "node G1".into()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Custom Error: node G1 holds an unknown node level \"Output\" (expected one of goal, target, \
             thematic_priority, outcome, output, enabler)"
        );
    }
}
