//! One seeding pass: where it writes, the checked seed, its time and its tallies so far, and the ids of
//! the rows written so far by natural code. Each loading step takes the pass and the ids instead of
//! a long list of arguments.

use super::parse::Seed;
use super::upsert::Counts;
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// Ids by code.
pub type ByCode = HashMap<String, i32>;
/// Ids by (plan id, code).
pub type ByPlanCode = HashMap<(i32, String), i32>;

/// What every loading step writes with: the connection, the seed, the time and the tallies.
pub struct Pass<'a, C> {
    /// Where the rows go (the seeding transaction).
    pub db: &'a C,
    /// The checked seed.
    pub seed: &'a Seed,
    /// The time stamped on inserted and updated rows.
    pub now: DateTime<Utc>,
    /// Rows inserted, updated and unchanged per table so far.
    pub counts: Counts,
}

/// The ids of the rows written so far, by natural code; each step fills what later steps look up.
#[derive(Debug, Default)]
pub struct Ids {
    /// Plans by code.
    pub plans: ByCode,
    /// Org units by code.
    pub units: ByCode,
    /// Result nodes by (plan id, code).
    pub nodes: ByPlanCode,
    /// Indicators by (plan id, code).
    pub inds: ByPlanCode,
    /// Dimensions by code.
    pub dims: ByCode,
    /// Dimension values by (dimension code, value code).
    pub dim_values: HashMap<(String, String), i32>,
}

impl Ids {
    /// The id of the node `code` of the plan `plan_code`.
    pub fn node(&self, plan_code: &str, code: &str) -> i32 {
        self.nodes[&(self.plans[plan_code], code.to_owned())]
    }

    /// The id of the indicator `code` of the plan `plan_code`.
    pub fn indicator(&self, plan_code: &str, code: &str) -> i32 {
        self.inds[&(self.plans[plan_code], code.to_owned())]
    }
}
