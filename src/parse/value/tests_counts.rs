//! Counts found in running text: spans, separators, words that are not
//! figures, and properties over generated numbers.

use super::tests::*;
use super::*;
use proptest::prelude::*;

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

// --- properties

const WORDS: &[&str] = &[
    "twenty",
    "six",
    "a",
    "hundred",
    "and",
    "thousand",
    "million",
    "at",
    "least",
    "between",
    "to",
    "dozens",
    "some",
    "one",
    "of",
    "vingt",
    "et",
    "un",
    "quatre",
    "cent",
    "cents",
    "mille",
    "entre",
    "près",
    "de",
    "d'",
    "jusqu’à",
    "une",
    "dizaine",
    "des",
    "milliers",
    "January",
    "janvier",
    "h",
    "th",
    "er",
];

fn mixed_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,4}",
        prop::sample::select(WORDS).prop_map(String::from),
        prop::sample::select(
            &[
                ",", ".", " ", "\u{a0}", "\u{202f}", "-", "–", "'", "’", ":", "/", "é", "🙂",
                "\u{301}", "#"
            ][..]
        )
        .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..20).prop_map(|v| v.concat())
}

fn check_spans(text: &str, lang: Lang) {
    let mut last_end = 0;
    for (_, span) in find_counts(text, lang) {
        assert!(span.start < span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(span.start >= last_end, "overlap in {text:?}");
        last_end = span.end;
    }
}

fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

proptest! {
    #[test]
    fn never_panics_on_any_string(text in ".*") {
        for lang in [EN, FR] {
            let _ = parse_number(&text, lang);
            let _ = parse_count(&text, lang);
            let _ = find_count(&text, lang);
            check_spans(&text, lang);
        }
    }

    #[test]
    fn never_panics_on_number_like_text(text in mixed_text()) {
        for lang in [EN, FR] {
            let _ = parse_number(&text, lang);
            let _ = parse_count(&text, lang);
            check_spans(&text, lang);
        }
    }

    #[test]
    fn formatted_integers_parse_back(n in 0u64..1_000_000_000_000) {
        let value = n as f64;
        prop_assert_eq!(parse_number(&grouped(n, ","), EN), Some(value));
        prop_assert_eq!(parse_number(&grouped(n, "\u{a0}"), FR), Some(value));
        prop_assert_eq!(parse_number(&grouped(n, "\u{202f}"), FR), Some(value));
        prop_assert_eq!(parse_number(&n.to_string(), EN), Some(value));
        prop_assert_eq!(parse_number(&n.to_string(), FR), Some(value));
        let sentence = format!("au moins {} morts", grouped(n, "\u{a0}"));
        prop_assert_eq!(find_count(&sentence, FR).map(|(c, _)| c.low), Some(Some(value)));
    }

    #[test]
    fn english_words_parse_back(n in 0u32..1_000_000_000) {
        prop_assert_eq!(parse_number(&en_words(n), EN), Some(f64::from(n)), "{}", en_words(n));
    }

    #[test]
    fn french_words_parse_back(n in 0u32..1_000_000_000) {
        prop_assert_eq!(parse_number(&fr_words(n), FR), Some(f64::from(n)), "{}", fr_words(n));
    }
}

fn en_words(n: u32) -> String {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let below_100 = |n: u32| match n {
        0..20 => SMALL[n as usize].to_string(),
        _ if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        _ => format!("{}-{}", TENS[(n / 10) as usize], SMALL[(n % 10) as usize]),
    };
    let below_1000 = |n: u32| match (n / 100, n % 100) {
        (0, r) => below_100(r),
        (h, 0) => format!("{} hundred", SMALL[h as usize]),
        (h, r) => format!("{} hundred and {}", SMALL[h as usize], below_100(r)),
    };
    if n == 0 {
        return "zero".into();
    }
    let mut parts = Vec::new();
    for (scale, name) in [(1_000_000, " million"), (1_000, " thousand"), (1, "")] {
        let group = n / scale % 1000;
        if group > 0 {
            parts.push(format!("{}{name}", below_1000(group)));
        }
    }
    parts.join(" ")
}

fn fr_words(n: u32) -> String {
    const SMALL: [&str; 20] = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
        "dix-neuf",
    ];
    const TENS: [&str; 7] = [
        "",
        "",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
    ];
    fn below_100(n: u32) -> String {
        match n {
            0..20 => SMALL[n as usize].to_string(),
            20..70 if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
            20..70 if n % 10 == 1 => format!("{} et un", TENS[(n / 10) as usize]),
            20..70 => format!("{}-{}", TENS[(n / 10) as usize], SMALL[(n % 10) as usize]),
            71 => "soixante et onze".into(),
            70..80 => format!("soixante-{}", SMALL[(n - 60) as usize]),
            80 => "quatre-vingts".into(),
            _ => format!("quatre-vingt-{}", SMALL[(n - 80) as usize]),
        }
    }
    let below_1000 = |n: u32| match (n / 100, n % 100) {
        (0, r) => below_100(r),
        (1, 0) => "cent".into(),
        (1, r) => format!("cent {}", below_100(r)),
        (h, 0) => format!("{} cents", SMALL[h as usize]),
        (h, r) => format!("{} cent {}", SMALL[h as usize], below_100(r)),
    };
    if n == 0 {
        return "zéro".into();
    }
    let mut parts = Vec::new();
    let millions = n / 1_000_000;
    match millions {
        0 => {}
        1 => parts.push("un million".to_string()),
        m => parts.push(format!("{} millions", below_1000(m))),
    }
    match n / 1000 % 1000 {
        0 => {}
        1 => parts.push("mille".to_string()),
        t => parts.push(format!("{} mille", below_1000(t))),
    }
    if !n.is_multiple_of(1000) {
        parts.push(below_1000(n % 1000));
    }
    parts.join(" ")
}
