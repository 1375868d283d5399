//! `claimlog log` at a real terminal: a pseudo-terminal (rexpect) types
//! into the line editor as a person would: context lines, entries in
//! English and French, Tab completion of names with spaces and accents,
//! the Up arrow, `undo`, `retract`, Ctrl-C and Ctrl-D.

use crate::workdir::Workdir;
use rexpect::reader::Options;
use rexpect::session::{PtySession, spawn_with_options};
use std::process::Command;

const UP: &str = "\x1b[A";

/// What rexpect reads: it takes each byte the terminal shows for one
/// character, so UTF-8 text is matched byte by byte.
fn raw(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// `claimlog log ARGS` on a pseudo-terminal of its own.
fn session(w: &Workdir, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("claimlog"));
    cmd.current_dir(w.dir.path())
        .env("CLAIMLOG_DB", w.db())
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("COLUMNS", "200")
        .env("TZ", "UTC")
        // A server's database keeps its history here (beside a file's).
        .env("XDG_STATE_HOME", w.dir.path().join("state"))
        .arg("log")
        .args(args);
    spawn_with_options(
        cmd,
        Options::new()
            .timeout_ms(Some(20_000))
            .strip_ansi_escape_codes(true),
    )
    .expect("spawn on a pseudo-terminal")
}

/// The history file of the test's database: beside a SQLite file; for a
/// server's database, the one file under the state directory, named after
/// the address without its password.
fn history_file(w: &Workdir) -> std::path::PathBuf {
    if !w.on_postgres() {
        return std::path::PathBuf::from(format!("{}.log-history", w.db().display()));
    }
    let dir = w.dir.path().join("state").join("claimlog");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.ends_with(".log-history"), "{name}");
    assert!(!name.contains("password"), "{name}");
    files[0].clone()
}

fn claim(w: &Workdir, number: u64) -> serde_json::Value {
    w.json(&["show", &number.to_string()])
}

#[test]
fn a_desk_logs_a_story_at_the_terminal() {
    let w = Workdir::with_event();
    w.ok(&[
        "add",
        "kz",
        "1 dead",
        "--source",
        "franceinfo",
        "--by",
        "Ministère de l'Intérieur",
        "--said",
        "2022-01-05",
    ]);
    w.ok(&["add", "kz", "2 dead", "--by", "Kassym-Jomart Tokayev"]);
    let mut p = session(&w, &["kz", "--fresh"]);
    p.exp_string("Ctrl-D ends").unwrap();
    p.exp_string(&raw("kz · ")).unwrap();

    // Context: a source, a claimant completed from three letters (accents
    // and spaces in the name), and a day.
    p.send_line("@ AFP").unwrap();
    p.exp_string(&raw("kz @ AFP · ")).unwrap();
    p.send("by minis").unwrap();
    p.flush().unwrap();
    p.send("\t").unwrap();
    p.flush().unwrap();
    p.exp_string(&raw("Ministère de l'Intérieur")).unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string(&raw("kz @ AFP by Ministère de l'Intérieur · "))
        .unwrap();
    p.send_line("said 2022-01-07").unwrap();
    p.exp_string(&raw("de l'Intérieur · 2022-01-07> ")).unwrap();

    // An English entry and a French one, each shown with its numbers.
    p.send_line("26 armed criminals killed, 18 wounded")
        .unwrap();
    p.exp_string("armed criminals").unwrap();
    p.exp_string("2022-01-07> ").unwrap();
    p.send_line("lang fr").unwrap();
    p.exp_string(&raw("· fr> ")).unwrap();
    p.send_line("des dizaines de blessés").unwrap();
    p.exp_string("injured").unwrap();
    p.exp_string(&raw("· fr> ")).unwrap();

    // Up brings the last line back; Enter records it again.
    p.send(UP).unwrap();
    p.flush().unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("injured").unwrap();
    p.exp_string(&raw("· fr> ")).unwrap();
    p.send_line("undo").unwrap();
    p.exp_string("undone: removed claim 6").unwrap();
    p.exp_string(&raw("· fr> ")).unwrap();

    // A name with a space completes after `by`, then the entry.
    p.send_line("lang en").unwrap();
    p.exp_string(&raw("· en> ")).unwrap();
    p.send("by Kassym-J\t").unwrap();
    p.flush().unwrap();
    p.exp_string("Tokayev").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string(&raw("by Kassym-Jomart Tokayev · 2022-01-07 · en> "))
        .unwrap();
    p.send_line("retract 3 withdrawn as an error").unwrap();
    p.exp_string("RETRACTED").unwrap();
    p.exp_string("en> ").unwrap();

    // Ctrl-C drops the line being typed; nothing is recorded.
    p.send("999 dead").unwrap();
    p.flush().unwrap();
    p.send_control('c').unwrap();
    p.exp_string("en> ").unwrap();
    // An error is one line and the session goes on.
    p.send_line("26 bananas").unwrap();
    p.exp_string("cannot read '26 bananas'").unwrap();
    p.exp_string("en> ").unwrap();

    // Ctrl-D ends with what was recorded, by metric.
    p.send_control('d').unwrap();
    p.exp_string("kz: recorded 3 claims (deaths 1, injured 2); 1 entry undone, 1 retracted")
        .unwrap();
    p.exp_eof().unwrap();

    let first = claim(&w, 3);
    assert_eq!(first["source"], "AFP");
    assert_eq!(first["claimant"], "Ministère de l'Intérieur");
    assert_eq!(first["said_at"], "2022-01-07");
    assert_eq!(first["status"], "retracted");
    assert_eq!(claim(&w, 5)["lang"], "fr");
    assert_eq!(claim(&w, 6)["value"], "des dizaines");
    let all = w.json(&["list", "kz"]);
    assert!(
        all.as_array().unwrap().iter().all(|c| c["value"] != "999"),
        "{all}"
    );
    // The lines typed are kept beside the database (or in the user's
    // state directory, for a server's) for the next session.
    let history = std::fs::read_to_string(history_file(&w)).unwrap();
    assert!(
        history.contains("26 armed criminals killed, 18 wounded"),
        "{history}"
    );
    assert!(!history.contains("999 dead"), "{history}");

    // The next session starts where this one ended, and Up reaches the
    // lines of the last one.
    let mut p = session(&w, &["kz"]);
    p.exp_string(&raw(
        "kz @ AFP by Kassym-Jomart Tokayev · 2022-01-07 · en> ",
    ))
    .unwrap();
    p.send(UP).unwrap();
    p.flush().unwrap();
    p.exp_string("26 bananas").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("en> ").unwrap();
    p.send_control('d').unwrap();
    p.exp_string("kz: recorded 0 claims").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn a_lookalike_name_is_asked_about_at_the_terminal() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "1 dead", "--source", "franceinfo"]);
    let mut p = session(&w, &["kz", "--fresh"]);
    p.exp_string(&raw("kz · ")).unwrap();
    p.send_line("@ France Info").unwrap();
    p.exp_string("did you mean 'franceinfo'?").unwrap();
    p.send_line("").unwrap();
    p.exp_string(&raw("kz @ franceinfo · ")).unwrap();
    p.send_line("@ France Info").unwrap();
    p.exp_string("did you mean 'franceinfo'?").unwrap();
    p.send_line("n").unwrap();
    p.exp_string(&raw("kz @ France Info · ")).unwrap();
    p.send_line("2 dead").unwrap();
    p.exp_string("new source 'France Info'").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(claim(&w, 2)["source"], "France Info");
}
