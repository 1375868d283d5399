//! Number and count cases that are more than one reading of one input
//! (the plain ones are spec files, `tests/spec/<lang>/counts.tsv` and
//! `numbers.tsv`), and the helpers the other case file shares.

use super::*;
pub(super) use crate::lang::{EN, FR};

pub(super) fn exact(n: f64) -> Count {
    Count::exact(n)
}

pub(super) fn approx(n: f64) -> Count {
    Count {
        approx: true,
        ..Count::exact(n)
    }
}

pub(super) fn vague(low: f64, high: f64) -> Count {
    Count {
        low: Some(low),
        high: Some(high),
        approx: false,
        vague: true,
    }
}

pub(super) fn bounds(low: Option<f64>, high: Option<f64>) -> Count {
    Count {
        low,
        high,
        approx: false,
        vague: false,
    }
}

/// The text each count covers in `text`, with the count.
pub(super) fn found(text: &str, lang: Lang) -> Vec<(&str, Count)> {
    find_counts(text, lang)
        .into_iter()
        .map(|(c, span)| (&text[span], c))
        .collect()
}

// --- the value table, row by row, in both languages

#[test]
fn thousands_separators_by_language() {
    assert_eq!(parse_number("12 000", FR), Some(12_000.0));
    assert_eq!(
        parse_number("1\u{202f}500\u{202f}000", FR),
        Some(1_500_000.0)
    );
    assert_eq!(parse_number("8,000.5", EN), Some(8000.5));
}

#[test]
fn decimal_comma_in_french_and_point_in_english() {
    assert_eq!(parse_number("26,5", FR), Some(26.5));
    assert_eq!(parse_number("26.5", EN), Some(26.5));
    assert_eq!(parse_number("1 500,25", FR), Some(1500.25));
    // An English comma not followed by exactly three digits is no separator.
    assert_eq!(parse_number("26,5", EN), None);
    assert_eq!(parse_number("1,2345", EN), None);
}

#[test]
fn range_shares_a_trailing_scale_word() {
    assert_eq!(
        parse_count("between 500 and 2 million", EN),
        Some(bounds(Some(500.0), Some(2e6)))
    );
}

#[test]
fn falling_pair_is_not_a_range() {
    assert_eq!(parse_count("30-20", EN), None);
    assert_eq!(found("won 3-2", EN).len(), 2);
}

#[test]
fn approximate_nouns() {
    assert_eq!(
        parse_count("plus d'une centaine", FR),
        Some(Count {
            low: Some(101.0),
            high: None,
            approx: true,
            vague: false
        })
    );
}

#[test]
fn vague_nouns_accept_a_trailing_of() {
    assert_eq!(parse_count("hundreds of", EN), Some(vague(200.0, 999.0)));
    assert_eq!(parse_count("thousands of", EN), Some(vague(2000.0, 9999.0)));
    assert_eq!(
        parse_count("des milliers de", FR),
        Some(vague(2000.0, 9999.0))
    );
    assert_eq!(parse_count("une dizaine d'", FR), Some(approx(10.0)));
    // but a figure does not.
    assert_eq!(parse_count("26 of", EN), None);
}

#[test]
fn vague_nouns_of_thousands_multiply() {
    assert_eq!(parse_count("tens", EN), None);
}

#[test]
fn quelque_with_a_number_is_approximate_but_quelques_alone_is_vague() {
    assert_eq!(parse_count("quelque 200", FR), Some(approx(200.0)));
    assert_eq!(parse_count("quelques", FR), Some(vague(2.0, 9.0)));
}

#[test]
fn some_alone_is_not_a_count() {
    assert_eq!(parse_count("some", EN), None);
    assert!(find_counts("some people were hurt", EN).is_empty());
}

// --- number words

#[test]
fn parse_number_rejects_bound_words_and_junk() {
    assert_eq!(parse_number("at least 26", EN), None);
    assert_eq!(parse_number("26 dead", EN), None);
    assert_eq!(parse_number("", EN), None);
    assert_eq!(parse_number("hundred", EN), None);
    assert_eq!(parse_number("a", EN), None);
    assert_eq!(parse_number("six seven", EN), None);
    assert_eq!(parse_number("deux mille cinq mille", FR), None);
}

#[test]
fn parse_count_needs_the_whole_string() {
    assert_eq!(parse_count("26 dead", EN), None);
    assert_eq!(parse_count("at least", EN), None);
    assert_eq!(
        parse_count("  at least 26  ", EN),
        Some(bounds(Some(26.0), None))
    );
    assert_eq!(parse_count("one", EN), Some(exact(1.0)));
    assert_eq!(parse_count("une", FR), Some(exact(1.0)));
}
