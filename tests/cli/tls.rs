//! TLS to a team database: `sslmode=` in the address. A server of the
//! test's own speaks TLS with a certificate signed by a CA made for the
//! test (openssl's command line) and accepts TCP connections only over
//! TLS; the suite's own server speaks none.

use crate::cluster::{self, Cluster};
use crate::workdir::Workdir;
use std::path::Path;
use std::process::Command;

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run openssl");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CA and a server certificate it signs for localhost and 127.0.0.1.
fn certificates(dir: &Path) {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let mut ca = vec!["req", "-x509"];
    ca.extend(ec);
    ca.extend([
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
        "-days",
        "2",
        "-subj",
        "/CN=claimlog test CA",
    ]);
    openssl(dir, &ca);
    let mut request = vec!["req"];
    request.extend(ec);
    request.extend([
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
    ]);
    openssl(dir, &request);
    std::fs::write(
        dir.join("names.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\n",
    )
    .unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "names.ext",
        ],
    );
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        dir.join("server.key"),
        std::fs::Permissions::from_mode(0o600),
    )
    .unwrap();
}

/// Runs claimlog on `db` with the cluster's password; (exit code, stderr).
fn run(w: &Workdir, password: &str, db: &str, args: &[&str]) -> (Option<i32>, String) {
    let mut all = vec!["--db", db];
    all.extend_from_slice(args);
    let out = w.cmd(&all).env("PGPASSWORD", password).output().unwrap();
    (out.status.code(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn sslmode_require_and_verify_full_speak_tls_and_disable_is_turned_away() {
    if !cluster::available("sslmode_require_and_verify_full_speak_tls_and_disable_is_turned_away") {
        return;
    }
    // The certificates live in the server's directory, which the
    // server's own user owns (pg-cluster hands it over).
    let dir = tempfile::tempdir().unwrap();
    certificates(dir.path());
    let base = dir.path().to_path_buf();
    let at = |file: &str| base.join(file).to_str().unwrap().to_string();
    let server = Cluster::start_in(
        dir,
        &format!(
            "-c ssl=on -c ssl_cert_file={} -c ssl_key_file={}",
            at("server.crt"),
            at("server.key")
        ),
    );
    // TCP only over TLS from now on.
    let hba = server.dir.path().join("data/pg_hba.conf");
    let rules = std::fs::read_to_string(&hba).unwrap();
    let rules: String = rules
        .lines()
        .map(|l| match l.strip_prefix("host ") {
            Some(rest) => format!("hostssl {rest}\n"),
            None => format!("{l}\n"),
        })
        .collect();
    std::fs::write(&hba, rules).unwrap();
    server
        .client()
        .batch_execute("SELECT pg_reload_conf()")
        .unwrap();

    let w = Workdir::new();
    let pw = server.password.as_str();
    let with = |query: &str| format!("{}?{query}", server.address);
    let (code, err) = run(&w, pw, &with("sslmode=require"), &["event", "add", "kz"]);
    assert_eq!(code, Some(0), "{err}");
    // The default over TCP is prefer: TLS when the server offers it.
    let (code, err) = run(&w, pw, &server.address, &["add", "kz", "26 dead"]);
    assert_eq!(code, Some(0), "{err}");
    let full = with(&format!("sslmode=verify-full&sslrootcert={}", at("ca.crt")));
    let (code, err) = run(&w, pw, &full, &["list"]);
    assert_eq!(code, Some(0), "{err}");
    // Plain TCP is turned away by the server's rules, in one line.
    let (code, err) = run(&w, pw, &with("sslmode=disable"), &["list"]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no encryption"), "{err}");
    // A certificate that is not the CA's is refused.
    let wrong = with(&format!(
        "sslmode=verify-full&sslrootcert={}",
        at("server.crt")
    ));
    let (code, err) = run(&w, pw, &wrong, &["list"]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("certificate"), "{err}");
    assert!(!err.contains(pw), "{err}");
    let missing = with("sslmode=verify-full&sslrootcert=/nonexistent/root.crt");
    let (code, err) = run(&w, pw, &missing, &["list"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("/nonexistent/root.crt cannot be read"),
        "{err}"
    );
}

/// The suite's own server speaks no TLS: `sslmode=require` says so.
#[test]
fn sslmode_require_against_a_server_without_tls_is_one_clear_line() {
    let w = Workdir::with_event();
    if !w.on_postgres() {
        // A file has no sslmode: the address is refused as it is written.
        let err = w.fails(
            &[
                "--db",
                "postgres://desk@127.0.0.1:1/x?sslmode=sometimes",
                "list",
            ],
            1,
        );
        assert!(
            err.contains("sslmode 'sometimes' is not one of disable, prefer, require"),
            "{err}"
        );
        return;
    }
    let db = format!("{}?sslmode=require", w.db().display());
    let err = w.fails(&["--db", &db, "list"], 1);
    assert!(err.contains("the server does not speak TLS"), "{err}");
    assert!(err.contains("sslmode=require"), "{err}");
    // prefer falls back to plain TCP there.
    let db = format!("{}?sslmode=prefer", w.db().display());
    w.ok(&["--db", &db, "list"]);
}
