//! Bad input: one line, `claimlog: …`, exit 1 (2 for usage), no panic,
//! no backtrace, nothing written.

use crate::workdir::Workdir;

#[test]
fn usage_errors_exit_2_on_one_line() {
    let w = Workdir::new();
    w.fails(&["frobnicate"], 2);
    w.fails(&["add"], 2);
    w.fails(&["list", "--format", "yaml"], 2);
}

#[test]
fn bad_dates_name_the_flag() {
    let w = Workdir::with_event();
    let before = w.snapshot();
    let err = w.fails(&["add", "kz", "26 dead", "--said", "2022-13-45"], 1);
    assert!(err.contains("--said"), "{err}");
    let err = w.fails(&["list", "--since", "someday"], 1);
    assert!(err.contains("--since"), "{err}");
    assert_eq!(w.snapshot(), before);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_untouched() {
    let w = Workdir::new();
    std::fs::write(w.db(), "id,event\n1,kz\n".repeat(100)).unwrap();
    let before = std::fs::read(w.db()).unwrap();
    let err = w.fails(&["event", "add", "kz"], 1);
    assert!(err.contains("not a claimlog database"), "{err}");
    let err = w.fails(&["list"], 1);
    assert!(err.contains("not a claimlog database"), "{err}");
    assert_eq!(std::fs::read(w.db()).unwrap(), before);
}

#[test]
fn a_newer_schema_is_refused() {
    let w = Workdir::with_event();
    w.set_schema_version(999);
    let err = w.fails(&["list"], 1);
    assert!(err.contains("newer claimlog"), "{err}");
}

#[test]
fn read_commands_do_not_create_a_database() {
    let w = Workdir::new();
    let err = w.fails(&["list"], 1);
    assert!(err.contains("no claimlog database"), "{err}");
    assert!(w.untouched());
    let err = w.fails(&["add", "kz", "26 dead"], 1);
    assert!(err.contains("event add kz"), "{err}");
    assert!(w.untouched());
    // And the probe sees a database once a write command made one.
    w.ok(&["event", "add", "kz"]);
    assert!(!w.untouched());
}

#[test]
fn bad_values_and_ids_are_explained() {
    let w = Workdir::with_event();
    let err = w.fails(&["add", "kz", "--metric", "deaths", "--value", "lots"], 1);
    assert!(err.contains("--value"), "{err}");
    let err = w.fails(&["add", "kz", "--metric", "weather", "--value", "3"], 1);
    assert!(err.contains("no metric 'weather'"), "{err}");
    // A language claimlog does not read is a usage error, like any value
    // outside a flag's set (exit 2), naming the languages it reads.
    let err = w.fails(&["add", "kz", "26 dead", "--lang", "xx"], 2);
    assert!(err.contains("'xx' is not en or fr"), "{err}");
    let err = w.fails(&["retract", "42", "--reason", "x"], 1);
    assert!(err.contains("no claim '42'"), "{err}");
    let err = w.fails(&["list", "--status", "gone"], 2);
    assert!(err.contains("--status"), "{err}");
    let err = w.fails(&["event", "add", "Bad Slug"], 1);
    assert!(err.contains("slug"), "{err}");
}

/// A claim stored in a language this build does not read (written by a
/// newer claimlog) is an error on reading, never silently dropped.
#[test]
fn a_claim_in_an_unknown_language_is_refused_not_dropped() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead", "--source", "AFP"]);
    w.sql("UPDATE claims SET lang = 'es'");
    let err = w.fails(&["list", "kz"], 1);
    assert!(err.contains("language 'es'"), "{err}");
}
