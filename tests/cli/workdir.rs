//! A temporary directory with its own database, and helpers to run the
//! binary in it.

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

pub struct Workdir {
    pub dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("claims.db")
    }

    /// `claimlog` with this directory's database, no colour, and a
    /// backtrace setting that would show any backtrace we leaked.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("claimlog").expect("binary");
        cmd.current_dir(self.dir.path())
            .env("CLAIMLOG_DB", self.db())
            .env("NO_COLOR", "1")
            .env("RUST_BACKTRACE", "1")
            .args(args);
        cmd
    }

    /// Runs a command that must succeed; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().expect("run");
        assert!(
            out.status.success(),
            "claimlog {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// Runs a command that must fail with `code`; returns stderr, which
    /// must be one line starting `claimlog: `.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd(args).output().expect("run");
        assert_eq!(
            out.status.code(),
            Some(code),
            "claimlog {args:?}: stdout {} stderr {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let err = String::from_utf8(out.stderr).expect("utf-8");
        assert!(err.starts_with("claimlog: "), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(!err.contains("backtrace"), "{err}");
        err
    }

    /// Runs a command with `--format json` and parses its output.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&all)).expect("JSON output")
    }

    /// A database with the event `kz` started.
    pub fn with_event() -> Workdir {
        let w = Workdir::new();
        w.ok(&["event", "add", "kz"]);
        w
    }

    /// The database file's bytes (with its WAL), to check nothing changed.
    pub fn snapshot(&self) -> Vec<u8> {
        let mut bytes = std::fs::read(self.db()).unwrap_or_default();
        let wal = self.dir.path().join("claims.db-wal");
        bytes.extend(std::fs::read(wal).unwrap_or_default());
        bytes
    }

    /// The number of claims `list` shows, removed ones included.
    pub fn count(&self) -> usize {
        self.json(&["list", "--deleted"])
            .as_array()
            .expect("array")
            .len()
    }
}
