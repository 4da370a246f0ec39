//! Reading an import file, streamed: UTF-8 with or without BOM, comma or semicolon separated (sniffed from the
//! header line), header checked, each row turned into a [`RawEntry`] with its line number, one row at a
//! time. Header problems stop the reading; an unreadable row is reported and the reading goes on.
//! The header check ([`check_header`]) and the making of a row ([`Index::row`]) serve the workbook reader
//! ([`super::xlsx_file`]) too, so both formats take the same columns and give the same rows.

use super::{COLUMNS, INFORMATIONAL, RowError};
use crate::models::measurements::catalog::Catalog;
use crate::models::measurements::entry::RawEntry;
use crate::models::measurements::parse_disaggregation;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use stratrack_reports::csv_safe;

/// What the reader of an open file reads from: the header line already read, then the rest.
pub type Input<R> = std::io::Chain<std::io::Cursor<Vec<u8>>, BufReader<R>>;

/// An open file: its header checked, its rows read one at a time ([`File::next_row`]) from the input,
/// so that neither the file nor a list of its rows is ever held.
pub struct File<R: Read> {
    reader: csv::Reader<Input<R>>,
    idx: Index,
    width: usize,
    record: csv::StringRecord,
    /// Whether dimensions come as one column per dimension (else in `disaggregation`).
    pub dimension_columns: bool,
}

impl<R: Read> File<R> {
    /// The column a validation field refers to: `disaggregation.sex` is column `sex` when the file has
    /// dimension columns, else `disaggregation`.
    pub fn column_of(&self, field: &str) -> String {
        match field.strip_prefix("disaggregation.") {
            Some(dim) if self.dimension_columns => dim.to_owned(),
            Some(_) => "disaggregation".to_owned(),
            None => field.to_owned(),
        }
    }

    /// The next row with its line: the row as entered, or why it cannot be read at all (wrong number
    /// of cells, broken quoting). None after the last row.
    pub fn next_row(&mut self) -> Option<(u64, Result<RawEntry, RowError>)> {
        let line = self.reader.position().line();
        let unreadable = |line, reason: crate::error::Reason| Some((line, Err(RowError::new(line, "", reason))));
        match self.reader.read_record(&mut self.record) {
            Ok(false) => None,
            Err(e) if matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) => {
                let line = e.position().map_or(line, |p| p.line());
                unreadable(line, said("said-import-line-not-utf8", []).into())
            }
            Err(e) => unreadable(
                line,
                said("said-import-line-unreadable", [("detail", e.to_string().into())]).into(),
            ),
            Ok(true) => {
                let line = self.record.position().map_or(line, |p| p.line());
                if self.record.len() == self.width {
                    Some((line, Ok(self.idx.row(&self.record))))
                } else {
                    let count = |n: usize| -> crate::error::SaidArg { i64::try_from(n).unwrap_or(i64::MAX).into() };
                    let reason = said(
                        "said-import-cells",
                        [("cells", count(self.record.len())), ("width", count(self.width))],
                    );
                    unreadable(line, reason.into())
                }
            }
        }
    }
}

pub(super) fn header_error(column: &str, reason: impl Into<crate::error::Reason>) -> RowError {
    RowError::new(1, column, reason)
}

/// A reason of the import said as a message.
fn said<const N: usize>(key: &'static str, args: [(&'static str, crate::error::SaidArg); N]) -> crate::error::Said {
    crate::error::Said::new(key, args)
}

/// The separator of a file: `;` when the header line has more semicolons than commas, else `,`.
pub fn sniff(header_line: &str) -> u8 {
    let (mut commas, mut semis, mut quoted) = (0, 0, false);
    for c in header_line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas { b';' } else { b',' }
}

/// Reads the header line of `input` and checks it; header problems stop here, rows are left to
/// [`File::next_row`].
pub fn open<R: Read>(input: R, cat: &Catalog, default_plan: Option<&str>) -> Result<File<R>, Vec<RowError>> {
    let mut input = BufReader::new(input);
    let mut head = Vec::new();
    input.read_until(b'\n', &mut head).map_err(|e| {
        vec![header_error(
            "",
            said("said-import-file-unreadable", [("detail", e.to_string().into())]),
        )]
    })?;
    if head.starts_with(b"\xEF\xBB\xBF") {
        head.drain(..3);
    }
    let header_line =
        std::str::from_utf8(&head).map_err(|_| vec![header_error("", said("said-import-not-utf8", []))])?;
    if header_line.trim().is_empty() {
        return Err(vec![header_error("", said("said-import-empty", []))]);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff(header_line))
        .flexible(true)
        .from_reader(std::io::Cursor::new(head).chain(input));
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| {
            vec![header_error(
                "",
                said("said-import-header-unreadable", [("detail", e.to_string().into())]),
            )]
        })?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let idx = check_header(&header, cat, default_plan)?;
    Ok(File {
        reader,
        dimension_columns: !idx.dims.is_empty(),
        idx,
        width: header.len(),
        record: csv::StringRecord::new(),
    })
}

/// The error of a file whose header has no rows under it.
pub fn no_rows() -> RowError {
    header_error("", said("said-import-no-rows", [("cells", super::ENTRY_CELLS.into())]))
}

/// Where each known column sits in a row.
pub(super) struct Index {
    cols: HashMap<&'static str, usize>,
    dims: Vec<(String, usize)>,
}

impl Index {
    /// The position in the header of column `name` (an import column or a dimension).
    pub(super) fn position(&self, name: &str) -> Option<usize> {
        self.cols
            .get(name)
            .copied()
            .or_else(|| self.dims.iter().find(|(d, _)| d == name).map(|(_, i)| *i))
    }

    /// Whether dimensions come as one column per dimension (else in `disaggregation`).
    pub(super) fn has_dimension_columns(&self) -> bool {
        !self.dims.is_empty()
    }

    /// The row as entered, from its cells in header order.
    pub(super) fn row(&self, r: &csv::StringRecord) -> RawEntry {
        let number = |name: &str| {
            self.cols
                .get(name)
                .and_then(|&i| r.get(i))
                .filter(|c| !c.trim().is_empty())
                .map(str::to_owned)
        };
        // A text cell may carry the `'` the export puts before a formula-like text: it is not part of
        // the text.
        let cell = |name: &str| number(name).map(|c| csv_safe::unescape(&c).to_owned());
        let disaggregation = if self.dims.is_empty() {
            parse_disaggregation(&cell("disaggregation").unwrap_or_default())
        } else {
            let mut pairs: Vec<(String, String)> = self
                .dims
                .iter()
                .filter_map(|(d, i)| {
                    r.get(*i)
                        .map(|v| csv_safe::unescape(v).trim())
                        .filter(|v| !v.is_empty())
                        .map(|v| (d.clone(), v.to_owned()))
                })
                .collect();
            pairs.sort();
            Ok(pairs)
        };
        RawEntry {
            plan_code: cell("plan_code"),
            indicator_code: cell("indicator_code"),
            year: number("year"),
            quarter: number("quarter"),
            disaggregation,
            value: number("value"),
            numerator: number("numerator"),
            denominator: number("denominator"),
            quality: cell("quality"),
            narrative: cell("narrative").unwrap_or_default(),
            evidence_url: cell("evidence_url").unwrap_or_default(),
        }
    }
}

/// Checks a header (the column names in file order): each column known once, the required ones present.
/// The informational columns of a template ([`INFORMATIONAL`]) are accepted and their cells ignored.
pub(super) fn check_header(
    header: &[String],
    cat: &Catalog,
    default_plan: Option<&str>,
) -> Result<Index, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut idx = Index {
        cols: HashMap::new(),
        dims: Vec::new(),
    };
    for (i, h) in header.iter().enumerate() {
        if INFORMATIONAL.contains(&h.as_str()) {
            continue;
        }
        if let Some(&known) = COLUMNS.iter().find(|c| *c == h) {
            if idx.cols.insert(known, i).is_some() {
                errors.push(header_error(h, said("said-header-twice", [])));
            }
        } else if cat.dimensions.contains_key(h.as_str()) {
            if idx.dims.iter().any(|(d, _)| d == h) {
                errors.push(header_error(h, said("said-header-twice", [])));
            }
            idx.dims.push((h.clone(), i));
        } else {
            let mut dims: Vec<&str> = cat.dimensions.keys().map(String::as_str).collect();
            dims.sort_unstable();
            let args = [
                ("columns", COLUMNS.join(", ").into()),
                ("dimensions", dims.join(", ").into()),
                ("ignored", INFORMATIONAL.join(", ").into()),
            ];
            errors.push(header_error(h, said("said-header-unknown", args)));
        }
    }
    for required in ["indicator_code", "year", "value"] {
        if !idx.cols.contains_key(required) {
            errors.push(header_error(required, said("said-header-missing", [])));
        }
    }
    if !idx.cols.contains_key("plan_code") && default_plan.is_none() {
        errors.push(header_error("plan_code", said("said-header-no-plan", [])));
    }
    if idx.cols.contains_key("disaggregation") && !idx.dims.is_empty() {
        errors.push(header_error("disaggregation", said("said-import-dimensions-both", [])));
    }
    if errors.is_empty() { Ok(idx) } else { Err(errors) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_sniffed_from_the_header() {
        assert_eq!(sniff("plan_code;indicator_code;year;value"), b';');
        assert_eq!(sniff("plan_code,indicator_code,year,value"), b',');
        assert_eq!(sniff("\"a;b\",c,d"), b',');
    }
}
