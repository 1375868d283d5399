//! `conflicts` on a generated log with more pairs than a table shows: tables
//! and Markdown stop at the default limit and say so; JSON, JSONL and CSV
//! give every pair; `--limit` caps and `--limit 0` lifts the cap.

use crate::workdir::Workdir;
use serde_json::Value;
use std::collections::HashSet;

/// One briefing reported as 20 different figures by 20 outlets: every two
/// figures are an echo conflict, 190 pairs.
fn briefing() -> Workdir {
    let w = Workdir::new();
    let mut csv = String::from("id,event,metric,value,as_of,source,claimant\n");
    for i in 0..20 {
        csv.push_str(&format!(
            "e{i},kz,injured,{},2022-01-15,outlet {i},Prosecutor\n",
            4000 + i * 7
        ));
    }
    let file = w.dir.path().join("briefing.csv");
    std::fs::write(&file, csv).unwrap();
    w.ok(&["import", file.to_str().unwrap()]);
    w
}

const PAIRS: usize = 190;

fn table_rows(text: &str) -> usize {
    text.lines().filter(|l| l.contains(" echo ")).count()
}

#[test]
fn a_table_stops_at_the_default_limit_and_says_so() {
    let w = briefing();
    let table = w.ok(&["conflicts", "kz"]);
    assert_eq!(table_rows(&table), 100);
    assert!(
        table
            .trim_end()
            .ends_with("showing the widest 100 of 190; --limit 0 for all"),
        "{table}"
    );
    // The widest comes first: 4,000 against 4,133.
    assert!(table.find("133").unwrap() < table.find(" 7 ").unwrap_or(usize::MAX));
    let all = w.ok(&["conflicts", "kz", "--limit", "0"]);
    assert_eq!(table_rows(&all), PAIRS);
    assert!(!all.contains("showing the widest"), "{all}");
    let ten = w.ok(&["conflicts", "kz", "--limit", "10"]);
    assert_eq!(table_rows(&ten), 10);
    assert!(ten.contains("showing the widest 10 of 190"), "{ten}");

    let out = w
        .cmd(&["conflicts", "kz", "--format", "markdown"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    assert_eq!(md.lines().filter(|l| l.starts_with("| echo")).count(), 100);
    assert!(
        md.lines().all(|l| l.starts_with('|')),
        "Markdown only: {md}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("showing the widest 100 of 190"));
}

#[test]
fn json_jsonl_and_csv_give_every_pair() {
    let w = briefing();
    let pairs = |v: &Value| -> HashSet<(u64, u64)> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| {
                assert_eq!(c["kind"], "echo");
                (
                    c["a"]["number"].as_u64().unwrap(),
                    c["b"]["number"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let all = w.json(&["conflicts", "kz", "--limit", "0"]);
    assert_eq!(all.as_array().unwrap().len(), PAIRS);
    assert_eq!(pairs(&all).len(), PAIRS, "each pair once");
    assert_eq!(w.json(&["conflicts", "kz"]), all, "JSON has no default cap");
    let gaps: Vec<f64> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["gap"].as_f64().unwrap())
        .collect();
    assert!(gaps.windows(2).all(|g| g[0] >= g[1]), "largest gap first");
    assert_eq!(gaps[0], 133.0);
    let five = w.json(&["conflicts", "kz", "--limit", "5"]);
    assert_eq!(five.as_array().unwrap()[..], all.as_array().unwrap()[..5]);

    let jsonl = w.ok(&["conflicts", "kz", "--format", "jsonl"]);
    let lines: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).expect("one object per line"))
        .collect();
    assert_eq!(Value::Array(lines), all);
    let csv = w.ok(&["conflicts", "kz", "--format", "csv"]);
    assert_eq!(csv.lines().count(), PAIRS + 1);
    assert!(csv.starts_with("kind,metric,a,b,gap\n"), "{csv}");
    assert!(csv.lines().nth(1).unwrap().ends_with(",133"), "{csv}");
}

#[test]
fn no_conflicts_print_an_empty_list_in_every_format() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead", "--source", "AFP"]);
    assert_eq!(w.json(&["conflicts", "kz"]), serde_json::json!([]));
    assert_eq!(
        w.ok(&["conflicts", "kz", "--format", "csv"]),
        "kind,metric,a,b,gap\n"
    );
    assert_eq!(w.ok(&["conflicts", "kz", "--format", "jsonl"]), "");
    assert!(w.ok(&["conflicts", "kz"]).contains("kind"));
}
