//! Queries, mutations and domain rules per resource, taking `&impl ConnectionTrait` so they run in
//! transactions. Handlers orchestrate; the rules live here and in [`crate::status`].
pub mod audit;
pub mod evaluation;
pub mod exports;
pub mod finance;
pub mod imports;
pub mod indicators;
pub mod measurements;
pub mod nodes;
pub mod periods;
pub mod sessions;
pub mod tokens;
pub mod transactions;
pub mod users;
pub mod versioned;
