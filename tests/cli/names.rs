//! Claimant and source spellings: "did you mean" before a lookalike name
//! is created, `--new-name` to keep it, and import creating names with
//! only a warning.

use crate::workdir::Workdir;

/// A database with `OCHA` (claimant), `Reuters` (source) and the World
/// Health Organization known as `WHO`.
fn desk() -> Workdir {
    let w = Workdir::with_event();
    w.ok(&[
        "add", "kz", "26 dead", "--source", "Reuters", "--by", "OCHA",
    ]);
    w.ok(&[
        "claimant",
        "add",
        "WHO",
        "--alias",
        "World Health Organization",
    ]);
    w
}

#[test]
fn a_lookalike_claimant_is_refused_with_a_suggestion() {
    let w = desk();
    let before = w.snapshot();
    let err = w.fails(&["add", "kz", "30 dead", "--by", "UN OCHA"], 1);
    assert_eq!(
        err.trim_end(),
        "claimlog: claimant 'UN OCHA' is new; did you mean 'OCHA'? (--new-name keeps it)"
    );
    assert_eq!(w.snapshot(), before, "nothing written");
    for (name, known) in [("OMS", "WHO"), ("Ocha", "")] {
        let args = ["add", "kz", "30 dead", "--by", name];
        if known.is_empty() {
            // Only the case differs: it is the same claimant, found as is.
            w.ok(&args);
        } else {
            let err = w.fails(&args, 1);
            assert!(err.contains(&format!("did you mean '{known}'")), "{err}");
        }
    }
}

#[test]
fn a_misspelt_source_is_refused_even_in_a_dry_run() {
    let w = desk();
    let err = w.fails(
        &["add", "kz", "30 dead", "--source", "Reuter", "--dry-run"],
        1,
    );
    assert!(
        err.contains("source 'Reuter' is new; did you mean 'Reuters'?"),
        "{err}"
    );
    let both = w.fails(
        &[
            "add", "kz", "30 dead", "--source", "Reuter", "--by", "UN OCHA",
        ],
        1,
    );
    assert!(
        both.contains("'Reuter'") && both.contains("'UN OCHA'"),
        "{both}"
    );
    assert!(both.contains("(--new-name keeps them)"), "{both}");
}

#[test]
fn new_name_keeps_the_name_as_given() {
    let w = desk();
    let out = w.json(&["add", "kz", "30 dead", "--by", "UN OCHA", "--new-name"]);
    assert_eq!(out[0]["claimant"], "UN OCHA");
    // Known now: the next claim needs no flag.
    w.ok(&["add", "kz", "31 dead", "--by", "UN OCHA"]);
    assert_eq!(w.count(), 3);
}

#[test]
fn names_unlike_any_other_are_created_without_a_question() {
    let w = desk();
    for (flag, name) in [
        ("--by", "Interior Ministry"),
        ("--by", "Health Ministry"),
        ("--source", "AFP"),
        ("--source", "AP"),
        ("--source", "France 2"),
        ("--source", "France 24"),
    ] {
        w.ok(&["add", "kz", "3 dead", flag, name]);
    }
}

#[test]
fn import_creates_lookalike_names_without_asking() {
    let w = desk();
    let csv = w.dir.path().join("more.csv");
    std::fs::write(
        &csv,
        "event,metric,value,source,claimant\nkz,deaths,40,Reuter,UN OCHA\n",
    )
    .unwrap();
    let out = w.cmd(&["import", csv.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    // Warned, as for a new event slug that looks like a known one.
    let said = String::from_utf8(out.stderr).unwrap();
    for warning in [
        "warning: new source 'Reuter' looks like 'Reuters', which exists",
        "warning: new claimant 'UN OCHA' looks like 'OCHA', which exists",
    ] {
        assert!(said.contains(warning), "{said}");
    }
    assert_eq!(
        w.json(&["list", "--by", "UN OCHA"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn claimant_add_creates_a_lookalike_asked_for_by_name_with_a_warning() {
    let w = desk();
    let out = w.cmd(&["claimant", "add", "UN OCHA"]).output().unwrap();
    assert!(out.status.success());
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("warning: 'UN OCHA' looks like 'OCHA', which exists"),
        "{said}"
    );
    assert_eq!(w.json(&["claimant", "list"]).as_array().unwrap().len(), 3);
}

/// A new qualifier that looks like one the event already uses for that
/// metric is recorded, with a warning: a variant spelling splits a scope.
#[test]
fn a_lookalike_qualifier_is_recorded_with_a_warning() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead among protesters", "--source", "AFP"]);
    let out = w
        .cmd(&["add", "kz", "27 dead among protester", "--source", "AFP"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("new qualifier 'protester' of deaths looks like 'protesters'"),
        "{err}"
    );
    // Another metric's qualifiers, and one far from any, say nothing.
    let out = w
        .cmd(&["add", "kz", "18 wounded among police", "--source", "AFP"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("looks like"));
    assert_eq!(w.count(), 3);
}
