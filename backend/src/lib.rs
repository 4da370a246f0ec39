//! stratrack: tracks a strategic plan through its results framework and produces the annual report.
//!
//! Map of the crate: [`db`] connects and migrates; [`entities`] mirror the tables; [`models`] hold
//! queries and domain rules; [`status`] is the one rule every figure comes from; [`seed`] loads
//! `seed-data/`; [`api`] serves JSON; [`app`] builds the router used by `serve` and by the tests.
pub mod addr_ranges;
pub mod alloc;
pub mod api;
pub mod auth;
pub mod bench_data;
pub mod cli;
pub mod cli_backup;
pub mod cli_data;
pub mod cli_report;
pub mod cli_users;
pub mod config;
pub mod db;
pub mod entities;
pub mod error;
pub mod fixed;
pub mod language;
pub mod limits;
pub mod logging;
pub mod metrics;
pub mod models;
pub mod pages;
pub mod policy;
pub mod routes;
pub mod seed;
pub mod state;
pub mod status;
pub mod views;

pub use routes::app;
