//! Date cases: moments typed on the command line, tenses, weekday
//! resolution; and the helpers the other case file shares.

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

pub(super) fn one(text: &str, lang: Lang) -> NaiveDate {
    let span = resolved(text, lang).unwrap_or_else(|| panic!("no day in {text:?}"));
    assert_eq!(span.start, span.end, "{text}");
    span.start
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
fn written_dates_in_english_and_french() {
    let jan7 = When::Day(d(2022, 1, 7));
    for text in [
        "7 Jan 2022",
        "7 Jan. 2022",
        "7 January 2022",
        "7th January 2022",
        "7th of January 2022",
        "7 January, 2022",
        "January 7, 2022",
        "January 7 2022",
        "January 7th, 2022",
        "Jan 7 2022",
        "Jan. 7, 2022",
        "jan 7 2022",
        "JANUARY 7, 2022",
        "7 janvier 2022",
        "7 janv. 2022",
        "le 7 janvier 2022",
        "Le 7 janvier 2022",
        "7\u{a0}janvier\u{a0}2022",
        "7\u{202f}janvier 2022",
        "vendredi 7 janvier 2022",
        "Vendredi 7 janvier 2022",
        "le vendredi 7 janvier 2022",
        "Friday 7 January 2022",
        "Friday, January 7, 2022",
        "Fri 7 Jan 2022",
        "ven. 7 janv. 2022",
        "on 7 January 2022",
        "7 January 2022.",
    ] {
        assert_eq!(day(text), jan7, "{text}");
    }
    assert_eq!(day("1er janvier 2022"), When::Day(d(2022, 1, 1)));
    assert_eq!(day("1ᵉʳ janvier 2022"), When::Day(d(2022, 1, 1)));
    assert_eq!(day("le premier janvier 2022"), When::Day(d(2022, 1, 1)));
    assert_eq!(day("January 1st, 2022"), When::Day(d(2022, 1, 1)));
}

#[test]
fn french_month_names_with_and_without_accents() {
    let cases = [
        ("7 février 2022", d(2022, 2, 7)),
        ("7 fevrier 2022", d(2022, 2, 7)),
        ("7 FÉVRIER 2022", d(2022, 2, 7)),
        ("7 févr. 2022", d(2022, 2, 7)),
        ("15 août 2022", d(2022, 8, 15)),
        ("15 aout 2022", d(2022, 8, 15)),
        ("25 décembre 2022", d(2022, 12, 25)),
        ("25 decembre 2022", d(2022, 12, 25)),
        ("25 déc. 2022", d(2022, 12, 25)),
        ("3 avr. 2022", d(2022, 4, 3)),
        ("14 juil. 2022", d(2022, 7, 14)),
        ("11 sept. 2001", d(2001, 9, 11)),
        ("11 Sept 2001", d(2001, 9, 11)),
        ("Sept. 11, 2001", d(2001, 9, 11)),
        ("11 oct. 2022", d(2022, 10, 11)),
        ("11 nov. 2022", d(2022, 11, 11)),
        ("1er mai 2022", d(2022, 5, 1)),
        ("May 1, 2022", d(2022, 5, 1)),
        ("may 1 2022", d(2022, 5, 1)),
        ("2 mars 2022", d(2022, 3, 2)),
    ];
    for (text, want) in cases {
        assert_eq!(day(text), When::Day(want), "{text}");
    }
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
    let cases = [
        ("today", 7),
        ("Today", 7),
        ("yesterday", 6),
        ("tomorrow", 8),
        ("aujourd'hui", 7),
        ("aujourd’hui", 7),
        ("Aujourd'hui", 7),
        ("hier", 6),
        ("demain", 8),
        ("avant-hier", 5),
        ("après-demain", 9),
    ];
    for (text, want) in cases {
        assert_eq!(
            parse_when(text, friday()),
            Ok(When::Day(d(2022, 1, want))),
            "{text}"
        );
    }
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

#[test]
fn english_tenses() {
    use Tense::*;
    let cases = [
        ("troops arrived Thursday", Past),
        ("fighting erupted on Thursday", Past),
        ("the protests began Thursday", Past),
        ("clashes broke out Thursday", Past),
        ("the convoy was attacked Thursday", Past),
        ("two soldiers died Thursday", Past),
        ("26 people were killed Thursday", Past),
        ("officials said Thursday", Past),
        ("troops have withdrawn", Past),
        ("troops did not arrive Thursday", Past),
        ("talks last week", Past),
        ("three days ago", Past),
        ("troops will arrive Thursday", Future),
        ("Troops will arrive Thursday", Future),
        ("talks shall resume Thursday", Future),
        ("they'll arrive Thursday", Future),
        ("they’ll arrive Thursday", Future),
        ("they won't arrive before Thursday", Future),
        ("troops are arriving Thursday", Future),
        ("the envoy is arriving on Thursday", Future),
        ("troops are going to arrive Thursday", Future),
        ("the vote is expected to take place Thursday", Future),
        ("the summit is scheduled for Thursday", Future),
        ("talks next week", Future),
        ("officials said troops will arrive Thursday", Future),
        ("troops arrive Thursday", Bare),
        ("Thursday", Bare),
        ("armed men in the United Nations compound Thursday", Bare),
        ("a meeting during the morning", Bare),
        ("the convoy stopped next to the border", Past),
        ("", Bare),
    ];
    for (text, want) in cases {
        assert_eq!(tense_of(text, EN), want, "{text}");
    }
}

#[test]
fn a_weekday_modifier_outranks_the_verb() {
    assert_eq!(tense_of("talks resume last Thursday", EN), Tense::Past);
    assert_eq!(tense_of("they said next Friday", EN), Tense::Future);
    assert_eq!(tense_of("talks this coming Friday", EN), Tense::Future);
    assert_eq!(tense_of("ils ont dit jeudi prochain", FR), Tense::Future);
    assert_eq!(tense_of("ils arriveront jeudi dernier", FR), Tense::Past);
    assert_eq!(tense_of("la réunion de jeudi passé", FR), Tense::Past);
}

#[test]
fn french_tenses() {
    use Tense::*;
    let cases = [
        ("des troupes russes sont arrivées jeudi", Past),
        ("la contestation a éclaté dimanche", Past),
        ("douze soldats ont été tués", Past),
        ("le ministre avait annoncé jeudi", Past),
        ("les troupes étaient arrivées jeudi", Past),
        ("le convoi est parti jeudi", Past),
        ("le président a dit jeudi", Past),
        ("il a fait une déclaration", Past),
        ("il n'a pas répondu", Past),
        ("il s'est rendu à Kiev", Past),
        ("ils se sont enfuis jeudi", Past),
        ("la foule grossissait jeudi", Past),
        ("les soldats arrivaient jeudi", Past),
        ("ils arrivèrent jeudi", Past),
        ("il y a trois jours", Past),
        ("la semaine dernière", Past),
        ("les troupes arriveront jeudi", Future),
        ("le convoi arrivera jeudi", Future),
        ("le sommet aura lieu jeudi", Future),
        ("ce sera jeudi", Future),
        ("les troupes vont arriver jeudi", Future),
        ("le convoi va se rendre à Kiev jeudi", Future),
        ("les troupes doivent arriver jeudi", Future),
        ("la semaine prochaine", Future),
        ("le vote est prévu jeudi", Future),
        ("d'ici jeudi", Future),
        (
            "le ministre a annoncé que les troupes arriveront jeudi",
            Future,
        ),
        ("les troupes arrivent jeudi", Bare),
        ("jeudi", Bare),
        ("le sommet a lieu jeudi", Bare),
        ("combats dans l'est jeudi", Bare),
        ("retrait des troupes jeudi", Bare),
        ("sur le front jeudi", Bare),
        ("des troupes à Ankara jeudi", Bare),
        ("le convoi arriverait jeudi", Bare),
    ];
    for (text, want) in cases {
        assert_eq!(tense_of(text, FR), want, "{text}");
    }
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
