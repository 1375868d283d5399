//! A desk's team at once on one database (both backends; on PostgreSQL
//! this is the team database's promise): writers, readers and an import
//! together lose nothing and surface no error, and two desks changing the
//! same claim each leave their history row.

use crate::bulk;
use crate::workdir::Workdir;
use std::process::{Command, Output, Stdio};

/// Runs each command line in turn on `w`'s database, on its own thread;
/// the thread gives back the error of each that failed.
fn desk(w: &Workdir, lines: Vec<Vec<String>>) -> std::thread::JoinHandle<Vec<String>> {
    let bin = assert_cmd::cargo::cargo_bin("claimlog");
    let db = w.db();
    std::thread::spawn(move || {
        lines
            .into_iter()
            .filter_map(|args| {
                let out = Command::new(&bin)
                    .env("CLAIMLOG_DB", &db)
                    .args(args)
                    .stdout(Stdio::null())
                    .output()
                    .expect("run");
                failed(&out)
            })
            .collect()
    })
}

fn failed(out: &Output) -> Option<String> {
    (!out.status.success()).then(|| String::from_utf8_lossy(&out.stderr).to_string())
}

fn line(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}

#[test]
fn eight_writers_two_readers_and_an_import_at_once_lose_nothing() {
    let w = Workdir::with_event();
    let csv = bulk::csv_in(&w, "wire.csv", "kz", 5_000);
    let mut desks = vec![desk(&w, vec![line(&["import", csv.to_str().unwrap()])])];
    for writer in 0..8 {
        let adds = (0..20)
            .map(|i| {
                let text = format!("{} dead", writer * 1000 + i);
                line(&["add", "kz", &text, "--source", &format!("desk {writer}")])
            })
            .collect();
        desks.push(desk(&w, adds));
    }
    for _ in 0..2 {
        desks.push(desk(
            &w,
            vec![line(&["summary", "kz", "--format", "json"]); 10],
        ));
    }
    let failures: Vec<String> = desks.into_iter().flat_map(|d| d.join().unwrap()).collect();
    assert!(failures.is_empty(), "{failures:?}");
    assert_eq!(w.count(), 5_000 + 8 * 20);
    assert_eq!(w.json(&["check"])["ok"], true);
}

#[test]
fn two_desks_changing_one_claim_each_keep_their_history_row() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead", "--source", "AFP"]);
    let desks: Vec<_> = (0..2)
        .map(|d| {
            let edits = (0..25)
                .map(|i| line(&["edit", "1", "--note", &format!("desk {d} edit {i}")]))
                .collect();
            desk(&w, edits)
        })
        .collect();
    let failures: Vec<String> = desks.into_iter().flat_map(|d| d.join().unwrap()).collect();
    assert!(failures.is_empty(), "{failures:?}");
    let shown = w.json(&["show", "1"]);
    let history = shown["history"].as_array().expect("history");
    assert_eq!(history.len(), 1 + 2 * 25, "{shown}");
    for desk in 0..2 {
        for i in 0..25 {
            let note = format!("desk {desk} edit {i}");
            assert!(
                history
                    .iter()
                    .any(|h| h["detail"].to_string().contains(&note)),
                "{note} has no history row"
            );
        }
    }
}
