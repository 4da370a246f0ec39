//! The login form: its CSRF double submit, where it redirects to, the cookies behind HTTPS and HSTS.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::pages::{PASSWORD, csrf_of, get};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use sea_orm::ConnectionTrait;

/// The login form page's `(pre-session cookie, hidden field)`.
async fn form_page(router: &axum::Router) -> (String, String) {
    let resp = tower::ServiceExt::oneshot(router.clone(), Request::get("/login").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let cookie = resp.headers()[header::SET_COOKIE].to_str().unwrap().to_owned();
    let body = http_body_util::BodyExt::collect(resp.into_body())
        .await
        .unwrap()
        .to_bytes();
    (cookie, csrf_of(std::str::from_utf8(&body).unwrap()))
}

/// Posts the login form with `cookie` and fields; returns status, `Location` and every `Set-Cookie`.
async fn submit(
    router: &axum::Router,
    cookie: Option<&str>,
    fields: &[(&str, &str)],
) -> (StatusCode, String, Vec<String>) {
    let mut req = Request::post("/login").header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c.split(';').next().unwrap());
    }
    let req = req
        .body(Body::from(serde_urlencoded::to_string(fields).unwrap()))
        .unwrap();
    let resp = tower::ServiceExt::oneshot(router.clone(), req).await.unwrap();
    let location = resp
        .headers()
        .get(header::LOCATION)
        .map(|l| l.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let cookies = resp
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|c| c.to_str().unwrap().to_owned())
        .collect();
    (resp.status(), location, cookies)
}

both_backends! {
    async fn the_login_form_is_refused_without_its_own_csrf_cookie_and_field(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let r = &app.router;
        let creds = [("email", "admin@test.org"), ("password", PASSWORD), ("next", "/")];
        // A foreign site posting the form has neither the field nor (readable) the cookie.
        let (s, _, cookies) = submit(r, None, &creds).await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        assert!(!cookies.iter().any(|c| c.starts_with("stratrack_session=")), "{cookies:?}");
        let (cookie, field) = form_page(r).await;
        let (other_cookie, _) = form_page(r).await;
        let with = [creds[0], creds[1], creds[2], ("csrf", field.as_str())];
        assert_eq!(submit(r, Some(&other_cookie), &with).await.0, StatusCode::FORBIDDEN, "another browser's cookie");
        assert_eq!(submit(r, None, &with).await.0, StatusCode::FORBIDDEN, "no cookie");
        let (s, location, cookies) = submit(r, Some(&cookie), &with).await;
        assert_eq!((s, location.as_str()), (StatusCode::SEE_OTHER, "/"));
        assert!(cookies.iter().any(|c| c.starts_with("stratrack_session=")), "{cookies:?}");
        assert!(cookies.iter().any(|c| c.starts_with("stratrack_login_csrf=;") && c.contains("Max-Age=0")), "spent: {cookies:?}");
    }
}

both_backends! {
    async fn after_login_only_a_path_on_this_site_is_a_redirect_target(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let r = &app.router;
        let cases = [
            ("/\t/evil.example", "/"),
            ("/\n/evil.example", "/"),
            ("/%09/evil.example", "/"),
            ("//evil.example", "/"),
            ("/\\evil.example", "/"),
            ("/%2F/evil.example", "/"),
            ("/%5Cevil.example", "/"),
            ("https://evil.example/", "/"),
            ("/caf\u{e9}", "/"),
            ("/framework?plan=SP2028-2031&year=2029", "/framework?plan=SP2028-2031&year=2029"),
        ];
        for (next, expected) in cases {
            let (cookie, field) = form_page(r).await;
            let fields = [("email", "reviewer@test.org"), ("password", PASSWORD), ("next", next), ("csrf", &field)];
            let (s, location, _) = submit(r, Some(&cookie), &fields).await;
            assert_eq!((s, location.as_str()), (StatusCode::SEE_OTHER, expected), "next = {next:?}");
        }
        // The login page does not put a foreign target into its form either.
        let page = get(&app, None, "/login?next=%2F%09%2Fevil.example").await;
        assert!(page.body.contains(r#"name="next" value="/""#), "{}", page.body);
    }
}

both_backends! {
    async fn a_user_with_a_one_time_password_is_sent_to_the_account_page(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let cookie = crate::pages::login(&app, "planner.bdt@test.org").await;
        app.db
            .execute_unprepared("UPDATE users SET must_change_password = true WHERE email = 'planner.bdt@test.org'")
            .await
            .unwrap();
        let page = get(&app, Some(&cookie), "/framework").await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
        assert!(page.location.unwrap().starts_with("/account"));
        assert_eq!(get(&app, Some(&cookie), "/account").await.status, StatusCode::OK);
    }
}

both_backends! {
    async fn behind_https_cookies_are_host_prefixed_and_hsts_is_sent(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let secure = stratrack::app(stratrack::state::AppState {
            config: std::sync::Arc::new(stratrack::state::Config { secure_cookies: true, ..Default::default() }),
            ..stratrack::state::AppState::new(app.db.clone())
        });
        let (cookie, field) = form_page(&secure).await;
        assert!(cookie.starts_with("__Host-stratrack_login_csrf=") && cookie.contains("; Secure") && cookie.contains("Path=/"), "{cookie}");
        let fields = [("email", "reviewer@test.org"), ("password", PASSWORD), ("next", "/"), ("csrf", &field)];
        let (_, _, cookies) = submit(&secure, Some(&cookie), &fields).await;
        let session = cookies.iter().find(|c| c.starts_with("__Host-stratrack_session=")).expect("a __Host- session cookie");
        assert!(session.contains("; Secure") && session.contains("Path=/") && !session.contains("Domain"), "{session}");
        let pair = session.split(';').next().unwrap();
        let me = |router: &axum::Router, cookie: String| {
            let req = Request::get("/api/v1/auth/me").header(header::COOKIE, cookie).body(Body::empty()).unwrap();
            tower::ServiceExt::oneshot(router.clone(), req)
        };
        let resp = me(&secure, pair.to_owned()).await.unwrap();
        assert_eq!(resp.status(), StatusCode::OK);
        assert_eq!(resp.headers()[header::STRICT_TRANSPORT_SECURITY], "max-age=31536000; includeSubDomains");
        // The unprefixed name (which a sibling subdomain could set) is not the session.
        let unprefixed = pair.trim_start_matches("__Host-").to_owned();
        assert_eq!(me(&secure, unprefixed).await.unwrap().status(), StatusCode::UNAUTHORIZED);
        // Without HTTPS there is no HSTS.
        let plain = me(&app.router, String::new()).await.unwrap();
        assert!(plain.headers().get(header::STRICT_TRANSPORT_SECURITY).is_none());
    }
}
