//! Reading one seed CSV with exact header checks, collecting every problem with file, line and column.

use crate::fixed::Fixed;
use std::fmt;

/// One thing wrong in a seed file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// File name, e.g. `indicators.csv`.
    pub file: String,
    /// 1-based line in the file (the header is line 1).
    pub line: u64,
    /// Column name, empty when the problem concerns the whole row or file.
    pub column: String,
    /// What is wrong, as a sentence a person can act on.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.column.is_empty() {
            write!(f, "{}:{}: {}", self.file, self.line, self.reason)
        } else {
            write!(
                f,
                "{}:{}: column {}: {}",
                self.file, self.line, self.column, self.reason
            )
        }
    }
}

/// A parsed CSV file: its records with line numbers, after the header was checked.
pub struct Sheet {
    file: String,
    header: Vec<String>,
    records: Vec<(u64, csv::StringRecord)>,
}

impl Sheet {
    /// Parses `text` and checks that its header is exactly `expected`.
    pub fn parse(file: &str, text: &str, expected: &[&str], problems: &mut Vec<Problem>) -> Sheet {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut rdr = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
        let mut sheet = Sheet {
            file: file.to_owned(),
            header: Vec::new(),
            records: Vec::new(),
        };
        match rdr.headers() {
            Ok(h) => sheet.header = h.iter().map(|s| s.trim().to_owned()).collect(),
            Err(e) => {
                problems.push(sheet.problem(1, "", format!("cannot read the header: {e}")));
                return sheet;
            }
        }
        if sheet.header != expected {
            problems.push(sheet.problem(
                1,
                "",
                format!(
                    "header must be `{}`, found `{}`",
                    expected.join(","),
                    sheet.header.join(",")
                ),
            ));
            return sheet;
        }
        for rec in rdr.records() {
            match rec {
                Ok(r) => {
                    let line = r.position().map_or(0, |p| p.line());
                    sheet.records.push((line, r));
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    problems.push(sheet.problem(line, "", format!("malformed CSV row: {e}")));
                }
            }
        }
        sheet
    }

    fn problem(&self, line: u64, column: &str, reason: String) -> Problem {
        Problem {
            file: self.file.clone(),
            line,
            column: column.to_owned(),
            reason,
        }
    }

    /// The rows, each with accessors that record problems.
    pub fn rows<'a>(&'a self, problems: &'a mut Vec<Problem>) -> impl Iterator<Item = Row<'a>> + 'a {
        let cell = std::rc::Rc::new(std::cell::RefCell::new(problems));
        self.records.iter().map(move |(line, rec)| Row {
            sheet: self,
            line: *line,
            rec,
            problems: cell.clone(),
        })
    }
}

/// One record; every accessor returns `None` after recording a problem when the cell is invalid.
pub struct Row<'a> {
    sheet: &'a Sheet,
    /// Line of this record in its file.
    pub line: u64,
    rec: &'a csv::StringRecord,
    problems: std::rc::Rc<std::cell::RefCell<&'a mut Vec<Problem>>>,
}

impl Row<'_> {
    /// Records a problem on `column` of this row.
    pub fn fail(&self, column: &str, reason: impl Into<String>) {
        self.problems
            .borrow_mut()
            .push(self.sheet.problem(self.line, column, reason.into()));
    }

    /// The trimmed cell, possibly empty.
    pub fn text(&self, column: &str) -> String {
        let i = self
            .sheet
            .header
            .iter()
            .position(|h| h == column)
            .expect("column listed in the header");
        self.rec.get(i).unwrap_or("").trim().to_owned()
    }

    /// A cell that must not be empty.
    pub fn req(&self, column: &str) -> Option<String> {
        let t = self.text(column);
        if t.is_empty() {
            self.fail(column, "is required");
            None
        } else {
            Some(t)
        }
    }

    /// An optional cell: `None` when empty.
    pub fn opt(&self, column: &str) -> Option<String> {
        Some(self.text(column)).filter(|t| !t.is_empty())
    }

    /// A required exact decimal.
    pub fn dec(&self, column: &str) -> Option<Fixed> {
        self.opt_dec(column).and_then(|v| {
            if v.is_none() {
                self.fail(column, "is required");
            }
            v
        })
    }

    /// An optional exact decimal: `Some(None)` when empty, `None` when invalid.
    pub fn opt_dec(&self, column: &str) -> Option<Option<Fixed>> {
        let t = self.text(column);
        if t.is_empty() {
            return Some(None);
        }
        match crate::fixed::parse_number(&t) {
            Ok(v) => Some(Some(v)),
            Err(e) => {
                self.fail(column, e);
                None
            }
        }
    }

    /// A required integer.
    pub fn int(&self, column: &str) -> Option<i32> {
        self.opt_int(column).and_then(|v| {
            if v.is_none() {
                self.fail(column, "is required");
            }
            v
        })
    }

    /// An optional integer: `Some(None)` when empty, `None` when invalid.
    pub fn opt_int(&self, column: &str) -> Option<Option<i32>> {
        let t = self.text(column);
        if t.is_empty() {
            return Some(None);
        }
        match t.parse::<i32>() {
            Ok(v) => Some(Some(v)),
            Err(_) => {
                self.fail(column, format!("`{t}` is not a whole number"));
                None
            }
        }
    }

    /// A required value from a closed list.
    pub fn one_of(&self, column: &str, allowed: &[&str]) -> Option<String> {
        let t = self.req(column)?;
        if allowed.contains(&t.as_str()) {
            Some(t)
        } else {
            self.fail(column, format!("`{t}` is not one of {}", allowed.join(", ")));
            None
        }
    }

    /// `true` or `false`.
    pub fn boolean(&self, column: &str) -> Option<bool> {
        match self.text(column).as_str() {
            "true" => Some(true),
            "false" | "" => Some(false),
            other => {
                self.fail(column, format!("`{other}` is not true or false"));
                None
            }
        }
    }

    /// A date `YYYY-MM-DD`.
    pub fn date(&self, column: &str) -> Option<chrono::NaiveDate> {
        let t = self.req(column)?;
        match chrono::NaiveDate::parse_from_str(&t, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                self.fail(column, format!("`{t}` is not a date YYYY-MM-DD"));
                None
            }
        }
    }
}
