//! Managing claims: show, edit, retract, correct, rm, restore. Nothing is
//! ever lost: every change stays in the claim's history.

use crate::workdir::Workdir;

fn actions(w: &Workdir, id: &str) -> Vec<String> {
    w.json(&["show", id])["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["action"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn retract_keeps_the_claim_and_its_history() {
    let w = Workdir::with_event();
    w.ok(&[
        "add",
        "kz",
        "164 killed",
        "--by",
        "Health Ministry",
        "--source",
        "Khabar 24",
        "--said",
        "2022-01-09",
    ]);
    w.ok(&[
        "retract",
        "1",
        "--reason",
        "withdrawn as a technical error",
        "--said",
        "2022-01-10",
    ]);
    let c = w.json(&["show", "1"]);
    assert_eq!(c["status"], "retracted");
    assert_eq!(c["retracted_at"], "2022-01-10");
    assert_eq!(c["reason"], "withdrawn as a technical error");
    assert_eq!(c["retracted_by"], "Health Ministry");
    assert_eq!(actions(&w, "1"), ["add", "retract"]);
    w.fails(&["retract", "1", "--reason", "again"], 1);
}

#[test]
fn correct_supersedes_and_links() {
    let w = Workdir::with_event();
    w.ok(&[
        "add",
        "kz",
        "4,578 injured",
        "--by",
        "Prosecutor General's Office",
        "--source",
        "Sputnik",
        "--said",
        "2022-01-15",
    ]);
    let out = w.json(&["correct", "1", "4,353"]);
    assert_eq!(out[0]["low"], 4353);
    assert_eq!(out[0]["status"], "active");
    assert_eq!(out[0]["claimant"], "Prosecutor General's Office");
    assert_eq!(out[1]["status"], "superseded");
    assert_eq!(out[1]["superseded_by"], out[0]["id"]);
    assert_eq!(actions(&w, "1"), ["add", "supersede"]);
    assert_eq!(actions(&w, "2"), ["correct"]);
    assert_eq!(w.count(), 2);
}

#[test]
fn rm_and_restore_are_recorded() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead"]);
    w.ok(&["rm", "1"]);
    assert_eq!(w.json(&["list"]).as_array().unwrap().len(), 0);
    assert_eq!(w.json(&["list", "--deleted"]).as_array().unwrap().len(), 1);
    w.fails(&["rm", "1"], 1);
    w.ok(&["restore", "1"]);
    assert_eq!(w.json(&["list"]).as_array().unwrap().len(), 1);
    assert_eq!(actions(&w, "1"), ["add", "rm", "restore"]);
}

#[test]
fn edit_keeps_the_old_values_in_history() {
    let w = Workdir::with_event();
    w.ok(&[
        "add",
        "kz",
        "26 dead",
        "--said",
        "2022-01-07",
        "--source",
        "AFP",
    ]);
    let out = w.json(&[
        "edit",
        "1",
        "--value",
        "au moins 26",
        "--lang",
        "fr",
        "--said",
        "2022-01-08",
        "--qualifier",
        "armed criminals",
    ]);
    assert_eq!(out[0]["low"], 26);
    assert_eq!(out[0]["high"], serde_json::Value::Null);
    assert_eq!(
        out[0]["as_of"], "2022-01-08",
        "as_of follows said when it was its default"
    );
    let c = w.json(&["show", "1"]);
    let edit = &c["history"][1];
    assert_eq!(edit["action"], "edit");
    let detail = &edit["detail"];
    assert_eq!(detail["value"]["from"], "26");
    assert_eq!(detail["value"]["to"], "au moins 26");
    assert_eq!(detail["qualifier"]["to"], "armed criminals");
    w.fails(&["edit", "1"], 1);
}

#[test]
fn claims_are_found_by_global_id() {
    let w = Workdir::with_event();
    let out = w.json(&["add", "kz", "26 dead"]);
    let id = out[0]["id"].as_str().unwrap().to_string();
    assert_eq!(w.json(&["show", &id])["number"], 1);
    assert_eq!(w.json(&["show", &id[..13]])["number"], 1);
    let err = w.fails(&["show", "99"], 1);
    assert!(err.contains("no claim '99'"), "{err}");
}

#[test]
fn history_table_is_readable() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead"]);
    w.ok(&["rm", "1"]);
    let out = w.ok(&["show", "1"]);
    assert!(out.contains("history:") && out.contains("rm"), "{out}");
}

#[test]
fn a_correction_cannot_be_removed_and_a_removed_claim_cannot_be_corrected() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead"]);
    w.ok(&["correct", "1", "28"]);
    let err = w.fails(&["rm", "2"], 1);
    assert!(err.contains("correction of claim 1"), "{err}");
    w.ok(&["add", "kz", "5 wounded"]);
    w.ok(&["rm", "3"]);
    let err = w.fails(&["correct", "3", "6"], 1);
    assert!(err.contains("removed"), "{err}");
}

#[test]
fn an_id_that_is_also_a_number_must_be_said_plainly() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "3 dead"]);
    w.ok(&["add", "kz", "4 dead"]);
    let file = w.dir.path().join("ids.csv");
    std::fs::write(&file, "id,event,metric,value\n1,kz,deaths,9\n").unwrap();
    w.ok(&["import", file.to_str().unwrap()]);
    let err = w.fails(&["show", "1"], 1);
    assert!(err.contains("write #1"), "{err}");
    assert_eq!(w.json(&["show", "#1"])["low"], 3);
}

#[test]
fn years_outside_what_can_be_stored_are_refused() {
    let w = Workdir::with_event();
    let before = w.snapshot();
    let err = w.fails(&["add", "kz", "26 dead", "--said=-2022-01-07"], 1);
    assert!(err.contains("--said"), "{err}");
    assert_eq!(w.snapshot(), before);
}
