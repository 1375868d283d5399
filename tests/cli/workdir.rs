//! A temporary directory with its own database, and helpers to run the
//! binary in it.
//!
//! The suite runs on either backend: by default each test's database is a
//! SQLite file in its directory; with `CLAIMLOG_TEST_PG` set to a server's
//! address (`postgres://user@host:port/postgres`, password in PGPASSWORD
//! or ~/.pgpass) each test gets a fresh PostgreSQL database of its own,
//! dropped when it ends, and every command runs on it through
//! `CLAIMLOG_DB`. The tests that cannot run on PostgreSQL yet are listed in
//! `SQLITE_ONLY` with the reason; they keep running on SQLite in that run
//! and say so on stderr.

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Tests that still run on SQLite when the suite runs on PostgreSQL, each
/// with why: the remaining work of the PostgreSQL backend.
pub const SQLITE_ONLY: &[(&str, &str)] = &[
    (
        "bad_input::a_database_the_user_cannot_write_is_refused_untouched",
        "makes the SQLite file and its WAL read-only (file permissions)",
    ),
    (
        "bad_input::a_file_of_another_kind_or_a_newer_schema_is_refused_untouched",
        "writes another program's file and a newer user_version into the SQLite file",
    ),
    (
        "crash::an_import_into_a_new_file_killed_part_way_leaves_all_or_nothing",
        "kills an import while it fills a new SQLite file; on a server: crash::an_import_killed_on_a_server_leaves_all_or_nothing",
    ),
    (
        "crash::an_import_into_a_new_file_leaves_it_in_wal_mode",
        "about SQLite's journal mode",
    ),
    (
        "crash::an_import_killed_part_way_leaves_all_or_nothing",
        "waits for the SQLite WAL to grow before the kill; on a server: crash::an_import_killed_on_a_server_leaves_all_or_nothing",
    ),
    (
        "creation::a_reader_never_waits_to_switch_a_file_to_wal",
        "about SQLite's journal mode",
    ),
    (
        "creation::ctrl_c_during_an_import_into_a_new_file_leaves_nothing",
        "waits for the new SQLite file to appear (would wait forever on a server)",
    ),
    (
        "errors::a_file_that_is_not_a_database_is_refused_untouched",
        "writes a text file where the SQLite database would be",
    ),
    (
        "maintenance::a_damaged_file_fails_check_on_one_line",
        "damages the SQLite file's bytes",
    ),
    (
        "maintenance::backup_copies_checks_and_never_overwrites_unasked",
        "backs up over the SQLite file itself (`claims.db`), which a server's database has not",
    ),
    (
        "maintenance::check_refuses_what_is_not_a_claimlog_database",
        "writes other programs' files and SQLite headers",
    ),
    (
        "maintenance::every_problem_is_one_plain_line_and_check_writes_nothing",
        "breaks rules with rusqlite and compares the file's bytes; to port: break them with the postgres client",
    ),
    (
        "paths::a_database_in_a_read_only_directory_can_be_read",
        "about a SQLite file in a read-only directory",
    ),
    (
        "paths::no_writer_may_write_over_the_database_or_its_side_files",
        "about writing over the SQLite file and its side files",
    ),
    (
        "paths::read_commands_leave_an_empty_file_empty",
        "about an empty SQLite file",
    ),
    (
        "spoofing::an_older_claim_can_still_be_mended_retracted_and_removed",
        "plants names holding NUL, which PostgreSQL text cannot hold (claimlog refuses such names on input)",
    ),
    (
        "spoofing::charts_are_well_formed_xml_and_show_names_as_text",
        "plants names holding NUL, which PostgreSQL text cannot hold (claimlog refuses such names on input)",
    ),
    (
        "spoofing::claimreview_is_safe_inside_a_script_element",
        "plants names holding NUL, which PostgreSQL text cannot hold (claimlog refuses such names on input)",
    ),
    (
        "spoofing::names_an_older_database_holds_are_shown_escaped",
        "plants names holding NUL, which PostgreSQL text cannot hold (claimlog refuses such names on input)",
    ),
    (
        "spoofing::tables_on_a_terminal_stay_aligned",
        "plants names holding NUL, which PostgreSQL text cannot hold (claimlog refuses such names on input)",
    ),
];

pub struct Workdir {
    pub dir: tempfile::TempDir,
    /// The PostgreSQL database this test runs on, when it runs on one:
    /// (the server's address, the database's name).
    postgres: Option<(String, String)>,
}

/// The server the suite runs on, if any.
fn test_server() -> Option<String> {
    std::env::var("CLAIMLOG_TEST_PG")
        .ok()
        .filter(|s| !s.is_empty())
}

/// The running test's name, as the test harness names its thread
/// (`module::test`).
fn test_name() -> String {
    std::thread::current()
        .name()
        .unwrap_or_default()
        .to_string()
}

fn server_client(server: &str) -> postgres::Client {
    try_server_client(server).expect("CLAIMLOG_TEST_PG: connect")
}

fn try_server_client(server: &str) -> Result<postgres::Client, postgres::Error> {
    let rest = server
        .split_once("://")
        .map_or(server, |(_, r)| r)
        .to_string();
    let (user, hostpart) = rest.split_once('@').expect("CLAIMLOG_TEST_PG: user@host");
    let (hostport, dbname) = hostpart.split_once('/').unwrap_or((hostpart, "postgres"));
    let (host, port) = hostport.rsplit_once(':').unwrap_or((hostport, "5432"));
    let mut config = postgres::Config::new();
    config
        .user(user)
        .host(host)
        .port(port.parse().expect("CLAIMLOG_TEST_PG: port"))
        .dbname(dbname);
    if let Ok(password) = std::env::var("PGPASSWORD") {
        config.password(password);
    }
    config.connect(postgres::NoTls)
}

/// A fresh database on `server` for one test: its address and name.
fn fresh_database(server: &str) -> (String, String) {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let name = format!(
        "claimlog_test_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let mut client = server_client(server);
    // Two statements: neither may run inside a transaction block.
    client
        .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
        .expect("clear a test database");
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("create a test database");
    let base = server.rsplit_once('/').map_or(server, |(b, _)| b);
    (format!("{base}/{name}"), name)
}

impl Drop for Workdir {
    fn drop(&mut self) {
        if let (Some(server), Some((_, name))) = (test_server(), &self.postgres) {
            // Never a panic here: a failed test is already unwinding.
            if let Ok(mut client) = try_server_client(&server) {
                let _ =
                    client.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

impl Workdir {
    pub fn new() -> Workdir {
        let test = test_name();
        let postgres = match test_server() {
            Some(server) => match SQLITE_ONLY.iter().find(|(t, _)| *t == test) {
                Some((_, why)) => {
                    eprintln!("{test}: on SQLite only: {why}");
                    None
                }
                None => Some(fresh_database(&server)),
            },
            None => None,
        };
        Workdir {
            dir: tempfile::tempdir().expect("temp dir"),
            postgres,
        }
    }

    /// Whether this test's database is on a PostgreSQL server.
    #[allow(dead_code)]
    pub fn on_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// Runs SQL on the test's database directly, whichever backend holds
    /// it, as another tool or an older claimlog might.
    #[allow(dead_code)]
    pub fn sql(&self, sql: &str) {
        match (&self.postgres, test_server()) {
            (Some((_, name)), Some(server)) => {
                let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
                server_client(&format!("{base}/{name}"))
                    .batch_execute(sql)
                    .expect("SQL on the test database");
            }
            _ => rusqlite::Connection::open(self.db())
                .and_then(|conn| conn.execute_batch(sql))
                .expect("SQL on the test database"),
        }
    }

    /// One whole number a query gives, read from the test's database
    /// directly, whichever backend holds it (a count, mostly).
    #[allow(dead_code)]
    pub fn sql_number(&self, sql: &str) -> i64 {
        match (&self.postgres, test_server()) {
            (Some((_, name)), Some(server)) => {
                let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
                server_client(&format!("{base}/{name}"))
                    .query_one(sql, &[])
                    .expect("SQL on the test database")
                    .get::<_, i64>(0)
            }
            _ => rusqlite::Connection::open(self.db())
                .and_then(|conn| conn.query_row(sql, [], |r| r.get(0)))
                .expect("SQL on the test database"),
        }
    }

    /// A connection of the test's own to its PostgreSQL database (as
    /// another desk's), when it runs on one.
    #[allow(dead_code)]
    pub fn pg_client(&self) -> Option<postgres::Client> {
        let (Some((_, name)), Some(server)) = (&self.postgres, test_server()) else {
            return None;
        };
        let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
        Some(server_client(&format!("{base}/{name}")))
    }

    /// Whether no command has made the database yet: no SQLite file, or a
    /// server database without a single table (a command that opened it to
    /// write would have built claimlog's schema there).
    #[allow(dead_code)]
    pub fn untouched(&self) -> bool {
        if self.on_postgres() {
            self.sql_number(
                "SELECT count(*) FROM pg_catalog.pg_class c \
                 JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') \
                 AND n.nspname NOT LIKE 'pg_toast%'",
            ) == 0
        } else {
            !self.db().exists()
        }
    }

    /// Sets the schema version the database says it has.
    #[allow(dead_code)]
    pub fn set_schema_version(&self, version: i64) {
        if self.on_postgres() {
            self.sql(&format!(
                "UPDATE claimlog_meta SET value = {version} WHERE key = 'schema_version'"
            ));
        } else {
            self.sql(&format!("PRAGMA user_version = {version}"));
        }
    }

    /// The database: a file in the directory, or a server's address.
    pub fn db(&self) -> PathBuf {
        match &self.postgres {
            Some((address, _)) => PathBuf::from(address),
            None => self.dir.path().join("claims.db"),
        }
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
