//! Values recorded whole or not at all: a figure quick entry cannot read
//! entirely is refused with the fragment named, every way a count comes in
//! (quick entry, `--value`, import `low`/`high`) holds to the same range,
//! and reports stay finite at the largest accepted figure.

use crate::workdir::Workdir;

/// The largest accepted count, 2^53 − 1: the store's numbers hold every
/// whole number exactly up to there.
const MAX: &str = "9007199254740991";

#[test]
fn quick_entry_refuses_a_figure_it_cannot_read_whole() {
    let w = Workdir::with_event();
    for (entry, named) in [
        ("1e400 dead", "'1e400'"),
        ("1e30 dead", "'1e30'"),
        ("0x1A dead", "'0x1A'"),
        ("1_000 dead", "'1_000'"),
        ("-5 dead", "'-5' is negative"),
        ("+5 dead", "'+5'"),
        ("12abc dead", "'12abc'"),
        ("٣ dead", "'٣'"),
        ("1.5.3 dead", "'1.5.3'"),
        ("26 dead, 1,0000 wounded", "cannot read '1,0000 wounded'"),
        ("12345678901234567890 dead", "is too large"),
        ("1/2 dead", "'1/2' reads as 0.5, and a count is whole"),
        ("killed 24/7", "'24/7' joins two figures with a slash"),
        ("26/18 dead", "'26/18'"),
    ] {
        let before = w.snapshot();
        for cmd in ["add", "parse"] {
            let args: Vec<&str> = if cmd == "add" {
                vec!["add", "kz", "--", entry]
            } else {
                vec!["parse", "--", entry]
            };
            let err = w.fails(&args, 1);
            assert!(err.contains(named), "{entry}: {err}");
        }
        assert_eq!(w.snapshot(), before, "{entry} wrote something");
    }
    assert_eq!(w.count(), 0);
}

#[test]
fn valid_forms_still_record_their_figure() {
    let w = Workdir::with_event();
    for (entry, lang, low, high) in [
        ("8,000 dead", "en", 8000.0, 8000.0),
        ("8 000 morts", "fr", 8000.0, 8000.0),
        ("1,5 million de morts", "fr", 1_500_000.0, 1_500_000.0),
        ("20-30 dead", "en", 20.0, 30.0),
        ("3 1/2 thousand displaced", "en", 3500.0, 3500.0),
        ("1½ million displaced", "en", 1_500_000.0, 1_500_000.0),
        ("2.5bn displaced", "en", 2_500_000_000.0, 2_500_000_000.0),
        (
            "9007199254740991 dead",
            "en",
            9_007_199_254_740_991.0,
            9_007_199_254_740_991.0,
        ),
    ] {
        let out = w.json(&["parse", entry, "--lang", lang]);
        let claim = &out[0];
        assert_eq!(claim["low"].as_f64(), Some(low), "{entry}: {out}");
        assert_eq!(claim["high"].as_f64(), Some(high), "{entry}: {out}");
    }
}

#[test]
fn value_flag_holds_to_the_same_range() {
    let w = Workdir::with_event();
    for (value, says) in [
        ("--value=-5", "'-5' is negative"),
        ("--value=1e3", "'1e3' has letters"),
        ("--value=9007199254740992", "is too large"),
        ("--value=at least -5", "'-5' is negative"),
    ] {
        let err = w.fails(&["add", "kz", "--metric", "deaths", value], 1);
        assert!(err.contains(says), "{value}: {err}");
    }
    w.ok(&["add", "kz", "--metric", "deaths", "--value", MAX]);
    assert_eq!(w.count(), 1);
}

#[test]
fn import_refuses_negative_and_oversized_bounds_naming_line_and_field() {
    let w = Workdir::with_event();
    let header = "event,metric,value,low,high";
    for (row, says) in [
        ("kz,deaths,,-5,", "rows.csv:2: low: '-5' is negative"),
        ("kz,deaths,,,-1", "rows.csv:2: high: '-1' is negative"),
        (
            "kz,deaths,,1e300,",
            "rows.csv:2: low: '1e300' is not a number written in plain digits",
        ),
        (
            "kz,deaths,8,+8,8",
            "rows.csv:2: low: '+8' is not a number written in plain digits",
        ),
        (
            "kz,deaths,8,8,1E3",
            "rows.csv:2: high: '1E3' is not a number written in plain digits",
        ),
        (
            "kz,deaths,,9007199254740992,",
            "low: '9007199254740992' is too large",
        ),
        ("kz,deaths,-5,,", "rows.csv:2: value: '-5' is negative"),
        ("kz,deaths,1e30,,", "rows.csv:2: value: '1e30' has letters"),
    ] {
        std::fs::write(w.dir.path().join("rows.csv"), format!("{header}\n{row}\n")).unwrap();
        let err = w.fails(&["import", "rows.csv"], 1);
        assert!(err.contains(says), "{row}: {err}");
    }
    let jsonl = w.dir.path().join("rows.jsonl");
    std::fs::write(
        &jsonl,
        "{\"event\":\"kz\",\"metric\":\"deaths\",\"low\":-3,\"high\":-3}\n",
    )
    .unwrap();
    let err = w.fails(&["import", "rows.jsonl"], 1);
    assert!(err.contains("rows.jsonl:1: low: '-3' is negative"), "{err}");
    assert_eq!(w.count(), 0);
}

#[test]
fn reports_stay_finite_at_the_largest_figures() {
    let w = Workdir::with_event();
    let below = "9007199254740990";
    let csv =
        format!("event,metric,value,source\nkz,deaths,{MAX},AFP\nkz,deaths,{below},Reuters\n");
    std::fs::write(w.dir.path().join("big.csv"), csv).unwrap();
    w.ok(&["import", "big.csv"]);
    let summary = w.json(&["summary", "kz"]);
    let row = &summary[0];
    // Two figures: the lower middle one, a figure someone reported.
    assert_eq!(
        row["best"].as_f64(),
        Some(9_007_199_254_740_990.0),
        "{summary}"
    );
    assert_eq!(
        row["high"].as_f64(),
        Some(9_007_199_254_740_991.0),
        "{summary}"
    );
    let table = w.ok(&["summary", "kz"]);
    assert!(!table.contains("inf") && !table.contains("NaN"), "{table}");
    assert!(table.contains("9,007,199,254,740,990"), "{table}");
}

#[test]
fn a_metric_alias_belongs_to_its_language() {
    let w = Workdir::new();
    // Without a language, a word that names another metric is refused.
    let err = w.fails(&["metric", "add", "victims", "--alias", "killed"], 1);
    assert!(
        err.contains("'killed' already names the metric 'deaths' in English"),
        "{err}"
    );
    w.ok(&[
        "metric", "add", "victims", "--alias", "killed", "--lang", "fr",
    ]);
    let metric = |lang: &str| w.json(&["parse", "26 killed", "--lang", lang])[0]["metric"].clone();
    assert_eq!(metric("en"), "deaths");
    assert_eq!(metric("fr"), "victims");
    // A word of every language clashes with the same word in one language.
    w.ok(&["metric", "add", "homes", "--alias", "maisons"]);
    let err = w.fails(
        &[
            "metric", "add", "houses", "--alias", "maisons", "--lang", "en",
        ],
        1,
    );
    assert!(
        err.contains("'maisons' already names the metric 'homes' in every language"),
        "{err}"
    );
}
