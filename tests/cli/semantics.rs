//! The report rules of issue 11 through the real binary: a correction's
//! own times, `--citing`, cumulative metrics and their conflicts.

use crate::workdir::Workdir;

#[test]
fn a_correction_said_later_counts_from_its_own_day() {
    let w = Workdir::with_event();
    w.ok(&[
        "add",
        "kz",
        "26 dead",
        "--by",
        "Interior Ministry",
        "--said",
        "2022-01-07",
        "--published",
        "2022-01-07T10:00:00+06:00",
    ]);
    let out = w.json(&["correct", "1", "28", "--said", "2022-01-09"]);
    assert_eq!(out[0]["said_at"], "2022-01-09");
    assert_eq!(out[0]["as_of"], "2022-01-09", "not the old claim's day");
    assert_eq!(out[0]["published_at"], serde_json::Value::Null);
    // On the 8th the old figure still stood; from the 9th the correction.
    let on_8th = w.json(&["summary", "kz", "--as-of", "2022-01-08"]);
    assert_eq!(on_8th[0]["best"], 26);
    let on_9th = w.json(&["summary", "kz", "--as-of", "2022-01-09"]);
    assert_eq!(on_9th[0]["best"], 28);
}
