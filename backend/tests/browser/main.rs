//! Browser tests: Debian's chromium driven through chromedriver (WebDriver) against a real `stratrack
//! serve`. Each role logs in and walks its main path; a screenshot of every main page is saved under
//! `target/screenshots/`. Without chromedriver the tests say so loudly and skip — except in CI
//! (`CI` set), where they fail.

mod approvals;
mod checkers;
mod collection;
mod compare;
mod cycle;
mod entry;
mod framework_edit;
mod framework_walk;
mod harness;
mod languages;
mod narrow;
mod periods;
#[path = "../common/process.rs"]
mod process;
mod projection;
mod questions;
mod restatements;
mod walks;
mod workbook;
#[path = "../common/xlsx_sheets.rs"]
mod xlsx_sheets;
