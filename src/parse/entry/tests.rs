//! Quick entry cases beyond the spec files (`tests/spec/<lang>/entries.tsv`
//! holds the entries and what they read as): values given with `--metric`,
//! and qualifier words the spec files cannot spell.

use super::qualifier::qualifier;
use super::*;
use crate::domain::DateSpan;
use crate::lang::{EN, FR};

fn friday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 1, 7).unwrap()
}

#[test]
fn structured_values_follow_the_metric_kind() {
    let v = parse_structured_value("jeudi", Kind::Date, FR, friday()).unwrap();
    assert_eq!(
        v,
        Value::Date(DateSpan::day(NaiveDate::from_ymd_opt(2022, 1, 6).unwrap()))
    );
    let v = parse_structured_value("2022-01-06", Kind::Date, EN, friday()).unwrap();
    assert_eq!(
        v,
        Value::Date(DateSpan::day(NaiveDate::from_ymd_opt(2022, 1, 6).unwrap()))
    );
    assert!(parse_structured_value("lots", Kind::Count, EN, friday()).is_err());
    assert_eq!(
        parse_structured_value("a curfew", Kind::Text, EN, friday()),
        Ok(Value::Text)
    );
}

#[test]
fn a_decomposed_accent_stays_in_its_qualifier_word() {
    // The words are the tokenizer's, which keep a combining accent in its
    // word; a split on non-alphanumerics read "arme s".
    // The value, "26", is the one range taken out.
    let value = std::slice::from_ref(&(0..2));
    assert_eq!(qualifier("26 arme\u{301}s", value, true), "arme\u{301}s");
    assert_eq!(qualifier("26 morts d'Almaty", value, true), "morts almaty");
}

#[test]
fn extraction_clauses_are_cut_as_before_and_entries_more_finely() {
    // Extraction reads "dont 103" as a breakdown inside its clause; quick
    // entry gives the breakdown a fragment of its own.
    let lexicon = Lexicon::builtin();
    let text = "164 tués dont 103 à Almaty";
    let pieces =
        |ranges: Vec<Range<usize>>| -> Vec<&str> { ranges.into_iter().map(|r| &text[r]).collect() };
    assert_eq!(pieces(split_fragments(text, FR, &lexicon)), [text]);
    assert_eq!(
        pieces(split::split_entry(text, FR, &lexicon)),
        ["164 tués", "dont 103 à Almaty"]
    );
    // An opening "un" counts only in an entry.
    assert!(parse_fragment("un mort", FR, &lexicon, friday()).is_err());
}

#[test]
fn a_basis_matches_either_apostrophe_and_keeps_its_words() {
    let lexicon = Lexicon::builtin();
    for text in [
        "12 400 dans des centres d'accueil",
        "12 400 dans des centres d’accueil",
    ] {
        let claims = parse_entry(text, FR, &lexicon, friday()).unwrap();
        assert_eq!(claims[0].metric.as_deref(), Some("displaced"), "{text}");
        assert!(claims[0].qualifier.contains("centres"), "{text}");
    }
}

#[test]
fn another_borrows_the_qualifier_only_when_it_names_no_one() {
    let lexicon = Lexicon::builtin();
    let claims = parse_entry(
        "two soldiers killed and another civilian wounded",
        EN,
        &lexicon,
        friday(),
    )
    .unwrap();
    assert_eq!(claims[1].qualifier, "civilian");
    let claims = parse_entry(
        "two soldiers killed, another wounded",
        EN,
        &lexicon,
        friday(),
    )
    .unwrap();
    assert_eq!(claims[1].qualifier, "soldiers");
}
