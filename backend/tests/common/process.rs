//! What the test binaries that start real processes share: a free port, a child process killed on
//! drop, and reading a starting server's output until it listens. Included by `api` and `browser`
//! with `#[path]`, since two test binaries share no module otherwise.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `stratrack serve` on `127.0.0.1:port`, its standard output piped (for [`read_until_listening`]) and
/// its standard error dropped; the caller adds the environment.
pub fn serve_command(port: u16) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_stratrack"));
    cmd.args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    cmd
}

/// A child process killed on drop (also when the test fails).
pub struct Proc(pub Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Reads the piped standard output of a starting `stratrack serve` until it says it listens, and
/// returns the lines read (right-trimmed); panics with them if the server exits first.
pub fn read_until_listening(child: &mut Child) -> Vec<String> {
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut lines = Vec::new();
    loop {
        let mut l = String::new();
        assert!(
            reader.read_line(&mut l).unwrap() > 0,
            "server exited before listening: {lines:?}"
        );
        let done = l.contains("listening on");
        lines.push(l.trim_end().to_owned());
        if done {
            return lines;
        }
    }
}
