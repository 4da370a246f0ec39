//! Reading an uploaded framework workbook: every sheet of [`TABLES`] by name, its first row the header
//! (the seed's columns, in any order; a missing or unknown column is refused), each later row's cells as
//! text the way the measurement import reads a workbook cell ([`xlsx_file`]): a text cell as typed, a
//! number cell to Excel's 15 significant digits; a date, TRUE/FALSE or error cell is refused.

use super::{Row, TABLES, Table};
use crate::error::{FieldError, Reason, Said};
use crate::limits;
use crate::models::imports::xlsx_file::{cell_text, check_unpacked, column_letter, read_cells};
use calamine::{Reader, Xlsx};
use std::collections::HashMap;
use std::io::Cursor;

/// Where a cell sits, as every problem names it: `sheet indicators, row 7, column K (target_value)`.
pub fn cell_name(sheet: &str, line: u32, column: &str, letter: &str) -> String {
    format!("sheet {sheet}, row {line}, column {letter} ({column})")
}

/// The sheet a workbook may leave out (workbooks downloaded before it existed).
const OPTIONAL: &str = "translations";

/// A problem with a cell.
fn problem(field: String, reason: impl Into<Reason>) -> FieldError {
    FieldError::new(field, reason)
}

/// A problem the workbook reader of the measurement import found (its reason, as said), at `field`.
fn read_problem(field: String, e: &crate::models::imports::RowError) -> FieldError {
    FieldError {
        field,
        ..FieldError::from(e)
    }
}

/// The tables of the workbook in `bytes`, in [`TABLES`] order, or every problem found in it (missing
/// sheets, header problems, unreadable cells).
pub fn read(bytes: &[u8]) -> Result<Vec<Table>, Vec<FieldError>> {
    check_unpacked(bytes, limits::WORKBOOK_UNPACKED).map_err(|e| {
        e.into_iter()
            .map(|e| read_problem("file".into(), &e))
            .collect::<Vec<_>>()
    })?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).map_err(|e| {
        vec![problem(
            "file".into(),
            Said::new("said-wb-unreadable", [("error", e.to_string().into())]),
        )]
    })?;
    let names = book.sheet_names();
    let mut errs = Vec::new();
    let mut out = Vec::new();
    for (name, columns) in TABLES {
        if !names.iter().any(|n| n == name) {
            // A workbook downloaded before the sheet existed changes no translation: the sheet, last of
            // all, is then simply not compared.
            if *name == OPTIONAL {
                continue;
            }
            errs.push(problem(format!("sheet {name}"), Said::new("said-wb-sheet-missing", [])));
            continue;
        }
        let cells = match read_cells(&mut book, name, limits::IMPORT_ROWS) {
            Ok(c) => c,
            Err(e) => {
                errs.extend(
                    e.into_iter()
                        .map(|e| read_problem(format!("sheet {name}, row {}", e.line), &e)),
                );
                continue;
            }
        };
        let mut rows = cells.into_iter();
        let Some((_, header)) = rows.next() else {
            errs.push(problem(format!("sheet {name}"), Said::new("said-wb-sheet-empty", [])));
            continue;
        };
        // Sheet column → position in the table's columns.
        let mut at: HashMap<u32, usize> = HashMap::new();
        for (col, v) in &header {
            let text = cell_text(v).unwrap_or_default().trim().to_owned();
            match columns.iter().position(|c| *c == text) {
                Some(i) => {
                    at.insert(*col, i);
                }
                None => errs.push(problem(
                    format!("sheet {name}, row 1, column {}", column_letter(*col)),
                    Said::new(
                        "said-wb-not-a-column",
                        [
                            ("text", (&text).into()),
                            ("sheet", (*name).into()),
                            ("columns", columns.join(", ").into()),
                        ],
                    ),
                )),
            }
        }
        for (i, c) in columns.iter().enumerate() {
            if !at.values().any(|&p| p == i) {
                errs.push(problem(
                    format!("sheet {name}, row 1"),
                    Said::new("said-wb-column-missing", [("column", (*c).into())]),
                ));
            }
        }
        let mut table = Table {
            name,
            columns,
            rows: Vec::new(),
        };
        for (row, cells) in rows {
            let line = row + 1;
            let mut record = vec![String::new(); columns.len()];
            for (col, v) in cells {
                let letter = column_letter(col);
                match (at.get(&col), cell_text(&v)) {
                    (Some(&i), Ok(t)) => record[i] = t.trim().to_owned(),
                    (Some(&i), Err(reason)) => errs.push(problem(cell_name(name, line, columns[i], &letter), reason)),
                    (None, Ok(t)) if t.trim().is_empty() => {}
                    (None, _) => errs.push(problem(
                        format!("sheet {name}, row {line}, column {letter}"),
                        Said::new("said-wb-no-header", []),
                    )),
                }
            }
            table.rows.push(Row { line, cells: record });
        }
        out.push(table);
    }
    if errs.is_empty() { Ok(out) } else { Err(errs) }
}

/// The letter of column `name` in `table` as the download writes it (its position in the seed's
/// header).
pub fn letter(table: &Table, name: &str) -> String {
    u32::try_from(table.col(name)).map(column_letter).unwrap_or_default()
}
