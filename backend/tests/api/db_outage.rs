//! A PostgreSQL outage: requests are answered 503 with a problem document within seconds (not after
//! the 30 s request timeout), `/readyz` says 503 while the database is away, and everything works
//! again by itself when it is back. A dropped database is a 503 too, not a 500.
//!
//! The server reaches PostgreSQL through a TCP relay of the test's own, which the test cuts (every relayed
//! connection closed, every new one closed at once) and restores.

use crate::helpers::{Backend, TestApp, block_on, pg_base};
use axum::http::StatusCode;
use serde_json::Value;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// A TCP relay from a local port to PostgreSQL that can be cut and restored.
///
/// The relay keeps its port for its whole life: while cut, it accepts and at once closes every
/// connection, as a proxy in front of a database that is gone does. Closing the port and binding it again
/// would race the rest of the suite: while the port is free, the kernel may hand it to another test's
/// outgoing connection (the rebind then fails), or to the server's own reconnect attempt, which then
/// connects to itself.
struct Relay {
    port: u16,
    up: Arc<AtomicBool>,
    /// Moved on by each cut: a relayed connection ends when it sees it move.
    cuts: watch::Sender<u64>,
    task: JoinHandle<()>,
}

impl Relay {
    async fn start(target: String) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("relay port");
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let (cuts, _) = watch::channel(0);
        let task = tokio::spawn(relay(listener, target, up.clone(), cuts.clone()));
        Relay { port, up, cuts, task }
    }

    /// Cuts every relayed connection and refuses new ones until [`Relay::restore`].
    fn cut(&mut self) {
        self.up.store(false, Ordering::SeqCst);
        self.cuts.send_modify(|n| *n += 1);
    }

    /// Relays new connections again.
    fn restore(&mut self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.cut();
        self.task.abort();
    }
}

/// Accepts until aborted: relays each connection while the relay is up (until the next cut), and closes
/// at once those that arrive while it is cut.
async fn relay(listener: TcpListener, target: String, up: Arc<AtomicBool>, cuts: watch::Sender<u64>) {
    let mut connections = tokio::task::JoinSet::new();
    while let Ok((mut inbound, _)) = listener.accept().await {
        // Subscribed before `up` is read: a cut after the read is still seen by this connection.
        let mut cut = cuts.subscribe();
        if !up.load(Ordering::SeqCst) {
            drop(inbound);
            continue;
        }
        let target = target.clone();
        connections.spawn(async move {
            if let Ok(mut outbound) = TcpStream::connect(&target).await {
                tokio::select! {
                    _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                    _ = cut.changed() => {}
                }
            }
        });
    }
}

/// `host:port` of [`pg_base`].
fn pg_host_port() -> String {
    let base = pg_base();
    let rest = base.split_once("://").map_or(base.as_str(), |(_, r)| r);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, r)| r);
    rest.split('/').next().unwrap_or(rest).to_owned()
}

/// Asserts a 503 problem document that came within `limit`.
fn assert_unavailable(what: &str, s: StatusCode, p: &Value, started: Instant, limit: Duration) {
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{what}: {p}");
    assert_eq!(p["code"], "database_unavailable", "{what}: {p}");
    assert!(
        started.elapsed() < limit,
        "{what}: answered after {:?}, not within {limit:?}",
        started.elapsed()
    );
}

#[test]
fn an_unreachable_database_is_a_prompt_503_and_the_server_recovers_by_itself() {
    block_on(async {
        let Some(mut app) = TestApp::empty(Backend::Postgres).await else {
            return;
        };
        let mut relay = Relay::start(pg_host_port()).await;
        let db_name = app.pg_name().expect("a PostgreSQL app").to_owned();
        let user = pg_base()
            .split_once("://")
            .and_then(|(_, r)| r.rsplit_once('@'))
            .map(|(u, _)| format!("{u}@"));
        let url = format!(
            "postgres://{}127.0.0.1:{}/{db_name}",
            user.unwrap_or_default(),
            relay.port
        );
        let relayed = stratrack::db::connect(&url).await.expect("connect through the relay");
        app.router = stratrack::app(stratrack::state::AppState::new(relayed.clone()));
        let admin = app.tokens.admin.clone();
        assert_eq!(
            app.call("GET", "/api/v1/plans", Some(&admin), None).await.0,
            StatusCode::OK
        );
        assert_eq!(app.call("GET", "/readyz", None, None).await.0, StatusCode::OK);

        relay.cut();
        // The pool's timeout is 2 s; the request timeout, 30 s. Allow for a loaded machine.
        let limit = Duration::from_secs(6);
        for _ in 0..2 {
            let t = Instant::now();
            let (s, p) = app.call("GET", "/api/v1/plans", Some(&admin), None).await;
            assert_unavailable("a read during the outage", s, &p, t, limit);
        }
        let t = Instant::now();
        let (s, p) = app.call("GET", "/api/v1/auth/me", Some(&admin), None).await;
        assert_unavailable("authentication during the outage", s, &p, t, limit);
        let t = Instant::now();
        let (s, r) = app.call("GET", "/readyz", None, None).await;
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "readyz during the outage: {r}");
        assert!(t.elapsed() < limit, "readyz took {:?}", t.elapsed());

        relay.restore();
        let back = Instant::now();
        let mut ready = false;
        while back.elapsed() < Duration::from_secs(20) {
            if app.call("GET", "/readyz", None, None).await.0 == StatusCode::OK {
                ready = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        assert!(ready, "readyz did not come back within 20 s of the database");
        let (s, p) = app.call("GET", "/api/v1/plans", Some(&admin), None).await;
        assert_eq!(s, StatusCode::OK, "reads work again: {p}");
        let (s, p) = app
            .call(
                "POST",
                "/api/v1/tokens",
                Some(&admin),
                Some(serde_json::json!({"name": "after the outage"})),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "writes work again: {p}");

        // A database dropped under the server: 503, not 500.
        relayed.close().await.ok();
        app.router = stratrack::app(stratrack::state::AppState::new(app.db.clone()));
        let admin_db = sea_orm::Database::connect(format!("{}/postgres", pg_base()))
            .await
            .expect("admin connection");
        use sea_orm::ConnectionTrait;
        admin_db
            .execute_unprepared(&format!("DROP DATABASE \"{db_name}\" WITH (FORCE)"))
            .await
            .expect("drop the database");
        admin_db.close().await.ok();
        for _ in 0..2 {
            let t = Instant::now();
            let (s, p) = app.call("GET", "/api/v1/plans", Some(&admin), None).await;
            assert_unavailable("a read of a dropped database", s, &p, t, limit);
        }
        assert_eq!(
            app.call("GET", "/readyz", None, None).await.0,
            StatusCode::SERVICE_UNAVAILABLE
        );
    });
}
