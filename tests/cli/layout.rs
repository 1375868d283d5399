//! Tables that fit a width, and `--columns`: a forced `--width` stands in
//! for a terminal; without it, a pipe gets every column, one line per row.

use crate::workdir::Workdir;
use std::path::PathBuf;

const EVENT: &str = "kz-unrest-2022";

fn samples() -> Workdir {
    let w = Workdir::new();
    let csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/kz-unrest-2022.csv");
    w.ok(&["import", csv.to_str().unwrap()]);
    w
}

fn widest(out: &str) -> usize {
    out.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[test]
fn a_forced_width_fits_every_report_and_names_what_it_hid() {
    let w = samples();
    for args in [
        vec!["list", EVENT],
        vec!["timeline", EVENT],
        vec!["summary", EVENT],
        vec!["compare", EVENT],
        vec!["conflicts", EVENT],
    ] {
        let whole = w.ok(&args);
        let mut narrow = args.clone();
        narrow.extend(["--width", "100"]);
        let fitted = w.ok(&narrow);
        assert!(widest(&whole) > 100, "{args:?} was already narrow");
        let table: Vec<&str> = fitted
            .lines()
            .filter(|l| l.starts_with(['┌', '│', '╞', '├', '└']))
            .collect();
        assert!(
            table.iter().all(|l| l.chars().count() <= 100),
            "{args:?}\n{fitted}"
        );
    }
    // The claim list drops its quote first and says so; the figure, the
    // source and the claimant stay.
    let list = w.ok(&["list", EVENT, "--width", "100"]);
    let header = list.lines().nth(1).unwrap();
    assert!(!header.contains("as said"), "{list}");
    for kept in ["value", "as of", "source", "claimant"] {
        assert!(header.contains(kept), "{kept}\n{list}");
    }
    assert!(
        list.lines()
            .last()
            .unwrap()
            .starts_with("(hidden to fit 100 columns: as said"),
        "{list}"
    );
}

#[test]
fn without_a_width_a_pipe_gets_every_column() {
    let w = samples();
    let list = w.ok(&["list", EVENT]);
    assert!(
        list.contains("as said") && !list.contains("hidden"),
        "{list}"
    );
    // A COLUMNS a shell exported does not narrow a pipe.
    let out = w
        .cmd(&["list", EVENT])
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), list);
}

#[test]
fn columns_choose_and_order_the_columns() {
    let w = samples();
    let out = w.ok(&["list", EVENT, "--columns", "value,claimant", "--limit", "2"]);
    let header = out.lines().nth(1).unwrap();
    let cells: Vec<&str> = header.split(['│', '┆']).map(str::trim).collect();
    assert_eq!(cells, ["", "value", "claimant", ""], "{out}");
    let md = w.ok(&[
        "timeline",
        EVENT,
        "--metric",
        "deaths",
        "--columns",
        "as of,value,source",
        "--format",
        "markdown",
    ]);
    assert!(
        md.starts_with("| as of | value | source |\n|---|---|---|\n"),
        "{md}"
    );
    let summary = w.ok(&["summary", EVENT, "--columns", "scope,best"]);
    assert!(
        summary.lines().nth(1).unwrap().contains("best"),
        "{summary}"
    );
    assert!(!summary.contains("claimants"), "{summary}");
    // The reader's choice is kept whole, even at a width.
    let chosen = w.ok(&["list", EVENT, "--columns", "as said", "--width", "40"]);
    assert!(!chosen.contains("hidden"), "{chosen}");
    // CSV stays whole data.
    let csv = w.ok(&["timeline", EVENT, "--columns", "value", "--format", "csv"]);
    assert!(csv.starts_with("as of,scope,"), "{csv}");
}

#[test]
fn an_unknown_column_is_one_line_listing_the_known_ones() {
    let w = samples();
    let err = w.fails(&["list", EVENT, "--columns", "value,figure"], 1);
    assert_eq!(
        err,
        "claimlog: --columns: no column \"figure\"; known: #, event, metric, qualifier, value, as said, as of, source, claimant, status\n"
    );
    let err = w.fails(&["conflicts", EVENT, "--columns", "nope"], 1);
    assert!(err.contains("known: kind, metric, a, b, gap"), "{err}");
}

#[test]
fn compact_markdown_compare_has_a_row_per_claimant_and_footnoted_sources() {
    let w = samples();
    let md = w.ok(&[
        "compare",
        EVENT,
        "--metric",
        "deaths",
        "--as-of",
        "2022-01-07",
        "--format",
        "markdown",
        "--compact",
    ]);
    let lines: Vec<&str> = md.lines().collect();
    assert_eq!(lines[0], "| figure | scope | claimant | date |", "{md}");
    // The wire figure relayed by ten outlets is one row and one footnote.
    let row = lines
        .iter()
        .find(|l| l.contains("deaths (armed criminals) | Interior Ministry"))
        .unwrap_or_else(|| panic!("{md}"));
    assert!(row.starts_with("| 26[^"), "{row}");
    assert!(row.ends_with("| 2022-01-07 |"), "{row}");
    let n: String = row[6..].chars().take_while(char::is_ascii_digit).collect();
    let note = lines
        .iter()
        .find(|l| l.starts_with(&format!("[^{n}]: ")))
        .unwrap_or_else(|| panic!("no note {n}\n{md}"));
    assert!(note.contains("AFP") && note.contains("Reuters"), "{note}");
    // Every footnote cited is defined once, and numbered from 1.
    let defined = lines.iter().filter(|l| l.starts_with("[^")).count();
    assert!(defined >= 1 && md.contains("[^1]: "), "{md}");
    // One scope: no scope column.
    let one = w.ok(&[
        "compare",
        EVENT,
        "--metric",
        "detained",
        "--format",
        "markdown",
        "--compact",
    ]);
    assert!(
        one.starts_with("| figure | claimant | date |\n|---|---|---|\n"),
        "{one}"
    );
    // Not a table flag.
    let err = w.fails(&["compare", EVENT, "--compact"], 1);
    assert!(
        err.contains("--compact: only with --format markdown"),
        "{err}"
    );
}
