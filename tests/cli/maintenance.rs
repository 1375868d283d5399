//! `check` and `backup`: a healthy file says ok, every problem is named in
//! plain words, and a backup taken while others write is a sound snapshot.

use crate::bulk;
use crate::workdir::Workdir;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

fn two_claims() -> Workdir {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead, 18 wounded", "--source", "franceinfo"]);
    w
}

#[test]
fn a_healthy_database_says_ok_in_table_and_json() {
    let w = two_claims();
    assert_eq!(
        w.ok(&["check"]),
        "ok: 2 claims, 1 event, schema version 4\n"
    );
    let json = w.json(&["check"]);
    assert_eq!(json["ok"], true);
    assert_eq!(json["summary"], "ok: 2 claims, 1 event, schema version 4");
    assert_eq!(json["schema_version"], 4);
    assert_eq!(json["counts"]["claims"], 2);
    assert_eq!(
        json["counts"]["claim_history"], 0,
        "coming in is the origin, not a history row"
    );
    assert_eq!(json["problems"], serde_json::json!([]));
}

/// The same rules broken on either backend (a server keeps its foreign
/// keys, so none is broken here) are named in the same words and order.
#[test]
fn broken_rules_and_a_missing_index_are_named_alike_on_every_backend() {
    let w = two_claims();
    w.sql(
        "UPDATE claims SET status = 'superseded', superseded_by = 'x' WHERE id = 1;
         UPDATE claims SET status = 'retracted' WHERE id = 2;
         DROP INDEX claims_by_scope;",
    );
    let out = w.cmd(&["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        vec![
            "index claims_by_scope is missing",
            "claim 1 is superseded by 'x', which does not exist",
            "claim 2 is retracted but has no retraction date",
        ]
    );
    let json = serde_json::from_slice::<serde_json::Value>(
        &w.cmd(&["check", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(json["counts"]["claims"], 2, "{json}");
}

#[test]
fn every_problem_is_one_plain_line_and_check_writes_nothing() {
    let w = two_claims();
    {
        let conn = rusqlite::Connection::open(w.db()).unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             UPDATE claims SET status = 'superseded', superseded_by = 'x' WHERE id = 1;
             UPDATE claims SET status = 'retracted' WHERE id = 2;
             INSERT INTO claim_history (claim_id, at, action) VALUES (99, '2022-01-07', 'add');
             DROP INDEX claims_by_scope;",
        )
        .unwrap();
    }
    let before = w.snapshot();
    let out = w.cmd(&["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        vec![
            "claim_history row 1 refers to a missing row of claims",
            "index claims_by_scope is missing",
            "claim 1 is superseded by 'x', which does not exist",
            "claim 2 is retracted but has no retraction date",
        ]
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        format!("claimlog: {}: 4 problems found\n", w.db().display())
    );
    let json: serde_json::Value = serde_json::from_slice(
        &w.cmd(&["check", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(json["ok"], false);
    assert_eq!(json["summary"], serde_json::Value::Null);
    assert_eq!(json["problems"].as_array().unwrap().len(), 4);
    assert_eq!(w.snapshot(), before, "check must not write");
}

#[test]
fn an_old_schema_version_is_reported_not_migrated() {
    let w = two_claims();
    w.set_schema_version(0);
    let before = w.snapshot();
    let out = w.cmd(&["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("schema version 0, but this claimlog writes 4"),
        "{stdout}"
    );
    assert_eq!(w.snapshot(), before);
}

#[test]
fn a_damaged_file_fails_check_on_one_line() {
    let w = Workdir::with_event();
    let rows = bulk::csv_in(&w, "rows.csv", "kz", 2000);
    w.ok(&["import", rows.to_str().unwrap()]);
    // Scribble over pages in the middle of the file, as a failing disk would.
    let mut bytes = std::fs::read(w.db()).unwrap();
    assert!(bytes.len() > 40 * 4096, "{}", bytes.len());
    for b in &mut bytes[20 * 4096..22 * 4096] {
        *b = 0x5a;
    }
    std::fs::write(w.db(), bytes).unwrap();
    let err = w.fails(&["check"], 1);
    assert!(err.contains("problem") || err.contains("damaged"), "{err}");
}

#[test]
fn check_refuses_what_is_not_a_claimlog_database() {
    let w = Workdir::new();
    let err = w.fails(&["check"], 1);
    assert!(err.contains("no claimlog database"), "{err}");
    std::fs::write(w.db(), "").unwrap();
    let err = w.fails(&["check"], 1);
    assert!(err.contains("no claimlog database"), "{err}");
    assert_eq!(std::fs::read(w.db()).unwrap(), b"");
    std::fs::write(w.db(), "id,event\n1,kz\n".repeat(300)).unwrap();
    let err = w.fails(&["check"], 1);
    assert!(err.contains("not a claimlog database"), "{err}");
    let w = Workdir::with_event();
    {
        let conn = rusqlite::Connection::open(w.db()).unwrap();
        conn.pragma_update(None, "user_version", 7).unwrap();
    }
    let err = w.fails(&["check"], 1);
    assert!(err.contains("newer claimlog"), "{err}");
}

#[test]
fn backup_copies_checks_and_never_overwrites_unasked() {
    let w = two_claims();
    w.ok(&["add", "kz", "225 dead", "--source", "AFP"]);
    let copy = w.dir.path().join("copy.db");
    std::fs::write(&copy, "an older backup").unwrap();
    let err = w.fails(&["backup", "copy.db"], 1);
    assert!(
        err.contains("copy.db: already exists; --force replaces it"),
        "{err}"
    );
    assert_eq!(std::fs::read(&copy).unwrap(), b"an older backup");
    let out = w.cmd(&["backup", "copy.db", "--force"]).output().unwrap();
    assert!(out.status.success());
    let note = String::from_utf8(out.stderr).unwrap();
    assert!(note.contains("backed up 3 claims (1 event"), "{note}");
    let (ok, claims, _) = bulk::check(&w, &copy);
    assert!(ok);
    assert_eq!(claims, 3);
    let json = w.json(&["backup", "second.db"]);
    assert_eq!(json["claims"], 3);
    assert_eq!(json["checked"], true);
    let err = w.fails(&["backup", "claims.db", "--force"], 1);
    assert!(err.contains("the database itself"), "{err}");
    let err = w.fails(&["backup", "no/such/dir/x.db"], 1);
    assert!(err.contains("no directory"), "{err}");
    // Nothing half-written is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(w.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".claimlog-backup")
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn backup_of_no_database_fails() {
    let w = Workdir::new();
    let err = w.fails(&["backup", "copy.db"], 1);
    assert!(err.contains("no claimlog database"), "{err}");
    assert!(!w.dir.path().join("copy.db").exists());
}

#[test]
fn backup_while_two_writers_add_claims_is_a_sound_snapshot() {
    let w = Workdir::with_event();
    // Several backup steps' worth of pages, so writers land between steps.
    let rows = bulk::csv_in(&w, "seed.csv", "kz", 12_000);
    w.ok(&["import", rows.to_str().unwrap()]);
    let bin = assert_cmd::cargo::cargo_bin("claimlog");
    let added = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..2)
        .map(|writer| {
            let (bin, db, added, stop) = (bin.clone(), w.db(), added.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut failures = Vec::new();
                let mut i = 0;
                // At least 40 claims each, and on until the backup is done.
                while i < 40 || !stop.load(Ordering::SeqCst) {
                    let out = Command::new(&bin)
                        .env("CLAIMLOG_DB", &db)
                        .args([
                            "add",
                            "kz",
                            &format!("{} dead", 100_000 + writer * 1000 + i),
                        ])
                        .args(["--source", &format!("writer {writer}")])
                        .stdout(Stdio::null())
                        .output()
                        .expect("run");
                    if out.status.success() {
                        added.fetch_add(1, Ordering::SeqCst);
                    } else {
                        failures.push(String::from_utf8_lossy(&out.stderr).to_string());
                    }
                    i += 1;
                }
                failures
            })
        })
        .collect();
    while added.load(Ordering::SeqCst) < 6 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let before = 12_000 + added.load(Ordering::SeqCst) as i64;
    let copy = w.dir.path().join("snapshot.db");
    w.ok(&["backup", copy.to_str().unwrap()]);
    let after = 12_000 + added.load(Ordering::SeqCst) as i64;
    stop.store(true, Ordering::SeqCst);
    let failures: Vec<String> = writers
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    assert!(failures.is_empty(), "{failures:?}");
    let (ok, claims, report) = bulk::check(&w, &copy);
    assert!(ok, "{report}");
    // `added` counts a claim once its writer has exited, so a claim the
    // backup holds may be counted only after it: allow one in flight each.
    assert!(
        before <= claims && claims <= after + 2,
        "backup holds {claims} claims, outside {before}..={after}"
    );
    let (ok, total, _) = bulk::check(&w, &w.db());
    assert!(ok);
    assert_eq!(total, 12_000 + added.load(Ordering::SeqCst) as i64);
}
