//! Logging in and out, sessions, CSRF, throttling, tokens and what is never shown. Throttling is in
//! [`throttling`]; passwords, the forced change and account rules in [`accounts`]; the login form,
//! redirects, cookies and HSTS in [`login_form`].

mod accounts;
mod login_form;
mod throttling;

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use sea_orm::ConnectionTrait;
use serde_json::json;

const PW: &str = "correct horse battery staple";

/// A login request from `addr` (as the server's connect info would say).
fn login_from(addr: [u8; 4], email: &str, password: &str) -> Request<Body> {
    let mut req = Request::post("/api/v1/auth/login")
        .header("content-type", "application/json")
        .body(Body::from(json!({"email": email, "password": password}).to_string()))
        .unwrap();
    req.extensions_mut()
        .insert(axum::extract::ConnectInfo(std::net::SocketAddr::from((addr, 5000))));
    req
}

/// Logs in and returns (cookie header value, csrf token).
async fn login(app: &TestApp, email: &str, password: &str) -> (StatusCode, Option<(String, String)>) {
    let req = Request::post("/api/v1/auth/login")
        .header("content-type", "application/json")
        .body(Body::from(json!({"email": email, "password": password}).to_string()))
        .unwrap();
    let resp = tower::ServiceExt::oneshot(app.router.clone(), req).await.unwrap();
    let status = resp.status();
    let cookie = resp.headers().get("set-cookie").map(|v| v.to_str().unwrap().to_owned());
    let body = http_body_util::BodyExt::collect(resp.into_body())
        .await
        .unwrap()
        .to_bytes();
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    match cookie {
        Some(c) if status == StatusCode::OK => {
            assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax"), "{c}");
            let pair = c.split(';').next().unwrap().to_owned();
            (status, Some((pair, v["csrf_token"].as_str().unwrap().to_owned())))
        }
        _ => (status, None),
    }
}

async fn with_cookie(
    app: &TestApp,
    method: &str,
    path: &str,
    cookie: &str,
    csrf: Option<&str>,
    body: Option<serde_json::Value>,
) -> StatusCode {
    let mut req = Request::builder().method(method).uri(path).header("cookie", cookie);
    if let Some(c) = csrf {
        req = req.header("x-csrf-token", c);
    }
    let req = match body {
        Some(b) => req
            .header("content-type", "application/json")
            .body(Body::from(b.to_string()))
            .unwrap(),
        None => req.body(Body::empty()).unwrap(),
    };
    app.send(req).await.0
}

both_backends! {
    async fn a_session_works_until_logout_and_each_login_gets_a_new_id(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (s, first) = login(&app, "planner.br@test.org", PW).await;
        assert_eq!(s, StatusCode::OK);
        let (cookie, csrf) = first.unwrap();
        let (_, second) = login(&app, "planner.br@test.org", PW).await;
        assert_ne!(second.unwrap().0, cookie, "a new session id at every login");
        assert_eq!(with_cookie(&app, "GET", "/api/v1/auth/me", &cookie, None, None).await, StatusCode::OK);
        assert_eq!(with_cookie(&app, "POST", "/api/v1/auth/logout", &cookie, Some(&csrf), None).await, StatusCode::NO_CONTENT);
        assert_eq!(with_cookie(&app, "GET", "/api/v1/auth/me", &cookie, None, None).await, StatusCode::UNAUTHORIZED);
        let (s, none) = login(&app, "planner.br@test.org", "wrong password!").await;
        assert_eq!((s, none.is_none()), (StatusCode::UNAUTHORIZED, true));
    }
}

both_backends! {
    async fn a_state_changing_request_with_a_session_needs_the_csrf_token(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, s) = login(&app, "admin@test.org", PW).await;
        let (cookie, csrf) = s.unwrap();
        let body = json!({"version": 1, "name": "Renamed"});
        assert_eq!(with_cookie(&app, "PATCH", "/api/v1/plans/SP2028-2031", &cookie, None, Some(body.clone())).await, StatusCode::FORBIDDEN);
        assert_eq!(with_cookie(&app, "PATCH", "/api/v1/plans/SP2028-2031", &cookie, Some("forged"), Some(body.clone())).await, StatusCode::FORBIDDEN);
        let (_, plan) = app.get_json("/api/v1/plans/SP2028-2031").await;
        assert_ne!(plan["name"], "Renamed");
        assert_eq!(with_cookie(&app, "PATCH", "/api/v1/plans/SP2028-2031", &cookie, Some(&csrf), Some(body)).await, StatusCode::OK);
    }
}

both_backends! {
    async fn idle_and_absolute_expiry_end_a_session(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let (_, a) = login(&app, "reviewer@test.org", PW).await;
        let (_, b) = login(&app, "admin@test.org", PW).await;
        let ((ca, _), (cb, _)) = (a.unwrap(), b.unwrap());
        let old = (chrono::Utc::now() - chrono::Duration::hours(3)).to_rfc3339();
        let past = (chrono::Utc::now() - chrono::Duration::minutes(1)).to_rfc3339();
        let reviewer_id = "(SELECT id FROM users WHERE email = 'reviewer@test.org')";
        let admin_id = "(SELECT id FROM users WHERE email = 'admin@test.org')";
        app.db.execute_unprepared(&format!("UPDATE sessions SET last_seen_at = '{old}' WHERE user_id = {reviewer_id}")).await.unwrap();
        app.db.execute_unprepared(&format!("UPDATE sessions SET expires_at = '{past}' WHERE user_id = {admin_id}")).await.unwrap();
        assert_eq!(with_cookie(&app, "GET", "/api/v1/auth/me", &ca, None, None).await, StatusCode::UNAUTHORIZED, "idle expiry");
        assert_eq!(with_cookie(&app, "GET", "/api/v1/auth/me", &cb, None, None).await, StatusCode::UNAUTHORIZED, "absolute expiry");
    }
}

both_backends! {
    async fn repeated_failures_throttle_the_account_with_a_clear_message(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for _ in 0..5 {
            let (s, _) = login(&app, "planner.bdt@test.org", "not the password").await;
            assert_eq!(s, StatusCode::UNAUTHORIZED);
        }
        // Even the right password is refused while throttled.
        let (s, _) = app.call("POST", "/api/v1/auth/login", None, Some(json!({"email": "planner.bdt@test.org", "password": PW}))).await;
        assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
        let (_, p) = app.call("POST", "/api/v1/auth/login", None, Some(json!({"email": "planner.bdt@test.org", "password": PW}))).await;
        assert_eq!(p["code"], "throttled");
        assert!(p["detail"].as_str().unwrap().contains("try again in 15 minutes"), "{p}");
        // Another account is not affected.
        let (s, _) = login(&app, "planner.br@test.org", PW).await;
        assert_eq!(s, StatusCode::OK);
    }
}

both_backends! {
    async fn failures_from_one_address_throttle_every_account_from_it(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let from = |email: &str, pw: &str| login_from([10, 9, 8, 7], email, pw);
        for i in 0..20 {
            let (s, _) = app.send(from(&format!("nobody{i}@test.org"), "x")).await;
            assert_eq!(s, StatusCode::UNAUTHORIZED);
        }
        let (s, _) = app.send(from("admin@test.org", PW)).await;
        assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
        let (s, _) = login(&app, "admin@test.org", PW).await;
        assert_eq!(s, StatusCode::OK, "other addresses still log in");
    }
}

both_backends! {
    async fn a_revoked_or_expired_token_stops_working(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (s, created) = app.call("POST", "/api/v1/tokens", Some(&t.planner_br), Some(json!({"name": "script", "expires_in_days": 30}))).await;
        assert_eq!(s, StatusCode::CREATED, "{created}");
        let token = created["token"].as_str().unwrap().to_owned();
        let id = created["record"]["id"].as_i64().unwrap();
        assert_eq!(app.call("GET", "/api/v1/auth/me", Some(&token), None).await.0, StatusCode::OK);
        // Another planner cannot see or revoke it.
        assert_eq!(app.call("DELETE", &format!("/api/v1/tokens/{id}"), Some(&t.planner_bdt), None).await.0, StatusCode::NOT_FOUND);
        assert_eq!(app.call("DELETE", &format!("/api/v1/tokens/{id}"), Some(&token), None).await.0, StatusCode::NO_CONTENT);
        assert_eq!(app.call("GET", "/api/v1/auth/me", Some(&token), None).await.0, StatusCode::UNAUTHORIZED);

        let (_, created) = app.call("POST", "/api/v1/tokens", Some(&t.reviewer), Some(json!({"name": "short", "expires_in_days": 1}))).await;
        let token = created["token"].as_str().unwrap().to_owned();
        let past = (chrono::Utc::now() - chrono::Duration::seconds(1)).to_rfc3339();
        app.db.execute_unprepared(&format!("UPDATE api_tokens SET expires_at = '{past}' WHERE id = {}", created["record"]["id"])).await.unwrap();
        assert_eq!(app.call("GET", "/api/v1/auth/me", Some(&token), None).await.0, StatusCode::UNAUTHORIZED);
        // Creating a token for someone else is for admins only.
        let (s, _) = app.call("POST", "/api/v1/tokens", Some(&t.reviewer), Some(json!({"name": "x", "user_id": 1}))).await;
        assert_eq!(s, StatusCode::FORBIDDEN);
    }
}

both_backends! {
    async fn a_disabled_user_can_no_longer_log_in_or_use_tokens(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (_, users) = app.call("GET", "/api/v1/users?role=reviewer", Some(&t.admin), None).await;
        let r = &users["items"][0];
        let (s, _) = app.call("PATCH", &format!("/api/v1/users/{}", r["id"]), Some(&t.admin), Some(json!({"version": r["version"], "active": false}))).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(app.call("GET", "/api/v1/plans", Some(&t.reviewer), None).await.0, StatusCode::UNAUTHORIZED);
        assert_eq!(login(&app, "reviewer@test.org", PW).await.0, StatusCode::UNAUTHORIZED);
    }
}

both_backends! {
    async fn changing_ones_password_needs_the_current_one_and_a_long_new_one(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (s, p) = app.call("POST", "/api/v1/auth/password", Some(&t.planner_br), Some(json!({"current_password": "nope", "new_password": "short"}))).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        let fields: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
        assert_eq!(fields, ["current_password", "new_password"]);
        let (s, _) = app.call("POST", "/api/v1/auth/password", Some(&t.planner_br), Some(json!({"current_password": PW, "new_password": "a much longer passphrase"}))).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        assert_eq!(login(&app, "planner.br@test.org", PW).await.0, StatusCode::UNAUTHORIZED);
        assert_eq!(login(&app, "planner.br@test.org", "a much longer passphrase").await.0, StatusCode::OK);
        // An admin reset gives a one-time password that works.
        let (_, users) = app.call("GET", "/api/v1/users?role=planner&sort=email", Some(&t.admin), None).await;
        let br = users["items"].as_array().unwrap().iter().find(|u| u["email"] == "planner.br@test.org").unwrap().clone();
        let (s, reset) = app.call("POST", &format!("/api/v1/users/{}/reset-password", br["id"]), Some(&t.admin), None).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(login(&app, "planner.br@test.org", reset["one_time_password"].as_str().unwrap()).await.0, StatusCode::OK);
    }
}

#[test]
fn every_response_carries_the_security_headers() {
    crate::helpers::block_on(async {
        let app = TestApp::empty(Backend::Sqlite).await.unwrap();
        for path in ["/healthz", "/api/v1/plans", "/api/openapi.json"] {
            let resp = tower::ServiceExt::oneshot(app.router.clone(), Request::get(path).body(Body::empty()).unwrap())
                .await
                .unwrap();
            let h = resp.headers();
            let csp = h.get("content-security-policy").expect("CSP").to_str().unwrap();
            assert!(
                csp.contains("script-src 'self'") && !csp.contains("script-src 'self' 'unsafe-inline'"),
                "{csp}"
            );
            assert!(csp.contains("frame-ancestors 'none'"));
            assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
            assert_eq!(h.get("referrer-policy").unwrap(), "same-origin");
        }
    });
}

#[test]
fn an_oversized_body_is_refused_with_413() {
    crate::helpers::block_on(async {
        let app = TestApp::empty(Backend::Sqlite).await.unwrap();
        let big = "x".repeat(stratrack::routes::MAX_BODY_BYTES + 1);
        let req = Request::post("/api/v1/auth/login")
            .header("content-type", "application/json")
            .body(Body::from(big))
            .unwrap();
        let (s, _) = app.send(req).await;
        assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    });
}
