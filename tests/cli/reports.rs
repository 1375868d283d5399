//! Reports on the samples: the JSON of every report, and golden tables and
//! Markdown (regenerate with `UPDATE_GOLDEN=1 cargo test`).

use crate::workdir::Workdir;
use serde_json::{Value, json};
use std::path::PathBuf;

const EVENT: &str = "kz-unrest-2022";

fn samples() -> Workdir {
    let w = Workdir::new();
    let csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/kz-unrest-2022.csv");
    w.ok(&["import", csv.to_str().unwrap()]);
    w
}

fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run UPDATE_GOLDEN=1 cargo test", path.display()));
    assert_eq!(
        actual, expected,
        "golden {name} differs (UPDATE_GOLDEN=1 to accept)"
    );
}

fn row<'a>(rows: &'a Value, metric: &str, qualifier: &str) -> &'a Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["metric"] == metric && r["qualifier"] == qualifier)
        .unwrap_or_else(|| panic!("no row {metric}/{qualifier}"))
}

#[test]
fn summary_json_has_the_documented_shape_and_figures() {
    let w = samples();
    let rows = w.json(&["summary", EVENT]);
    let keys: Vec<&String> = rows[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "event",
            "metric",
            "qualifier",
            "kind",
            "low",
            "best",
            "high",
            "claimants",
            "sources",
            "claims",
            "first_as_of",
            "last_as_of",
            "stale",
            "order_unknown"
        ]
    );
    let armed = row(&rows, "deaths", "armed criminals");
    assert_eq!(armed["best"], 26);
    assert_eq!(armed["claimants"], 1, "ten outlets, one claimant");
    assert_eq!(armed["sources"], 10);
    let arrival = row(&rows, "arrival", "russian troops");
    assert_eq!(arrival["kind"], "date");
    assert_eq!(arrival["best"], "2022-01-06");
    let start = row(&rows, "start", "");
    assert_eq!(start["best"], "2022-01-02");
    // On 9 January the withdrawn 164 was still standing; from the 10th it is not.
    let on_9th = w.json(&[
        "summary",
        EVENT,
        "--as-of",
        "2022-01-09",
        "--metric",
        "deaths",
    ]);
    assert_eq!(row(&on_9th, "deaths", "")["claimants"], 2);
    let on_10th = w.json(&[
        "summary",
        EVENT,
        "--as-of",
        "2022-01-10",
        "--metric",
        "deaths",
    ]);
    assert_eq!(row(&on_10th, "deaths", "")["claimants"], 1);
    assert!(
        on_10th
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["qualifier"] != "almaty"),
        "withdrawn scope gone"
    );
}

#[test]
fn timeline_json_marks_changes_and_retractions() {
    let w = samples();
    let rows = w.json(&["timeline", EVENT, "--metric", "deaths"]);
    let rows = rows.as_array().unwrap();
    let retracted: Vec<&Value> = rows.iter().filter(|r| r["change"] == "retracted").collect();
    assert!(
        retracted.iter().any(|r| r["low"] == 164),
        "the 164 stays, marked"
    );
    assert!(retracted.iter().all(|r| r["status"] == "retracted"));
    let up = rows.iter().find(|r| r["low"] == 230).unwrap();
    assert_eq!(up["change"], "up");
    assert_eq!(up["previous"], "225");
    assert_eq!(up["series"], "Prosecutor General's Office");
    let echo = rows
        .iter()
        .filter(|r| r["qualifier"] == "armed criminals" && r["change"] == "same")
        .count();
    assert_eq!(echo, 9);
    for r in rows {
        for key in [
            "series", "change", "previous", "id", "event", "metric", "value", "as_of",
        ] {
            assert!(r.get(key).is_some(), "{key} in {r}");
        }
    }
}

#[test]
fn compare_json_pivots_cells_with_summary() {
    let w = samples();
    let c = w.json(&["compare", EVENT, "--as-of", "2022-01-09"]);
    assert_eq!(c["event"], EVENT);
    assert_eq!(c["as_of"], "2022-01-09");
    assert_eq!(c["by"], "claimant");
    let cells = c["cells"].as_array().unwrap();
    let cell = |series: &str, metric: &str, qualifier: &str| {
        cells
            .iter()
            .find(|x| x["series"] == series && x["metric"] == metric && x["qualifier"] == qualifier)
            .unwrap_or_else(|| panic!("no cell {series} {metric}/{qualifier}"))
    };
    let keys: Vec<&String> = cells[0].as_object().unwrap().keys().collect();
    for key in [
        "metric",
        "qualifier",
        "series",
        "value",
        "low",
        "high",
        "as_of",
        "stale",
        "conflict",
        "sources",
    ] {
        assert!(keys.iter().any(|k| *k == key), "{key}");
    }
    let presidential = cell("Presidential Office", "detained", "");
    assert_eq!(presidential["low"], 5800);
    assert_eq!(presidential["conflict"], true);
    let hm = cell("Health Ministry", "deaths", "");
    assert_eq!(hm["conflict"], json!(false), "{hm}");
    let im = cell("Interior Ministry", "deaths", "armed criminals");
    assert_eq!(im["sources"].as_array().unwrap().len(), 10);
    assert!(!c["summary"].as_array().unwrap().is_empty());
    let by_source = w.json(&["compare", EVENT, "--by", "source", "--metric", "deaths"]);
    assert_eq!(by_source["by"], "source");
    assert!(
        by_source["cells"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["metric"] == "deaths")
    );
}

#[test]
fn conflicts_json_lists_each_kind_largest_gap_first() {
    let w = samples();
    let list = w.json(&["conflicts", EVENT]);
    let list = list.as_array().unwrap();
    let kinds: Vec<&str> = list.iter().map(|c| c["kind"].as_str().unwrap()).collect();
    assert!(
        kinds.contains(&"value") && kinds.contains(&"echo") && kinds.contains(&"characterization"),
        "{kinds:?}"
    );
    let gaps: Vec<f64> = list.iter().map(|c| c["gap"].as_f64().unwrap()).collect();
    assert!(gaps.windows(2).all(|p| p[0] >= p[1]), "{gaps:?}");
    let echo = list.iter().find(|c| c["kind"] == "echo").unwrap();
    assert_eq!(echo["metric"], "injured");
    assert_eq!(echo["gap"], 225);
    assert_eq!(echo["a"]["claimant"], echo["b"]["claimant"]);
    assert!(
        list.iter()
            .all(|c| c["a"]["status"] == "active" && c["b"]["status"] == "active")
    );
    let deaths_only = w.json(&["conflicts", EVENT, "--metric", "deaths"]);
    assert!(
        deaths_only
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["metric"] == "deaths")
    );
}

#[test]
fn golden_tables_and_markdown() {
    let w = samples();
    golden("summary.txt", &w.ok(&["summary", EVENT]));
    golden(
        "timeline-deaths.txt",
        &w.ok(&["timeline", EVENT, "--metric", "deaths"]),
    );
    golden(
        "compare.md",
        &w.ok(&[
            "compare", EVENT, "--metric", "deaths", "--metric", "injured", "--format", "markdown",
        ]),
    );
    golden(
        "compare-2022-01-09.txt",
        &w.ok(&["compare", EVENT, "--as-of", "2022-01-09"]),
    );
    golden("conflicts.txt", &w.ok(&["conflicts", EVENT]));
}

#[test]
fn chart_writes_an_svg() {
    let w = samples();
    let out = w.dir.path().join("deaths.svg");
    w.ok(&[
        "chart",
        EVENT,
        "--metric",
        "deaths",
        "-o",
        out.to_str().unwrap(),
    ]);
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.starts_with("<svg"), "{}", &svg[..60]);
    assert!(svg.contains("kz-unrest-2022 — deaths"));
    assert!(svg.contains("Health Ministry"));
    assert!(svg.contains("164 retracted"));
    let err = w.fails(&["chart", EVENT, "--metric", "arrival", "-o", "x.svg"], 1);
    assert!(err.contains("dates"), "{err}");
}

#[test]
fn demo_prints_every_report() {
    let w = Workdir::new();
    let out = w.ok(&["demo"]);
    for heading in ["## summary", "## timeline", "## compare", "## conflicts"] {
        assert!(out.contains(heading), "{heading}");
    }
    assert!(out.contains("RETRACTED"));
    let json = w.json(&["demo"]);
    assert!(json["conflicts"].as_array().unwrap().len() >= 3);
    assert!(w.untouched(), "demo never touches the user's database");
}
