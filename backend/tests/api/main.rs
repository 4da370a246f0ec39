//! Integration tests: one binary, one file per resource, each test on SQLite and PostgreSQL.

mod helpers;

mod check;
mod cli_import;
mod decimals;
mod imports;
mod measurement_concurrency;
mod measurement_workflow;
mod measurements;
mod migrations;
mod periods;
mod plans;
mod seed;
mod serve;
mod tree;
