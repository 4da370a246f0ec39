//! The cost rule on small frameworks whose answers can be worked out by hand.

use super::*;
use rust_decimal::dec;

fn node(id: i32, code: &str, level: &str, parent: Option<i32>) -> CostNode {
    CostNode {
        id,
        code: code.into(),
        name: format!("{code} name"),
        level: level.into(),
        parent_id: parent,
    }
}

fn link(from: i32, to: i32, w: Option<Decimal>) -> CostLink {
    CostLink { from, to, weight: w }
}

fn alloc(node_id: i32, unit: &str, amount: Decimal) -> CostAllocation {
    CostAllocation {
        node_id,
        unit: unit.into(),
        amount,
    }
}

/// G1 (T1.1), G2; TP1 → G1 0.6, G2 0.4; its outcome O1 → T1.1 0.5, G2 0.5 with output P1; output P2 sits
/// directly under TP1 (no links: uses TP1's); enabler EN-1 with a child EN-1.1.
fn framework() -> CostInput {
    CostInput {
        nodes: vec![
            node(1, "G1", "goal", None),
            node(2, "T1.1", "target", Some(1)),
            node(3, "G2", "goal", None),
            node(4, "TP1", "thematic_priority", None),
            node(5, "TP1.O1", "outcome", Some(4)),
            node(6, "TP1.O1.P1", "output", Some(5)),
            node(7, "TP1.P2", "output", Some(4)),
            node(8, "EN-1", "enabler", None),
            node(9, "EN-1.1", "enabler", Some(8)),
        ],
        links: vec![
            link(4, 1, Some(dec!(0.6))),
            link(4, 3, Some(dec!(0.4))),
            link(5, 2, Some(dec!(0.5))),
            link(5, 3, Some(dec!(0.5))),
        ],
        allocations: vec![
            alloc(6, "BR", dec!(100)),
            alloc(4, "BR", dec!(50)),
            alloc(7, "TSB", dec!(10)),
            alloc(9, "GS", dec!(30)),
        ],
    }
}

fn cost_of<'a>(b: &'a CostBreakdown, code: &str) -> &'a NodeCost {
    b.nodes.iter().find(|n| n.code == code).expect("node listed")
}

#[test]
fn an_outputs_allocation_counts_for_its_outcome_and_thematic_priority() {
    let b = cost_per_node(&framework());
    assert_eq!(cost_of(&b, "TP1.O1.P1").amount, dec!(100));
    assert_eq!(cost_of(&b, "TP1.O1").amount, dec!(100));
    assert_eq!(cost_of(&b, "TP1.P2").amount, dec!(10));
    assert_eq!(cost_of(&b, "TP1").amount, dec!(160), "its own 50, P1's 100 and P2's 10");
    assert_eq!(cost_of(&b, "TP1").basis, CostBasis::Allocations);
}

#[test]
fn goals_receive_allocations_through_the_nearest_links_times_their_weight() {
    let b = cost_per_node(&framework());
    // P1 uses O1's links: 50 to T1.1 (hence G1) and 50 to G2. TP1's own 50 goes 30/20 and P2, which has no
    // links and no linked outcome, uses TP1's: 6/4.
    assert_eq!(cost_of(&b, "T1.1").amount, dec!(50));
    assert_eq!(cost_of(&b, "G1").amount, dec!(86));
    assert_eq!(cost_of(&b, "G2").amount, dec!(74));
    assert_eq!(cost_of(&b, "G1").basis, CostBasis::Contributions);
    assert_eq!(b.goals, dec!(160));
}

#[test]
fn enablers_are_reported_apart_and_roll_up_their_own_tree() {
    let b = cost_per_node(&framework());
    assert_eq!(b.enablers, dec!(30));
    assert_eq!(cost_of(&b, "EN-1").amount, dec!(30));
    assert_eq!(cost_of(&b, "EN-1.1").amount, dec!(30));
    assert_eq!(b.level_total("goal") + b.enablers, dec!(190));
}

#[test]
fn goals_plus_enablers_equal_the_allocations_when_every_weight_set_sums_to_one() {
    let b = cost_per_node(&framework());
    assert_eq!(b.allocated, dec!(190));
    assert_eq!(b.unattributed, Decimal::ZERO);
    assert!(b.reconciles());
    assert_eq!(b.level_total("thematic_priority") + b.enablers, b.allocated);
}

#[test]
fn the_cost_is_split_by_the_unit_that_pays_it() {
    let b = cost_per_node(&framework());
    let g1 = &cost_of(&b, "G1").by_unit;
    assert_eq!(g1.get("BR"), Some(&dec!(80)));
    assert_eq!(g1.get("TSB"), Some(&dec!(6)));
    assert_eq!(g1.get("GS"), None, "enabler money never reaches a goal");
}

#[test]
fn nodes_come_out_parents_first_in_input_order() {
    let b = cost_per_node(&framework());
    let codes: Vec<&str> = b.nodes.iter().map(|n| n.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "G1",
            "T1.1",
            "G2",
            "TP1",
            "TP1.O1",
            "TP1.O1.P1",
            "TP1.P2",
            "EN-1",
            "EN-1.1"
        ]
    );
}

#[test]
fn a_share_no_weight_carries_is_unattributed_and_the_books_do_not_reconcile() {
    let mut input = framework();
    // O1's link to G2 loses its weight: half of P1's 100 reaches no goal.
    input.links[3].weight = None;
    let b = cost_per_node(&input);
    assert_eq!(b.unattributed, dec!(50));
    assert_eq!(cost_of(&b, "G2").amount, dec!(24));
    assert_eq!(b.goals + b.enablers + b.unattributed, b.allocated);
    assert!(!b.reconciles());
}

#[test]
fn weights_above_one_overdraw_and_show_as_a_negative_unattributed_share() {
    let mut input = framework();
    input.links[0].weight = Some(dec!(0.8));
    let b = cost_per_node(&input);
    assert_eq!(b.unattributed, dec!(-12), "TP1 and P2 carry 1.2 of 60");
    assert_eq!(b.goals + b.enablers + b.unattributed, b.allocated);
    assert!(!b.reconciles());
}

#[test]
fn a_node_with_no_linked_ancestor_reaches_no_goal() {
    let mut input = framework();
    input.nodes.push(node(10, "TP2", "thematic_priority", None));
    input.allocations.push(alloc(10, "GS", dec!(7.5)));
    let b = cost_per_node(&input);
    assert_eq!(cost_of(&b, "TP2").amount, dec!(7.5));
    assert_eq!(b.unattributed, dec!(7.5));
}

#[test]
fn an_allocation_to_a_target_counts_in_full_for_it_and_its_goal() {
    let mut input = framework();
    input.allocations.push(alloc(2, "BDT", dec!(5)));
    let b = cost_per_node(&input);
    assert_eq!(cost_of(&b, "T1.1").amount, dec!(55));
    assert_eq!(cost_of(&b, "G1").amount, dec!(91));
    assert!(b.reconciles());
}

#[test]
fn shares_stay_exact_to_the_franc_without_rounding() {
    let mut input = framework();
    input.links[0].weight = Some(dec!(0.35));
    input.links[1].weight = Some(dec!(0.65));
    input.allocations = vec![alloc(4, "BR", dec!(1234.5))];
    let b = cost_per_node(&input);
    assert_eq!(cost_of(&b, "G1").amount, dec!(432.075));
    assert_eq!(cost_of(&b, "G2").amount, dec!(802.425));
    assert!(b.reconciles());
}

#[test]
fn an_empty_year_costs_nothing_and_reconciles() {
    let mut input = framework();
    input.allocations.clear();
    let b = cost_per_node(&input);
    assert!(b.nodes.iter().all(|n| n.amount.is_zero() && n.by_unit.is_empty()));
    assert!(b.reconciles());
}
