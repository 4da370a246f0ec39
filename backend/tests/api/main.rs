//! Integration tests: one binary, one file per resource, each test on SQLite and PostgreSQL.

mod helpers;

mod check;
mod conditional;
mod contributions;
mod decimals;
mod dimensions;
mod indicators;
mod mandates;
mod migrations;
mod nodes;
mod plans;
mod revisions;
mod seed;
mod serve;
mod status;
mod tree;
