//! Measurements: entering values, every validation failure, who may enter what, reading and listing.
//! The helpers here are shared by the other measurement test files.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::{Value, json};

/// Plan of the seeded framework under test.
pub const PLAN: &str = "SP2028-2031";

/// A body for `indicator` in `year` of [`PLAN`] with `value` (string or number), plus `extra` fields.
pub fn body(indicator: &str, year: i64, value: Value, extra: Value) -> Value {
    let mut b = json!({"plan_code": PLAN, "indicator_code": indicator, "year": year, "value": value});
    if let (Some(b), Some(e)) = (b.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    b
}

/// POSTs a new value as `token`.
pub async fn create(app: &TestApp, token: &str, body: Value) -> (StatusCode, Value) {
    app.call("POST", "/api/v1/measurements", Some(token), Some(body)).await
}

/// Creates a value that must succeed and returns it.
pub async fn draft(app: &TestApp, token: &str, indicator: &str, year: i64, value: &str) -> Value {
    let (s, m) = create(app, token, body(indicator, year, json!(value), json!({}))).await;
    assert_eq!(s, StatusCode::CREATED, "{m}");
    m
}

/// Runs a workflow step (`submit`, `approve`, `return`) on measurement `id`.
pub async fn step(app: &TestApp, token: &str, id: &Value, action: &str, body: Option<Value>) -> (StatusCode, Value) {
    app.call(
        "POST",
        &format!("/api/v1/measurements/{id}/{action}"),
        Some(token),
        body,
    )
    .await
}

/// Audit rows of `action` on measurements.
pub async fn audits(app: &TestApp, action: &str) -> i64 {
    use sea_orm::ConnectionTrait;
    let sql = format!("SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'measurement' AND action = '{action}'");
    let row = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(app.db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

fn fields(problem: &Value) -> Vec<String> {
    problem["errors"].as_array().map_or_else(Vec::new, |a| {
        a.iter().map(|e| e["field"].as_str().unwrap().to_owned()).collect()
    })
}

both_backends! {
    async fn a_planner_enters_a_draft_for_an_indicator_of_their_own_unit(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let before = app.count("measurements").await;
        let (s, m) = create(&app, &t.planner_br, body("KPI-R1", 2029, json!("131"), json!({"quality": "final", "narrative": "Count of members."}))).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        assert_eq!(m["state"], "draft");
        assert_eq!(m["value"], "131");
        assert_eq!(m["revision"], 1);
        assert_eq!(m["owner_unit"], "BR");
        assert_eq!(m["entered_by"], "planner.br@test.org");
        assert!(m["entered_at"].as_str().unwrap().ends_with('Z'));
        assert_eq!(app.count("measurements").await, before + 1);
        assert_eq!(audits(&app, "create").await, 1, "the entry is audited");
        let (s, got) = app.call("GET", &format!("/api/v1/measurements/{}", m["id"]), Some(&t.planner_bdt), None).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(got["value"], "131");
        // An admin may enter too; JSON numbers are taken as written.
        let (s, m) = create(&app, &t.admin, body("KPI-D2", 2029, json!(12.5), json!({}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "a count is whole: {m}");
        let (s, m) = create(&app, &t.admin, body("KPI-D5", 2029, json!(12), json!({"quarter": 2}))).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        assert_eq!((m["value"].as_str(), m["quarter"].as_i64()), (Some("12"), Some(2)));
    }
}

both_backends! {
    async fn only_the_owning_unit_or_an_admin_may_enter_a_value(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let before = app.count("measurements").await;
        let b = body("KPI-R1", 2029, json!("131"), json!({}));
        let (s, p) = create(&app, &t.planner_bdt, b.clone()).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "a BDT planner enters no BR value: {p}");
        assert_eq!(p["code"], "forbidden");
        let (s, _) = create(&app, &t.reviewer, b.clone()).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "a reviewer writes nothing");
        let (s, p) = app.call("POST", "/api/v1/measurements", None, Some(b)).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{p}");
        assert_eq!(app.count("measurements").await, before);
    }
}

both_backends! {
    async fn every_invalid_field_is_named_at_once(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, p) = create(&app, &admin, body("KPI-R3", 2035, json!("120"), json!({
            "quarter": 5, "quality": "great", "evidence_url": "ftp://x", "disaggregation": {"sex": "female"}
        }))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["code"], "validation_failed");
        let mut f = fields(&p);
        f.sort();
        assert_eq!(f, ["disaggregation.sex", "evidence_url", "quality", "quarter", "value", "year"]);
    }
}

both_backends! {
    async fn each_validation_failure_is_refused_with_its_reason(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let before = app.count("measurements").await;
        let cases: Vec<(Value, &str, &str)> = vec![
            (body("KPI-R3", 2029, json!("100.5"), json!({})), "value", "outside 0..100"),
            (body("KPI-R3", 2032, json!("50"), json!({})), "year", "outside plan SP2028-2031"),
            (body("KPI-R1", 2029, json!("-3"), json!({})), "value", "negative"),
            (body("KPI-R1", 2029, json!("N/A"), json!({})), "value", "not a number"),
            (body("KPI-R1", 2029, json!("1"), json!({"year": "N/A"})), "year", "not a whole number"),
            (body("KPI-R1", 2029, json!("1"), json!({"plan_code": "SP1999"})), "plan_code", "not a known plan"),
            (body("KPI-ZZ", 2029, json!("1"), json!({})), "indicator_code", "not an indicator of plan"),
            (body("KPI-R1", 2029, json!("1"), json!({"disaggregation": {"sex": "female"}})), "disaggregation.sex", "not disaggregated by sex"),
            (body("KPI-T1.1", 2029, json!("1"), json!({"disaggregation": "sex=other"})), "disaggregation.sex", "not a value of sex"),
            (body("KPI-T1.1", 2029, json!("1"), json!({"disaggregation": {"colour": "red"}})), "disaggregation.colour", "not a known dimension"),
            (body("KPI-T2.2", 2029, json!("0.5"), json!({"numerator": "5"})), "denominator", "required for a ratio"),
            (body("KPI-T2.2", 2029, json!("0.9"), json!({"numerator": "66", "denominator": "88"})), "value", "not numerator ÷ denominator"),
            (body("KPI-T2.2", 2029, Value::Null, json!({"numerator": "66", "denominator": "0"})), "denominator", "must not be 0"),
            (body("KPI-R1", 2029, json!("1"), json!({"quarter": 5})), "quarter", "not a quarter"),
            (body("KPI-R3", 2029, json!("12.34567"), json!({})), "value", "more than 4 decimal places"),
            (body("KPI-R3", 2029, json!("12,5"), json!({})), "value", "decimal commas are not accepted"),
            (body("KPI-R1", 2029, json!("1"), json!({"colour": "red"})), "colour", "unknown field"),
        ];
        for (b, field, reason) in cases {
            let (s, p) = create(&app, &admin, b.clone()).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b} → {p}");
            let e = p["errors"].as_array().unwrap().iter().find(|e| e["field"] == field);
            let e = e.unwrap_or_else(|| panic!("{b}: no error on {field}: {p}"));
            assert!(e["reason"].as_str().unwrap().contains(reason), "{b}: {e}");
        }
        assert_eq!(app.count("measurements").await, before, "nothing is half-written");
    }
}

both_backends! {
    async fn a_ratio_is_computed_from_numerator_and_denominator_and_dimensions_are_stored(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let bdt = app.tokens.planner_bdt.clone();
        let (s, m) = create(&app, &bdt, body("KPI-T2.2", 2029, Value::Null, json!({"numerator": "66", "denominator": "88"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        assert_eq!((m["value"].as_str(), m["numerator"].as_str(), m["denominator"].as_str()), (Some("0.75"), Some("66"), Some("88")));
        assert_eq!(m["quality"], "provisional", "the default quality");
        let links = app.count("measurement_dimensions").await;
        let (s, m) = create(&app, &bdt, body("KPI-T2.1", 2029, json!("0.5"), json!({"numerator": 1, "denominator": 2, "disaggregation": {"region": "africa"}}))).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        assert_eq!(m["disaggregation"], "region=africa");
        assert_eq!(m["dimensions"], json!({"region": "africa"}));
        let (s, m) = create(&app, &bdt, body("KPI-D3", 2029, json!("7"), json!({"disaggregation": "sex=female; region=europe"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        assert_eq!(m["disaggregation"], "region=europe;sex=female", "canonical text, sorted by dimension");
        assert_eq!(app.count("measurement_dimensions").await, links + 3);
    }
}

both_backends! {
    async fn a_second_value_for_a_filled_slot_is_refused_with_a_pointer_to_revise(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "131").await;
        let (s, p) = create(&app, &t.planner_br, body("KPI-R1", 2029, json!("132"), json!({}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        assert!(p["detail"].as_str().unwrap().contains(&format!("PATCH /api/v1/measurements/{}", m["id"])), "{p}");
        // A quarter or a disaggregation is another slot.
        let (s, p) = create(&app, &t.planner_br, body("KPI-R1", 2029, json!("30"), json!({"quarter": 1}))).await;
        assert_eq!(s, StatusCode::CREATED, "{p}");
        // KPI-T1.3 has an approved 2028 value in the seed.
        let (s, p) = create(&app, &t.planner_bdt, body("KPI-T1.3", 2028, json!("81"), json!({}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        assert!(p["detail"].as_str().unwrap().contains("/revise"), "{p}");
    }
}

both_backends! {
    async fn reviewers_see_approved_values_only(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let m = draft(&app, &t.planner_br, "KPI-R1", 2029, "131").await;
        let (s, _) = app.call("GET", &format!("/api/v1/measurements/{}", m["id"]), Some(&t.reviewer), None).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "a draft does not exist for a reviewer");
        let (s, l) = app.call("GET", "/api/v1/measurements?per_page=500", Some(&t.reviewer), None).await;
        assert_eq!(s, StatusCode::OK);
        assert!(l["items"].as_array().unwrap().iter().all(|i| i["state"] == "approved"));
        let (_, all) = app.call("GET", "/api/v1/measurements?per_page=500", Some(&t.admin), None).await;
        assert!(all["total"].as_u64().unwrap() > l["total"].as_u64().unwrap(), "others see drafts and submissions too");
        let (s, l) = app.call("GET", "/api/v1/measurements?state=draft", Some(&t.reviewer), None).await;
        assert_eq!((s, l["total"].as_u64()), (StatusCode::OK, Some(0)));
        let (s, _) = app.call("GET", "/api/v1/measurements", None, None).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
    }
}

both_backends! {
    async fn the_list_filters_sorts_and_paginates_with_a_total(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let q = |s: &str| format!("/api/v1/measurements?{s}");
        let (s, l) = app.get_json(&q("plan=SP2028-2031&indicator=KPI-T1.1&year=2028")).await;
        assert_eq!(s, StatusCode::OK, "{l}");
        assert_eq!(l["total"], 9, "headline, two sexes, six regions");
        let (_, l) = app.get_json(&q("indicator=KPI-T1.1&year=2028&disaggregation=")).await;
        assert_eq!(l["total"], 1, "an empty disaggregation selects the headline value");
        let (_, l) = app.get_json(&q("indicator=KPI-T1.1&disaggregation=sex%3Dfemale")).await;
        assert_eq!((l["total"].as_u64(), l["items"][0]["value"].as_str()), (Some(1), Some("77.2")));
        let (_, l) = app.get_json(&q("unit=BR&plan=SP2028-2031&sort=-value&per_page=2&page=2")).await;
        assert_eq!((l["page"].as_u64(), l["per_page"].as_u64(), l["items"].as_array().unwrap().len()), (Some(2), Some(2), 2));
        assert!(l["items"].as_array().unwrap().iter().all(|i| i["owner_unit"] == "BR"));
        let (_, all) = app.get_json(&q("unit=BR&plan=SP2028-2031&sort=-value&per_page=500")).await;
        assert_eq!(all["items"][2]["id"], l["items"][0]["id"], "page 2 continues page 1");
        let (_, l) = app.get_json(&q("state=submitted&quality=estimated")).await;
        assert!(l["items"].as_array().unwrap().iter().all(|i| i["state"] == "submitted" && i["quality"] == "estimated"));
        let (s, p) = app.get_json(&q("sort=colour")).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        let (s, p) = app.get_json(&q("state=lost")).await;
        assert_eq!((s, fields(&p)), (StatusCode::UNPROCESSABLE_ENTITY, vec!["state".to_owned()]));
    }
}

both_backends! {
    async fn the_openapi_document_describes_every_measurement_route(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, doc) = app.call("GET", "/api/openapi.json", None, None).await;
        assert_eq!(s, StatusCode::OK);
        let paths = &doc["paths"];
        for (path, methods) in [
            ("/api/v1/measurements", &["get", "post"][..]),
            ("/api/v1/measurements/{id}", &["get", "patch", "delete"]),
            ("/api/v1/measurements/{id}/history", &["get"]),
            ("/api/v1/measurements/{id}/submit", &["post"]),
            ("/api/v1/measurements/{id}/approve", &["post"]),
            ("/api/v1/measurements/{id}/return", &["post"]),
            ("/api/v1/measurements/{id}/revise", &["post"]),
            ("/api/v1/plans/{plan}/periods", &["get"]),
            ("/api/v1/plans/{plan}/periods/{year}/lock", &["post"]),
            ("/api/v1/plans/{plan}/periods/{year}/unlock", &["post"]),
            ("/api/v1/imports/measurements", &["post"]),
            ("/api/v1/exports/measurements", &["get"]),
        ] {
            for m in methods {
                assert!(paths[path][m].is_object(), "{m} {path} is missing from the OpenAPI document");
            }
        }
        let import = &paths["/api/v1/imports/measurements"]["post"];
        assert!(import["requestBody"]["content"]["text/csv"].is_object());
        assert!(import["requestBody"]["content"]["multipart/form-data"].is_object());
        assert!(import["requestBody"]["description"].as_str().unwrap().contains("indicator_code, year"));
        assert!(paths["/api/v1/measurements/{id}/approve"]["post"]["responses"]["423"].is_object());
    }
}
