//! Roll-ups over a result node: which indicators count, their status counts and mean progress.

use super::{Assessment, Status, serialize_shown};
use rust_decimal::Decimal;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

/// Status counts and mean progress over a set of indicators.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct RollUp {
    /// Indicators achieved.
    pub achieved: u32,
    /// Indicators on track.
    pub on_track: u32,
    /// Indicators at risk.
    pub at_risk: u32,
    /// Indicators off track.
    pub off_track: u32,
    /// Indicators without data (not rated).
    pub no_data: u32,
    /// Indicators rated: every status but `no_data`.
    pub rated: u32,
    /// Mean progress of the rated indicators, each clamped to [0, 1]
    /// (achieved counts as 1); exact inside, shown to 4 dp; `None` if none
    /// is rated.
    #[serde(serialize_with = "serialize_shown")]
    pub mean_progress: Option<Decimal>,
}

impl RollUp {
    /// All indicators counted, rated or not.
    pub fn total(&self) -> u32 {
        self.rated + self.no_data
    }

    /// The count for one status.
    pub fn count(&self, s: Status) -> u32 {
        match s {
            Status::Achieved => self.achieved,
            Status::OnTrack => self.on_track,
            Status::AtRisk => self.at_risk,
            Status::OffTrack => self.off_track,
            Status::NoData => self.no_data,
        }
    }
}

/// Rolls up assessments (one per indicator; see [`indicators_under`] to pick
/// them for a node).
///
/// Progress is clamped to [0, 1] so that one indicator far beyond (or far
/// behind) its line cannot hide the others; achieved indicators count as 1.
/// A rated assessment without progress (only possible if built by hand)
/// counts as 0 rather than silently raising the mean.
pub fn roll_up<'a>(assessments: impl IntoIterator<Item = &'a Assessment>) -> RollUp {
    let mut rollup = RollUp::default();
    let mut sum = Decimal::ZERO;
    for assessment in assessments {
        let contribution = match assessment.status {
            Status::NoData => {
                rollup.no_data += 1;
                continue;
            }
            Status::Achieved => {
                rollup.achieved += 1;
                Decimal::ONE
            }
            Status::OnTrack => {
                rollup.on_track += 1;
                clamped(assessment.progress)
            }
            Status::AtRisk => {
                rollup.at_risk += 1;
                clamped(assessment.progress)
            }
            Status::OffTrack => {
                rollup.off_track += 1;
                clamped(assessment.progress)
            }
        };
        rollup.rated += 1;
        sum += contribution;
    }
    rollup.mean_progress = (rollup.rated > 0).then(|| sum / Decimal::from(rollup.rated));
    rollup
}

/// Progress clamped to [0, 1], missing progress as 0.
fn clamped(progress: Option<Decimal>) -> Decimal {
    progress.unwrap_or(Decimal::ZERO).clamp(Decimal::ZERO, Decimal::ONE)
}

/// Indicator ids counted for `node`: on it and every node reachable through children and contributors, each once.
///
/// `children` maps a node to the nodes below it in the tree; `contributors`
/// maps a node to the nodes that contribute to it (a contribution link goes
/// from e.g. an outcome to the goal it serves, so the goal's map entry lists
/// the outcome). Both are followed recursively from every node reached. Each
/// node is visited once, so an indicator reachable by several paths is
/// counted once and cycles terminate.
pub fn indicators_under(
    node: i32,
    children: &HashMap<i32, Vec<i32>>,
    contributors: &HashMap<i32, Vec<i32>>,
    indicators_by_node: &HashMap<i32, Vec<i32>>,
) -> BTreeSet<i32> {
    let mut visited = HashSet::from([node]);
    let mut queue = VecDeque::from([node]);
    let mut indicators = BTreeSet::new();
    while let Some(current) = queue.pop_front() {
        if let Some(ids) = indicators_by_node.get(&current) {
            indicators.extend(ids.iter().copied());
        }
        let below = children.get(&current).into_iter().flatten();
        let feeding = contributors.get(&current).into_iter().flatten();
        for &next in below.chain(feeding) {
            if visited.insert(next) {
                queue.push_back(next);
            }
        }
    }
    indicators
}
