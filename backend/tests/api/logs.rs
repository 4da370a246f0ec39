//! Logs and request ids: every response carries an `X-Request-Id` (a sane incoming one echoed), and a
//! real `stratrack serve` writes JSON lines naming it when asked, never colour codes into a pipe, and
//! refuses to start on a bad `STRATRACK_LOG_FORMAT` or `STRATRACK_METRICS_ALLOW`.

use crate::both_backends;
use crate::helpers::{Backend, TestApp};
use crate::metrics::get;
use axum::http::{HeaderMap, StatusCode};

both_backends! {
    async fn every_response_carries_a_request_id_and_a_sane_incoming_one_is_echoed(backend: Backend) {
        let Some(app) = TestApp::empty(backend).await else { return };
        let id = |h: &HeaderMap| h["x-request-id"].to_str().unwrap().to_owned();
        let (_, h, _) = get(&app.router, "/healthz", None, None, &[]).await;
        let first = id(&h);
        assert!(first.len() == 32 && first.bytes().all(|b| b.is_ascii_hexdigit()), "{first}");
        let (_, h, _) = get(&app.router, "/healthz", None, None, &[]).await;
        assert_ne!(id(&h), first, "a new id per request");
        let (s, h, _) = get(&app.router, "/api/v1/plans", None, None, &[("x-request-id", "lb-7f3a.2_X")]).await;
        assert_eq!((s, id(&h)), (StatusCode::UNAUTHORIZED, "lb-7f3a.2_X".to_owned()), "errors carry it too");
        let long = "a".repeat(65);
        for insane in ["has space", "<script>", long.as_str(), ""] {
            let (_, h, _) = get(&app.router, "/healthz", None, None, &[("x-request-id", insane)]).await;
            let got = id(&h);
            assert_ne!(got, insane);
            assert_eq!(got.len(), 32, "replaced by a new id: {got}");
        }
    }
}

/// Starts `stratrack serve` on a fresh SQLite file with `env`, stderr captured; returns the child once
/// it listens, and its port.
fn serve(dir: &std::path::Path, env: &[(&str, &str)]) -> (std::process::Child, u16) {
    let port = crate::serve::free_port();
    let mut cmd = crate::process::serve_command(port);
    cmd.env(
        "DATABASE_URL",
        format!("sqlite://{}?mode=rwc", dir.join("t.db").display()),
    )
    .env_remove("STRATRACK_LOG_FORMAT")
    .env_remove("NO_COLOR")
    .envs(env.iter().copied())
    .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    crate::process::read_until_listening(&mut child);
    (child, port)
}

/// Sends a login with `body` to the server on `port` and asserts that it is refused (401).
fn refused_login(port: u16, body: &str) {
    let (status, _) = crate::serve::request(
        port,
        "POST",
        "/api/v1/auth/login",
        "Content-Type: application/json\r\n",
        body,
    );
    assert_eq!(status, 401);
}

/// Stops the server with SIGTERM and returns everything it wrote to standard error.
fn stop(mut child: std::process::Child) -> String {
    use std::io::Read;
    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    child.wait().unwrap();
    err
}

#[test]
fn json_logs_are_one_object_a_line_carrying_the_request_id_without_colour_codes() {
    let dir = tempfile::tempdir().unwrap();
    let (child, port) = serve(
        dir.path(),
        &[("STRATRACK_LOG_FORMAT", "json"), ("RUST_LOG", "info,tower_http=debug")],
    );
    let (status, resp) = crate::serve::request(port, "GET", "/api/v1/plans", "X-Request-Id: probe-42.a_b\r\n", "");
    assert_eq!(status, 401);
    assert!(
        resp.to_ascii_lowercase().contains("x-request-id: probe-42.a_b"),
        "{resp}"
    );
    // Secrets stay out of the log; a client's text cannot start a line of its own.
    let login = r#"{"email":"mallory@x.org\n{\"level\":\"ERROR\"}","password":"pw-must-not-be-logged"}"#;
    refused_login(port, login);
    let auth = "Authorization: Bearer token-must-not-be-logged\r\n";
    let (status, _) = crate::serve::request(port, "GET", "/api/v1/plans?q=query-must-not-be-logged", auth, "");
    assert_eq!(status, 401);
    let err = stop(child);
    for secret in [
        "pw-must-not-be-logged",
        "token-must-not-be-logged",
        "query-must-not-be-logged",
    ] {
        assert!(!err.contains(secret), "{secret} was logged: {err}");
    }
    assert!(!err.contains("\x1b["), "no colour codes: {err}");
    let lines: Vec<serde_json::Value> = err
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    assert!(lines.iter().any(|l| l["message"] == "stratrack is listening."), "{err}");
    let of_request: Vec<_> = lines
        .iter()
        .filter(|l| l["span"]["request_id"] == "probe-42.a_b")
        .collect();
    assert!(
        of_request
            .iter()
            .any(|l| l["target"].as_str().is_some_and(|t| t.starts_with("stratrack"))),
        "the application's own lines name the request (here its refusal), not only the trace: {err}"
    );
    assert!(of_request.len() >= 2, "{err}");
    assert!(of_request.iter().all(|l| l["span"]["path"] == "/api/v1/plans"));
    assert!(
        lines
            .iter()
            .filter(|l| l.get("span").is_some())
            .all(|l| l["span"]["request_id"].as_str().is_some_and(|id| !id.is_empty())),
        "every line logged inside a request names it: {err}"
    );
    assert!(
        lines
            .iter()
            .all(|l| l["timestamp"].as_str().is_some_and(|t| t.ends_with('Z'))),
        "every line has a UTC time: {err}"
    );
    let failed = lines
        .iter()
        .find(|l| l["email"].as_str().is_some_and(|e| e.contains("mallory")))
        .expect("the failed login is logged with the e-mail given");
    assert!(
        failed["email"].as_str().unwrap().contains(r"\n{"),
        "kept inside its line, escaped: {failed}"
    );
    assert!(
        failed["span"]["request_id"].as_str().is_some_and(|id| id.len() == 32),
        "{failed}"
    );
}

#[test]
fn text_logs_into_a_pipe_have_no_colour_codes_and_escape_what_users_typed() {
    let dir = tempfile::tempdir().unwrap();
    let (child, port) = serve(dir.path(), &[("RUST_LOG", "info,tower_http=debug")]);
    let (status, _) = crate::serve::request(port, "GET", "/api/v1/plans", "X-Request-Id: text-probe\r\n", "");
    assert_eq!(status, 401);
    // A newline typed into the e-mail of a failed login must not start a forged line of its own.
    let login = r#"{"email":"mallory@x.org\nFORGED admin logged in","password":"wrong-password-here"}"#;
    refused_login(port, login);
    let err = stop(child);
    assert!(
        err.contains(r#"email="mallory@x.org\nforged admin"#),
        "the e-mail is logged, escaped: {err}"
    );
    assert!(
        !err.lines().any(|l| l.to_lowercase().starts_with("forged")),
        "no forged line: {err}"
    );
    assert!(err.contains("stratrack is listening."), "{err}");
    assert!(
        err.contains("request_id=text-probe"),
        "the text lines name the request too: {err}"
    );
    assert!(!err.contains("\x1b["), "no colour codes into a pipe: {err}");
}

#[test]
fn a_bad_log_format_or_metrics_address_stops_serve_naming_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    for (var, bad) in [
        ("STRATRACK_LOG_FORMAT", "yaml"),
        ("STRATRACK_METRICS_ALLOW", "10.0.0.0/33"),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_stratrack"))
            .args(["serve", "--addr", "127.0.0.1:0"])
            .env(
                "DATABASE_URL",
                format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display()),
            )
            .env(var, bad)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{var}={bad} must stop the server");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(var) && err.contains(bad), "{err}");
        assert!(!String::from_utf8_lossy(&out.stdout).contains("listening"));
    }
}
