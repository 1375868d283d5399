//! Resolution: a mention and the day it was said become a span of days.

use super::Tense;
use super::scan::{Mention, Partial};
use crate::domain::DateSpan;
use chrono::{Datelike, Days, NaiveDate, Weekday};

pub(super) fn shift(day: NaiveDate, days: i64) -> Option<NaiveDate> {
    let n = Days::new(days.unsigned_abs());
    if days >= 0 {
        day.checked_add_days(n)
    } else {
        day.checked_sub_days(n)
    }
}

/// The weekday by the tense: the latest on or before the reference in the
/// past, the next on or after it in the future (copy naming its own day
/// means that day), the nearest when bare.
pub(super) fn weekday_from(day: Weekday, reference: NaiveDate, tense: Tense) -> Option<NaiveDate> {
    weekday_by(day, reference, tense, false)
}

/// `strict`: the reference's own weekday is a week away ("last Friday"
/// said on a Friday is a week ago).
fn weekday_by(day: Weekday, reference: NaiveDate, tense: Tense, strict: bool) -> Option<NaiveDate> {
    let ahead = i64::from(
        (7 + day.num_days_from_monday() - reference.weekday().num_days_from_monday()) % 7,
    );
    let back = (7 - ahead) % 7;
    let offset = match tense {
        Tense::Past if back == 0 && strict => -7,
        Tense::Past => -back,
        Tense::Future if ahead == 0 && strict => 7,
        Tense::Future => ahead,
        // back + ahead is 7 (or both are 0), so this only ties at 0.
        Tense::Bare if back <= ahead => -back,
        Tense::Bare => ahead,
    };
    shift(reference, offset)
}

/// A span's days. A missing year comes from the other end, else from the
/// reference; an end that would fall before its start rolls into the next
/// year ("du 28 décembre au 3 janvier").
pub(super) fn resolve_span(
    a: Partial,
    b: Partial,
    reference: Option<NaiveDate>,
) -> Option<DateSpan> {
    let (start, end) = match (a.year, b.year) {
        (Some(x), Some(y)) => (a.in_year(x)?, b.in_year(y)?),
        (None, Some(y)) => {
            let end = b.in_year(y)?;
            let start = a.in_year(y)?;
            (
                if start > end {
                    a.in_year(y - 1)?
                } else {
                    start
                },
                end,
            )
        }
        (_, None) => {
            let x = match a.year {
                Some(x) => x,
                None => reference?.year(),
            };
            let start = a.in_year(x)?;
            let end = b.in_year(x)?;
            (start, if end < start { b.in_year(x + 1)? } else { end })
        }
    };
    (start <= end).then_some(DateSpan { start, end })
}

/// A day and month without a year, by the tense as a weekday is: the
/// latest on or before the reference in the past ("la guerre a commencé le
/// 7 octobre" in a June paper is last October), the next on or after it in
/// the future, the nearest when bare (the earlier on a tie). A weekday
/// written with it picks the year it falls on, whatever the tense
/// ("arriveront jeudi 6 janvier" said on Friday 7 January 2022 is the day
/// before).
fn yearless(
    date: Partial,
    weekday: Option<Weekday>,
    reference: NaiveDate,
    tense: Tense,
) -> Option<NaiveDate> {
    let year = reference.year();
    let days = [year - 1, year, year + 1]
        .into_iter()
        .filter_map(|y| date.in_year(y));
    let nearest = |d: &NaiveDate| (*d - reference).num_days().abs();
    if let Some(named) = weekday
        && let Some(day) = days
            .clone()
            .filter(|d| d.weekday() == named)
            .min_by_key(nearest)
    {
        return Some(day);
    }
    match tense {
        Tense::Past => days.filter(|d| *d <= reference).max(),
        Tense::Future => days.filter(|d| *d >= reference).min(),
        Tense::Bare => days.min_by_key(nearest),
    }
}

pub(super) fn resolve(
    mention: Mention,
    reference: Option<NaiveDate>,
    tense: Tense,
) -> Option<DateSpan> {
    match mention {
        Mention::Offset(days) => shift(reference?, days).map(DateSpan::day),
        // "last Friday"/"jeudi prochain" name another week than this one.
        Mention::Weekday(day, Some(forced)) => {
            weekday_by(day, reference?, forced, true).map(DateSpan::day)
        }
        Mention::Weekday(day, None) => weekday_from(day, reference?, tense).map(DateSpan::day),
        Mention::Date(date, weekday) => match date.year {
            Some(year) => date.in_year(year).map(DateSpan::day),
            None => yearless(date, weekday, reference?, tense).map(DateSpan::day),
        },
        Mention::YearsAway(date, years) => {
            date.in_year(reference?.year() + years).map(DateSpan::day)
        }
        Mention::Span(a, b) => resolve_span(a, b, reference),
    }
}

/// A resolved span the stored form can hold: days in the years 1 to 9999.
/// A weekday said near either end of the calendar can resolve past it
/// ("Friday", said on 0001-01-01 in the past tense, is 0000-12-29).
pub fn check_years(span: DateSpan, said: &str) -> Result<DateSpan, String> {
    match [span.start, span.end]
        .into_iter()
        .find(|d| !(1..=9999).contains(&d.year()))
    {
        Some(day) if day.format("%Y-%m-%d").to_string() == said.trim() => {
            Err(format!("'{}' is outside the years 1 to 9999", said.trim()))
        }
        Some(day) => Err(format!(
            "'{}' falls on {}, outside the years 1 to 9999",
            said.trim(),
            day.format("%Y-%m-%d")
        )),
        None => Ok(span),
    }
}

pub(super) fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}
