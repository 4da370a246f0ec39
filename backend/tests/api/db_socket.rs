//! The connections to PostgreSQL send each message at once (`TCP_NODELAY`, Nagle's algorithm off).
//!
//! With Nagle's algorithm on, a small write that follows another one before its acknowledgement waits for
//! that acknowledgement, which the server delays by 40 ms: a TLS handshake writes twice in a row twice,
//! so every new connection over TLS took about 300 ms instead of 20 (sqlx 0.9.0 had stopped setting the
//! option; 0.9.1 sets it again). A CLI command connects once per run and the server once per pooled
//! connection, so each paid it: `stratrack report --assessment` spent a quarter of its time connecting.
//! The delay is not asserted as a time (no test asserts a duration): the option is read on the socket.

use crate::helpers::{block_on, pg_base, template::pg_admin};
use sea_orm::{ConnectionTrait, Statement};
use std::os::fd::BorrowedFd;

/// The TCP socket of this process from `local_port` to `remote_port`, and whether it sends at once.
fn nodelay_of(local_port: u16, remote_port: u16) -> Option<bool> {
    for entry in std::fs::read_dir("/proc/self/fd").expect("/proc/self/fd") {
        let Ok(fd) = entry.expect("fd entry").file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        // SAFETY: `fd` was listed as open in this process. The socket sought belongs to the pool the
        // caller holds, which nothing else uses or closes meanwhile. Another test's thread may close any
        // other descriptor meanwhile: the kernel then answers the address queries with an error, or with
        // the addresses of whatever reuses the number, and either is skipped or compared by port. Nothing
        // is read, written or closed through it, and no memory is reached through it.
        #[allow(unsafe_code)]
        let fd = unsafe { BorrowedFd::borrow_raw(fd) };
        let socket = socket2::SockRef::from(&fd);
        let port = |a: std::io::Result<socket2::SockAddr>| a.ok().and_then(|a| a.as_socket()).map(|a| a.port());
        if port(socket.local_addr()) == Some(local_port) && port(socket.peer_addr()) == Some(remote_port) {
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
                "SELECT inet_client_port() AS port, inet_server_port() AS server, inet_client_addr() IS NOT NULL AS tcp",
            ))
            .await
            .expect("query")
            .expect("one row");
        let tcp: bool = row.try_get("", "tcp").unwrap();
        assert!(tcp, "the test server is reached over TCP ({url}), not a Unix socket");
        let port = |column: &str| u16::try_from(row.try_get::<i32>("", column).unwrap()).expect("a TCP port");
        let (port, server) = (port("port"), port("server"));
        let nodelay = nodelay_of(port, server).unwrap_or_else(|| {
            panic!("no socket of this process goes from local port {port} to port {server}, as PostgreSQL reports")
        });
        assert!(
            nodelay,
            "the pooled connection to PostgreSQL (local port {port}) has Nagle's algorithm on: a TLS handshake \
             then waits for delayed acknowledgements (about 300 ms a connection)"
        );
    });
}
