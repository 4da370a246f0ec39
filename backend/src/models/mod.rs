//! Queries, mutations and domain rules per resource, taking `&impl ConnectionTrait` so they run in
//! transactions. Handlers orchestrate; the rules live here and in [`crate::status`].
pub mod audit;
pub mod evaluation;
pub mod finance;
pub mod indicators;
pub mod measurements;
pub mod nodes;
pub mod revisions;
pub mod sessions;
pub mod tokens;
pub mod units;
pub mod users;
pub mod versioned;
