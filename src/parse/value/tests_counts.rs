//! Counts found in running text: spans, separators, words that are not
//! figures (the properties over generated text are in
//! `tests/properties.rs`).

use super::tests::*;
use super::*;

// --- finding counts in sentences (the plain cases are spec files,
// tests/spec/<lang>/finds.tsv)

#[test]
fn dates_and_times_are_not_counts() {
    assert!(find_counts("2022-01-07", EN).is_empty());
    assert!(find_counts("on 07/01/2022 at 10:30", EN).is_empty());
    assert!(find_counts("le 7 janvier à 10h30", FR).is_empty());
    assert!(find_counts("on January 6, 2022", EN).is_empty());
    assert!(find_counts("on Jan. 6", EN).is_empty());
    assert!(find_counts("le 7 janvier 2022", FR).is_empty());
    assert!(find_counts("6 May", EN).is_empty());
    assert!(find_counts("in 2022", EN).is_empty());
    assert!(find_counts("at 10:30:15", EN).is_empty());
    assert_eq!(parse_count("2022-01-07", EN), None);
    assert_eq!(parse_count("7 janvier", FR), None);
    // A lower-case "may" is a verb, not a month.
}

#[test]
fn spaced_hours_are_not_counts() {
    assert!(find_counts("le bilan de 10 h 30", FR).is_empty());
    assert!(find_counts("à 18 h, selon", FR).is_empty());
}

#[test]
fn french_neuf_as_new_is_not_a_count() {
    assert!(find_counts("un bâtiment neuf a brûlé", FR).is_empty());
    assert!(find_counts("l'immeuble neuf", FR).is_empty());
    assert!(find_counts("quoi de neuf ?", FR).is_empty());
}

#[test]
fn ordinals_codes_and_compounds_are_not_counts() {
    assert!(find_counts("the 26th victim", EN).is_empty());
    assert!(find_counts("le 1er mort, le 2e blessé", FR).is_empty());
    assert!(find_counts("covid-19 and an A320", EN).is_empty());
    assert!(find_counts("a 26-year-old man", EN).is_empty());
    assert!(find_counts("the twenty-first victim", EN).is_empty());
    assert!(find_counts("ticket #26 at 3 o'clock", EN).is_empty());
}

#[test]
fn one_is_a_figure_only_when_it_counts_something() {
    assert!(find_counts("one of them said", EN).is_empty());
    assert!(find_counts("no one was hurt", EN).is_empty());
    // French "un"/"une" alone is the article.
    assert!(find_counts("un homme a été blessé", FR).is_empty());
}

#[test]
fn find_count_returns_the_first() {
    assert_eq!(find_count("no figure here", EN), None);
    assert_eq!(
        find_count("12 dead and 40 hurt", EN),
        Some((exact(12.0), 0..2))
    );
}

#[test]
fn how_many_digits_a_toll_has_is_a_vague_range() {
    let first = |text: &str, lang| find_counts(text, lang).first().map(|(c, _)| *c);
    assert_eq!(first("a double-digit toll", EN), Some(vague(10.0, 99.0)));
    assert_eq!(
        first("deaths in triple figures", EN),
        Some(vague(100.0, 999.0))
    );
    assert_eq!(
        first("un bilan à quatre chiffres", FR),
        Some(vague(1e3, 9_999.0))
    );
    // Beside no toll word, it counts no one: money, prices, heat.
    assert!(find_counts("double-digit inflation", EN).is_empty());
    assert!(find_counts("14 dead amid triple-digit temperatures", EN).len() == 1);
}
