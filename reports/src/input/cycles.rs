//! Plan cycles: an indicator's predecessor in the previous plan period and the one rule deciding
//! whether its values continue the indicator's series ([`SeriesRelation::continues_series`]).

use serde::{Deserialize, Serialize};

use rust_decimal::Decimal;
use stratrack_vocab::{Quality, Unit as IndicatorUnit};

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

impl std::str::FromStr for SeriesRelation {
    type Err = stratrack_vocab::Unknown;

    /// Reads a stored name; the error names the text found and the names expected.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text).ok_or_else(|| stratrack_vocab::Unknown {
            kind: "series relation",
            text: text.to_owned(),
            expected: &["carried_over", "redefined", "new"],
        })
    }
}

/// One approved headline value of an indicator (no disaggregation) for a year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesPoint {
    /// Year.
    pub year: i32,
    /// Value, combined by the indicator's aggregation rule.
    pub value: Decimal,
    /// Quality of the value (the weakest of the values combined).
    pub quality: Quality,
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
