//! The binary end to end: first start on an empty directory prints the admin password once, seeds,
//! serves the tree; a second start keeps the data and prints no new password.

pub use crate::process::free_port;
use crate::process::{Proc, read_until_listening, serve_command};
use std::process::Command;
use std::time::Duration;

/// A started server (killed when dropped) and what it printed until it listened.
pub(crate) struct Server {
    child: Proc,
    pub(crate) lines: Vec<String>,
}

/// Starts `stratrack serve` in `dir` and reads stdout until it says it is listening.
pub(crate) fn start(dir: &std::path::Path, port: u16) -> Server {
    let mut child = Proc(
        serve_command(port)
            .current_dir(dir)
            .env_remove("DATABASE_URL")
            .env("RUST_LOG", "warn")
            .spawn()
            .unwrap(),
    );
    let lines = read_until_listening(&mut child.0);
    Server { child, lines }
}

fn get(port: u16, path: &str) -> (u16, String) {
    request(port, "GET", path, "", "")
}

/// A raw HTTP/1.1 request with extra header lines and a body; returns status and the whole response.
pub fn request(port: u16, method: &str, path: &str, headers: &str, body: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{headers}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let status = resp[9..12].parse().unwrap();
    (status, resp)
}

#[test]
fn first_start_prints_a_one_time_password_and_a_second_start_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let first = start(dir.path(), port);
    let pw_line = first
        .lines
        .iter()
        .find(|l| l.trim_start().starts_with("password:"))
        .expect("password printed");
    let password = pw_line.split(':').nth(1).unwrap().trim().to_owned();
    assert!(password.len() >= 16, "a strong one-time password: {password}");
    let (status, _) = get(port, "/api/v1/plans/SP2028-2031/tree?year=2028");
    assert_eq!(status, 401, "the tree is not for anonymous users");
    let login = format!(r#"{{"email":"admin@stratrack.local","password":"{password}"}}"#);
    let (status, resp) = request(
        port,
        "POST",
        "/api/v1/auth/login",
        "Content-Type: application/json\r\n",
        &login,
    );
    assert_eq!(status, 200, "{resp}");
    let csrf = resp
        .split("\"csrf_token\":\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a CSRF token")
        .to_owned();
    let cookie = resp
        .lines()
        .find_map(|l| {
            l.strip_prefix("set-cookie: ")
                .or_else(|| l.strip_prefix("Set-Cookie: "))
        })
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned();
    // The one-time password opens nothing but its own change.
    let change = format!(r#"{{"current_password":"{password}","new_password":"a long enough passphrase"}}"#);
    let headers = format!("Cookie: {cookie}\r\nX-CSRF-Token: {csrf}\r\nContent-Type: application/json\r\n");
    let (status, body) = request(port, "POST", "/api/v1/auth/password", &headers, &change);
    assert_eq!(status, 204, "{body}");
    let (status, body) = request(
        port,
        "GET",
        "/api/v1/plans/SP2028-2031/tree?year=2028",
        &format!("Cookie: {cookie}\r\n"),
        "",
    );
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"on_track\"") && body.contains("\"off_track\""));
    drop(first);
    assert!(dir.path().join("stratrack.db").exists());

    let port2 = free_port();
    let second = start(dir.path(), port2);
    assert!(
        !second.lines.iter().any(|l| l.contains("password")),
        "no new password: {:?}",
        second.lines
    );
    let (status, _) = get(port2, "/readyz");
    assert_eq!(status, 200);
}

#[test]
fn sigterm_stops_the_server_gracefully() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = start(dir.path(), port);
    let pid = server.child.0.id();
    Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    let mut waited = 0;
    let status = loop {
        if let Some(s) = server.child.0.try_wait().unwrap() {
            break s;
        }
        std::thread::sleep(Duration::from_millis(100));
        waited += 1;
        assert!(waited < 100, "server did not stop within 10 s of SIGTERM");
    };
    assert!(status.success(), "graceful shutdown exits 0: {status:?}");
}
