//! Singular and plural of English nouns, for counts in sentences ("1 item", "3 items") and quantities
//! whose unit of measure is stored in the plural ("1 publication", "2 publications"). One place, so that
//! the report, the pages and the API say them alike; the languages issue replaces this with the message
//! files' plural rules.

use std::borrow::Cow;

/// Plurals that are also their singular.
const SAME: &[&str] = &[
    "series",
    "species",
    "news",
    "data",
    "media",
    "staff",
    "equipment",
    "software",
];

/// The singular of the English noun `plural` (its last word, for "meeting-days" or "training courses"):
/// `assemblies` → `assembly`, `processes` → `process`, `publications` → `publication`; a word that is
/// not a regular plural (ending in `ss`, `us` or `is`, or in [`SAME`]) is kept.
pub fn singular(plural: &str) -> Cow<'_, str> {
    let last = plural.rsplit([' ', '-']).next().unwrap_or(plural);
    let lower = last.to_ascii_lowercase();
    let head = &plural[..plural.len() - last.len()];
    let cut = |n: usize, add: &str| Cow::Owned(format!("{head}{}{add}", &last[..last.len() - n]));
    if SAME.contains(&lower.as_str())
        || !lower.ends_with('s')
        || lower.ends_with("ss")
        || lower.ends_with("us")
        || lower.ends_with("is")
    {
        return Cow::Borrowed(plural);
    }
    if lower.ends_with("ies") && lower.len() > 4 {
        return cut(3, "y");
    }
    if ["sses", "xes", "ches", "shes", "zes"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        return cut(2, "");
    }
    cut(1, "")
}

/// `plural`, or its [`singular`] when the quantity is exactly one.
pub fn noun(is_one: bool, plural: &str) -> Cow<'_, str> {
    if is_one {
        singular(plural)
    } else {
        Cow::Borrowed(plural)
    }
}

/// `n` and the noun that goes with it: `count(1, "item", "items")` is "1 item".
pub fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seeds_units_of_measure_read_in_the_singular() {
        for (plural, one) in [
            ("publications", "publication"),
            ("assemblies", "assembly"),
            ("countries", "country"),
            ("events", "event"),
            ("meeting-days", "meeting-day"),
            ("Recommendations", "Recommendation"),
            ("issues", "issue"),
            ("summits", "summit"),
            ("processes", "process"),
            ("branches", "branch"),
            ("boxes", "box"),
            ("training courses", "training course"),
        ] {
            assert_eq!(singular(plural), one, "{plural}");
        }
    }

    #[test]
    fn words_that_are_no_regular_plural_are_kept() {
        for w in ["series", "analysis", "status", "process", "CHF", "km", "data", ""] {
            assert_eq!(singular(w), w);
        }
    }

    #[test]
    fn only_exactly_one_takes_the_singular() {
        assert_eq!(noun(true, "events"), "event");
        assert_eq!(noun(false, "events"), "events");
        assert_eq!(count(1u32, "item", "items"), "1 item");
        assert_eq!(count(0u32, "item", "items"), "0 items");
        assert_eq!(count(21u32, "item", "items"), "21 items");
    }
}
