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
            out.push(path.replace("{plan}", PLAN).replace("{code}", code));
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
                let (s, p) = app.get_json(&format!("{r}?{query}")).await;
                assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{r}?{query}: {p}");
                assert_eq!(fields(&p), [field], "{r}?{query}: {p}");
            }
            let (s, p) = app.get_json(&format!("{r}?page=1000000&per_page=500")).await;
            assert_eq!(s, StatusCode::OK, "the last page allowed is served (empty): {r} {p}");
        }
        app.cleanup().await;
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
        other.cleanup().await;
        app.cleanup().await;
    }
}
