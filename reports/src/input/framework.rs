//! Result nodes and indicators as the report receives them, statuses already decided.

use super::cycles::{Predecessor, SeriesPoint};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

pub use stratrack_vocab::{
    Aggregation, Direction, NodeLevel, Outlook, Quality, Status, StatusMove, Unit as IndicatorUnit,
};

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
    /// The same reasons as the interface's messages (`nodata-…`), one per thing missing, whose English
    /// joined by `"; "` is `reason`: the report says them in its language (form
    /// [`super::FORM_REASONS`] and later, [`crate::words::Words::reason_of`]). Absent when the status
    /// rule kept none, and from runs frozen before (which serialise as they were).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Message>,
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
    /// Its reference sheet, when it has one (annexed for key indicators).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_sheet: Option<ReferenceSheet>,
    /// The framework revisions in force for year Y (decided on or before its 31 December), oldest
    /// decision first: baseline, target and milestones above are as they revised them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisions: Vec<RevisionInForce>,
    /// Where its approved values are heading at its target year, by the backend's projection rule.
    /// Absent from runs frozen before the report showed projections, which render as they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projection: Option<ProjectionInput>,
    /// The indicator in the year before Y and how it changed since, decided by the backend's
    /// comparison rule. Absent when the report compares no year (`ReportInput::since_year`), and from
    /// runs frozen before reports compared years, which render as they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_year: Option<LastYear>,
    /// The narratives and evidence links of its approved headline values of year Y (the annual value
    /// and each quarter, in that order), those with a text or a link only. Absent from runs frozen
    /// before the report showed narratives, which render as they did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub narratives: Vec<super::NarrativeInput>,
}

/// An indicator's projection at its target year, decided by the backend (a least-squares line through
/// the baseline and the approved annual values since, at least two points).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectionInput {
    /// Whether the target is likely to be met.
    pub outlook: Outlook,
    /// The line's value in the target year; `None` when too early to tell.
    pub value_at_target_year: Option<Decimal>,
    /// The newest year of the points: the projected stretch runs from there to the target year.
    pub last_year: Option<i32>,
    /// The line's value in `last_year`.
    pub value_at_last_year: Option<Decimal>,
    /// How many points the line went through (the baseline counts as one).
    pub points_used: u32,
}

/// An indicator in the year before the report's year, and how it changed since.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LastYear {
    /// Its actual value that year (possibly from an earlier year, see `actual_year`).
    pub actual: Option<Decimal>,
    /// The year that actual comes from.
    pub actual_year: Option<i32>,
    /// Its status that year.
    pub status: Status,
    /// Actual of Y minus actual of the year before, exact; none when either is missing or the unit was
    /// revised in between.
    pub change: Option<Decimal>,
    /// How its status moved, on the order off track < at risk < on track < achieved.
    pub status_move: StatusMove,
}

/// An indicator's reference sheet: the texts explaining why and how it is measured (each optional).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceSheet {
    /// Why it is measured.
    pub rationale: Option<String>,
    /// Method of computation.
    pub method: Option<String>,
    /// How its values are broken down.
    pub disaggregation: Option<String>,
    /// What it does not show.
    pub limitations: Option<String>,
    /// How its values are checked.
    pub quality_assurance: Option<String>,
    /// Why its target is where it is.
    pub target_rationale: Option<String>,
}

impl ReferenceSheet {
    /// Each part as (heading, text), in the sheet's order.
    pub fn parts(&self) -> [(&'static str, Option<&str>); 6] {
        [
            ("Rationale", self.rationale.as_deref()),
            ("Method of computation", self.method.as_deref()),
            ("Disaggregation", self.disaggregation.as_deref()),
            ("Limitations", self.limitations.as_deref()),
            ("Quality assurance", self.quality_assurance.as_deref()),
            ("Target rationale", self.target_rationale.as_deref()),
        ]
    }
}

/// A framework revision of an indicator in force for the report's year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionInForce {
    /// The field, e.g. `target_value` or `milestones.2029`.
    pub field: String,
    /// The value as the plan adopted it (none: no value).
    pub as_adopted: Option<String>,
    /// The value this revision set (none: removed).
    pub as_revised: Option<String>,
    /// Date of the decision.
    pub decided_on: chrono::NaiveDate,
    /// Body that decided.
    pub deciding_body: String,
    /// The decision's reference.
    pub reference: String,
}

impl IndicatorInput {
    /// The values drawn as the indicator's one line: a carried-over predecessor's first, then the
    /// indicator's own (its own value wins a year both have). A predecessor that does not continue
    /// the series never enters it.
    pub fn line(&self) -> Cow<'_, [SeriesPoint]> {
        line(&self.series, self.predecessor.as_ref())
    }

    /// The predecessor shown apart from the indicator's series (redefined or new), if any.
    pub fn separate_predecessor(&self) -> Option<&Predecessor> {
        self.predecessor.as_ref().filter(|p| !p.continues_series())
    }
}

/// One indicator's values drawn as one line: a carried-over `predecessor`'s first, then its `own` (its
/// own value wins a year both have). A predecessor that does not continue the series never enters it.
pub fn line<'s>(own: &'s [SeriesPoint], predecessor: Option<&Predecessor>) -> Cow<'s, [SeriesPoint]> {
    match predecessor.filter(|p| p.continues_series()) {
        Some(p) if !p.series.is_empty() => {
            let mut by_year: BTreeMap<i32, &SeriesPoint> = p.series.iter().map(|s| (s.year, s)).collect();
            by_year.extend(own.iter().map(|s| (s.year, s)));
            Cow::Owned(by_year.into_values().cloned().collect())
        }
        _ => Cow::Borrowed(own),
    }
}

/// A message of the interface (its key in `i18n/messages/*.ftl`) with its whole-number arguments: how the
/// input carries what the backend's domain said as a message (the status rule's reasons), so that the
/// report says it in its language from the one definition of the message files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The message's key, e.g. `nodata-no-value`.
    pub key: String,
    /// Its arguments by name, e.g. `year` = 2028.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub args: std::collections::BTreeMap<String, i64>,
}

impl Message {
    /// The message `key` with `args`.
    pub fn new(key: impl Into<String>, args: impl IntoIterator<Item = (String, i64)>) -> Self {
        Self {
            key: key.into(),
            args: args.into_iter().collect(),
        }
    }

    /// The message in `lang`.
    pub fn text(&self, lang: stratrack_i18n::Lang) -> String {
        let args: Vec<(&str, stratrack_i18n::Arg<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), stratrack_i18n::Arg::Number(*v)))
            .collect();
        stratrack_i18n::text_with(lang, &self.key, &args)
    }
}
