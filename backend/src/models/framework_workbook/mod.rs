//! The framework of a plan as one workbook (a sheet per table) or a zip of CSV files in the seed's
//! format (`seed-data/`): [`export`] writes both, [`read`] reads an uploaded workbook cell by cell, and
//! [`apply`] plans and applies its changes through the indicator and milestone use cases, all or
//! nothing, with the changes that are framework revisions listed for a decision first.

pub mod apply;
pub mod columns;
pub mod export;
pub mod read;

pub use apply::{Applied, Decided, PlannedChange, decision_from, upload};
pub use export::{csv_zip, workbook};

/// One table of the framework: a sheet of the workbook and a file of the zip (`<name>.csv`), with the
/// columns of the seed file of the same name, in the same order.
pub struct Table {
    /// The sheet's name, the CSV file's stem.
    pub name: &'static str,
    /// The header.
    pub columns: &'static [&'static str],
    /// The rows, each a cell per column, as text in the seed's format.
    pub rows: Vec<Row>,
}

/// One row of a table and where it sits: its sheet row number (1-based, the header is row 1).
pub struct Row {
    /// The sheet row number.
    pub line: u32,
    /// A cell per column of the table.
    pub cells: Vec<String>,
}

impl Table {
    /// The position of column `name`.
    pub fn col(&self, name: &str) -> usize {
        self.columns.iter().position(|c| *c == name).unwrap_or(usize::MAX)
    }
}

/// Every table of the workbook in the seed's load order, with its columns (the seed's headers).
pub const TABLES: &[(&str, &[&str])] = &[
    ("result_nodes", columns::RESULT_NODES),
    ("contribution_links", columns::CONTRIBUTION_LINKS),
    ("dimensions", columns::DIMENSIONS),
    ("indicators", columns::INDICATORS),
    ("milestones", columns::MILESTONES),
    ("mandates", columns::MANDATES),
    ("mandate_links", columns::MANDATE_LINKS),
    ("budget_allocations", columns::BUDGET_ALLOCATIONS),
    ("risks", columns::RISKS),
    ("translations", columns::TRANSLATIONS),
];

/// The columns of `name` in [`TABLES`].
pub fn columns_of(name: &str) -> &'static [&'static str] {
    TABLES.iter().find(|(n, _)| *n == name).map_or(&[], |(_, c)| c)
}
