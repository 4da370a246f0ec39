//! The framework as a workbook: downloaded and uploaded unchanged it changes nothing; bad cells are all
//! named by sheet, row and column with nothing stored; a revised target waits for its decision; the zip
//! holds the seed's files in the seed's format.

use crate::both_backends;
use crate::conditional::{audit_rows, fields};
use crate::helpers::{Backend, TestApp};
use crate::xlsx_sheets::{Sheets, find, set, sheets, write};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::Value;
use std::io::Read;

const PLAN: &str = "/api/v1/plans/SP2028-2031";
const INDICATORS: &str = "/api/v1/plans/SP2028-2031/indicators";

/// `GET path` as `token`: status and body bytes.
pub(crate) async fn download(app: &TestApp, token: &str, path: &str) -> (StatusCode, Vec<u8>) {
    let req = Request::get(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    app.send(req).await
}

/// Uploads `file` as the admin (multipart, with the decision `fields`): status and answer.
async fn upload(app: &TestApp, file: &[u8], confirm: bool, fields: &[(&str, &str)]) -> (StatusCode, Value) {
    upload_in(app, file, confirm, fields, None).await
}

/// [`upload`] asking for the answer in `accept` (an `Accept-Language`), when given.
pub(crate) async fn upload_in(
    app: &TestApp,
    file: &[u8],
    confirm: bool,
    fields: &[(&str, &str)],
    accept: Option<&str>,
) -> (StatusCode, Value) {
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
    let mut req = Request::post(format!("{PLAN}/framework?confirm={confirm}"))
        .header(header::AUTHORIZATION, format!("Bearer {}", app.tokens.admin))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        );
    if let Some(a) = accept {
        req = req.header(header::ACCEPT_LANGUAGE, a);
    }
    let req = req.body(Body::from(body)).unwrap();
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
            "mandate_links", "budget_allocations", "risks", "translations"]);
        assert_eq!(sh["indicators"].len(), 1 + 53, "every SP 2028-2031 indicator");
        assert_eq!(sh["translations"].len(), 1 + 14 * 5, "the 14 goals and thematic priorities in five languages");
        let before = versions(&app).await;
        for confirm in [false, true] {
            let (s, a) = upload(&app, &book, confirm, &[]).await;
            assert_eq!(s, StatusCode::OK, "{a}");
            assert_eq!((a["applied"].as_bool(), a["changes"].as_array().map(Vec::len)), (Some(false), Some(0)), "{a}");
        }
        // Written again by another program (every cell text), it is still the same framework.
        let (s, a) = upload(&app, &write(&names, &sh), true, &[]).await;
        assert_eq!((s, a["changes"].as_array().map(Vec::len)), (StatusCode::OK, Some(0)), "{a}");
        // A workbook downloaded before the translations sheet existed leaves every translation as it is.
        let older: Vec<String> = names.iter().filter(|n| *n != "translations").cloned().collect();
        let texts = app.count("translations").await;
        let (s, a) = upload(&app, &write(&older, &sh), true, &[]).await;
        assert_eq!((s, a["changes"].as_array().map(Vec::len)), (StatusCode::OK, Some(0)), "{a}");
        assert_eq!(app.count("translations").await, texts);
        assert_eq!(versions(&app).await, before, "no version moved");
        assert_eq!(app.count("audit_log").await, 0);
        assert_eq!(app.count("framework_revisions").await, 0);
    }
}

/// The id and version of every row of the tables the workbook can change, as stored.
async fn all_versions(app: &TestApp) -> Vec<(String, i64, i64)> {
    use sea_orm::ConnectionTrait;
    let mut out = Vec::new();
    for t in [
        "indicators",
        "indicator_milestones",
        "result_nodes",
        "contribution_links",
        "risks",
        "budget_allocations",
    ] {
        let rows = app
            .db
            .query_all_raw(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                format!("SELECT id, version FROM {t} ORDER BY id"),
            ))
            .await
            .unwrap();
        for r in rows {
            out.push((
                t.to_owned(),
                r.try_get::<i32>("", "id").unwrap().into(),
                r.try_get::<i32>("", "version").unwrap().into(),
            ));
        }
    }
    out
}

/// Adds to the seed, through the API, what an office adds in use: a node, its contribution link, a risk
/// with every field and unsorted linked nodes, an allocation, a mandate link and an indicator with its
/// reference sheet and milestones.
async fn grow(app: &TestApp) {
    use serde_json::json;
    let admin = app.tokens.admin.clone();
    let plan = PLAN;
    let ok = |s: StatusCode, v: &Value, what: &str| assert!(s.is_success(), "{what}: {s} {v}");
    let (s, v) = app.call("POST", &format!("{plan}/nodes"), Some(&admin), Some(json!({"code": "TP-R1.O1.P9", "level": "output",
        "name": "Satellite filing helpdesk", "parent": "TP-R1.O1", "owner_unit": "BR", "output_kind": "service", "sort_order": 9,
        "description": "Answers filing questions\nwithin two days."}))).await;
    ok(s, &v, "node");
    let (s, v) = app
        .call(
            "POST",
            &format!("{plan}/contributions"),
            Some(&admin),
            Some(json!({"from": "TP-R1.O1.P9", "to": "G1"})),
        )
        .await;
    ok(s, &v, "contribution");
    let (s, v) = app.call("POST", &format!("{plan}/risks"), Some(&admin), Some(json!({"code": "RSK-12", "title": "Standards adoption lags",
        "description": "Members adopt new Recommendations slowly.\r\nSecond line.", "category": "strategic", "likelihood": 2, "impact": 4,
        "mitigation": "Outreach; workshops\r\n", "owner": "TSB", "reviewed_on": "2029-03-01", "nodes": ["TP-T2", "G2", "TP-R1.O1.P9"]}))).await;
    ok(s, &v, "risk");
    let alloc = format!("{plan}/finance/allocations");
    let (_, a) = app
        .get_json(&format!("{alloc}?year=2028&unit=BR&node=TP-R1.O1.P1"))
        .await;
    let (s, v) = app
        .call(
            "PATCH",
            &format!("{alloc}/{}", a["items"][0]["id"]),
            Some(&admin),
            Some(json!({"version": a["items"][0]["version"], "amount": "8489.75"})),
        )
        .await;
    ok(s, &v, "allocation lowered");
    let (s, v) = app
        .call(
            "POST",
            &alloc,
            Some(&admin),
            Some(json!({"year": 2028, "unit": "BR", "node": "TP-R1.O1.P9", "amount": "0.25"})),
        )
        .await;
    ok(s, &v, "allocation");
    let (s, v) = app
        .call(
            "POST",
            &format!("{INDICATORS}/KPI-R3/mandates"),
            Some(&admin),
            Some(json!({"vocabulary": "resolution", "code": "71"})),
        )
        .await;
    ok(s, &v, "mandate link");
    let (s, v) = app.call("POST", INDICATORS, Some(&admin), Some(json!({
        "code": "KPI-R10", "node": "TP-R1.O1.P9", "name": "Filing questions answered within two days",
        "unit": "percent", "direction": "increase", "baseline_value": "71.5", "baseline_year": 2026,
        "target_value": 90, "target_year": 2031, "is_key": true, "sdg_tags": ["9.1"], "wsis_tags": ["C2"],
        "dimensions": ["region"], "milestones": [{"year": 2028, "value": "75"}, {"year": 2029, "value": 80.5}],
        "reference_sheet": {"rationale": "Quick answers keep filings correct.", "method": "Share of questions answered."}
    }))).await;
    ok(s, &v, "indicator");
}

both_backends! {
    async fn a_framework_grown_through_the_api_downloaded_and_uploaded_unchanged_changes_nothing(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        grow(&app).await;
        let (s, book) = download(&app, &app.tokens.admin.clone(), &format!("{PLAN}/framework.xlsx")).await;
        assert_eq!(s, StatusCode::OK);
        let (names, sh) = sheets(&book);
        assert_eq!(sh["risks"].len(), 1 + 12);
        let (before, audit) = (all_versions(&app).await, app.count("audit_log").await);
        for (file, confirm) in [(book.clone(), false), (book.clone(), true), (write(&names, &sh), true)] {
            let (s, a) = upload(&app, &file, confirm, &[]).await;
            assert_eq!(s, StatusCode::OK, "{a}");
            assert_eq!((a["applied"].as_bool(), a["changes"].as_array().map(Vec::len)), (Some(false), Some(0)), "{a}");
        }
        assert_eq!(all_versions(&app).await, before, "no version moved");
        assert_eq!(app.count("audit_log").await, audit, "no audit row");
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
    // The translations name their record by key (`node,SP2028-2031/G1,…`).
    let keyed = header.starts_with("kind,key,");
    let rows = lines
        .filter(|l| !plan_first || l.starts_with("SP2028-2031,"))
        .filter(|l| {
            !keyed
                || l.split(',')
                    .nth(1)
                    .is_some_and(|k| k == "SP2028-2031" || k.starts_with("SP2028-2031/"))
        })
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
        assert_eq!(names.len(), 10, "{names:?}");
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
pub(crate) async fn upload_page(
    app: &TestApp,
    cookie: &str,
    file: &[u8],
    extra: &[(&str, &str)],
) -> crate::pages::Answer {
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

/// Appends a row to `sheet` with the named cells (the others empty); its sheet row number.
fn add(sheets: &mut Sheets, sheet: &str, cells: &[(&str, &str)]) -> usize {
    let rows = sheets.get_mut(sheet).unwrap();
    let mut row = vec![String::new(); rows[0].len()];
    for (k, v) in cells {
        let c = rows[0].iter().position(|h| h == k).unwrap();
        row[c] = (*v).to_owned();
    }
    rows.push(row);
    rows.len()
}

/// Removes the row of `sheet` whose columns match `key`.
fn remove(sheets: &mut Sheets, sheet: &str, key: &[(&str, &str)]) {
    let (r, _) = find(sheets, sheet, key, key[0].0);
    sheets.get_mut(sheet).unwrap().remove(r);
}

/// The changes of an answer as `(sheet, key, field, after)`.
fn listed(a: &Value) -> Vec<(String, String, String, String)> {
    a["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap_or_default().to_owned();
            (s("sheet"), s("key"), s("field"), s("after"))
        })
        .collect()
}

/// Downloads the workbook as the admin: sheet names and sheets.
async fn fetch(app: &TestApp) -> (Vec<String>, Sheets) {
    let (s, book) = download(app, &app.tokens.admin.clone(), &format!("{PLAN}/framework.xlsx")).await;
    assert_eq!(s, StatusCode::OK);
    sheets(&book)
}

/// Dry run then confirmation of `file`: the dry run's answer; asserts both succeed, the dry run stores
/// nothing and the confirmation applies.
async fn check_then_apply(app: &TestApp, file: &[u8]) -> Value {
    let audit = app.count("audit_log").await;
    let (s, dry) = upload(app, file, false, &[]).await;
    assert_eq!(s, StatusCode::OK, "{dry}");
    assert_eq!(dry["applied"], false);
    assert_eq!(app.count("audit_log").await, audit, "a dry run stores nothing");
    let (s, a) = upload(app, file, true, &[]).await;
    assert_eq!((s, a["applied"].as_bool()), (StatusCode::OK, Some(true)), "{a}");
    assert_eq!(
        a["changes"], dry["changes"],
        "the confirmation does what the dry run listed"
    );
    dry
}

/// Downloaded again and uploaded unchanged, the workbook changes nothing.
async fn assert_round_trip_is_a_no_op(app: &TestApp) {
    let (names, sh) = fetch(app).await;
    let (before, audit) = (all_versions(app).await, app.count("audit_log").await);
    let (s, a) = upload(app, &write(&names, &sh), true, &[]).await;
    assert_eq!(
        (s, a["changes"].as_array().map(Vec::len)),
        (StatusCode::OK, Some(0)),
        "{a}"
    );
    assert_eq!((all_versions(app).await, app.count("audit_log").await), (before, audit));
}

fn row(sheet: &str, key: &str, field: &str, after: &str) -> (String, String, String, String) {
    (sheet.to_owned(), key.to_owned(), field.to_owned(), after.to_owned())
}

both_backends! {
    async fn the_risks_sheet_changes_a_risk_and_its_links_and_adds_a_risk_through_the_risk_register(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (names, mut sh) = fetch(&app).await;
        set(&mut sh, "risks", &[("code", "RSK-02")], "title", "Arrears of assessed contributions");
        set(&mut sh, "risks", &[("code", "RSK-02")], "likelihood", "4");
        set(&mut sh, "risks", &[("code", "RSK-02")], "reviewed_on", "2029-01-31");
        set(&mut sh, "risks", &[("code", "RSK-02")], "linked_node_codes", "EN-1;G1");
        add(&mut sh, "risks", &[("plan_code", "SP2028-2031"), ("code", "RSK-12"), ("title", "Standards adoption lags"),
            ("category", "strategic"), ("likelihood", "2"), ("impact", "4"), ("owner_unit_code", "TSB"),
            ("linked_node_codes", "TP-T2;G2"), ("mitigation", "Outreach")]);
        let dry = check_then_apply(&app, &write(&names, &sh)).await;
        let got = listed(&dry);
        for want in [row("risks", "RSK-02", "title", "Arrears of assessed contributions"), row("risks", "RSK-02", "likelihood", "4"),
            row("risks", "RSK-02", "reviewed_on", "2029-01-31"), row("risks", "RSK-02", "linked_node_codes", "EN-1;G1"),
            row("risks", "RSK-12", "title", "Standards adoption lags")] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        let (_, r) = app.get_json(&format!("{PLAN}/risks/RSK-02")).await;
        assert_eq!((r["title"].as_str(), r["likelihood"].as_i64(), r["reviewed_on"].as_str()),
            (Some("Arrears of assessed contributions"), Some(4), Some("2029-01-31")));
        assert_eq!(r["nodes"], serde_json::json!(["EN-1", "G1"]));
        let (_, r) = app.get_json(&format!("{PLAN}/risks/RSK-12")).await;
        assert_eq!((r["score"].as_i64(), r["status"].as_str(), r["nodes"].clone()), (Some(8), Some("open"), serde_json::json!(["G2", "TP-T2"])));
        assert_eq!(audit_rows(&app, "risk", "update").await, 1);
        assert_eq!((audit_rows(&app, "risk", "link").await, audit_rows(&app, "risk", "unlink").await), (2, 1), "EN-2 → EN-1, G1");
        assert_eq!(audit_rows(&app, "risk", "create").await, 1);
        assert_round_trip_is_a_no_op(&app).await;
    }
}

both_backends! {
    async fn the_allocations_sheet_moves_money_within_a_unit_year_and_refuses_an_overdraft_naming_the_cell(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (names, mut sh) = fetch(&app).await;
        // BR's 2028 budget is allocated in full: the sheet lowers one row by 100, removes another (849)
        // and gives 949 to a new row. Row by row, the new row first, it would overdraw.
        let new = add(&mut sh, "budget_allocations", &[("plan_code", "SP2028-2031"), ("year", "2028"), ("unit_code", "BR"),
            ("node_code", "EN-1"), ("amount", "949")]);
        set(&mut sh, "budget_allocations", &[("year", "2028"), ("unit_code", "BR"), ("node_code", "TP-R1.O1.P1")], "amount", "8390");
        remove(&mut sh, "budget_allocations", &[("year", "2028"), ("unit_code", "BR"), ("node_code", "TP-R1.O3.P2")]);
        assert!(new > 1);
        let dry = check_then_apply(&app, &write(&names, &sh)).await;
        let got = listed(&dry);
        for want in [row("budget_allocations", "2028 BR TP-R1.O1.P1", "amount", "8390"), row("budget_allocations", "2028 BR EN-1", "amount", "949"),
            row("budget_allocations", "2028 BR TP-R1.O3.P2", "amount", "")] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        let (_, a) = app.get_json(&format!("{PLAN}/finance/allocations?year=2028&unit=BR&node=EN-1")).await;
        assert_eq!(a["items"][0]["amount"], "949");
        let (_, a) = app.get_json(&format!("{PLAN}/finance/allocations?year=2028&unit=BR&node=TP-R1.O3.P2")).await;
        assert_eq!(a["total"], 0);
        assert_eq!((audit_rows(&app, "budget_allocation", "create").await, audit_rows(&app, "budget_allocation", "update").await,
            audit_rows(&app, "budget_allocation", "delete").await), (1, 1, 1));
        assert_round_trip_is_a_no_op(&app).await;

        // One franc more than the budget is refused, naming the cell; nothing is stored.
        let (names, mut sh) = fetch(&app).await;
        let line = set(&mut sh, "budget_allocations", &[("year", "2028"), ("unit_code", "BR"), ("node_code", "EN-1")], "amount", "950");
        let audit = app.count("audit_log").await;
        let (s, p) = upload(&app, &write(&names, &sh), true, &[]).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec![format!("sheet budget_allocations, row {line}, column E (amount)")]), "{p}");
        assert_eq!(app.count("audit_log").await, audit);
    }
}

both_backends! {
    async fn the_contribution_links_sheet_reweights_adds_and_removes_links_checking_the_weights_of_each_node_as_a_whole(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (names, mut sh) = fetch(&app).await;
        // TP-R1: G1 0.85 → 0.7, G2 0.15 → 0.2, and a new link to T2.1 of 0.1: each row alone breaks the
        // sum, the three together keep it at 1.
        set(&mut sh, "contribution_links", &[("from_code", "TP-R1"), ("to_code", "G1")], "weight", "0.7");
        set(&mut sh, "contribution_links", &[("from_code", "TP-R1"), ("to_code", "G2")], "weight", "0.2");
        add(&mut sh, "contribution_links", &[("plan_code", "SP2028-2031"), ("from_code", "TP-R1"), ("to_code", "T2.1"), ("weight", "0.1")]);
        // TP-R1.O1: the link to G2 (0.3) goes, T1.2 takes the whole.
        remove(&mut sh, "contribution_links", &[("from_code", "TP-R1.O1"), ("to_code", "G2")]);
        set(&mut sh, "contribution_links", &[("from_code", "TP-R1.O1"), ("to_code", "T1.2")], "weight", "1");
        let dry = check_then_apply(&app, &write(&names, &sh)).await;
        let got = listed(&dry);
        for want in [row("contribution_links", "TP-R1→G1", "weight", "0.7"), row("contribution_links", "TP-R1→T2.1", "weight", "0.1"),
            row("contribution_links", "TP-R1.O1→G2", "weight", ""), row("contribution_links", "TP-R1.O1→T1.2", "weight", "1")] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        let (_, n) = app.get_json(&format!("{PLAN}/nodes/TP-R1")).await;
        let mut w: Vec<(String, String)> = n["contributes_to"].as_array().unwrap().iter()
            .map(|l| (l["to"].as_str().unwrap().to_owned(),
                l["weight"].as_str().unwrap().parse::<rust_decimal::Decimal>().unwrap().normalize().to_string())).collect();
        w.sort();
        assert_eq!(w, [("G1".into(), "0.7".into()), ("G2".into(), "0.2".into()), ("T2.1".into(), "0.1".into())]);
        assert!(audit_rows(&app, "contribution_link", "create").await >= 1);
        assert_round_trip_is_a_no_op(&app).await;

        // Weights that do not sum to 1 are refused, naming the node's links.
        let (names, mut sh) = fetch(&app).await;
        let line = set(&mut sh, "contribution_links", &[("from_code", "TP-R1"), ("to_code", "G1")], "weight", "0.6");
        let (s, p) = upload(&app, &write(&names, &sh), false, &[]).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let first = sh["contribution_links"].iter().position(|r| r[1] == "TP-R1").unwrap() + 1;
        assert_eq!(fields(&p), [format!("sheet contribution_links, row {first}, column D (weight)")], "{p}");
        assert!(p["errors"][0]["reason"].as_str().unwrap().contains("sum to 0.9"), "{p} (row {line})");
    }
}

both_backends! {
    async fn the_result_nodes_sheet_renames_adds_and_retires_nodes_and_refuses_to_retire_one_in_use(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (names, mut sh) = fetch(&app).await;
        set(&mut sh, "result_nodes", &[("code", "TP-R1.O1.P2")], "name", "Space notices published");
        set(&mut sh, "result_nodes", &[("code", "TP-R1.O1.P2")], "sort_order", "7");
        // The child is on the row above its new parent: parents are created first.
        add(&mut sh, "result_nodes", &[("plan_code", "SP2028-2031"), ("code", "TP-R1.O9.P1"), ("level", "output"),
            ("parent_code", "TP-R1.O9"), ("name", "Helpdesk"), ("owner_unit_code", "BR"), ("output_kind", "service")]);
        add(&mut sh, "result_nodes", &[("plan_code", "SP2028-2031"), ("code", "TP-R1.O9"), ("level", "outcome"),
            ("parent_code", "TP-R1"), ("name", "Filers are helped"), ("owner_unit_code", "BR"), ("sort_order", "9")]);
        let dry = check_then_apply(&app, &write(&names, &sh)).await;
        let got = listed(&dry);
        for want in [row("result_nodes", "TP-R1.O1.P2", "name", "Space notices published"), row("result_nodes", "TP-R1.O9", "name", "Filers are helped")] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        let (_, n) = app.get_json(&format!("{PLAN}/nodes/TP-R1.O1.P2")).await;
        assert_eq!((n["name"].as_str(), n["sort_order"].as_i64()), (Some("Space notices published"), Some(7)));
        let (s, n) = app.get_json(&format!("{PLAN}/nodes/TP-R1.O9.P1")).await;
        assert_eq!((s, n["parent"].as_str()), (StatusCode::OK, Some("TP-R1.O9")));
        assert_eq!((audit_rows(&app, "result_node", "update").await, audit_rows(&app, "result_node", "create").await), (1, 2));
        assert_round_trip_is_a_no_op(&app).await;

        // Removing the new nodes retires them; removing a node in use is refused naming what uses it.
        let (names, mut sh) = fetch(&app).await;
        remove(&mut sh, "result_nodes", &[("code", "TP-R1.O9.P1")]);
        remove(&mut sh, "result_nodes", &[("code", "TP-R1.O9")]);
        check_then_apply(&app, &write(&names, &sh)).await;
        assert_eq!(app.get_json(&format!("{PLAN}/nodes/TP-R1.O9")).await.0, StatusCode::NOT_FOUND);
        assert_eq!(audit_rows(&app, "result_node", "delete").await, 2);
        let (names, mut sh) = fetch(&app).await;
        remove(&mut sh, "result_nodes", &[("code", "TP-R1.O1.P2")]);
        let (s, p) = upload(&app, &write(&names, &sh), true, &[]).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["sheet result_nodes".to_owned()]), "{p}");
        let reason = p["errors"][0]["reason"].as_str().unwrap();
        assert!(reason.contains("TP-R1.O1.P2") && reason.contains("budget allocation"), "{reason}");
    }
}

both_backends! {
    async fn the_mandate_links_sheet_adds_and_removes_links_and_the_indicators_sheet_adds_an_indicator_with_its_milestones(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (names, mut sh) = fetch(&app).await;
        add(&mut sh, "mandate_links", &[("plan_code", "SP2028-2031"), ("vocabulary", "resolution"), ("mandate_code", "71"), ("indicator_code", "KPI-R3")]);
        remove(&mut sh, "mandate_links", &[("vocabulary", "resolution"), ("mandate_code", "200"), ("node_code", "T1.1")]);
        add(&mut sh, "indicators", &[("plan_code", "SP2028-2031"), ("code", "KPI-R10"), ("node_code", "TP-R1.O2.P1"),
            ("name", "Terrestrial notices processed within 60 days"), ("unit", "percent"), ("direction", "increase"),
            ("baseline_value", "71.5"), ("baseline_year", "2026"), ("target_value", "90"), ("target_year", "2031"), ("is_key", "true"),
            ("sdg_tags", "9.1"), ("dimensions", "region")]);
        add(&mut sh, "milestones", &[("plan_code", "SP2028-2031"), ("indicator_code", "KPI-R10"), ("year", "2029"), ("value", "80.5")]);
        let dry = check_then_apply(&app, &write(&names, &sh)).await;
        let got = listed(&dry);
        for want in [row("mandate_links", "resolution 71 KPI-R3", "mandate_code", "71"), row("mandate_links", "resolution 200 T1.1", "mandate_code", ""),
            row("indicators", "KPI-R10", "target_value", "90"), row("milestones", "KPI-R10 2029", "value", "80.5")] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        let (_, d) = app.get_json(&format!("{INDICATORS}/KPI-R3")).await;
        assert_eq!(d["mandates"][0]["code"], "71");
        let (s, i) = app.get_json(&format!("{INDICATORS}/KPI-R10")).await;
        assert_eq!((s, i["owner_unit"].as_str(), i["aggregation"].as_str(), i["milestones"][0]["value"].as_str()),
            (StatusCode::OK, Some("BR"), Some("latest"), Some("80.5")), "{i}");
        assert_eq!((audit_rows(&app, "mandate_link", "create").await, audit_rows(&app, "mandate_link", "delete").await), (1, 1));
        assert_eq!(audit_rows(&app, "indicator", "create").await, 1);
        assert_round_trip_is_a_no_op(&app).await;

        // Removing an indicator stays refused, and so does any change of the shared catalogues.
        let (names, mut sh) = fetch(&app).await;
        remove(&mut sh, "indicators", &[("code", "KPI-R10")]);
        let line = set(&mut sh, "mandates", &[("vocabulary", "resolution"), ("code", "71")], "title", "Another title");
        let (s, p) = upload(&app, &write(&names, &sh), false, &[]).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let got = fields(&p);
        assert!(got.contains(&"sheet indicators".to_owned()) && got.contains(&format!("sheet mandates, row {line}")), "{p}");
    }
}

both_backends! {
    async fn a_good_change_on_one_sheet_and_a_bad_cell_on_another_store_nothing_and_name_the_cell(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (names, mut sh) = fetch(&app).await;
        set(&mut sh, "risks", &[("code", "RSK-02")], "title", "A good new title");
        set(&mut sh, "result_nodes", &[("code", "TP-R1.O1.P2")], "name", "A good new name");
        let line = set(&mut sh, "budget_allocations", &[("year", "2028"), ("unit_code", "BR"), ("node_code", "TP-R1.O1.P1")], "amount", "lots");
        let before = all_versions(&app).await;
        let (s, p) = upload(&app, &write(&names, &sh), true, &[]).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec![format!("sheet budget_allocations, row {line}, column E (amount)")]), "{p}");
        assert_eq!(all_versions(&app).await, before, "nothing is stored");
        assert_eq!(app.count("audit_log").await, 0);
        let (_, r) = app.get_json(&format!("{PLAN}/risks/RSK-02")).await;
        assert_ne!(r["title"], "A good new title");
    }
}

both_backends! {
    async fn the_translations_sheet_sets_changes_and_clears_the_plans_text_in_other_languages_and_round_trips(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (names, mut sh) = fetch(&app).await;
        assert!(names.iter().any(|n| n == "translations"), "{names:?}");
        let g1_fr = [("kind", "node"), ("key", "SP2028-2031/G1"), ("lang", "fr")];
        let (r, c) = find(&sh, "translations", &g1_fr, "name");
        assert_eq!(sh["translations"][r][c], "Connectivité universelle", "the seed's text is downloaded");
        set(&mut sh, "translations", &g1_fr, "name", "Connectivité pour tous");
        add(&mut sh, "translations", &[("kind", "indicator"), ("key", "SP2028-2031/KPI-T1.1"), ("lang", "es"),
            ("name", "Uso universal de Internet"), ("definition", "Proporción de la población"), ("provenance", "illustrative")]);
        remove(&mut sh, "translations", &[("kind", "node"), ("key", "SP2028-2031/G2"), ("lang", "ru")]);
        let dry = check_then_apply(&app, &write(&names, &sh)).await;
        let got = listed(&dry);
        for want in [row("translations", "node SP2028-2031/G1 fr", "name", "Connectivité pour tous"),
            row("translations", "indicator SP2028-2031/KPI-T1.1 es", "definition", "Proporción de la población"),
            row("translations", "node SP2028-2031/G2 ru", "name", "")] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        let (_, g1) = app.get_json(&format!("{PLAN}/nodes/G1/translations")).await;
        let fr = g1["items"].as_array().unwrap().iter().find(|i| i["lang"] == "fr").unwrap().clone();
        assert_eq!((fr["name"].as_str(), fr["version"].as_i64()), (Some("Connectivité pour tous"), Some(2)));
        let (_, g2) = app.get_json(&format!("{PLAN}/nodes/G2/translations")).await;
        assert!(g2["items"].as_array().unwrap().iter().all(|i| i["lang"] != "ru"), "{g2}");
        let (_, ind) = app.get_json(&format!("{INDICATORS}/KPI-T1.1/translations")).await;
        assert_eq!(ind["items"][0]["definition"], "Proporción de la población");
        assert_eq!(audit_rows(&app, "translation", "update").await, 1);
        assert_eq!((audit_rows(&app, "translation", "create").await, audit_rows(&app, "translation", "delete").await), (1, 1));
        assert_round_trip_is_a_no_op(&app).await;
    }
}

both_backends! {
    async fn a_bad_translation_row_stores_nothing_and_names_its_cell(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (names, mut sh) = fetch(&app).await;
        let unit = add(&mut sh, "translations", &[("kind", "unit"), ("key", "BR"), ("lang", "fr"), ("name", "Bureau")]);
        let english = add(&mut sh, "translations", &[("kind", "node"), ("key", "SP2028-2031/T1.1"), ("lang", "en"), ("name", "x")]);
        let other = add(&mut sh, "translations", &[("kind", "node"), ("key", "SP2024-2027/G1"), ("lang", "fr"), ("name", "x")]);
        let before = app.count("translations").await;
        let (s, p) = upload(&app, &write(&names, &sh), true, &[]).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let named = fields(&p);
        for want in [format!("sheet translations, row {unit}, column A (kind)"), format!("sheet translations, row {english}, column C (lang)"),
            format!("sheet translations, row {other}, column B (key)")] {
            assert!(named.contains(&want), "{want} in {named:?}");
        }
        assert_eq!(app.count("translations").await, before);
    }
}
