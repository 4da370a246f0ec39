//! Integration tests: one binary, one file per resource, each test on SQLite and PostgreSQL.

mod helpers;

mod access;
mod auth;
mod check;
mod decimals;
mod migrations;
mod openapi;
mod plans;
mod seed;
mod serve;
mod tree;
