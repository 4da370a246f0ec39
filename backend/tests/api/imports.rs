//! Bulk import and export of measurements: a good file, bad rows (nothing stored, every bad row
//! reported), BOM and semicolons, decimal commas, access and locks, and the export/import round trip.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::measurements::audits;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{Value, json};

/// POSTs `csv` to the import route as `token` with `query` (e.g. `plan=SP2028-2031`).
pub async fn import(app: &TestApp, token: &str, query: &str, csv: impl Into<Vec<u8>>) -> (StatusCode, Value) {
    import_in(app, token, query, csv, None).await
}

/// [`import`] asking for the answer in `accept` (an `Accept-Language`), when given.
pub async fn import_in(
    app: &TestApp,
    token: &str,
    query: &str,
    csv: impl Into<Vec<u8>>,
    accept: Option<&str>,
) -> (StatusCode, Value) {
    let mut req = Request::post(format!("/api/v1/imports/measurements?{query}"))
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "text/csv");
    if let Some(a) = accept {
        req = req.header("accept-language", a);
    }
    let req = req.body(Body::from(csv.into())).unwrap();
    let (s, b) = app.send(req).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

/// GETs the export as `token`.
pub async fn export(app: &TestApp, token: &str, query: &str) -> (StatusCode, String) {
    let req = Request::get(format!("/api/v1/exports/measurements?{query}"))
        .header("authorization", format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    let (s, b) = app.send(req).await;
    (s, String::from_utf8(b).unwrap())
}

fn errors(p: &Value) -> Vec<(String, String)> {
    p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().to_owned(),
                e["reason"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

const GOOD: &str =
    "plan_code,indicator_code,year,quarter,disaggregation,value,numerator,denominator,quality,narrative,evidence_url
SP2028-2031,KPI-D2,2029,,,14,,,final,\"Programmes, per region\",https://www.itu.int/
SP2028-2031,KPI-D3,2029,,region=africa;sex=female,7,,,estimated,,
SP2028-2031,KPI-T2.2,2029,,,,66,88,provisional,computed ratio,
SP2028-2031,KPI-D2,2030,2,,3,,,,,
";

both_backends! {
    async fn a_good_file_becomes_drafts_entered_by_the_importing_user(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (before, links) = (app.count("measurements").await, app.count("measurement_dimensions").await);
        let (s, r) = import(&app, &t.planner_bdt, "", GOOD).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!((r["imported"].as_u64(), r["state"].as_str()), (Some(4), Some("draft")));
        assert_eq!(app.count("measurements").await, before + 4);
        assert_eq!(app.count("measurement_dimensions").await, links + 2);
        let (_, l) = app.get_json("/api/v1/measurements?indicator=KPI-T2.2&year=2029").await;
        let m = &l["items"][0];
        assert_eq!((m["value"].as_str(), m["state"].as_str(), m["entered_by"].as_str()), (Some("0.75"), Some("draft"), Some("planner.bdt@test.org")));
        assert_eq!(audits(&app, "import").await, 1, "the import is audited");
        let (s, r) = import(&app, &t.admin, "plan=SP2028-2031&submit=true", "indicator_code,year,value\nKPI-X1,2029,3\n").await;
        assert_eq!((s, r["state"].as_str()), (StatusCode::CREATED, Some("submitted")), "{r}");
    }
}

both_backends! {
    async fn a_file_with_three_bad_rows_stores_nothing_and_reports_exactly_those_rows(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let before = app.count("measurements").await;
        let csv = "plan_code,indicator_code,year,value,quality
SP2028-2031,KPI-D2,2029,14,final
SP2028-2031,KPI-D5,2029,N/A,final
SP2028-2031,KPI-D9,2029,4,final
SP2028-2031,KPI-D7,2029,101,final
SP2028-2031,KPI-D12,2035,5,final
SP2028-2031,KPI-D11,2029,50,final
";
        let (s, p) = import(&app, &app.tokens.admin.clone(), "", csv).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let e = errors(&p);
        assert_eq!(e.len(), 3, "{e:?}");
        assert_eq!(e[0].0, "line 3, column value");
        assert!(e[0].1.contains("`N/A` is not a number"), "{e:?}");
        assert_eq!(e[1].0, "line 5, column value");
        assert!(e[1].1.contains("outside 0..100"), "{e:?}");
        assert_eq!(e[2].0, "line 6, column year");
        assert!(e[2].1.contains("outside plan SP2028-2031"), "{e:?}");
        assert_eq!(app.count("measurements").await, before, "all or nothing");
        assert_eq!(audits(&app, "import").await, 0);
    }
}

both_backends! {
    async fn a_semicolon_file_with_a_bom_and_dimension_columns_is_read(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let mut csv = b"\xEF\xBB\xBF".to_vec();
        csv.extend_from_slice("indicator_code;year;sex;region;value;narrative\r\nKPI-D3;2029;female;africa;7;Femmes, Afrique\r\nKPI-D3;2029;male;;9;\r\n".as_bytes());
        let (s, r) = import(&app, &app.tokens.planner_bdt.clone(), "plan=SP2028-2031", csv).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        let (_, l) = app.get_json("/api/v1/measurements?indicator=KPI-D3&year=2029&sort=value").await;
        let got: Vec<(&str, &str, &str)> = l["items"].as_array().unwrap().iter()
            .map(|i| (i["disaggregation"].as_str().unwrap(), i["value"].as_str().unwrap(), i["narrative"].as_str().unwrap())).collect();
        assert_eq!(got, [("region=africa;sex=female", "7", "Femmes, Afrique"), ("sex=male", "9", "")]);
        let (s, p) = import(&app, &app.tokens.planner_bdt.clone(), "plan=SP2028-2031", "indicator_code;year;sex;value\nKPI-D3;2030;other;1\nKPI-D2;2030;female;1\n").await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        let e = errors(&p);
        assert_eq!((e[0].0.as_str(), e[1].0.as_str()), ("line 2, column sex", "line 3, column sex"), "{e:?}");
    }
}

both_backends! {
    async fn a_decimal_comma_is_refused_with_a_message_that_says_so(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, p) = import(&app, &app.tokens.admin.clone(), "plan=SP2028-2031", "indicator_code;year;value\nKPI-D7;2029;12,5\n").await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let e = errors(&p);
        assert_eq!(e[0].0, "line 2, column value");
        assert!(e[0].1.contains("decimal commas are not accepted, nor are thousands separators: write 12.5"), "{e:?}");
    }
}

both_backends! {
    async fn an_import_obeys_the_same_access_lock_and_slot_rules_as_an_entry(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (s, _) = import(&app, &t.reviewer, "", GOOD).await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let (s, p) = import(&app, &t.planner_br, "", GOOD).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(errors(&p).len(), 4, "every BDT row is refused to a BR planner: {p}");
        assert!(errors(&p)[0].1.contains("only their own unit"), "{p}");
        app.call("POST", "/api/v1/plans/SP2028-2031/periods/2030/lock", Some(&t.admin), Some(json!({"note": "closed"}))).await;
        let csv = "indicator_code,year,value\nKPI-T1.3,2028,81\nKPI-D2,2030,1\nKPI-D2,2031,1\nKPI-D2,2031,2\nKPI-D2,2029,1,extra\n";
        let (s, p) = import(&app, &t.admin, "plan=SP2028-2031", csv).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        let e = errors(&p);
        assert_eq!(e.len(), 4, "{e:?}");
        assert!(e[0].0 == "line 2, column indicator_code" && e[0].1.contains("/revise"), "a filled slot: {e:?}");
        assert!(e[1].0 == "line 3, column year" && e[1].1.contains("was locked on"), "a locked year: {e:?}");
        assert!(e[2].0 == "line 5, column indicator_code" && e[2].1.contains("also on line 4"), "a slot twice: {e:?}");
        assert!(e[3].0 == "line 6" && e[3].1.contains("the header has 3"), "a ragged row: {e:?}");
        let (s, p) = import(&app, &t.admin, "", "indicator_code,year,value,colour\nKPI-D2,2029,1,red\n").await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        let fields: Vec<String> = errors(&p).into_iter().map(|e| e.0).collect();
        assert_eq!(fields, ["line 1, column colour", "line 1, column plan_code"], "header problems: {p}");
    }
}

both_backends! {
    async fn a_multipart_upload_is_imported(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let body = format!("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.csv\"\r\nContent-Type: text/csv\r\n\r\n{GOOD}\r\n--XyZ--\r\n");
        let req = Request::post("/api/v1/imports/measurements")
            .header("authorization", format!("Bearer {}", app.tokens.admin))
            .header("content-type", "multipart/form-data; boundary=XyZ")
            .body(Body::from(body))
            .unwrap();
        let (s, b) = app.send(req).await;
        assert_eq!(s, StatusCode::CREATED, "{}", String::from_utf8_lossy(&b));
    }
}

both_backends! {
    async fn an_export_imports_back_into_a_fresh_database_unchanged(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, r) = import(&app, &admin, "submit=true", GOOD).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        let tricky = "plan_code,indicator_code,year,narrative,value\nSP2028-2031,KPI-EN4,2029,\"Quotes \"\"here\"\", commas, and\na new line\",12345678901.1234\n";
        let (s, r) = import(&app, &admin, "submit=true", tricky).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        let (s, csv) = export(&app, &admin, "plan=SP2028-2031&state=current").await;
        assert_eq!(s, StatusCode::OK);
        assert!(csv.starts_with("plan_code,indicator_code,year,quarter,disaggregation,value,numerator,denominator,quality,narrative,evidence_url\n"));
        let rows = csv::Reader::from_reader(csv.as_bytes()).records().count();
        assert!(rows > 100, "{rows} rows");
        let (_, approved) = export(&app, &app.tokens.reviewer.clone(), "plan=SP2028-2031").await;
        assert!(csv::Reader::from_reader(approved.as_bytes()).records().count() < rows, "reviewers get approved values");
        let (s, _) = export(&app, &app.tokens.reviewer.clone(), "state=draft").await;
        assert_eq!(s, StatusCode::FORBIDDEN);

        let Some(fresh) = TestApp::seeded(backend).await else { return };
        use sea_orm::ConnectionTrait;
        fresh.db.execute_unprepared("DELETE FROM measurement_dimensions").await.unwrap();
        fresh.db.execute_unprepared("DELETE FROM measurements").await.unwrap();
        let (s, r) = import(&fresh, &fresh.tokens.admin.clone(), "", csv.clone()).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!(r["imported"].as_u64(), Some(rows as u64));
        let (_, again) = export(&fresh, &fresh.tokens.admin.clone(), "plan=SP2028-2031&state=draft").await;
        assert_eq!(again, csv, "the same values, byte for byte");
    }
}

/// Adds `n` copies of KPI-R1 (a BR count, no target needed) as `IMP-{i}`, each with 20 free slots (4
/// years, annual and Q1-Q4), straight into the database; returns their codes.
async fn copies_of_kpi_r1(app: &TestApp, n: usize) -> Vec<String> {
    use sea_orm::{ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
    use stratrack::entities::indicators;
    let plan = stratrack::entities::plans::Entity::find()
        .filter(stratrack::entities::plans::Column::Code.eq("SP2028-2031"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("seeded plan");
    let template = indicators::Entity::find()
        .filter(indicators::Column::Code.eq("KPI-R1"))
        .filter(indicators::Column::PlanId.eq(plan.id))
        .one(&app.db)
        .await
        .unwrap()
        .expect("seeded KPI-R1");
    let codes: Vec<String> = (0..n).map(|i| format!("IMP-{i}")).collect();
    for chunk in codes.chunks(200) {
        indicators::Entity::insert_many(chunk.iter().map(|c| {
            let mut am: indicators::ActiveModel = template.clone().into();
            am.id = NotSet;
            am.code = Set(c.clone());
            am.predecessor_id = Set(None);
            am
        }))
        .exec_without_returning(&app.db)
        .await
        .unwrap();
    }
    codes
}

both_backends! {
    async fn a_file_of_more_rows_than_one_insert_takes_is_stored_whole_or_not_at_all(backend: Backend) {
        // The import inserts a batch while it checks the next, so a bad row in a later batch comes after
        // earlier batches were sent: the file must still store nothing, and a good one every row.
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let per_batch = stratrack::models::measurements::store::batch_rows(app.db.get_database_backend());
        let rows = per_batch + 300;
        let codes = copies_of_kpi_r1(&app, rows.div_ceil(20)).await;
        let line = |i: usize| {
            let (year, slot) = (2028 + (i % 20) / 5, i % 5);
            let quarter = if slot == 0 { String::new() } else { slot.to_string() };
            format!("SP2028-2031,{},{year},{quarter},{},final,row {i}\n", codes[i / 20], i % 997)
        };
        let mut csv = String::from("plan_code,indicator_code,year,quarter,value,quality,narrative\n");
        (0..rows).for_each(|i| csv.push_str(&line(i)));
        let before = app.count("measurements").await;

        let bad_at = per_batch + 250; // a row of the last batch, after the first batch went in
        let bad = csv.replacen(&format!(",final,row {bad_at}\n"), ",perfect,row\n", 1);
        assert_ne!(bad, csv);
        let (s, p) = import(&app, &t.planner_br, "", bad).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let e = errors(&p);
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, format!("line {}, column quality", bad_at + 2), "{e:?}");
        assert_eq!(app.count("measurements").await, before, "all or nothing: the batches sent before the bad row are gone too");
        assert_eq!(audits(&app, "import").await, 0);

        let (s, r) = import(&app, &t.planner_br, "", csv).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!(r["imported"].as_u64(), Some(rows as u64), "{r}");
        assert_eq!(app.count("measurements").await, before + rows as i64);
        let ids = r["ids"].as_str().unwrap();
        let (first, last) = ids.split_once('-').expect("one range of new ids");
        assert_eq!(last.parse::<i64>().unwrap() - first.parse::<i64>().unwrap() + 1, rows as i64, "{ids}");
        // A row of the first batch and one of the last, as the file gave them.
        for i in [0, rows - 1] {
            let (year, slot) = (2028 + (i % 20) / 5, i % 5);
            let (_, l) = app.get_json(&format!("/api/v1/measurements?indicator={}&year={year}", codes[i / 20])).await;
            let quarter = if slot == 0 { Value::Null } else { json!(slot) };
            let m = l["items"].as_array().unwrap().iter().find(|m| m["quarter"] == quarter).expect("the row");
            assert_eq!((m["narrative"].as_str(), m["value"].as_str()), (Some(format!("row {i}").as_str()), Some((i % 997).to_string().as_str())), "{l}");
        }
        assert_eq!(audits(&app, "import").await, 1);
    }
}
