//! stratrack: tracks a strategic plan through its results framework and produces the annual report.
pub mod db;
pub mod entities;
pub mod fixed;
