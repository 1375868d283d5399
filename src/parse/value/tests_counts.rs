//! Counts found in running text: spans, separators, words that are not
//! figures (the properties over generated text are in
//! `tests/properties.rs`).

use super::tests::*;
use super::*;

// --- finding counts in sentences

#[test]
fn comma_and_space_separate_two_figures() {
    assert_eq!(
        found("26 dead, 18 wounded", EN),
        vec![("26", exact(26.0)), ("18", exact(18.0))]
    );
    assert_eq!(
        found("26, 18", EN),
        vec![("26", exact(26.0)), ("18", exact(18.0))]
    );
    assert_eq!(
        found("26 18", FR),
        vec![("26", exact(26.0)), ("18", exact(18.0))]
    );
    assert_eq!(
        found("26 morts, 18 blessés", FR),
        vec![("26", exact(26.0)), ("18", exact(18.0))]
    );
}

#[test]
fn spans_cover_bound_words_and_between() {
    let text = "Officials said between 20 and 30 people died and at least 26 were hurt";
    assert_eq!(
        found(text, EN),
        vec![
            ("between 20 and 30", bounds(Some(20.0), Some(30.0))),
            ("at least 26", bounds(Some(26.0), None))
        ]
    );
    let text = "entre 20 et 30 morts et près de 8 000 déplacés";
    assert_eq!(
        found(text, FR),
        vec![
            ("entre 20 et 30", bounds(Some(20.0), Some(30.0))),
            ("près de 8 000", approx(8000.0))
        ]
    );
}

#[test]
fn and_inside_a_number_stays_in_its_span() {
    assert_eq!(
        found("a hundred and twelve dead and 3 missing", EN),
        vec![("a hundred and twelve", exact(112.0)), ("3", exact(3.0))]
    );
    assert_eq!(
        found("vingt et un morts et trois blessés", FR),
        vec![("vingt et un", exact(21.0)), ("trois", exact(3.0))]
    );
    assert_eq!(
        found("entre vingt et un et trente", FR),
        vec![(
            "entre vingt et un et trente",
            bounds(Some(21.0), Some(30.0))
        )]
    );
}

#[test]
fn spans_are_byte_offsets_around_multibyte_text() {
    let text = "🙂 Près de 8\u{202f}000 déplacés, au moins 26 morts";
    let hits = found(text, FR);
    assert_eq!(
        hits,
        vec![
            ("Près de 8\u{202f}000", approx(8000.0)),
            ("au moins 26", bounds(Some(26.0), None))
        ]
    );
}

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
    assert_eq!(
        found("26 dead on 7 January 2022, 10:30", EN),
        vec![("26", exact(26.0))]
    );
    // A lower-case "may" is a verb, not a month.
    assert_eq!(found("6 may have died", EN), vec![("6", exact(6.0))]);
}

#[test]
fn spaced_hours_are_not_counts() {
    assert!(find_counts("le bilan de 10 h 30", FR).is_empty());
    assert!(find_counts("à 18 h, selon", FR).is_empty());
    assert_eq!(found("à 18 h, 26 morts", FR), vec![("26", exact(26.0))]);
}

#[test]
fn french_neuf_as_new_is_not_a_count() {
    assert!(find_counts("un bâtiment neuf a brûlé", FR).is_empty());
    assert!(find_counts("l'immeuble neuf", FR).is_empty());
    assert!(find_counts("quoi de neuf ?", FR).is_empty());
    assert_eq!(
        found("ils ont tué neuf personnes", FR),
        vec![("neuf", exact(9.0))]
    );
    assert_eq!(found("les neuf morts", FR), vec![("neuf", exact(9.0))]);
    assert_eq!(found("un des neuf morts", FR), vec![("neuf", exact(9.0))]);
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
    assert_eq!(found("one dead", EN), vec![("one", exact(1.0))]);
    assert_eq!(
        found("at least one dead", EN),
        vec![("at least one", bounds(Some(1.0), None))]
    );
    // French "un"/"une" alone is the article.
    assert!(find_counts("un homme a été blessé", FR).is_empty());
    assert_eq!(
        found("au moins un mort", FR),
        vec![("au moins un", bounds(Some(1.0), None))]
    );
    assert_eq!(
        found("un million de déplacés", FR),
        vec![("un million", exact(1e6))]
    );
}

#[test]
fn vague_spans_leave_the_of_outside() {
    assert_eq!(
        found("thousands of people fled", EN),
        vec![("thousands", vague(2000.0, 9999.0))]
    );
    assert_eq!(
        found("des dizaines de morts", FR),
        vec![("des dizaines", vague(20.0, 99.0))]
    );
    assert_eq!(
        found("une dizaine de blessés", FR),
        vec![("une dizaine", approx(10.0))]
    );
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
fn percent_and_money_still_read_as_figures() {
    // Documented limitation: units are left to the caller.
    assert_eq!(found("26% turnout", EN), vec![("26", exact(26.0))]);
}
