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
    let csv = bulk::csv_in(&w, "wire.csv", "kz", 50_000);
    let mut desks = vec![desk(&w, vec![line(&["import", csv.to_str().unwrap()])])];
    for writer in 0..8 {
        let adds = (0..200)
            .map(|i| {
                let text = format!("{} dead", writer * 1000 + i);
                line(&["add", "kz", &text, "--source", &format!("desk {writer}")])
            })
            .collect();
        desks.push(desk(&w, adds));
    }
    // Readers list the newest claims while the rest write (a summary of
    // fifty thousand claims takes seconds in a debug build; the list reads
    // the same table).
    for _ in 0..2 {
        let mut reads = vec![line(&["summary", "kz", "--format", "json"])];
        reads.extend(vec![
            line(&[
                "list", "kz", "--limit", "200", "--format", "json"
            ]);
            20
        ]);
        desks.push(desk(&w, reads));
    }
    let failures: Vec<String> = desks.into_iter().flat_map(|d| d.join().unwrap()).collect();
    assert!(failures.is_empty(), "{failures:?}");
    assert_eq!(w.count(), 50_000 + 8 * 200);
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

#[test]
fn two_desks_retracting_and_correcting_one_claim_keep_every_history_row() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead", "--source", "AFP"]);
    // Each desk tries 50 retractions and 50 corrections of claim 1: one
    // of them wins, the rest are refused as a claim already withdrawn or
    // corrected, never as a clash between the two desks.
    let bin = assert_cmd::cargo::cargo_bin("claimlog");
    let runs: Vec<_> = (0..2)
        .map(|d| {
            let (bin, db) = (bin.clone(), w.db());
            std::thread::spawn(move || {
                (0..50)
                    .flat_map(|i| {
                        let retract = vec![
                            "retract".to_string(),
                            "1".into(),
                            "--reason".into(),
                            format!("desk {d} round {i}"),
                        ];
                        let correct = line(&["correct", "1", &format!("{}", 30 + d * 100 + i)]);
                        // One desk tries to correct first, the other to
                        // withdraw, so either kind of change can win.
                        if d == 0 {
                            [correct, retract]
                        } else {
                            [retract, correct]
                        }
                    })
                    .map(|args| {
                        Command::new(&bin)
                            .env("CLAIMLOG_DB", &db)
                            .args(args)
                            .output()
                            .expect("run")
                    })
                    .collect::<Vec<Output>>()
            })
        })
        .collect();
    let outputs: Vec<Output> = runs.into_iter().flat_map(|r| r.join().unwrap()).collect();
    let mut done = 0;
    for out in &outputs {
        if out.status.success() {
            done += 1;
            continue;
        }
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("retracted") || err.contains("superseded"),
            "a refusal other than the claim's state: {err}"
        );
        for clash in ["serializ", "deadlock", "could not", "locked", "busy"] {
            assert!(!err.contains(clash), "{err}");
        }
    }
    assert_eq!(done, 1, "exactly one desk's change wins");
    let shown = w.json(&["show", "1"]);
    let history = shown["history"].as_array().expect("history");
    assert_eq!(history.len(), 2, "the add and the one change: {shown}");
    assert_eq!(w.json(&["check"])["ok"], true);
}
