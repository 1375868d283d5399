//! Dates as fact-checkers meet them: moments typed on the command line
//! (`2022-01-07`, `le 7 janvier 2022`, `yesterday`) and days named inside
//! reported claims ("troops arrived Thursday", "des troupes russes sont
//! arrivées jeudi"), resolved against the day the claim was said.
//!
//! Everything is pure: no clock is read, the reference day is passed in.
//! Text is cut into words and numbers with their byte ranges, and small
//! recognisers walk that token list, so every span handed back lies on char
//! boundaries whatever the input (accents, NBSP, emoji). Weekday and month
//! names of every language are recognised whatever the language; the
//! language only chooses the tense tables and whose weekday abbreviations
//! count (`mar` is Tuesday in French, `Mon` Monday in English). The words
//! are the languages' (`crate::lang`); the text layer's tokenizer
//! (`text::tokens`) cuts, `scan` and `mentions` recognise, `resolve` finds the days, `tense` reads the tense.

use crate::domain::{DateSpan, When};
use crate::lang::Lang;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Weekday};
use std::ops::Range;

mod mentions;
mod resolve;
mod scan;
mod tense;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_days;

pub use resolve::check_years;
use resolve::{resolve, shift, weekday_from, weekday_name};
use scan::{Mention, Scan};

/// The tense of a fragment's verb, which decides which way a weekday points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Bare,
}

/// ISO dates and date-times; `None` when the text is not ISO-shaped or not
/// a real moment, an error for a time without an offset.
fn parse_iso(text: &str) -> Option<Result<When, String>> {
    let (date, time) = match text.find(['T', 't', ' ']) {
        Some(at) => (&text[..at], Some(text[at + 1..].trim_start())),
        None => (text, None),
    };
    if date.is_empty() || !date.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return None;
    }
    let Some(time) = time else {
        return NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .ok()
            .map(|d| Ok(When::Day(d)));
    };
    let time = match time.strip_suffix(['Z', 'z']) {
        Some(t) => format!("{t}+00:00"),
        None => time.to_string(),
    };
    let joined = format!("{date}T{time}");
    const WITH_OFFSET: [&str; 4] = [
        "%Y-%m-%dT%H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
    ];
    const WITHOUT: [&str; 2] = ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"];
    if let Some(t) = WITH_OFFSET
        .iter()
        .find_map(|f| DateTime::parse_from_str(&joined, f).ok())
    {
        return Some(Ok(When::Instant(t)));
    }
    // A clock time without an offset names no instant: 14:00 in Almaty is
    // 08:00 UTC. Taking it as UTC would file the figure hours off, and on
    // another calendar day, without a word.
    WITHOUT
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(&joined, f).ok())
        .map(|t| Err(no_offset(text, t)))
}

/// The message for a clock time without an offset.
fn no_offset(text: &str, t: NaiveDateTime) -> String {
    format!(
        "'{text}' has a time but no UTC offset; add the offset where it was said \
         ({}+06:00, or Z for UTC) or give the day alone ({})",
        t.format("%Y-%m-%dT%H:%M"),
        t.date()
    )
}

/// Parses a moment given on the command line or in a file. Accepts: ISO
/// dates `2022-01-07`; ISO date-times with an offset
/// (`2022-01-07 10:00:00+06:00`, `2022-01-07T10:00:00+06:00`, `...Z`) — a
/// time without an offset is refused, as it names no instant; `7 Jan 2022`, `7 January 2022`,
/// `January 7, 2022`, `Jan 7 2022`, `7 janvier 2022`, `le 7 janvier 2022`,
/// `1er janvier 2022`, `vendredi 7 janvier 2022`, `Friday 7 January` and
/// `vendredi 7 janvier` (no year: the year of `reference`, or an error
/// without one), and the relative words today/yesterday/tomorrow/
/// aujourd'hui/hier/demain (relative to `reference`). A date-only input
/// gives When::Day. Errors are short English messages that say what was
/// wrong, e.g. "not a date: '2022-13-45'" or "'vendredi 7 janvier' has no
/// year and there is no reference date".
///
/// A weekday written beside a date must agree with it: `samedi 7 janvier
/// 2022` is refused, since 2022-01-07 is a Friday.
pub fn parse_when(text: &str, reference: Option<NaiveDate>) -> Result<When, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("empty date".to_string());
    }
    if let Some(when) = parse_iso(text) {
        return when;
    }
    let scan = Scan::new(text, None);
    // The mention must be the whole input (a closing dot aside).
    let whole = |end: usize| {
        end == scan.toks.len()
            && scan.toks[0].start == 0
            && matches!(&text[scan.toks[end - 1].end..], "" | ".")
    };
    let Some((mention, _)) = scan.mention_at(0).filter(|&(_, end)| whole(end)) else {
        return Err(format!("not a date: '{text}'"));
    };
    match mention {
        Mention::Offset(days) => {
            let reference = reference
                .ok_or_else(|| format!("'{text}' is relative and there is no reference date"))?;
            shift(reference, days)
                .map(When::Day)
                .ok_or_else(|| format!("'{text}' falls outside the calendar"))
        }
        Mention::Date(date, weekday) => {
            let Some(year) = date.year.or(reference.map(|r| r.year())) else {
                return Err(format!(
                    "'{text}' has no year and there is no reference date"
                ));
            };
            let day = date
                .in_year(year)
                .ok_or_else(|| format!("not a date: '{text}'"))?;
            match weekday {
                Some(w) if w != day.weekday() => Err(format!(
                    "'{text}': {day} is a {}, not a {}",
                    weekday_name(day.weekday()),
                    weekday_name(w)
                )),
                _ => Ok(When::Day(day)),
            }
        }
        Mention::YearsAway(date, years) => {
            let reference = reference
                .ok_or_else(|| format!("'{text}' is relative and there is no reference date"))?;
            date.in_year(reference.year() + years)
                .map(When::Day)
                .ok_or_else(|| format!("not a date: '{text}'"))
        }
        Mention::Weekday(..) => Err(format!(
            "'{text}' is a weekday, not a date; give the day itself, e.g. 2022-01-06"
        )),
        Mention::Span(..) => Err(format!("'{text}' is a span of days, not one date")),
    }
}

/// The tense of a fragment's verb, for resolving weekdays. Past: arrived,
/// erupted, began, broke out, was/were, died, killed, said, -ed verbs
/// generally, "last"; FR: passé composé (auxiliary avoir/être + participle:
/// "sont arrivées", "a éclaté", "ont été tués"), imparfait/plus-que-parfait
/// ("avait annoncé"), "dernier". Future: will/shall/'ll + verb, "is/are
/// arriving", "going to", "next"; FR: futur simple (-ra/-ront endings:
/// "arriveront", "arrivera"), "va/vont + infinitive", "prochain". Bare
/// otherwise.
///
/// Precedence: a modifier on a weekday itself ("last Thursday", "jeudi
/// prochain") first; then future markers, since reported speech puts the
/// future under a past verb ("a annoncé que les troupes arriveront");
/// then past markers.
pub fn tense_of(text: &str, lang: Lang) -> Tense {
    tense::tense_in(&Scan::new(text, Some(lang)), lang)
}

/// Resolves a weekday against a reference date by the tense rule: Past
/// takes the latest such day on or before the reference, Future the next
/// one on or after it (copy naming its own day means that day), Bare the
/// nearest one (the reference day itself if it is that weekday; a tie
/// between 3 days back and 4 ahead is not possible, but between equally
/// distant past and future the past wins). `last`/`next` before a weekday
/// still name another week (`find_day`).
///
/// At the very ends of chrono's calendar, where the answer does not exist,
/// the reference itself is returned.
pub fn resolve_weekday(day: Weekday, reference: NaiveDate, tense: Tense) -> NaiveDate {
    weekday_from(day, reference, tense).unwrap_or(reference)
}

/// Finds the first day mentioned in a fragment or sentence and resolves it,
/// returning the span of days and the BYTE range of the words that named
/// it. Recognises: weekdays (en/fr, any case: Thursday, jeudi), yesterday/
/// today/tomorrow/hier/aujourd'hui/demain/avant-hier, "on Thursday", "last
/// Thursday"/"jeudi dernier" (past), "next Thursday"/"jeudi prochain"
/// (future), explicit dates ("6 January", "January 6", "Thursday, January
/// 6", "jeudi 6 janvier", "le 6 janvier 2022", "6 janvier 2022", ISO
/// "2022-01-06"), and spans "between 5 and 7 January", "from 5 to 7
/// January", "du 5 au 7 janvier", "entre le 5 et le 7 janvier" (start..end).
/// Weekdays and relative words need `reference` (return None without it);
/// explicit dates without a year follow the tense as weekdays do (with no
/// reference, None). The tense to use is given by the caller (it calls
/// tense_of on the fragment).
///
/// Only the first mention is tried: when it cannot be resolved (no
/// reference, 31 February) the answer is None rather than a later day that
/// may belong to another event.
pub fn find_day(
    text: &str,
    lang: Lang,
    reference: Option<NaiveDate>,
    tense: Tense,
) -> Option<(DateSpan, Range<usize>)> {
    let scan = Scan::new(text, Some(lang));
    let (mention, bytes) = scan.mentions().next()?;
    Some((resolve(mention, reference, tense)?, bytes))
}

/// Every byte range in `text` that names a date (same recognisers as
/// find_day, no resolution needed), so a caller can avoid splitting
/// "Thursday, January 6" on its comma or reading "6" in "6 janvier" as a
/// count.
pub fn date_spans(text: &str, lang: Lang) -> Vec<Range<usize>> {
    Scan::new(text, Some(lang))
        .mentions()
        .map(|(_, bytes)| bytes)
        .collect()
}
