//! Throttling that an attacker cannot turn against users: counted per account *and* client address and
//! per address, by the real address (connect info, `X-Forwarded-For` from trusted proxies only), taken
//! atomically, and on the password change too.

use super::{PW, login_from};
use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use axum::http::StatusCode;
use serde_json::json;

both_backends! {
    async fn a_guesser_from_one_address_does_not_lock_the_user_out_from_another(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for _ in 0..5 {
            let (s, _) = app.send(login_from([203, 0, 113, 9], "admin@test.org", "not the password")).await;
            assert_eq!(s, StatusCode::UNAUTHORIZED);
        }
        let (s, _) = app.send(login_from([203, 0, 113, 9], "admin@test.org", PW)).await;
        assert_eq!(s, StatusCode::TOO_MANY_REQUESTS, "the guessing address is refused, right password or not");
        let (s, _) = app.send(login_from([198, 51, 100, 4], "admin@test.org", PW)).await;
        assert_eq!(s, StatusCode::OK, "the admin still logs in from their own address");
    }
}

both_backends! {
    async fn a_successful_login_clears_the_failures_of_that_account_and_address(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        for _ in 0..4 {
            app.send(login_from([198, 51, 100, 4], "reviewer@test.org", "typo in it")).await;
        }
        assert_eq!(app.send(login_from([198, 51, 100, 4], "reviewer@test.org", PW)).await.0, StatusCode::OK);
        for _ in 0..4 {
            let (s, _) = app.send(login_from([198, 51, 100, 4], "reviewer@test.org", "typo in it")).await;
            assert_eq!(s, StatusCode::UNAUTHORIZED, "four new typos are not yet throttled");
        }
    }
}

both_backends! {
    async fn thirty_parallel_guesses_check_at_most_five_passwords(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let guesses: Vec<_> = (0..30)
            .map(|i| {
                let router = app.router.clone();
                let req = login_from([203, 0, 113, 9], "planner.br@test.org", &format!("guess number {i}"));
                tokio::spawn(async move { tower::ServiceExt::oneshot(router, req).await.unwrap().status() })
            })
            .collect();
        let mut statuses = Vec::new();
        for g in guesses {
            statuses.push(g.await.unwrap());
        }
        let checked = statuses.iter().filter(|s| **s == StatusCode::UNAUTHORIZED).count();
        let refused = statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count();
        assert_eq!((checked, refused), (5, 25), "{statuses:?}");
        assert_eq!(app.count("login_attempts").await, 5, "exactly five passwords were checked");
    }
}

both_backends! {
    async fn forwarded_for_names_the_client_only_behind_a_trusted_proxy(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let config = stratrack::state::Config {
            trusted_proxies: "10.0.0.1".parse().unwrap(),
            ..Default::default()
        };
        let router = stratrack::app(stratrack::state::AppState {
            config: std::sync::Arc::new(config),
            ..stratrack::state::AppState::new(app.db.clone())
        });
        let send = |peer: [u8; 4], forwarded: &str, email: &str, pw: &str| {
            let mut req = login_from(peer, email, pw);
            req.headers_mut().insert("x-forwarded-for", forwarded.parse().unwrap());
            tower::ServiceExt::oneshot(router.clone(), req)
        };
        // Twenty failures of one client behind the proxy refuse that client only.
        for i in 0..20 {
            let s = send([10, 0, 0, 1], "203.0.113.9", &format!("nobody{i}@test.org"), "x").await.unwrap().status();
            assert_eq!(s, StatusCode::UNAUTHORIZED);
        }
        assert_eq!(send([10, 0, 0, 1], "203.0.113.9", "admin@test.org", PW).await.unwrap().status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(send([10, 0, 0, 1], "198.51.100.4", "admin@test.org", PW).await.unwrap().status(), StatusCode::OK);
        // A client that is not a trusted proxy cannot choose its address by sending the header.
        for i in 0..20 {
            send([192, 0, 2, 7], &format!("198.51.100.{i}"), &format!("nobody{i}@test.org"), "x").await.unwrap();
        }
        assert_eq!(send([192, 0, 2, 7], "198.51.100.200", "admin@test.org", PW).await.unwrap().status(), StatusCode::TOO_MANY_REQUESTS);
    }
}

both_backends! {
    async fn wrong_current_passwords_throttle_the_password_change(backend: Backend) {
        let Some(app) = TestApp::seeded(backend).await else { return };
        let t = app.tokens.clone();
        let change = |current: &str| json!({"current_password": current, "new_password": "a brand new passphrase"});
        for _ in 0..5 {
            let (s, p) = app.call("POST", "/api/v1/auth/password", Some(&t.reviewer), Some(change("a wrong guess"))).await;
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
        }
        let (s, p) = app.call("POST", "/api/v1/auth/password", Some(&t.reviewer), Some(change(PW))).await;
        assert_eq!((s, p["code"].as_str()), (StatusCode::TOO_MANY_REQUESTS, Some("throttled")), "{p}");
        assert_eq!(crate::auth::login(&app, "reviewer@test.org", PW).await.0, StatusCode::OK, "the password did not change");
    }
}

/// `stratrack serve` gives each connection its own address: twenty failed logins from 127.0.0.2 refuse
/// 127.0.0.2 only, and the admin logs in from 127.0.0.3.
#[test]
fn the_server_counts_failures_by_the_real_client_address() {
    let dir = tempfile::tempdir().unwrap();
    let port = crate::serve::free_port();
    let server = crate::serve::start(dir.path(), port);
    let password = server
        .lines
        .iter()
        .find_map(|l| l.trim_start().strip_prefix("password:"))
        .expect("password printed")
        .trim()
        .to_owned();
    let login = |from: [u8; 4], email: &str, pw: &str| {
        let body = json!({"email": email, "password": pw}).to_string();
        request_from(from, port, "/api/v1/auth/login", &body)
    };
    for i in 0..20 {
        assert_eq!(login([127, 0, 0, 2], &format!("nobody{i}@test.org"), "x"), 401);
    }
    assert_eq!(login([127, 0, 0, 2], "admin@stratrack.local", &password), 429);
    assert_eq!(login([127, 0, 0, 3], "admin@stratrack.local", &password), 200);
}

/// A JSON POST from the local address `from`; returns the status.
fn request_from(from: [u8; 4], port: u16, path: &str, body: &str) -> u16 {
    use std::io::{Read, Write};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut s = rt.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind(std::net::SocketAddr::from((from, 0))).unwrap();
        let stream = socket
            .connect(std::net::SocketAddr::from(([127, 0, 0, 1], port)))
            .await
            .unwrap();
        stream.into_std().unwrap()
    });
    s.set_nonblocking(false).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(30))).unwrap();
    write!(
        s,
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    resp[9..12].parse().unwrap()
}
