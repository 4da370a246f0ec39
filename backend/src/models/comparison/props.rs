//! Property tests of the comparison rule against a reference written straight from its definition: the
//! 25 status pairs spelled out one by one, and changes computed in whole numbers of ten-thousandths
//! (the finest step a stored value has), sharing no code with the rule.

use super::rule::{actual_change, indicator_move, progress_move, tally};
use crate::status::{Assessment, Status, StatusMove};
use proptest::prelude::*;
use proptest::test_runner::Config;
use rust_decimal::Decimal;

fn config() -> Config {
    Config {
        cases: 5_000,
        failure_persistence: None,
        ..Config::default()
    }
}

/// The move from `a` to `b` as the definition reads, every pair written out.
fn reference_move(a: &str, b: &str) -> &'static str {
    match (a, b) {
        ("no_data", "no_data") => "unchanged",
        ("no_data", _) => "newly_rated",
        (_, "no_data") => "no_longer_rated",
        ("off_track", "off_track") | ("at_risk", "at_risk") | ("on_track", "on_track") | ("achieved", "achieved") => {
            "unchanged"
        }
        ("off_track", "at_risk" | "on_track" | "achieved")
        | ("at_risk", "on_track" | "achieved")
        | ("on_track", "achieved") => "improved",
        ("achieved", "on_track" | "at_risk" | "off_track")
        | ("on_track", "at_risk" | "off_track")
        | ("at_risk", "off_track") => "worsened",
        _ => unreachable!("every pair is listed: {a} → {b}"),
    }
}

/// A decimal with at most 4 decimal places, as stored values are, and its count of ten-thousandths.
fn stored() -> impl Strategy<Value = (Decimal, i128)> {
    (-10_000_000_000_000i64..10_000_000_000_000, 0u32..=4).prop_map(|(m, scale)| {
        let d = Decimal::new(m, scale);
        (d, i128::from(m) * 10i128.pow(4 - scale))
    })
}

/// `d` in ten-thousandths, when it has at most 4 decimal places.
fn ten_thousandths(d: Decimal) -> i128 {
    let scaled = d * Decimal::from(10_000);
    assert!(scaled.fract().is_zero(), "{d} has more than 4 decimal places");
    scaled.mantissa() / 10i128.pow(scaled.scale())
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

fn assessed(actual: Option<Decimal>, status: Status) -> Assessment {
    Assessment {
        actual,
        actual_year: None,
        stale: false,
        expected: None,
        progress: None,
        status,
        reason: None,
        why: Vec::new(),
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn an_indicator_moves_and_changes_as_the_definition_says(
        a in status(),
        b in status(),
        was in prop::option::of(stored()),
        is in prop::option::of(stored()),
        same_unit in any::<bool>(),
    ) {
        let m = indicator_move(&assessed(was.map(|v| v.0), a), &assessed(is.map(|v| v.0), b), same_unit);
        prop_assert_eq!(m.status_move.as_str(), reference_move(a.as_str(), b.as_str()));
        let want = match (was, is) {
            (Some((_, x)), Some((_, y))) if same_unit => Some(y - x),
            _ => None,
        };
        prop_assert_eq!(m.change.map(ten_thousandths), want);
    }

    #[test]
    fn a_move_read_backwards_is_its_opposite(a in status(), b in status()) {
        let there = StatusMove::between(a, b);
        let back = StatusMove::between(b, a);
        let opposite = match there {
            StatusMove::Improved => StatusMove::Worsened,
            StatusMove::Worsened => StatusMove::Improved,
            StatusMove::NewlyRated => StatusMove::NoLongerRated,
            StatusMove::NoLongerRated => StatusMove::NewlyRated,
            StatusMove::Unchanged => StatusMove::Unchanged,
        };
        prop_assert_eq!(back, opposite);
    }

    #[test]
    fn a_node_moves_as_its_mean_progress_compares(
        was in prop::option::of(stored()),
        is in prop::option::of(stored()),
    ) {
        let want = match (was, is) {
            (None, None) => "unchanged",
            (None, Some(_)) => "newly_rated",
            (Some(_), None) => "no_longer_rated",
            (Some((_, x)), Some((_, y))) if y > x => "improved",
            (Some((_, x)), Some((_, y))) if y < x => "worsened",
            _ => "unchanged",
        };
        prop_assert_eq!(progress_move(was.map(|v| v.0), is.map(|v| v.0)).as_str(), want);
        let change = actual_change(was.map(|v| v.0), is.map(|v| v.0), true);
        prop_assert_eq!(change.map(ten_thousandths), was.zip(is).map(|((_, x), (_, y))| y - x));
    }

    #[test]
    fn the_tally_counts_each_move_once(moves in prop::collection::vec(prop::sample::select(StatusMove::ALL.to_vec()), 0..200)) {
        let t = tally(moves.iter().copied());
        prop_assert_eq!(t.iter().map(|(_, n)| *n as usize).sum::<usize>(), moves.len());
        for (kind, n) in t {
            prop_assert_eq!(n as usize, moves.iter().filter(|m| **m == kind).count());
        }
    }
}
