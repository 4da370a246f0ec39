//! Response types built from models: what the API and pages show.
pub mod measurements;
pub mod tree;
