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

/// Claims a database holds, or None when there is no database there yet
/// (no file, or a blank one).
fn claims_in(w: &Workdir, db: &Path) -> Option<i64> {
    let out = w
        .cmd(&["check", "--format", "json"])
        .env("CLAIMLOG_DB", db)
        .output()
        .expect("run");
    if !out.status.success()
        && String::from_utf8_lossy(&out.stderr).contains("no claimlog database")
    {
        return None;
    }
    let (ok, claims, report) = bulk::check(w, db);
    assert!(ok, "{report}");
    Some(claims)
}

/// An import that creates its file writes it without the write-ahead log
/// (one copy of every page, not two) until it commits: killed at any point,
/// the file holds no database or the whole import, and the next import
/// fills it.
#[test]
fn an_import_into_a_new_file_killed_part_way_leaves_all_or_nothing() {
    let w = Workdir::new();
    let csv = bulk::csv_in(&w, "big.csv", "kz", ROWS);
    let bin = assert_cmd::cargo::cargo_bin("claimlog");
    let timed = Instant::now();
    w.ok(&["import", csv.to_str().unwrap()]);
    let full = timed.elapsed();
    assert_eq!(claims_in(&w, &w.db()), Some(ROWS as i64));
    let mut killed_mid_import = 0;
    for (i, fraction) in [0.2, 0.5, 0.8, 0.95].into_iter().enumerate() {
        let db = w.dir.path().join(format!("new-{i}.db"));
        let mut child = Command::new(&bin)
            .env("CLAIMLOG_DB", &db)
            .args(["import", csv.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn import");
        std::thread::sleep(full.mul_f64(fraction));
        if child.try_wait().expect("wait").is_none() {
            child.kill().expect("kill");
            killed_mid_import += 1;
        }
        child.wait().expect("reap");
        let claims = claims_in(&w, &db);
        assert!(
            matches!(claims, None | Some(0)) || claims == Some(ROWS as i64),
            "killed at {fraction} of the run, the new file holds {claims:?} claims"
        );
        let out = w
            .cmd(&["import", csv.to_str().unwrap()])
            .env("CLAIMLOG_DB", &db)
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(claims_in(&w, &db), Some(ROWS as i64));
    }
    assert!(
        killed_mid_import >= 2,
        "the import finished before most kill points"
    );
}

/// A new file filled by an import ends in WAL mode, so readers go on while
/// the next desk writes.
#[test]
fn an_import_into_a_new_file_leaves_it_in_wal_mode() {
    let w = Workdir::new();
    let csv = bulk::csv_in(&w, "small.csv", "kz", 50);
    w.ok(&["import", csv.to_str().unwrap()]);
    let conn = rusqlite::Connection::open(w.db()).expect("open");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("journal mode");
    assert_eq!(mode, "wal");
}

/// What the import's own connection last ran, as the server shows it
/// (`pg_stat_activity`), and whether it holds the write lock.
fn importer(client: &mut postgres::Client) -> (String, bool) {
    let row = client
        .query_opt(
            "SELECT a.query, EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid \
             AND l.locktype = 'advisory' AND l.granted) \
             FROM pg_stat_activity a WHERE a.application_name = 'claimlog' \
             AND a.datname = current_database() AND a.pid <> pg_backend_pid()",
            &[],
        )
        .expect("read pg_stat_activity");
    row.map_or((String::new(), false), |r| (r.get(0), r.get(1)))
}

/// Whether the import got to a kill point, from its connection's last
/// query and whether it holds the write lock.
type Reached = fn(&str, bool) -> bool;

/// On a server, an import killed with SIGKILL leaves what the server
/// rolled back: killed while it reads its file under the write lock, or
/// once it streams its rows with COPY, the database passes `check` and
/// holds all of the import or none of it, and the import runs again.
#[test]
fn an_import_killed_on_a_server_leaves_all_or_nothing() {
    if !Workdir::new().on_postgres() {
        eprintln!(
            "crash::an_import_killed_on_a_server_leaves_all_or_nothing: about a server; \
             on SQLite: crash::an_import_killed_part_way_leaves_all_or_nothing"
        );
        return;
    }
    const SERVER_ROWS: usize = 5_000;
    let bin = assert_cmd::cargo::cargo_bin("claimlog");
    // Where the import is when it is killed, as its connection shows it.
    let points: [(&str, Reached); 2] = [
        ("under the write lock, reading its file", |_, locked| locked),
        ("streaming its rows with COPY", |query, _| {
            query.contains("claimlog_load") || query == "COMMIT"
        }),
    ];
    let mut killed_mid_import = 0;
    let mut outcomes = Vec::new();
    for (at, reached) in points {
        let w = seeded();
        let mut watch = w.pg_client().expect("a server database");
        let csv = bulk::csv_in(&w, "big.csv", "kz", SERVER_ROWS);
        let mut child = Command::new(&bin)
            .env("CLAIMLOG_DB", w.db())
            .args(["import", csv.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn import");
        let deadline = Instant::now() + Duration::from_secs(60);
        let killed = loop {
            if child.try_wait().expect("wait").is_some() {
                break false;
            }
            let (query, locked) = importer(&mut watch);
            if reached(&query, locked) {
                // SIGKILL: no destructors, no rollback sent, the socket
                // simply closes.
                child.kill().expect("kill");
                break true;
            }
            assert!(Instant::now() < deadline, "the import never got {at}");
        };
        child.wait().expect("reap");
        // The server rolls the killed session back once it sees the
        // connection gone; the next writer waits for its lock until then.
        let (ok, claims, report) = bulk::check(&w, &w.db());
        assert!(ok, "killed {at}: {report}");
        let whole = BEFORE + SERVER_ROWS as i64;
        assert!(
            claims == BEFORE || claims == whole,
            "killed {at}, the database holds {claims} claims"
        );
        if killed && claims == BEFORE {
            killed_mid_import += 1;
        }
        outcomes.push((at, killed, claims));
        // Usable afterwards: the import runs again and completes (adding
        // nothing when the killed one had committed).
        w.ok(&["import", csv.to_str().unwrap()]);
        assert_eq!(bulk::check(&w, &w.db()).1, whole);
    }
    assert!(
        killed_mid_import >= 1,
        "no kill landed before the commit: {outcomes:?}"
    );
    eprintln!("crash: kills on a server: {outcomes:?}");
}

/// `log` from standard input, killed with SIGKILL mid-input: each line is
/// its own transaction, so every line recorded is whole (both claims of
/// "N dead, M wounded", or neither), the lines recorded are the first
/// ones, and the database passes `check`. On either backend.
#[test]
fn a_log_session_killed_mid_input_keeps_whole_lines() {
    use std::io::Write;
    let w = Workdir::with_event();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("claimlog"))
        .env("CLAIMLOG_DB", w.db())
        .args(["log", "kz", "--source", "wire"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn log");
    let mut stdin = child.stdin.take().unwrap();
    // Lines keep coming while the session is killed: a desk typing.
    let typist = std::thread::spawn(move || {
        for i in 0..2000 {
            if writeln!(stdin, "{} dead, {} wounded", 1000 + i, 5000 + i).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    while w.sql_number("SELECT count(*) FROM claims") < 40 {
        assert!(Instant::now() < deadline, "log never recorded 20 lines");
        assert!(child.try_wait().unwrap().is_none(), "log ended early");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().expect("kill");
    child.wait().expect("reap");
    typist.join().unwrap();
    let (ok, claims, report) = bulk::check(&w, &w.db());
    assert!(ok, "{report}");
    let mut deaths = Vec::new();
    let mut wounded = Vec::new();
    for claim in w.json(&["list"]).as_array().unwrap() {
        let value: i64 = claim["value"].as_str().unwrap().parse().unwrap();
        match claim["metric"].as_str().unwrap() {
            "deaths" => deaths.push(value - 1000),
            "injured" => wounded.push(value - 5000),
            other => panic!("a claim of {other}"),
        }
    }
    deaths.sort_unstable();
    wounded.sort_unstable();
    assert_eq!(deaths, wounded, "every line recorded is whole");
    let lines = deaths.len() as i64;
    assert_eq!(claims, 2 * lines);
    assert_eq!(
        deaths,
        (0..lines).collect::<Vec<_>>(),
        "the first lines, each once"
    );
    assert!(
        (20..2000).contains(&lines),
        "killed mid-input: {lines} lines"
    );
}
