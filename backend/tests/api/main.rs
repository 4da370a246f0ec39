//! Integration tests: one binary, one file per resource, each test on SQLite and PostgreSQL.

mod helpers;

mod access;
mod allocations;
mod auth;
mod calls;
mod check;
mod cost;
mod decimals;
mod finance_actuals;
mod finance_lines;
mod migrations;
mod openapi;
mod plans;
mod report_cli;
mod report_pages;
mod reports;
mod seed;
mod serve;
mod tree;
