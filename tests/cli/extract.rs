//! `claimlog extract`: the corpus under `tests/extract/` scored against its
//! gold claims (precision and recall printed and asserted), JSONL piped into
//! `import`, character spans, and errors.

use crate::workdir::Workdir;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The corpus: text, gold, language, publication day.
fn corpus() -> Vec<(PathBuf, PathBuf, String, String)> {
    let list = std::fs::read_to_string(root().join("tests/extract/corpus.tsv")).unwrap();
    list.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (
                root().join(f[0]),
                root().join(f[1]),
                f[2].to_string(),
                f[3].to_string(),
            )
        })
        .collect()
}

fn records(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).expect("a JSON record per line"))
        .collect()
}

fn extract(w: &Workdir, file: &Path, lang: &str, published: &str) -> Vec<Value> {
    records(&w.ok(&[
        "extract",
        file.to_str().unwrap(),
        "--lang",
        lang,
        "--published",
        published,
    ]))
}

/// Lower-case words without punctuation, elisions or filler words.
fn words(text: &str) -> Vec<String> {
    const FILLER: &[&str] = &[
        "the", "of", "in", "de", "du", "des", "la", "le", "les", "l", "d", "par", "à",
    ];
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .map(str::to_string)
        .collect()
}

fn same_claimant(gold: &Value, found: &Value) -> bool {
    words(gold["claimant"].as_str().unwrap_or(""))
        == words(found["claimant"].as_str().unwrap_or(""))
}

/// Every content word of the gold qualifier is in the found one (and an
/// empty gold qualifier wants an empty one).
fn same_qualifier(gold: &Value, found: &Value) -> bool {
    let g = words(gold["qualifier"].as_str().unwrap_or(""));
    let f = words(found["qualifier"].as_str().unwrap_or(""));
    if g.is_empty() {
        f.is_empty()
    } else {
        g.iter().all(|w| f.contains(w))
    }
}

fn same_claim(gold: &Value, found: &Value) -> bool {
    gold["metric"] == found["metric"]
        && gold["low"] == found["low"]
        && gold["high"] == found["high"]
}

#[test]
fn extraction_precision_and_recall_over_the_corpus() {
    let w = Workdir::new();
    let (mut gold_total, mut found_total, mut matched) = (0usize, 0usize, 0usize);
    let (mut qualifiers, mut claimants) = (0usize, 0usize);
    for (text, gold_file, lang, published) in corpus() {
        let found = extract(&w, &text, &lang, &published);
        let gold = records(&std::fs::read_to_string(&gold_file).unwrap());
        let name = text.file_name().unwrap().to_string_lossy().to_string();
        let mut used = vec![false; found.len()];
        for g in &gold {
            // Prefer a candidate that also has the right claimant.
            let pick = (0..found.len())
                .filter(|&i| !used[i] && same_claim(g, &found[i]))
                .max_by_key(|&i| (same_claimant(g, &found[i]), std::cmp::Reverse(i)));
            match pick {
                Some(i) => {
                    used[i] = true;
                    matched += 1;
                    qualifiers += same_qualifier(g, &found[i]) as usize;
                    claimants += same_claimant(g, &found[i]) as usize;
                    if !same_claimant(g, &found[i]) {
                        println!(
                            "  {name}: claimant {:?}, gold {:?} ({} {})",
                            found[i]["claimant"], g["claimant"], g["metric"], g["low"]
                        );
                    }
                }
                None => println!(
                    "  {name}: MISSED {} {} {} {:?} by {:?}",
                    g["metric"], g["low"], g["high"], g["qualifier"], g["claimant"]
                ),
            }
        }
        for (i, f) in found.iter().enumerate() {
            if !used[i] {
                println!(
                    "  {name}: EXTRA {} {} {} {:?} in {:?}",
                    f["metric"], f["low"], f["high"], f["value"], f["sentence"]
                );
            }
        }
        gold_total += gold.len();
        found_total += found.len();
    }
    let precision = matched as f64 / found_total.max(1) as f64;
    let recall = matched as f64 / gold_total.max(1) as f64;
    println!(
        "extraction: precision {precision:.2} recall {recall:.2} ({matched} of {gold_total} gold claims, {found_total} candidates; qualifier agreement {:.2}, claimant accuracy {:.2} on matched claims)",
        qualifiers as f64 / matched.max(1) as f64,
        claimants as f64 / matched.max(1) as f64,
    );
    assert!(recall >= 0.9, "recall {recall:.2}");
    assert!(precision >= 0.8, "precision {precision:.2}");
}
