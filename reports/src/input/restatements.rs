//! Restatements of figures reported last year: what changed, after the report for Y − 1 was frozen,
//! in the figures that report gave Council (decided by the backend's restatement rule, see
//! `docs/RESTATEMENTS.md`).

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use stratrack_vocab::Quality;

/// The restatements of one published report run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Restatements {
    /// The run restated (its id as the backend knows it).
    pub run_id: String,
    /// The year that run reported on.
    pub year: i32,
    /// When that run was frozen: changes after this moment are restatements.
    pub frozen_at: DateTime<Utc>,
    /// When it was published to Council, if it was.
    pub published_at: Option<DateTime<Utc>>,
    /// Values of that year revised or first approved since, by indicator code then breakdown.
    pub values: Vec<RestatedValue>,
    /// Framework revisions recorded since, oldest first.
    pub revisions: Vec<RestatedRevision>,
}

impl Restatements {
    /// True when nothing the run reported has changed since.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.revisions.is_empty()
    }
}

/// How a value changed after the run was frozen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RestatementKind {
    /// An approved value was corrected (its figure or its quality) by a revision approved since.
    Revised,
    /// The value was first approved after the run was frozen: the run had no figure for it.
    Late,
}

impl RestatementKind {
    /// The machine name, as in CSV and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Revised => "revised",
            Self::Late => "late",
        }
    }

    /// The word for readers.
    pub fn label(self) -> &'static str {
        match self {
            Self::Revised => "revised",
            Self::Late => "late value",
        }
    }
}

/// A value of the restated year whose approved figure or quality changed, or that came late.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RestatedValue {
    /// Indicator code.
    pub indicator_code: String,
    /// Indicator name.
    pub indicator_name: String,
    /// The breakdown (`sex=female`; empty for the headline value).
    pub disaggregation: String,
    /// The quarter, for a sub-annual value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quarter: Option<i32>,
    /// Revised or late.
    pub kind: RestatementKind,
    /// The figure the run reported (none for a late value).
    pub reported: Option<Decimal>,
    /// Its quality as reported.
    pub reported_quality: Option<Quality>,
    /// The approved figure now.
    pub current: Decimal,
    /// Its quality now.
    pub current_quality: Quality,
    /// Who entered the figure now approved, `email (id)`.
    pub changed_by: String,
    /// When the figure now approved was approved.
    pub changed_at: DateTime<Utc>,
    /// Why it was revised, as given with the revision (empty for a late value or when none was given).
    pub reason: String,
}

/// A framework revision (baseline, target, milestone, unit, direction) recorded after the run was frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestatedRevision {
    /// Indicator code.
    pub indicator_code: String,
    /// Indicator name.
    pub indicator_name: String,
    /// The field, e.g. `target_value` or `milestones.2029`.
    pub field: String,
    /// The value before this revision (none: no value).
    pub before: Option<String>,
    /// The value this revision set (none: removed).
    pub after: Option<String>,
    /// Date of the decision.
    pub decided_on: NaiveDate,
    /// Body that decided.
    pub deciding_body: String,
    /// The decision's reference.
    pub reference: String,
    /// Why the value changed.
    pub justification: String,
    /// Whether it is in force for the restated year (decided on or before its 31 December), so that it
    /// changes that year's expected value and status.
    pub in_force_for_year: bool,
}
