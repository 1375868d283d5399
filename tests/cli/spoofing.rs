//! Spoofing and injection: control characters, bidirectional overrides and
//! invisible characters are refused on the way in (every flag, every
//! imported field), shown escaped on the way out (tables, Markdown, SVG,
//! stderr), and ClaimReview JSON-LD is safe inside an HTML script element.

use crate::workdir::Workdir;
use claimlog::store::names::alias_key;
use serde_json::Value;

/// What must never reach a terminal raw.
const RAW: &[char] = &['\0', '\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\u{2066}'];

fn assert_inert(what: &str, out: &str) {
    for ch in RAW {
        assert!(!out.contains(*ch), "{what}: raw {ch:?} in {out:?}");
    }
}

/// Runs a command that must be refused, checks the message names `field`
/// and `code`, echoes nothing raw, and that nothing was written.
fn refused(w: &Workdir, args: &[&str], field: &str, code: &str) {
    let before = w.snapshot();
    let err = w.fails(args, 1);
    assert!(
        err.starts_with(&format!("claimlog: {field}: ")),
        "{args:?}: {err}"
    );
    assert!(err.contains(code), "{args:?}: {err}");
    assert_inert("stderr", &err);
    assert_eq!(w.snapshot(), before, "{args:?} wrote something");
}

fn one_claim() -> Workdir {
    let w = Workdir::with_event();
    w.ok(&[
        "add",
        "kz",
        "26 dead",
        "--source",
        "AFP",
        "--by",
        "Ministry",
        "--said",
        "2022-01-07",
    ]);
    w
}

#[test]
fn every_stored_flag_refuses_controls_naming_the_flag_and_the_character() {
    let w = one_claim();
    let esc = "AF\u{1b}[31mP";
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["add", "kz", "26 dead", "--source", esc],
            "--source",
            "U+001B ESCAPE",
        ),
        (&["add", "kz", "26 dead\u{7}"], "TEXT", "U+0007 BELL"),
        (
            &["add", "kz", "26 dead", "--by", "Minis\u{202e}try"],
            "--by",
            "U+202E",
        ),
        (
            &["add", "kz", "26 dead", "--qualifier", "arm\u{200b}ed"],
            "--qualifier",
            "U+200B",
        ),
        (
            &["add", "kz", "26 dead", "--quote", "x\u{1b}]0;owned\u{7}"],
            "--quote",
            "U+001B",
        ),
        (
            &["add", "kz", "26 dead", "--note", "\u{9b}2J"],
            "--note",
            "U+009B",
        ),
        (
            &["add", "kz", "26 dead", "--tag", "a\u{2066}b"],
            "--tag",
            "U+2066",
        ),
        (
            &["add", "kz", "26 dead", "--url", "javascript:alert(1)"],
            "--url",
            "not a web link",
        ),
        (
            &["add", "kz", "--metric", "deaths", "--value", "2\u{feff}6"],
            "--value",
            "U+FEFF",
        ),
        (&["edit", "1", "--source", esc], "--source", "U+001B"),
        (
            &["edit", "1", "--unit", "pe\u{ad}ople"],
            "--unit",
            "U+00AD SOFT HYPHEN",
        ),
        (
            &["edit", "1", "--url", "data:text/html,x"],
            "--url",
            "not a web link",
        ),
        (
            &["retract", "1", "--reason", "oops\u{1b}[2J"],
            "--reason",
            "U+001B",
        ),
        (
            &["retract", "1", "--reason", "r", "--by", "A\u{200d}B"],
            "--by",
            "U+200D",
        ),
        (&["correct", "1", "30\u{1b}"], "VALUE", "U+001B"),
        (
            &["correct", "1", "30", "--note", "\u{7f}"],
            "--note",
            "U+007F DELETE",
        ),
        (
            &["event", "add", "kz2", "--title", "K\u{1b}Z"],
            "--title",
            "U+001B",
        ),
        (&["source", "add", esc], "NAME", "U+001B"),
        (
            &["source", "add", "AFP", "--alias", "A\u{200b}FP"],
            "--alias",
            "U+200B",
        ),
        (
            &["source", "add", "BBC", "--url", "javascript:x"],
            "--url",
            "not a web link",
        ),
        (&["claimant", "add", "\u{202e}Ministry"], "NAME", "U+202E"),
        (&["metric", "add", "hom\u{1b}es"], "NAME", "U+001B"),
        (
            &["metric", "add", "homes", "--alias", "ho\u{200c}mes"],
            "--alias",
            "U+200C",
        ),
    ];
    for (args, field, code) in cases {
        refused(&w, args, field, code);
    }
    // Only quote and note keep tabs and line breaks.
    refused(
        &w,
        &["add", "kz", "26 dead", "--qualifier", "a\nb"],
        "--qualifier",
        "only in quote and note",
    );
    refused(
        &w,
        &["add", "kz", "26 dead", "--source", "A\tB"],
        "--source",
        "U+0009 TAB",
    );
    refused(
        &w,
        &["add", "kz", "26 dead", "--quote", "a\r\nb"],
        "--quote",
        "U+000D",
    );
}

#[test]
fn a_refused_name_leaves_no_new_database() {
    for args in [
        &["source", "add", "A\u{1b}B"][..],
        &["metric", "add", "x", "--alias", "\u{7}"][..],
        &["event", "add", "kz", "--note", "\u{1b}"][..],
    ] {
        let w = Workdir::new();
        w.fails(args, 1);
        assert!(w.untouched(), "{args:?} created the database");
    }
}

#[test]
fn quotes_and_notes_keep_tabs_and_line_breaks_shown_escaped() {
    let w = Workdir::with_event();
    let quote = "line one\nline\ttwo";
    w.ok(&[
        "add", "kz", "26 dead", "--source", "AFP", "--quote", quote, "--note", "a\tb",
    ]);
    let json = w.json(&["show", "1"]);
    assert_eq!(json["quote"], quote);
    assert_eq!(json["note"], "a\tb");
    let table = w.ok(&["show", "1"]);
    assert!(table.contains("line one\\nline\\ttwo"), "{table}");
    assert!(!table.contains('\t'), "{table}");
    let md = w.ok(&["show", "1", "--format", "markdown"]);
    assert!(md.contains("line one\\\\nline\\\\ttwo"), "{md}");
    // Text that scripts need is kept as is: a Persian zero-width non-joiner.
    w.ok(&["add", "kz", "27 dead", "--quote", "می\u{200c}خواهم"]);
    assert_eq!(w.json(&["show", "2"])["quote"], "می\u{200c}خواهم");
}

#[test]
fn import_names_the_file_the_line_and_the_field() {
    let w = Workdir::with_event();
    let csv = w.dir.path().join("claims.csv");
    std::fs::write(
        &csv,
        "event,metric,value,source,quote,qualifier\n\
         kz,deaths,26,AFP,\"two\nlines\",\n\
         kz,deaths,27,AF\0P,,\n\
         kz,deaths,28,AFP,\"x\u{1b}[2Jy\",\n\
         kz,deaths,29,AFP,,\"a\nb\"\n",
    )
    .unwrap();
    let path = csv.to_str().unwrap();
    let before = w.snapshot();
    let err = w.fails(&["import", path], 1);
    assert!(
        err.contains("claims.csv:4: source: character 3 is U+0000 NUL"),
        "{err}"
    );
    assert_inert("stderr", &err);
    assert_eq!(w.snapshot(), before);
    // A dry run lists every bad row, each naming its field.
    let out = w.cmd(&["import", path, "--dry-run"]).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_inert("dry run", &err);
    for line in [
        "4: source: ",
        "5: quote: character 2 is U+001B",
        "6: qualifier: ",
    ] {
        assert!(err.contains(&format!("claims.csv:{line}")), "{line}: {err}");
    }
    assert!(err.contains("3 of 4 rows are bad"), "{err}");

    let jsonl = w.dir.path().join("claims.jsonl");
    let rows = [
        r#"{"event":"kz","metric":"deaths","value":"26","claimant":"Minis\u202etry"}"#,
        r#"{"event":"kz","metric":"deaths","value":"26","url":"javascript:alert(1)"}"#,
        r#"{"event":"kz","metric":"deaths","value":"26","k\u001b[31m":"x"}"#,
    ];
    for (row, want) in rows.iter().zip([
        "claims.jsonl:1: claimant: character 6 is U+202E",
        "claims.jsonl:1: url: 'javascript:alert(1)' is not a web link",
        "claims.jsonl:1: record: unknown key 'k\\u{1B}[31m'",
    ]) {
        std::fs::write(&jsonl, format!("{row}\n")).unwrap();
        let err = w.fails(&["import", jsonl.to_str().unwrap()], 1);
        assert!(err.contains(want), "{want}: {err}");
        assert_inert("stderr", &err);
    }
    assert_eq!(w.snapshot(), before);
}

/// Opens the database directly, as an older claimlog (or another tool)
/// might have left it.
fn sqlite(w: &Workdir) -> rusqlite::Connection {
    rusqlite::Connection::open(w.db()).unwrap()
}

/// Gives a source or claimant a name no claimlog would store now, with
/// its lookup key, as an older version would have recorded it.
fn plant_name(w: &Workdir, table: &str, old: &str, new: &str) {
    let conn = sqlite(w);
    let key = if table == "sources" {
        "source_id"
    } else {
        "claimant_id"
    };
    let aliases = format!("{}_aliases", table.trim_end_matches('s'));
    conn.execute(
        &format!("UPDATE {table} SET name = ?2 WHERE name = ?1"),
        [old, new],
    )
    .unwrap();
    conn.execute(
        &format!(
            "UPDATE {aliases} SET alias = ?2, key = ?3 WHERE alias = ?1 AND {key} IS NOT NULL"
        ),
        [old, new, &alias_key(new)],
    )
    .unwrap();
}

/// Two conflicting claims whose names hold controls, an OSC window title,
/// a bidirectional override and NUL, as an older database may.
fn hostile_database() -> Workdir {
    let w = one_claim();
    w.ok(&[
        "add",
        "kz",
        "40 dead",
        "--source",
        "Reuters",
        "--by",
        "Hospital",
        "--said",
        "2022-01-07",
    ]);
    plant_name(&w, "sources", "AFP", "AF\0P");
    plant_name(
        &w,
        "claimants",
        "Ministry",
        "\u{1b}[31mMinistry\u{1b}]0;owned\u{7}",
    );
    let conn = sqlite(&w);
    conn.execute_batch(
        "UPDATE claims SET qualifier = 'x' || char(8238) || 'y', \
                           quote = 'q' || char(7) || char(155) || '2J'; \
         UPDATE events SET title = 'K' || char(27) || '[2J';",
    )
    .unwrap();
    w
}

#[test]
fn names_an_older_database_holds_are_shown_escaped() {
    let w = hostile_database();
    let reads: &[&[&str]] = &[
        &["list"],
        &["show", "1"],
        &["timeline", "kz"],
        &["summary", "kz"],
        &["compare", "kz"],
        &["conflicts", "kz"],
        &["event", "list"],
        &["source", "list"],
        &["claimant", "list"],
    ];
    for args in reads {
        for format in ["table", "markdown"] {
            let mut all = args.to_vec();
            all.extend(["--format", format]);
            let out = w.ok(&all);
            assert_inert(&format!("{all:?}"), &out);
        }
    }
    let list = w.ok(&["list"]);
    assert!(list.contains("AF\\u{0}P"), "{list}");
    assert!(
        list.contains("\\u{1B}[31mMinistry\\u{1B}]0;owned\\u{7}"),
        "{list}"
    );
    assert!(list.contains("x\\u{202E}y"), "{list}");
    assert!(w.ok(&["show", "1"]).contains("q\\u{7}\\u{9B}2J"));
    // JSON stays faithful data (serde writes C0 controls as \u escapes).
    let json = w.json(&["list"]);
    assert_eq!(json[0]["source"], "AF\0P");
    assert_eq!(json[0]["qualifier"], "x\u{202e}y");
    // An error quoting input never carries it raw.
    let err = w.fails(&["list", "--source", "X\u{1b}]0;t\u{7}\u{202e}"], 1);
    assert!(
        err.contains("no source 'X\\u{1B}]0;t\\u{7}\\u{202E}'"),
        "{err}"
    );
    assert_inert("stderr", &err);
    let err = w.fails(&["list", "--format", "t\u{202e}able"], 2);
    assert_inert("usage error", &err);
}

#[test]
fn an_older_claim_can_still_be_mended_retracted_and_removed() {
    let w = hostile_database();
    // Only what a change brings is checked: the planted names stay until
    // replaced, and a new bad one is still refused.
    w.ok(&["edit", "1", "--note", "checked"]);
    w.ok(&["edit", "1", "--qualifier", "security forces"]);
    refused(&w, &["edit", "1", "--quote", "\u{1b}"], "--quote", "U+001B");
    w.ok(&["retract", "2", "--reason", "withdrawn"]);
    w.ok(&["rm", "1"]);
    w.ok(&["restore", "1"]);
    let json = w.json(&["show", "1"]);
    assert_eq!(json["qualifier"], "security forces");
    assert_eq!(json["source"], "AF\0P");
}

#[test]
fn tables_on_a_terminal_stay_aligned() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` to give the binary a terminal");
        return;
    }
    let w = hostile_database();
    let bin = assert_cmd::cargo::cargo_bin("claimlog");
    // A pseudo-terminal 90 columns wide: comfy-table fits the table to it.
    let run = std::process::Command::new("script")
        .current_dir(w.dir.path())
        .env("CLAIMLOG_DB", w.db())
        .env("NO_COLOR", "1")
        .args(["-qec"])
        .arg(format!(
            "stty cols 90 rows 50; exec '{}' list",
            bin.display()
        ))
        .arg("/dev/null")
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    let screen = String::from_utf8(run.stdout).unwrap().replace('\r', "");
    assert_inert("terminal", &screen);
    let lines: Vec<&str> = screen
        .lines()
        .filter(|l| l.starts_with(['┌', '│', '╞', '└', '├']))
        .collect();
    assert!(lines.len() >= 6, "{screen}");
    let widths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    assert!(
        widths.iter().all(|n| *n == widths[0]),
        "{widths:?}\n{screen}"
    );
    assert!(widths[0] <= 90, "not fitted to the terminal:\n{screen}");
    assert!(screen.contains("\\u{"), "{screen}");
}

#[test]
fn claimreview_is_safe_inside_a_script_element() {
    let w = one_claim();
    w.ok(&[
        "add",
        "kz",
        "30 dead",
        "--source",
        "BBC",
        "--url",
        "https://example.org/a?b=1&c=2",
    ]);
    plant_name(
        &w,
        "claimants",
        "Ministry",
        "</script><script>alert(1)</script>",
    );
    sqlite(&w)
        .execute(
            "UPDATE claims SET url = 'javascript:alert(1)' WHERE id = 1",
            [],
        )
        .unwrap();
    let out = w.ok(&["export", "--format", "claimreview"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    for line in &lines {
        for raw in ['<', '>', '&'] {
            assert!(!line.contains(raw), "{raw} in {line}");
        }
    }
    let first: Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(
        first["author"]["name"],
        "</script><script>alert(1)</script>"
    );
    assert!(first["appearance"].get("url").is_none(), "{first}");
    let second: Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(second["appearance"]["url"], "https://example.org/a?b=1&c=2");
}

/// Every text node of an SVG, parsed by a real XML parser.
fn svg_texts(svg: &str) -> String {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}:\n{svg}"));
    doc.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn charts_are_well_formed_xml_and_show_names_as_text() {
    let w = Workdir::with_event();
    let markup = "<i>&\"]]>";
    for (value, by) in [
        ("26 dead", markup),
        ("40 dead", "Hospital"),
        ("30 dead", "UN"),
    ] {
        w.ok(&["add", "kz", value, "--by", by, "--said", "2022-01-07"]);
    }
    let texts = svg_texts(&w.ok(&["chart", "kz", "--metric", "deaths", "-o", "-"]));
    assert!(texts.lines().any(|l| l == markup), "{texts}");
    // Controls in names, as an older database may hold them.
    plant_name(&w, "claimants", "Hospital", "H\u{1b}[31m\0");
    sqlite(&w)
        .execute(
            "UPDATE claims SET qualifier = 'a' || char(7) WHERE id = 3",
            [],
        )
        .unwrap();
    let svg = w.ok(&["chart", "kz", "--metric", "deaths", "-o", "-"]);
    let texts = svg_texts(&svg);
    assert!(texts.lines().any(|l| l == "H\\u{1B}[31m\\u{0}"), "{texts}");
    assert!(texts.contains("a\\u{7} — UN"), "{texts}");
    assert!(texts.lines().any(|l| l == markup), "{texts}");
    assert_inert("svg", &svg);
}
