//! Reading an import workbook (`.xlsx`, with `calamine`): the sheet named [`SHEET`] (else the first
//! sheet), its first row with a cell the header, each later row turned into the text cells a CSV row
//! gives, then into a [`RawEntry`] by the CSV reader's own [`Index::row`] after its own header check: one
//! set of columns and one row check for both formats.
//!
//! Cells become text as follows. A text cell is taken as it is (the `'` that an export puts before a
//! formula-like text is removed, as in CSV). A number cell holds a binary double: it is read as the
//! decimal of 15 significant digits nearest to it ([`number_text`]), which is Excel's own precision, so
//! every number typed in Excel comes back exactly as typed (`0.1` is 0.1, not 0.1000000000000000055…)
//! and the noise of a formula (`=0.1+0.2`) is dropped; the text then goes through
//! [`crate::fixed::parse_number`] like a CSV cell (at most four decimals). A number with more than 15
//! significant digits (`12345678901234.5678`) cannot be kept by Excel as a number: type it as text. A
//! date, a TRUE/FALSE or an error cell (`#DIV/0!`) in a column the import reads is refused, naming the
//! cell. Rows with no cell filled are skipped wherever they are.
//!
//! Problems are named by sheet, row and column letter with the column's name: "sheet Values, row 7,
//! column C (value)". The workbook is read whole (its size is bounded by the upload limit); rows past
//! [`limits::IMPORT_ROWS`] are refused.

use super::RowError;
use super::csv_file::{Index, check_header, header_error};
use crate::error::Said;
use crate::limits;
use crate::models::measurements::catalog::Catalog;
use crate::models::measurements::entry::RawEntry;
use calamine::{DataRef, Reader, Xlsx};
use std::collections::HashMap;
use std::io::Cursor;

/// The sheet the import reads when the workbook has it (the template's sheet).
pub const SHEET: &str = "Values";

/// An open workbook: its sheet's header checked and its rows read, each as a row or its problems.
pub struct File {
    /// The sheet read.
    pub sheet: String,
    idx: Index,
    /// Letter of each header position's column, e.g. `C`.
    letters: Vec<String>,
    /// Name of each header position's column.
    names: Vec<String>,
    rows: std::vec::IntoIter<(u64, Result<csv::StringRecord, Vec<RowError>>)>,
    /// Whether dimensions come as one column per dimension (else in `disaggregation`).
    pub dimension_columns: bool,
}

impl File {
    /// The column a validation field refers to, as the letter and name of its column: `C (value)`.
    pub fn column_of(&self, field: &str) -> String {
        let name = match field.strip_prefix("disaggregation.") {
            Some(dim) if self.dimension_columns => dim,
            Some(_) => "disaggregation",
            None => field,
        };
        self.letter_of(name)
    }

    /// `C (value)` for a column of the header, the name alone for one missing from it.
    fn letter_of(&self, name: &str) -> String {
        match self.idx.position(name) {
            Some(i) => format!("{} ({name})", self.letters[i]),
            None => name.to_owned(),
        }
    }

    /// The next row with its sheet row number: the row as entered, or the problems of its cells.
    pub fn next_row(&mut self) -> Option<(u64, Result<RawEntry, Vec<RowError>>)> {
        let (line, cells) = self.rows.next()?;
        Some((line, cells.map(|r| self.idx.row(&r))))
    }

    /// Name of the header position `i`.
    fn name(&self, i: usize) -> &str {
        &self.names[i]
    }
}

/// The letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letter(col: u32) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The decimal text of a number cell: the stored double rounded to 15 significant digits (what Excel
/// stores of a typed number and shows), in plain notation without trailing zeros.
pub fn number_text(f: f64) -> String {
    if f == 0.0 || !f.is_finite() {
        return if f.is_finite() { "0".into() } else { f.to_string() };
    }
    let sci = format!("{:.14e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let before = exp + 1; // digits before the decimal point
    let mut text = if before <= 0 {
        format!("0.{}{digits}", "0".repeat(before.unsigned_abs() as usize))
    } else if before as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(before as usize - digits.len()))
    } else {
        format!("{}.{}", &digits[..before as usize], &digits[before as usize..])
    };
    if text.contains('.') {
        text.truncate(text.trim_end_matches('0').trim_end_matches('.').len());
    }
    if f < 0.0 { format!("-{text}") } else { text }
}

/// The text of a cell, or why a cell of this kind cannot be read.
pub(crate) fn cell_text(v: &DataRef<'_>) -> Result<String, Said> {
    match v {
        DataRef::Empty => Ok(String::new()),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Ok(s.clone()),
        DataRef::SharedString(s) => Ok((*s).to_owned()),
        DataRef::Int(i) => Ok(i.to_string()),
        DataRef::Float(f) => Ok(number_text(*f)),
        DataRef::Bool(b) => Ok(if *b { "TRUE" } else { "FALSE" }.to_owned()),
        DataRef::DateTime(_) => Err(Said::new("said-xlsx-date-cell", [])),
        DataRef::Error(e) => Err(Said::new("said-xlsx-error-cell", [("error", e.to_string().into())])),
    }
}

/// The problem of a workbook that cannot be opened at all.
fn unreadable(reason: Said) -> Vec<RowError> {
    vec![header_error("", reason)]
}

/// The problem of a file that looks like a workbook (a zip) but cannot be read as one.
fn not_xlsx(e: &dyn std::fmt::Display) -> Vec<RowError> {
    unreadable(Said::new("said-xlsx-unreadable", [("detail", e.to_string().into())]))
}

/// Opens the workbook in `bytes`, reads its sheet (see [`SHEET`]) and checks its header; header problems
/// stop here (with the sheet read, when there is one), row problems come with each row.
pub fn open(
    bytes: Vec<u8>,
    cat: &Catalog,
    default_plan: Option<&str>,
) -> Result<File, (Option<String>, Vec<RowError>)> {
    check_unpacked(&bytes, limits::WORKBOOK_UNPACKED).map_err(|e| (None, e))?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| (None, not_xlsx(&e)))?;
    let names = book.sheet_names();
    let sheet = names
        .iter()
        .find(|n| *n == SHEET)
        .or_else(|| names.first())
        .cloned()
        .ok_or_else(|| (None, unreadable(Said::new("said-xlsx-no-sheet", []))))?;
    let cells = read_cells(&mut book, &sheet, limits::IMPORT_ROWS).map_err(|e| (Some(sheet.clone()), e))?;
    let fail = |e: Vec<RowError>| (Some(sheet.clone()), e);
    let mut rows = cells.into_iter();
    let Some((_, header_cells)) = rows.next() else {
        return Err(fail(unreadable(Said::new(
            "said-xlsx-sheet-empty",
            [("sheet", (&sheet).into())],
        ))));
    };
    // The header: every named column, with the sheet column it sits in.
    let (mut names, mut sheet_cols) = (Vec::new(), Vec::new());
    for (col, v) in &header_cells {
        let text = cell_text(v).unwrap_or_default().trim().to_owned();
        if !text.is_empty() {
            names.push(text);
            sheet_cols.push(*col);
        }
    }
    let letters: Vec<String> = sheet_cols.iter().map(|&c| column_letter(c)).collect();
    let idx = match check_header(&names, cat, default_plan) {
        Ok(idx) => idx,
        Err(errs) => {
            let pos: HashMap<&str, &String> = names.iter().map(String::as_str).zip(&letters).collect();
            let named = errs
                .into_iter()
                .map(|mut e| {
                    if let Some(l) = pos.get(e.column.as_str()) {
                        e.column = format!("{l} ({})", e.column);
                    }
                    e
                })
                .collect();
            return Err(fail(named));
        }
    };
    let at: HashMap<u32, usize> = sheet_cols.iter().enumerate().map(|(i, &c)| (c, i)).collect();
    let mut file = File {
        sheet: sheet.clone(),
        dimension_columns: false,
        idx,
        letters,
        names,
        rows: Vec::new().into_iter(),
    };
    file.dimension_columns = file.idx.has_dimension_columns();
    let mut out = Vec::new();
    for (row, cells) in rows {
        let line = u64::from(row) + 1;
        let mut record = vec![String::new(); file.names.len()];
        let mut problems = Vec::new();
        for (col, v) in cells {
            let text = cell_text(&v);
            match (at.get(&col), text) {
                (Some(&i), Ok(t)) => record[i] = t,
                (Some(&i), Err(reason)) => problems.push(RowError::new(
                    line,
                    format!("{} ({})", file.letters[i], file.name(i)),
                    reason,
                )),
                (None, Ok(t)) if t.trim().is_empty() => {}
                (None, _) => problems.push(RowError::new(
                    line,
                    column_letter(col),
                    Said::new("said-import-no-header", []),
                )),
            }
        }
        out.push((
            line,
            if problems.is_empty() {
                Ok(csv::StringRecord::from(record))
            } else {
                Err(problems)
            },
        ));
    }
    file.rows = out.into_iter();
    Ok(file)
}

/// Refuses a workbook whose files unpack to more than `max` bytes together (as their sizes declare; the
/// zip reader never unpacks a file past its declared size).
pub(crate) fn check_unpacked(bytes: &[u8], max: u64) -> Result<(), Vec<RowError>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| not_xlsx(&e))?;
    // The central directory's sizes: the archive's total, or file by file when a file also has a data
    // descriptor (LibreOffice writes them), whose size the central directory holds all the same.
    let unpacked = match zip.decompressed_size() {
        Some(total) => u64::try_from(total).unwrap_or(u64::MAX),
        None => (0..zip.len())
            .map(|i| zip.by_index_raw(i).map_or(0, |f| f.size()))
            .fold(0u64, u64::saturating_add),
    };
    if unpacked > max {
        let mib = |n: u64| i64::try_from(n >> 20).unwrap_or(i64::MAX);
        return Err(unreadable(Said::new(
            "said-xlsx-unpacks-too-large",
            [("size", mib(unpacked).into()), ("max", mib(max).into())],
        )));
    }
    Ok(())
}

/// A sheet row: its 0-based row index and its non-empty cells as (0-based column, value).
type SheetRow<'a> = (u32, Vec<(u32, DataRef<'a>)>);

/// The rows of `sheet` with at least one filled cell, in order; at most one header and `max_rows`
/// rows, else the problem naming the limit.
pub(crate) fn read_cells(
    book: &mut Xlsx<Cursor<Vec<u8>>>,
    sheet: &str,
    max_rows: usize,
) -> Result<Vec<SheetRow<'static>>, Vec<RowError>> {
    let broken = |e: calamine::XlsxError| {
        unreadable(Said::new(
            "said-xlsx-sheet-unreadable",
            [("sheet", sheet.into()), ("detail", e.to_string().into())],
        ))
    };
    let mut reader = book.worksheet_cells_reader(sheet).map_err(broken)?;
    let mut rows: Vec<SheetRow<'static>> = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(broken)? {
        let (row, col) = cell.get_position();
        let value = owned(cell.get_value());
        let blank = match &value {
            DataRef::Empty => true,
            DataRef::String(s) => s.trim().is_empty(),
            _ => false,
        };
        if blank {
            continue;
        }
        match rows.last_mut() {
            Some((r, cells)) if *r == row => cells.push((col, value)),
            _ => {
                if rows.len() > max_rows {
                    return Err(vec![RowError::new(
                        u64::from(row) + 1,
                        "",
                        Said::new(
                            "said-xlsx-too-many-rows",
                            [
                                ("sheet", sheet.into()),
                                ("max", i64::try_from(max_rows).unwrap_or(i64::MAX).into()),
                            ],
                        ),
                    )]);
                }
                rows.push((row, vec![(col, value)]));
            }
        }
    }
    Ok(rows)
}

/// A cell value that no longer borrows the workbook's shared strings.
fn owned(v: &DataRef<'_>) -> DataRef<'static> {
    match v {
        DataRef::SharedString(s) => DataRef::String((*s).to_owned()),
        DataRef::String(s) => DataRef::String(s.clone()),
        DataRef::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        DataRef::DurationIso(s) => DataRef::DurationIso(s.clone()),
        DataRef::Int(i) => DataRef::Int(*i),
        DataRef::Float(f) => DataRef::Float(*f),
        DataRef::Bool(b) => DataRef::Bool(*b),
        DataRef::DateTime(d) => DataRef::DateTime(*d),
        DataRef::Error(e) => DataRef::Error(e.clone()),
        DataRef::Empty => DataRef::Empty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_cell_reads_as_the_decimal_excel_shows() {
        assert_eq!(number_text(0.1), "0.1");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(-2.5), "-2.5");
        assert_eq!(number_text(2029.0), "2029");
        assert_eq!(number_text(1e20), "100000000000000000000");
        assert_eq!(number_text(0.000123), "0.000123");
        assert_eq!(number_text(1234567890.1234), "1234567890.1234");
        assert_eq!(number_text("12345678901234.5678".parse().unwrap()), "12345678901234.6");
        assert_eq!(number_text(0.0), "0");
    }

    /// A workbook of one sheet `Values` with a header and `rows` rows of one number each, with blank
    /// rows between them.
    fn book(rows: u32) -> Xlsx<Cursor<Vec<u8>>> {
        let mut w = rust_xlsxwriter::Workbook::new();
        let ws = w.add_worksheet().set_name(SHEET).unwrap();
        ws.write_string(0, 0, "value").unwrap();
        for r in 1..=rows {
            ws.write_number(r * 2, 0, f64::from(r)).unwrap();
        }
        Xlsx::new(Cursor::new(w.save_to_buffer().unwrap())).unwrap()
    }

    #[test]
    fn a_sheet_with_more_rows_than_the_limit_is_refused_naming_the_limit() {
        let rows = read_cells(&mut book(3), SHEET, 3).unwrap();
        assert_eq!(rows.len(), 4, "the header and three rows; blank rows are not rows");
        assert_eq!(rows[3].0, 6, "rows keep their place in the sheet");
        let e = read_cells(&mut book(4), SHEET, 3).unwrap_err();
        assert_eq!(e[0].line, 9, "the first row past the limit");
        assert!(
            e[0].reason.contains("more than 3 rows, the most one import takes"),
            "{e:?}"
        );
    }

    #[test]
    fn a_workbook_that_unpacks_beyond_the_limit_is_refused_before_it_is_read() {
        let mut w = rust_xlsxwriter::Workbook::new();
        w.add_worksheet().write_string(0, 0, "x".repeat(5000)).unwrap();
        let bytes = w.save_to_buffer().unwrap();
        assert!(check_unpacked(&bytes, 1 << 20).is_ok());
        let e = check_unpacked(&bytes, 4096).unwrap_err();
        assert!(e[0].reason.contains("more than the 0 MiB one import takes"), "{e:?}");
        assert!(check_unpacked(b"PK\x03\x04 not a zip", 4096).is_err());
    }

    #[test]
    fn dates_errors_and_booleans_are_named_not_guessed() {
        assert!(
            cell_text(&DataRef::Error(calamine::CellErrorType::Div0))
                .unwrap_err()
                .english()
                .contains("#DIV/0!")
        );
        let date = cell_text(&DataRef::DateTime(calamine::ExcelDateTime::new(
            47150.0,
            calamine::ExcelDateTimeType::DateTime,
            false,
        )))
        .unwrap_err();
        assert_eq!(
            date.english(),
            "holds a date; this column takes a number or text: format the cell as General or Text"
        );
        assert_eq!(
            date.text(stratrack_i18n::Lang::Ru),
            "содержит дату; в этом столбце допускается число или текст: задайте ячейке формат «Общий» или «Текстовый»"
        );
        assert_eq!(cell_text(&DataRef::Bool(true)).unwrap(), "TRUE");
        assert_eq!(cell_text(&DataRef::Int(7)).unwrap(), "7");
    }

    #[test]
    fn columns_are_lettered_as_in_excel() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(2), "C");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
