//! `claimant merge` and `source merge`: one body's two names folded into
//! one, its claims moved with the move in each one's history, all or
//! nothing.

use crate::workdir::Workdir;

/// OCHA's figures logged under two names, one of them also as `BCAH`;
/// claim 3 is removed.
fn split_desk() -> Workdir {
    let w = Workdir::with_event();
    let add = |text: &str, by: &str, said: &str| {
        w.ok(&[
            "add",
            "kz",
            text,
            "--by",
            by,
            "--source",
            "AFP",
            "--said",
            said,
            "--new-name",
        ]);
    };
    add("26 dead", "OCHA", "2022-01-07");
    add("30 dead", "UN OCHA", "2022-01-08");
    add("31 dead", "UN OCHA", "2022-01-08");
    w.ok(&["rm", "3"]);
    w.ok(&["claimant", "add", "UN OCHA", "--alias", "BCAH"]);
    w
}

fn claimants(w: &Workdir) -> serde_json::Value {
    w.json(&["claimant", "list"])
}

#[test]
fn merge_moves_every_claim_and_keeps_the_names_as_aliases() {
    let w = split_desk();
    assert_eq!(w.json(&["summary", "kz"])[0]["claimants"], 2);
    let moved = w.json(&["claimant", "merge", "BCAH", "OCHA"]);
    let numbers: Vec<_> = moved
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["number"])
        .collect();
    assert_eq!(numbers, [2, 3], "removed claims move too");
    assert!(
        moved
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["claimant"] == "OCHA")
    );
    assert_eq!(
        claimants(&w),
        serde_json::json!([{"name": "OCHA", "aliases": ["BCAH", "UN OCHA"], "claims": 2}])
    );
    // The old names now find OCHA, and the figures are one claimant's.
    assert_eq!(
        w.json(&["list", "--by", "UN OCHA"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(w.json(&["summary", "kz"])[0]["claimants"], 1);
    let history = &w.json(&["show", "2"])["history"];
    assert_eq!(history[1]["action"], "merge");
    assert_eq!(
        history[1]["detail"],
        serde_json::json!({"claimant": {"from": "UN OCHA", "to": "OCHA"}})
    );
    assert_eq!(
        w.json(&["show", "1"])["history"].as_array().unwrap().len(),
        1
    );
    w.ok(&["check"]);
}

#[test]
fn a_dry_run_lists_what_would_move_and_changes_nothing() {
    let w = split_desk();
    let before = w.snapshot();
    let out = w
        .cmd(&[
            "claimant",
            "merge",
            "UN OCHA",
            "OCHA",
            "--dry-run",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    assert_eq!(listed[0]["claimant"], "UN OCHA", "as the claims read now");
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("dry run: merging claimant 'UN OCHA' into 'OCHA' would move 2 claims"),
        "{said}"
    );
    assert_eq!(w.snapshot(), before);
}

#[test]
fn unknown_names_and_a_name_merged_into_itself_are_one_line_errors() {
    let w = split_desk();
    let before = w.snapshot();
    let err = w.fails(&["claimant", "merge", "UN OCHA", "OCHAA"], 1);
    assert_eq!(
        err.trim_end(),
        "claimlog: no claimant 'OCHAA'; did you mean 'OCHA'?"
    );
    let err = w.fails(&["claimant", "merge", "Nobody", "OCHA"], 1);
    assert!(err.contains("no claimant 'Nobody'"), "{err}");
    let err = w.fails(&["claimant", "merge", "BCAH", "un ocha"], 1);
    assert_eq!(
        err.trim_end(),
        "claimlog: 'BCAH' and 'un ocha' are already one claimant"
    );
    // A source is not a claimant.
    w.fails(&["source", "merge", "UN OCHA", "OCHA"], 1);
    assert_eq!(w.snapshot(), before);
}

#[test]
fn source_merge_moves_claims_and_their_history_says_so() {
    let w = Workdir::with_event();
    w.ok(&[
        "source",
        "add",
        "France TV Info",
        "--url",
        "https://www.francetvinfo.fr",
    ]);
    w.ok(&["add", "kz", "26 dead", "--source", "France TV Info"]);
    w.ok(&[
        "add",
        "kz",
        "27 dead",
        "--source",
        "franceinfo",
        "--new-name",
    ]);
    w.ok(&["source", "merge", "France TV Info", "franceinfo"]);
    let sources = w.json(&["source", "list"]);
    assert_eq!(sources.as_array().unwrap().len(), 1);
    assert_eq!(sources[0]["name"], "franceinfo");
    assert_eq!(sources[0]["claims"], 2);
    let history = &w.json(&["show", "1"])["history"];
    assert_eq!(
        history[1]["detail"],
        serde_json::json!({"source": {"from": "France TV Info", "to": "franceinfo"}})
    );
    let exported = w.ok(&["export", "--format", "jsonl"]);
    assert!(!exported.contains("France TV Info"), "{exported}");
    w.ok(&["check"]);
}

/// A claim citing the merged name now cites the name it was merged into,
/// and its history says so (the merge no longer stops on the claim that
/// cites it).
#[test]
fn merge_moves_what_claims_cite() {
    let w = split_desk();
    w.ok(&[
        "add",
        "kz",
        "30 dead",
        "--by",
        "Kazinform",
        "--citing",
        "UN OCHA",
        "--source",
        "AFP",
        "--said",
        "2022-01-08",
        "--new-name",
    ]);
    w.ok(&["claimant", "merge", "UN OCHA", "OCHA"]);
    let shown = w.json(&["show", "4"]);
    assert_eq!(shown["citing"], "OCHA", "{shown}");
    let history = shown["history"].as_array().unwrap();
    assert_eq!(history.last().unwrap()["action"], "merge");
    assert_eq!(
        history.last().unwrap()["detail"],
        serde_json::json!({"citing": {"from": "UN OCHA", "to": "OCHA"}})
    );
    w.ok(&["check"]);
}
