//! `report.xlsx`: every table as a sheet, numbers as numbers, header row frozen, and document
//! properties dated from the run record so the bytes never depend on the clock.
//!
//! In the report's form [`crate::input::FORM_FORMATTED`] and later each sheet is formatted for its
//! readers from its columns' declarations ([`crate::tables::Column`]): two header rows, the column's name
//! in words over its stable code (the CSV header), both frozen; each kind of column in its number format
//! (percentages, CHF thousands with separators to the franc, values to their own decimals, years without
//! separator), days and moments as dates, flags as booleans; columns sized to their content. The values
//! stay those of the CSV file. Runs frozen before keep their workbook: one header row of codes, numbers
//! in the General format, dates and flags as text.
//!
//! In form [`crate::input::FORM_SECTIONS`] and later, the header row of words, the note on a column of
//! figures written as text and the document's title and subject are in the report's language (the
//! codes, the values and the number formats stay as they are), and an Arabic workbook's sheets read
//! right to left.
//!
//! Excel holds a number as a double and shows at most [`XLSX_DIGITS`] significant digits: a figure
//! with more (e.g. 12345678901234.5678) would silently become another. Such a figure is written as
//! text, exactly as in the CSV, and its column header carries a note saying so.

use crate::input::FrameworkNames as _;
use chrono::{Datelike, Timelike};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Note, Workbook, Worksheet};

use crate::error::RenderError;
use crate::input::{Lang, PlanInfo, ReportInput, RunInfo};
use crate::tables::{Cell, Kind, Table};
use crate::words::Words;
use stratrack_i18n::Arg;

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
        _ => false,
    }
}

/// A workbook being written one table at a time (each sheet's rows go to a temporary file as they are
/// written), so that a table can be dropped once its sheet is written.
pub struct Book {
    wb: Workbook,
    header: Format,
    /// The formats of the report's formatted form; `None` for runs frozen before.
    styles: Option<Styles>,
    /// The language the sheets are named in (form 4 and later, another language than English); `None`:
    /// named by their tables' stable names, as always.
    words: Option<crate::words::Words>,
    /// The language of the header rows' words and the notes (form 5 and later; English as the code
    /// writes it before).
    headings: Words,
    /// Whether the sheets read right to left (an Arabic report of form 5 and later).
    right_to_left: bool,
    /// The framework's names in the report's language, by their English name (form 7 and later, another
    /// language than English; empty otherwise): the sheets' name columns show them
    /// ([`crate::input::ReportInput::names_in_language`]). Codes stay codes, and the CSV files keep the
    /// English names.
    names: std::collections::HashMap<String, String>,
}

impl Book {
    /// An empty workbook with the report's document properties.
    pub fn new(input: &ReportInput) -> Result<Self, RenderError> {
        let w = Words::headings(input);
        let plan = if input.is_sections_form() {
            input.plan_name()
        } else {
            &input.plan.name
        };
        let mut book = Self::titled(
            &input.plan,
            &input.run,
            w.t_with(
                "report-xlsx-title",
                format!("{} — annual report {}", input.plan.name, input.year),
                &[("plan", Arg::from(plan)), ("year", input.year.into())],
            ),
            w.t_with(
                "report-xlsx-subject",
                format!("Implementation report to Council, {}", input.year),
                &[("year", input.year.into())],
            ),
            input.is_formatted_form(),
        )?;
        book.words = input.number_language().map(|_| crate::words::Words::of(input));
        book.headings = w;
        book.right_to_left = input.is_sections_form() && w.lang() == Lang::Ar;
        book.names = input.names_in_language();
        Ok(book)
    }

    /// The workbook written in `w`'s language (the four-year assessment of form
    /// [`crate::input::ASSESSMENT_FORM_LANGUAGES`] and later): its header rows in that language, and in
    /// another language than English its sheets named in it, right to left in Arabic. English keeps the
    /// workbook as it was.
    pub fn in_language(mut self, w: Words) -> Self {
        self.headings = w;
        self.words = (!w.is_english()).then_some(w);
        self.right_to_left = w.lang() == Lang::Ar;
        self
    }

    /// The workbook whose name columns show the framework's names in the language of `names` (by their
    /// English name; see [`crate::input::AssessmentInput::names_in_language`]).
    pub fn with_names(mut self, names: std::collections::HashMap<String, String>) -> Self {
        self.names = names;
        self
    }

    /// An empty workbook titled `title` about `subject`, dated from `run`; its sheets `formatted` for
    /// their readers (the report's form [`crate::input::FORM_FORMATTED`] and later) or as runs frozen
    /// before had them.
    pub fn titled(
        plan: &PlanInfo,
        run: &RunInfo,
        title: String,
        subject: String,
        formatted: bool,
    ) -> Result<Self, RenderError> {
        let mut wb = Workbook::new();
        wb.set_properties(&properties(plan, run, title, subject)?);
        wb.set_zip_compression_level(1);
        let header = Format::new()
            .set_bold()
            .set_background_color("D9E2F3")
            .set_border_bottom(FormatBorder::Thin);
        Ok(Self {
            wb,
            header,
            styles: formatted.then(Styles::new),
            words: None,
            headings: Words::new(Lang::En),
            right_to_left: false,
            names: std::collections::HashMap::new(),
        })
    }

    /// Adds `t` as the next sheet.
    pub fn add(&mut self, t: &Table<'_>) -> Result<(), RenderError> {
        let ws = self.wb.add_worksheet_with_low_memory()?;
        match self.words {
            Some(w) => ws.set_name(sheet_name(w, t.name))?,
            None => ws.set_name(t.name)?,
        };
        if self.right_to_left {
            ws.set_right_to_left(true);
        }
        if let Some(styles) = &self.styles {
            return styles.sheet(ws, t, self.headings, &self.names);
        }
        header_row(ws, t, &self.header)?;
        rows(ws, t)?;
        ws.set_freeze_panes(1, 0)?;
        if !t.is_empty() {
            let last_row = u32::try_from(t.len()).unwrap_or(u32::MAX);
            let last_col = u16::try_from(t.columns.len().saturating_sub(1)).unwrap_or(0);
            ws.autofilter(0, 0, last_row, last_col)?;
        }
        Ok(())
    }

    /// The XLSX bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, RenderError> {
        Ok(self.wb.save_to_buffer()?)
    }
}

/// The name of table `name`'s sheet in `w`'s language (message `report-sheet-{name}`), made a valid
/// sheet name: none of `[]:*?/\`, at most 31 characters.
pub fn sheet_name(w: crate::words::Words, name: &str) -> String {
    let text = w.t(&format!("report-sheet-{}", name.replace('_', "-")), name);
    text.chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The most characters a column is sized for.
const MAX_WIDTH: usize = 60;
/// The most lines a column's name in words is wrapped on.
const MAX_WORD_LINES: usize = 3;
/// The height of one line of the header in points (Excel's default row height).
const LINE_PT: f64 = 15.0;
/// The most decimals a value is shown with (more are kept in the cell, not shown).
const MAX_DECIMALS: u32 = 15;

/// The cell formats of the report's formatted form, one per kind of column.
struct Styles {
    /// First header row: the column's name in words.
    words: Format,
    /// Second header row: the column's stable code.
    codes: Format,
    /// Fractions as percentages to one decimal.
    percent: Format,
    /// CHF thousands to the franc.
    chf: Format,
    /// Counts, with separators.
    count: Format,
    /// Years and identifying numbers, without separator.
    whole: Format,
    /// Days.
    date: Format,
    /// Moments, to the second (UTC).
    moment: Format,
    /// Values to 0, 1, … [`MAX_DECIMALS`] decimals, with separators.
    measures: Vec<Format>,
}

impl Styles {
    fn new() -> Self {
        let grouped = |decimals: u32| {
            let mut f = "#,##0".to_owned();
            if decimals > 0 {
                f.push('.');
                f.extend(std::iter::repeat_n('0', decimals as usize));
            }
            Format::new().set_num_format(f)
        };
        Styles {
            words: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color("D9E2F3"),
            codes: Format::new()
                .set_font_color("404040")
                .set_background_color("D9E2F3")
                .set_border_bottom(FormatBorder::Thin),
            percent: Format::new().set_num_format("#,##0.0%"),
            chf: grouped(3),
            count: grouped(0),
            whole: Format::new().set_num_format("0"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            moment: Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
            measures: (0..=MAX_DECIMALS).map(grouped).collect(),
        }
    }

    /// The format of every number in a column of `kind`, set once on the column (its cells take it
    /// without a lookup each); `None` when each value has its own decimals.
    fn column(&self, kind: Kind) -> Option<&Format> {
        match kind {
            Kind::Percent => Some(&self.percent),
            Kind::ChfThousands => Some(&self.chf),
            Kind::Count => Some(&self.count),
            Kind::Year | Kind::Code => Some(&self.whole),
            Kind::Measure | Kind::Text | Kind::Date | Kind::Moment | Kind::Flag => None,
        }
    }

    /// Writes the number `v` (exactly `d`) in a column of `kind`: in the column's format, or to the
    /// decimals of `d`.
    fn number(
        &self,
        ws: &mut Worksheet,
        (r, c): (u32, u16),
        v: f64,
        d: Decimal,
        kind: Kind,
    ) -> Result<(), RenderError> {
        match self.column(kind) {
            Some(_) => ws.write_number(r, c, v)?,
            None => ws.write_number_with_format(
                r,
                c,
                v,
                &self.measures[d.normalize().scale().min(MAX_DECIMALS) as usize],
            )?,
        };
        Ok(())
    }

    /// Writes `t` into `ws`: the two header rows (the columns' names in `words`' language over their
    /// codes), frozen, with a filter on the codes; each column sized to its content; the rows below.
    fn sheet(
        &self,
        ws: &mut Worksheet,
        t: &Table<'_>,
        words: Words,
        local: &std::collections::HashMap<String, String>,
    ) -> Result<(), RenderError> {
        let names: Vec<String> = t.columns.iter().map(|c| c.words_in(words)).collect();
        let widths = column_widths(t, &names);
        let as_text = written_as_text(t);
        let mut lines = 1;
        for (c, ((column, width), name)) in t.columns.iter().zip(&widths).zip(&names).enumerate() {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            ws.set_column_width(col, *width as f64)?;
            if let Some(format) = self.column(column.kind) {
                ws.set_column_format(col, format)?;
            }
            lines = lines.max(word_lines(name, *width));
        }
        ws.set_row_height(0, LINE_PT * lines as f64)?;
        let note = as_text
            .contains(&true)
            .then(|| words.t("report-xlsx-text-number-note", TEXT_NUMBER_NOTE));
        for (c, name) in names.iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            ws.write_string_with_format(0, col, name, &self.words)?;
            if let (true, Some(note)) = (as_text[c], &note) {
                ws.insert_note(0, col, &Note::new(note).set_author("stratrack"))?;
            }
        }
        for (c, column) in t.columns.iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            ws.write_string_with_format(1, col, column.code, &self.codes)?;
        }
        for (r, row) in t.rows().enumerate() {
            let r = u32::try_from(r + 2).unwrap_or(u32::MAX);
            for (c, (cell, column)) in row.iter().zip(&t.columns).enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                match cell {
                    Cell::Text(s) if is_name_column(t.name, column.code) && local.contains_key(s.as_ref()) => {
                        ws.write_string(r, c, &local[s.as_ref()])?;
                    }
                    _ => self.cell(ws, r, c, cell, column.kind)?,
                }
            }
        }
        ws.set_freeze_panes(2, 0)?;
        if !t.is_empty() {
            let last_row = u32::try_from(t.len() + 1).unwrap_or(u32::MAX);
            let last_col = u16::try_from(t.columns.len().saturating_sub(1)).unwrap_or(0);
            ws.autofilter(1, 0, last_row, last_col)?;
        }
        Ok(())
    }

    /// Writes one cell of a column of `kind`: a number in the kind's format (as text when Excel would
    /// change it), a day or moment as a date, a flag as a boolean, text as text; nothing for nothing.
    fn cell(&self, ws: &mut Worksheet, r: u32, c: u16, cell: &Cell<'_>, kind: Kind) -> Result<(), RenderError> {
        match cell {
            _ if too_precise(cell) => {
                ws.write_string(r, c, cell.csv_text())?;
            }
            Cell::Num(d) => self.number(ws, (r, c), d.to_f64().unwrap_or(0.0), *d, kind)?,
            Cell::Int(v) => self.number(ws, (r, c), *v as f64, Decimal::from(*v), kind)?,
            Cell::Date(d) => match excel_date(d.year(), d.month(), d.day()) {
                Some(day) => {
                    ws.write_datetime_with_format(r, c, &day, &self.date)?;
                }
                None => {
                    ws.write_string(r, c, cell.text())?;
                }
            },
            Cell::Moment(t) => match excel_date(t.year(), t.month(), t.day()).and_then(|day| {
                day.and_hms(
                    u16::try_from(t.hour()).ok()?,
                    u8::try_from(t.minute()).ok()?,
                    f64::from(t.second()),
                )
                .ok()
            }) {
                Some(moment) => {
                    ws.write_datetime_with_format(r, c, &moment, &self.moment)?;
                }
                None => {
                    ws.write_string(r, c, cell.text())?;
                }
            },
            Cell::Flag(v, _) => {
                ws.write_boolean(r, c, *v)?;
            }
            Cell::Text(s) if !s.is_empty() => {
                ws.write_string(r, c, s.as_ref())?;
            }
            Cell::Text(_) | Cell::Empty => {}
        }
        Ok(())
    }
}

/// Whether column `code` of table `table` holds the name of a record of the framework (a result, an
/// indicator, a category of a breakdown): what the workbook shows in the report's language (form 7).
fn is_name_column(table: &str, code: &str) -> bool {
    match code {
        "indicator_name" | "value_name" => true,
        "name" => table != "operational_delivery",
        _ => false,
    }
}

/// The day `year-month-day` as Excel holds it, if Excel can (the years 1900 to 9999).
fn excel_date(year: i32, month: u32, day: u32) -> Option<ExcelDateTime> {
    ExcelDateTime::from_ymd(
        u16::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()
}

/// Which columns of `t` have a figure written as text (one pass over the rows for every column: a
/// drawn table is drawn once for this).
fn written_as_text(t: &Table<'_>) -> Vec<bool> {
    let mut as_text = vec![false; t.columns.len()];
    for row in t.rows() {
        for (flag, cell) in as_text.iter_mut().zip(row.iter()) {
            *flag = *flag || too_precise(cell);
        }
    }
    as_text
}

/// Each column's width in characters: its widest early cell as shown, its code, and its name in words
/// (`names`, in column order) on at most [`MAX_WORD_LINES`] lines, with a margin; at most [`MAX_WIDTH`].
fn column_widths(t: &Table<'_>, names: &[String]) -> Vec<usize> {
    let mut widest: Vec<usize> = t.columns.iter().map(|c| c.code.len()).collect();
    for row in t.rows().take(200) {
        for ((w, cell), column) in widest.iter_mut().zip(row.iter()).zip(&t.columns) {
            *w = (*w).max(shown_width(cell, column.kind));
        }
    }
    widest
        .into_iter()
        .zip(names)
        .map(|(w, name)| {
            let longest_word = name.split(' ').map(columns_of).max().unwrap_or(0);
            let mut width = (w.max(longest_word) + 2).min(MAX_WIDTH);
            while width < MAX_WIDTH && word_lines(name, width) > MAX_WORD_LINES {
                width += 1;
            }
            width
        })
        .collect()
}

/// The character columns `text` takes in a spreadsheet: two for a wide (Chinese, Japanese, Korean or
/// full-width) character, one for any other. A name in words of an English header is all narrow, so the
/// widths of runs frozen before are what they were.
fn columns_of(text: &str) -> usize {
    text.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// How many lines `words` take wrapped at spaces in a column `width` characters wide.
fn word_lines(words: &str, width: usize) -> usize {
    let room = width.saturating_sub(2).max(1);
    let mut lines = 1;
    let mut line = 0;
    for word in words.split(' ') {
        let n = columns_of(word);
        if line > 0 && line + 1 + n > room {
            lines += 1;
            line = n;
        } else {
            line += if line > 0 { 1 } else { 0 } + n;
        }
    }
    lines
}

/// The characters `cell` takes as shown in a column of `kind`.
fn shown_width(cell: &Cell<'_>, kind: Kind) -> usize {
    match cell {
        _ if too_precise(cell) => cell.csv_text().len(),
        Cell::Num(d) => {
            let d = *d;
            match kind {
                Kind::Percent => whole_width(d * Decimal::ONE_HUNDRED, true) + 3,
                Kind::ChfThousands => whole_width(d, true) + 4,
                Kind::Count => whole_width(d, true),
                Kind::Year | Kind::Code => whole_width(d, false),
                _ => {
                    let scale = d.normalize().scale().min(MAX_DECIMALS) as usize;
                    whole_width(d, true) + if scale > 0 { scale + 1 } else { 0 }
                }
            }
        }
        Cell::Int(v) => whole_width(Decimal::from(*v), !matches!(kind, Kind::Year | Kind::Code)),
        Cell::Date(_) => 10,
        Cell::Moment(_) => 19,
        Cell::Flag(..) => 5,
        Cell::Text(_) | Cell::Empty => cell.text().chars().count(),
    }
}

/// The characters of the whole part of `d`, with its sign and, when `grouped`, thousands separators.
fn whole_width(d: Decimal, grouped: bool) -> usize {
    let digits = d.trunc().abs().to_string().len();
    let sign = usize::from(d.is_sign_negative() && !d.is_zero());
    digits + sign + if grouped { (digits - 1) / 3 } else { 0 }
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
    let mut widest = vec![0; t.columns.len()];
    for row in t.rows().take(200) {
        for (w, cell) in widest.iter_mut().zip(row.iter()) {
            *w = (*w).max(width(cell));
        }
    }
    // One pass over the rows for every column (a drawn table is drawn once for this).
    let as_text = written_as_text(t);
    for (c, h) in t.headers().enumerate() {
        let col = u16::try_from(c).unwrap_or(u16::MAX);
        ws.write_string_with_format(0, col, h, header)?;
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
                Cell::Date(_) | Cell::Moment(_) | Cell::Flag(..) => {
                    ws.write_string(r, c, cell.text())?;
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
        Cell::Num(d) => d.to_string().len(),
        Cell::Int(v) => v.to_string().len(),
        _ => cell.text().chars().count(),
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
    fn a_chinese_name_takes_two_columns_a_character() {
        assert_eq!(columns_of("Baseline year"), 13);
        assert_eq!(columns_of("基线年份"), 8);
        assert_eq!(columns_of("实际（千瑞士法郎）"), 18);
        assert_eq!(word_lines("与上年相比的变化", 18), 1);
    }

    #[test]
    fn only_figures_excel_would_change_are_too_precise() {
        assert!(too_precise(&Cell::Num(dec!(1234567890123456))));
        assert!(!too_precise(&Cell::Num(dec!(123456789012345))));
        assert!(too_precise(&Cell::Int(1_234_567_890_123_456_789)));
        assert!(!too_precise(&Cell::Int(2029)));
    }
}
