//! A PostgreSQL server of a test's own (`scripts/pg-cluster` in a
//! temporary directory, on a free port), for what the shared server of the
//! PostgreSQL run must not be put through: running out of connections,
//! being stopped mid-run, speaking TLS. Stopped when dropped.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Cluster {
    pub dir: tempfile::TempDir,
    /// The `--db` address of its `postgres` database.
    pub address: String,
    pub password: String,
    pub port: u16,
}

/// Whether this run may start servers: only the PostgreSQL run
/// (`CLAIMLOG_TEST_PG` set), where PostgreSQL's programs are installed.
pub fn available(test: &str) -> bool {
    let on = std::env::var("CLAIMLOG_TEST_PG").is_ok_and(|s| !s.is_empty());
    if !on {
        eprintln!("{test}: starts a PostgreSQL server of its own; runs in the PostgreSQL run");
    }
    on
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/pg-cluster")
}

/// A port nothing listens on now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

impl Cluster {
    /// Starts a server with these extra settings (`-c name=value …`).
    pub fn start(options: &str) -> Cluster {
        Cluster::start_in(tempfile::tempdir().expect("temp dir"), options)
    }

    /// Starts a server in `dir`, which may already hold files its
    /// settings name (a certificate and its key).
    pub fn start_in(dir: tempfile::TempDir, options: &str) -> Cluster {
        let port = free_port();
        let out = Command::new(script())
            .args(["start", dir.path().to_str().unwrap(), &port.to_string()])
            .env("PG_CLUSTER_OPTIONS", options)
            .output()
            .expect("run scripts/pg-cluster");
        assert!(
            out.status.success(),
            "pg-cluster start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let address = String::from_utf8(out.stdout).unwrap().trim().to_string();
        let password = std::fs::read_to_string(dir.path().join("password"))
            .unwrap()
            .trim()
            .to_string();
        Cluster {
            dir,
            address,
            password,
            port,
        }
    }

    /// Stops the server (immediately, as a crash or an admin would).
    pub fn stop(&self) {
        let out = Command::new(script())
            .args(["stop", self.dir.path().to_str().unwrap()])
            .output()
            .expect("run scripts/pg-cluster");
        assert!(out.status.success(), "pg-cluster stop");
    }

    /// A connection of the test's own, as another desk's.
    pub fn client(&self) -> postgres::Client {
        postgres::Config::new()
            .user("claimlog")
            .host("127.0.0.1")
            .port(self.port)
            .dbname("postgres")
            .password(&self.password)
            .connect(postgres::NoTls)
            .expect("connect to the test's server")
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new(script())
            .args(["stop", self.dir.path().to_str().unwrap()])
            .output();
    }
}
