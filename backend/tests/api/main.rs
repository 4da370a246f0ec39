//! Integration tests: one binary, one file per resource, each test on SQLite and PostgreSQL.

mod helpers;

mod access;
mod allocations;
mod audit;
mod auth;
mod calls;
mod check;
mod cli_import;
mod conditional;
mod contributions;
mod cost;
mod decimals;
mod dimensions;
mod documented;
mod finance_actuals;
mod finance_lines;
mod imports;
mod indicators;
mod mandates;
mod measurement_concurrency;
mod measurement_workflow;
mod measurements;
mod migrations;
mod nodes;
mod openapi;
mod operations;
mod pages;
mod periods;
mod plans;
mod revisions;
mod risks;
mod seed;
mod serve;
mod status;
mod tree;
