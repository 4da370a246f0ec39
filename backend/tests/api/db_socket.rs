//! The connections to PostgreSQL send each message at once (`TCP_NODELAY`, Nagle's algorithm off).
//!
//! With Nagle's algorithm on, a small write that follows another one before its acknowledgement waits for
//! that acknowledgement, which the server delays by 40 ms: a TLS handshake writes twice in a row twice,
//! so every new connection took about 350 ms instead of 10 (sqlx 0.9.0 had stopped setting the option;
//! 0.9.1 sets it again). A CLI command connects once per run and the server once per pooled connection,
//! so each paid it: `stratrack report --assessment` spent a third of its time connecting. The delay is
//! not asserted as a time (no test asserts a duration): the option is read on the socket itself.

use crate::helpers::{block_on, pg_base, template::pg_admin};
use sea_orm::{ConnectionTrait, Statement};
use std::os::fd::BorrowedFd;

/// The socket of this process whose local port is `port`, and whether it sends at once.
fn nodelay_of_local_port(port: u16) -> Option<bool> {
    for entry in std::fs::read_dir("/proc/self/fd").expect("/proc/self/fd") {
        let Ok(fd) = entry.expect("fd entry").file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        // SAFETY: `fd` is listed as open in this process, and the socket sought belongs to the pool the
        // caller holds, which nothing else uses or closes meanwhile; any other descriptor is only asked
        // for its local address (a failed or foreign answer is skipped), never read, written or closed.
        #[allow(unsafe_code)]
        let fd = unsafe { BorrowedFd::borrow_raw(fd) };
        let socket = socket2::SockRef::from(&fd);
        let Some(local) = socket.local_addr().ok().and_then(|a| a.as_socket()) else {
            continue;
        };
        if local.port() == port && socket.peer_addr().is_ok() {
            return Some(socket.tcp_nodelay().expect("TCP_NODELAY of the socket"));
        }
    }
    None
}

#[test]
fn every_connection_to_postgresql_sends_each_message_at_once() {
    block_on(async {
        if pg_admin().await.is_none() {
            return;
        }
        // The server's own URL form (no `sslmode`: TLS when the server offers it, as in production).
        let url = format!(
            "{}/postgres",
            pg_base().split('?').next().unwrap().trim_end_matches('/')
        );
        let db = stratrack::db::connect(&url).await.expect("connect");
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                "SELECT inet_client_port() AS port, inet_client_addr() IS NOT NULL AS tcp",
            ))
            .await
            .expect("query")
            .expect("one row");
        let tcp: bool = row.try_get("", "tcp").unwrap();
        assert!(tcp, "the test server is reached over TCP ({url}), not a Unix socket");
        let port: i32 = row.try_get("", "port").unwrap();
        let port = u16::try_from(port).expect("a TCP port");
        let nodelay = nodelay_of_local_port(port)
            .unwrap_or_else(|| panic!("no socket of this process has the local port {port} PostgreSQL reports"));
        assert!(
            nodelay,
            "the pooled connection to PostgreSQL (local port {port}) has Nagle's algorithm on: a TLS handshake \
             then waits for delayed acknowledgements (about 350 ms a connection)"
        );
    });
}
