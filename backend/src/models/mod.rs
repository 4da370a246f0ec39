//! Queries, mutations and domain rules per resource, taking `&impl ConnectionTrait` so they run in
//! transactions. Handlers orchestrate; the rules live here and in [`crate::status`].
pub mod allocations;
pub mod audit;
pub mod cost;
pub mod evaluation;
pub mod finance;
pub mod indicators;
pub mod measurements;
pub mod money;
pub mod nodes;
pub mod operations;
pub mod refs;
pub mod report_input;
pub mod report_runs;
pub mod sessions;
pub mod tokens;
pub mod users;
pub mod versioned;
