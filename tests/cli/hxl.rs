//! `export --format hxl`: the interchange CSV with a row of HXL hashtags,
//! checked against the core hashtags of the HXL dictionary, read back by
//! `import` whole, and refused when a figure column disagrees with the
//! claim's own figure.

use crate::workdir::Workdir;
use std::path::PathBuf;

/// The core hashtags of the HXL 1.1 dictionary (hxlstandard.org).
const HXL_CORE: &[&str] = &[
    "access",
    "activity",
    "adm1",
    "adm2",
    "adm3",
    "adm4",
    "adm5",
    "affected",
    "beneficiary",
    "capacity",
    "cause",
    "channel",
    "contact",
    "country",
    "crisis",
    "currency",
    "date",
    "delivery",
    "description",
    "event",
    "frequency",
    "geo",
    "group",
    "impact",
    "indicator",
    "inneed",
    "item",
    "loc",
    "meta",
    "modality",
    "need",
    "operations",
    "org",
    "output",
    "population",
    "position",
    "reached",
    "region",
    "respondee",
    "sector",
    "service",
    "severity",
    "status",
    "subsector",
    "targeted",
    "value",
];

fn samples() -> Workdir {
    let w = Workdir::new();
    let csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/kz-unrest-2022.csv");
    w.ok(&["import", csv.to_str().unwrap()]);
    w
}

/// Rows of a CSV text, split by the csv reader.
fn rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn every_hashtag_is_a_core_one_and_figures_sit_under_affected() {
    let w = samples();
    let text = w.ok(&["export", "--format", "hxl"]);
    let rows = rows(&text);
    let (header, tags) = (&rows[0], &rows[1]);
    assert_eq!(header.len(), tags.len());
    for tag in tags {
        let hashtag = tag
            .strip_prefix('#')
            .and_then(|t| t.split('+').next())
            .unwrap();
        assert!(HXL_CORE.contains(&hashtag), "{tag} is no core hashtag");
    }
    let tag_of = |column: &str| {
        let at = header.iter().position(|h| h == column).unwrap();
        tags[at].as_str()
    };
    assert_eq!(tag_of("deaths_low"), "#affected+killed+min");
    assert_eq!(tag_of("deaths_high"), "#affected+killed+max");
    assert_eq!(tag_of("injured_low"), "#affected+injured+min");
    assert_eq!(tag_of("missing_high"), "#affected+missing+max");
    assert_eq!(tag_of("displaced_low"), "#affected+idps+min");
    assert_eq!(tag_of("said_at"), "#date+reported");
    assert_eq!(tag_of("as_of"), "#date+occurred");
    assert_eq!(tag_of("source"), "#meta+source");
    assert_eq!(tag_of("url"), "#meta+url");
    assert_eq!(tag_of("id"), "#meta+id");
    // The Interior Ministry's 26 dead fill the killed columns, and only
    // those; the injured figures fill the injured ones.
    let at = |column: &str| header.iter().position(|h| h == column).unwrap();
    let deaths_26 = rows[2..]
        .iter()
        .find(|r| r[at("metric")] == "deaths" && r[at("low")] == "26")
        .unwrap();
    assert_eq!(deaths_26[at("deaths_low")], "26");
    assert_eq!(deaths_26[at("injured_low")], "");
    let injured = rows[2..]
        .iter()
        .find(|r| r[at("metric")] == "injured")
        .unwrap();
    assert_eq!(injured[at("injured_low")], injured[at("low")]);
    assert_eq!(injured[at("deaths_low")], "");
}

#[test]
fn an_hxl_export_imports_back_whole() {
    let w = samples();
    w.ok(&[
        "retract",
        "9",
        "--reason",
        "wrong briefing",
        "--said",
        "2022-01-08",
    ]);
    let file = w.dir.path().join("kz-hxl.csv");
    w.ok(&["export", "--format", "hxl", "-o", file.to_str().unwrap()]);
    let other = Workdir::new();
    other.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(
        other.ok(&["export", "--format", "csv"]),
        w.ok(&["export", "--format", "csv"]),
        "the same records back, the hashtag row read as no claim"
    );
    // Again: nothing new.
    let again = other.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(other.count(), w.count(), "{again}");
}

#[test]
fn a_figure_column_edited_alone_is_refused_by_line() {
    let w = samples();
    let text = w.ok(&["export", "--format", "hxl"]);
    let rows = rows(&text);
    let at = |column: &str| rows[0].iter().position(|h| h == column).unwrap();
    // Row n is on line n + 1 (header, hashtags, then the claims).
    let mut edited = rows.clone();
    let n = (2..rows.len())
        .find(|&i| rows[i][at("metric")] == "deaths" && !rows[i][at("low")].is_empty())
        .unwrap();
    edited[n][at("deaths_low")] = "999".into();
    let mut out = csv::Writer::from_writer(Vec::new());
    for row in &edited {
        out.write_record(row).unwrap();
    }
    let file = w.dir.path().join("edited.csv");
    std::fs::write(&file, out.into_inner().unwrap()).unwrap();
    let other = Workdir::new();
    let err = other.fails(&["import", file.to_str().unwrap()], 1);
    assert!(err.contains(&format!("edited.csv:{}", n + 1)), "{err}");
    assert!(err.contains("deaths_low: 999 disagrees with low"), "{err}");
    assert!(other.untouched() || other.count() == 0, "nothing written");
}

#[test]
fn only_export_writes_hxl() {
    let w = samples();
    let err = w.fails(&["list", "--format", "hxl"], 1);
    assert!(err.contains("only `claimlog export` writes HXL"), "{err}");
}

#[test]
fn a_sheets_empty_rows_are_no_rows_and_a_metric_is_never_a_tag() {
    let w = Workdir::new();
    let file = w.dir.path().join("sheet.csv");
    std::fs::write(
        &file,
        "event,metric,value,said_at\n,,,\nkz,deaths,9,2022-01-05\n ,,, \n",
    )
    .unwrap();
    w.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(w.count(), 1);
    // A metric named like a tag, markup or a formula is refused, so the
    // hashtag row can always be told from data.
    for name in ["#indicator+name", "<b>x</b>", "=1+1", "x;y"] {
        std::fs::write(
            &file,
            format!("event,metric,kind,value,said_at\nkz,{name},count,9,2022-01-05\n"),
        )
        .unwrap();
        let err = w.fails(&["import", file.to_str().unwrap()], 1);
        assert!(err.contains("metric names are one word"), "{name}: {err}");
    }
    assert_eq!(w.count(), 1);
}
