//! What refusing a numeral means beyond naming it (the plain cases, one
//! input and the numeral refused in it, are spec files:
//! `tests/spec/<lang>/refusals.tsv`): a refused numeral is found as no
//! count at all, the exact range ends where it says, and a range is no
//! sign.

use super::{find_counts, parse_count};
use crate::domain::{Count, MAX_COUNT};
use crate::lang::EN;

#[test]
fn a_refused_numeral_is_found_as_no_count() {
    for text in [
        "1e400 dead",
        "1e3 dead",
        "0x1A dead",
        "12abc dead",
        "2.3m dead",
    ] {
        assert!(find_counts(text, EN).is_empty(), "{text}");
    }
}

#[test]
fn a_range_is_read_where_a_sign_is_refused() {
    assert_eq!(
        parse_count("20-30", EN),
        Some(Count {
            low: Some(20.0),
            high: Some(30.0),
            approx: false,
            vague: false
        })
    );
}

#[test]
fn the_exact_range_ends_at_two_to_the_53_minus_one() {
    assert_eq!(MAX_COUNT, 2f64.powi(53) - 1.0);
    for text in ["9007199254740991", "9,007,199,254,740,991"] {
        assert_eq!(
            parse_count(text, EN),
            Some(Count::exact(MAX_COUNT)),
            "{text}"
        );
    }
}
