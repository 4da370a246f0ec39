//! `report.xlsx`: every table as a sheet, numbers as numbers, header row frozen, and document
//! properties dated from the run record so the bytes never depend on the clock.
//!
//! Excel holds a number as a double and shows at most [`XLSX_DIGITS`] significant digits: a figure
//! with more (e.g. 12345678901234.5678) would silently become another. Such a figure is written as
//! text, exactly as in the CSV, and its column header carries a note saying so.

use chrono::{Datelike, Timelike};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Note, Workbook, Worksheet};

use crate::error::RenderError;
use crate::input::{PlanInfo, ReportInput, RunInfo};
use crate::tables::{Cell, Table};

/// The most significant digits Excel keeps in a number.
pub const XLSX_DIGITS: u32 = 15;

/// What a column header's note says when some of its cells are numbers written as text.
const TEXT_NUMBER_NOTE: &str = "Some figures in this column have more than 15 significant digits, more \
    than Excel can hold in a number: they are written as text so that the exact figure is kept.";

/// Significant digits of `d` (trailing zeros, whole or decimal, not counted; 0 has none).
fn significant_digits(d: Decimal) -> u32 {
    let mut m = d.mantissa().unsigned_abs();
    if m == 0 {
        return 0;
    }
    while m.is_multiple_of(10) {
        m /= 10;
    }
    m.ilog10() + 1
}

/// Whether Excel would change the number in `cell`: it is then written as text.
fn too_precise(cell: &Cell<'_>) -> bool {
    match cell {
        Cell::Num(d) => significant_digits(*d) > XLSX_DIGITS,
        Cell::Int(v) => significant_digits(Decimal::from(*v)) > XLSX_DIGITS,
        Cell::Text(_) | Cell::Empty => false,
    }
}

/// A workbook being written one table at a time (each sheet's rows go to a temporary file as they are
/// written), so that a table can be dropped once its sheet is written.
pub struct Book {
    wb: Workbook,
    header: Format,
}

impl Book {
    /// An empty workbook with the report's document properties.
    pub fn new(input: &ReportInput) -> Result<Self, RenderError> {
        Self::titled(
            &input.plan,
            &input.run,
            format!("{} — annual report {}", input.plan.name, input.year),
            format!("Implementation report to Council, {}", input.year),
        )
    }

    /// An empty workbook titled `title` about `subject`, dated from `run`.
    pub fn titled(plan: &PlanInfo, run: &RunInfo, title: String, subject: String) -> Result<Self, RenderError> {
        let mut wb = Workbook::new();
        wb.set_properties(&properties(plan, run, title, subject)?);
        wb.set_zip_compression_level(1);
        let header = Format::new()
            .set_bold()
            .set_background_color("D9E2F3")
            .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
        Ok(Self { wb, header })
    }

    /// Adds `t` as the next sheet.
    pub fn add(&mut self, t: &Table<'_>) -> Result<(), RenderError> {
        let ws = self.wb.add_worksheet_with_low_memory()?;
        ws.set_name(t.name)?;
        header_row(ws, t, &self.header)?;
        rows(ws, t)?;
        ws.set_freeze_panes(1, 0)?;
        if !t.is_empty() {
            let last_row = u32::try_from(t.len()).unwrap_or(u32::MAX);
            let last_col = u16::try_from(t.headers.len().saturating_sub(1)).unwrap_or(0);
            ws.autofilter(0, 0, last_row, last_col)?;
        }
        Ok(())
    }

    /// The XLSX bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, RenderError> {
        Ok(self.wb.save_to_buffer()?)
    }
}

fn properties(plan: &PlanInfo, run: &RunInfo, title: String, subject: String) -> Result<DocProperties, RenderError> {
    let at = run.generated_at;
    let created = ExcelDateTime::from_ymd(
        u16::try_from(at.year()).unwrap_or(1970),
        u8::try_from(at.month()).unwrap_or(1),
        u8::try_from(at.day()).unwrap_or(1),
    )?
    .and_hms(
        u16::try_from(at.hour()).unwrap_or(0),
        u8::try_from(at.minute()).unwrap_or(0),
        f64::from(at.second()),
    )?;
    Ok(DocProperties::new()
        .set_title(title)
        .set_subject(subject)
        .set_author("stratrack")
        .set_company(plan.code.as_str())
        .set_comment(format!("Report run {}, data snapshot {}", run.run_id, run.snapshot_id))
        .set_creation_datetime(&created))
}

/// Writes the header row of `t`, sizes each column to its widest early cell, and notes the columns
/// with figures written as text.
fn header_row(ws: &mut Worksheet, t: &Table<'_>, header: &Format) -> Result<(), RenderError> {
    let mut widest = vec![0; t.headers.len()];
    for row in t.rows().take(200) {
        for (w, cell) in widest.iter_mut().zip(row.iter()) {
            *w = (*w).max(width(cell));
        }
    }
    // One pass over the rows for every column (a drawn table is drawn once for this).
    let mut as_text = vec![false; t.headers.len()];
    for row in t.rows() {
        for (flag, cell) in as_text.iter_mut().zip(row.iter()) {
            *flag = *flag || too_precise(cell);
        }
    }
    for (c, h) in t.headers.iter().enumerate() {
        let col = u16::try_from(c).unwrap_or(u16::MAX);
        ws.write_string_with_format(0, col, *h, header)?;
        ws.set_column_width(col, (widest[c].max(h.len()) as f64 + 2.0).min(60.0))?;
        // Noted before the rows are written: in low-memory mode a row cannot be revisited.
        if as_text[c] {
            ws.insert_note(0, col, &Note::new(TEXT_NUMBER_NOTE).set_author("stratrack"))?;
        }
    }
    Ok(())
}

/// Writes the rows of `t` below the header, in order: numbers as numbers unless too precise.
fn rows(ws: &mut Worksheet, t: &Table<'_>) -> Result<(), RenderError> {
    for (r, row) in t.rows().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, cell) in row.iter().enumerate() {
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            match cell {
                _ if too_precise(cell) => {
                    ws.write_string(r, c, cell.csv_text())?;
                }
                Cell::Text(s) if !s.is_empty() => {
                    ws.write_string(r, c, s.as_ref())?;
                }
                Cell::Num(d) => {
                    ws.write_number(r, c, d.to_f64().unwrap_or(0.0))?;
                }
                Cell::Int(v) => {
                    ws.write_number(r, c, *v as f64)?;
                }
                Cell::Text(_) | Cell::Empty => {}
            }
        }
    }
    Ok(())
}

fn width(cell: &Cell<'_>) -> usize {
    match cell {
        Cell::Text(s) => s.chars().count(),
        Cell::Num(d) => d.to_string().len(),
        Cell::Int(v) => v.to_string().len(),
        Cell::Empty => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn significant_digits_ignore_trailing_zeros_and_sign() {
        assert_eq!(significant_digits(dec!(12345678901234.5678)), 18);
        assert_eq!(significant_digits(dec!(-0.000120)), 2);
        assert_eq!(significant_digits(dec!(1200)), 2);
        assert_eq!(significant_digits(dec!(0)), 0);
        assert_eq!(significant_digits(dec!(123456789012345)), 15);
    }

    #[test]
    fn only_figures_excel_would_change_are_too_precise() {
        assert!(too_precise(&Cell::Num(dec!(1234567890123456))));
        assert!(!too_precise(&Cell::Num(dec!(123456789012345))));
        assert!(too_precise(&Cell::Int(1_234_567_890_123_456_789)));
        assert!(!too_precise(&Cell::Int(2029)));
    }
}
