//! `report.xlsx` keeps every figure exactly: Excel holds 15 significant digits, so a figure with more is
//! written as text, with a note saying so; every other number stays a number.

mod support;

use rust_decimal::dec;
use stratrack_reports::input::{Quality, SeriesPoint};
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
