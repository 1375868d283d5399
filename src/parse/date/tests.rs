//! Date cases that are more than one reading of one input (the plain
//! ones are spec files: `tests/spec/<lang>/moments.tsv`, `tenses.tsv`,
//! `days.tsv`): errors, offsets, weekday resolution; and the helpers the
//! other case file shares.

use super::*;
pub(super) use crate::lang::{EN, FR};

pub(super) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Friday 2022-01-07, the day the claims in these tests were said.
pub(super) fn friday() -> Option<NaiveDate> {
    Some(d(2022, 1, 7))
}

pub(super) fn day(text: &str) -> When {
    parse_when(text, None).unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// What a caller does: the fragment's tense, then its first day.
pub(super) fn resolved(text: &str, lang: Lang) -> Option<DateSpan> {
    find_day(text, lang, friday(), tense_of(text, lang)).map(|(span, _)| span)
}

pub(super) fn named(text: &str, lang: Lang) -> &str {
    let (_, bytes) = find_day(text, lang, friday(), Tense::Bare).unwrap();
    &text[bytes]
}

// --- parse_when -------------------------------------------------------

#[test]
fn iso_dates_are_days() {
    assert_eq!(day("2022-01-07"), When::Day(d(2022, 1, 7)));
    assert_eq!(day("  2022-01-07\n"), When::Day(d(2022, 1, 7)));
    assert_eq!(day("1999-12-31"), When::Day(d(1999, 12, 31)));
}

#[test]
fn iso_times_need_an_offset() {
    for text in [
        "2022-01-07T10:00:00Z",
        "2022-01-07T10:00Z",
        "2022-01-07t10:00:00z",
        "2022-01-07 10:00Z",
    ] {
        let When::Instant(t) = day(text) else {
            panic!("{text} is not an instant");
        };
        assert_eq!(t.to_rfc3339(), "2022-01-07T10:00:00+00:00", "{text}");
    }
    for text in [
        "2022-01-07T10:00",
        "2022-01-07 10:00",
        "2022-01-07T10:00:00",
        "2022-01-07 10:00:00.5",
    ] {
        let err = parse_when(text, None).unwrap_err();
        assert!(err.contains("no UTC offset"), "{text}: {err}");
        assert!(err.contains("2022-01-07T10:00+06:00"), "{text}: {err}");
    }
}

#[test]
fn iso_times_keep_their_offset() {
    let when = day("2022-01-07T10:00:00+06:00");
    assert_eq!(when.to_iso(), "2022-01-07T10:00:00+06:00");
    assert_eq!(when.date(), d(2022, 1, 7));
    assert_eq!(day("2022-01-07T10:00+06:00"), when);
    assert_eq!(day("2022-01-07 10:00:00+06:00"), when);
    assert_eq!(day("2022-01-07T10:00:00+0600"), when);
    assert_eq!(
        day("2022-01-07T10:00:00.250-05:30").to_iso(),
        "2022-01-07T10:00:00.250-05:30"
    );
}

#[test]
fn a_missing_year_comes_from_the_reference() {
    let want = Ok(When::Day(d(2022, 1, 7)));
    assert_eq!(parse_when("Friday 7 January", friday()), want);
    assert_eq!(parse_when("vendredi 7 janvier", friday()), want);
    assert_eq!(parse_when("7 janvier", friday()), want);
    assert_eq!(parse_when("January 7", friday()), want);
    // An explicit year wins over the reference's.
    assert_eq!(
        parse_when("7 janvier 2021", friday()),
        Ok(When::Day(d(2021, 1, 7)))
    );
    assert_eq!(
        parse_when("vendredi 7 janvier", None),
        Err("'vendredi 7 janvier' has no year and there is no reference date".to_string())
    );
}

#[test]
fn relative_words_count_from_the_reference() {
    assert_eq!(
        parse_when("yesterday", None),
        Err("'yesterday' is relative and there is no reference date".to_string())
    );
    assert!(parse_when("hier", None).is_err());
}

#[test]
fn bad_input_is_refused_with_a_reason() {
    assert_eq!(
        parse_when("2022-13-45", None),
        Err("not a date: '2022-13-45'".to_string())
    );
    assert_eq!(
        parse_when("2022-02-30", None),
        Err("not a date: '2022-02-30'".to_string())
    );
    for text in [
        "banana",
        "7",
        "2022",
        "7 Smarch 2022",
        "32 January 2022",
        "30 février 2022",
        "29 February 2022",
        "2022-01-07T25:00",
        "2022-01-07T10:00+99:00",
        "2022-01-07T",
        "7 January 2022 at noon",
        "(7 January 2022)",
        "Jan7 2022",
        "last Thursday",
        "🙂",
    ] {
        let err = parse_when(text, friday()).unwrap_err();
        assert!(!err.is_empty(), "{text}");
    }
    assert_eq!(parse_when("   ", None), Err("empty date".to_string()));
    assert_eq!(
        parse_when("29 February 2024", None),
        Ok(When::Day(d(2024, 2, 29)))
    );
}

#[test]
fn weekdays_and_spans_are_not_moments() {
    let err = parse_when("Thursday", friday()).unwrap_err();
    assert!(err.contains("weekday"), "{err}");
    let err = parse_when("du 5 au 7 janvier", friday()).unwrap_err();
    assert!(err.contains("span"), "{err}");
}

#[test]
fn a_weekday_must_agree_with_its_date() {
    assert_eq!(
        parse_when("samedi 7 janvier 2022", None),
        Err("'samedi 7 janvier 2022': 2022-01-07 is a Friday, not a Saturday".to_string())
    );
    assert!(parse_when("Thursday 7 January", friday()).is_err());
}

// --- tense_of ---------------------------------------------------------

// --- resolve_weekday --------------------------------------------------

#[test]
fn every_weekday_in_every_tense_around_a_wednesday() {
    use Weekday::*;
    let wed = d(2022, 1, 5);
    // (weekday, past, future, bare)
    let table = [
        (Mon, d(2022, 1, 3), d(2022, 1, 10), d(2022, 1, 3)),
        (Tue, d(2022, 1, 4), d(2022, 1, 11), d(2022, 1, 4)),
        (Wed, d(2021, 12, 29), d(2022, 1, 12), d(2022, 1, 5)),
        (Thu, d(2021, 12, 30), d(2022, 1, 6), d(2022, 1, 6)),
        (Fri, d(2021, 12, 31), d(2022, 1, 7), d(2022, 1, 7)),
        (Sat, d(2022, 1, 1), d(2022, 1, 8), d(2022, 1, 8)),
        (Sun, d(2022, 1, 2), d(2022, 1, 9), d(2022, 1, 2)),
    ];
    for (day, past, future, bare) in table {
        assert_eq!(resolve_weekday(day, wed, Tense::Past), past, "{day} past");
        assert_eq!(
            resolve_weekday(day, wed, Tense::Future),
            future,
            "{day} future"
        );
        assert_eq!(resolve_weekday(day, wed, Tense::Bare), bare, "{day} bare");
    }
}

#[test]
fn a_bare_weekday_three_back_beats_four_ahead() {
    let monday = d(2022, 1, 10);
    assert_eq!(
        resolve_weekday(Weekday::Fri, monday, Tense::Bare),
        d(2022, 1, 7)
    );
    assert_eq!(
        find_day("Friday", EN, Some(monday), Tense::Bare).map(|(s, _)| s.start),
        Some(d(2022, 1, 7))
    );
    // Four back loses to three ahead.
    assert_eq!(
        resolve_weekday(Weekday::Thu, monday, Tense::Bare),
        d(2022, 1, 13)
    );
}

#[test]
fn resolve_weekday_survives_the_ends_of_the_calendar() {
    for tense in [Tense::Past, Tense::Future, Tense::Bare] {
        for day in [Weekday::Mon, Weekday::Sun] {
            resolve_weekday(day, NaiveDate::MIN, tense);
            resolve_weekday(day, NaiveDate::MAX, tense);
        }
    }
}
