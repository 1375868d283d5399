//! Crash safety: `import` killed with SIGKILL part-way leaves a database
//! that passes `check` and holds all of the import or none of it.

use crate::bulk;
use crate::workdir::Workdir;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Big enough that a debug build takes most of a second to import it, and
/// spills to the WAL long before it commits.
const ROWS: usize = 10_000;
/// Claims in the database before the import starts.
const BEFORE: i64 = 3;

fn wal_len(db: &Path) -> u64 {
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).map_or(0, |m| m.len())
}

/// A database holding `BEFORE` claims.
fn seeded() -> Workdir {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead, 18 wounded", "--source", "franceinfo"]);
    w.ok(&["add", "kz", "225 dead", "--source", "AFP"]);
    w
}

/// Starts the import and kills it once the WAL holds `kill_at` bytes.
/// Returns whether it was still running when killed.
fn import_and_kill(w: &Workdir, csv: &Path, kill_at: u64) -> bool {
    let bin = assert_cmd::cargo::cargo_bin("claimlog");
    let mut child = Command::new(bin)
        .env("CLAIMLOG_DB", w.db())
        .args(["import", csv.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn import");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if child.try_wait().expect("wait").is_some() {
            return false;
        }
        if wal_len(&w.db()) >= kill_at {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "import never reached {kill_at} bytes of WAL"
        );
        std::thread::sleep(Duration::from_micros(300));
    }
    // SIGKILL: no destructors, no rollback, no closing of the database.
    child.kill().expect("kill");
    child.wait().expect("reap");
    true
}

#[test]
fn an_import_killed_part_way_leaves_all_or_nothing() {
    let w = Workdir::new();
    let csv = bulk::csv_in(&w, "big.csv", "kz", ROWS);

    // A full run first, to learn how big the import's WAL gets.
    let full = seeded();
    full.ok(&["import", csv.to_str().unwrap()]);
    let size = std::fs::metadata(full.db()).unwrap().len();
    let (ok, claims, _) = bulk::check(&full, &full.db());
    assert!(ok);
    assert_eq!(claims, BEFORE + ROWS as i64);

    // Kill points: the first pages spilled, a third of the way and near
    // the end (which may land during the commit itself).
    let mut killed_mid_import = 0;
    let mut outcomes = Vec::new();
    for kill_at in [8 * 1024, size / 3, size * 9 / 10] {
        let w = seeded();
        let killed = import_and_kill(&w, &csv, kill_at);
        let (ok, claims, report) = bulk::check(&w, &w.db());
        assert!(ok, "after a kill at {kill_at} bytes of WAL: {report}");
        assert!(
            claims == BEFORE || claims == BEFORE + ROWS as i64,
            "after a kill at {kill_at} bytes of WAL the database holds {claims} claims"
        );
        if killed {
            killed_mid_import += 1;
        } else {
            assert_eq!(claims, BEFORE + ROWS as i64, "a finished import is whole");
        }
        // Usable afterwards: the import runs again from the start (once;
        // every import costs most of a second).
        if claims == BEFORE && outcomes.is_empty() {
            w.ok(&["import", csv.to_str().unwrap()]);
            assert_eq!(bulk::check(&w, &w.db()).1, BEFORE + ROWS as i64);
        }
        outcomes.push((kill_at, killed, claims));
    }
    assert!(
        killed_mid_import >= 2,
        "the import finished before most kill points ({outcomes:?}); raise ROWS"
    );
}
