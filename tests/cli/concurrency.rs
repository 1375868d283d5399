//! Several processes writing at once lose nothing and never surface
//! "database is locked".

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
