//! A planner downloads their unit's XLSX template, fills it in with three bad cells and uploads it on
//! the entry page: nothing is stored and each bad cell is named by row and column; corrected, the same
//! workbook imports.

use crate::harness::{Browser, PW, fetch, walk};
use calamine::{Data, Reader, Xlsx};
use fantoccini::Locator;

/// The downloaded template with `typed` cells written over it: (indicator code, column, text or number).
fn filled(template: &[u8], typed: &[(&str, u16, Result<f64, &str>)]) -> Vec<u8> {
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(template.to_vec())).unwrap();
    let range = book.worksheet_range("Values").unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    let ws = out.add_worksheet().set_name("Values").unwrap();
    for (r, row) in range.rows().enumerate() {
        let r = r as u32;
        for (c, cell) in row.iter().enumerate() {
            match cell {
                Data::String(s) => ws.write_string(r, c as u16, s).map(|_| ()).unwrap(),
                Data::Float(f) => ws.write_number(r, c as u16, *f).map(|_| ()).unwrap(),
                _ => {}
            }
        }
        for (code, col, v) in typed {
            if row[1] == Data::String((*code).into()) {
                match v {
                    Ok(n) => ws.write_number(r, *col, *n).map(|_| ()).unwrap(),
                    Err(t) => ws.write_string(r, *col, *t).map(|_| ()).unwrap(),
                }
            }
        }
    }
    out.save_to_buffer().unwrap()
}

async fn upload(b: &Browser, bytes: &[u8]) -> tempfile::NamedTempFile {
    let file = tempfile::Builder::new().suffix(".xlsx").tempfile().unwrap();
    std::fs::write(file.path(), bytes).unwrap();
    b.c.find(Locator::Id("csv-file"))
        .await
        .unwrap()
        .send_keys(&file.path().display().to_string())
        .await
        .unwrap();
    b.click("form[action^='/entry/upload'] button[type=submit]").await;
    file
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_filled_in_workbook_with_three_bad_cells_stores_nothing_and_names_the_cells() {
    let Some((b, srv)) = walk(&[("planner.br@itu.test", "planner", Some("BR"))]).await else {
        return;
    };
    b.login(&srv.base, "planner.br@itu.test", PW).await;
    let entry = format!("{}/entry?plan=SP2028-2031&year=2029", srv.base);
    b.go(&entry).await;
    let template = fetch(
        &format!("{}/entry/template.xlsx?plan=SP2028-2031&year=2029", srv.base),
        &b.session_cookie().await,
    )
    .await;
    assert_eq!(template.status, 200);
    // Column H is the value, K the quality; rows: KPI-R1 is row 2, KPI-R2 rows 3-6 (quarterly), KPI-R3
    // row 7, KPI-R4 row 8.
    let good = [("KPI-R5", 7, Ok(90.0)), ("KPI-R6", 7, Ok(75.0))];
    let bad = [
        ("KPI-R1", 7, Err("many")),
        ("KPI-R3", 7, Ok(101.0)),
        ("KPI-R4", 7, Ok(500.0)),
        ("KPI-R4", 10, Err("great")),
    ];
    let all: Vec<_> = good.iter().chain(&bad).cloned().collect();
    let _file = upload(&b, &filled(&template.body, &all)).await;
    let t = b.wait_text("3 problem(s)").await;
    let report = b.text_of("#upload-errors tbody").await;
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines.len(), 3, "{report}\n{t}");
    assert!(
        lines[0].starts_with("2 H (value)") && lines[0].contains("`many` is not a number"),
        "{report}"
    );
    assert!(
        lines[1].starts_with("7 H (value)") && lines[1].contains("outside 0..100"),
        "{report}"
    );
    assert!(lines[2].starts_with("8 K (quality)"), "{report}");
    b.click("a[href='#upload-errors']").await;
    b.shot("data-entry-workbook-errors").await;
    let stored = fetch(
        &format!("{}/api/v1/measurements?plan=SP2028-2031&year=2029&unit=BR", srv.base),
        &b.session_cookie().await,
    )
    .await;
    let stored: serde_json::Value = serde_json::from_slice(&stored.body).unwrap();
    assert_eq!(stored["total"], 0, "nothing was stored: {stored}");
    b.go(&entry).await;

    // Corrected, the workbook imports.
    let _file = upload(&b, &filled(&template.body, &good)).await;
    b.wait_text("Imported 2 value(s) as draft").await;
}
