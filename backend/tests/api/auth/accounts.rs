//! Account rules: the forced password change holds on the API, weak passwords and bad emails are refused
//! naming the field, and nobody disables themself or the last admin (API, pages, CLI).

use super::{PW, login, with_cookie};
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

async fn user_id(app: &TestApp, email: &str) -> (i64, i64) {
    let (_, users) = app.get_json("/api/v1/users?per_page=500").await;
    let u = users["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == email)
        .unwrap()
        .clone();
    (u["id"].as_i64().unwrap(), u["version"].as_i64().unwrap())
}

both_backends! {
    async fn a_one_time_password_opens_only_the_password_change_on_the_api(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (id, _) = user_id(&app, "planner.br@test.org").await;
        let (_, reset) = app.call("POST", &format!("/api/v1/users/{id}/reset-password"), Some(&t.admin), None).await;
        let otp = reset["one_time_password"].as_str().unwrap().to_owned();
        let (s, session) = login(&app, "planner.br@test.org", &otp).await;
        assert_eq!(s, StatusCode::OK);
        let (cookie, csrf) = session.unwrap();
        // Neither the session nor the user's older API token reach anything else.
        assert_eq!(with_cookie(&app, "GET", "/api/v1/plans", &cookie, None, None).await, StatusCode::FORBIDDEN);
        let (s, p) = app.call("GET", "/api/v1/plans", Some(&t.planner_br), None).await;
        assert_eq!((s, p["code"].as_str()), (StatusCode::FORBIDDEN, Some("password_change_required")), "{p}");
        let (s, me) = app.call("GET", "/api/v1/auth/me", Some(&t.planner_br), None).await;
        assert_eq!((s, me["must_change_password"].as_bool()), (StatusCode::OK, Some(true)));
        let body = json!({"current_password": otp, "new_password": "my own new passphrase"});
        assert_eq!(with_cookie(&app, "POST", "/api/v1/auth/password", &cookie, Some(&csrf), Some(body)).await, StatusCode::NO_CONTENT);
        assert_eq!(with_cookie(&app, "GET", "/api/v1/plans", &cookie, None, None).await, StatusCode::OK);
    }
}

both_backends! {
    async fn weak_passwords_are_refused_naming_the_field(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        for weak in ["            ", "aaaaaaaaaaaa", "abcdabcdabcd", "123456789012", "1qaz2wsx3edc", "Reviewer@Test.org"] {
            let body = json!({"current_password": PW, "new_password": weak});
            let (s, p) = app.call("POST", "/api/v1/auth/password", Some(&t.reviewer), Some(body)).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{weak:?} was accepted");
            assert_eq!(p["errors"][0]["field"], "new_password", "{p}");
        }
        let body = json!({"email": "new@test.org", "display_name": "New", "role": "reviewer", "password": "qwerty123456"});
        let (s, p) = app.call("POST", "/api/v1/users", Some(&t.admin), Some(body)).await;
        assert_eq!((s, p["errors"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("password")), "{p}");
        assert_eq!(login(&app, "reviewer@test.org", PW).await.0, StatusCode::OK, "the password is unchanged");
    }
}

both_backends! {
    async fn bad_emails_and_names_are_refused_naming_the_field(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let users_before = app.count("users").await;
        let long = format!("{}@{}.int", "a".repeat(64), "b".repeat(186));
        let cases = [
            ("no-at-sign.itu.int", "Name", "email"),
            ("zero\u{200B}width@itu.int", "Name", "email"),
            ("x@localhost", "Name", "email"),
            (long.as_str(), "Name", "email"),
            ("fine@itu.int", "   ", "display_name"),
            ("fine@itu.int", &"n".repeat(121), "display_name"),
        ];
        for (email, name, field) in cases {
            let body = json!({"email": email, "display_name": name, "role": "reviewer"});
            let (s, p) = app.call("POST", "/api/v1/users", Some(&t.admin), Some(body)).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{email:?} / {name:?}");
            assert_eq!(p["errors"][0]["field"], field, "{p}");
        }
        assert_eq!(app.count("users").await, users_before, "nothing was created");
        let body = json!({"email": " New.User@ITU.int ", "display_name": " New User ", "role": "reviewer"});
        let (s, created) = app.call("POST", "/api/v1/users", Some(&t.admin), Some(body)).await;
        assert_eq!(s, StatusCode::CREATED, "{created}");
        assert_eq!((created["user"]["email"].as_str(), created["user"]["display_name"].as_str()), (Some("new.user@itu.int"), Some("New User")));
    }
}

both_backends! {
    async fn an_admin_cannot_disable_themself_or_the_last_admin(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let (admin, v) = user_id(&app, "admin@test.org").await;
        let (s, p) = app.call("PATCH", &format!("/api/v1/users/{admin}"), Some(&t.admin), Some(json!({"version": v, "active": false}))).await;
        assert_eq!((s, p["errors"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("active")), "{p}");
        // Another admin may disable this one while a second admin stays…
        let (admin2, v2) = user_id(&app, "admin2@test.org").await;
        let (s, _) = app.call("PATCH", &format!("/api/v1/users/{admin2}"), Some(&t.admin), Some(json!({"version": v2, "active": false}))).await;
        assert_eq!(s, StatusCode::OK);
        // …but the last active admin can be neither demoted nor disabled.
        let (s, p) = app.call("PATCH", &format!("/api/v1/users/{admin}"), Some(&t.admin), Some(json!({"version": v, "role": "reviewer"}))).await;
        assert_eq!(s, StatusCode::CONFLICT, "{p}");
        assert!(p["detail"].as_str().unwrap().contains("last active admin"), "{p}");
        let out = cli(&app, &["user", "disable", "admin@test.org"]);
        assert!(!out.status.success(), "the CLI refuses too");
        assert!(String::from_utf8_lossy(&out.stderr).contains("last active admin"), "{out:?}");
        assert_eq!(app.call("GET", "/api/v1/auth/me", Some(&t.admin), None).await.0, StatusCode::OK, "still an active admin");
        // `user enable` brings the other admin back, after which the first may step down.
        let out = cli(&app, &["user", "enable", "admin2@test.org"]);
        assert!(out.status.success(), "{out:?}");
        assert_eq!(app.call("GET", "/api/v1/auth/me", Some(&t.admin2), None).await.0, StatusCode::OK);
        let (s, _) = app.call("PATCH", &format!("/api/v1/users/{admin}"), Some(&t.admin), Some(json!({"version": v, "role": "reviewer"}))).await;
        assert_eq!(s, StatusCode::OK);
    }
}

fn cli(app: &TestApp, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_stratrack"))
        .args(args)
        .env("DATABASE_URL", &app.url)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}
