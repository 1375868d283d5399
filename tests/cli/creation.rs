//! Making a new database: several processes at once, a failed or
//! interrupted import that must take back only the file it made, and
//! `demo --keep`, which must never touch an existing file.

use crate::workdir::Workdir;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/kz-unrest-2022.csv");

fn claimlog(db: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("claimlog"));
    cmd.env("CLAIMLOG_DB", db)
        .env("NO_COLOR", "1")
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

fn files_of(db: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|s| PathBuf::from(format!("{}{s}", db.display())))
        .filter(|p| p.exists())
        .collect()
}

/// The samples' header, then `rows` good rows of a new event, then (when
/// `bad`) one row whose value cannot be read.
fn generated(path: &Path, rows: usize, bad: bool) {
    let header = std::fs::read_to_string(SAMPLES).unwrap();
    let header = header.lines().next().unwrap();
    let columns = header.split(',').count();
    let mut text = format!("{header}\n");
    for i in 0..rows {
        let mut fields = vec![String::new(); columns];
        let named = [
            ("id", format!("gen-{i}")),
            ("event", "generated".into()),
            ("metric", "deaths".into()),
            ("kind", "count".into()),
            ("value", i.to_string()),
            ("as_of", "2022-01-05".into()),
            ("source", "Desk".into()),
        ];
        for (name, value) in named {
            let at = header.split(',').position(|h| h == name).unwrap();
            fields[at] = value;
        }
        text.push_str(&fields.join(","));
        text.push('\n');
    }
    if bad {
        let mut fields = vec![String::new(); columns];
        fields[..3].clone_from_slice(&["gen-bad".into(), "generated".into(), "deaths".into()]);
        let at = header.split(',').position(|h| h == "value").unwrap();
        fields[at] = "twenty-ish?".into();
        text.push_str(&fields.join(","));
        text.push('\n');
    }
    std::fs::write(path, text).unwrap();
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

#[test]
fn six_processes_creating_one_database_at_once_all_land() {
    for round in 0..5 {
        let w = Workdir::new();
        let db = w.db();
        let children: Vec<_> = (0..6)
            .map(|i| {
                let args: Vec<String> = if i % 3 == 2 {
                    vec!["event".into(), "add".into(), format!("desk-{i}")]
                } else {
                    vec!["import".into(), SAMPLES.into()]
                };
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                claimlog(&db, &args).spawn().expect("run")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            let err = stderr(&out);
            assert!(out.status.success(), "round {round}: {err}");
            for line in err.lines() {
                assert!(
                    line.starts_with("claimlog: imported")
                        || line.starts_with("claimlog: new event")
                        || line.starts_with("claimlog: started event"),
                    "round {round}: {line}"
                );
            }
        }
        assert_eq!(w.count(), 67, "round {round}");
        assert_eq!(w.json(&["event", "list"]).as_array().unwrap().len(), 3);
        assert_eq!(
            w.ok(&["check"]),
            "ok: 67 claims, 3 events, schema version 4\n"
        );
    }
}

#[test]
fn a_failed_import_into_a_new_file_leaves_nothing() {
    let w = Workdir::new();
    let bad = w.dir.path().join("bad.csv");
    generated(&bad, 50, true);
    let err = w.fails(&["import", "bad.csv"], 1);
    assert!(err.contains("bad.csv:52"), "{err}");
    assert_eq!(files_of(&w.db()), Vec::<PathBuf>::new());
}

#[test]
fn a_failed_import_never_removes_what_another_process_committed() {
    let w = Workdir::new();
    let bad = w.dir.path().join("bad.csv");
    generated(&bad, 3000, true);
    for round in 0..5 {
        let db = w.dir.path().join(format!("round-{round}.db"));
        let failing = claimlog(&db, &["import", bad.to_str().unwrap()])
            .spawn()
            .unwrap();
        let good = claimlog(&db, &["import", SAMPLES]).spawn().unwrap();
        let good = good.wait_with_output().unwrap();
        let failing = failing.wait_with_output().unwrap();
        assert!(good.status.success(), "{}", stderr(&good));
        assert_eq!(failing.status.code(), Some(1), "{}", stderr(&failing));
        let out = claimlog(&db, &["list", "--format", "json"])
            .stdout(Stdio::piped())
            .output()
            .unwrap();
        assert!(out.status.success(), "round {round}: {}", stderr(&out));
        let claims: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(claims.as_array().unwrap().len(), 67, "round {round}");
    }
}

#[test]
fn ctrl_c_during_an_import_into_a_new_file_leaves_nothing() {
    let w = Workdir::new();
    let big = w.dir.path().join("big.csv");
    generated(&big, 300_000, false);
    for signal in [libc::SIGINT, libc::SIGTERM] {
        let db = w.db();
        let mut child = claimlog(&db, &["import", big.to_str().unwrap()])
            .spawn()
            .unwrap();
        // Wait until the import has made its file and is writing into it.
        while !db.exists() {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::yield_now();
        }
        std::thread::sleep(std::time::Duration::from_millis(300));
        let pid = child.id() as libc::pid_t;
        // SAFETY: sends a signal to our own child, nothing else.
        unsafe { libc::kill(pid, signal) };
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            eprintln!("note: the import finished before the signal; nothing to check");
            std::fs::remove_file(&db).ok();
            continue;
        }
        assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
        assert_eq!(stderr(&out), "claimlog: interrupted; nothing was written\n");
        assert_eq!(files_of(&db), Vec::<PathBuf>::new());
    }
}

#[test]
fn demo_keep_never_touches_an_existing_file() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead", "--source", "franceinfo"]);
    let before = w.snapshot();
    let err = w.fails(&["demo", "--keep", w.db().to_str().unwrap()], 1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(w.snapshot(), before);
    assert_eq!(w.count(), 1);
    let notes = w.dir.path().join("notes.txt");
    std::fs::write(&notes, "mine").unwrap();
    w.fails(&["demo", "--keep", "notes.txt"], 1);
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "mine");
    w.ok(&["demo", "--keep", "fresh.db"]);
    assert!(w.dir.path().join("fresh.db").exists());
}

/// A second import that opened the new file while its creator was filling
/// it, when the creator then fails and takes the file back: the second
/// opens the path afresh and lands (it once died on "disk I/O error").
#[test]
fn a_second_import_lands_when_the_creator_fails_and_takes_the_file_back() {
    let w = Workdir::new();
    let bad = w.dir.path().join("bad.csv");
    generated(&bad, 40_000, true);
    for round in 0..2 {
        let db = w.dir.path().join(format!("second-{round}.db"));
        let mut failing = claimlog(&db, &["import", bad.to_str().unwrap()])
            .spawn()
            .unwrap();
        while !db.exists() && failing.try_wait().unwrap().is_none() {
            std::thread::yield_now();
        }
        std::thread::sleep(std::time::Duration::from_millis(300 + 700 * round));
        let good = claimlog(&db, &["import", SAMPLES]).output().unwrap();
        let failing = failing.wait_with_output().unwrap();
        assert_eq!(failing.status.code(), Some(1), "{}", stderr(&failing));
        assert!(good.status.success(), "round {round}: {}", stderr(&good));
        let out = claimlog(&db, &["list", "--format", "json"])
            .stdout(Stdio::piped())
            .output()
            .unwrap();
        let claims: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(claims.as_array().unwrap().len(), 67, "round {round}");
    }
}

/// Ctrl-C while `import -` waits on a pipe that has nothing more yet: the
/// import stops and says nothing was written, and that is true (it once
/// went on, committed the rows and still said nothing was written).
#[test]
fn ctrl_c_while_an_import_waits_on_a_pipe_writes_nothing() {
    use std::io::Write;
    let w = Workdir::new();
    let db = w.db();
    let mut child = claimlog(&db, &["import", "-"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"id,event,metric,kind,value,as_of\npp1,ev,deaths,,5,2024-01-01\n")
        .unwrap();
    stdin.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    // SAFETY: sends a signal to our own child, nothing else.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "the import went on waiting for the pipe after Ctrl-C"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    assert_eq!(stderr(&out), "claimlog: interrupted; nothing was written\n");
    assert_eq!(files_of(&db), Vec::<PathBuf>::new());
}

/// A file left in rollback mode (its creator could not switch it to WAL)
/// is read at once while another reader holds it: nobody waits to switch
/// its journal mode.
#[test]
fn a_reader_never_waits_to_switch_a_file_to_wal() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead", "--source", "AFP"]);
    let conn = rusqlite::Connection::open(w.db()).unwrap();
    conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
        .unwrap();
    conn.execute_batch("BEGIN; SELECT count(*) FROM claims;")
        .unwrap();
    let started = std::time::Instant::now();
    let listed = w.ok(&["list", "kz"]);
    assert!(listed.contains("26"), "{listed}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(3),
        "list waited {:?} behind another reader",
        started.elapsed()
    );
    conn.execute_batch("COMMIT").unwrap();
}
