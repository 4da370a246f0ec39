//! What the statuses of a year rest on: the year's own approved values, or an older value standing in
//! (the status rule lets the latest approved value of an earlier year, no older than the plan's maximum
//! age, stand in). Counted from the evaluation's assessments, which already say which value each status
//! used, so "off track" is never read without knowing how old the figures behind it are.

use crate::models::evaluation::Evaluation;
use crate::status::Status;
use std::collections::BTreeMap;

/// How many rated statuses (every status but `no_data`) of a year rest on which year's values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Basis {
    /// Statuses on a value of the year itself.
    pub own: u32,
    /// Statuses on an older value standing in, per year of that value (newest first when iterated
    /// in reverse).
    pub stand_in: BTreeMap<i32, u32>,
}

impl Basis {
    /// Statuses on an older value, every year together.
    pub fn standing_in(&self) -> u32 {
        self.stand_in.values().sum()
    }
}

/// What the statuses of `ev` rest on.
pub fn of(ev: &Evaluation) -> Basis {
    let mut b = Basis::default();
    for a in ev.assessments.values().filter(|a| a.status != Status::NoData) {
        match (a.stale, a.actual_year) {
            (true, Some(y)) => *b.stand_in.entry(y).or_default() += 1,
            (false, Some(_)) => b.own += 1,
            _ => {}
        }
    }
    b
}
