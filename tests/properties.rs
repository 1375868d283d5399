//! Properties of the parsers over generated text: nothing panics, spans
//! stay on char boundaries, numbers written out in words or digits and
//! dates written out read back. The generators write English and French,
//! so they live here, beside the spec files, not in the engines.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use claimlog::domain::{DateSpan, When};
use claimlog::lang::{EN, FR, Lang};
use claimlog::parse::date::{Tense, date_spans, find_day, parse_when, resolve_weekday, tense_of};
use claimlog::parse::entry::{EntryClaim, EntryError, parse_entry};
use claimlog::parse::lexicon::Lexicon;
use claimlog::parse::value::{find_count, find_counts, parse_count, parse_number};
use proptest::prelude::*;
use std::ops::Range;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn friday() -> Option<NaiveDate> {
    Some(d(2022, 1, 7))
}

// --- numbers and counts

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

// --- dates

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Text made of date-ish words and awkward separators, which reaches
/// far more of the recognisers than random strings do.
fn datey() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "6",
        "07",
        "31",
        "1er",
        "7th",
        "2022",
        "0",
        "99",
        "January",
        "janv",
        "août",
        "Sept",
        "May",
        "jeudi",
        "Thursday",
        "mar",
        "sun",
        "last",
        "next",
        "dernier",
        "prochain",
        "du",
        "au",
        "between",
        "and",
        "from",
        "to",
        "entre",
        "le",
        "et",
        "on",
        "the",
        "of",
        "hier",
        "aujourd",
        "hui",
        "avant",
        "après",
        "demain",
        "day",
        "before",
        "yesterday",
        "ᵉʳ",
        "é",
        "🙂",
        "in",
        "a",
        "sont",
        "arrivées",
        "will",
        "arriveront",
    ]);
    let seps = prop::sample::select(vec![
        " ", ", ", "-", "–", "/", ".", "'", "’", "\u{a0}", "", ":", " - ",
    ]);
    prop::collection::vec((words, seps), 0..10)
        .prop_map(|parts| parts.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
}

fn check_date_spans(text: &str, spans: &[Range<usize>]) {
    let mut last = 0;
    for r in spans {
        assert!(r.start < r.end && r.end <= text.len(), "{r:?} in {text:?}");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert!(r.start >= last, "overlapping spans in {text:?}");
        last = r.end;
    }
}

fn exercise(text: &str) {
    let _ = parse_when(text, None);
    let _ = parse_when(text, friday());
    let _ = parse_when(text, Some(NaiveDate::MAX));
    for lang in [EN, FR] {
        let tense = tense_of(text, lang);
        for reference in [None, friday(), Some(NaiveDate::MIN), Some(NaiveDate::MAX)] {
            if let Some((span, bytes)) = find_day(text, lang, reference, tense) {
                assert!(span.start <= span.end);
                check_date_spans(text, &[bytes]);
            }
        }
        let spans = date_spans(text, lang);
        check_date_spans(text, &spans);
        // find_day names the first of date_spans (when it resolves).
        if let Some((_, bytes)) = find_day(text, lang, friday(), tense) {
            assert_eq!(spans.first(), Some(&bytes), "{text:?}");
        }
    }
}

proptest! {
    #[test]
    fn nothing_panics_on_arbitrary_text(text in any::<String>()) {
        exercise(&text);
    }

    #[test]
    fn nothing_panics_on_date_like_text(text in datey()) {
        exercise(&text);
    }

    #[test]
    fn iso_dates_round_trip(days in 0u64..73_049) {
        let date = d(1900, 1, 1) + Days::new(days);
        let text = date.format("%Y-%m-%d").to_string();
        prop_assert_eq!(parse_when(&text, None), Ok(When::Day(date)));
    }

    #[test]
    fn written_dates_round_trip(days in 0u64..73_049, french in any::<bool>()) {
        let date = d(1900, 1, 1) + Days::new(days);
        let names = if french { FR_MONTHS } else { EN_MONTHS };
        let month = names[date.month0() as usize];
        let text = format!("{} {month} {}", date.day(), date.year());
        prop_assert_eq!(parse_when(&text, None), Ok(When::Day(date)));
        // The same date is found, with the same words, inside a sentence.
        let sentence = format!("Selon le rapport, le {text}, rien.");
        let lang = if french { FR } else { EN };
        let (span, bytes) = find_day(&sentence, lang, None, Tense::Bare).unwrap();
        prop_assert_eq!(span, DateSpan::day(date));
        prop_assert_eq!(&sentence[bytes], format!("le {text}"));
    }

    #[test]
    fn weekdays_resolve_by_tense(days in 0u64..73_049, w in 0u8..7) {
        let reference = d(1900, 1, 1) + Days::new(days);
        let day = Weekday::try_from(w).unwrap();
        let past = resolve_weekday(day, reference, Tense::Past);
        let future = resolve_weekday(day, reference, Tense::Future);
        let bare = resolve_weekday(day, reference, Tense::Bare);
        for got in [past, future, bare] {
            prop_assert_eq!(got.weekday(), day);
        }
        prop_assert!((0..=6).contains(&(reference - past).num_days()));
        prop_assert!((0..=6).contains(&(future - reference).num_days()));
        prop_assert!((-3..=3).contains(&(bare - reference).num_days()));
    }
}

// --- quick entry

fn entry(text: &str, lang: Lang) -> Result<Vec<EntryClaim>, EntryError> {
    parse_entry(text, lang, &Lexicon::builtin(), d(2022, 1, 7))
}

proptest::proptest! {
    #[test]
    fn quick_entry_never_panics(text in ".{0,80}") {
        let _ = entry(&text, EN);
        let _ = entry(&text, FR);
    }

    #[test]
    fn quick_entry_never_panics_on_entry_like_text(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "26", "8,000", "8 000", "1,5", "million", "dead", "tués", "and", "et", ",", ";",
                "jeudi", "Thursday", "January", "6", "au", "moins", "between", "entre", "à",
                "dozens", "des", "dizaines", "selon", "le", "ministère", "arrived", "«", "é", ".",
            ]),
            0..14,
        )
    ) {
        let text = words.join(" ");
        for lang in [EN, FR] {
            if let Ok(claims) = entry(&text, lang) {
                for c in claims {
                    proptest::prop_assert!(!c.fragment.is_empty());
                }
            }
        }
    }
}
