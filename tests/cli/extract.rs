//! `claimlog extract`: the corpus under `tests/extract/` scored against its
//! gold claims (precision and recall printed and asserted), JSONL piped into
//! `import`, character spans, and errors.

use crate::scoring::{Score, records, score};
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

#[test]
fn extraction_precision_and_recall_over_the_corpus() {
    let w = Workdir::new();
    let mut total = Score::default();
    for (text, gold_file, lang, published) in corpus() {
        let found = extract(&w, &text, &lang, &published);
        let gold = records(&std::fs::read_to_string(&gold_file).unwrap());
        let name = text.file_name().unwrap().to_string_lossy().to_string();
        total.add(score(&name, &gold, &found, true));
    }
    println!("extraction: {}", total.line());
    let (precision, recall) = (total.precision(), total.recall());
    assert!(recall >= 0.9, "recall {recall:.2}");
    assert!(precision >= 0.8, "precision {precision:.2}");
}

#[test]
fn jsonl_output_imports_into_an_event() {
    let w = Workdir::new();
    let article = root().join("samples/article-fr.txt");
    let out = w.ok(&[
        "extract",
        article.to_str().unwrap(),
        "--lang",
        "fr",
        "--published",
        "2022-01-09",
        "--source",
        "franceinfo",
        "--event",
        "kz",
    ]);
    let found = records(&out);
    assert!(found.len() >= 10, "{out}");
    for r in &found {
        assert_eq!(r["event"], "kz");
        assert_eq!(r["source"], "franceinfo");
        assert_eq!(r["published_at"], "2022-01-09");
        assert_eq!(r["status"], "active");
        assert!(r["id"].is_null());
        assert!(r["sentence"].as_str().is_some_and(|s| !s.is_empty()));
    }
    let assert = w
        .cmd(&["import", "-", "--format", "jsonl"])
        .write_stdin(out)
        .assert()
        .success();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains(&format!("imported {}", found.len())),
        "{stderr}"
    );
    assert_eq!(w.count(), found.len());
}

#[test]
fn without_an_event_import_refuses_the_rows() {
    let w = Workdir::new();
    let out = w
        .cmd(&["extract", "-", "--published", "2022-01-07"])
        .write_stdin("26 armed criminals were killed, the Interior Ministry said.")
        .output()
        .unwrap();
    let found = records(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(found.len(), 1);
    assert!(found[0]["event"].is_null());
    assert_eq!(found[0]["claimant"], "Interior Ministry");
    let text = found[0].to_string() + "\n";
    let out = w
        .cmd(&["import", "-", "--format", "jsonl"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("event"));
}

#[test]
fn spans_are_character_offsets_of_the_claim_words() {
    let w = Workdir::new();
    // Accents before the figures: byte and character offsets differ.
    let text = "Kazakhstan : élan brisé. Le ministère de l'Intérieur a annoncé, vendredi, que 26 \"criminels armés\" avaient été tués et 18 blessés.";
    let out = w
        .cmd(&["extract", "-", "--lang", "fr", "--published", "2022-01-07"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    let found = records(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(found.len(), 2, "{found:?}");
    let chars: Vec<char> = text.chars().collect();
    let words = |r: &Value| -> String {
        let span = r["span"].as_array().unwrap();
        let (a, b) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        chars[a..b].iter().collect()
    };
    assert_eq!(words(&found[0]), "26 \"criminels armés\" avaient été tués");
    assert_eq!(words(&found[1]), "18 blessés");
    assert_eq!(found[0]["metric"], "deaths");
    assert_eq!(found[0]["qualifier"], "criminels armés");
    assert_eq!(found[0]["claimant"], "ministère de l'Intérieur");
    assert_eq!(found[0]["said_at"], "2022-01-07");
    assert_eq!(found[1]["metric"], "injured");
    assert_eq!(found[1]["low"], 18);
}

#[test]
fn table_format_shows_the_words() {
    let w = Workdir::new();
    let out = w
        .cmd(&[
            "extract",
            "-",
            "--format",
            "table",
            "--published",
            "2022-01-07",
        ])
        .write_stdin("Russian troops arrived on Thursday, officials said.")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("arrival") && text.contains("2022-01-06"),
        "{text}"
    );
    assert!(text.contains("officials"), "{text}");
}

#[test]
fn a_missing_file_is_one_line_and_exit_1() {
    let w = Workdir::new();
    let err = w.fails(&["extract", "no-such-article.txt"], 1);
    assert!(err.contains("no-such-article.txt"), "{err}");
    let err = w.fails(&["extract", "-", "--lang", "de"], 2);
    assert!(err.contains("--lang"), "{err}");
}

#[test]
fn an_empty_text_gives_no_records() {
    let w = Workdir::new();
    let empty = w.dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    assert_eq!(w.ok(&["extract", empty.to_str().unwrap()]), "");
    assert!(w.untouched());
    let out = w
        .cmd(&["extract", "-"])
        .write_stdin("   \n\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}
