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

/// Runs claimlog on the database `db` (the test's own or a file).
fn on(w: &Workdir, db: &str, args: &[&str]) -> String {
    let mut all = vec!["--db", db];
    all.extend_from_slice(args);
    w.ok(&all)
}

/// Builds a log in `from`, copies it into `to`, gives `from`'s claims later
/// history of every kind, and copies again: `to` must read as `from` does,
/// and a third copy adds nothing.
fn later_history_follows(w: &Workdir, from: &str, to: &str) {
    on(w, from, &["event", "add", "kz"]);
    on(
        w,
        from,
        &["add", "kz", "26 dead, 18 wounded", "--source", "franceinfo"],
    );
    on(w, from, &["add", "kz", "164 dead", "--source", "Reuters"]);
    let first = json_of(w, from, &["copy", from, to]);
    assert_eq!(
        (&first["claims"], &first["updated"]),
        (&3.into(), &0.into()),
        "{first}"
    );
    on(w, from, &["edit", "1", "--note", "first toll"]);
    on(w, from, &["retract", "2", "--reason", "misread"]);
    on(w, from, &["correct", "1", "30"]);
    on(w, from, &["rm", "3"]);
    on(w, from, &["restore", "3"]);
    on(w, from, &["edit", "3", "--note", "checked twice"]);
    on(
        w,
        from,
        &[
            "review",
            "3",
            "--rating",
            "False",
            "--explanation",
            "withdrawn next day",
            "--reviewer",
            "Desk Check",
            "--url",
            "https://example.org/checks/kz-164",
            "--date",
            "2022-01-10",
        ],
    );
    let second = json_of(w, from, &["copy", from, to]);
    assert_eq!(
        second["claims"], 1,
        "the correction is a new claim: {second}"
    );
    assert_eq!(second["already"], 3, "{second}");
    assert_eq!(second["updated"], 3, "{second}");
    // edit + supersede on 1, retract on 2, rm + restore + edit + review on 3.
    assert_eq!(second["history"], 7, "{second}");
    let third = json_of(w, from, &["copy", from, to]);
    assert_eq!(
        (&third["claims"], &third["history"], &third["updated"]),
        (&0.into(), &0.into(), &0.into()),
        "{third}"
    );
    for args in [
        &["list", "--deleted"][..],
        &["show", "1"],
        &["show", "2"],
        &["show", "3"],
        &["show", "4"],
        &["summary", "kz"],
        &["export"],
    ] {
        assert_eq!(json_of(w, from, args), json_of(w, to, args), "{args:?}");
    }
    let (a, b) = (json_of(w, from, &["check"]), json_of(w, to, &["check"]));
    assert_eq!(a["ok"], true, "{a}");
    assert_eq!(b["ok"], true, "{b}");
    assert_eq!(a["counts"], b["counts"]);
}

/// In the PostgreSQL run: PostgreSQL to a SQLite file.
#[test]
fn a_copy_again_brings_later_history_from_the_test_database() {
    let w = Workdir::new();
    let from = w.db().to_str().unwrap().to_string();
    let to = w.dir.path().join("copy.db");
    later_history_follows(&w, &from, to.to_str().unwrap());
}

/// In the PostgreSQL run: a SQLite file to PostgreSQL.
#[test]
fn a_copy_again_brings_later_history_into_the_test_database() {
    let w = Workdir::new();
    let from = w.dir.path().join("desk.db");
    let to = w.db().to_str().unwrap().to_string();
    later_history_follows(&w, from.to_str().unwrap(), &to);
}
