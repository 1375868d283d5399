//! A team database's server that turns claimlog away or goes away: too
//! many clients, nothing listening, stopped in the middle of a `log`
//! session. Each is one line naming the server (never the password) and
//! what happened, exit 1, never a panic. Each test runs a server of its
//! own (`cluster`), in the PostgreSQL run.

use crate::cluster::{self, Cluster};
use crate::workdir::Workdir;
use std::io::Write;
use std::process::Stdio;

/// Runs claimlog on the cluster's database; (exit code, stderr).
fn run(w: &Workdir, server: &Cluster, args: &[&str]) -> (Option<i32>, String) {
    let mut all = vec!["--db", server.address.as_str()];
    all.extend_from_slice(args);
    let out = w
        .cmd(&all)
        .env("PGPASSWORD", &server.password)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stderr).unwrap())
}

/// A failure of one plain line that names the server, not the password.
fn one_line(server: &Cluster, err: &str) {
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("claimlog: {}: ", server.address)),
        "{err}"
    );
    assert!(!err.contains(&server.password), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

#[test]
fn too_many_clients_and_no_server_are_one_line_naming_the_server() {
    if !cluster::available("too_many_clients_and_no_server_are_one_line_naming_the_server") {
        return;
    }
    let server = Cluster::start("-c max_connections=3 -c superuser_reserved_connections=0");
    let w = Workdir::new();
    assert_eq!(run(&w, &server, &["event", "add", "kz"]).0, Some(0));
    let held: Vec<postgres::Client> = (0..3).map(|_| server.client()).collect();
    let (code, err) = run(&w, &server, &["list"]);
    assert_eq!(code, Some(1), "{err}");
    one_line(&server, &err);
    assert!(
        err.contains(": the server refused the connection: too many clients"),
        "{err}"
    );
    drop(held);
    assert_eq!(run(&w, &server, &["list"]).0, Some(0), "free again");
    server.stop();
    let (code, err) = run(&w, &server, &["add", "kz", "26 dead"]);
    assert_eq!(code, Some(1), "{err}");
    one_line(&server, &err);
    assert!(
        err.contains(": the server refused the connection: nothing listens at that address"),
        "{err}"
    );
}

#[test]
fn a_server_stopped_mid_session_ends_it_on_one_line() {
    if !cluster::available("a_server_stopped_mid_session_ends_it_on_one_line") {
        return;
    }
    let server = Cluster::start("");
    let w = Workdir::new();
    assert_eq!(run(&w, &server, &["event", "add", "kz"]).0, Some(0));
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("claimlog"))
        .args(["--db", &server.address, "log", "kz"])
        .current_dir(w.dir.path())
        .env("PGPASSWORD", &server.password)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "26 dead").unwrap();
    // The first line is recorded before the server goes.
    let recorded = || {
        let mut client = server.client();
        let claims = client
            .query_one("SELECT count(*) FROM claims", &[])
            .unwrap();
        claims.get::<_, i64>(0)
    };
    let start = std::time::Instant::now();
    while recorded() < 1 {
        assert!(
            start.elapsed().as_secs() < 30,
            "the first line was never recorded"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    server.stop();
    writeln!(stdin, "30 dead").unwrap();
    // The session may already have ended on line 2, closing its input.
    let _ = writeln!(stdin, "31 dead");
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    let last = err
        .trim_end()
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    one_line(&server, &format!("{last}\n"));
    assert_eq!(
        last,
        format!(
            "claimlog: {}: the server closed the connection (at line 2); the lines before it were recorded",
            server.address
        ),
        "{err}"
    );
    assert!(
        !err.contains("line 3"),
        "one line for the lost server: {err}"
    );
}
