//! Plan cycles: an indicator's predecessor in the previous plan period and the one rule deciding
//! whether its values continue the indicator's series ([`SeriesRelation::continues_series`]).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::framework::{IndicatorInput, IndicatorUnit, SeriesPoint};

/// How an indicator relates to its predecessor in the previous plan cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeriesRelation {
    /// The same measure carried into the new plan: one series across both periods.
    CarriedOver,
    /// A different measure of the same intent (e.g. a gap in points followed by a parity ratio).
    Redefined,
    /// A new indicator that names an earlier one for reference only.
    New,
}

impl SeriesRelation {
    /// The stored name (`carried_over`, `redefined`, `new`), `None` for any other text.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "carried_over" => Some(Self::CarriedOver),
            "redefined" => Some(Self::Redefined),
            "new" => Some(Self::New),
            _ => None,
        }
    }

    /// The machine name, as stored and as in CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CarriedOver => "carried_over",
            Self::Redefined => "redefined",
            Self::New => "new",
        }
    }

    /// Whether the predecessor's values continue the indicator's series (drawn on its line, listed
    /// in its columns). Only a carried-over predecessor measures the same thing; a redefined or new
    /// one measures something else and is shown apart, labelled, or not at all.
    pub fn continues_series(self) -> bool {
        self == Self::CarriedOver
    }

    /// The `series` column of `indicator_values.csv` for the predecessor's rows.
    pub fn series_label(self) -> &'static str {
        match self {
            Self::CarriedOver => "predecessor_carried_over",
            Self::Redefined => "predecessor_redefined",
            Self::New => "predecessor_new",
        }
    }
}

/// An indicator's predecessor in the previous plan cycle, with its own approved values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Predecessor {
    /// Code of the plan it belongs to, e.g. `SP2024-2027`.
    pub plan: String,
    /// Its code in that plan.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Its unit (a redefined predecessor may be measured in another).
    pub unit: IndicatorUnit,
    /// How the indicator relates to it.
    pub relation: SeriesRelation,
    /// Its approved headline values by year (ascending), up to the report year.
    pub series: Vec<SeriesPoint>,
}

impl Predecessor {
    /// Whether its values continue the successor's series ([`SeriesRelation::continues_series`]).
    pub fn continues_series(&self) -> bool {
        self.relation.continues_series()
    }
}

impl IndicatorInput {
    /// The values drawn as the indicator's one line: a carried-over predecessor's first, then the
    /// indicator's own (its own value wins a year both have). A predecessor that does not continue
    /// the series never enters it.
    pub fn line(&self) -> Cow<'_, [SeriesPoint]> {
        match self.predecessor.as_ref().filter(|p| p.continues_series()) {
            Some(p) if !p.series.is_empty() => {
                let mut by_year: BTreeMap<i32, &SeriesPoint> = p.series.iter().map(|s| (s.year, s)).collect();
                by_year.extend(self.series.iter().map(|s| (s.year, s)));
                Cow::Owned(by_year.into_values().cloned().collect())
            }
            _ => Cow::Borrowed(&self.series),
        }
    }

    /// The predecessor shown apart from the indicator's series (redefined or new), if any.
    pub fn separate_predecessor(&self) -> Option<&Predecessor> {
        self.predecessor.as_ref().filter(|p| !p.continues_series())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_carried_over_predecessor_continues_the_series() {
        assert!(SeriesRelation::CarriedOver.continues_series());
        assert!(!SeriesRelation::Redefined.continues_series());
        assert!(!SeriesRelation::New.continues_series());
    }

    #[test]
    fn stored_names_round_trip() {
        for r in [
            SeriesRelation::CarriedOver,
            SeriesRelation::Redefined,
            SeriesRelation::New,
        ] {
            assert_eq!(SeriesRelation::parse(r.as_str()), Some(r));
        }
        assert_eq!(SeriesRelation::parse("continued"), None);
    }
}
