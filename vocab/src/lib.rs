//! The words of the results framework, each defined once and shared by the backend (which stores them
//! as text and decides them) and the reports crate (which prints them): status, projection outlook,
//! direction, aggregation, unit of measure, node level, workflow state, quality, role, and how a status
//! moved between two years.
//!
//! Every word has its stored name (`as_str`, the same text in the database, JSON, CSV and serde), the
//! list of all its values in order (`ALL`, `NAMES`), and parsing that fails with the kind of word and
//! the text it could not read ([`Unknown`]): a stored text no word matches is an error, never a
//! silently chosen default.
//!
//! This crate depends on nothing in-house.

pub mod plural;
mod rules;
mod words;

pub use words::{
    Aggregation, Direction, MandateVocabulary, NodeLevel, Outlook, Quality, Role, State, Status, StatusMove, Unit,
};

/// A text that names no value of a word, e.g. `"centimetre"` read as a [`Unit`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    /// The word that was read (`"unit"`, `"status"`, …).
    pub kind: &'static str,
    /// The text as found.
    pub text: String,
    /// Every name the word accepts.
    pub expected: &'static [&'static str],
}

impl std::fmt::Display for Unknown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown {} {:?} (expected one of {})",
            self.kind,
            self.text,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for Unknown {}

/// Defines a word: the enum with its stored names, `ALL`, `NAMES`, `as_str`, `parse` and `FromStr`.
/// Each stored name must be the snake_case of its variant, which serde and the OpenAPI document use
/// (the tests check it).
macro_rules! word {
    (
        $(#[$meta:meta])*
        $name:ident as $kind:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
        )]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($text),+].len()] = [$($name::$variant),+];

            /// The stored names, in the order of `ALL`.
            pub const NAMES: [&'static str; [$($text),+].len()] = [$($text),+];

            /// The stored name, as in the database, JSON and CSV.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Reads a stored name; `None` for any other text. Where the text comes from the database,
            /// use `str::parse` instead, whose error says what was found.
            pub fn parse(text: &str) -> Option<Self> {
                text.parse().ok()
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::Unknown;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                match text {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::Unknown { kind: $kind, text: text.to_owned(), expected: &$name::NAMES }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use word;

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<T: Copy + PartialEq + std::fmt::Debug + serde::Serialize + std::str::FromStr<Err = Unknown>>(
        all: &[T],
        names: &[&str],
        as_str: fn(T) -> &'static str,
    ) {
        assert_eq!(all.len(), names.len());
        for (value, name) in all.iter().zip(names) {
            assert_eq!(as_str(*value), *name);
            assert_eq!(name.parse::<T>(), Ok(*value));
            // serde names the variants by `rename_all = "snake_case"`; the stored names must agree.
            assert_eq!(serde_json::to_string(value).unwrap(), format!("\"{name}\""));
        }
    }

    #[test]
    fn every_word_round_trips_through_its_stored_name() {
        round_trips(&Status::ALL, &Status::NAMES, Status::as_str);
        round_trips(&Direction::ALL, &Direction::NAMES, Direction::as_str);
        round_trips(&Aggregation::ALL, &Aggregation::NAMES, Aggregation::as_str);
        round_trips(&Unit::ALL, &Unit::NAMES, Unit::as_str);
        round_trips(&NodeLevel::ALL, &NodeLevel::NAMES, NodeLevel::as_str);
        round_trips(&State::ALL, &State::NAMES, State::as_str);
        round_trips(&Quality::ALL, &Quality::NAMES, Quality::as_str);
        round_trips(&Role::ALL, &Role::NAMES, Role::as_str);
        round_trips(&Outlook::ALL, &Outlook::NAMES, Outlook::as_str);
        round_trips(&StatusMove::ALL, &StatusMove::NAMES, StatusMove::as_str);
        round_trips(
            &MandateVocabulary::ALL,
            &MandateVocabulary::NAMES,
            MandateVocabulary::as_str,
        );
    }

    #[test]
    fn serde_uses_the_stored_name() {
        assert_eq!(serde_json::to_string(&Status::OnTrack).unwrap(), "\"on_track\"");
        assert_eq!(
            serde_json::to_string(&NodeLevel::ThematicPriority).unwrap(),
            "\"thematic_priority\""
        );
        assert_eq!(serde_json::to_string(&Unit::YesNo).unwrap(), "\"yes_no\"");
        assert_eq!(
            serde_json::from_str::<Quality>("\"estimated\"").unwrap(),
            Quality::Estimated
        );
    }

    #[test]
    fn an_unknown_text_is_an_error_that_names_the_word_and_the_text() {
        let e = "centimetre".parse::<Unit>().unwrap_err();
        assert_eq!(e.kind, "unit");
        assert_eq!(
            e.to_string(),
            "unknown unit \"centimetre\" (expected one of percent, count, chf, ratio, yes_no, index)"
        );
        assert!("".parse::<NodeLevel>().is_err());
        assert!(
            "Output".parse::<NodeLevel>().is_err(),
            "names are case-sensitive, as stored"
        );
        assert_eq!(Role::parse("owner"), None);
    }

    #[test]
    fn the_order_of_statuses_runs_from_off_track_to_achieved_without_no_data() {
        let ranked: Vec<Status> = [0, 1, 2, 3]
            .iter()
            .map(|r| *Status::ALL.iter().find(|s| s.rank() == Some(*r)).unwrap())
            .collect();
        assert_eq!(
            ranked,
            [Status::OffTrack, Status::AtRisk, Status::OnTrack, Status::Achieved]
        );
        assert_eq!(Status::NoData.rank(), None);
        // The declaration order (best first) is the same order reversed.
        for w in Status::ALL[..4].windows(2) {
            assert!(w[0].rank() > w[1].rank(), "{:?} before {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn a_status_move_is_read_on_the_order_of_statuses() {
        use Status::*;
        use StatusMove::*;
        assert_eq!(StatusMove::between(AtRisk, OnTrack), Improved);
        assert_eq!(StatusMove::between(OffTrack, Achieved), Improved);
        assert_eq!(StatusMove::between(OnTrack, AtRisk), Worsened);
        assert_eq!(StatusMove::between(Achieved, OffTrack), Worsened);
        assert_eq!(StatusMove::between(AtRisk, AtRisk), Unchanged);
        assert_eq!(StatusMove::between(NoData, NoData), Unchanged);
        assert_eq!(StatusMove::between(NoData, OffTrack), NewlyRated);
        assert_eq!(StatusMove::between(Achieved, NoData), NoLongerRated);
        // Every pair: improved exactly when the later status sorts before the earlier one among ratings.
        for a in Status::ALL {
            for b in Status::ALL {
                let m = StatusMove::between(a, b);
                assert_eq!(m == Improved, a != NoData && b != NoData && b < a, "{a:?} → {b:?}");
                assert_eq!(m == Worsened, a != NoData && b != NoData && b > a, "{a:?} → {b:?}");
                assert!(!m.label().is_empty() && !m.arrow().is_empty());
            }
        }
    }

    #[test]
    fn statuses_sort_from_best_to_worst() {
        let mut s = vec![
            Status::NoData,
            Status::OnTrack,
            Status::OffTrack,
            Status::Achieved,
            Status::AtRisk,
        ];
        s.sort();
        assert_eq!(s, Status::ALL);
    }
}
