//! Response types built from models: what the API and pages show.
pub mod audit;
pub mod finance;
pub mod reports;
pub mod tree;
