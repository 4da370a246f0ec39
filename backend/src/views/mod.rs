//! Response types built from models: what the API and pages show.
pub mod indicators;
pub mod nodes;
pub mod revisions;
pub mod tree;
