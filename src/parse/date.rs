//! Temporary stand-in, replaced by the date parser.
use crate::domain::{DateSpan, Lang, When};
use chrono::{NaiveDate, Weekday};
use std::ops::Range;
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Bare,
}
pub fn parse_when(text: &str, _reference: Option<NaiveDate>) -> Result<When, String> {
    let t = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(When::Day(d));
    }
    chrono::DateTime::parse_from_rfc3339(t)
        .map(When::Instant)
        .map_err(|_| format!("not a date: '{t}'"))
}
pub fn tense_of(_text: &str, _lang: Lang) -> Tense {
    Tense::Past
}
pub fn resolve_weekday(day: Weekday, reference: NaiveDate, _tense: Tense) -> NaiveDate {
    let mut d = reference.pred_opt().unwrap();
    while d.weekday() != day {
        d = d.pred_opt().unwrap();
    }
    d
}
use chrono::Datelike;
pub fn find_day(
    text: &str,
    _lang: Lang,
    reference: Option<NaiveDate>,
    tense: Tense,
) -> Option<(DateSpan, Range<usize>)> {
    let at = text.to_lowercase().find("jeudi")?;
    Some((
        DateSpan::day(resolve_weekday(Weekday::Thu, reference?, tense)),
        at..at + 5,
    ))
}
pub fn date_spans(_text: &str, _lang: Lang) -> Vec<Range<usize>> {
    Vec::new()
}
