//! An end-to-end story written for these tests, with the shapes issue 11
//! names: a large downward revision relayed late by an outlet, an agency
//! citing a ministry, a mayor's projection, two officials of one
//! government disagreeing the same day, a toll rising overnight between
//! claimants, and a withdrawn toll. Timeline, summary and conflicts are
//! checked in full.

use crate::workdir::Workdir;
use serde_json::Value;

const STORY: &str = "\
id,event,metric,value,said_at,source,claimant,citing,status,retracted_at,reason
s01,quake,deaths,about 11300,2026-02-10,Reuters,UN,,,,
s02,quake,deaths,3252,2026-02-10,TRT,Health Ministry,,,,
s03,quake,deaths,150,2026-02-11,AFP,Red Crescent,,,,
s04,quake,deaths,5300,2026-02-12,AP,Interior Minister,,,,
s05,quake,deaths,3840,2026-02-12,TRT,Health Minister,,,,
s06,quake,deaths,3840,2026-02-12,Anadolu,Anadolu,Health Minister,,,
s07,quake,deaths,up to 20000,2026-02-12,Local TV,Mayor,,,,
s08,quake,deaths,6000,2026-02-12,Daily Sabah,Civil Defence,,retracted,2026-02-13,counting error
s09,quake,deaths,at least 3958,2026-02-13,Reuters,UN,,,,
s10,quake,deaths,11300,2026-02-14,Daily Star,UN,,,,
";

fn story() -> Workdir {
    let w = Workdir::new();
    let file = w.dir.path().join("story.csv");
    std::fs::write(&file, STORY).unwrap();
    w.ok(&["import", file.to_str().unwrap()]);
    w
}

fn ids(rows: &Value, key: &str) -> Vec<String> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| format!("{}:{}", r["id"].as_str().unwrap(), r[key].as_str().unwrap()))
        .collect()
}

#[test]
fn the_timeline_judges_revisions_on_points_and_ignores_a_late_relay() {
    let w = story();
    let t = w.json(&["timeline", "quake"]);
    let mut changes = ids(&t, "change");
    changes.sort();
    assert_eq!(
        changes,
        [
            "s01:first",
            "s02:first",
            "s03:first",
            "s04:first",
            "s05:first",
            "s06:first",
            "s07:first",
            "s08:retracted",
            "s09:down",
            "s10:late",
        ]
    );
    let table = w.ok(&["timeline", "quake"]);
    assert!(
        table.contains("late relay") && table.contains("↓ down"),
        "{table}"
    );
}

#[test]
fn the_summary_by_day_counts_origins_and_keeps_projections_out_of_best() {
    let w = story();
    let day = |d: &str, window: &str| {
        let rows = w.json(&["summary", "quake", "--as-of", d, "--window", window]);
        let r = &rows[0];
        (
            r["low"].as_i64(),
            r["best"].as_i64(),
            r["high"].as_i64(),
            r["claimants"].as_i64().unwrap(),
            r["stale"].as_i64().unwrap(),
        )
    };
    // The 10th: the UN's about 11,300 and the ministry's 3,252.
    assert_eq!(
        day("2026-02-10", "1d"),
        (Some(3252), Some(3252), Some(11300), 2, 0)
    );
    // The 12th: 150, 5,300, 3,840 (twice, one citing the other), 6,000 and
    // the mayor's "up to 20,000", which bounds high only. The agency is
    // the Health Minister's word, so five claimants, not six; the 10th is stale.
    assert_eq!(
        day("2026-02-12", "1d"),
        (Some(150), Some(3840), Some(20000), 5, 2)
    );
    // The 14th: the 6,000 is withdrawn; the UN's "at least 3,958" is the
    // newest figure, so the 12th's stay current beside it.
    assert_eq!(
        day("2026-02-14", "1d"),
        (Some(3840), Some(3840), Some(20000), 4, 2)
    );
    // With a 12-hour window only the newest figure counts: the Daily
    // Star's late 11,300 does not move the UN off 3,958.
    assert_eq!(
        day("2026-02-14", "12h"),
        (Some(3958), Some(3958), Some(3958), 1, 6)
    );
}

#[test]
fn conflicts_keep_the_real_ones_and_drop_a_toll_rising_overnight() {
    let w = story();
    let found = w.json(&["conflicts", "quake"]);
    let pairs: Vec<String> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("{}-{} {}", c["a"]["id"], c["b"]["id"], c["gap"]))
        .collect();
    assert_eq!(
        pairs,
        [
            r#""s01"-"s03" 11150"#,
            r#""s01"-"s02" 8048"#,
            // Anadolu citing the Health Minister's 3,840 is the minister's
            // word again: the one pair, not a second one.
            r#""s04"-"s05" 1460"#,
        ]
    );
}

#[test]
fn compare_by_claimant_keeps_the_un_on_its_own_latest_figure() {
    let w = story();
    let report = w.json(&["compare", "quake"]);
    let un = report["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["series"] == "UN")
        .unwrap()
        .clone();
    assert_eq!(
        un["value"], "at least 3958",
        "not the Daily Star's late 11,300"
    );
}
