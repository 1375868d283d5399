//! A catalogue of bad input: every case fails with one line that starts
//! `claimlog: ` and says what and where, exits 1 (2 for a bad command
//! line), and leaves the database byte for byte as it was.
//!
//! The read-only and full-disk cases are real, not simulated: a read-only
//! file is one the running user cannot write (the tests run as root, who
//! ignores permissions, so claimlog is started as `nobody`) or an immutable
//! file (`chattr +i`, which binds root too); a full disk is a small tmpfs.
//! Where the machine does not allow one of them (no setuid, no chattr, no
//! mount), that case says so on stderr and is skipped.

use crate::bulk::HEADER;
use crate::workdir::Workdir;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// One bad command line: what it must say, and its exit code.
struct Case<'a> {
    args: &'a [&'a str],
    code: i32,
    says: &'a [&'a str],
}

/// Two claims (1 and 2) in event `kz`, so every command has something
/// real to aim at.
fn two_claims() -> Workdir {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead, 18 wounded", "--source", "franceinfo"]);
    w
}

/// Runs every case against `w`, checking the message, the code, and that
/// the database did not change.
fn run_cases(w: &Workdir, cases: &[Case]) {
    let count = w.count();
    for case in cases {
        let before = w.snapshot();
        let err = w.fails(case.args, case.code);
        for words in case.says {
            assert!(
                err.contains(words),
                "{:?} says {err:?}, not {words:?}",
                case.args
            );
        }
        assert_eq!(w.snapshot(), before, "{:?} changed the database", case.args);
    }
    assert_eq!(w.count(), count);
}

#[test]
#[rustfmt::skip]
fn bad_dates_in_every_date_flag_name_the_flag() {
    let w = two_claims();
    let not_a_date = "not a date: '2022-02-30'";
    run_cases(
        &w,
        &[
            Case { args: &["add", "kz", "30 dead", "--said", "2022-02-30"], code: 1, says: &["--said: ", not_a_date] },
            Case { args: &["add", "kz", "30 dead", "--published", "2022-02-30"], code: 1, says: &["--published: ", not_a_date] },
            Case { args: &["add", "kz", "30 dead", "--as-of", "2022-02-30"], code: 1, says: &["--as-of: ", not_a_date] },
            Case { args: &["add", "kz", "--metric", "deaths", "--value", "3", "--said", "soon"], code: 1, says: &["--said: ", "'soon'"] },
            Case { args: &["retract", "1", "--reason", "error", "--said", "2022-02-30"], code: 1, says: &["--said: ", not_a_date] },
            Case { args: &["retract", "1", "--reason", "error", "--said", "yesterdayish"], code: 1, says: &["--said: ", "'yesterdayish'"] },
            Case { args: &["edit", "1", "--said", "2022-02-30"], code: 1, says: &["--said: ", not_a_date] },
            Case { args: &["edit", "1", "--published", "2022-02-30"], code: 1, says: &["--published: ", not_a_date] },
            Case { args: &["edit", "1", "--as-of", "2022-02-30"], code: 1, says: &["--as-of: ", not_a_date] },
            Case { args: &["correct", "1", "30", "--said", "2022-02-30"], code: 1, says: &["--said: ", not_a_date] },
            Case { args: &["correct", "1", "30", "--published", "2022-02-30"], code: 1, says: &["--published: ", not_a_date] },
            Case { args: &["correct", "1", "30", "--as-of", "2022-02-30"], code: 1, says: &["--as-of: ", not_a_date] },
            Case { args: &["list", "--since", "2022-02-30"], code: 1, says: &["--since: ", not_a_date] },
            Case { args: &["list", "--until", "2022-02-30"], code: 1, says: &["--until: ", not_a_date] },
            Case { args: &["summary", "kz", "--as-of", "2022-02-30"], code: 1, says: &["--as-of: ", not_a_date] },
        ],
    );
}

#[test]
#[rustfmt::skip]
fn bad_numbers_ids_and_events_are_named() {
    let w = two_claims();
    let gid = "0193a5c2-7f3e-7c1a-9a55-0c2f6b1d9e41";
    run_cases(
        &w,
        &[
            Case { args: &["add", "kz", "--metric", "deaths", "--value", "lots"], code: 1, says: &["--value: 'lots' is not a figure"] },
            Case { args: &["add", "kz", "--metric", "deaths", "--value", "-"], code: 1, says: &["--value: '-' is not a figure"] },
            Case { args: &["add", "kz", "--metric", "deaths", "--value", ""], code: 1, says: &["--value"] },
            Case { args: &["edit", "1", "--value", "lots"], code: 1, says: &["--value", "'lots'"] },
            Case { args: &["add", "kz", "lots of people dead"], code: 1, says: &["lots of people dead"] },
            Case { args: &["show", "999"], code: 1, says: &["no claim '999'"] },
            Case { args: &["edit", "999", "--value", "3"], code: 1, says: &["no claim '999'"] },
            Case { args: &["retract", "999", "--reason", "error"], code: 1, says: &["no claim '999'"] },
            Case { args: &["correct", "999", "30"], code: 1, says: &["no claim '999'"] },
            Case { args: &["rm", "999"], code: 1, says: &["no claim '999'"] },
            Case { args: &["restore", "999"], code: 1, says: &["no claim '999'"] },
            Case { args: &["show", gid], code: 1, says: &["no claim '0193a5c2-7f3e-7c1a-9a55-0c2f6b1d9e41'"] },
            Case { args: &["retract", gid, "--reason", "error"], code: 1, says: &["no claim '0193a5c2"] },
            Case { args: &["rm", "not-an-id"], code: 1, says: &["no claim 'not-an-id'"] },
            Case { args: &["restore", "1"], code: 1, says: &["claim 1 is not removed"] },
            Case { args: &["retract", "1", "--reason", " "], code: 1, says: &["--reason"] },
            Case { args: &["add", "kzz", "26 dead"], code: 1, says: &["no event 'kzz'", "did you mean 'kz'?"] },
            Case { args: &["add", "kz-unrest", "26 dead"], code: 1, says: &["no event 'kz-unrest'"] },
            Case { args: &["add", "kz", "--metric", "weather", "--value", "3"], code: 1, says: &["no metric 'weather'"] },
            Case { args: &["import", "no-such-file.csv"], code: 1, says: &["no-such-file.csv: cannot open"] },
            Case { args: &["import", "x.csv", "--format", "table"], code: 1, says: &["--format"] },
            // Usage errors: exit 2, one line.
            Case { args: &["add", "kz", "26 dead", "--colour", "red"], code: 2, says: &["--colour", "claimlog --help"] },
            Case { args: &["retract", "1"], code: 2, says: &["required arguments were not provided: --reason <REASON>"] },
            Case { args: &["list", "--limit", "many"], code: 2, says: &["--limit"] },
            Case { args: &["frobnicate"], code: 2, says: &["frobnicate"] },
        ],
    );
}

#[test]
#[rustfmt::skip]
fn malformed_import_files_name_file_line_and_field() {
    let w = two_claims();
    let h = "event,metric,value,as_of,source";
    let mut files: Vec<(&str, Vec<u8>)> = vec![
        ("unequal.csv", format!("{h}\nkz,deaths,26,2022-01-07,a\nkz,deaths,27,2022-01-07\n").into_bytes()),
        ("unknown-column.csv", "event,metric,value,colour\nkz,deaths,26,red\n".into()),
        ("bad-date.csv", format!("{h}\nkz,deaths,26,2022-01-07,a\nkz,deaths,27,2022-01-07,b\nkz,deaths,28,2022-13-07,c\n").into_bytes()),
        ("bad-value.csv", format!("{h}\nkz,deaths,26,2022-01-07,a\nkz,deaths,lots,2022-01-07,b\n").into_bytes()),
        ("no-metric.csv", "event,value\nkz,26\n".into()),
        ("full-header.csv", format!("{HEADER}\n,kz,deaths,,count,26,,,maybe,,2022-01-07,,,a,,,,,,,\n").into_bytes()),
        ("not-json.jsonl", "{\"event\":\"kz\",\"metric\":\"deaths\",\"value\":\"26\"}\n{\"event\": \"kz\", oops}\n".into()),
        ("not-object.jsonl", "{\"event\":\"kz\",\"metric\":\"deaths\",\"value\":\"26\"}\n[1, 2]\n".into()),
        ("unknown-key.jsonl", "{\"event\":\"kz\",\"metric\":\"deaths\",\"value\":\"26\",\"colour\":\"red\"}\n".into()),
        ("bad-date.jsonl", "{\"event\":\"kz\",\"metric\":\"deaths\",\"value\":\"26\"}\n{\"event\":\"kz\",\"metric\":\"deaths\",\"value\":\"27\",\"said_at\":\"someday\"}\n".into()),
    ];
    let mut bad_utf8 = format!("{h}\nkz,deaths,26,2022-01-07,a\nkz,deaths,2").into_bytes();
    bad_utf8.extend([0xff, 0xfe]);
    bad_utf8.extend(b"7,2022-01-07,b\n");
    files.push(("bad-utf8.csv", bad_utf8));
    for (name, bytes) in &files {
        std::fs::write(w.dir.path().join(name), bytes).unwrap();
    }
    run_cases(
        &w,
        &[
            Case { args: &["import", "unequal.csv"], code: 1, says: &["unequal.csv:3: ", "4 fields where the header has 5"] },
            Case { args: &["import", "bad-utf8.csv"], code: 1, says: &["bad-utf8.csv:3: ", "not UTF-8"] },
            Case { args: &["import", "unknown-column.csv"], code: 1, says: &["unknown-column.csv:1: ", "unknown column 'colour'"] },
            Case { args: &["import", "bad-date.csv"], code: 1, says: &["bad-date.csv:4: as_of: ", "'2022-13-07'"] },
            Case { args: &["import", "bad-value.csv"], code: 1, says: &["bad-value.csv:3: value: ", "'lots'"] },
            Case { args: &["import", "no-metric.csv"], code: 1, says: &["no-metric.csv:2: ", "metric"] },
            Case { args: &["import", "full-header.csv"], code: 1, says: &["full-header.csv:2: approx"] },
            Case { args: &["import", "not-json.jsonl"], code: 1, says: &["not-json.jsonl:2: ", "not a JSON record"] },
            Case { args: &["import", "not-object.jsonl"], code: 1, says: &["not-object.jsonl:2: ", "not a JSON object"] },
            Case { args: &["import", "unknown-key.jsonl"], code: 1, says: &["unknown-key.jsonl:1: ", "unknown key 'colour'"] },
            Case { args: &["import", "bad-date.jsonl"], code: 1, says: &["bad-date.jsonl:2: said_at: ", "'someday'"] },
        ],
    );
}

#[test]
fn a_file_of_another_kind_or_a_newer_schema_is_refused_untouched() {
    let w = Workdir::new();
    std::fs::write(
        w.db(),
        "these are not the claims you are looking for\n".repeat(100),
    )
    .unwrap();
    let before = w.snapshot();
    for args in [
        &["list"][..],
        &["add", "kz", "26 dead"],
        &["event", "add", "kz"],
        &["check"],
        &["backup", "b.db"],
    ] {
        let err = w.fails(args, 1);
        assert!(err.contains("not a claimlog database"), "{args:?}: {err}");
        assert_eq!(w.snapshot(), before, "{args:?}");
    }
    // Another program's SQLite database.
    std::fs::remove_file(w.db()).unwrap();
    {
        let conn = rusqlite::Connection::open(w.db()).unwrap();
        conn.execute_batch("CREATE TABLE notes (x); INSERT INTO notes VALUES (1);")
            .unwrap();
    }
    let before = w.snapshot();
    let err = w.fails(&["event", "add", "kz"], 1);
    assert!(err.contains("not a claimlog database"), "{err}");
    assert_eq!(w.snapshot(), before);

    let w = two_claims();
    std::fs::write(
        w.dir.path().join("x.csv"),
        "event,metric,value\nkz,deaths,30\n",
    )
    .unwrap();
    {
        let conn = rusqlite::Connection::open(w.db()).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = w.snapshot();
    for args in [
        &["list"][..],
        &["add", "kz", "30 dead"],
        &["import", "x.csv"],
        &["check"],
    ] {
        let err = w.fails(args, 1);
        assert!(
            err.contains("newer claimlog (schema version 99, this one knows 4); upgrade claimlog"),
            "{args:?}: {err}"
        );
        assert_eq!(w.snapshot(), before, "{args:?}");
    }
}

/// Whether this process runs as root (a new file is owned by its user).
fn running_as_root(w: &Workdir) -> bool {
    std::fs::metadata(w.dir.path()).unwrap().uid() == 0
}

/// `claimlog ARGS` on `w`'s database as the unprivileged user `nobody`
/// when running as root, so file permissions apply. None when the system
/// will not start it so.
fn as_unprivileged(w: &Workdir, args: &[&str]) -> Option<Output> {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("claimlog"));
    cmd.current_dir(w.dir.path())
        .env("CLAIMLOG_DB", w.db())
        .env("NO_COLOR", "1")
        .args(args);
    if running_as_root(w) {
        cmd.uid(65534).gid(65534);
    }
    let out = cmd.output().ok()?;
    // The binary may sit where `nobody` cannot reach it.
    if out.status.code() == Some(126) || out.status.code() == Some(127) {
        return None;
    }
    Some(out)
}

fn one_line_read_only(out: &Output, what: &str) {
    assert_eq!(out.status.code(), Some(1), "{what}: {out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err, "claimlog: the database is read-only; nothing was written\n",
        "{what}"
    );
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_database_the_user_cannot_write_is_refused_untouched() {
    let w = two_claims();
    set_mode(w.dir.path(), 0o777);
    set_mode(&w.db(), 0o444);
    let before = w.snapshot();
    // Whether it could write at all (root skipping permissions, say).
    let Some(out) = as_unprivileged(&w, &["add", "kz", "30 dead"]) else {
        eprintln!("skipped: cannot run claimlog as an unprivileged user here");
        return;
    };
    one_line_read_only(&out, "add to a 0444 file");
    assert_eq!(w.snapshot(), before);
    let out = as_unprivileged(&w, &["list", "--format", "json"]).unwrap();
    assert!(out.status.success(), "reading still works: {out:?}");

    // The directory read-only too: SQLite cannot even create its side files.
    let _ = std::fs::remove_file(w.dir.path().join("claims.db-wal"));
    let _ = std::fs::remove_file(w.dir.path().join("claims.db-shm"));
    set_mode(w.dir.path(), 0o555);
    for args in [
        &["add", "kz", "30 dead"][..],
        &["import", "-"],
        &["rm", "1"],
    ] {
        let out = as_unprivileged(&w, args).unwrap();
        one_line_read_only(&out, &format!("{args:?} in a 0555 directory"));
    }
    set_mode(w.dir.path(), 0o700);
    assert_eq!(w.snapshot(), before);
    set_mode(&w.db(), 0o644);
    assert_eq!(w.count(), 2);
}

/// `chattr +i`: immutable, even for root. Undone on drop.
struct Immutable(PathBuf);

impl Immutable {
    fn set(path: &Path) -> Option<Immutable> {
        let ok = Command::new("chattr")
            .arg("+i")
            .arg(path)
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then(|| Immutable(path.to_path_buf()))
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(&self.0).output();
    }
}

#[test]
fn an_immutable_database_is_refused_untouched() {
    let w = two_claims();
    let before = w.snapshot();
    let Some(_guard) = Immutable::set(&w.db()) else {
        eprintln!(
            "skipped: chattr +i is not available here (needs CAP_LINUX_IMMUTABLE and ext4/xfs/btrfs)"
        );
        return;
    };
    for args in [
        &["add", "kz", "30 dead"][..],
        &["retract", "1", "--reason", "withdrawn"],
        &["event", "add", "other"],
    ] {
        let out = w.cmd(args).output().unwrap();
        one_line_read_only(&out, &format!("{args:?} on an immutable file"));
        assert_eq!(w.snapshot(), before, "{args:?}");
    }
    assert_eq!(w.count(), 2, "reading still works");
}

/// A tmpfs of `size` mounted on `dir`, unmounted on drop.
struct SmallDisk(PathBuf);

impl SmallDisk {
    fn mount(dir: &Path, size: &str) -> Option<SmallDisk> {
        std::fs::create_dir_all(dir).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then(|| SmallDisk(dir.to_path_buf()))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).output();
    }
}

/// The bytes of a database and its WAL.
fn snapshot(db: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(db).unwrap();
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    bytes.extend(std::fs::read(wal).unwrap_or_default());
    bytes
}

#[test]
fn a_full_disk_is_said_plainly_and_nothing_is_written() {
    let w = Workdir::new();
    let mount = w.dir.path().join("small");
    let Some(_disk) = SmallDisk::mount(&mount, "256k") else {
        eprintln!("skipped: cannot mount a small tmpfs here (needs CAP_SYS_ADMIN)");
        return;
    };
    let db = mount.join("claims.db");
    let db_arg = db.to_str().unwrap();
    w.ok(&["--db", db_arg, "event", "add", "kz"]);
    w.ok(&[
        "--db",
        db_arg,
        "add",
        "kz",
        "26 dead",
        "--source",
        "franceinfo",
    ]);
    let full = "claimlog: the disk is full (or the database reached its size limit); nothing was written\n";

    // An import far bigger than the disk fails when it commits.
    let csv = crate::bulk::csv_in(&w, "big.csv", "kz", 3000);
    let before = snapshot(&db);
    let out = w
        .cmd(&["--db", db_arg, "import", csv.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), full);
    assert_eq!(snapshot(&db), before);

    // A single claim on a disk with a few pages left.
    let free = 40 * 1024;
    let used = std::fs::read_dir(&mount)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum::<u64>();
    std::fs::write(
        mount.join("filler"),
        vec![0u8; (256 * 1024 - used - free) as usize],
    )
    .unwrap();
    let big_source = "x".repeat(3000);
    let out = w
        .cmd(&[
            "--db",
            db_arg,
            "add",
            "kz",
            "27 dead",
            "--source",
            &big_source,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), full);
    assert_eq!(snapshot(&db), before);

    // And the database is sound and usable once there is room again.
    std::fs::remove_file(mount.join("filler")).unwrap();
    assert_eq!(
        w.ok(&["--db", db_arg, "check"]),
        "ok: 1 claim, 1 event, schema version 4\n"
    );
    w.ok(&["--db", db_arg, "add", "kz", "27 dead", "--source", "AFP"]);
}
