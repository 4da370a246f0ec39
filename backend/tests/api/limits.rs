//! Bounds on what a user may send (issue 10): page numbers and sizes, text lengths, dates, CSV cells a
//! spreadsheet would run as formulas, bounded import problems and audit entries that do not copy long
//! texts. Every refusal is a 422 naming the field (or row and column), and nothing is stored.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::imports::{export, import};
use axum::http::StatusCode;
use serde_json::{Value, json};

const PLAN: &str = "SP2028-2031";

/// The fields named by a 422 problem.
fn fields(p: &Value) -> Vec<String> {
    p["errors"]
        .as_array()
        .map(|a| a.iter().map(|e| e["field"].as_str().unwrap_or("").to_owned()).collect())
        .unwrap_or_default()
}

/// Every GET route of the OpenAPI document that takes a `page` query parameter, with `{plan}` and
/// `{code}` filled in.
async fn list_routes(app: &TestApp) -> Vec<String> {
    let (_, doc) = app.call("GET", "/api/openapi.json", None, None).await;
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let paged = item["get"]["parameters"]
            .as_array()
            .is_some_and(|ps| ps.iter().any(|p| p["name"] == "page" && p["in"] == "query"));
        if paged {
            let code = if path.contains("/nodes/") { "G1" } else { "KPI-D2" };
            // A required query parameter (the comparison's two years) is given a value the seed has.
            let required: Vec<String> = item["get"]["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|p| p["in"] == "query" && p["required"] == true)
                .map(|p| match p["name"].as_str().unwrap() {
                    "a" => "a=2028&".to_owned(),
                    "b" => "b=2029&".to_owned(),
                    other => panic!("{path}: the test has no value for the required parameter {other}"),
                })
                .collect();
            out.push(format!(
                "{}?{}",
                path.replace("{plan}", PLAN).replace("{code}", code),
                required.concat()
            ));
        }
    }
    out
}

both_backends! {
    async fn a_huge_page_number_or_size_is_refused_naming_it_on_every_list_route(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let routes = list_routes(&app).await;
        assert!(routes.len() >= 15, "{routes:?}");
        for r in &routes {
            assert!(!r.contains('{'), "{r} has a path parameter the test does not fill in");
            for (query, field) in [
                ("page=9223372036854775808", "page"),
                ("page=18446744073709551615", "page"),
                ("page=1000001", "page"),
                ("page=0", "page"),
                ("per_page=501", "per_page"),
            ] {
                let (s, p) = app.get_json(&format!("{r}{query}")).await;
                assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{r}{query}: {p}");
                assert_eq!(fields(&p), [field], "{r}{query}: {p}");
            }
            let (s, p) = app.get_json(&format!("{r}page=1000000&per_page=500")).await;
            assert_eq!(s, StatusCode::OK, "the last page allowed is served (empty): {r} {p}");
        }
    }
}

/// A narrative that Excel would run as a formula.
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"click\")";

both_backends! {
    async fn the_export_quotes_formula_texts_and_imports_back_to_the_same_stored_text(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let texts = [FORMULA, "+41 22 730 5111", "-5 below plan", "@risk", "\tindented", "'=already quoted", "plain"];
        for (i, text) in texts.iter().enumerate() {
            let body = json!({"plan_code": PLAN, "indicator_code": "KPI-D6", "year": 2029 + i / 4, "quarter": i % 4 + 1,
                "value": "-5", "narrative": text});
            let (s, r) = app.call("POST", "/api/v1/measurements", Some(&t.admin), Some(body)).await;
            assert_eq!(s, StatusCode::CREATED, "{r}");
        }
        let (s, csv) = export(&app, &t.admin, "state=draft").await;
        assert_eq!(s, StatusCode::OK);
        assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), "{csv}");
        for quoted in ["'+41 22 730 5111", "'-5 below plan", "'@risk", "'\tindented", "''=already quoted"] {
            assert!(csv.contains(quoted), "{quoted:?} in {csv}");
        }
        assert!(csv.contains(",plain,"), "other text is written as it is: {csv}");
        let values: Vec<&str> = csv.lines().filter(|l| l.contains(",KPI-D6,")).map(|l| l.split(',').nth(5).unwrap()).collect();
        assert_eq!(values.len(), texts.len());
        assert!(values.iter().all(|v| *v == "-5"), "a negative value stays a number: {values:?}");

        // The same file imported into a fresh database stores exactly the texts entered.
        let Some(other) = TestApp::seeded(backend).await else { return };
        // Only this test's rows: the seed has drafts of its own, which the fresh database holds already.
        let mine: String = csv.lines().filter(|l| l.starts_with("plan_code") || l.contains(",KPI-D6,")).map(|l| format!("{l}\n")).collect();
        let (s, r) = import(&other, &other.tokens.admin, "", mine).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        let (_, l) = other.get_json("/api/v1/measurements?indicator=KPI-D6&state=draft&per_page=500").await;
        let mut stored: Vec<String> = l["items"].as_array().unwrap().iter()
            .map(|m| m["narrative"].as_str().unwrap().to_owned()).collect();
        let mut want: Vec<String> = texts.iter().map(|s| s.to_string()).collect();
        stored.sort();
        want.sort();
        assert_eq!(stored, want);
        assert!(l["items"].as_array().unwrap().iter().all(|m| m["value"] == "-5"));
    }
}

both_backends! {
    async fn a_text_longer_than_its_limit_is_refused_naming_the_field_and_nothing_is_stored(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (risks, tokens, nodes, values) =
            (app.count("risks").await, app.count("api_tokens").await, app.count("result_nodes").await, app.count("measurements").await);
        let long = |n: usize| "é".repeat(n);
        let cases = [
            ("POST", format!("/api/v1/plans/{PLAN}/risks"),
             json!({"code": "RSK-99", "title": long(501), "category": "financial", "likelihood": 2, "impact": 2, "owner": "BR"}), "title"),
            ("POST", "/api/v1/tokens".to_owned(), json!({"name": long(101)}), "name"),
            ("POST", format!("/api/v1/plans/{PLAN}/nodes"),
             json!({"code": "G9", "level": "goal", "name": "Goal nine", "description": long(10_001)}), "description"),
            ("POST", "/api/v1/measurements".to_owned(),
             json!({"plan_code": PLAN, "indicator_code": "KPI-D2", "year": 2029, "value": "1", "narrative": long(10_001)}), "narrative"),
            ("POST", "/api/v1/measurements".to_owned(),
             json!({"plan_code": PLAN, "indicator_code": "KPI-D2", "year": 2029, "value": "1", "evidence_url": format!("https://x.example/{}", long(2_048))}), "evidence_url"),
        ];
        for (method, path, body, field) in cases {
            let (s, p) = app.call(method, &path, Some(&t.admin), Some(body)).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{path}: {p}");
            assert_eq!(fields(&p), [field], "{path}: {p}");
        }
        assert_eq!(
            (app.count("risks").await, app.count("api_tokens").await, app.count("result_nodes").await, app.count("measurements").await),
            (risks, tokens, nodes, values),
            "nothing was stored"
        );
        // A text exactly at its limit is taken.
        let body = json!({"plan_code": PLAN, "indicator_code": "KPI-D2", "year": 2029, "value": "1", "narrative": long(10_000)});
        let (s, p) = app.call("POST", "/api/v1/measurements", Some(&t.admin), Some(body)).await;
        assert_eq!(s, StatusCode::CREATED, "{p}");
        let (s, p) = app.call("POST", "/api/v1/tokens", Some(&t.admin), Some(json!({"name": long(100)}))).await;
        assert_eq!(s, StatusCode::CREATED, "{p}");
    }
}

both_backends! {
    async fn a_review_date_outside_1900_to_2200_is_refused_on_the_api_and_the_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let path = format!("/api/v1/plans/{PLAN}/risks/RSK-01");
        let (_, r) = app.get_json(&path).await;
        let before = r["reviewed_on"].clone();
        for date in ["99999-12-31", "1899-12-31", "2201-01-01"] {
            let body = json!({"version": r["version"], "reviewed_on": date});
            let (s, p) = app.call("PATCH", &path, Some(&t.planner_br), Some(body)).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{date}: {p}");
            assert_eq!(fields(&p), ["reviewed_on"], "{date}: {p}");
        }
        let (_, after) = app.get_json(&path).await;
        assert_eq!(after["reviewed_on"], before, "nothing was stored");
        // The risk page's form goes through the same rule, and its date input says the bounds.
        use crate::pages::{csrf_of, get, login, risk_update};
        let cookie = login(&app, "planner.br@test.org").await;
        let page = get(&app, Some(&cookie), &format!("/risks?plan={PLAN}&year=2028")).await.body;
        assert!(page.contains(r#"min="1900-01-01" max="2200-12-31""#), "the date input is bounded");
        assert!(page.contains(r#"maxlength="10000""#), "the mitigation field is bounded");
        let csrf = csrf_of(&page);
        let version = r["version"].as_i64().unwrap();
        let a = crate::pages::post(&app, Some(&cookie), "/risks/RSK-01", &risk_update(&csrf, version, "closed", "1850-06-30")).await;
        let refused = a.refused().unwrap_or_default();
        assert!(refused.contains("reviewed on 1850 is not between 1900 and 2200"), "{refused}");
        let mut form = risk_update(&csrf, version, "closed", "2028-12-01");
        form.retain(|(k, _)| *k != "mitigation");
        form.push(("mitigation", "m".repeat(10_001)));
        let a = crate::pages::post(&app, Some(&cookie), "/risks/RSK-01", &form).await;
        let refused = a.refused().unwrap_or_default();
        assert!(refused.contains("mitigation is longer than 10000 characters"), "{refused}");
        let (_, after) = app.get_json(&path).await;
        assert_eq!((after["reviewed_on"].clone(), after["version"].as_i64()), (before, Some(version)), "nothing was stored");
    }
}

both_backends! {
    async fn an_import_lists_the_first_thousand_problems_and_counts_the_rest(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let before = app.count("measurements").await;
        let mut csv = String::from("plan_code,indicator_code,year,value,narrative\n");
        csv.push_str(&format!("{PLAN},KPI-D2,2029,1,{}\n", "n".repeat(10_001)));
        for _ in 0..2_999 {
            csv.push_str(&format!("{PLAN},KPI-D2,2029,N/A,\n"));
        }
        let (s, p) = import(&app, &app.tokens.admin, "", csv).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        let errors = p["errors"].as_array().unwrap();
        assert_eq!(errors.len(), 1_001, "the first 1,000 problems and one line for the rest");
        assert_eq!(errors[0]["field"], "line 2, column narrative", "a long narrative is named with row and column");
        assert_eq!(errors[0]["reason"], "is longer than 10000 characters");
        assert_eq!(errors[999]["field"], "line 1001, column value");
        assert_eq!(errors[1000]["field"], "line 1002");
        assert_eq!(
            errors[1000]["reason"],
            "and 2000 more problem(s) from this line on, not listed: fix the ones above and import again"
        );
        assert_eq!(app.count("measurements").await, before, "nothing was stored");
    }
}

both_backends! {
    async fn ten_edits_of_a_long_narrative_do_not_copy_it_into_the_audit_log(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let body = json!({"plan_code": PLAN, "indicator_code": "KPI-D2", "year": 2029, "value": "1", "narrative": "a".repeat(10_000)});
        let (s, m) = app.call("POST", "/api/v1/measurements", Some(&t.planner_bdt), Some(body)).await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        let id = m["id"].as_i64().unwrap();
        let mut version = m["version"].as_i64().unwrap();
        for i in 0..10 {
            let narrative = format!("{i}{}", "b".repeat(9_999));
            let body = json!({"version": version, "narrative": narrative});
            let (s, m) = app.call("PATCH", &format!("/api/v1/measurements/{id}"), Some(&t.planner_bdt), Some(body)).await;
            assert_eq!(s, StatusCode::OK, "{m}");
            version = m["version"].as_i64().unwrap();
        }
        let (_, log) = app.get_json(&format!("/api/v1/audit?entity_type=measurement&entity_id={id}&per_page=50")).await;
        let items = log["items"].as_array().unwrap();
        assert_eq!(items.len(), 11, "{log}");
        let stored: usize = items.iter().map(|e| e["before"].to_string().len() + e["after"].to_string().len()).sum();
        assert!(stored < 11 * 2_000, "{stored} bytes of before/after for 11 entries");
        let last = &items[0];
        assert_eq!(last["after"]["narrative"]["chars"], 10_000, "{last}");
        assert_eq!(last["after"]["narrative"]["sha256"].as_str().map(str::len), Some(64), "{last}");
        assert!(last["after"].get("indicator_id").is_none(), "unchanged fields are left out: {last}");
        assert_eq!(last["after"]["version"], version);
    }
}

/// The schema of a request body: `$ref`s resolved in the document's components.
fn resolve<'a>(doc: &'a Value, s: &'a Value) -> &'a Value {
    match s["$ref"].as_str().and_then(|r| r.rsplit('/').next()) {
        Some(name) => &doc["components"]["schemas"][name],
        None => s,
    }
}

#[test]
fn every_text_field_of_a_request_body_declares_one_of_the_limits() {
    crate::helpers::block_on(async {
        let app = TestApp::empty(Backend::Sqlite).await.unwrap();
        let (_, doc) = app.call("GET", "/api/openapi.json", None, None).await;
        let mut checked = 0;
        for (path, item) in doc["paths"].as_object().unwrap() {
            // E-mails, passwords and display names are the authentication work's (issue 10, point 6).
            if path.starts_with("/api/v1/users") || path.starts_with("/api/v1/auth") {
                continue;
            }
            for (method, op) in item.as_object().unwrap() {
                let Some(schema) = op["requestBody"]["content"]["application/json"].get("schema") else {
                    continue;
                };
                let body = resolve(&doc, schema);
                let mut stack: Vec<(String, &Value)> = vec![(String::new(), body)];
                while let Some((at, s)) = stack.pop() {
                    for (name, prop) in s["properties"].as_object().into_iter().flatten() {
                        let prop = resolve(&doc, prop);
                        let types = prop["type"].to_string();
                        if prop.get("properties").is_some() {
                            stack.push((format!("{at}{name}."), prop));
                        } else if types.contains("string") && prop.get("format").is_none() && prop.get("enum").is_none()
                        {
                            // (A string restricted to an `enum` is bounded by its longest value.)
                            let max = prop["maxLength"].as_u64().map(|m| m as usize);
                            assert!(
                                max.is_some_and(|m| stratrack::limits::TEXT_LIMITS.contains(&m)),
                                "{method} {path}: {at}{name} declares maxLength {max:?}, not one of {:?}",
                                stratrack::limits::TEXT_LIMITS
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked >= 100, "{checked} text fields checked");
    });
}

both_backends! {
    async fn a_streamed_import_names_the_line_that_is_not_utf8(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let before = app.count("measurements").await;
        let mut csv = format!("\u{feff}plan_code;indicator_code;year;value;narrative\n{PLAN};KPI-D2;2029;1;ok\n").into_bytes();
        csv.extend_from_slice(format!("{PLAN};KPI-D2;2030;1;caf").as_bytes());
        csv.extend_from_slice(b"\xE9\n");
        let (s, p) = import(&app, &app.tokens.admin, "", csv).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(fields(&p), ["line 3"], "{p}");
        assert!(p["errors"][0]["reason"].as_str().unwrap().contains("not UTF-8"), "{p}");
        assert_eq!(app.count("measurements").await, before, "nothing was stored");
    }
}
