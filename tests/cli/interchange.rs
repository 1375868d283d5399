//! Import and export: round trips, idempotent re-imports, errors that name
//! the line, dry runs, and the ClaimReview shape checked against schema.org.

use crate::workdir::Workdir;
use serde_json::Value;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn samples_csv() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/kz-unrest-2022.csv")
}

fn with_history() -> Workdir {
    let w = Workdir::new();
    w.ok(&["import", samples_csv().to_str().unwrap()]);
    w.ok(&[
        "retract",
        "9",
        "--reason",
        "checked: wrong briefing",
        "--said",
        "2022-01-08",
        "--by",
        "AFP",
    ]);
    w.ok(&["correct", "10", "plus de 1 200"]);
    w
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn csv_and_jsonl_round_trip_exactly() {
    let w = with_history();
    for (format, file) in [("csv", "a.csv"), ("jsonl", "a.jsonl")] {
        let first = w.dir.path().join(file);
        w.ok(&["export", "--format", format, "-o", first.to_str().unwrap()]);
        let other = Workdir::new();
        other.ok(&["import", first.to_str().unwrap()]);
        let second = other.dir.path().join(file);
        other.ok(&["export", "--format", format, "-o", second.to_str().unwrap()]);
        assert_eq!(read(&first), read(&second), "{format} round trip");
        let text = read(&first);
        assert!(
            text.contains("retracted") && text.contains("superseded"),
            "{format}"
        );
        assert!(
            text.contains("checked: wrong briefing"),
            "{format}: the reason travels"
        );
    }
}

#[test]
fn a_json_export_imports_back() {
    let w = with_history();
    let first = w.dir.path().join("a.json");
    w.ok(&["export", "--format", "json", "-o", first.to_str().unwrap()]);
    let other = Workdir::new();
    other.ok(&["import", first.to_str().unwrap()]);
    let second = other.dir.path().join("b.jsonl");
    other.ok(&[
        "export",
        "--format",
        "jsonl",
        "-o",
        second.to_str().unwrap(),
    ]);
    let again = w.dir.path().join("a.jsonl");
    w.ok(&["export", "--format", "jsonl", "-o", again.to_str().unwrap()]);
    assert_eq!(read(&again), read(&second));
}

#[test]
fn a_new_event_that_looks_like_a_typo_is_flagged() {
    let w = Workdir::new();
    w.ok(&["event", "add", "kz-unrest-2022"]);
    let file = w.dir.path().join("typo.csv");
    std::fs::write(&file, "event,metric,value\nkz-unrest-2202,deaths,26\n").unwrap();
    let out = w.cmd(&["import", file.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("looks like 'kz-unrest-2022'"), "{err}");
}

#[test]
fn importing_twice_adds_nothing() {
    let w = Workdir::new();
    let csv = samples_csv();
    w.ok(&["import", csv.to_str().unwrap()]);
    let before = w.count();
    let out = w.cmd(&["import", csv.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("imported 0 claims"));
    assert_eq!(w.count(), before);
}

fn csv_with_bad_line(bad_line: usize, rows: usize) -> String {
    let mut text = String::from("id,event,metric,value,as_of,source\n");
    for i in 2..=rows + 1 {
        let as_of = if i == bad_line {
            "2022-02-31"
        } else {
            "2022-01-07"
        };
        text.push_str(&format!("r{i},kz,deaths,{i},{as_of},AFP\n"));
    }
    text
}

#[test]
fn a_bad_date_on_line_52_is_named_and_nothing_is_written() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "3 dead"]);
    let file = w.dir.path().join("bad.csv");
    std::fs::write(&file, csv_with_bad_line(52, 80)).unwrap();
    let before = w.snapshot();
    let err = w.fails(&["import", file.to_str().unwrap()], 1);
    assert!(
        err.contains("bad.csv:52: as_of: '2022-02-31' is not a date"),
        "{err}"
    );
    assert_eq!(w.snapshot(), before);
    assert_eq!(w.count(), 1);
}

#[test]
fn dry_run_lists_every_bad_row_and_writes_nothing() {
    let w = Workdir::with_event();
    let file = w.dir.path().join("mixed.csv");
    let mut text = csv_with_bad_line(5, 10);
    text.push_str("r90,kz,deaths,lots,2022-01-07,AFP\n");
    text.push_str("r91,,deaths,4,2022-01-07,AFP\n");
    std::fs::write(&file, text).unwrap();
    let before = w.snapshot();
    let out = w
        .cmd(&["import", "--dry-run", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(lines[0].contains("mixed.csv:5: as_of:"), "{err}");
    assert!(lines[1].contains("mixed.csv:12: value: 'lots'"), "{err}");
    assert!(lines[2].contains("mixed.csv:13: event: missing"), "{err}");
    assert!(
        lines[3].starts_with("claimlog: dry run: 3 of 12 rows are bad"),
        "{err}"
    );
    assert_eq!(w.snapshot(), before);
    // A clean file passes the dry run, still writing nothing.
    let good = w.dir.path().join("good.csv");
    std::fs::write(&good, csv_with_bad_line(0, 10)).unwrap();
    w.ok(&["import", "--dry-run", good.to_str().unwrap()]);
    assert_eq!(w.snapshot(), before);
}

#[test]
fn jsonl_from_stdin_and_low_high_win_over_the_text() {
    let w = Workdir::new();
    let line = r#"{"event":"kz","metric":"deaths","value":"au moins 26","low":30,"high":null,"lang":"fr"}"#;
    let out = w
        .cmd(&["import", "-", "--format", "jsonl"])
        .write_stdin(format!("{line}\n"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = w.json(&["list"]);
    assert_eq!(list[0]["low"], 30);
    assert_eq!(list[0]["high"], Value::Null);
    assert_eq!(list[0]["value"], "au moins 26");
}

/// The schema.org definitions the export is checked against.
pub struct Vocabulary {
    parents: serde_json::Map<String, Value>,
    properties: serde_json::Map<String, Value>,
}

impl Vocabulary {
    pub fn load() -> Vocabulary {
        let path =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/schemaorg/claim-vocabulary.json");
        let v: Value = serde_json::from_str(&read(&path)).unwrap();
        Vocabulary {
            parents: v["types"].as_object().unwrap().clone(),
            properties: v["properties"].as_object().unwrap().clone(),
        }
    }

    /// The type and all its ancestors.
    fn lineage(&self, t: &str) -> Vec<String> {
        let mut out = vec![t.to_string()];
        let mut current = t.to_string();
        while let Some(Value::String(parent)) = self.parents.get(&current) {
            out.push(parent.clone());
            current = parent.clone();
        }
        out
    }

    /// Checks a node and everything under it; returns the problems.
    pub fn check(&self, node: &Value, path: &str, problems: &mut Vec<String>) {
        let object = node.as_object().unwrap();
        let Some(Value::String(t)) = object.get("@type") else {
            problems.push(format!("{path}: no @type"));
            return;
        };
        if !self.parents.contains_key(t) {
            problems.push(format!("{path}: unknown type {t}"));
            return;
        }
        let lineage: HashSet<String> = self.lineage(t).into_iter().collect();
        for (key, value) in object {
            if key.starts_with('@') {
                continue;
            }
            let Some(def) = self.properties.get(key) else {
                problems.push(format!("{path}.{key}: not a schema.org property we know"));
                continue;
            };
            let domain: Vec<&str> = def["domain"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d.as_str().unwrap())
                .collect();
            if !domain.iter().any(|d| lineage.contains(*d)) {
                problems.push(format!("{path}.{key}: not a property of {t}"));
            }
            let range: Vec<&str> = def["range"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d.as_str().unwrap())
                .collect();
            match value {
                Value::Object(_) => {
                    let inner = value["@type"].as_str().unwrap_or("");
                    if !self
                        .lineage(inner)
                        .iter()
                        .any(|l| range.contains(&l.as_str()))
                    {
                        problems.push(format!("{path}.{key}: {inner} is not one of {range:?}"));
                    }
                    self.check(value, &format!("{path}.{key}"), problems);
                }
                Value::String(s) => {
                    let ok = range.iter().any(|r| match *r {
                        "Text" | "Language" => true,
                        "URL" => s.starts_with("http://") || s.starts_with("https://"),
                        "Date" => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
                        "DateTime" => chrono::DateTime::parse_from_rfc3339(s).is_ok(),
                        _ => false,
                    });
                    if !ok {
                        problems.push(format!("{path}.{key}: '{s}' is not a {range:?}"));
                    }
                }
                other => problems.push(format!("{path}.{key}: unexpected {other}")),
            }
        }
    }
}

#[test]
fn claimreview_export_fits_the_schema_org_definitions() {
    let w = with_history();
    let out = w.ok(&["export", "kz-unrest-2022", "--format", "claimreview"]);
    let vocabulary = Vocabulary::load();
    let mut problems = Vec::new();
    let mut count = 0;
    for line in out.lines() {
        let node: Value = serde_json::from_str(line).unwrap();
        assert_eq!(node["@context"], "https://schema.org");
        assert_eq!(node["@type"], "Claim");
        for key in ["appearance", "author", "datePublished"] {
            assert!(node.get(key).is_some(), "{key} in {node}");
        }
        vocabulary.check(
            &node,
            &format!("claim {}", node["identifier"]),
            &mut problems,
        );
        count += 1;
    }
    assert_eq!(count, w.count());
    assert!(problems.is_empty(), "{problems:#?}");
    let withdrawn: Value = out
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|n| n["identifier"] == "kz22-041")
        .unwrap();
    assert_eq!(withdrawn["creativeWorkStatus"], "retracted");
    // The Interior Ministry's 26, repeated by ten outlets, first appeared once.
    let firsts: HashSet<String> = out
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|n| {
            n["author"]["name"] == "Interior Ministry" && n["text"] == "26 deaths (armed criminals)"
        })
        .map(|n| n["firstAppearance"]["url"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(firsts.len(), 1, "{firsts:?}");
    // The checker itself catches a wrong shape.
    let mut wrong = Vec::new();
    let bad: Value = serde_json::json!({"@type": "Claim", "appearance": {"@type": "Person", "name": "x"}, "colour": "red"});
    vocabulary.check(&bad, "bad", &mut wrong);
    assert_eq!(wrong.len(), 2, "{wrong:?}");
}

#[test]
fn export_refuses_table_formats_and_unknown_events() {
    let w = with_history();
    w.fails(&["export", "--format", "markdown"], 1);
    let err = w.fails(&["export", "kz-unrest-2202"], 1);
    assert!(err.contains("did you mean 'kz-unrest-2022'"), "{err}");
}

#[test]
fn a_superseded_row_must_name_a_claim_that_exists() {
    let w = Workdir::with_event();
    let file = w.dir.path().join("dangling.csv");
    std::fs::write(
        &file,
        "id,event,metric,value,status,superseded_by\na1,kz,deaths,26,superseded,zz9\n",
    )
    .unwrap();
    let before = w.snapshot();
    let err = w.fails(&["import", file.to_str().unwrap()], 1);
    assert!(
        err.contains("dangling.csv:2: superseded_by: 'zz9'"),
        "{err}"
    );
    assert_eq!(w.snapshot(), before);
}
