//! `edit --event`: a claim logged under the wrong event moves, keeping its
//! number, with the move in its history; several move at once with
//! `--where`, all or nothing.

use crate::workdir::Workdir;
use std::path::PathBuf;

fn samples_and_another_event() -> Workdir {
    let w = Workdir::new();
    let csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/kz-unrest-2022.csv");
    w.ok(&["import", csv.to_str().unwrap()]);
    w.ok(&["event", "add", "almaty-airport"]);
    w
}

#[test]
fn a_claim_moves_with_its_number_and_history() {
    let w = samples_and_another_event();
    let before = w.json(&["show", "5"]);
    w.ok(&["edit", "5", "--event", "almaty-airport"]);
    let moved = w.json(&["list", "almaty-airport"]);
    let moved = moved.as_array().unwrap();
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0]["number"], 5);
    assert_eq!(moved[0]["id"], before["id"], "the global id stays");
    let shown = w.json(&["show", "5"]);
    let last = shown["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "edit", "{shown}");
    let detail = last["detail"].to_string();
    assert!(
        detail.contains("kz-unrest-2022") && detail.contains("almaty-airport"),
        "{detail}"
    );
    let left = w.json(&["list", "kz-unrest-2022"]);
    assert!(left.as_array().unwrap().iter().all(|c| c["number"] != 5));
}

#[test]
fn an_unknown_event_moves_nothing() {
    let w = samples_and_another_event();
    let before = w.snapshot();
    let err = w.fails(&["edit", "5", "--event", "almaty-airprot"], 1);
    assert!(err.contains("no event 'almaty-airprot'"), "{err}");
    assert!(err.contains("did you mean 'almaty-airport'"), "{err}");
    assert_eq!(w.snapshot(), before, "nothing written");
}

#[test]
fn several_claims_move_at_once_and_a_dry_run_lists_them() {
    let w = samples_and_another_event();
    let picked = w
        .json(&["list", "--source", "TASS"])
        .as_array()
        .unwrap()
        .len();
    assert!(picked > 1);
    let dry = w.ok(&[
        "edit",
        "--where",
        "source=TASS",
        "--event",
        "almaty-airport",
        "--dry-run",
        "--format",
        "csv",
    ]);
    assert_eq!(
        dry.lines().filter(|l| l.contains("almaty-airport")).count(),
        picked,
        "{dry}"
    );
    assert_eq!(
        w.json(&["list", "almaty-airport"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    w.ok(&[
        "edit",
        "--where",
        "source=TASS",
        "--event",
        "almaty-airport",
    ]);
    assert_eq!(
        w.json(&["list", "almaty-airport"])
            .as_array()
            .unwrap()
            .len(),
        picked
    );
}

#[test]
fn a_claim_moves_with_its_chain_of_corrections() {
    let w = samples_and_another_event();
    // Claim 65 corrects claim 64 in the samples.
    assert_eq!(w.json(&["show", "64"])["superseded_by"], "kz22-065");
    w.ok(&["edit", "64", "--event", "almaty-airport"]);
    let moved: Vec<i64> = w
        .json(&["list", "almaty-airport"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_i64().unwrap())
        .collect();
    assert_eq!(moved, [64, 65], "the correction moves along");
    // Each one's history says so, and the event exports and imports whole.
    for n in ["64", "65"] {
        let shown = w.json(&["show", n]);
        let last = shown["history"].as_array().unwrap().last().unwrap().clone();
        assert!(
            last["detail"].to_string().contains("almaty-airport"),
            "{shown}"
        );
    }
    let file = w.dir.path().join("moved.csv");
    w.ok(&["export", "almaty-airport", "-o", file.to_str().unwrap()]);
    let other = Workdir::new();
    other.ok(&["import", file.to_str().unwrap()]);
}
