//! Import refuses what it would otherwise keep wrong without a word:
//! duplicated columns and keys, JSON values of the wrong type, tags holding
//! `;`, ids that could never be looked up; its messages name the real
//! cause (an unclosed quote), and a dry run lists every bad line.

use crate::workdir::Workdir;

/// Writes `text` as `name` in the work directory.
fn file(w: &Workdir, name: &str, text: &[u8]) {
    std::fs::write(w.dir.path().join(name), text).unwrap();
}

/// Imports `name`, which must fail saying `says`, writing nothing.
fn refused(w: &Workdir, name: &str, says: &str) {
    let before = w.snapshot();
    let err = w.fails(&["import", name], 1);
    assert!(err.contains(says), "{name}: {err}");
    assert_eq!(w.snapshot(), before, "{name} changed the database");
}

#[test]
fn duplicated_columns_and_keys_are_refused() {
    let w = Workdir::with_event();
    file(
        &w,
        "dup.csv",
        b"event,metric,value,source,source\nkz,deaths,26,AFP,Reuters\n",
    );
    refused(&w, "dup.csv", "dup.csv:1: duplicated column 'source'");
    file(
        &w,
        "dup.jsonl",
        br#"{"event":"kz","metric":"deaths","value":"26"}
{"event":"kz","metric":"deaths","value":"26","source":"AFP","source":"Reuters"}
"#,
    );
    refused(&w, "dup.jsonl", "dup.jsonl:2: duplicated key 'source'");
    file(
        &w,
        "dup.json",
        br#"[{"event":"kz","metric":"deaths","value":"26","value":"27"}]"#,
    );
    refused(&w, "dup.json", "dup.json:1: duplicated key 'value'");
    assert_eq!(w.count(), 0);
}

#[test]
fn json_values_of_the_wrong_type_are_refused_with_the_field() {
    let w = Workdir::with_event();
    for (line, says) in [
        (r#""source":["AFP","Reuters"]"#, "source: holds an array"),
        (r#""claimant":{"name":"x"}"#, "claimant: holds an object"),
        (r#""qualifier":true"#, "qualifier: holds true/false"),
        (r#""source":12"#, "source: holds a number"),
        (r#""tags":[1,2]"#, "tags: holds a number in its array"),
        (r#""tags":["a;b"]"#, "tags: tag 'a;b' holds ';'"),
    ] {
        let text = format!("{{\"event\":\"kz\",\"metric\":\"deaths\",\"value\":\"26\",{line}}}\n");
        file(&w, "bad.jsonl", text.as_bytes());
        refused(&w, "bad.jsonl", &format!("bad.jsonl:1: {says}"));
    }
    // A number where a figure belongs, a bool for approx, an array of tags.
    file(
        &w,
        "good.jsonl",
        br#"{"event":"kz","metric":"deaths","value":26,"low":26,"high":30,"approx":true,"tags":["official","echo"]}
"#,
    );
    w.ok(&["import", "good.jsonl"]);
    let list = w.json(&["list"]);
    assert_eq!(list[0]["low"], 26);
    assert_eq!(list[0]["high"], 30);
    assert_eq!(list[0]["approx"], true);
    assert_eq!(list[0]["tags"], serde_json::json!(["official", "echo"]));
}

#[test]
fn a_tag_holding_a_semicolon_is_refused_on_every_flag() {
    let w = Workdir::with_event();
    let err = w.fails(&["add", "kz", "26 dead", "--tag", "a;b"], 1);
    assert!(err.contains("tag 'a;b' holds ';'"), "{err}");
    w.ok(&["add", "kz", "26 dead", "--tag", "official"]);
    let before = w.snapshot();
    let err = w.fails(&["edit", "1", "--tag", "x;y"], 1);
    assert!(err.contains("tag 'x;y' holds ';'"), "{err}");
    assert_eq!(w.snapshot(), before);
}

#[test]
fn ids_are_checked_by_characters_and_found_in_any_case() {
    let w = Workdir::with_event();
    file(&w, "hash.csv", b"id,event,metric,value\n#5,kz,deaths,26\n");
    refused(&w, "hash.csv", "hash.csv:2: id: '#5' starts with '#'");
    // 100 characters of two bytes each: an id, though 200 bytes long.
    let long = "é".repeat(100);
    file(
        &w,
        "long.csv",
        format!("id,event,metric,value\n{long},kz,deaths,26\n").as_bytes(),
    );
    w.ok(&["import", "long.csv"]);
    file(
        &w,
        "longer.csv",
        format!("id,event,metric,value\n{long}é,kz,deaths,26\n").as_bytes(),
    );
    refused(&w, "longer.csv", "longer.csv:2: id:");
    let upper = "0190ABCD-0000-7000-8000-00000000000A";
    file(
        &w,
        "upper.csv",
        format!("id,event,metric,value\n{upper},kz,deaths,27\n").as_bytes(),
    );
    w.ok(&["import", "upper.csv"]);
    for reference in [upper, &upper.to_lowercase(), "0190ABCD"] {
        let shown = w.json(&["show", reference]);
        assert_eq!(shown["id"], upper.to_lowercase(), "{reference}: {shown}");
    }
}

#[test]
fn an_unclosed_quote_is_named() {
    let w = Workdir::with_event();
    file(
        &w,
        "open.csv",
        b"event,metric,value,quote,note\nkz,deaths,26,\"He said\nkz,deaths,27,x,y\n",
    );
    refused(
        &w,
        "open.csv",
        "open.csv:2: malformed CSV: a quote opened on this line is never closed",
    );
    // Same with as many fields as the header: it would have been one claim.
    file(
        &w,
        "open2.csv",
        b"event,metric,value,quote\nkz,deaths,26,\"He said\nkz,deaths,27,x\n",
    );
    refused(
        &w,
        "open2.csv",
        "open2.csv:2: malformed CSV: a quote opened on this line is never closed",
    );
    // Quotes that close, escaped ones and a field over two lines are fine.
    file(
        &w,
        "fine.csv",
        b"event,metric,value,quote\nkz,deaths,26,\"5\"\" tall\"\nkz,deaths,27,\"a\nb\"\n",
    );
    w.ok(&["import", "fine.csv"]);
    assert_eq!(w.count(), 2);
}

#[test]
fn a_dry_run_lists_every_line_that_is_not_utf8() {
    let w = Workdir::with_event();
    file(
        &w,
        "mixed.jsonl",
        b"{\"event\":\"kz\",\"metric\":\"deaths\",\"value\":\"26\"}\n\xff\xfe\n{\"event\":\"kz\",\"metric\":\"deaths\",\"value\":\"27\"}\n\xc3\n",
    );
    let out = w
        .cmd(&["import", "mixed.jsonl", "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("mixed.jsonl:2: not UTF-8 text"), "{err}");
    assert!(err.contains("mixed.jsonl:4: not UTF-8 text"), "{err}");
    assert!(err.contains("2 of 4 rows are bad"), "{err}");
    file(
        &w,
        "mixed.csv",
        b"event,metric,value\nkz,deaths,\xff\nkz,deaths,26\nkz,deaths,2\xc3\n",
    );
    let out = w
        .cmd(&["import", "mixed.csv", "--dry-run"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("mixed.csv:2: malformed CSV: not UTF-8 text"),
        "{err}"
    );
    assert!(
        err.contains("mixed.csv:4: malformed CSV: not UTF-8 text"),
        "{err}"
    );
    assert_eq!(w.count(), 0);
}

#[test]
fn supersede_cycles_and_active_corrections_are_refused() {
    let w = Workdir::with_event();
    let header = "id,event,metric,value,status,superseded_by";
    for (rows, says) in [
        (
            "a,kz,deaths,26,superseded,b\nb,kz,deaths,27,superseded,a\n",
            "cycle.csv:2: superseded_by: 'b' leads back to this claim",
        ),
        (
            "a,kz,deaths,26,superseded,b\nb,kz,deaths,27,superseded,c\nc,kz,deaths,28,superseded,a\n",
            "cycle.csv:2: superseded_by: 'b' leads back to this claim",
        ),
        (
            "a,kz,deaths,26,superseded,a\n",
            "cycle.csv:2: superseded_by: 'a' leads back to this claim",
        ),
        (
            "a,kz,deaths,26,active,b\nb,kz,deaths,27,active,\n",
            "cycle.csv:2: superseded_by: an active claim was replaced by nothing",
        ),
    ] {
        file(&w, "cycle.csv", format!("{header}\n{rows}").as_bytes());
        refused(&w, "cycle.csv", says);
    }
    // A chain that ends is a correction history, and imports.
    file(
        &w,
        "chain.csv",
        format!("{header}\na,kz,deaths,26,superseded,b\nb,kz,deaths,27,superseded,c\nc,kz,deaths,28,active,\n").as_bytes(),
    );
    w.ok(&["import", "chain.csv"]);
    assert_eq!(w.count(), 3);
    let out = w.ok(&["check"]);
    assert!(!out.contains("cycle"), "{out}");
}

/// Rows come through a pipe that stays open: a bad row is told at once
/// (not when a batch of rows fills or the pipe closes), and nothing is
/// written.
#[test]
fn a_bad_row_on_an_open_pipe_ends_the_import_at_once() {
    use std::io::Write;
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let w = Workdir::with_event();
    let before = w.snapshot();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("claimlog"))
        .env("CLAIMLOG_DB", w.db())
        .args(["import", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"event,metric,value,source\nkz,deaths,26,AFP\nkz,deaths,lots,AFP\n")
        .unwrap();
    stdin.flush().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "import still waits for the pipe after a bad row"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    drop(stdin);
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(1), "{err}");
    assert!(err.contains("<stdin>:3:"), "{err}");
    assert_eq!(w.snapshot(), before);
}

/// Rows that trickle through a pipe are all imported once it closes.
#[test]
fn rows_trickling_through_a_pipe_are_all_imported() {
    use std::io::Write;
    use std::process::Stdio;
    let w = Workdir::with_event();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("claimlog"))
        .env("CLAIMLOG_DB", w.db())
        .args(["import", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"event,metric,value,source\n").unwrap();
    for i in 0..5 {
        writeln!(stdin, "kz,deaths,{},AFP", 20 + i).unwrap();
        stdin.flush().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    assert_eq!(w.count(), 5);
}
