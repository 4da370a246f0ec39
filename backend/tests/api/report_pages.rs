//! The reports page (freeze, publish, download; reviewers see published runs only) and the report's
//! charts on the dashboard and the indicator page.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::json;
use tower::ServiceExt;

/// Logs in through the API; returns the cookie pair and the CSRF token.
async fn login(app: &TestApp, email: &str) -> (String, String) {
    let req = Request::post("/api/v1/auth/login")
        .header("content-type", "application/json")
        .body(Body::from(
            json!({"email": email, "password": "correct horse battery staple"}).to_string(),
        ))
        .unwrap();
    let resp = app.router.clone().oneshot(req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let cookie = resp.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    (cookie, v["csrf_token"].as_str().unwrap().to_owned())
}

/// A page request with the session cookie: status, Location or Content-Type header, body text.
async fn page(
    app: &TestApp,
    cookie: &str,
    method: &str,
    path: &str,
    form: Option<String>,
) -> (StatusCode, String, String) {
    let req = Request::builder().method(method).uri(path).header("cookie", cookie);
    let req = match form {
        Some(f) => req
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(f))
            .unwrap(),
        None => req.body(Body::empty()).unwrap(),
    };
    let resp = app.router.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let header = resp
        .headers()
        .get("location")
        .or_else(|| resp.headers().get("content-type"))
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    (status, header, String::from_utf8_lossy(&body).into_owned())
}

both_backends! {
    async fn the_office_freezes_and_publishes_a_run_from_the_reports_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (admin, csrf) = login(&app, "admin@test.org").await;
        let (reviewer, _) = login(&app, "reviewer@test.org").await;
        let (s, _, html) = page(&app, &admin, "GET", "/reports?plan=SP2028-2031&year=2028", None).await;
        assert_eq!(s, StatusCode::OK);
        assert!(html.contains("Freeze a run") && html.contains("No report run yet"), "{html}");
        let (s, _, _) = page(&app, &admin, "POST", "/reports", Some("csrf=forged&plan=SP2028-2031&year=2028".into())).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "a form without the session's token is refused");
        let (s, to, _) = page(&app, &admin, "POST", "/reports", Some(format!("csrf={csrf}&plan=SP2028-2031&year=2028"))).await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        assert!(to.starts_with("/reports?"), "{to}");
        assert_eq!(app.count("report_runs").await, 1);
        let (_, _, html) = page(&app, &reviewer, "GET", "/reports", None).await;
        assert!(html.contains("No report run yet") && !html.contains("Freeze a run"), "reviewers see no frozen run");
        let (_, _, html) = page(&app, &admin, "GET", "/reports", None).await;
        assert!(html.contains("/api/v1/reports/1/files/report.html") && html.contains("/api/v1/reports/1/zip"), "{html}");
        // The run's page with its restatements: the office sees the frozen run, Council only once published.
        let (s, _, html) = page(&app, &admin, "GET", "/reports/1", None).await;
        assert_eq!(s, StatusCode::OK);
        assert!(html.contains("Restatements since this report") && html.contains("No figure reported in this run has changed since"), "{html}");
        let (s, _, _) = page(&app, &reviewer, "GET", "/reports/1", None).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "an unpublished run's page is refused to Council, as the run is");
        let (s, to, _) = page(&app, "", "GET", "/reports/1", None).await;
        assert_eq!((s, to.starts_with("/login?next=")), (StatusCode::SEE_OTHER, true), "{to}");
        let (s, to, _) = page(&app, &admin, "POST", "/reports/1/publish", Some(format!("csrf={csrf}"))).await;
        assert_eq!((s, to.starts_with("/reports?")), (StatusCode::SEE_OTHER, true), "{to}");
        let (s, _, html) = page(&app, &reviewer, "GET", "/reports/1", None).await;
        assert_eq!(s, StatusCode::OK);
        assert!(html.contains("Restatements since this report"), "{html}");
        let (_, _, html) = page(&app, &reviewer, "GET", "/reports", None).await;
        assert!(html.contains("/api/v1/reports/1/files/report.html"), "the published run is listed");
        let (s, kind, body) = page(&app, &reviewer, "GET", "/api/v1/reports/1/files/report.html", None).await;
        assert_eq!((s, kind.as_str()), (StatusCode::OK, "text/html; charset=utf-8"));
        assert!(body.contains("<svg"), "the report downloads with the browser session");
        assert!(!html.contains("/reports/preview?"), "no preview link for Council");
        let (s, _, body) = page(&app, &reviewer, "GET", "/reports/preview?plan=SP2028-2031&year=2028", None).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "a reviewer sees published runs only, never a preview");
        assert!(body.contains("only published report runs are shown to Council members"), "{body}");
        let (s, kind, _) = page(&app, &admin, "GET", "/reports/preview?plan=SP2028-2031&year=2028", None).await;
        assert_eq!((s, kind.as_str()), (StatusCode::OK, "application/zip"));
        let (_, _, html) = page(&app, &reviewer, "GET", "/reports?plan=SP2028-2031&year=2028", None).await;
        assert!(html.contains("/api/v1/plans/SP2028-2031/iati?year=2028"), "the page links to the IATI file");
        let (s, kind, body) = page(&app, &reviewer, "GET", "/api/v1/plans/SP2028-2031/iati?year=2028", None).await;
        assert_eq!((s, kind.as_str()), (StatusCode::OK, "application/xml; charset=utf-8"));
        assert!(body.contains("<iati-activities version=\"2.03\""), "the IATI file downloads with the browser session");
    }
}

both_backends! {
    async fn the_dashboard_and_the_indicator_page_show_the_reports_charts(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (reviewer, _) = login(&app, "reviewer@test.org").await;
        let (s, _, html) = page(&app, &reviewer, "GET", "/?plan=SP2028-2031&year=2028", None).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(html.matches("<svg class=\"chart\"").count(), 3, "status by goal, by priority, budget");
        assert!(html.contains("Budget against actual expense by org unit, 2028"), "caption");
        let (s, _, html) = page(&app, &reviewer, "GET", "/indicators/KPI-T1.1?plan=SP2028-2031&year=2028", None).await;
        assert_eq!(s, StatusCode::OK);
        assert!(html.contains("<svg class=\"chart\""), "the trajectory chart");
        assert!(html.contains("KPI-T1.1 — Individuals using the Internet"), "chart title");
    }
}

both_backends! {
    async fn the_office_freezes_the_four_year_assessment_from_the_reports_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (admin, csrf) = login(&app, "admin@test.org").await;
        let (reviewer, _) = login(&app, "reviewer@test.org").await;
        let (_, _, html) = page(&app, &reviewer, "GET", "/reports?plan=SP2028-2031&year=2028", None).await;
        assert!(html.contains("Four-year assessment of SP2028-2031"), "everyone reads what the assessment is");
        assert!(!html.contains("Freeze the four-year assessment"), "only the office freezes it");
        let (_, _, html) = page(&app, &admin, "GET", "/reports?plan=SP2028-2031&year=2028", None).await;
        assert!(html.contains("Freeze the four-year assessment"), "{html}");
        let (s, to, _) = page(&app, &admin, "POST", "/reports", Some(format!("csrf={csrf}&plan=SP2028-2031&kind=assessment"))).await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        assert!(to.starts_with("/reports?"), "{to}");
        let (_, _, html) = page(&app, &admin, "GET", &to, None).await;
        assert!(html.contains("<td>four-year assessment</td>"), "the run is listed with its kind: {html}");
        let (_, _, html) = page(&app, &reviewer, "GET", "/reports", None).await;
        assert!(!html.contains("four-year assessment</td>"), "not published: Council does not see it");
        let (s, _, _) = page(&app, &admin, "POST", "/reports/1/publish", Some(format!("csrf={csrf}"))).await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        let (_, _, html) = page(&app, &reviewer, "GET", "/reports", None).await;
        assert!(html.contains("<td>four-year assessment</td>") && html.contains("/api/v1/reports/1/files/report.html"), "{html}");
        let (s, _, html) = page(&app, &reviewer, "GET", "/reports/1", None).await;
        assert_eq!(s, StatusCode::OK, "the run's page of a published assessment: {html}");
    }
}

both_backends! {
    async fn the_office_gives_the_council_symbol_and_session_when_it_freezes_on_the_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (admin, csrf) = login(&app, "admin@test.org").await;
        // A symbol longer than a code is refused, named, and nothing is frozen.
        let long = "C".repeat(65);
        let cookie = crate::pages::login(&app, "admin@test.org").await;
        let token = crate::pages::csrf_of(&crate::pages::get(&app, Some(&cookie), "/reports").await.body);
        let form = [("csrf", token), ("plan", "SP2028-2031".to_owned()), ("year", "2028".to_owned()),
            ("symbol", long), ("session", String::new())];
        let refused = crate::pages::post(&app, Some(&cookie), "/reports", &form).await.refused();
        assert!(refused.as_deref().is_some_and(|r| r.contains("symbol: give 1 to 64 characters")), "{refused:?}");
        assert_eq!(app.count("report_runs").await, 0, "nothing was frozen");
        let (s, _, _) = page(&app, &admin, "POST", "/reports",
            Some(format!("csrf={csrf}&plan=SP2028-2031&year=2028&symbol=+C29%2F35-E+&session=Council+2029%2C+Geneva"))).await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        use sea_orm::{ConnectionTrait, Statement};
        let row = app.db.query_one_raw(Statement::from_string(app.db.get_database_backend(),
            "SELECT id, document_symbol, council_session FROM report_runs".to_owned())).await.unwrap().unwrap();
        assert_eq!(row.try_get::<Option<String>>("", "document_symbol").unwrap().as_deref(), Some("C29/35-E"));
        assert_eq!(row.try_get::<Option<String>>("", "council_session").unwrap().as_deref(), Some("Council 2029, Geneva"));
        // Left blank, the fields give no symbol or session (the cover says none was given yet).
        let (s, _, _) = page(&app, &admin, "POST", "/reports",
            Some(format!("csrf={csrf}&plan=SP2028-2031&year=2028&symbol=&session=+"))).await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        let row = app.db.query_one_raw(Statement::from_string(app.db.get_database_backend(),
            "SELECT document_symbol, council_session FROM report_runs ORDER BY id DESC".to_owned())).await.unwrap().unwrap();
        assert_eq!(row.try_get::<Option<String>>("", "document_symbol").unwrap(), None);
        assert_eq!(row.try_get::<Option<String>>("", "council_session").unwrap(), None);
        // Both pages link the run's PDF beside its page and workbook.
        let id = row_id(&app).await;
        let (_, _, html) = page(&app, &admin, "GET", "/reports", None).await;
        assert!(html.contains(&format!("/api/v1/reports/{id}/files/report.pdf")), "{html}");
        let (_, _, html) = page(&app, &admin, "GET", &format!("/reports/{id}"), None).await;
        assert!(html.contains(&format!("/api/v1/reports/{id}/files/report.pdf")), "{html}");
    }
}

/// The id of the newest run.
async fn row_id(app: &TestApp) -> i32 {
    use sea_orm::{ConnectionTrait, Statement};
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT id FROM report_runs ORDER BY id DESC".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i32>("", "id").unwrap()
}
