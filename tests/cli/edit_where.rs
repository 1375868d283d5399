//! `edit --where`: one edit on every claim the filters of `list` pick, in
//! one transaction, each claim's history kept; `--dry-run` lists the edits.

use crate::workdir::Workdir;
use serde_json::json;

/// Five claims: franceinfo's arrival day (1) and toll (2), said in French,
/// and three OCHA tolls on AFP (3, 4, and 5, removed).
fn desk() -> Workdir {
    let w = Workdir::with_event();
    w.ok(&[
        "add",
        "kz",
        "Des troupes russes sont arrivées jeudi, 3 morts",
        "--source",
        "franceinfo",
        "--said",
        "2022-01-07",
    ]);
    for (text, said) in [
        ("26 dead", "2022-01-08"),
        ("30 dead", "2022-01-09"),
        ("31 dead", "2022-01-09"),
    ] {
        w.ok(&[
            "add", "kz", text, "--by", "OCHA", "--source", "AFP", "--said", said,
        ]);
    }
    w.ok(&["rm", "5"]);
    w
}

fn numbers(claims: &serde_json::Value) -> Vec<i64> {
    claims
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_i64().unwrap())
        .collect()
}

#[test]
fn every_picked_claim_is_edited_with_its_own_history() {
    let w = desk();
    let out = w.json(&[
        "edit",
        "--where",
        "by=OCHA",
        "--where",
        "since=2022-01-09",
        "--qualifier",
        "civilians",
    ]);
    assert_eq!(numbers(&out), [4], "removed claim 5 is left alone");
    let out = w.json(&[
        "edit",
        "--where",
        "event=kz",
        "--where",
        "metric=deaths",
        "--tag",
        "checked",
    ]);
    assert_eq!(numbers(&out), [2, 3, 4]);
    for n in ["2", "3", "4"] {
        let history = &w.json(&["show", n])["history"];
        let last = &history[history.as_array().unwrap().len() - 1];
        assert_eq!(last["action"], "edit");
        assert_eq!(
            last["detail"],
            json!({"tags": {"from": "", "to": "checked"}})
        );
    }
    assert_eq!(
        w.json(&["show", "4"])["history"].as_array().unwrap().len(),
        3
    );
    assert_eq!(w.json(&["show", "5"])["tags"], json!([]));
    assert_eq!(
        w.json(&["show", "1"])["history"].as_array().unwrap().len(),
        1
    );
    // A claim already as asked is left alone; the rest are edited.
    let out = w.json(&["edit", "--where", "by=OCHA", "--qualifier", "civilians"]);
    assert_eq!(numbers(&out), [3]);
}

#[test]
fn a_dry_run_lists_the_edits_and_changes_nothing() {
    let w = desk();
    let before = w.snapshot();
    let plan = w.json(&[
        "edit",
        "--where",
        "source=AFP",
        "--by",
        "UN OCHA",
        "--new-name",
        "--dry-run",
    ]);
    assert_eq!(
        plan.as_array()
            .unwrap()
            .iter()
            .map(|e| e["changes"].clone())
            .collect::<Vec<_>>(),
        vec![json!({"claimant": {"from": "OCHA", "to": "UN OCHA"}}); 2]
    );
    assert_eq!(numbers(&plan), [3, 4]);
    let table = w.ok(&[
        "edit",
        "--where",
        "qualifier=troupes russes",
        "--qualifier",
        "russian troops",
        "--dry-run",
    ]);
    assert!(
        table.contains("troupes russes") && table.contains("russian troops"),
        "{table}"
    );
    assert_eq!(w.snapshot(), before);
}

#[test]
fn one_claim_that_cannot_take_the_edit_stops_them_all() {
    let w = desk();
    let before = w.snapshot();
    // Claim 1 is a day: "26" is no day, so no claim changes.
    let err = w.fails(&["edit", "--where", "event=kz", "--value", "26"], 1);
    assert!(err.contains("claim 1: --value"), "{err}");
    assert_eq!(w.snapshot(), before);
}

#[test]
fn an_empty_selection_and_an_edit_that_sets_nothing_are_refused() {
    let w = desk();
    let before = w.snapshot();
    let err = w.fails(&["edit", "--where", "metric=injured", "--note", "x"], 1);
    assert!(err.contains("no claim matches"), "{err}");
    let err = w.fails(&["edit", "--where", "by=OCHA"], 1);
    assert!(err.contains("nothing to set"), "{err}");
    let err = w.fails(
        &[
            "edit",
            "--where",
            "by=OCHA",
            "--where",
            "since=2022-01-09",
            "--note",
            "",
        ],
        1,
    );
    assert!(err.contains("the claim picked already reads so"), "{err}");
    let err = w.fails(&["edit", "--where", "who=OCHA", "--note", "x"], 1);
    assert!(err.contains("no filter 'who'"), "{err}");
    w.fails(&["edit", "2", "--where", "by=OCHA", "--note", "x"], 2);
    assert_eq!(w.snapshot(), before);
}

#[test]
fn edit_asks_before_a_lookalike_name_too() {
    let w = desk();
    let err = w.fails(&["edit", "2", "--by", "UN OCHA"], 1);
    assert!(err.contains("did you mean 'OCHA'?"), "{err}");
    let out = w.json(&["edit", "2", "--by", "UN OCHA", "--new-name"]);
    assert_eq!(out[0]["claimant"], "UN OCHA");
}
