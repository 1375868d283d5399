//! Odd paths and streams: an output that is the database (however spelled),
//! FIFOs, devices and links, `--db` paths that cannot hold a database,
//! read-only places, closed pipes and a full standard output.

use crate::workdir::Workdir;
use std::path::Path;
use std::process::{Command, Stdio};

/// `claimlog` as a plain process, for handing it odd standard streams.
fn plain(w: &Workdir, args: &[&str]) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("claimlog"));
    cmd.current_dir(w.dir.path())
        .env("CLAIMLOG_DB", w.db())
        .env("NO_COLOR", "1")
        .args(args);
    cmd
}

/// A database with the samples, made by `demo --keep`.
fn samples() -> Workdir {
    let w = Workdir::new();
    w.ok(&["demo", "--keep", w.db().to_str().unwrap()]);
    w
}

#[test]
fn no_writer_may_write_over_the_database_or_its_side_files() {
    let w = samples();
    let dir = w.dir.path();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::os::unix::fs::symlink(w.db(), dir.join("link.csv")).unwrap();
    std::fs::hard_link(w.db(), dir.join("hard.csv")).unwrap();
    let before = w.snapshot();
    let spellings = [
        "claims.db",
        "./claims.db",
        "sub/../claims.db",
        "claims.db-wal",
        "claims.db-shm",
        "claims.db-journal",
        "link.csv",
        "hard.csv",
    ];
    for path in spellings {
        let chart = ["chart", "kz-unrest-2022", "--metric", "deaths", "-o", path];
        for args in [
            &["export", "-o", path][..],
            &chart[..],
            &["backup", path, "--force"][..],
        ] {
            let err = w.fails(args, 1);
            assert!(err.contains("that is the database"), "{args:?}: {err}");
        }
    }
    assert_eq!(w.snapshot(), before, "the database was written to");
    assert!(!dir.join("claims.db-journal").exists());
    assert_eq!(
        w.ok(&["check"]),
        "ok: 67 claims, 1 event, schema version 4\n"
    );
}

#[test]
fn a_fifo_given_to_o_is_written_through_to_its_reader() {
    let w = samples();
    let fifo = w.dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    w.ok(&["export", "-o", "pipe"]);
    let got = reader.join().unwrap();
    assert!(got.starts_with("id,event,metric"), "{got}");
    assert_eq!(got.lines().count(), 68);
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn a_device_stays_a_device_and_a_link_stays_a_link() {
    let w = samples();
    w.ok(&["export", "-o", "/dev/null"]);
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    let dir = w.dir.path();
    std::fs::create_dir(dir.join("out")).unwrap();
    std::fs::write(dir.join("out/old.svg"), "old").unwrap();
    std::os::unix::fs::symlink("out/old.svg", dir.join("chart.svg")).unwrap();
    w.ok(&[
        "chart",
        "kz-unrest-2022",
        "--metric",
        "deaths",
        "-o",
        "chart.svg",
    ]);
    let link = std::fs::symlink_metadata(dir.join("chart.svg")).unwrap();
    assert!(link.file_type().is_symlink(), "the link was replaced");
    let svg = std::fs::read_to_string(dir.join("out/old.svg")).unwrap();
    assert!(svg.contains("<svg"), "{svg}");
    // A link to a file that does not exist yet creates the file.
    std::os::unix::fs::symlink("out/new.csv", dir.join("new.csv")).unwrap();
    w.ok(&["export", "-o", "new.csv"]);
    assert!(
        std::fs::read_to_string(dir.join("out/new.csv"))
            .unwrap()
            .starts_with("id,")
    );
}

#[test]
fn paths_that_cannot_be_written_say_why() {
    let w = samples();
    let dir = w.dir.path();
    std::os::unix::fs::symlink("loop-b", dir.join("loop-a")).unwrap();
    std::os::unix::fs::symlink("loop-a", dir.join("loop-b")).unwrap();
    for (args, why) in [
        (&["export", "-o", "nowhere/x.csv"][..], "no directory"),
        (&["export", "-o", "."][..], "is a directory"),
        (&["export", "-o", "loop-a"][..], "a loop of symbolic links"),
        (&["backup", "nowhere/x.db"][..], "no directory"),
        (
            &["backup", "/dev/null", "--force"][..],
            "not a regular file",
        ),
    ] {
        let err = w.fails(args, 1);
        assert!(err.contains(why), "{args:?}: {err}");
    }
}

#[test]
fn db_paths_that_cannot_hold_a_database_say_why_and_make_nothing() {
    let w = Workdir::new();
    let dir = w.dir.path();
    std::os::unix::fs::symlink("loop-b", dir.join("loop-a")).unwrap();
    std::os::unix::fs::symlink("loop-a", dir.join("loop-b")).unwrap();
    for (db, why) in [
        (".", "is a directory"),
        ("nowhere/x.db", "no directory"),
        ("loop-a", "a loop of symbolic links"),
        ("/dev/null", "not a regular file"),
    ] {
        for args in [&["event", "add", "kz"][..], &["list"][..]] {
            let mut all = vec!["--db", db];
            all.extend(args);
            let err = w.fails(&all, 1);
            assert!(err.contains(why), "--db {db} {args:?}: {err}");
        }
    }
    assert!(!Path::new("/dev/null-journal").exists());
    assert!(!dir.join("nowhere").exists());
}

#[test]
fn read_commands_leave_an_empty_file_empty() {
    let w = Workdir::new();
    std::fs::write(w.db(), "").unwrap();
    for args in [
        &["list"][..],
        &["summary", "kz"][..],
        &["export"][..],
        &["timeline", "kz"][..],
        &["check"][..],
    ] {
        let err = w.fails(args, 1);
        assert!(err.contains("no claimlog database"), "{args:?}: {err}");
    }
    assert_eq!(std::fs::metadata(w.db()).unwrap().len(), 0);
    assert!(!w.dir.path().join("claims.db-wal").exists());
    // Writing is what makes it a database.
    w.ok(&["event", "add", "kz"]);
    assert_eq!(w.json(&["event", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_database_in_a_read_only_directory_can_be_read() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let w = samples();
    let dir = w.dir.path();
    let set = |path: &Path, mode| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    set(dir, 0o555);
    // Root may write anywhere: read as an ordinary user, as a user would.
    let run = |args: &[&str]| {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("claimlog"));
        cmd.env("CLAIMLOG_DB", w.db())
            .env("NO_COLOR", "1")
            .args(args);
        if unsafe { libc::geteuid() } == 0 {
            cmd.uid(65534).gid(65534);
        }
        cmd.output().expect("run")
    };
    let probe = run(&["--version"]);
    if !probe.status.success() {
        set(dir, 0o755);
        eprintln!("note: cannot run claimlog as an unprivileged user here; skipped");
        return;
    }
    let list = run(&["list", "--format", "json"]);
    let summary = run(&["summary", "kz-unrest-2022"]);
    let add = run(&["event", "add", "other"]);
    set(dir, 0o755);
    assert!(
        list.status.success(),
        "{}",
        String::from_utf8_lossy(&list.stderr)
    );
    let claims: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(claims.as_array().unwrap().len(), 67);
    assert!(summary.status.success());
    assert_eq!(add.status.code(), Some(1));
    let err = String::from_utf8_lossy(&add.stderr);
    assert!(err.contains("read-only"), "{err}");
}

#[test]
fn a_closed_pipe_ends_every_printing_command_quietly() {
    let w = samples();
    for args in [
        &["export"][..],
        &["export", "--format", "jsonl"][..],
        &["list"][..],
        &["list", "--format", "json"][..],
        &["timeline", "kz-unrest-2022"][..],
        &["summary", "kz-unrest-2022"][..],
        &["conflicts", "kz-unrest-2022", "--format", "json"][..],
        &["chart", "kz-unrest-2022", "--metric", "deaths", "-o", "-"][..],
    ] {
        let mut child = plain(&w, args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run");
        // Close before reading anything, so the first write meets a closed
        // pipe however small the output: the reader said stop.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert_eq!(err, "", "{args:?}");
    }
}

#[test]
fn a_full_standard_output_is_named() {
    let w = samples();
    for args in [
        &["list"][..],
        &["export"][..],
        &["summary", "kz-unrest-2022"][..],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = plain(&w, args).stdout(full).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.starts_with("claimlog: writing standard output: No space left"),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1);
    }
}
