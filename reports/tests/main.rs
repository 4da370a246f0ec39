//! The reports crate's integration tests in one binary (the CSV and chart snapshots, `snapshots.rs`,
//! are their own, as insta names their files by it): one link instead of one per file, and the test
//! threads share every test instead of a file's few slow ones holding one core while the other idles.

mod support;

mod assessment;
mod assessment_languages;
mod context;
mod frozen_forms;
mod headers;
mod languages;
mod moves;
mod pdf;
mod plan_cycles;
mod projection;
mod questions;
mod reasons;
mod report;
mod restatements;
mod sections;
mod versions;
mod workbook;
