//! Numerals quick entry must refuse rather than read in part, and the valid
//! forms beside them that must still read.

use super::{find_counts, first_unreadable, parse_count};
use crate::domain::{Count, Lang, MAX_COUNT};
use crate::lang::{EN, FR};

/// The text `first_unreadable` names in `text`, if any.
fn refused(text: &str, lang: Lang) -> Option<&str> {
    first_unreadable(text, lang).map(|(span, _)| &text[span])
}

#[test]
fn glued_letters_exponents_and_hex_are_refused_whole() {
    for (text, bad) in [
        ("1e400 dead", "1e400"),
        ("1e30 dead", "1e30"),
        ("1e3 dead", "1e3"),
        ("0x1A dead", "0x1A"),
        ("12abc dead", "12abc"),
        ("2.3k dead", "2.3k"),
    ] {
        assert_eq!(refused(text, EN), Some(bad), "{text}");
        assert!(find_counts(text, EN).is_empty(), "{text}");
        assert_eq!(parse_count(bad, EN), None, "{bad}");
    }
}

#[test]
fn underscores_stray_separators_and_other_digits_are_refused() {
    for (text, lang, bad) in [
        ("1_000 dead", EN, "1_000"),
        ("1.5.3 dead", EN, "1.5.3"),
        ("1,0000 dead", EN, "1,0000"),
        ("1,5,3 morts", FR, "1,5,3"),
        ("٣ dead", EN, "٣"),
        ("３ morts", FR, "３"),
        ("2٣ dead", EN, "2٣"),
    ] {
        assert_eq!(refused(text, lang), Some(bad), "{text}");
    }
}

#[test]
fn signs_before_a_figure_are_refused_but_ranges_are_not() {
    assert_eq!(refused("-5 dead", EN), Some("-5"));
    assert_eq!(refused("26 dead, -3 wounded", EN), Some("-3"));
    assert_eq!(refused("+5 dead", EN), Some("+5"));
    assert_eq!(refused("(−5) dead", EN), Some("−5"));
    assert_eq!(refused("20-30 dead", EN), None);
    assert_eq!(
        parse_count("20-30", EN),
        Some(Count {
            low: Some(20.0),
            high: Some(30.0),
            approx: false,
            vague: false
        })
    );
    assert_eq!(refused("covid-19 killed 26", EN), None);
}

#[test]
fn figures_past_the_exact_range_are_refused() {
    assert_eq!(MAX_COUNT, 2f64.powi(53) - 1.0);
    assert_eq!(
        parse_count("9007199254740991", EN),
        Some(Count::exact(MAX_COUNT))
    );
    assert_eq!(
        parse_count("9,007,199,254,740,991", EN),
        Some(Count::exact(MAX_COUNT))
    );
    for text in [
        "9007199254740992",
        "12345678901234567890",
        "9,007,199,254,740,993",
    ] {
        assert_eq!(refused(text, EN), Some(text));
        assert_eq!(parse_count(text, EN), None, "{text}");
    }
}

#[test]
fn valid_forms_beside_them_still_read() {
    for (text, lang) in [
        ("8,000 dead", EN),
        ("8 000 morts", FR),
        ("8\u{a0}000 morts", FR),
        ("1,5 million de morts", FR),
        ("1.5 million dead", EN),
        ("2.33 dead", EN),
        ("26,5 morts", FR),
        ("the 26th victim", EN),
        ("le 1er mort", FR),
        ("à 10h30, 26 morts", FR),
        ("at 3pm, 26 dead", EN),
        ("26% turnout", EN),
        ("on 2022-01-07, 26 dead", EN),
        ("ticket #26", EN),
    ] {
        assert_eq!(refused(text, lang), None, "{text}");
    }
}
