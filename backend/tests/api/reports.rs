//! Frozen report runs: freezing, downloading, publishing to Council, and rebuilding byte for byte.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tower::ServiceExt;

/// GET `path` with a bearer token: status, headers and raw body.
pub async fn get_raw(app: &TestApp, path: &str, token: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
    let req = Request::builder()
        .uri(path)
        .header("authorization", format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    let resp = app.router.clone().oneshot(req).await.unwrap();
    let (status, headers) = (resp.status(), resp.headers().clone());
    let body = resp.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, body)
}

/// Freezes the 2028 report of the seeded plan as the admin; returns the run detail.
pub async fn freeze(app: &TestApp) -> Value {
    let (s, run) = app
        .call(
            "POST",
            "/api/v1/reports",
            Some(&app.tokens.admin),
            Some(json!({"plan": "SP2028-2031", "year": 2028})),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{run}");
    run
}

/// Approves the seed's one submitted headline value of 2028 (as the approval workflow would).
async fn approve_the_submitted_value(app: &TestApp) {
    use sea_orm::ConnectionTrait;
    let now = chrono::Utc::now().fixed_offset().to_rfc3339();
    let n = app
        .db
        .execute_unprepared(&format!(
            "UPDATE measurements SET state = 'approved', approved_at = '{now}', updated_at = '{now}' \
             WHERE state = 'submitted' AND disaggregation = '' AND year = 2028"
        ))
        .await
        .unwrap()
        .rows_affected();
    assert_eq!(n, 1, "the seed has one submitted headline value for 2028");
}

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

both_backends! {
    async fn a_frozen_run_serves_every_file_of_its_manifest_with_its_checksum(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let run = freeze(&app).await;
        let id = run["id"].as_i64().unwrap();
        assert_eq!(run["status"], "frozen");
        assert_eq!(run["plan"], "SP2028-2031");
        let manifest = &run["manifest"];
        assert_eq!(manifest["run_id"], id.to_string());
        assert_eq!(manifest["generated_at"], run["created_at"].as_str().unwrap().replace("+00:00", "Z"));
        let listed: Vec<&str> = manifest["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
        for must in ["report.html", "report.pdf", "report.xlsx", "tables/indicators.csv", "tables/finance_reconciliation.csv",
            "charts/status-by-goal.svg", "charts/status-by-goal.png", "charts/budget-vs-actual-by-unit.svg"] {
            assert!(listed.contains(&must), "{must} in {listed:?}");
        }
        let files = run["files"].as_array().unwrap();
        assert_eq!(files.len(), listed.len() + 1, "every manifest file, and the manifest");
        for f in files {
            let (s, headers, body) = get_raw(&app, f["href"].as_str().unwrap(), &app.tokens.reviewer.clone()).await;
            // Unpublished: Council reviewers do not see it yet.
            assert_eq!(s, StatusCode::NOT_FOUND);
            drop((headers, body));
            let (s, headers, body) = get_raw(&app, f["href"].as_str().unwrap(), &app.tokens.planner_bdt.clone()).await;
            assert_eq!(s, StatusCode::OK, "{}", f["path"]);
            assert_eq!(sha(&body), f["sha256"].as_str().unwrap(), "{}", f["path"]);
            let path = f["path"].as_str().unwrap();
            let expected = match path.rsplit('.').next().unwrap() {
                "html" => "text/html; charset=utf-8",
                "svg" => "image/svg+xml",
                "png" => "image/png",
                "csv" => "text/csv; charset=utf-8",
                "json" => "application/json",
                "pdf" => "application/pdf",
                _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            };
            assert_eq!(headers["content-type"], expected, "{path}");
        }
        let (s, headers, zip) = get_raw(&app, &format!("/api/v1/reports/{id}/zip"), &app.tokens.admin.clone()).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(headers["content-type"], "application/zip");
        let (_, _, again) = get_raw(&app, &format!("/api/v1/reports/{id}/zip"), &app.tokens.admin.clone()).await;
        assert_eq!(zip, again, "the zip is the same bytes every time");
        let (s, _, _) = get_raw(&app, &format!("/api/v1/reports/{id}/files/charts/nope.svg"), &app.tokens.admin.clone()).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
    }
}

both_backends! {
    async fn a_frozen_run_still_rebuilds_identically_after_a_new_value_is_approved(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let first = freeze(&app).await;
        let id = first["id"].as_i64().unwrap();
        approve_the_submitted_value(&app).await;
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&app.tokens.admin), None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["identical"], true, "{v}");
        assert_eq!(v["files"].as_array().unwrap().len(), first["files"].as_array().unwrap().len());
        let second = freeze(&app).await;
        assert_ne!(second["snapshot_id"], first["snapshot_id"], "new data, new snapshot");
        let html = |run: &Value| run["files"].as_array().unwrap().iter()
            .find(|f| f["path"] == "tables/indicator_values.csv").unwrap()["sha256"].clone();
        assert_ne!(html(&second), html(&first), "the new run shows the new value");
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&app.tokens.planner_br), None).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{v}");
    }
}

both_backends! {
    async fn council_reviewers_see_only_published_runs(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let run = freeze(&app).await;
        let id = run["id"].as_i64().unwrap();
        let (_, list) = app.call("GET", "/api/v1/reports", Some(&t.reviewer), None).await;
        assert_eq!(list["total"], 0, "{list}");
        let (_, list) = app.call("GET", "/api/v1/reports", Some(&t.planner_br), None).await;
        assert_eq!(list["total"], 1, "{list}");
        for path in [format!("/api/v1/reports/{id}"), format!("/api/v1/reports/{id}/zip"),
            format!("/api/v1/reports/{id}/files/report.html")] {
            let (s, _, _) = get_raw(&app, &path, &t.reviewer).await;
            assert_eq!(s, StatusCode::NOT_FOUND, "{path}");
        }
        let (s, p) = app.call("POST", &format!("/api/v1/reports/{id}/publish"), Some(&t.planner_br), None).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{p}");
        let (s, p) = app.call("POST", &format!("/api/v1/reports/{id}/publish"), Some(&t.admin2), None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["status"], "published");
        assert_eq!(p["published_by"], "admin2@test.org (2)");
        assert_eq!(p["version"], 2);
        let (s, p) = app.call("POST", &format!("/api/v1/reports/{id}/publish"), Some(&t.admin), None).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        let (_, list) = app.call("GET", "/api/v1/reports", Some(&t.reviewer), None).await;
        assert_eq!(list["total"], 1, "{list}");
        assert_eq!(list["items"][0]["id"], id);
        let (s, _, html) = get_raw(&app, &format!("/api/v1/reports/{id}/files/report.html"), &t.reviewer).await;
        assert_eq!(s, StatusCode::OK);
        assert!(!html.is_empty());
        let actions: Vec<(String, String)> = {
            use sea_orm::{EntityTrait, QueryOrder};
            stratrack::entities::audit_log::Entity::find()
                .order_by_asc(stratrack::entities::audit_log::Column::Id)
                .all(&app.db).await.unwrap().into_iter()
                .filter(|a| a.entity_type == "report_run")
                .map(|a| (a.action, a.entity_id)).collect()
        };
        assert_eq!(actions, [("create".into(), id.to_string()), ("publish".into(), id.to_string())]);
    }
}

both_backends! {
    async fn the_seed_report_says_its_finance_reconciles_and_links_outside_only_to_evidence(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let run = freeze(&app).await;
        let id = run["id"].as_i64().unwrap();
        let (_, _, html) = get_raw(&app, &format!("/api/v1/reports/{id}/files/report.html"), &app.tokens.admin.clone()).await;
        let html = String::from_utf8(html).unwrap();
        assert!(html.contains("Finance reconciles exactly for 2028"), "reconciliation statement");
        // Its only outside addresses are the seed's two evidence links (links to follow; nothing is loaded).
        let links: Vec<&str> = html.match_indices("<a href=\"http").map(|(i, _)| {
            let start = i + "<a href=\"".len();
            &html[start..start + html[start..].find('"').unwrap()]
        }).collect();
        assert_eq!(links, ["https://www.itu.int/itu-d/reports/statistics/facts-figures-2028/", "https://academy.itu.int/"]);
        let rest = links.iter().fold(html.clone(), |h, l| h.replace(l, ""));
        for outside in ["http://", "https://", "//cdn", "@import", "<script", "<link"] {
            assert!(!rest.contains(outside), "report.html contains {outside}");
        }
        let (_, _, csv) = get_raw(&app, &format!("/api/v1/reports/{id}/files/tables/finance_reconciliation.csv"), &app.tokens.admin.clone()).await;
        let csv = String::from_utf8(csv).unwrap();
        assert_eq!(csv.lines().skip(1).filter(|l| l.ends_with(",yes")).count(), 9, "three biennium checks, four units, two cost checks: {csv}");
    }
}

both_backends! {
    async fn freezing_names_an_unknown_plan_or_a_year_outside_the_plan(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin), Some(json!({"plan": "NOPE", "year": 2028}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(p["errors"][0]["field"], "plan");
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin), Some(json!({"plan": "SP2028-2031", "year": 2035}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(p["errors"][0]["field"], "year");
        let (s, _) = app.call("POST", "/api/v1/reports", Some(&app.tokens.planner_br), Some(json!({"plan": "SP2028-2031", "year": 2028}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        assert_eq!(app.count("report_runs").await, 0, "nothing was frozen");
    }
}

both_backends! {
    async fn a_run_frozen_with_a_council_symbol_and_session_carries_them_on_its_pdf(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let ask = |symbol: &str| json!({"plan": "SP2028-2031", "year": 2028, "symbol": symbol, "session": "Council 2029, Geneva"});
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin), Some(ask("  "))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["errors"][0]["field"], "symbol");
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin), Some(ask(&"C".repeat(65)))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(app.count("report_runs").await, 0, "nothing was frozen");
        let (s, run) = app.call("POST", "/api/v1/reports", Some(&admin), Some(ask(" C29/35-E "))).await;
        assert_eq!(s, StatusCode::CREATED, "{run}");
        let id = run["id"].as_i64().unwrap();
        let f = run["files"].as_array().unwrap().iter().find(|f| f["path"] == "report.pdf").expect("report.pdf in the run");
        let (s, headers, pdf) = get_raw(&app, f["href"].as_str().unwrap(), &admin).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(headers["content-type"], "application/pdf");
        assert!(pdf.starts_with(b"%PDF-"));
        // The PDF's metadata (uncompressed) carries the symbol, trimmed, as its keyword.
        assert!(pdf.windows(8).any(|w| w == b"C29/35-E"), "the symbol is in the PDF");
        use sea_orm::{ConnectionTrait, Statement};
        let row = app.db.query_one_raw(Statement::from_string(app.db.get_database_backend(),
            format!("SELECT document_symbol, council_session FROM report_runs WHERE id = {id}"))).await.unwrap().unwrap();
        assert_eq!(row.try_get::<Option<String>>("", "document_symbol").unwrap().as_deref(), Some("C29/35-E"));
        assert_eq!(row.try_get::<Option<String>>("", "council_session").unwrap().as_deref(), Some("Council 2029, Geneva"));
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["identical"], true, "the PDF rebuilds from the snapshot with its cover: {v}");
    }
}

both_backends! {
    async fn a_run_is_frozen_in_the_language_the_office_chooses_and_rebuilds_identically(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "year": 2028, "language": "xx"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["errors"][0]["field"], "language", "{p}");
        let (s, p) = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "kind": "assessment", "language": "xx"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        assert_eq!(p["errors"][0]["field"], "language", "the assessment's language is checked alike: {p}");
        assert_eq!(app.count("report_runs").await, 0, "nothing was frozen");
        let (s, run) = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "year": 2028, "language": "ar", "symbol": "C29/35-A"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{run}");
        let html = run_file(&app, &run, "report.html").await;
        assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "the page is Arabic, right to left");
        let id = run["id"].as_i64().unwrap();
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["identical"], true, "the Arabic run rebuilds byte for byte: {v}");
        let (s, run) = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "year": 2028}))).await;
        assert_eq!(s, StatusCode::CREATED, "{run}");
        assert!(run_file(&app, &run, "report.html").await.contains(r#"<html lang="en""#), "English by default");
    }
}

both_backends! {
    async fn a_run_frozen_in_french_names_the_framework_in_french_and_holds_every_language(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let (s, run) = app.call("POST", "/api/v1/reports", Some(&admin),
            Some(json!({"plan": "SP2028-2031", "year": 2028, "language": "fr"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{run}");
        let html = run_file(&app, &run, "report.html").await;
        assert!(html.contains("But stratégique G1 · Connectivité universelle"), "the seeded French goal name");
        assert!(html.contains("<span class=\"in-english\">(en anglais)</span>"), "an untranslated name is marked");
        let id = run["id"].as_i64().unwrap();
        use sea_orm::EntityTrait;
        let row = stratrack::entities::report_runs::Entity::find_by_id(id as i32).one(&app.db).await.unwrap().unwrap();
        let input: stratrack_reports::ReportInput = serde_json::from_str(&row.snapshot).unwrap();
        let g1 = &input.framework_text.nodes["G1"];
        let langs: Vec<&str> = g1.keys().map(String::as_str).collect();
        assert_eq!(langs, ["ar", "es", "fr", "ru", "zh"], "every language, not only the run's");
        assert_eq!(input.form, stratrack_reports::input::FORM);
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&admin), None).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["identical"], true, "the French run rebuilds byte for byte: {v}");
    }
}

/// The text of the file at `path` of run `run`, as the office downloads it.
async fn run_file(app: &TestApp, run: &Value, path: &str) -> String {
    String::from_utf8(listed_file(app, &run["files"], path).await).unwrap()
}

/// The bytes of the file at `path` among `files` (a run's or one language's list), downloaded by the
/// office from its link.
pub async fn listed_file(app: &TestApp, files: &Value, path: &str) -> Vec<u8> {
    let f = files
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == path)
        .unwrap_or_else(|| panic!("{path} in {files}"));
    let (s, _, body) = get_raw(app, f["href"].as_str().unwrap(), &app.tokens.admin.clone()).await;
    assert_eq!(s, StatusCode::OK, "{path}");
    body
}

both_backends! {
    async fn the_report_carries_narratives_revisions_in_force_and_the_results_serving_each_resolution(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        // A Council decision of 2028 revises a target (in force for the 2028 report).
        let path = "/api/v1/plans/SP2028-2031/indicators/KPI-T1.4";
        let (_, before) = app.get_json(path).await;
        let adopted = before["target_value"].as_str().unwrap().to_owned();
        let revision = json!({"decided_on": "2028-06-20", "deciding_body": "Council", "reference": "Decision 612 (C-28)",
            "reason_category": "methodology", "justification": "The price basket changed."});
        let (s, up) = app.call("PATCH", path, Some(&app.tokens.admin), Some(json!({"version": before["version"],
            "target_value": "45", "revision": revision}))).await;
        assert_eq!(s, StatusCode::OK, "{up}");
        let run = freeze(&app).await;
        let html = run_file(&app, &run, "report.html").await.replace('\n', "");

        // The seed's narrative and evidence link of KPI-T1.1 for 2028, beside the indicator.
        assert!(html.contains("ITU estimate for 2028; well below the straight line to 100 % in 2030."), "narrative");
        assert!(html.contains("<a href=\"https://www.itu.int/itu-d/reports/statistics/facts-figures-2028/\">"), "evidence link");
        let narratives = run_file(&app, &run, "tables/narratives.csv").await;
        assert!(narratives.lines().any(|l| l == "KPI-T1.1,Individuals using the Internet,2028,annual,\
            ITU estimate for 2028; well below the straight line to 100 % in 2030.,\
            https://www.itu.int/itu-d/reports/statistics/facts-figures-2028/"), "{narratives}");
        assert!(!narratives.contains("Awaiting approval."), "a submitted value's narrative is not reported");

        // The revision with its decision: as adopted, as revised.
        for toc in ["<a href=\"#revisions\">Framework revisions in force</a>", "<a href=\"#mandates\">Results serving each resolution</a>"] {
            assert!(html.contains(toc), "{toc}");
        }
        let row = format!("<td>KPI-T1.4</td><td>target value</td><td class=\"num\">{adopted}</td><td class=\"num\">45</td>\
            <td>2028-06-20</td><td>Council</td><td>Decision 612 (C-28)</td>");
        assert!(html.contains(&row), "{row}");
        let revisions = run_file(&app, &run, "tables/revisions.csv").await;
        assert!(revisions.contains(&format!(",target_value,{adopted},45,2028-06-20,Council,Decision 612 (C-28),2028")), "{revisions}");

        // Resolution 71 with the goals it is linked to, each with its status.
        let mandates = &html[html.find("id=\"mandates\"").unwrap()..];
        let mandates = &mandates[..mandates.find("</section>").unwrap()];
        assert!(mandates.contains("<td>Resolution 71</td><td>Strategic plan for the Union</td><td>G1 "), "{mandates}");
        assert!(mandates.contains("<td>Resolution 71</td><td></td><td>G2 "), "{mandates}");
        assert!(mandates.contains("<td>Resolution 72</td>") && mandates.contains("<td>KPI-EN2 "), "an indicator's link");
        let csv = run_file(&app, &run, "tables/mandates.csv").await;
        assert!(csv.lines().any(|l| l.starts_with("resolution,71,Strategic plan for the Union,2028,goal,G1,")), "{csv}");
        assert!(csv.lines().any(|l| l.starts_with("sdg,9.c,") && l.contains(",target,T1.1,")), "{csv}");
        // In the framework section, a result names what it serves.
        assert!(html.contains("Serves Resolution 71 (Strategic plan for the Union)"));

        let id = run["id"].as_i64().unwrap();
        let (s, v) = app.call("POST", &format!("/api/v1/reports/{id}/verify"), Some(&app.tokens.admin), None).await;
        assert_eq!((s, v["identical"].clone()), (StatusCode::OK, json!(true)), "{v}");
    }
}
