//! Workbook imports and the import templates: an `.xlsx` upload is read like a CSV one (all or nothing,
//! every bad cell named by sheet, row and column letter, numbers exact), and a unit's template,
//! downloaded as CSV or XLSX and filled in, imports as it is.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::imports::import;
use crate::measurements::audits;
use crate::pages::login;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::Workbook;
use serde_json::Value;

/// A cell of a test workbook: text or a number, as a person would type it in Excel.
#[derive(Clone, Debug)]
pub enum Cell {
    Text(&'static str),
    Number(f64),
    Empty,
}
use Cell::{Empty, Number as N, Text as T};

/// A workbook with one sheet `sheet` holding `rows` (the first is the header).
pub fn workbook(sheet: &str, rows: &[Vec<Cell>]) -> Vec<u8> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            match cell {
                Cell::Text(t) => ws.write_string(r as u32, c as u16, *t).map(|_| ()).unwrap(),
                Cell::Number(n) => ws.write_number(r as u32, c as u16, *n).map(|_| ()).unwrap(),
                Cell::Empty => {}
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn errors(p: &Value) -> Vec<(String, String)> {
    p["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("a problem with errors: {p}"))
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().to_owned(),
                e["reason"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The value stored for `code` in 2029 (the only one), read through the API as the admin.
async fn value_of(app: &TestApp, code: &str) -> String {
    let (_, l) = app
        .get_json(&format!("/api/v1/measurements?indicator={code}&year=2029"))
        .await;
    assert_eq!(l["items"].as_array().map(Vec::len), Some(1), "{code}: {l}");
    l["items"][0]["value"].as_str().unwrap().to_owned()
}

/// `GET path` of a page with the session `cookie`: status, content type and the raw bytes.
async fn download(app: &TestApp, cookie: Option<&str>, path: &str) -> (StatusCode, String, Vec<u8>) {
    let mut req = Request::get(path);
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let (s, h, b) = app.exchange(req.body(Body::empty()).unwrap()).await;
    let ct = h
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (s, ct, b)
}

/// Uploads `file` on the entry page as a browser sends the form: status, `Location` and the page.
async fn upload_page(app: &TestApp, cookie: &str, name: &str, file: &[u8]) -> (StatusCode, Option<String>, String) {
    let entry = crate::pages::get(app, Some(cookie), "/entry?plan=SP2028-2031&year=2029").await;
    let csrf = crate::pages::csrf_of(&entry.body);
    let boundary = "----stratrack-test-boundary";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n").as_bytes(),
    );
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let req = Request::post("/entry/upload?plan=SP2028-2031&year=2029")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap();
    let (s, h, b) = app.exchange(req).await;
    let location = h.get(header::LOCATION).map(|v| v.to_str().unwrap().to_owned());
    (s, location, String::from_utf8(b).unwrap())
}

both_backends! {
    async fn a_workbook_with_three_bad_cells_stores_nothing_and_names_each_cell(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let before = app.count("measurements").await;
        let header = vec![T("plan_code"), T("indicator_code"), T("year"), T("value"), T("quality")];
        let book = workbook("Values", &[
            header,
            vec![T("SP2028-2031"), T("KPI-D2"), N(2029.0), N(14.0), T("final")],
            vec![T("SP2028-2031"), T("KPI-D5"), N(2029.0), T("abc"), T("final")],
            vec![T("SP2028-2031"), T("KPI-D9"), N(2029.0), N(4.0), T("final")],
            vec![T("SP2028-2031"), T("KPI-D7"), N(2029.0), N(101.0), T("final")],
            vec![T("SP2028-2031"), T("KPI-D12"), N(2035.0), N(5.0), T("final")],
            vec![T("SP2028-2031"), T("KPI-D11"), N(2029.0), N(50.0), T("final")],
        ]);
        let (s, p) = import(&app, &app.tokens.planner_bdt.clone(), "", book).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let e = errors(&p);
        assert_eq!(e.len(), 3, "{e:?}");
        assert_eq!(e[0].0, "sheet Values, row 3, column D (value)");
        assert!(e[0].1.contains("`abc` is not a number"), "{e:?}");
        assert_eq!(e[1].0, "sheet Values, row 5, column D (value)");
        assert!(e[1].1.contains("outside 0..100"), "{e:?}");
        assert_eq!(e[2].0, "sheet Values, row 6, column C (year)");
        assert!(e[2].1.contains("outside plan SP2028-2031"), "{e:?}");
        assert_eq!(app.count("measurements").await, before, "all or nothing");
        assert_eq!(audits(&app, "import").await, 0);

        // The entry page shows the same three cells, and stores nothing either.
        let cookie = login(&app, "planner.bdt@test.org").await;
        let (s, _, page) = upload_page(&app, &cookie, "values.xlsx", &workbook("Values", &[
            vec![T("plan_code"), T("indicator_code"), T("year"), T("value")],
            vec![T("SP2028-2031"), T("KPI-D5"), N(2029.0), T("abc")],
        ])).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(page.contains("D (value)") && page.contains("`abc` is not a number"), "{page}");
        assert_eq!(app.count("measurements").await, before);
    }
}

both_backends! {
    async fn the_entry_page_says_an_uploads_header_problems_in_the_readers_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let before = app.count("measurements").await;
        let cookie = login(&app, "planner.bdt@test.org").await;
        let csv = b"plan_code,indicator_code,year,year\nSP2028-2031,KPI-D5,2029,2029\n";
        // In Russian, in the row-by-row table, not marked English.
        let (s, _, page) = upload_page(&app, &format!("{cookie}; stratrack_lang=ru"), "values.csv", csv).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(page.contains("<td>встречается в заголовке дважды</td>"), "{page}");
        assert!(page.contains("<td>отсутствует в заголовке</td>"), "{page}");
        // In English, word for word as before.
        let (_, _, page) = upload_page(&app, &cookie, "values.csv", csv).await;
        assert!(page.contains("<td>appears twice in the header</td>"), "{page}");
        assert!(page.contains("<td>is missing from the header</td>"), "{page}");
        assert_eq!(app.count("measurements").await, before, "nothing stored");
    }
}

both_backends! {
    async fn a_good_workbook_imports_numbers_typed_as_numbers_or_as_text_exactly(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        // Another sheet first: the import reads the sheet named Values. Blank rows, in the middle and
        // at the end, are skipped; columns may come in any order.
        let mut book = Workbook::new();
        book.add_worksheet().set_name("Notes").unwrap().write_string(0, 0, "not read").unwrap();
        let rows: Vec<Vec<Cell>> = vec![
            vec![T("indicator_code"), T("value"), T("year"), T("plan_code"), T("narrative")],
            vec![T("KPI-D7"), N(0.1), N(2029.0), T("SP2028-2031"), T("typed as a number")],
            vec![T("KPI-D11"), T("0.1"), T("2029"), T("SP2028-2031"), T("typed as text")],
            vec![],
            vec![T("KPI-D8"), T("12345678901234.5678"), N(2029.0), T("SP2028-2031"), T("=not a formula")],
            vec![T("KPI-EN4"), N("12345678901234.5678".parse().unwrap()), N(2029.0), T("SP2028-2031"), Empty],
            vec![T("KPI-D9"), N(1234567890.0), N(2029.0), T("SP2028-2031"), Empty],
            vec![T("KPI-D4"), N(0.1 + 0.2), N(2029.0), T("SP2028-2031"), Empty],
        ];
        let ws = book.add_worksheet().set_name("Values").unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                match cell {
                    T(t) => { ws.write_string(r as u32, c as u16, *t).unwrap(); }
                    N(n) => { ws.write_number(r as u32, c as u16, *n).unwrap(); }
                    Empty => {}
                }
            }
        }
        ws.write_string(20, 1, "").unwrap();
        let bytes = book.save_to_buffer().unwrap();
        let (s, r) = import(&app, &app.tokens.admin.clone(), "", bytes).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!(r["imported"].as_u64(), Some(6), "{r}");
        assert_eq!(value_of(&app, "KPI-D7").await, "0.1", "a number cell is the decimal typed, not its binary double");
        assert_eq!(value_of(&app, "KPI-D11").await, "0.1");
        assert_eq!(value_of(&app, "KPI-D8").await, "12345678901234.5678", "a text cell is exact");
        // Excel keeps 15 significant digits of a number: so does the import.
        assert_eq!(value_of(&app, "KPI-EN4").await, "12345678901234.6");
        assert_eq!(value_of(&app, "KPI-D9").await, "1234567890");
        assert_eq!(value_of(&app, "KPI-D4").await, "0.3", "a formula's binary noise is dropped");
        let (_, l) = app.get_json("/api/v1/measurements?indicator=KPI-D8&year=2029").await;
        assert_eq!(l["items"][0]["narrative"].as_str(), Some("=not a formula"));
        let sql = "SELECT reason FROM audit_log WHERE action = 'import'";
        use sea_orm::ConnectionTrait;
        let row = app.db.query_one_raw(sea_orm::Statement::from_string(app.db.get_database_backend(), sql)).await.unwrap().unwrap();
        assert_eq!(row.try_get::<String>("", "reason").unwrap(), "XLSX import of 6 rows");
    }
}

/// Reads the `Values` sheet of a downloaded template: each row's cells.
fn sheet_of(bytes: &[u8]) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).expect("an xlsx workbook");
    assert_eq!(book.sheet_names(), ["Values"]);
    let range = book.worksheet_range("Values").unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

both_backends! {
    async fn a_planners_template_holds_their_units_indicators_with_units_and_expected_values(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.bdt@test.org").await;
        let (s, ct, csv) = download(&app, Some(&cookie), "/entry/template.csv?plan=SP2028-2031&year=2029").await;
        assert_eq!((s, ct.as_str()), (StatusCode::OK, "text/csv; charset=utf-8"));
        let mut r = csv::Reader::from_reader(&csv[..]);
        let head: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
        assert_eq!(head, ["plan_code", "indicator_code", "indicator_name", "unit_of_measure", "expected_value", "year", "quarter",
            "value", "numerator", "denominator", "quality", "narrative", "evidence_url"]);
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        let codes: Vec<&str> = rows.iter().map(|r| &r[1]).collect();
        assert!(codes.contains(&"KPI-D2") && codes.contains(&"KPI-T1.3"), "{codes:?}");
        for other in ["KPI-R1", "KPI-S1", "KPI-X1", "KPI-T2.4"] {
            assert!(!codes.contains(&other), "{other} belongs to another unit: {codes:?}");
        }
        assert_eq!(codes.len(), 21, "every BDT indicator of the plan once: {codes:?}");
        let row = |code: &str| rows.iter().find(|r| &r[1] == code).unwrap().clone();
        let d2 = row("KPI-D2");
        assert_eq!((&d2[3], &d2[4], &d2[5], &d2[6], &d2[7]), ("count", "46", "2029", "", ""), "straight line 40 (2026) → 50 (2031)");
        assert_eq!(&row("KPI-T1.3")[4], "94.4", "the milestone of 2029");
        assert_eq!(&row("KPI-T1.5")[4], "", "no baseline, no expected value");

        let (s, ct, xlsx) = download(&app, Some(&cookie), "/entry/template.xlsx?plan=SP2028-2031&year=2029").await;
        assert_eq!((s, ct.as_str()), (StatusCode::OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        let sheet = sheet_of(&xlsx);
        assert_eq!(sheet.len(), 22, "a header and the same 21 rows");
        assert_eq!(sheet[0].iter().map(ToString::to_string).collect::<Vec<_>>(), head);
        let d2 = sheet.iter().find(|r| r[1] == Data::String("KPI-D2".into())).unwrap();
        assert_eq!((&d2[4], &d2[5]), (&Data::Float(46.0), &Data::Float(2029.0)), "numbers as numbers");
        // The header row is frozen.
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(), &mut xml).unwrap();
        assert!(xml.contains(r#"ySplit="1""#) && xml.contains(r#"state="frozen""#), "{xml}");

        // The admin picks a unit; a quarterly indicator has a row per quarter.
        let admin = login(&app, "admin@test.org").await;
        let (_, _, gs) = download(&app, Some(&admin), "/entry/template.csv?plan=SP2028-2031&year=2029&unit=GS").await;
        let gs = String::from_utf8(gs).unwrap();
        let en7: Vec<&str> = gs.lines().filter(|l| l.contains(",KPI-EN7,")).collect();
        assert_eq!(en7.len(), 4, "{gs}");
        assert!(en7[0].ends_with(",2029,1,,,,,,") && en7[3].ends_with(",2029,4,,,,,,"), "{en7:?}");
        assert!(!gs.contains("KPI-D2"), "only GS: {gs}");
    }
}

both_backends! {
    async fn a_downloaded_template_filled_in_imports_unchanged_as_csv_and_as_xlsx(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = login(&app, "planner.bdt@test.org").await;
        let before = app.count("measurements").await;

        // CSV: fill two value cells, leave the other rows blank, upload the file through the API.
        let (_, _, csv) = download(&app, Some(&cookie), "/entry/template.csv?plan=SP2028-2031&year=2029").await;
        let mut r = csv::Reader::from_reader(&csv[..]);
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(r.headers().unwrap()).unwrap();
        for rec in r.records() {
            let mut cells: Vec<String> = rec.unwrap().iter().map(str::to_owned).collect();
            match cells[1].as_str() {
                "KPI-D2" => cells[7] = "14".into(),
                "KPI-D7" => cells[7] = "55.5".into(),
                _ => {}
            }
            w.write_record(&cells).unwrap();
        }
        let (s, r) = import(&app, &app.tokens.planner_bdt.clone(), "", w.into_inner().unwrap()).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!(r["imported"].as_u64(), Some(2), "{r}");
        assert_eq!((value_of(&app, "KPI-D2").await, value_of(&app, "KPI-D7").await), ("14".into(), "55.5".into()));

        // XLSX: copy the downloaded workbook cell by cell, typing three values as a person would (two
        // numbers and one text), and upload it on the entry page.
        let (_, _, xlsx) = download(&app, Some(&cookie), "/entry/template.xlsx?plan=SP2028-2031&year=2029").await;
        let sheet = sheet_of(&xlsx);
        let mut book = Workbook::new();
        let ws = book.add_worksheet().set_name("Values").unwrap();
        for (r, row) in sheet.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Data::String(s) => { ws.write_string(r, c, s).unwrap(); }
                    Data::Float(f) => { ws.write_number(r, c, *f).unwrap(); }
                    Data::Empty => {}
                    other => panic!("unexpected cell {other:?}"),
                }
            }
            let typed = match &row[1] {
                Data::String(s) if s == "KPI-D9" => Some(N(950.0)),
                Data::String(s) if s == "KPI-D11" => Some(N(85.25)),
                Data::String(s) if s == "KPI-T1.3" => Some(T("94.4")),
                _ => None,
            };
            match typed {
                Some(N(n)) => { ws.write_number(r as u32, 7, n).unwrap(); }
                Some(T(t)) => { ws.write_string(r as u32, 7, t).unwrap(); }
                _ => {}
            }
        }
        let filled = book.save_to_buffer().unwrap();
        let (s, to, page) = upload_page(&app, &cookie, "template.xlsx", &filled).await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{page}");
        assert!(to.unwrap().starts_with("/entry?"));
        assert_eq!(app.count("measurements").await, before + 5);
        assert_eq!(value_of(&app, "KPI-D9").await, "950");
        assert_eq!(value_of(&app, "KPI-D11").await, "85.25");
        assert_eq!(value_of(&app, "KPI-T1.3").await, "94.4");
    }
}

both_backends! {
    async fn templates_are_refused_to_reviewers_to_other_units_and_for_unknown_units_or_years(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let q = "plan=SP2028-2031&year=2029";
        for ext in ["csv", "xlsx"] {
            let (s, _, _) = download(&app, None, &format!("/entry/template.{ext}?{q}")).await;
            assert_eq!(s, StatusCode::SEE_OTHER, "anonymous visitors log in first");
        }
        let reviewer = login(&app, "reviewer@test.org").await;
        let br = login(&app, "planner.br@test.org").await;
        let admin = login(&app, "admin@test.org").await;
        for ext in ["csv", "xlsx"] {
            let (s, _, _) = download(&app, Some(&reviewer), &format!("/entry/template.{ext}?{q}")).await;
            assert_eq!(s, StatusCode::FORBIDDEN, "reviewers enter nothing");
            let (s, _, _) = download(&app, Some(&br), &format!("/entry/template.{ext}?{q}&unit=BDT")).await;
            assert_eq!(s, StatusCode::FORBIDDEN, "a planner gets only their own unit's template");
            let (s, _, _) = download(&app, Some(&br), &format!("/entry/template.{ext}?{q}&unit=BR")).await;
            assert_eq!(s, StatusCode::OK);
        }
        let (s, _, body) = download(&app, Some(&admin), &format!("/entry/template.csv?{q}&unit=NOPE")).await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        assert!(String::from_utf8(body).unwrap().contains("unit: there is no org unit `NOPE`"));
        let (s, _, body) = download(&app, Some(&admin), "/entry/template.csv?plan=SP2028-2031&year=2035").await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        assert!(String::from_utf8(body).unwrap().contains("year: 2035 is outside plan SP2028-2031"));
        // A reviewer cannot upload a workbook either, through the API or the page.
        let book = workbook("Values", &[vec![T("indicator_code"), T("year"), T("value")], vec![T("KPI-D2"), N(2029.0), N(1.0)]]);
        let (s, _) = import(&app, &app.tokens.reviewer.clone(), "plan=SP2028-2031", book.clone()).await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let (s, _) = import(&app, &app.tokens.planner_br.clone(), "plan=SP2028-2031", book).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "a BR planner may not import a BDT indicator");
    }
}

/// Runs the built binary on the SQLite database `db`.
fn cli(db: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_stratrack"))
        .args(args)
        .env("DATABASE_URL", db)
        .env("RUST_LOG", "error")
        .output()
        .expect("the binary runs")
}

#[test]
fn a_cli_import_of_a_workbook_names_the_bad_cell_and_then_imports_the_good_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("cli.db").display());
    let seeded = cli(&db, &["seed"]);
    assert!(seeded.status.success(), "{}", String::from_utf8_lossy(&seeded.stderr));
    let header = vec![T("indicator_code"), T("year"), T("value")];
    let bad = dir.path().join("bad.xlsx");
    std::fs::write(
        &bad,
        workbook(
            "Values",
            &[
                header.clone(),
                vec![T("KPI-R1"), N(2029.0), N(131.0)],
                vec![T("KPI-R3"), N(2029.0), T("N/A")],
            ],
        ),
    )
    .unwrap();
    let out = cli(&db, &["import", bad.to_str().unwrap(), "--plan", "SP2028-2031"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "a bad cell fails the command");
    assert!(
        stdout.contains("sheet Values, row 3, column C (value): `N/A` is not a number"),
        "{stdout}"
    );
    let good = dir.path().join("good.xlsx");
    std::fs::write(
        &good,
        workbook("Values", &[header, vec![T("KPI-R1"), N(2029.0), N(131.0)]]),
    )
    .unwrap();
    let out = cli(&db, &["import", good.to_str().unwrap(), "--plan", "SP2028-2031"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Imported 1 measurements"));
}
