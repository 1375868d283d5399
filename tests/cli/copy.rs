//! `claimlog copy FROM TO`: a whole log, history included, into another
//! database; a second copy adds nothing; `check` agrees on both sides.
//! Runs on both backends: in the PostgreSQL run FROM is the test's server
//! database and TO a SQLite file, and back.

use crate::workdir::Workdir;
use serde_json::Value;

/// A log with every kind of change: an edit, a retraction, a correction,
/// a removal, aliases.
fn changed_log() -> Workdir {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead, 18 wounded", "--source", "franceinfo"]);
    w.ok(&[
        "add",
        "kz",
        "164 dead",
        "--source",
        "Reuters",
        "--by",
        "Health Ministry",
    ]);
    w.ok(&["edit", "1", "--note", "first toll"]);
    w.ok(&["retract", "2", "--reason", "misread"]);
    w.ok(&["correct", "1", "30"]);
    w.ok(&["rm", "3"]);
    w.ok(&[
        "source",
        "add",
        "franceinfo",
        "--alias",
        "France Télévisions",
    ]);
    w
}

fn json_of(w: &Workdir, db: &str, args: &[&str]) -> Value {
    let mut all = vec!["--db", db];
    all.extend_from_slice(args);
    w.json(&all)
}

#[test]
fn a_copied_log_reads_the_same_and_a_second_copy_adds_nothing() {
    let w = changed_log();
    let from = w.db().to_str().unwrap().to_string();
    let to = w.dir.path().join("copy.db");
    let to = to.to_str().unwrap();
    let first = w.json(&["copy", &from, to]);
    assert_eq!(first["claims"], 4, "{first}");
    assert_eq!(first["already"], 0);
    let second = w.json(&["copy", &from, to]);
    assert_eq!(second["claims"], 0, "{second}");
    assert_eq!(second["already"], 4);
    for args in [
        &["list", "--deleted"][..],
        &["show", "1"],
        &["show", "2"],
        &["show", "4"],
        &["source", "list"],
        &["summary", "kz"],
    ] {
        assert_eq!(json_of(&w, &from, args), json_of(&w, to, args), "{args:?}");
    }
    let (a, b) = (json_of(&w, &from, &["check"]), json_of(&w, to, &["check"]));
    assert_eq!(a["ok"], true, "{a}");
    assert_eq!(a["counts"], b["counts"]);
    // And back into a new database of the first kind, via the copy.
    let back = w.dir.path().join("back.db");
    let back = back.to_str().unwrap();
    w.ok(&["copy", to, back]);
    assert_eq!(
        json_of(&w, &from, &["export"]),
        json_of(&w, back, &["export"])
    );
}

#[test]
fn copying_a_database_onto_itself_is_refused() {
    let w = changed_log();
    let db = w.db().to_str().unwrap().to_string();
    let err = w.fails(&["copy", &db, &db], 1);
    assert!(err.contains("the same database"), "{err}");
}
