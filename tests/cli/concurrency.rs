//! Several processes writing at once lose nothing and never surface
//! "database is locked", while readers go on reading.

use crate::workdir::Workdir;
use std::process::{Command, Stdio};

#[test]
fn four_writers_of_150_claims_each_lose_none() {
    let w = Workdir::with_event();
    let bin = assert_cmd::cargo::cargo_bin("claimlog");
    let writers: Vec<_> = (0..4)
        .map(|writer| {
            let bin = bin.clone();
            let db = w.db();
            std::thread::spawn(move || {
                let mut failures = Vec::new();
                for i in 0..150 {
                    let out = Command::new(&bin)
                        .env("CLAIMLOG_DB", &db)
                        .args([
                            "add",
                            "kz",
                            &format!("{} dead", writer * 1000 + i),
                            "--source",
                            &format!("outlet {writer}"),
                        ])
                        .stdout(Stdio::null())
                        .output()
                        .expect("run");
                    if !out.status.success() {
                        failures.push(String::from_utf8_lossy(&out.stderr).to_string());
                    }
                }
                failures
            })
        })
        .collect();
    let failures: Vec<String> = writers
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    assert!(failures.is_empty(), "{failures:?}");
    assert_eq!(w.count(), 600);
}

#[test]
fn readers_and_four_writers_at_once_lose_nothing_and_never_see_a_lock() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead", "--source", "franceinfo"]);
    let bin = assert_cmd::cargo::cargo_bin("claimlog");
    let run = |bin: &std::path::Path, db: &std::path::Path, args: &[String]| {
        Command::new(bin)
            .env("CLAIMLOG_DB", db)
            .args(args)
            .stdout(Stdio::null())
            .output()
            .expect("run")
    };
    let done = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..2)
        .map(|reader| {
            let (bin, db, done) = (bin.clone(), w.db(), done.clone());
            std::thread::spawn(move || {
                let mut problems = Vec::new();
                let mut runs = 0;
                while !done.load(Ordering::SeqCst) {
                    let args: Vec<String> = if (reader + runs) % 2 == 0 {
                        vec!["list".into(), "kz".into(), "--format".into(), "json".into()]
                    } else {
                        vec!["summary".into(), "kz".into()]
                    };
                    let out = run(&bin, &db, &args);
                    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
                    if !out.status.success() || stderr.contains("locked") || stderr.contains("busy")
                    {
                        problems.push(format!("{args:?}: {stderr}"));
                    }
                    runs += 1;
                }
                (runs, problems)
            })
        })
        .collect();
    let writers: Vec<_> = (0..4)
        .map(|writer| {
            let (bin, db) = (bin.clone(), w.db());
            std::thread::spawn(move || {
                let mut problems = Vec::new();
                for i in 0..100 {
                    let args = vec![
                        "add".to_string(),
                        "kz".into(),
                        format!("{} dead", 5000 + writer * 100 + i),
                        "--source".into(),
                        format!("desk {writer}"),
                    ];
                    let out = run(&bin, &db, &args);
                    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
                    if !out.status.success() || stderr.contains("locked") || stderr.contains("busy")
                    {
                        problems.push(stderr);
                    }
                }
                problems
            })
        })
        .collect();
    let mut problems: Vec<String> = writers
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    done.store(true, Ordering::SeqCst);
    let mut reads = 0;
    for reader in readers {
        let (runs, p) = reader.join().unwrap();
        reads += runs;
        problems.extend(p);
    }
    assert!(problems.is_empty(), "{problems:?}");
    assert!(reads >= 4, "the readers ran only {reads} times");
    assert_eq!(w.count(), 401);
    let check = w.ok(&["check"]);
    assert_eq!(check, "ok: 401 claims, 1 event, schema version 4\n");
}
