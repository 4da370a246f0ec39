//! Response types built from models: what the API and pages show.
pub mod audit;
pub mod finance;
pub mod operations;
pub mod risks;
pub mod tree;
