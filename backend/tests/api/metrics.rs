//! `/metrics`: what it counts (requests by route template and status, latency, pools, group commits,
//! imports, report builds) and who may read it. Request ids and log lines are in `logs.rs`.
//!
//! The figures live in the test process, which every test shares: a test compares a figure before and
//! after its own requests and expects it to have grown by at least what it did.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use std::net::SocketAddr;
use tower::ServiceExt;

/// GETs `path` on `router`, optionally with a token and from a client address; returns status, headers
/// and body text.
pub async fn get(
    router: &axum::Router,
    path: &str,
    token: Option<&str>,
    from: Option<&str>,
    headers: &[(&str, &str)],
) -> (StatusCode, HeaderMap, String) {
    let mut req = Request::get(path);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let mut req = req.body(Body::empty()).unwrap();
    if let Some(addr) = from {
        req.extensions_mut()
            .insert(ConnectInfo(addr.parse::<SocketAddr>().unwrap()));
    }
    let resp = router.clone().oneshot(req).await.unwrap();
    let (status, headers) = (resp.status(), resp.headers().clone());
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

/// `/metrics` as the admin: the exposition text.
async fn scrape(app: &TestApp) -> String {
    let (s, h, text) = get(&app.router, "/metrics", Some(&app.tokens.admin), None, &[]).await;
    assert_eq!(s, StatusCode::OK, "{text}");
    assert_eq!(
        h["content-type"], "text/plain; version=0.0.4; charset=utf-8",
        "the Prometheus text format"
    );
    text
}

/// The value of one series (`name{labels}`), 0 when absent.
fn value(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .map_or(0.0, |v| v.parse().unwrap())
}

both_backends! {
    async fn admins_read_requests_by_route_template_and_status_with_latency_histograms(backend: Backend) {
        let Some(app) = TestApp::empty(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let ok = r#"stratrack_http_requests_total{route="/api/v1/plans",method="GET",status="200"}"#;
        let missing = r#"stratrack_http_requests_total{route="/api/v1/plans/{plan}",method="GET",status="404"}"#;
        let count = r#"stratrack_http_request_duration_seconds_count{route="/api/v1/plans"}"#;
        let before = scrape(&app).await;
        for _ in 0..3 {
            assert_eq!(get(&app.router, "/api/v1/plans", Some(&admin), None, &[]).await.0, StatusCode::OK);
        }
        let raw = format!("NO-SUCH-PLAN-{}", std::process::id());
        let (s, _, _) = get(&app.router, &format!("/api/v1/plans/{raw}"), Some(&admin), None, &[]).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let after = scrape(&app).await;

        assert!(value(&after, ok) >= value(&before, ok) + 3.0, "{ok} grew by three:\n{after}");
        assert!(value(&after, missing) >= value(&before, missing) + 1.0, "{missing}:\n{after}");
        assert!(!after.contains(&raw), "paths are counted under their template, never as sent");
        assert!(after.contains("# TYPE stratrack_http_requests_total counter\n"));
        assert!(after.contains("# TYPE stratrack_http_request_duration_seconds histogram\n"));
        let n = value(&after, count);
        assert!(n >= value(&before, count) + 3.0, "{count}:\n{after}");
        let inf = r#"stratrack_http_request_duration_seconds_bucket{route="/api/v1/plans",le="+Inf"}"#;
        assert_eq!(value(&after, inf), n, "the +Inf bucket holds every request");
        let fast = r#"stratrack_http_request_duration_seconds_bucket{route="/api/v1/plans",le="0.001"}"#;
        assert!(after.contains(fast) && value(&after, fast) <= n);
        assert!(value(&after, r#"stratrack_http_request_duration_seconds_sum{route="/api/v1/plans"}"#) > 0.0);
        assert!(value(&after, r#"stratrack_db_pool_connections{pool="read"}"#) >= 1.0, "{after}");
        assert!(after.contains(r#"stratrack_db_pool_idle_connections{pool="read"}"#));
    }
}

both_backends! {
    async fn planners_reviewers_and_anonymous_callers_may_not_read_metrics(backend: Backend) {
        let Some(app) = TestApp::empty(backend).await else { return };
        let t = app.tokens.clone();
        for (token, status) in [
            (None, StatusCode::UNAUTHORIZED),
            (Some(&t.reviewer), StatusCode::FORBIDDEN),
            (Some(&t.planner_br), StatusCode::FORBIDDEN),
        ] {
            let (s, h, body) = get(&app.router, "/metrics", token.map(String::as_str), Some("192.0.2.7:4000"), &[]).await;
            assert_eq!(s, status, "{body}");
            assert_eq!(h["content-type"], "application/problem+json");
            assert!(!body.contains("stratrack_http"), "no figures leak: {body}");
        }
    }
}

both_backends! {
    async fn an_allowed_address_reads_metrics_without_logging_in(backend: Backend) {
        let Some(app) = TestApp::empty(backend).await else { return };
        use stratrack::state::{AppState, Config};
        let config = Config {
            metrics_allow: "10.0.0.0/8, 2001:db8::1".parse().unwrap(),
            ..Config::default()
        };
        let router = stratrack::app(AppState {
            config: std::sync::Arc::new(config),
            ..AppState::new(app.db.clone())
        });
        for from in ["10.20.30.40:51000", "[2001:db8::1]:9100", "[::ffff:10.0.0.1]:80"] {
            let (s, _, text) = get(&router, "/metrics", None, Some(from), &[]).await;
            assert_eq!(s, StatusCode::OK, "from {from}: {text}");
            assert!(text.contains("# TYPE stratrack_http_requests_total counter"));
        }
        for from in ["11.0.0.1:51000", "[2001:db8::2]:9100"] {
            let (s, _, _) = get(&router, "/metrics", None, Some(from), &[]).await;
            assert_eq!(s, StatusCode::UNAUTHORIZED, "from {from}");
        }
        let (s, _, _) = get(&router, "/metrics", None, None, &[]).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "no known address is not an allowed one");
    }
}

both_backends! {
    async fn imports_report_builds_and_group_commits_are_counted(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let admin = app.tokens.admin.clone();
        let stored = r#"stratrack_imports_total{outcome="stored"}"#;
        let failed = r#"stratrack_imports_total{outcome="failed"}"#;
        let rows = "stratrack_import_rows_total";
        let builds = "stratrack_report_build_duration_seconds_count";
        let groups = "stratrack_write_group_size_count";
        let before = scrape(&app).await;
        let (s, r) = crate::imports::import(&app, &admin, "plan=SP2028-2031", "indicator_code,year,value\nKPI-X1,2029,3\nKPI-D2,2029,4\n").await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        let (s, _) = crate::imports::import(&app, &admin, "plan=SP2028-2031", "indicator_code,year,value\nKPI-X1,2029,not a number\n").await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        crate::measurements::draft(&app, &admin, "KPI-D2", 2030, "5").await;
        crate::reports::freeze(&app).await;
        let after = scrape(&app).await;
        assert!(value(&after, stored) >= value(&before, stored) + 1.0, "{after}");
        assert!(value(&after, rows) >= value(&before, rows) + 2.0, "{after}");
        assert!(value(&after, failed) >= value(&before, failed) + 1.0, "{after}");
        assert!(value(&after, builds) >= value(&before, builds) + 1.0, "{after}");
        assert!(after.contains("stratrack_report_build_duration_seconds_bucket{le=\"+Inf\"}"));
        if backend == Backend::Sqlite {
            assert!(value(&after, groups) >= value(&before, groups) + 1.0, "the entry went through a group commit:\n{after}");
            assert!(after.contains("stratrack_write_group_size_bucket{le=\"1\"}"));
        } else {
            assert!(!after.contains(groups), "PostgreSQL has no group commits");
        }
    }
}

#[test]
fn the_metrics_route_is_documented_with_the_content_types_it_answers() {
    crate::helpers::block_on(async {
        let Some(app) = TestApp::empty(Backend::Sqlite).await else {
            return;
        };
        let (_, doc) = app.call("GET", "/api/openapi.json", None, None).await;
        let responses = &doc["paths"]["/metrics"]["get"]["responses"];
        let (_, h, _) = get(&app.router, "/metrics", Some(&app.tokens.admin), None, &[]).await;
        let served = h["content-type"].to_str().unwrap();
        assert!(
            responses["200"]["content"][served].is_object(),
            "{served} in {responses}"
        );
        let (_, h, _) = get(&app.router, "/metrics", Some(&app.tokens.reviewer), None, &[]).await;
        let served = h["content-type"].to_str().unwrap();
        for code in ["401", "403"] {
            assert!(
                responses[code]["content"][served].is_object(),
                "{code} as {served} in {responses}"
            );
        }
    });
}

#[test]
fn the_writer_pool_of_a_sqlite_file_is_reported_apart() {
    crate::helpers::block_on(async {
        let Some(app) = TestApp::empty(Backend::Sqlite).await else {
            return;
        };
        let writer = stratrack::db::connect_writer(&app.url).await.unwrap();
        let router = stratrack::app(stratrack::state::AppState::new(app.db.clone()).with_writer(writer));
        let (s, _, text) = get(&router, "/metrics", Some(&app.tokens.admin), None, &[]).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(
            value(&text, r#"stratrack_db_pool_max_connections{pool="write"}"#),
            1.0,
            "{text}"
        );
        assert!(
            value(&text, r#"stratrack_db_pool_max_connections{pool="read"}"#) > 1.0,
            "{text}"
        );
        let (s, _, text) = get(&app.router, "/metrics", Some(&app.tokens.admin), None, &[]).await;
        assert_eq!(s, StatusCode::OK);
        assert!(
            !text.contains(r#"pool="write""#),
            "one pool for both is reported once:\n{text}"
        );
    });
}
