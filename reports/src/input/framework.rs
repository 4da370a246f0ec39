//! Result nodes and indicators as the report receives them, statuses already decided.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The typed level of a result node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeLevel {
    /// Strategic goal.
    Goal,
    /// Target under a goal.
    Target,
    /// Thematic priority.
    ThematicPriority,
    /// Outcome under a thematic priority.
    Outcome,
    /// Output (product or service) under an outcome.
    Output,
    /// Enabler.
    Enabler,
}

impl NodeLevel {
    /// The machine name, as in CSV and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Goal => "goal",
            Self::Target => "target",
            Self::ThematicPriority => "thematic_priority",
            Self::Outcome => "outcome",
            Self::Output => "output",
            Self::Enabler => "enabler",
        }
    }

    /// The human label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Goal => "Strategic goal",
            Self::Target => "Target",
            Self::ThematicPriority => "Thematic priority",
            Self::Outcome => "Outcome",
            Self::Output => "Output",
            Self::Enabler => "Enabler",
        }
    }
}

/// Status of an indicator in year Y, as decided by the backend's status rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The end-of-plan target is met.
    Achieved,
    /// Progress at or above the plan's on-track threshold.
    OnTrack,
    /// Progress at or above the at-risk threshold.
    AtRisk,
    /// Progress below the at-risk threshold.
    OffTrack,
    /// Actual, baseline or target missing.
    NoData,
}

impl Status {
    /// Every status, in report order.
    pub const ALL: [Status; 5] = [
        Status::Achieved,
        Status::OnTrack,
        Status::AtRisk,
        Status::OffTrack,
        Status::NoData,
    ];

    /// The machine name (`on_track` …), as in CSV and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Achieved => "achieved",
            Self::OnTrack => "on_track",
            Self::AtRisk => "at_risk",
            Self::OffTrack => "off_track",
            Self::NoData => "no_data",
        }
    }

    /// The human label (`On track` …).
    pub fn label(self) -> &'static str {
        match self {
            Self::Achieved => "Achieved",
            Self::OnTrack => "On track",
            Self::AtRisk => "At risk",
            Self::OffTrack => "Off track",
            Self::NoData => "No data",
        }
    }
}

impl std::str::FromStr for Status {
    type Err = String;

    /// Parses the machine name (`achieved`, `on_track`, `at_risk`, `off_track`, `no_data`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| format!("unknown status {s:?}"))
    }
}

/// Which way an indicator should move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher is better.
    Increase,
    /// Lower is better.
    Decrease,
    /// Stay near the target.
    Maintain,
}

/// How sub-annual and cumulative values of an indicator combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    /// The latest value (stocks).
    Latest,
    /// The sum (flows).
    Sum,
    /// The mean.
    Mean,
    /// Sum of numerators over sum of denominators.
    Ratio,
}

impl Aggregation {
    /// The machine name (`latest`, `sum`, `mean`, `ratio`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Latest => "latest",
            Self::Sum => "sum",
            Self::Mean => "mean",
            Self::Ratio => "ratio",
        }
    }
}

/// The aggregation rules an indicator of one unit may have, as the backend refuses the others; stated
/// in the annex.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitRule {
    /// The unit.
    pub unit: IndicatorUnit,
    /// The aggregation rules allowed for it.
    pub aggregations: Vec<Aggregation>,
    /// Why the others are refused, as a clause for readers.
    pub why: String,
}

/// Unit of an indicator's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorUnit {
    /// Percent (0–100).
    Percent,
    /// A count.
    Count,
    /// Swiss francs.
    Chf,
    /// A ratio.
    Ratio,
    /// 1 for yes, 0 for no.
    YesNo,
    /// An index.
    Index,
}

/// Quality flag of an approved value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quality {
    /// Provisional, to be confirmed.
    Provisional,
    /// Estimated.
    Estimated,
    /// Final.
    Final,
}

impl Quality {
    /// The machine name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Provisional => "provisional",
            Self::Estimated => "estimated",
            Self::Final => "final",
        }
    }
}

/// Roll-up of a result node for year Y: its indicators and those below it, each once.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Rollup {
    /// Indicators `achieved`.
    pub achieved: u32,
    /// Indicators `on_track`.
    pub on_track: u32,
    /// Indicators `at_risk`.
    pub at_risk: u32,
    /// Indicators `off_track`.
    pub off_track: u32,
    /// Indicators `no_data`.
    pub no_data: u32,
    /// Indicators with a rating (every status except `no_data`).
    pub rated: u32,
    /// Mean progress clamped to [0, 1] over rated indicators; `None` when none is rated.
    pub mean_progress: Option<Decimal>,
}

impl Rollup {
    /// The count for one status.
    pub fn count(&self, status: Status) -> u32 {
        match status {
            Status::Achieved => self.achieved,
            Status::OnTrack => self.on_track,
            Status::AtRisk => self.at_risk,
            Status::OffTrack => self.off_track,
            Status::NoData => self.no_data,
        }
    }

    /// All indicators counted, whatever their status.
    pub fn total(&self) -> u32 {
        Status::ALL.iter().map(|s| self.count(*s)).sum()
    }
}

/// A result node of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeInput {
    /// Stable code, e.g. `G1`, `T1.2`, `TP3.O2`.
    pub code: String,
    /// Name.
    pub name: String,
    /// Level in the framework.
    pub level: NodeLevel,
    /// Code of the parent node in the tree, if any.
    pub parent_code: Option<String>,
    /// Owning org unit (outputs), e.g. `BDT`.
    pub owner_unit: Option<String>,
    /// Provenance of the node (`verified`, `illustrative`, …).
    pub provenance: String,
    /// Roll-up of indicator statuses for year Y.
    pub rollup: Rollup,
}

/// An annual milestone of an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    /// Year.
    pub year: i32,
    /// Milestone value.
    pub value: Decimal,
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

/// An approved disaggregated value of an indicator for year Y.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DisaggregatedValue {
    /// Dimension code, e.g. `sex` or `region`.
    pub dimension: String,
    /// Dimension value code, e.g. `female`, `AFR`.
    pub value_code: String,
    /// Dimension value name, e.g. `Female`, `Africa`.
    pub value_name: String,
    /// The value.
    pub value: Decimal,
}

/// An indicator with its figures and status for year Y.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorInput {
    /// Stable code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Code of the result node it is attached to.
    pub node_code: String,
    /// Unit of values.
    pub unit: IndicatorUnit,
    /// Desired direction.
    pub direction: Direction,
    /// Aggregation rule over time.
    pub aggregation: Aggregation,
    /// Baseline value.
    pub baseline: Option<Decimal>,
    /// Baseline year.
    pub baseline_year: Option<i32>,
    /// End-of-plan target value.
    pub target: Option<Decimal>,
    /// Target year.
    pub target_year: Option<i32>,
    /// Annual milestones, by year.
    pub milestones: Vec<Milestone>,
    /// Expected value E(Y).
    pub expected: Option<Decimal>,
    /// Actual value A(Y) (possibly from an earlier year, see `actual_year`).
    pub actual: Option<Decimal>,
    /// Year the actual value comes from.
    pub actual_year: Option<i32>,
    /// True when the actual comes from an earlier year than Y.
    pub stale: bool,
    /// Progress (A − b) / (E − b), unclamped.
    pub progress: Option<Decimal>,
    /// Status decided by the backend's status rule.
    pub status: Status,
    /// Why the status is what it is (always set for `no_data`).
    pub reason: Option<String>,
    /// Quality of the actual value.
    pub quality: Option<Quality>,
    /// Provenance (`verified`, `illustrative`, …).
    pub provenance: String,
    /// Key performance indicator shown in the summary.
    pub is_key: bool,
    /// Owning org unit.
    pub owner_unit: String,
    /// The indicator's own approved headline values by year (ascending); its predecessor's are in
    /// `predecessor` ([`IndicatorInput::line`] joins them only when they continue the series).
    pub series: Vec<SeriesPoint>,
    /// Its predecessor in the previous plan cycle, with that indicator's values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predecessor: Option<super::cycles::Predecessor>,
    /// Approved disaggregated values for year Y.
    pub disaggregations: Vec<DisaggregatedValue>,
}
