//! Response types built from models: what the API and pages show.
pub mod audit;
pub mod collection;
pub mod comparison;
pub mod finance;
pub mod indicators;
pub mod measurements;
pub mod nodes;
pub mod operations;
pub mod periods;
pub mod problems;
pub mod questions;
pub mod reports;
pub mod revisions;
pub mod risks;
pub mod translations;
pub mod tree;
pub mod users;
