//! The report's tables, one row per fact: written as CSV (UTF-8, header row, exact decimals with
//! a dot) and as XLSX sheets from the same rows.

pub mod assessment;
mod context;
mod framework;
mod operations;
mod restatements;

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;

use crate::analysis::Analysis;
use crate::error::RenderError;
use crate::format::{DERIVED_DP, plain, round};
use crate::words::Words;

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
    /// A day (`2026-03-31` in CSV, a date in XLSX).
    Date(NaiveDate),
    /// A moment in UTC (`2026-03-31T09:00:00Z` in CSV, a date and time in XLSX).
    Moment(DateTime<Utc>),
    /// Yes or no (the words of [`Flag`] in CSV, a boolean in XLSX).
    Flag(bool, Flag),
    /// Nothing.
    Empty,
}

/// The words a flag column of a CSV file says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// `yes` and `no`.
    YesNo,
    /// `true` and `false`.
    TrueFalse,
}

impl Flag {
    /// The word for `value`.
    pub fn word(self, value: bool) -> &'static str {
        match (self, value) {
            (Flag::YesNo, true) => "yes",
            (Flag::YesNo, false) => "no",
            (Flag::TrueFalse, true) => "true",
            (Flag::TrueFalse, false) => "false",
        }
    }
}

/// What a column holds, which says how the workbook shows it (the report's form
/// [`crate::input::FORM_FORMATTED`] and later); a CSV file writes every kind as plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text: names, titles, narratives, reasons.
    Text,
    /// A stable code, a vocabulary word (`on_track`) or an identifying number (a run, a question).
    Code,
    /// A fraction shown as a percentage to one decimal (0.4977 shows 49.8%).
    Percent,
    /// An amount in CHF thousands, shown with thousands separators to three decimals: the whole franc,
    /// as the report's page shows amounts.
    ChfThousands,
    /// An indicator's value in its own unit (percent, count, ratio, CHF…, which differ row by row),
    /// shown with thousands separators and its own decimals, exactly as in the CSV file.
    Measure,
    /// A whole number of things, with thousands separators.
    Count,
    /// A year, a whole number without separator (`2029`).
    Year,
    /// A day.
    Date,
    /// A moment in UTC, to the second.
    Moment,
    /// Yes or no.
    Flag,
}

/// One column of a table: its stable code (the CSV header, the workbook's second header row), its name
/// in words (the workbook's first header row, and the CSV file's first row when the run asks for it) and
/// what it holds. Every table declares each column once, here; the CSV file and the workbook both read
/// the declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Stable code, e.g. `baseline_year`.
    pub code: &'static str,
    /// Name in words, in English, e.g. `Baseline year`.
    pub words: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// The message naming it in other languages when its English words alone do not say which (`Unit`
    /// of measure, not an organisational unit); `None` for the message named after its words.
    key: Option<&'static str>,
}

/// The column `code`, named `words`, holding `kind`.
pub(crate) const fn col(code: &'static str, words: &'static str, kind: Kind) -> Column {
    Column {
        code,
        words,
        kind,
        key: None,
    }
}

/// The column `code`, named `words`, holding `kind`, whose name in other languages is the message
/// `report-col-{key}`: for English words that name two different things.
pub(crate) const fn col_named(code: &'static str, words: &'static str, kind: Kind, key: &'static str) -> Column {
    Column {
        code,
        words,
        kind,
        key: Some(key),
    }
}

impl Column {
    /// The message of the column's name: `report-col-` and its English words in kebab-case (`Baseline
    /// year`: `report-col-baseline-year`; `Actual − plan (CHF thousands)`:
    /// `report-col-actual-plan-chf-thousands`), or its own key. One message per name, shared by every
    /// table that has such a column.
    pub fn message(&self) -> String {
        let mut key = String::from("report-col-");
        match self.key {
            Some(own) => key.push_str(own),
            None => {
                let mut dash = false;
                for c in self.words.chars() {
                    if c.is_ascii_alphanumeric() {
                        if dash && !key.ends_with('-') {
                            key.push('-');
                        }
                        key.push(c.to_ascii_lowercase());
                        dash = false;
                    } else {
                        dash = true;
                    }
                }
            }
        }
        key
    }

    /// The column's name in `w`'s language (its English words in English).
    pub fn words_in(&self, w: Words) -> String {
        w.t(&self.message(), self.words)
    }
}

/// Columns that several tables share, declared once.
pub(crate) mod cols {
    use super::Kind::{Code, Count, Date, Percent, Text, Year};
    use super::{Column, col};

    /// An indicator's code.
    pub const INDICATOR_CODE: Column = col("indicator_code", "Indicator code", Code);
    /// An indicator's name.
    pub const INDICATOR_NAME: Column = col("indicator_name", "Indicator", Text);
    /// The year a row is about.
    pub const YEAR: Column = col("year", "Year", Year);
    /// Where a figure comes from (`verified`, `illustrative`…).
    pub const PROVENANCE: Column = col("provenance", "Provenance", Code);
    /// The unit owning a result or an indicator.
    pub const OWNER_UNIT: Column = col("owner_unit", "Owner unit", Code);
    /// The level of a result in the framework.
    pub const LEVEL: Column = col("level", "Level", Code);
    /// A status of the status rule.
    pub const STATUS: Column = col("status", "Status", Code);
    /// The mean progress of a result's rated indicators.
    pub const MEAN_PROGRESS: Column = col("mean_progress", "Mean progress", Percent);
    /// A result node's code and name.
    pub const RESULT_CODE: Column = col("code", "Result code", Code);
    pub const RESULT_NAME: Column = col("name", "Result", Text);
    /// The field of the framework a revision changed.
    pub const FIELD: Column = col("field", "Field revised", Code);
    /// The day a framework revision was decided.
    pub const DECIDED_ON: Column = col("decided_on", "Decided on", Date);
    /// The body that decided a framework revision.
    pub const DECIDING_BODY: Column = col("deciding_body", "Deciding body", Text);
    /// The reference of the decision.
    pub const REFERENCE: Column = col("reference", "Decision reference", Text);
    /// The number of indicators in each status, in [`crate::input::Status::ALL`] order.
    pub const STATUS_COUNTS: [Column; 5] = [
        col("achieved", "Achieved", Count),
        col("on_track", "On track", Count),
        col("at_risk", "At risk", Count),
        col("off_track", "Off track", Count),
        col("no_data", "No data", Count),
    ];
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

    /// `yes` or `no`.
    fn yes(value: bool) -> Cell<'a> {
        Cell::Flag(value, Flag::YesNo)
    }

    /// The CSV text of the cell; text that a spreadsheet would run as a formula gets a leading `'`
    /// ([`crate::csv_safe`]), numbers are written as they are.
    pub fn csv_text(&self) -> String {
        match self {
            Cell::Num(d) => plain(*d),
            Cell::Int(v) => v.to_string(),
            Cell::Empty => String::new(),
            _ => crate::csv_safe::escape(&self.text()).into_owned(),
        }
    }

    /// The text of a text, date, moment or flag cell, as the CSV file says it before any escaping; empty
    /// for a number or nothing.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(s) => Cow::Borrowed(s.as_ref()),
            Cell::Date(d) => Cow::Owned(d.format("%Y-%m-%d").to_string()),
            Cell::Moment(t) => Cow::Owned(t.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
            Cell::Flag(v, words) => Cow::Borrowed(words.word(*v)),
            Cell::Num(_) | Cell::Int(_) | Cell::Empty => Cow::Borrowed(""),
        }
    }
}

/// A table of the report.
#[derive(Debug)]
pub struct Table<'a> {
    /// File stem (`indicators` → `tables/indicators.csv`) and sheet name.
    pub name: &'static str,
    /// Its columns, in order.
    pub columns: Vec<Column>,
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
    fn new(name: &'static str, columns: &[Column]) -> Self {
        Self {
            name,
            columns: columns.to_vec(),
            rows: Rows::Held(Vec::new()),
        }
    }

    /// The table `name` of `rows` under `columns`: one row per fact, built by the caller's closure.
    fn with_rows(name: &'static str, columns: &[Column], rows: impl Iterator<Item = Vec<Cell<'a>>>) -> Self {
        Self {
            rows: Rows::Held(rows.collect()),
            ..Self::new(name, columns)
        }
    }

    /// The table `name` whose rows `draw` yields afresh each time they are read (it must yield the same
    /// rows every time).
    fn drawn<I>(name: &'static str, columns: &[Column], draw: impl Fn() -> I + 'a) -> Self
    where
        I: Iterator<Item = Vec<Cell<'a>>> + 'a,
    {
        let count = draw().count();
        Self {
            rows: Rows::Drawn {
                count,
                draw: Box::new(move || Box::new(draw())),
            },
            ..Self::new(name, columns)
        }
    }

    /// The columns' codes, in order: the CSV file's header.
    pub fn headers(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.columns.iter().map(|c| c.code)
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

    /// The CSV bytes: UTF-8, header row of codes, `\n` line ends.
    pub fn to_csv(&self) -> Result<Vec<u8>, RenderError> {
        self.csv_with(None)
    }

    /// The CSV bytes of the report of `input`: [`Table::to_csv`], or, when the run asked for a row of
    /// names in its language ([`crate::input::ReportInput::csv_headings`]), that file with one line put
    /// in front: a UTF-8 byte order mark and the columns' names in the report's language. Everything from
    /// the row of codes on is the same bytes either way, so a program reads the file by skipping one line
    /// (docs/I18N.md says why this shape).
    pub fn csv_for(&self, input: &crate::input::ReportInput) -> Result<Vec<u8>, RenderError> {
        self.csv_with(input.csv_headings().then(|| Words::headings(input)))
    }

    /// The CSV bytes, with the row of names in `names`' language first when given.
    fn csv_with(&self, names: Option<Words>) -> Result<Vec<u8>, RenderError> {
        let mut start = Vec::new();
        if names.is_some() {
            start.extend_from_slice(BOM);
        }
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(start);
        if let Some(words) = names {
            w.write_record(
                self.columns
                    .iter()
                    .map(|c| crate::csv_safe::escape(&c.words_in(words)).into_owned()),
            )?;
        }
        w.write_record(self.headers())?;
        for row in self.rows() {
            w.write_record(row.iter().map(Cell::csv_text))?;
        }
        w.into_inner().map_err(|e| RenderError::Io(e.into_error()))
    }
}

/// The UTF-8 byte order mark a CSV file with a row of names in words starts with: without it, Excel
/// reads a UTF-8 file opened by double-click in the reader's ANSI code page, and every Arabic, Chinese,
/// Cyrillic or accented name would come out garbled.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

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

#[cfg(test)]
mod tests {
    use super::*;
    use stratrack_i18n::Lang;

    /// Every column declared in the tables' source: `col("code", "Words", …)` and
    /// `col_named("code", "Words", Kind, "key")`.
    fn declared() -> Vec<Column> {
        let sources = [
            include_str!("tables.rs"),
            include_str!("tables/framework.rs"),
            include_str!("tables/operations.rs"),
            include_str!("tables/context.rs"),
            include_str!("tables/restatements.rs"),
            include_str!("tables/assessment.rs"),
        ];
        let literal = |s: &str| -> Option<(&'static str, usize)> {
            let start = s.find('"')?;
            let end = start + 1 + s[start + 1..].find('"')?;
            Some((String::leak(s[start + 1..end].to_owned()), end + 1))
        };
        let mut columns = Vec::new();
        for source in sources {
            // Declarations only, not this module's own examples.
            let source = source.split("#[cfg(test)]").next().unwrap_or_default();
            for (at, _) in source.match_indices("col(").chain(source.match_indices("col_named(")) {
                let rest = &source[at..];
                let named = rest.starts_with("col_named(");
                let Some((code, after)) = literal(rest) else { continue };
                // A declaration's first argument is its code, right after the parenthesis.
                if !rest[rest.find('(').unwrap_or(0) + 1..].trim_start().starts_with('"') {
                    continue;
                }
                let Some((words, after_words)) = literal(&rest[after..]) else {
                    continue;
                };
                let key = if named {
                    literal(&rest[after + after_words..]).map(|(k, _)| k)
                } else {
                    None
                };
                columns.push(Column {
                    code,
                    words,
                    kind: Kind::Text,
                    key,
                });
            }
        }
        columns
    }

    #[test]
    fn every_column_is_named_in_every_language_and_in_english_as_declared() {
        let columns = declared();
        assert!(columns.len() > 100, "the columns were found: {}", columns.len());
        assert!(columns.iter().any(|c| c.key == Some("indicator-unit")));
        for column in &columns {
            let key = column.message();
            assert_eq!(
                stratrack_i18n::text(Lang::En, &key),
                column.words,
                "{key} in en.ftl says what the code writes"
            );
            for lang in Lang::ALL {
                assert!(stratrack_i18n::has(lang, &key), "{key} is missing in {}", lang.code());
            }
        }
    }

    #[test]
    fn a_columns_message_is_its_english_name_in_kebab_case() {
        assert_eq!(
            col("x", "Baseline year", Kind::Year).message(),
            "report-col-baseline-year"
        );
        assert_eq!(
            col("x", "Actual − plan (CHF thousands)", Kind::ChfThousands).message(),
            "report-col-actual-plan-chf-thousands"
        );
        assert_eq!(
            col_named("unit", "Unit", Kind::Code, "indicator-unit").message(),
            "report-col-indicator-unit"
        );
        assert_eq!(cols::OWNER_UNIT.words_in(Words::new(Lang::Fr)), "Unité responsable");
    }
}
