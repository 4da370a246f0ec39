//! Queries, mutations and domain rules per resource, taking `&impl ConnectionTrait` so they run in
//! transactions. Handlers orchestrate; the rules live here and in [`crate::status`].
pub mod allocations;
pub mod audit;
pub mod bulk;
pub mod cost;
pub mod evaluation;
pub mod exports;
pub mod finance;
pub mod imports;
pub mod indicators;
pub mod measurements;
pub mod money;
pub mod nodes;
pub mod operational_items;
pub mod operations;
pub mod periods;
pub mod refs;
pub mod report_input;
pub mod report_runs;
pub mod revisions;
pub mod risks;
pub mod sessions;
pub mod tokens;
pub mod transactions;
pub mod units;
pub mod users;
pub mod versioned;
