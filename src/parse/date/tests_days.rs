//! Days found in text: the tense rule, spans, relative words, byte spans
//! (the properties over generated text are in `tests/properties.rs`).

use super::tests::*;
use super::*;

// --- find_day: the tense rule -----------------------------------------

#[test]
fn the_brief_examples() {
    assert_eq!(one("troops arrived Thursday", EN), d(2022, 1, 6));
    assert_eq!(
        one("des troupes russes sont arrivées jeudi", FR),
        d(2022, 1, 6)
    );
    assert_eq!(one("troops will arrive Thursday", EN), d(2022, 1, 13));
    assert_eq!(one("les troupes arriveront jeudi", FR), d(2022, 1, 13));
    assert_eq!(one("jeudi", FR), d(2022, 1, 6));
    assert_eq!(one("vendredi", FR), d(2022, 1, 7));
    assert_eq!(one("la contestation a éclaté dimanche", FR), d(2022, 1, 2));
    assert_eq!(one("hier", FR), d(2022, 1, 6));
    assert_eq!(one("yesterday", EN), d(2022, 1, 6));
    assert_eq!(one("aujourd'hui", FR), d(2022, 1, 7));
    assert_eq!(one("tomorrow", EN), d(2022, 1, 8));
    assert_eq!(one("vendredi 7 janvier", FR), d(2022, 1, 7));
}

#[test]
fn an_explicit_date_wins_over_its_weekday() {
    let text = "troops arrived Thursday, January 6";
    let (span, bytes) = find_day(text, EN, friday(), Tense::Past).unwrap();
    assert_eq!(span, DateSpan::day(d(2022, 1, 6)));
    assert_eq!(&text[bytes], "Thursday, January 6");
    // Even a wrong weekday does not move a written date.
    assert_eq!(one("Tuesday, January 6", EN), d(2022, 1, 6));
    assert_eq!(
        one("les troupes arriveront jeudi 6 janvier", FR),
        d(2022, 1, 6)
    );
}

#[test]
fn spans_of_days() {
    let want = DateSpan {
        start: d(2022, 1, 5),
        end: d(2022, 1, 7),
    };
    for (text, lang) in [
        ("du 5 au 7 janvier", FR),
        ("combats du 5 au 7 janvier", FR),
        ("entre le 5 et le 7 janvier", FR),
        ("du mercredi 5 au vendredi 7 janvier", FR),
        ("du 5 janvier jusqu'au 7 janvier", FR),
        ("between 5 and 7 January", EN),
        ("from 5 to 7 January", EN),
        ("from January 5 to 7", EN),
        ("from January 5 to January 7, 2022", EN),
        ("between 5 and 7 January 2022", EN),
        ("5-7 January", EN),
        ("January 5–7, 2022", EN),
        ("2022-01-05 - 2022-01-07", EN),
    ] {
        assert_eq!(resolved(text, lang), Some(want), "{text}");
    }
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
fn relative_words_and_modifiers() {
    assert_eq!(one("avant-hier", FR), d(2022, 1, 5));
    assert_eq!(one("après-demain", FR), d(2022, 1, 9));
    assert_eq!(one("the day before yesterday", EN), d(2022, 1, 5));
    assert_eq!(one("last night", EN), d(2022, 1, 6));
    assert_eq!(one("ce matin", FR), d(2022, 1, 7));
    assert_eq!(one("Today, officials said", EN), d(2022, 1, 7));
    assert_eq!(one("on Thursday", EN), d(2022, 1, 6));
    assert_eq!(one("last Friday", EN), d(2021, 12, 31));
    assert_eq!(one("next Friday", EN), d(2022, 1, 14));
    assert_eq!(one("next Thursday", EN), d(2022, 1, 13));
    assert_eq!(one("vendredi dernier", FR), d(2021, 12, 31));
    assert_eq!(one("jeudi prochain", FR), d(2022, 1, 13));
    assert_eq!(one("THURSDAY", EN), d(2022, 1, 6));
    assert_eq!(one("the talks resume on Monday", EN), d(2022, 1, 10));
    assert_eq!(one("the talks resumed on Monday", EN), d(2022, 1, 3));
    assert_eq!(one("Thursday's attack", EN), d(2022, 1, 6));
}

#[test]
fn explicit_dates_in_text() {
    assert_eq!(one("talks on 6 January", EN), d(2022, 1, 6));
    assert_eq!(one("talks on January 6", EN), d(2022, 1, 6));
    assert_eq!(one("le 6 janvier 2022", FR), d(2022, 1, 6));
    assert_eq!(one("6 janvier 2021", FR), d(2021, 1, 6));
    assert_eq!(one("reported on 2022-01-06", EN), d(2022, 1, 6));
    assert_eq!(one("the 6th of January", EN), d(2022, 1, 6));
    assert_eq!(one("jeudi 6 janvier", FR), d(2022, 1, 6));
    assert_eq!(one("Thu 6 Jan", EN), d(2022, 1, 6));
    assert_eq!(one("jeu. 6 janv.", FR), d(2022, 1, 6));
    // "Mar 5" is March in English, mardi before a date in French.
    assert_eq!(one("Mar 5", EN), d(2022, 3, 5));
    assert_eq!(one("mar. 4 janv.", FR), d(2022, 1, 4));
}

#[test]
fn the_first_mention_is_the_one() {
    assert_eq!(
        one("troops arrived Thursday ahead of talks on 10 January", EN),
        d(2022, 1, 6)
    );
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
