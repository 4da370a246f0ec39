//! The comparison rule, pure: how each indicator's actual and status, and each result node's roll-up,
//! changed from year A to year B. No I/O and no rounding; the use case ([`super::compare_years`]) feeds
//! it the two evaluations of the plan, and the report input the same two.
//!
//! * **Change of the actual** ([`actual_change`]): `A(B) − A(A)`, exact; none when either year has no
//!   actual, or when the indicator's unit was revised between the two years (a count minus a
//!   percentage means nothing).
//! * **Status move** ([`indicator_move`]): by the one order of statuses, [`crate::status::Status::rank`] in the
//!   vocabulary (off track < at risk < on track < achieved; no data is no rating):
//!   [`StatusMove::between`].
//! * **A node's move** ([`node_move`]): its roll-up's mean progress from A to B, read the same way: up is
//!   improved, down worsened, equal unchanged, and a node without a rated indicator in one year is newly
//!   rated or no longer rated.

use crate::models::evaluation::Evaluation;
use crate::status::{Assessment, RollUp, StatusMove};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// `b − a`, exact, when both are known and measured in the same unit; `None` otherwise (and on the
/// overflow of a 28-digit decimal, which no stored value reaches).
pub fn actual_change(a: Option<Decimal>, b: Option<Decimal>, same_unit: bool) -> Option<Decimal> {
    match (a, b) {
        (Some(a), Some(b)) if same_unit => b.checked_sub(a),
        _ => None,
    }
}

/// How one indicator changed from A to B.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndicatorMove {
    /// The change of its actual ([`actual_change`]).
    pub change: Option<Decimal>,
    /// How its status moved.
    pub status_move: StatusMove,
}

/// The move of one indicator assessed `a` in year A and `b` in year B; `same_unit` is false when its
/// unit was revised between the two years.
pub fn indicator_move(a: &Assessment, b: &Assessment, same_unit: bool) -> IndicatorMove {
    IndicatorMove {
        change: actual_change(a.actual, b.actual, same_unit),
        status_move: StatusMove::between(a.status, b.status),
    }
}

/// How a node's mean progress moved: up improved, down worsened, equal unchanged; from none (no
/// indicator rated) newly rated, to none no longer rated, none in both unchanged.
pub fn progress_move(a: Option<Decimal>, b: Option<Decimal>) -> StatusMove {
    match (a, b) {
        (None, None) => StatusMove::Unchanged,
        (None, Some(_)) => StatusMove::NewlyRated,
        (Some(_), None) => StatusMove::NoLongerRated,
        (Some(a), Some(b)) if b > a => StatusMove::Improved,
        (Some(a), Some(b)) if b < a => StatusMove::Worsened,
        (Some(_), Some(_)) => StatusMove::Unchanged,
    }
}

/// How one node's roll-up changed from A to B.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeMove {
    /// The change of its mean progress, exact; `None` unless both years have one.
    pub progress_change: Option<Decimal>,
    /// How its mean progress moved ([`progress_move`]).
    pub progress_move: StatusMove,
}

/// The move of a node rolled up `a` in year A and `b` in year B.
pub fn node_move(a: &RollUp, b: &RollUp) -> NodeMove {
    NodeMove {
        progress_change: actual_change(a.mean_progress, b.mean_progress, true),
        progress_move: progress_move(a.mean_progress, b.mean_progress),
    }
}

/// One indicator of the comparison: its id and its move (its figures stay in the two evaluations).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Indicator id.
    pub id: i32,
    /// How it changed.
    pub moved: IndicatorMove,
}

/// One result node of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeLine {
    /// Node id.
    pub id: i32,
    /// How its roll-up changed.
    pub moved: NodeMove,
}

/// A plan compared between two of its evaluations.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Comparison {
    /// Every indicator assessed in both years, in year B's order (by code).
    pub indicators: Vec<Line>,
    /// Every node rolled up in both years, in year B's order.
    pub nodes: Vec<NodeLine>,
}

/// Compares evaluation `a` (year A) with evaluation `b` (year B) of the same plan: one pass over the
/// indicators and one over the nodes, nothing read.
pub fn compare(a: &Evaluation, b: &Evaluation) -> Comparison {
    let units_a: HashMap<i32, &str> = a.indicators.iter().map(|i| (i.id, i.unit.as_str())).collect();
    let indicators = b
        .indicators
        .iter()
        .filter_map(|i| {
            let (was, is) = (a.assessments.get(&i.id)?, b.assessments.get(&i.id)?);
            let same_unit = units_a.get(&i.id) == Some(&i.unit.as_str());
            Some(Line {
                id: i.id,
                moved: indicator_move(was, is, same_unit),
            })
        })
        .collect();
    let nodes = b
        .nodes
        .iter()
        .filter_map(|n| {
            let (was, is) = (a.rollups.get(&n.id)?, b.rollups.get(&n.id)?);
            Some(NodeLine {
                id: n.id,
                moved: node_move(was, is),
            })
        })
        .collect();
    Comparison { indicators, nodes }
}

/// How many of `moves` are of each kind, in the order of [`StatusMove::ALL`].
pub fn tally(moves: impl IntoIterator<Item = StatusMove>) -> [(StatusMove, u32); 5] {
    let mut counts = StatusMove::ALL.map(|m| (m, 0u32));
    for m in moves {
        if let Some(slot) = counts.iter_mut().find(|(k, _)| *k == m) {
            slot.1 += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::Status;
    use Status::*;
    use StatusMove::*;
    use rust_decimal::dec;

    fn assessed(actual: Option<Decimal>, status: Status) -> Assessment {
        Assessment {
            actual,
            actual_year: actual.map(|_| 2028),
            stale: false,
            expected: None,
            progress: None,
            status,
            reason: None,
            why: Vec::new(),
        }
    }

    fn rolled(mean: Option<Decimal>) -> RollUp {
        RollUp {
            mean_progress: mean,
            rated: u32::from(mean.is_some()),
            ..RollUp::default()
        }
    }

    #[test]
    fn the_change_is_the_later_actual_minus_the_earlier_exactly() {
        assert_eq!(actual_change(Some(dec!(0.1)), Some(dec!(0.3)), true), Some(dec!(0.2)));
        assert_eq!(actual_change(Some(dec!(70)), Some(dec!(64.5)), true), Some(dec!(-5.5)));
        assert_eq!(
            actual_change(Some(dec!(12345678901234.5678)), Some(dec!(12345678901234.5679)), true),
            Some(dec!(0.0001))
        );
        assert_eq!(
            actual_change(Some(dec!(5)), Some(dec!(5.000)), true),
            Some(Decimal::ZERO)
        );
    }

    #[test]
    fn there_is_no_change_when_either_year_has_no_actual() {
        assert_eq!(actual_change(None, Some(dec!(3)), true), None);
        assert_eq!(actual_change(Some(dec!(3)), None, true), None);
        assert_eq!(actual_change(None, None, true), None);
    }

    #[test]
    fn there_is_no_change_across_a_revised_unit() {
        assert_eq!(actual_change(Some(dec!(40)), Some(dec!(0.45)), false), None);
    }

    #[test]
    fn a_change_that_would_overflow_is_none_rather_than_a_panic() {
        assert_eq!(actual_change(Some(Decimal::MIN), Some(Decimal::MAX), true), None);
    }

    #[test]
    fn an_indicator_improves_or_worsens_along_the_order_of_statuses() {
        let m = indicator_move(
            &assessed(Some(dec!(50)), AtRisk),
            &assessed(Some(dec!(60)), OnTrack),
            true,
        );
        assert_eq!(
            m,
            IndicatorMove {
                change: Some(dec!(10)),
                status_move: Improved
            }
        );
        let m = indicator_move(
            &assessed(Some(dec!(60)), Achieved),
            &assessed(Some(dec!(58)), OffTrack),
            true,
        );
        assert_eq!(m.status_move, Worsened);
        assert_eq!(m.change, Some(dec!(-2)));
    }

    #[test]
    fn the_same_status_is_unchanged_whatever_the_actual_did() {
        let m = indicator_move(
            &assessed(Some(dec!(50)), OnTrack),
            &assessed(Some(dec!(51)), OnTrack),
            true,
        );
        assert_eq!(
            m,
            IndicatorMove {
                change: Some(dec!(1)),
                status_move: Unchanged
            }
        );
        let m = indicator_move(&assessed(None, NoData), &assessed(None, NoData), true);
        assert_eq!(
            m,
            IndicatorMove {
                change: None,
                status_move: Unchanged
            }
        );
    }

    #[test]
    fn an_indicator_without_data_in_one_year_is_newly_or_no_longer_rated() {
        let m = indicator_move(&assessed(None, NoData), &assessed(Some(dec!(9)), AtRisk), true);
        assert_eq!(
            m,
            IndicatorMove {
                change: None,
                status_move: NewlyRated
            }
        );
        let m = indicator_move(&assessed(Some(dec!(9)), OffTrack), &assessed(None, NoData), true);
        assert_eq!(
            m,
            IndicatorMove {
                change: None,
                status_move: NoLongerRated
            }
        );
        // An actual without a target is still no data: the change is told, the status did not move.
        let m = indicator_move(&assessed(Some(dec!(4)), NoData), &assessed(Some(dec!(7)), NoData), true);
        assert_eq!(
            m,
            IndicatorMove {
                change: Some(dec!(3)),
                status_move: Unchanged
            }
        );
    }

    #[test]
    fn a_node_moves_with_its_mean_progress() {
        let up = node_move(&rolled(Some(dec!(0.5))), &rolled(Some(dec!(0.75))));
        assert_eq!(
            up,
            NodeMove {
                progress_change: Some(dec!(0.25)),
                progress_move: Improved
            }
        );
        assert_eq!(
            node_move(&rolled(Some(dec!(0.8))), &rolled(Some(dec!(0.6)))).progress_move,
            Worsened
        );
        assert_eq!(
            node_move(&rolled(Some(dec!(1))), &rolled(Some(dec!(1.0)))).progress_move,
            Unchanged
        );
        assert_eq!(
            node_move(&rolled(None), &rolled(None)),
            NodeMove {
                progress_change: None,
                progress_move: Unchanged
            }
        );
        assert_eq!(
            node_move(&rolled(None), &rolled(Some(dec!(0.1)))).progress_move,
            NewlyRated
        );
        assert_eq!(
            node_move(&rolled(Some(dec!(0.1))), &rolled(None)).progress_move,
            NoLongerRated
        );
    }

    #[test]
    fn the_tally_counts_every_kind_in_vocabulary_order() {
        let t = tally([Improved, Worsened, Improved, NoLongerRated]);
        assert_eq!(
            t,
            [
                (Improved, 2),
                (Worsened, 1),
                (Unchanged, 0),
                (NewlyRated, 0),
                (NoLongerRated, 1)
            ]
        );
    }
}
