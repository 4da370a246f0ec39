//! The framework as a workbook: downloaded and uploaded unchanged it changes nothing; bad cells are all
//! named by sheet, row and column with nothing stored; a revised target waits for its decision; the zip
//! holds the seed's files in the seed's format.

use crate::both_backends;
use crate::conditional::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use crate::xlsx_sheets::{set, sheets, write};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::Value;
use std::io::Read;

const PLAN: &str = "/api/v1/plans/SP2028-2031";
const INDICATORS: &str = "/api/v1/plans/SP2028-2031/indicators";

/// `GET path` as `token`: status and body bytes.
async fn download(app: &TestApp, token: &str, path: &str) -> (StatusCode, Vec<u8>) {
    let req = Request::get(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    app.send(req).await
}

/// Uploads `file` as the admin (multipart, with the decision `fields`): status and answer.
async fn upload(app: &TestApp, file: &[u8], confirm: bool, fields: &[(&str, &str)]) -> (StatusCode, Value) {
    let boundary = "----framework-boundary";
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").as_bytes(),
        );
    }
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let req = Request::post(format!("{PLAN}/framework?confirm={confirm}"))
        .header(header::AUTHORIZATION, format!("Bearer {}", app.tokens.admin))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    let (s, b) = app.send(req).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

const DECISION: [(&str, &str); 5] = [
    ("decided_on", "2029-05-12"),
    ("deciding_body", "Council"),
    ("reference", "Council Decision 620"),
    ("reason_category", "methodology"),
    ("justification", "The survey method changed."),
];

/// Every indicator's and milestone's version, as stored.
async fn versions(app: &TestApp) -> Vec<(i32, i32)> {
    use sea_orm::EntityTrait;
    use stratrack::entities::{indicator_milestones, indicators};
    let mut out: Vec<(i32, i32)> = indicators::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|i| (i.id, i.version))
        .collect();
    out.extend(
        indicator_milestones::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .iter()
            .map(|m| (-m.id, m.version)),
    );
    out.sort();
    out
}

both_backends! {
    async fn the_seed_framework_downloaded_and_uploaded_unchanged_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, book) = download(&app, &app.tokens.reviewer.clone(), &format!("{PLAN}/framework.xlsx")).await;
        assert_eq!(s, StatusCode::OK);
        let (names, sh) = sheets(&book);
        assert_eq!(names, ["result_nodes", "contribution_links", "dimensions", "indicators", "milestones", "mandates",
            "mandate_links", "budget_allocations", "risks"]);
        assert_eq!(sh["indicators"].len(), 1 + 53, "every SP 2028-2031 indicator");
        let before = versions(&app).await;
        for confirm in [false, true] {
            let (s, a) = upload(&app, &book, confirm, &[]).await;
            assert_eq!(s, StatusCode::OK, "{a}");
            assert_eq!((a["applied"].as_bool(), a["changes"].as_array().map(Vec::len)), (Some(false), Some(0)), "{a}");
        }
        // Written again by another program (every cell text), it is still the same framework.
        let (s, a) = upload(&app, &write(&names, &sh), true, &[]).await;
        assert_eq!((s, a["changes"].as_array().map(Vec::len)), (StatusCode::OK, Some(0)), "{a}");
        assert_eq!(versions(&app).await, before, "no version moved");
        assert_eq!(app.count("audit_log").await, 0);
        assert_eq!(app.count("framework_revisions").await, 0);
    }
}

both_backends! {
    async fn a_workbook_with_three_bad_cells_stores_nothing_and_names_each_by_sheet_row_and_column(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, book) = download(&app, &app.tokens.admin.clone(), &format!("{PLAN}/framework.xlsx")).await;
        let (names, mut sh) = sheets(&book);
        let good = set(&mut sh, "indicators", &[("code", "KPI-R2")], "name", "A renamed indicator");
        let key_row = set(&mut sh, "indicators", &[("code", "KPI-R3")], "is_key", "maybe");
        let agg_row = set(&mut sh, "indicators", &[("code", "KPI-S1")], "aggregation", "median");
        let ms_row = set(&mut sh, "milestones", &[("indicator_code", "KPI-R1"), ("year", "2029")], "value", "abc");
        assert!(good > 1);
        let (s, p) = upload(&app, &write(&names, &sh), true, &[]).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let mut got = fields(&p);
        got.sort();
        let mut want = vec![
            format!("sheet indicators, row {key_row}, column P (is_key)"),
            format!("sheet indicators, row {agg_row}, column H (aggregation)"),
            format!("sheet milestones, row {ms_row}, column D (value)"),
        ];
        want.sort();
        assert_eq!(got, want, "{p}");
        let (_, r2) = app.get_json(&format!("{INDICATORS}/KPI-R2")).await;
        assert_ne!(r2["name"], "A renamed indicator", "nothing is stored");
        assert_eq!(app.count("audit_log").await, 0);
    }
}

both_backends! {
    async fn a_changed_target_of_an_indicator_with_values_is_listed_as_a_revision_and_stored_only_with_its_decision(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, book) = download(&app, &app.tokens.admin.clone(), &format!("{PLAN}/framework.xlsx")).await;
        let (names, mut sh) = sheets(&book);
        let row = set(&mut sh, "indicators", &[("code", "KPI-T1.1")], "target_value", "95");
        let file = write(&names, &sh);
        let (s, a) = upload(&app, &file, false, &[]).await;
        assert_eq!(s, StatusCode::OK, "{a}");
        assert_eq!(a["needs_decision"], true);
        let changes = a["changes"].as_array().unwrap();
        assert_eq!(changes.len(), 1, "{a}");
        let c = &changes[0];
        assert_eq!((c["sheet"].as_str(), c["row"].as_u64(), c["key"].as_str(), c["field"].as_str()),
            (Some("indicators"), Some(row as u64), Some("KPI-T1.1"), Some("target_value")));
        assert_eq!((c["before"].as_str(), c["after"].as_str(), c["revision"].as_bool()), (Some("100"), Some("95"), Some(true)));
        let (s, p) = upload(&app, &file, true, &[]).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["revision".to_owned()]), "{p}");
        let (_, i) = app.get_json(&format!("{INDICATORS}/KPI-T1.1")).await;
        assert_eq!(i["target_value"], "100", "nothing is stored before the decision");
        assert_eq!((app.count("audit_log").await, app.count("framework_revisions").await), (0, 0));

        let (s, a) = upload(&app, &file, true, &DECISION).await;
        assert_eq!(s, StatusCode::OK, "{a}");
        assert_eq!(a["applied"], true);
        let (_, i) = app.get_json(&format!("{INDICATORS}/KPI-T1.1")).await;
        assert_eq!(i["target_value"], "95");
        assert_eq!(app.count("framework_revisions").await, 1);
        assert_eq!(audit_rows(&app, "framework_revision", "create").await, 1);
        assert_eq!(audit_rows(&app, "indicator", "update").await, 1);
        let (_, revs) = app.get_json(&format!("{PLAN}/revisions?indicator=KPI-T1.1")).await;
        let r = &revs["items"][0];
        assert_eq!((r["field"].as_str(), r["value_as_adopted"].as_str(), r["value_as_revised"].as_str(), r["reference"].as_str()),
            (Some("target_value"), Some("100"), Some("95"), Some("Council Decision 620")));
    }
}

/// The rows of a seed file whose `plan_code` is SP2028-2031 (every row when it has no such column).
fn seed_rows(name: &str) -> (String, Vec<String>) {
    let path = format!("{}/../seed-data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap().to_owned();
    let plan_first = header.starts_with("plan_code,");
    let rows = lines
        .filter(|l| !plan_first || l.starts_with("SP2028-2031,"))
        .map(str::to_owned)
        .collect();
    (header, rows)
}

both_backends! {
    async fn the_zip_holds_the_seed_files_of_the_plan_in_the_seed_format(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, bytes) = download(&app, &app.tokens.planner_bdt.clone(), &format!("{PLAN}/framework.zip")).await;
        assert_eq!(s, StatusCode::OK);
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
        assert_eq!(names.len(), 9, "{names:?}");
        for name in names {
            let mut text = String::new();
            zip.by_name(&name).unwrap().read_to_string(&mut text).unwrap();
            assert!(!text.contains('\r'), "{name}: LF line ends");
            let (header, rows) = seed_rows(&name);
            let mut lines = text.lines();
            assert_eq!(lines.next(), Some(header.as_str()), "{name}: the seed's header");
            let got: Vec<&str> = lines.collect();
            // The framework files are byte for byte the seed's rows of the plan; the others hold the
            // same rows in the order they are stored.
            if ["result_nodes.csv", "indicators.csv", "milestones.csv", "contribution_links.csv", "dimensions.csv", "mandates.csv"].contains(&name.as_str()) {
                assert_eq!(got, rows, "{name}");
            } else {
                // A risk's linked nodes are a set: the seed's order within the cell is not kept.
                let canon = |lines: Vec<&str>| {
                    let mut out: Vec<Vec<String>> = lines
                        .iter()
                        .map(|l| {
                            let rec = csv::ReaderBuilder::new().has_headers(false).from_reader(l.as_bytes()).records().next().unwrap().unwrap();
                            rec.iter()
                                .map(|c| {
                                    let mut parts: Vec<&str> = c.split(';').collect();
                                    parts.sort();
                                    parts.join(";")
                                })
                                .collect()
                        })
                        .collect();
                    out.sort();
                    out
                };
                assert_eq!(canon(got.clone()), canon(rows.iter().map(String::as_str).collect()), "{name}");
            }
        }
    }
}

/// Posts the workbook page's form as a browser does: status, `Location` and the page.
async fn upload_page(app: &TestApp, cookie: &str, file: &[u8], extra: &[(&str, &str)]) -> crate::pages::Answer {
    let page = crate::pages::get(app, Some(cookie), "/framework/workbook?plan=SP2028-2031").await;
    let csrf = crate::pages::csrf_of(&page.body);
    let boundary = "----framework-page";
    let mut body = Vec::new();
    for (k, v) in [("csrf", csrf.as_str()), ("plan", "SP2028-2031")].iter().chain(extra) {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").as_bytes(),
        );
    }
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let req = Request::post("/framework/workbook")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap();
    crate::pages::send(app, req).await.0
}

both_backends! {
    async fn the_workbook_page_lists_the_planned_revision_and_applies_it_with_the_decision_for_the_admin_only(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, book) = download(&app, &app.tokens.admin.clone(), &format!("{PLAN}/framework.xlsx")).await;
        let (names, mut sh) = sheets(&book);
        set(&mut sh, "indicators", &[("code", "KPI-T1.1")], "target_value", "95");
        let file = write(&names, &sh);
        for (_, email) in &crate::pages::ROLES[..3] {
            let cookie = crate::pages::login(&app, email).await;
            let page = crate::pages::get(&app, Some(&cookie), "/framework/workbook?plan=SP2028-2031").await;
            assert!(page.body.contains("/framework/workbook.xlsx") && !page.body.contains("type=\"file\""), "{email}");
            let (s, _) = app.send(Request::get("/framework/workbook.zip?plan=SP2028-2031").header(header::COOKIE, &cookie).body(Body::empty()).unwrap()).await;
            assert_eq!(s, StatusCode::OK, "{email} downloads");
            let a = upload_page(&app, &cookie, &file, &[]).await;
            assert_eq!(a.status, StatusCode::FORBIDDEN, "{email} uploads");
        }
        let cookie = crate::pages::login(&app, "admin@test.org").await;
        let a = upload_page(&app, &cookie, &file, &[]).await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.body);
        assert!(a.body.contains("Planned changes: 1") && a.body.contains("<strong>revision</strong>") && a.body.contains("name=\"justification\""), "{}", a.body);
        assert_eq!(app.count("audit_log").await, 0, "a dry run stores nothing");
        let mut confirm = vec![("confirm", "true")];
        confirm.extend(DECISION);
        let a = upload_page(&app, &cookie, &file, &confirm).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert!(a.done().is_some_and(|m| m.contains("Applied 1 change")), "{:?}", a.done());
        let (_, i) = app.get_json(&format!("{INDICATORS}/KPI-T1.1")).await;
        assert_eq!(i["target_value"], "95");
        assert_eq!(app.count("framework_revisions").await, 1);
    }
}
