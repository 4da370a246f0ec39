//! Which aggregation rules suit which unit: part of the vocabulary, because both the backend (which
//! refuses the other pairs) and the report's annex (which states them) read it.

use crate::{Aggregation, Unit};

impl Unit {
    /// Whether a value of this unit is a share of a numerator over a denominator.
    pub fn is_share(self) -> bool {
        matches!(self, Unit::Percent | Unit::Ratio)
    }

    /// The aggregation rules that make sense for this unit, in the order of [`Aggregation::ALL`].
    ///
    /// Shares (percent, ratio) do not add up, so no `sum`; amounts (count, chf) have no numerator and
    /// denominator, so no `ratio`; an index neither adds up nor has one; a yes/no answer is only ever
    /// the latest one (a mean of 0.5 is neither yes nor no).
    pub fn aggregations(self) -> &'static [Aggregation] {
        match self {
            Unit::Percent | Unit::Ratio => &[Aggregation::Latest, Aggregation::Mean, Aggregation::Ratio],
            Unit::Count | Unit::Chf => &[Aggregation::Latest, Aggregation::Sum, Aggregation::Mean],
            Unit::Index => &[Aggregation::Latest, Aggregation::Mean],
            Unit::YesNo => &[Aggregation::Latest],
        }
    }

    /// Why other aggregations than [`Unit::aggregations`] are refused, as a clause for people.
    pub fn why_aggregations(self) -> &'static str {
        match self {
            Unit::Percent | Unit::Ratio => {
                "shares do not add up; the ratio rule combines quarters by summing their numerators and denominators"
            }
            Unit::Count | Unit::Chf => "amounts have no numerator and denominator to sum",
            Unit::Index => "index points neither add up nor have a numerator and denominator",
            Unit::YesNo => "a yes/no answer is the latest one given; a sum or mean of answers is neither yes nor no",
        }
    }
}

impl Aggregation {
    /// Why this aggregation cannot combine values of `unit`, or `None` when the pair makes sense
    /// ([`Unit::aggregations`]).
    pub fn refusal(self, unit: Unit) -> Option<String> {
        if unit.aggregations().contains(&self) {
            return None;
        }
        let allowed: Vec<&str> = unit.aggregations().iter().map(|a| a.as_str()).collect();
        Some(format!(
            "`{}` does not suit unit `{}` ({}): use {}",
            self.as_str(),
            unit.as_str(),
            unit.why_aggregations(),
            allowed.join(", ")
        ))
    }
}
