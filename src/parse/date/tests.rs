//! Date cases that are more than one reading of one input (the plain
//! ones, errors included, are spec files: `tests/spec/<lang>/moments.tsv`,
//! `tenses.tsv`, `days.tsv`): instants and their offsets, and weekday
//! resolution, which takes a weekday and a tense rather than words; and
//! the helpers the other case file shares.

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
fn a_line_break_around_a_date_is_white_space() {
    // A spec file cannot hold a line break inside its input.
    assert_eq!(day("  2022-01-07\n"), When::Day(d(2022, 1, 7)));
}

#[test]
fn iso_times_with_an_offset_are_instants() {
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

// --- resolve_weekday --------------------------------------------------

#[test]
fn every_weekday_in_every_tense_around_a_wednesday() {
    use Weekday::*;
    let wed = d(2022, 1, 5);
    // (weekday, past, future, bare)
    let table = [
        (Mon, d(2022, 1, 3), d(2022, 1, 10), d(2022, 1, 3)),
        (Tue, d(2022, 1, 4), d(2022, 1, 11), d(2022, 1, 4)),
        // Copy naming its own day means that day, in any tense.
        (Wed, d(2022, 1, 5), d(2022, 1, 5), d(2022, 1, 5)),
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
