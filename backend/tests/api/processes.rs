//! Two `stratrack serve` processes on one PostgreSQL database, as behind a load balancer: started at
//! once on a new database they migrate, seed and create the first admin once; a session opened on one
//! works on the other; concurrent writers through both lose no acknowledged update (a stale version is
//! a 409, never a silent overwrite, never a 500); an approval through one shows at once through the other.

use crate::backup::{Fresh, stratrack};
use crate::helpers::{Backend, pg_base};
use crate::process::{Proc, free_port, read_until_listening, serve_command};
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PLAN: &str = "SP2028-2031";
const PASSWORD: &str = "Zq7-lantern-orbit-cascade-41";

/// A running server, killed when dropped (also when the test fails).
struct Server {
    child: Proc,
    port: u16,
    lines: Vec<String>,
}

fn spawn(url: &str) -> Server {
    let port = free_port();
    let child = serve_command(port)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "error")
        .spawn()
        .unwrap();
    Server {
        child: Proc(child),
        port,
        lines: Vec::new(),
    }
}

/// Reads the server's standard output until it says it listens.
fn wait_listening(s: &mut Server) {
    s.lines = read_until_listening(&mut s.child.0);
}

/// One HTTP/1.1 request; returns status, the `Set-Cookie` value if any, and the JSON body (Null if none).
fn http(
    port: u16,
    method: &str,
    path: &str,
    cookie: Option<&Session>,
    body: Option<&Value>,
) -> (u16, Option<String>, Value) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let body = body.map(Value::to_string).unwrap_or_default();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
    if let Some(c) = cookie {
        head.push_str(&format!("Cookie: {}\r\nX-CSRF-Token: {}\r\n", c.cookie, c.csrf));
    }
    if !body.is_empty() {
        head.push_str("Content-Type: application/json\r\n");
    }
    write!(s, "{head}Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (headers, rest) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = headers[9..12].parse().unwrap();
    let lower = headers.to_ascii_lowercase();
    let cookie = headers
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .map(|l| l[11..].trim().split(';').next().unwrap_or("").to_owned());
    let body = if lower.contains("transfer-encoding: chunked") {
        unchunk(rest)
    } else {
        rest.to_owned()
    };
    (status, cookie, serde_json::from_str(&body).unwrap_or(Value::Null))
}

fn unchunk(mut rest: &str) -> String {
    let mut out = String::new();
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&tail[..n]);
        rest = tail[n..].trim_start_matches("\r\n");
    }
    out
}

/// A login session: the cookie and the CSRF token sent with writes.
#[derive(Clone)]
struct Session {
    cookie: String,
    csrf: String,
}

fn login(port: u16, email: &str) -> Session {
    let (status, cookie, me) = http(
        port,
        "POST",
        "/api/v1/auth/login",
        None,
        Some(&json!({"email": email, "password": PASSWORD})),
    );
    assert_eq!(status, 200, "{me}");
    Session {
        cookie: cookie.expect("a session cookie"),
        csrf: me["csrf_token"].as_str().expect("a CSRF token").to_owned(),
    }
}

fn add_user(url: &str, email: &str, role: &str, unit: Option<&str>) {
    let mut args = vec![
        "--database-url",
        url,
        "user",
        "add",
        "--email",
        email,
        "--role",
        role,
        "--password-stdin",
    ];
    if let Some(u) = unit {
        args.extend(["--unit", u]);
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_stratrack"))
        .args(&args)
        .env("RUST_LOG", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(PASSWORD.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn actual(port: u16, s: &Session) -> f64 {
    let (status, _, d) = http(
        port,
        "GET",
        &format!("/api/v1/plans/{PLAN}/indicators/KPI-R4?year=2029"),
        Some(s),
        None,
    );
    assert_eq!(status, 200, "{d}");
    let a = &d["assessment"]["actual"];
    a.as_str().map_or_else(|| a.as_f64().unwrap(), |t| t.parse().unwrap())
}

#[test]
fn two_serve_processes_share_sessions_lose_no_update_and_show_approvals_at_once() {
    crate::helpers::block_on(async {
        if sea_orm::Database::connect(format!("{}/postgres", pg_base()))
            .await
            .is_err()
            && std::env::var_os("CI").is_none()
        {
            eprintln!("*** SKIPPING the two-process test: no PostgreSQL at {} ***", pg_base());
            return;
        }
        let db = Fresh::new(Backend::Postgres).await;
        let url = db.url.clone();
        let started = Instant::now();
        tokio::task::spawn_blocking(move || run(&url)).await.unwrap();
        eprintln!("two-process test: {:.1} s in all", started.elapsed().as_secs_f64());
    });
}

fn run(url: &str) {
    // Both start at once on a database that has no table yet.
    let (mut a, mut b) = (spawn(url), spawn(url));
    wait_listening(&mut a);
    wait_listening(&mut b);
    let printed = a
        .lines
        .iter()
        .chain(&b.lines)
        .filter(|l| l.contains("password:"))
        .count();
    assert_eq!(
        printed, 1,
        "one first admin, created by one process: {:?} {:?}",
        a.lines, b.lines
    );
    let (ok, text) = stratrack(url, &["migrate"]);
    assert!(ok, "{text}");
    add_user(url, "ops.admin@test.org", "admin", None);
    add_user(url, "ops.planner@test.org", "planner", Some("BR"));

    // A session opened on A works on B, and a logout on B ends it on A.
    let admin = login(a.port, "ops.admin@test.org");
    let (status, _, me) = http(b.port, "GET", "/api/v1/auth/me", Some(&admin), None);
    assert_eq!(
        (status, me["email"].as_str()),
        (200, Some("ops.admin@test.org")),
        "{me}"
    );
    let spare = login(a.port, "ops.admin@test.org");
    assert_eq!(http(b.port, "POST", "/api/v1/auth/logout", Some(&spare), None).0, 204);
    assert_eq!(
        http(a.port, "GET", "/api/v1/auth/me", Some(&spare), None).0,
        401,
        "the session ended everywhere"
    );

    let (status, _, r) = http(
        a.port,
        "POST",
        &format!("/api/v1/plans/{PLAN}/risks"),
        Some(&admin),
        Some(&json!({
        "code": "SHARED", "title": "Shared by every writer", "description": "d", "category": "operational",
        "likelihood": 2, "impact": 2, "mitigation": "start", "owner": "BR"})),
    );
    assert_eq!(status, 201, "{r}");

    // Writers through both processes: each creates risks and appends its mark to one shared risk, reading
    // it through one process and writing through the other.
    const WRITERS: usize = 6;
    const ROUNDS: usize = 12;
    let ports = [a.port, b.port];
    let acknowledged: Arc<Mutex<Vec<String>>> = Arc::default();
    let created: Arc<Mutex<Vec<String>>> = Arc::default();
    let (conflicts, failures) = (Arc::new(AtomicU32::new(0)), Arc::new(Mutex::new(Vec::<String>::new())));
    let t0 = Instant::now();
    let threads: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (admin, acknowledged, created, conflicts, failures) = (
                admin.clone(),
                acknowledged.clone(),
                created.clone(),
                conflicts.clone(),
                failures.clone(),
            );
            std::thread::spawn(move || {
                for round in 0..ROUNDS {
                    let (read_on, write_on) = (ports[(w + round) % 2], ports[(w + round + 1) % 2]);
                    let code = format!("P{w}-{round}");
                    let (s, _, r) = http(
                        write_on,
                        "POST",
                        &format!("/api/v1/plans/{PLAN}/risks"),
                        Some(&admin),
                        Some(&json!({
                        "code": code, "title": "Concurrent", "description": "d", "category": "operational",
                        "likelihood": 1, "impact": 1, "mitigation": "m", "owner": "BR"})),
                    );
                    match s {
                        201 => created.lock().unwrap().push(code),
                        _ => failures.lock().unwrap().push(format!("create {code}: {s} {r}")),
                    }
                    let (s, _, risk) = http(
                        read_on,
                        "GET",
                        &format!("/api/v1/plans/{PLAN}/risks/SHARED"),
                        Some(&admin),
                        None,
                    );
                    assert_eq!(s, 200, "{risk}");
                    // Terminated, so that `|w5r1;` is not found inside `|w5r10;`.
                    let mark = format!("|w{w}r{round};");
                    let body = json!({"version": risk["version"],
                        "mitigation": format!("{}{mark}", risk["mitigation"].as_str().unwrap())});
                    let (s, _, r) = http(
                        write_on,
                        "PATCH",
                        &format!("/api/v1/plans/{PLAN}/risks/SHARED"),
                        Some(&admin),
                        Some(&body),
                    );
                    match s {
                        200 => acknowledged.lock().unwrap().push(mark),
                        409 => {
                            conflicts.fetch_add(1, Ordering::SeqCst);
                        }
                        _ => failures.lock().unwrap().push(format!("update {mark}: {s} {r}")),
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let elapsed = t0.elapsed();
    let failures = failures.lock().unwrap().clone();
    assert!(failures.is_empty(), "no answer but 201, 200 or 409: {failures:?}");
    let acknowledged = acknowledged.lock().unwrap().clone();
    let created = created.lock().unwrap().clone();
    let (s, _, shared) = http(
        b.port,
        "GET",
        &format!("/api/v1/plans/{PLAN}/risks/SHARED"),
        Some(&admin),
        None,
    );
    assert_eq!(s, 200);
    let text = shared["mitigation"].as_str().unwrap();
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|m| text.matches(m.as_str()).count() != 1)
        .collect();
    let mut missing_creates = 0;
    for code in &created {
        let (s, _, _) = http(
            a.port,
            "GET",
            &format!("/api/v1/plans/{PLAN}/risks/{code}"),
            Some(&admin),
            None,
        );
        if s != 200 {
            missing_creates += 1;
        }
    }
    let requests = WRITERS * ROUNDS * 3;
    eprintln!(
        "two processes: {} updates acknowledged, {} present, {} lost, {} refused with 409; {} creates acknowledged, \
         {} missing; {requests} requests in {:.2} s ({:.0} per second)",
        acknowledged.len(),
        acknowledged.len() - lost.len(),
        lost.len(),
        conflicts.load(Ordering::SeqCst),
        created.len(),
        missing_creates,
        elapsed.as_secs_f64(),
        requests as f64 / elapsed.as_secs_f64()
    );
    assert!(lost.is_empty(), "acknowledged updates lost: {lost:?} in {text}");
    assert_eq!(
        shared["version"].as_i64(),
        Some(1 + acknowledged.len() as i64),
        "one version per acknowledged update"
    );
    assert_eq!(created.len(), WRITERS * ROUNDS);
    assert_eq!(missing_creates, 0);
    assert!(
        conflicts.load(Ordering::SeqCst) > 0,
        "the writers did collide (the test would see a lost update)"
    );

    // An approval through A shows at once through B, whose evaluation was cached before it.
    let planner = login(b.port, "ops.planner@test.org");
    let before = actual(b.port, &admin);
    let (s, _, m) = http(
        b.port,
        "POST",
        "/api/v1/measurements",
        Some(&planner),
        Some(&json!({
        "plan_code": PLAN, "indicator_code": "KPI-R4", "year": 2029, "value": "561"})),
    );
    assert_eq!(s, 201, "{m}");
    let (s, _, m) = http(
        b.port,
        "POST",
        &format!("/api/v1/measurements/{}/submit", m["id"]),
        Some(&planner),
        None,
    );
    assert_eq!(s, 200, "{m}");
    assert_eq!(actual(b.port, &admin), before, "a submitted value does not count yet");
    let (s, _, m) = http(
        a.port,
        "POST",
        &format!("/api/v1/measurements/{}/approve", m["id"]),
        Some(&admin),
        Some(&json!({"version": m["version"]})),
    );
    assert_eq!(s, 200, "{m}");
    assert_eq!(
        actual(b.port, &admin),
        561.0,
        "the approval made through A shows through B at once"
    );
}
