//! Days found in text: the tense rule, spans, relative words, byte spans
//! (the properties over generated text are in `tests/properties.rs`).

use super::tests::*;
use super::*;

// --- find_day: the tense rule -----------------------------------------

#[test]
fn an_explicit_date_wins_over_its_weekday() {
    let text = "troops arrived Thursday, January 6";
    let (span, bytes) = find_day(text, EN, friday(), Tense::Past).unwrap();
    assert_eq!(span, DateSpan::day(d(2022, 1, 6)));
    assert_eq!(&text[bytes], "Thursday, January 6");
    // Even a wrong weekday does not move a written date: a spec case
    // (tests/spec/en/days.tsv), as are the French ones.
}

#[test]
fn a_weekday_named_in_that_days_copy_is_that_day() {
    // Friday 7 January 2022: the past, the future and a bare weekday all
    // mean today; "last"/"dernier" and "next"/"prochain" mean another week.
    for (text, lang, want) in [
        ("troops arrived Friday", EN, d(2022, 1, 7)),
        ("troops will arrive Friday", EN, d(2022, 1, 7)),
        ("last Friday", EN, d(2021, 12, 31)),
        ("next Friday", EN, d(2022, 1, 14)),
        ("les troupes sont arrivées vendredi", FR, d(2022, 1, 7)),
        ("les troupes arriveront vendredi", FR, d(2022, 1, 7)),
        ("vendredi dernier", FR, d(2021, 12, 31)),
        ("vendredi prochain", FR, d(2022, 1, 14)),
    ] {
        let tense = tense_of(text, lang);
        let got = find_day(text, lang, friday(), tense).map(|(s, _)| s.start);
        assert_eq!(got, Some(want), "{text}");
    }
}

#[test]
fn a_day_and_month_without_a_year_follow_the_tense() {
    let june = Some(d(2023, 6, 15));
    for (text, lang, want) in [
        ("la guerre a commencé le 7 octobre", FR, d(2022, 10, 7)),
        ("the war began on 7 October", EN, d(2022, 10, 7)),
        ("les élections auront lieu le 2 mars", FR, d(2024, 3, 2)),
        ("the talks will resume on 2 March", EN, d(2024, 3, 2)),
        // Bare: the nearest, here this year's.
        ("le 20 juin", FR, d(2023, 6, 20)),
        ("on 10 June", EN, d(2023, 6, 10)),
        // The day itself, in either tense.
        ("les combats ont repris le 15 juin", FR, d(2023, 6, 15)),
        ("talks will open on 15 June", EN, d(2023, 6, 15)),
        // A year said is kept, whatever the tense.
        ("the war began on 7 October 2023", EN, d(2023, 10, 7)),
    ] {
        let tense = tense_of(text, lang);
        let got = find_day(text, lang, june, tense).map(|(s, _)| s.start);
        assert_eq!(got, Some(want), "{text}");
    }
}

#[test]
fn spans_of_days() {
    // The spans themselves are spec cases (tests/spec/*/days.tsv).
    let (_, bytes) = find_day("combats du 5 au 7 janvier", FR, friday(), Tense::Bare).unwrap();
    assert_eq!(bytes, 8..25);
    // Without a year or a reference the span is recognised but unresolved.
    assert_eq!(find_day("du 5 au 7 janvier", FR, None, Tense::Bare), None);
    assert_eq!(date_spans("du 5 au 7 janvier", FR), vec![0..17]);
}

#[test]
fn spans_across_the_new_year() {
    let span = resolved("du 28 décembre au 3 janvier", FR).unwrap();
    assert_eq!((span.start, span.end), (d(2022, 12, 28), d(2023, 1, 3)));
    let span = resolved("from 28 December to 3 January 2022", EN).unwrap();
    assert_eq!((span.start, span.end), (d(2021, 12, 28), d(2022, 1, 3)));
    let span = resolved("du 28 décembre 2021 au 3 janvier", FR).unwrap();
    assert_eq!((span.start, span.end), (d(2021, 12, 28), d(2022, 1, 3)));
    // Backwards with both years given: not a span.
    assert_eq!(resolved("du 7 janvier 2022 au 5 janvier 2022", FR), None);
}

#[test]
fn the_first_mention_is_the_one() {
    // Unresolvable first mention: None, not the later date.
    assert_eq!(
        find_day(
            "arrived yesterday before 10 January 2022",
            EN,
            None,
            Tense::Past
        ),
        None
    );
    assert_eq!(resolved("31 février", FR), None);
}

#[test]
fn what_needs_a_reference_gets_none_without_one() {
    for text in [
        "Thursday",
        "jeudi",
        "hier",
        "yesterday",
        "6 janvier",
        "January 6",
    ] {
        assert_eq!(find_day(text, EN, None, Tense::Bare), None, "{text}");
    }
    assert_eq!(
        find_day("le 6 janvier 2022", FR, None, Tense::Bare),
        Some((DateSpan::day(d(2022, 1, 6)), 0..17))
    );
}

#[test]
fn no_day_is_no_day() {
    for text in [
        "",
        "troops arrived",
        "in January 6 people died",
        "the sun rose",
        "they may 5 times",
        "a march 5 km long",
        "6 people",
        "F16 jan",
        "at 10:30 January",
        "from 3 to 7 people",
        "last week",
        "Mon ami est venu",
    ] {
        assert_eq!(resolved(text, EN), None, "{text}");
        assert_eq!(date_spans(text, EN), Vec::<Range<usize>>::new(), "{text}");
    }
    // French weekday abbreviations don't count in English text.
    assert_eq!(date_spans("mer 6 janvier", EN), vec![4..13]);
}

// --- byte spans -------------------------------------------------------

#[test]
fn spans_are_bytes_even_after_accents() {
    let text = "Des troupes russes sont arrivées jeudi à Almaty";
    assert_eq!(named(text, FR), "jeudi");
    let (_, bytes) = find_day(text, FR, friday(), Tense::Past).unwrap();
    assert_eq!(bytes.start, text.find("jeudi").unwrap());

    let text = "Le 15 août 2022, l'armée a défilé";
    assert_eq!(named(text, FR), "Le 15 août 2022");
    assert_eq!(date_spans(text, FR), vec![0..16]);

    let text = "Évacués le\u{a0}6\u{a0}janvier, les blessés";
    assert_eq!(named(text, FR), "le\u{a0}6\u{a0}janvier");

    let text = "Déjà aujourd’hui, après-demain";
    assert_eq!(named(text, FR), "aujourd’hui");
    let spans = date_spans(text, FR);
    let words: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(words, ["aujourd’hui", "après-demain"]);

    let text = "🙂 août: du 1er au 3 août, puis jeudi dernier";
    let words: Vec<&str> = date_spans(text, FR).into_iter().map(|r| &text[r]).collect();
    assert_eq!(words, ["du 1er au 3 août", "jeudi dernier"]);
}

#[test]
fn date_spans_keep_dates_whole() {
    let text = "On Thursday, January 6, 2022, 26 people died; 3 more on 7 janvier and on Friday.";
    let words: Vec<&str> = date_spans(text, EN).into_iter().map(|r| &text[r]).collect();
    assert_eq!(
        words,
        ["On Thursday, January 6, 2022", "on 7 janvier", "on Friday"]
    );
    let text = "Thursday, troops arrived";
    assert_eq!(date_spans(text, EN), vec![0..8]);
    let text = "du 5 au 7 janvier, 12 morts, hier";
    let words: Vec<&str> = date_spans(text, FR).into_iter().map(|r| &text[r]).collect();
    assert_eq!(words, ["du 5 au 7 janvier", "hier"]);
}
