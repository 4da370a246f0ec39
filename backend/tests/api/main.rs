//! Integration tests: one binary, one file per resource, each test on SQLite and PostgreSQL.

mod helpers;

mod access;
mod allocations;
mod audit;
mod auth;
mod calls;
mod check;
mod cost;
mod decimals;
mod documented;
mod finance_actuals;
mod finance_lines;
mod migrations;
mod openapi;
mod operations;
mod plans;
mod risks;
mod seed;
mod serve;
mod tree;
