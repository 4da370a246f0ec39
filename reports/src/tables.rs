//! The report's tables, one row per fact: written as CSV (UTF-8, header row, exact decimals with
//! a dot) and as XLSX sheets from the same rows.

pub mod assessment;
mod context;
mod framework;
mod operations;
mod restatements;

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::analysis::Analysis;
use crate::error::RenderError;
use crate::format::{DERIVED_DP, plain, round};

/// One cell; text is borrowed from the report input where it can be, so a large table does not
/// copy every code and name it shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// Text.
    Text(Cow<'a, str>),
    /// An exact decimal (a number in XLSX).
    Num(Decimal),
    /// A whole number (a number in XLSX).
    Int(i64),
    /// Nothing.
    Empty,
}

impl<'a> Cell<'a> {
    /// Text cell.
    fn t(s: impl Into<Cow<'a, str>>) -> Cell<'a> {
        Cell::Text(s.into())
    }

    /// Optional decimal.
    fn n(d: Option<Decimal>) -> Cell<'a> {
        d.map_or(Cell::Empty, Cell::Num)
    }

    /// Optional derived figure, rounded for readers.
    fn derived(d: Option<Decimal>) -> Cell<'a> {
        d.map_or(Cell::Empty, |d| Cell::Num(round(d, DERIVED_DP)))
    }

    /// Optional whole number.
    fn i(v: Option<i32>) -> Cell<'a> {
        v.map_or(Cell::Empty, |v| Cell::Int(i64::from(v)))
    }

    /// The CSV text of the cell; text that a spreadsheet would run as a formula gets a leading `'`
    /// ([`crate::csv_safe`]), numbers are written as they are.
    pub fn csv_text(&self) -> String {
        match self {
            Cell::Text(s) => crate::csv_safe::escape(s).into_owned(),
            Cell::Num(d) => plain(*d),
            Cell::Int(v) => v.to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// A table of the report.
#[derive(Debug)]
pub struct Table<'a> {
    /// File stem (`indicators` → `tables/indicators.csv`) and sheet name.
    pub name: &'static str,
    /// Column names.
    pub headers: Vec<&'static str>,
    /// Rows.
    rows: Rows<'a>,
}

/// Draws a table's rows from the input, in order.
type Draw<'a> = Box<dyn Fn() -> Box<dyn Iterator<Item = Vec<Cell<'a>>> + 'a> + 'a>;

/// The rows of a table: held, or drawn again from the input each time they are read. The tables with
/// a row per value (a million cells at 10,000 indicators) are drawn, so that no more than one of their
/// rows is held at a time.
enum Rows<'a> {
    /// Built once and held.
    Held(Vec<Vec<Cell<'a>>>),
    /// `count` rows, drawn by `draw` each time.
    Drawn { count: usize, draw: Draw<'a> },
}

impl std::fmt::Debug for Rows<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rows::Held(rows) => f.debug_tuple("Held").field(rows).finish(),
            Rows::Drawn { count, .. } => f.debug_struct("Drawn").field("count", count).finish(),
        }
    }
}

impl<'a> Table<'a> {
    fn new(name: &'static str, headers: &[&'static str]) -> Self {
        Self {
            name,
            headers: headers.to_vec(),
            rows: Rows::Held(Vec::new()),
        }
    }

    /// The table `name` of `rows` under `headers`: one row per fact, built by the caller's closure.
    fn with_rows(name: &'static str, headers: &[&'static str], rows: impl Iterator<Item = Vec<Cell<'a>>>) -> Self {
        Self {
            rows: Rows::Held(rows.collect()),
            ..Self::new(name, headers)
        }
    }

    /// The table `name` whose rows `draw` yields afresh each time they are read (it must yield the same
    /// rows every time).
    fn drawn<I>(name: &'static str, headers: &[&'static str], draw: impl Fn() -> I + 'a) -> Self
    where
        I: Iterator<Item = Vec<Cell<'a>>> + 'a,
    {
        let count = draw().count();
        Self {
            rows: Rows::Drawn {
                count,
                draw: Box::new(move || Box::new(draw())),
            },
            ..Self::new(name, headers)
        }
    }

    /// Adds a row at the end (held tables only).
    fn push(&mut self, row: Vec<Cell<'a>>) {
        if let Rows::Held(rows) = &mut self.rows {
            rows.push(row);
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        match &self.rows {
            Rows::Held(rows) => rows.len(),
            Rows::Drawn { count, .. } => *count,
        }
    }

    /// True when the table has no row.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The rows in order.
    pub fn rows(&self) -> Box<dyn Iterator<Item = Cow<'_, [Cell<'a>]>> + '_> {
        match &self.rows {
            Rows::Held(rows) => Box::new(rows.iter().map(|r| Cow::Borrowed(r.as_slice()))),
            Rows::Drawn { draw, .. } => Box::new(draw().map(Cow::Owned)),
        }
    }

    /// The CSV bytes: UTF-8, header row, `\n` line ends.
    pub fn to_csv(&self) -> Result<Vec<u8>, RenderError> {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        w.write_record(&self.headers)?;
        for row in self.rows() {
            w.write_record(row.iter().map(Cell::csv_text))?;
        }
        w.into_inner().map_err(|e| RenderError::Io(e.into_error()))
    }
}

/// Builds one table from the analysis.
pub type Builder<'a> = fn(&Analysis<'a>) -> Table<'a>;

/// The builder of every table of `input`'s report, in report order: the report builds, writes and drops
/// one table at a time. The questions from Council have a table only when someone asked, and the
/// restatements of last year's figures only when something changed, so a report without them has the
/// files it had before; narratives, revisions in force and mandates only in the report's current form
/// ([`crate::input::ReportInput::states_context`]), so runs frozen before keep their files.
pub fn builders<'a>(input: &crate::input::ReportInput) -> Vec<Builder<'a>> {
    let mut all = vec![
        framework::indicators as Builder<'a>,
        framework::indicator_values as Builder<'a>,
        framework::disaggregations as Builder<'a>,
        framework::node_rollups as Builder<'a>,
        operations::finance_by_unit as Builder<'a>,
        operations::finance_reconciliation as Builder<'a>,
        operations::cost_by_node as Builder<'a>,
        operations::operational_delivery as Builder<'a>,
        operations::risks as Builder<'a>,
        operations::data_quality as Builder<'a>,
    ];
    if input.states_context() {
        all.extend([
            context::narratives as Builder<'a>,
            context::revisions as Builder<'a>,
            context::mandates as Builder<'a>,
        ]);
    }
    if !input.questions.is_empty() {
        all.push(operations::questions as Builder<'a>);
    }
    if input.restatements.is_some() {
        all.push(restatements::restatements as Builder<'a>);
    }
    all
}
