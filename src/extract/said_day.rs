//! The day a statement was made, as a sentence names it around its verb
//! of saying, and the rule that a bare weekday in that same day's copy is
//! that day.

use crate::domain::DateSpan;
use crate::lang::{ALL, Lang};
use crate::parse::date::{self, Tense};
use chrono::{Days, NaiveDate};
use std::ops::Range;

/// The day a statement was made: a day named right after the verb
/// ("said on Saturday", "a annoncé, vendredi,") or just before the claimant
/// ("Vendredi, les services du ministère…", "On Thursday a police…").
pub(super) fn day_near(
    s: &str,
    days: &[Range<usize>],
    subject_start: usize,
    verb_end: usize,
    lang: Lang,
    reference: NaiveDate,
) -> Option<NaiveDate> {
    let near = days.iter().find(|d| {
        let after = d.start >= verb_end
            && s[verb_end..d.start]
                .trim_matches(|c: char| c.is_whitespace() || c == ',')
                .is_empty();
        let after_on = d.start >= verb_end && {
            let gap = s[verb_end..d.start].trim().to_lowercase();
            ALL.iter()
                .any(|l| l.dates.date_prepositions.contains(&gap.as_str()))
        };
        let before = d.end <= subject_start
            && s[d.end..subject_start]
                .trim_matches(|c: char| c.is_whitespace() || c == ',')
                .is_empty();
        after || after_on || before
    })?;
    resolve_day(&s[near.clone()], lang, reference, Tense::Past)
}

/// Resolves a named day. In news copy a weekday equal to the publication
/// day's means that day ("the ministry said on Saturday" in a Saturday
/// paper), so a past weekday a full week back is taken as the reference.
pub(super) fn resolve_day(
    text: &str,
    lang: Lang,
    reference: NaiveDate,
    tense: Tense,
) -> Option<NaiveDate> {
    let (span, _) = date::find_day(text, lang, Some(reference), tense)?;
    Some(same_day(span, text, reference).start)
}

pub(super) fn same_day(span: DateSpan, text: &str, reference: NaiveDate) -> DateSpan {
    let week_back = reference.checked_sub_days(Days::new(7));
    let bare_weekday = !text.chars().any(|c| c.is_ascii_digit());
    if bare_weekday && span.start == span.end && Some(span.start) == week_back {
        DateSpan::day(reference)
    } else {
        span
    }
}
