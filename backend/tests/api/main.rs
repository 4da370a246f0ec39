//! Integration tests: one binary, one file per resource, each test on SQLite and PostgreSQL.

mod helpers;

mod access;
mod allocations;
mod audit;
mod auth;
mod calls;
mod check;
mod conditional;
mod contributions;
mod cost;
mod decimals;
mod dimensions;
mod documented;
mod finance_actuals;
mod finance_lines;
mod indicators;
mod mandates;
mod migrations;
mod nodes;
mod openapi;
mod operations;
mod pages;
mod plans;
mod revisions;
mod risks;
mod seed;
mod serve;
mod status;
mod tree;
