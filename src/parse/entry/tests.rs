//! Quick entry cases beyond the spec files (`tests/spec/<lang>/entries.tsv`
//! holds the entries and what they read as): values given with `--metric`,
//! and qualifier words the spec files cannot spell.

use super::qualifier::qualifier;
use super::*;
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
    assert_eq!(qualifier("26 arme\u{301}s", value), "arme\u{301}s");
    assert_eq!(qualifier("26 morts d'Almaty", value), "morts almaty");
}
