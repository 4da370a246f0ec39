//! `report.xlsx` keeps every figure exactly: Excel holds 15 significant digits, so a figure with more is
//! written as text, with a note saying so; every other number stays a number. In the report's formatted
//! form each column shows in its readers' format (percentages, amounts, dates, years, flags) under its
//! name in words and its code, read back here as a spreadsheet program reads it, every cell still the
//! CSV file's value.

use crate::support;

use std::io::Cursor;
use std::str::FromStr;

use calamine::{Data, Range, Reader, Xlsx};
use rust_decimal::Decimal;
use rust_decimal::dec;
use rust_decimal::prelude::ToPrimitive;
use stratrack_reports::input::{Quality, SeriesPoint};
use stratrack_reports::{ReportInput, fixtures};
use support::{XlsxCell, rendered, sample, xlsx_cells, xlsx_part};

#[test]
fn a_figure_of_more_than_15_significant_digits_survives_exactly_as_text_with_a_note() {
    let mut input = sample();
    let i = input
        .indicators
        .iter_mut()
        .find(|i| i.code == "T1.2-K1")
        .expect("T1.2-K1");
    i.series.push(SeriesPoint {
        year: 2029,
        value: dec!(12345678901234.5678),
        quality: Quality::Final,
    });
    let report = rendered(&input);
    let xlsx = &report.file("report.xlsx").expect("xlsx").bytes;
    let cells = xlsx_cells(xlsx, "indicator_values");
    assert_eq!(cells.get("C1"), Some(&XlsxCell::Text("value".into())));
    let row = (2..)
        .map(|r| r.to_string())
        .take_while(|r| cells.contains_key(&format!("A{r}")))
        .find(|r| cells.get(&format!("B{r}")) == Some(&XlsxCell::Number("2029".into())))
        .expect("the 2029 row");
    assert_eq!(
        cells.get(&format!("C{row}")),
        Some(&XlsxCell::Text("12345678901234.5678".into())),
        "the exact figure, not Excel's 12345678901234.6"
    );
    // Ordinary figures of the same column stay numbers.
    assert!(
        cells.values().any(|c| *c == XlsxCell::Number("117".into())),
        "{cells:?}"
    );
    assert!(matches!(cells.get("C2"), Some(XlsxCell::Number(_))), "{cells:?}");
    // The sheet says why: a note on the column's header.
    let notes = xlsx_part(xlsx, "xl/comments1.xml").expect("the sheet carries a note");
    assert!(notes.contains("more than 15 significant digits"), "{notes}");
    assert!(notes.contains("ref=\"C1\""), "{notes}");
}

#[test]
fn a_workbook_without_such_figures_has_numbers_only_and_no_note() {
    let report = rendered(&sample());
    let xlsx = &report.file("report.xlsx").expect("xlsx").bytes;
    let cells = xlsx_cells(xlsx, "indicator_values");
    assert!(matches!(cells.get("C2"), Some(XlsxCell::Number(_))), "{cells:?}");
    assert!(xlsx_part(xlsx, "xl/comments1.xml").is_none());
}

/// The workbook of `report` opened as a spreadsheet program opens it.
fn opened(report: &stratrack_reports::Report) -> Xlsx<Cursor<Vec<u8>>> {
    let bytes = report.file("report.xlsx").expect("xlsx").bytes.clone();
    Xlsx::new(Cursor::new(bytes)).expect("the workbook opens")
}

/// The rows of `tables/NAME.csv` of `report`, header first.
fn csv_rows(report: &stratrack_reports::Report, name: &str) -> Vec<Vec<String>> {
    let bytes = &report.file(&format!("tables/{name}.csv")).expect("csv").bytes;
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_slice())
        .into_records()
        .map(|r| r.expect("a CSV row").iter().map(str::to_owned).collect())
        .collect()
}

/// The column of sheet `range` whose code (second header row) is `code`.
fn column(range: &Range<Data>, code: &str) -> u32 {
    (0..range.width() as u32)
        .find(|&c| range.get_value((1, c)) == Some(&Data::String(code.to_owned())))
        .unwrap_or_else(|| panic!("a column coded {code}"))
}

/// The number format of the cell at (`row`, `col`) of `sheet`.
fn number_format(book: &mut Xlsx<Cursor<Vec<u8>>>, sheet: &str, row: u32, col: u32) -> String {
    let styles = book.worksheet_style(sheet).expect("the sheet's styles");
    styles
        .get((row, col))
        .and_then(|s| s.number_format.as_ref())
        .map_or_else(|| "General".to_owned(), |f| f.format_code.clone())
}

/// Whether the cell a spreadsheet program reads (`got`) holds the figure or text of the CSV cell `csv`:
/// the same exact number, the same day or moment, the same yes or no, the same text, or nothing.
fn same_as_csv(got: &Data, csv: &str) -> bool {
    match got {
        Data::Empty => csv.is_empty(),
        Data::Float(f) => match (Decimal::from_str(&f.to_string()), Decimal::from_str(csv)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        },
        Data::Int(i) => Decimal::from_str(csv) == Ok(Decimal::from(*i)),
        Data::Bool(b) => csv == if *b { "yes" } else { "no" } || csv == if *b { "true" } else { "false" },
        Data::DateTime(t) => {
            let (y, mo, d, h, mi, s, ms) = t.to_ymd_hms_milli();
            let day = format!("{y:04}-{mo:02}-{d:02}");
            ms == 0 && (csv == day || csv == format!("{day}T{h:02}:{mi:02}:{s:02}Z"))
        }
        Data::String(s) => s == stratrack_reports::csv_safe::unescape(csv),
        _ => false,
    }
}

/// The current form's input with a figure Excel cannot hold (kept as text) and a restatement, so that
/// every kind of cell is there.
fn formatted_input() -> ReportInput {
    let mut input = fixtures::stated();
    assert!(input.is_formatted_form());
    let i = input
        .indicators
        .iter_mut()
        .find(|i| i.code == "T1.2-K1")
        .expect("T1.2-K1");
    i.series.push(SeriesPoint {
        year: 2029,
        value: dec!(12345678901234.5678),
        quality: Quality::Final,
    });
    input
}

#[test]
fn a_formatted_workbook_shows_percentages_amounts_dates_years_and_flags_as_such_under_named_headers() {
    let input = formatted_input();
    let report = rendered(&input);
    let mut book = opened(&report);

    let indicators = book.worksheet_range("indicators").expect("indicators");
    // Headers in words over the codes of the CSV file.
    assert_eq!(
        indicators.get_value((0, 0)),
        Some(&Data::String("Indicator code".into()))
    );
    assert_eq!(indicators.get_value((1, 0)), Some(&Data::String("code".into())));
    let progress = column(&indicators, "progress");
    assert_eq!(
        indicators.get_value((0, progress)),
        Some(&Data::String("Progress".into()))
    );
    let year = column(&indicators, "baseline_year");
    assert_eq!(
        indicators.get_value((0, year)),
        Some(&Data::String("Baseline year".into()))
    );
    // Progress: the exact fraction, shown as a percentage.
    let first = input.indicators[0].progress.expect("a progress");
    assert_eq!(
        indicators.get_value((2, progress)),
        Some(&Data::Float(first.to_f64().expect("f64")))
    );
    assert_eq!(number_format(&mut book, "indicators", 2, progress), "#,##0.0%");
    // A year: a whole number without separator; a missing one a blank cell, never 0.
    assert_eq!(indicators.get_value((2, year)), Some(&Data::Float(2026.0)));
    assert_eq!(number_format(&mut book, "indicators", 2, year), "0");
    let actual_year = column(&indicators, "actual_year");
    let blank = input
        .indicators
        .iter()
        .position(|i| i.actual_year.is_none())
        .expect("an indicator without an actual") as u32;
    assert_eq!(indicators.get_value((blank + 2, actual_year)), Some(&Data::Empty));
    // A flag: a boolean.
    let key = column(&indicators, "is_key");
    assert_eq!(
        indicators.get_value((2, key)),
        Some(&Data::Bool(input.indicators[0].is_key))
    );

    // Amounts in CHF thousands: separators, to the franc.
    let finance = book.worksheet_range("finance_by_unit").expect("finance_by_unit");
    let plan = column(&finance, "plan_chf_thousands");
    assert_eq!(
        finance.get_value((2, plan)),
        Some(&Data::Float(input.finance.lines[0].plan_amount.to_f64().expect("f64")))
    );
    assert_eq!(number_format(&mut book, "finance_by_unit", 2, plan), "#,##0.000");

    // A review date: a date, formatted as one.
    let risks = book.worksheet_range("risks").expect("risks");
    let reviewed = column(&risks, "reviewed_on");
    match risks.get_value((2, reviewed)) {
        Some(Data::DateTime(d)) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            let want = input.risks[0].reviewed_on;
            assert_eq!(format!("{y:04}-{m:02}-{day:02}"), want.format("%Y-%m-%d").to_string());
        }
        other => panic!("a date, not {other:?}"),
    }
    assert_eq!(number_format(&mut book, "risks", 2, reviewed), "yyyy-mm-dd");

    // Both header rows frozen, the filter on the codes.
    let sheet1 = xlsx_part(
        &report.file("report.xlsx").expect("xlsx").bytes,
        "xl/worksheets/sheet1.xml",
    )
    .expect("sheet1");
    assert!(
        sheet1.contains("<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
        "{sheet1}"
    );
    assert!(sheet1.contains("<autoFilter ref=\"A2:"), "{sheet1}");
}

#[test]
fn every_cell_of_a_formatted_workbook_holds_its_csv_value() {
    let annual = rendered(&formatted_input());
    let assessment = stratrack_reports::render_assessment(&fixtures::assessment()).expect("the assessment renders");
    for report in [&annual, &assessment] {
        let mut book = opened(report);
        let tables: Vec<&str> = report
            .files
            .iter()
            .filter_map(|f| f.path.strip_prefix("tables/")?.strip_suffix(".csv"))
            .collect();
        assert_eq!(book.sheet_names(), tables, "a sheet per table, in order");
        for name in tables {
            let sheet = book.worksheet_range(name).expect("the sheet");
            let csv = csv_rows(report, name);
            assert_eq!(sheet.height(), csv.len() + 1, "{name}: two header rows, then every row");
            for (r, row) in csv.iter().enumerate() {
                // The codes in the second header row, the rows below it.
                let at = if r == 0 { 1 } else { r + 1 };
                for (c, want) in row.iter().enumerate() {
                    let got = sheet.get_value((at as u32, c as u32)).unwrap_or(&Data::Empty);
                    assert!(
                        same_as_csv(got, want),
                        "{name} row {r} column {c}: {got:?}, CSV {want:?}"
                    );
                }
            }
            // Each header in words over its code, in every sheet.
            for c in 0..csv[0].len() as u32 {
                match sheet.get_value((0, c)) {
                    Some(Data::String(words)) => assert!(!words.is_empty() && words != &csv[0][c as usize]),
                    other => panic!("{name}: column {c} has no name in words: {other:?}"),
                }
            }
        }
    }
    // The figure Excel cannot hold is the CSV's text, exactly.
    let mut book = opened(&annual);
    let values = book.worksheet_range("indicator_values").expect("indicator_values");
    assert!(
        values
            .rows()
            .any(|r| r.get(2) == Some(&Data::String("12345678901234.5678".into()))),
        "the exact figure as text"
    );
}

#[test]
fn a_chinese_workbook_names_its_sheets_in_chinese_and_an_english_one_by_the_tables() {
    use stratrack_reports::input::Lang;
    let sheets = |lang| {
        let mut input = fixtures::stated();
        input.language = lang;
        let report = rendered(&input);
        let bytes = report.file("report.xlsx").expect("the workbook").bytes.clone();
        let book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("xlsx");
        book.sheet_names()
    };
    let zh = sheets(Lang::Zh);
    assert_eq!(zh[0], "指标");
    assert!(zh.iter().all(|n| n.chars().count() <= 31), "{zh:?}");
    assert_eq!(sheets(Lang::En)[0], "indicators", "English keeps the tables' names");
}
