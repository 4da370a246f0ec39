//! Measurements: the canonical form of a disaggregation and the slot a value fills; validation
//! ([`entry`], against a preloaded [`catalog`]), storage ([`store`]) and the workflow ([`workflow`]).
//!
//! The use cases both doors (the JSON API and the pages) call: entering a value ([`create`]), editing,
//! revising and deleting one ([`edit`]), the workflow steps ([`steps`]), reading values ([`list`]) and
//! what the entry and approval screens list ([`worklist`]), the approval queue with its context
//! ([`queue`]) and deciding on several values at once ([`review`]). Each takes the database and/or the writer,
//! the acting user and a typed input, checks access and the year's lock, and writes in one transaction.

pub mod batch;
pub mod catalog;
pub mod create;
pub mod edit;
pub mod entry;
pub mod figures;
pub mod grid;
pub mod history;
pub mod list;
pub mod queue;
pub mod returned;
pub mod review;
pub mod steps;
pub mod store;
pub mod workflow;
pub mod worklist;

use crate::auth::Actor;
use crate::entities::{indicators, measurements};
use crate::error::AppResult;
use crate::models::plans::Plan;
use crate::policy::{Action, authorize};

/// A value as stored (one revision of a slot).
pub type Measurement = measurements::Model;

/// An indicator as stored.
pub type Indicator = indicators::Model;

/// A value just written, with the indicator and plan a door needs to show it.
#[derive(Debug, Clone)]
pub struct Written {
    /// The row as stored.
    pub row: Measurement,
    /// Its indicator.
    pub indicator: Indicator,
    /// The indicator's plan.
    pub plan: Plan,
    /// The code of the indicator's owner unit.
    pub unit_code: String,
}

/// Refuses, before anything is read, an actor who may enter no data at all (reviewers): admins may enter
/// for any unit and planners for their own, which the use case checks again once it knows the indicator.
pub fn may_enter_data(actor: &Actor) -> AppResult<()> {
    authorize(actor, Action::WriteUnit(actor.unit_id.unwrap_or_default()))
}

/// Refuses a stale claimed version of measurement `id`, changing nothing: 412 when the claim came from
/// `If-Match` (`claimed.1`), 409 when from the body.
pub fn check_claim(claimed: (i32, bool), current: i32, id: i32) -> AppResult<()> {
    if claimed.0 == current {
        return Ok(());
    }
    crate::models::patching::check_version(
        claimed,
        current,
        crate::error::Said::new("said-what-measurement", [("id", i64::from(id).into())]),
    )
}

/// Parses `dim=value;dim=value` into pairs sorted by dimension code. Empty text is the headline value.
pub fn parse_disaggregation(text: &str) -> Result<Vec<(String, String)>, crate::error::Said> {
    let mut pairs = Vec::new();
    for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((d, v)) = part.split_once('=') else {
            return Err(crate::error::Said::new(
                "said-not-dimension-value",
                [("part", part.into())],
            ));
        };
        let (d, v) = (d.trim(), v.trim());
        if d.is_empty() || v.is_empty() {
            return Err(crate::error::Said::new(
                "said-not-dimension-value",
                [("part", part.into())],
            ));
        }
        if pairs.iter().any(|(pd, _): &(String, String)| pd == d) {
            return Err(crate::error::Said::new(
                "said-dimension-twice",
                [("dimension", d.into())],
            ));
        }
        pairs.push((d.to_owned(), v.to_owned()));
    }
    pairs.sort();
    Ok(pairs)
}

/// The canonical text of a disaggregation: `region=africa;sex=female`, or "" for the headline.
pub fn format_disaggregation(pairs: &[(String, String)]) -> String {
    let mut sorted: Vec<_> = pairs.iter().map(|(d, v)| format!("{d}={v}")).collect();
    sorted.sort();
    sorted.join(";")
}

/// The slot a value fills: one year (and quarter) and one disaggregation.
pub fn slot_key(year: i32, quarter: Option<i32>, pairs: &[(String, String)]) -> String {
    match quarter {
        Some(q) => format!("{year}Q{q}|{}", format_disaggregation(pairs)),
        None => format!("{year}|{}", format_disaggregation(pairs)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disaggregations_are_sorted_by_dimension() {
        let p = parse_disaggregation("sex=female; region=africa").unwrap();
        assert_eq!(format_disaggregation(&p), "region=africa;sex=female");
    }

    #[test]
    fn a_malformed_or_repeated_dimension_is_refused() {
        assert!(parse_disaggregation("sex").is_err());
        assert!(parse_disaggregation("sex=female;sex=male").is_err());
        assert_eq!(parse_disaggregation("").unwrap(), vec![]);
    }
}
