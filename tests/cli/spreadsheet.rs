//! `import --update`: a log exported to a spreadsheet, edited there and
//! imported back; rows already in the database bring their differences as
//! edits, kept in each claim's history, all or nothing.

use crate::workdir::Workdir;
use std::path::{Path, PathBuf};

fn samples() -> Workdir {
    let w = Workdir::new();
    let csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/kz-unrest-2022.csv");
    w.ok(&["import", csv.to_str().unwrap()]);
    w
}

/// Exports the log as `format`, lets `edit` change its rows (header
/// first), and writes the result to `name`.
fn edited_export(
    w: &Workdir,
    format: &str,
    name: &str,
    edit: impl Fn(&[String], &mut [String]),
) -> PathBuf {
    let text = w.ok(&["export", "--format", format]);
    let mut rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let header = rows[0].clone();
    for row in rows.iter_mut().skip(1) {
        edit(&header, row);
    }
    let mut out = csv::Writer::from_writer(Vec::new());
    for row in &rows {
        out.write_record(row).unwrap();
    }
    let path = w.dir.path().join(name);
    std::fs::write(&path, out.into_inner().unwrap()).unwrap();
    path
}

fn set(header: &[String], row: &mut [String], column: &str, value: &str) {
    let at = header.iter().position(|h| h == column).unwrap();
    row[at] = value.to_string();
}

/// The sheet a desk sends back: claim kz22-004 is 9, not 8, with a note;
/// kz22-006's qualifier is reworded.
fn corrections(header: &[String], row: &mut [String]) {
    match row[0].as_str() {
        "kz22-004" => {
            for column in ["value", "low", "high"] {
                set(header, row, column, "9");
            }
            set(header, row, "note", "checked: 9, not 8");
        }
        "kz22-006" => set(header, row, "qualifier", "attackers"),
        _ => {}
    }
}

fn value_of(w: &Workdir, id: &str) -> String {
    w.json(&["show", id])["value"].as_str().unwrap().to_string()
}

fn file(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn a_sheet_comes_back_as_edits_with_history() {
    let w = samples();
    let sheet = edited_export(&w, "csv", "sheet.csv", corrections);
    // Without --update the rows already there are left as they are.
    w.ok(&["import", file(&sheet)]);
    assert_eq!(value_of(&w, "kz22-004"), "8");
    // A dry run lists each edit and writes nothing.
    let before = w.snapshot();
    // (`--format csv` names the input's format, and the listing's.)
    let dry = w.ok(&[
        "import",
        file(&sheet),
        "--update",
        "--dry-run",
        "--format",
        "csv",
    ]);
    let edits: Vec<&str> = dry.lines().skip(1).collect();
    assert_eq!(
        edits,
        [
            "4,value,8,9",
            "4,low,8,9",
            "4,high,8,9",
            "4,note,police and National Guard members,\"checked: 9, not 8\"",
            "6,qualifier,rioters,attackers",
        ],
        "{dry}"
    );
    assert_eq!(w.snapshot(), before, "a dry run writes nothing");
    // The update itself.
    let count = w.count();
    let out = w
        .cmd(&["import", file(&sheet), "--update"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let note = String::from_utf8(out.stderr).unwrap();
    assert!(note.contains("2 updated"), "{note}");
    assert_eq!(w.count(), count, "no claim added");
    assert_eq!(value_of(&w, "kz22-004"), "9");
    let shown = w.json(&["show", "kz22-004"]);
    let number = shown["number"].clone();
    assert_eq!(number, 4, "the number stays");
    let last = shown["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "edit");
    assert_eq!(last["detail"]["value"]["from"], "8");
    assert_eq!(last["detail"]["note"]["to"], "checked: 9, not 8");
    // Again: nothing left to change.
    let again = w
        .cmd(&["import", file(&sheet), "--update"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(again.stderr)
            .unwrap()
            .contains("0 updated")
    );
}

#[test]
fn an_hxl_sheet_updates_too() {
    let w = samples();
    let sheet = edited_export(&w, "hxl", "sheet.csv", |header, row| {
        if row[0] == "kz22-004" {
            for column in ["value", "low", "high", "deaths_low", "deaths_high"] {
                set(header, row, column, "9");
            }
        }
    });
    w.ok(&["import", file(&sheet), "--update"]);
    assert_eq!(value_of(&w, "kz22-004"), "9");
}

#[test]
fn one_bad_row_applies_no_edit() {
    let w = samples();
    let sheet = edited_export(&w, "csv", "sheet.csv", |header, row| {
        corrections(header, row);
        if row[0] == "kz22-010" {
            set(header, row, "as_of", "the day after");
        }
    });
    let before = w.snapshot();
    let err = w.fails(&["import", file(&sheet), "--update"], 1);
    assert!(err.contains("sheet.csv:"), "{err}");
    assert_eq!(w.snapshot(), before, "all or nothing");
    assert_eq!(value_of(&w, "kz22-004"), "8");
}

#[test]
fn a_column_left_out_stays_and_a_name_in_another_case_is_no_edit() {
    let w = samples();
    w.ok(&["edit", "kz22-004", "--citing", "Interior Ministry"]);
    let before = w.json(&["show", "kz22-004"]);
    // A sheet of three columns: only the value changes.
    let sheet = w.dir.path().join("narrow.csv");
    std::fs::write(&sheet, "id,value,low,high\nkz22-004,9,9,9\n").unwrap();
    w.ok(&["import", file(&sheet), "--update"]);
    let after = w.json(&["show", "kz22-004"]);
    assert_eq!(after["value"], "9");
    for kept in [
        "source",
        "claimant",
        "citing",
        "qualifier",
        "said_at",
        "url",
        "note",
        "tags",
    ] {
        assert_eq!(after[kept], before[kept], "{kept} stays");
    }
    // The samples' own file has no citing column: it clears nothing.
    let csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/kz-unrest-2022.csv");
    w.ok(&["import", csv.to_str().unwrap(), "--update"]);
    assert_eq!(w.json(&["show", "kz22-004"])["citing"], "Interior Ministry");
    // A source written in lower case is the same source: no edit, twice.
    let text = w.ok(&["export"]).replace(",Khabar 24,", ",khabar 24,");
    let lower = w.dir.path().join("lower.csv");
    std::fs::write(&lower, text).unwrap();
    let history = |w: &Workdir| {
        w.json(&["show", "kz22-004"])["history"]
            .as_array()
            .unwrap()
            .len()
    };
    let edits = history(&w);
    let out = w
        .cmd(&["import", file(&lower), "--update"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stderr).unwrap().contains("0 updated"));
    assert_eq!(history(&w), edits, "no edit recorded");
}

#[test]
fn one_id_on_two_rows_is_refused() {
    let w = samples();
    let sheet = w.dir.path().join("twice.csv");
    std::fs::write(
        &sheet,
        "id,value,low,high\nkz22-004,9,9,9\nKZ22-004,10,10,10\n",
    )
    .unwrap();
    let before = w.snapshot();
    let err = w.fails(&["import", file(&sheet), "--update"], 1);
    assert!(
        err.contains("twice.csv:3: id: 'KZ22-004' is on line 2 too"),
        "{err}"
    );
    assert_eq!(w.snapshot(), before);
}
