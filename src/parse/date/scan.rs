//! The scanner over date tokens: what a mention is, and the recognisers
//! of single dates (days, months, weekdays, years, ISO dates). Month and
//! weekday names of every language of `lang::ALL` are read in any text.

use super::Tense;
use crate::lang::{ALL, Lang, Language};
use crate::text::tokens::{Kind, Token as Tok, tokenize};
use crate::text::words::{is_apostrophe, is_joiner};
use chrono::{NaiveDate, Weekday};
use std::ops::Range;

/// A month and day, with the year when one was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Partial {
    pub(super) year: Option<i32>,
    pub(super) month: u32,
    pub(super) day: u32,
}

impl Partial {
    pub(super) fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
    }
}

/// A day as named in text, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mention {
    /// Days from the reference: yesterday is -1.
    Offset(i64),
    /// A weekday, with the tense its own words force ("last", "prochain").
    Weekday(Weekday, Option<Tense>),
    /// An explicit date, with the weekday written beside it if any.
    Date(Partial, Option<Weekday>),
    /// A day and month in the year so many years from the reference's
    /// (`15 April last year`: -1).
    YearsAway(Partial, i32),
    /// A span of days: start, end.
    Span(Partial, Partial),
}

/// One end of a span: a full date, or a bare day number borrowing its
/// month from the other end ("between 5 and 7 January").
#[derive(Debug, Clone, Copy)]
pub(super) enum End {
    Full(Partial),
    Day(u32, Option<i32>),
}

/// Joins the two ends of a span, lending month and year across.
pub(super) fn combine(a: End, b: End) -> Option<(Partial, Partial)> {
    match (a, b) {
        (End::Day(day, None), End::Full(p)) => Some((Partial { day, ..p }, p)),
        (End::Full(p), End::Day(day, year)) => {
            let year = p.year.or(year);
            Some((Partial { year, ..p }, Partial { year, day, ..p }))
        }
        (End::Full(a), End::Full(b)) => Some((a, b)),
        _ => None,
    }
}

/// The token list with the recognisers. Each recogniser takes a token index
/// and returns what it read and the index just past it.
pub(super) struct Scan<'a> {
    pub(super) text: &'a str,
    pub(super) toks: Vec<Tok>,
    /// Whose weekday abbreviations count (`None`: every language's).
    pub(super) abbrevs: Option<Lang>,
}

impl<'a> Scan<'a> {
    pub(super) fn new(text: &'a str, abbrevs: Option<Lang>) -> Self {
        Scan {
            text,
            // Dates read words and numbers; what lies between them is read
            // as text (`gap`), so a hyphen or an apostrophe is seen whole.
            toks: tokenize(text)
                .into_iter()
                .filter(|t| t.kind != Kind::Punct)
                .collect(),
            abbrevs,
        }
    }

    pub(super) fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| !t.is_number())
            .map(|t| t.fold.as_str())
    }

    pub(super) fn is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }

    /// Whether the word at `i` is in the list `pick` gives, for any
    /// language: the date words of every language are read in any text.
    pub(super) fn is_any(&self, i: usize, pick: impl Fn(&Language) -> &[&str]) -> bool {
        ALL.iter().any(|l| self.is(i, pick(l)))
    }

    /// Whether the token at `i` is `w`: folded when `w` is plain ASCII,
    /// with its accents when `w` has some (`à` is not `a`).
    pub(super) fn is_word(&self, i: usize, w: &str) -> bool {
        match self.toks.get(i).filter(|t| !t.is_number()) {
            Some(t) if w.is_ascii() => t.fold == w,
            Some(t) => t.lower == w,
            None => false,
        }
    }

    /// Matches a phrase at `i` and returns the index after it. Its words
    /// are joined by a space (white space), a hyphen (`avant-hier`: a
    /// hyphen or white space) or an apostrophe (`aujourd'hui`).
    pub(super) fn phrase_at(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut k = i;
        let mut joint = None;
        for part in phrase.split_inclusive([' ', '-', '\'']) {
            let (w, next) = match part.char_indices().last() {
                Some((at, c @ (' ' | '-' | '\''))) => (&part[..at], Some(c)),
                _ => (part, None),
            };
            let joined = match joint {
                None => true,
                Some(' ') => self.spaced(k),
                Some('-') => self.hyphen(k),
                Some(_) => self.apostrophe(k),
            };
            if !joined || !self.is_word(k, w) {
                return None;
            }
            k += 1;
            joint = next;
        }
        Some(k)
    }

    /// Whether the words of `phrase` follow each other from `i`, whatever
    /// lies between them.
    pub(super) fn phrase_words_at(&self, i: usize, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(n, w)| self.is(i + n, &[w]))
    }

    /// The text between token `i - 1` and token `i`.
    pub(super) fn gap(&self, i: usize) -> Option<&'a str> {
        if i == 0 || i >= self.toks.len() {
            return None;
        }
        Some(&self.text[self.toks[i - 1].end..self.toks[i].start])
    }

    /// The gap before token `i` when it is one character.
    fn gap_char(&self, i: usize) -> Option<char> {
        let mut chars = self.gap(i)?.chars();
        chars.next().filter(|_| chars.next().is_none())
    }

    /// Whether token `i` follows the previous one across white space (NBSP
    /// included), with one comma allowed when `comma`, and an abbreviation's
    /// dot first when `dot`.
    pub(super) fn joined(&self, i: usize, dot: bool, comma: bool) -> bool {
        let Some(gap) = self.gap(i) else {
            return false;
        };
        let rest = if dot {
            gap.strip_prefix('.').unwrap_or(gap)
        } else {
            gap
        };
        !gap.is_empty()
            && rest.matches(',').count() <= usize::from(comma)
            && rest.chars().all(|c| c == ',' || c.is_whitespace())
    }

    pub(super) fn spaced(&self, i: usize) -> bool {
        self.joined(i, false, false)
    }

    pub(super) fn apostrophe(&self, i: usize) -> bool {
        self.gap_char(i).is_some_and(is_apostrophe)
    }

    /// A hyphen (or a space) between two halves of one word: avant-hier.
    pub(super) fn hyphen(&self, i: usize) -> bool {
        self.gap_char(i).is_some_and(is_joiner) || self.spaced(i)
    }

    pub(super) fn bytes(&self, from: usize, to: usize) -> Range<usize> {
        self.toks[from].start..self.toks[to - 1].end
    }

    /// Every mention in order, none overlapping.
    /// A day of the month: `6`, `06`, `6th`, `1er`, `premier`.
    pub(super) fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        if !t.is_number() {
            let words = ALL.iter().flat_map(|l| l.dates.day_words);
            return words.clone().find(|w| w.0 == t.fold).map(|w| (w.1, i + 1));
        }
        // Glued to a word ("F16") or the tail of a decimal or a clock time
        // ("3.6", "10:30"): not a day.
        if let Some(gap) = self.gap(i)
            && (gap.is_empty() || (self.toks[i - 1].is_number() && matches!(gap, "." | "," | ":")))
        {
            return None;
        }
        if t.end - t.start > 2 {
            return None;
        }
        let day: u32 = t.fold.parse().ok()?;
        if !(1..=31).contains(&day) {
            return None;
        }
        match self.gap(i + 1) {
            Some("") if self.is_any(i + 1, |l| l.dates.day_suffixes) => Some((day, i + 2)),
            Some("") => None,
            _ => Some((day, i + 1)),
        }
    }

    /// A month name of any language: (month, abbreviation, whether its
    /// language puts the month first, next index). The first language of
    /// `lang::ALL` naming the word decides.
    pub(super) fn month_at(&self, i: usize) -> Option<(u32, bool, bool, usize)> {
        let w = self.word(i)?;
        // "19 dec'd" (deceased): an abbreviation glued by an apostrophe
        // to a word is that word's contraction, no month.
        let contracted = self.apostrophe(i + 1) && self.word(i + 1).is_some();
        ALL.iter().find_map(|l| {
            let m = (l.dates.months.iter()).find(|m| m.word == w && !(m.abbrev && contracted))?;
            Some((m.month, m.abbrev, l.dates.month_first, i + 1))
        })
    }

    /// A weekday name of any language, or an abbreviation of the scan's
    /// language (of any, without one): (weekday, abbreviation, next index).
    pub(super) fn weekday_at(&self, i: usize) -> Option<(Weekday, bool, usize)> {
        let w = self.word(i)?;
        let find = |days: &[(&str, Weekday)]| days.iter().find(|d| d.0 == w).map(|d| d.1);
        if let Some(day) = ALL.iter().find_map(|l| find(l.dates.weekdays)) {
            return Some((day, false, i + 1));
        }
        let day = ALL
            .iter()
            .filter(|l| self.abbrevs.is_none_or(|a| a == **l))
            .find_map(|l| find(l.dates.weekday_abbrevs))?;
        Some((day, true, i + 1))
    }

    /// A four-digit year, 1000 to 2999.
    pub(super) fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self
            .toks
            .get(i)
            .filter(|t| t.is_number() && t.end - t.start == 4)?;
        if self.gap(i + 1) == Some("") {
            return None;
        }
        let year: i32 = t.fold.parse().ok()?;
        (1000..=2999).contains(&year).then_some((year, i + 1))
    }

    /// An optional year after token `k - 1`.
    pub(super) fn year_after(&self, k: usize, dot: bool) -> (Option<i32>, usize) {
        match self.year_at(k) {
            Some((year, end)) if self.joined(k, dot, true) => (Some(year), end),
            _ => (None, k),
        }
    }

    pub(super) fn small_number(&self, i: usize) -> Option<u32> {
        let t = self
            .toks
            .get(i)
            .filter(|t| t.is_number() && t.end - t.start <= 2)?;
        t.fold.parse().ok()
    }

    /// `2022-01-06` or `2022/01/06`.
    pub(super) fn iso_at(&self, i: usize) -> Option<(Partial, usize)> {
        let t = self
            .toks
            .get(i)
            .filter(|t| t.is_number() && t.end - t.start == 4)?;
        let sep = self.gap(i + 1).filter(|g| matches!(*g, "-" | "/"))?;
        if self.gap(i + 2) != Some(sep) {
            return None;
        }
        let (month, day) = (self.small_number(i + 1)?, self.small_number(i + 2)?);
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let year = Some(t.fold.parse().ok()?);
        Some((Partial { year, month, day }, i + 3))
    }

    /// `6 January`, `6th of January`, `1er janvier 2022`, `7 janv. 2022`.
    pub(super) fn day_month_at(&self, i: usize) -> Option<(Partial, usize)> {
        let (day, mut j) = self.day_at(i)?;
        if self.is_any(j, |l| l.dates.day_of) && self.spaced(j) {
            j += 1;
        }
        if !self.spaced(j) {
            return None;
        }
        let (month, abbrev, _, k) = self.month_at(j)?;
        let (year, end) = self.year_after(k, abbrev);
        // "up to 5 may still be trapped": a lowercase month that is a verb
        // too, with no year and a verb's word after it, is the verb.
        // "since 1 may now 40" keeps its day.
        let introduced = i > 0
            && (self.is_any(i - 1, |l| l.dates.date_prepositions)
                || self.is_any(i - 1, |l| l.extraction.since_words));
        if year.is_none()
            && !introduced
            && !self.toks[j].capital
            && self.is_any(j, |l| l.dates.verb_months)
            && self.is_any(k, |l| l.dates.verb_month_followers)
        {
            return None;
        }
        Some((Partial { year, month, day }, end))
    }

    /// `January 6`, `Jan. 6th, 2022`: in languages that put the month first.
    pub(super) fn month_day_at(&self, i: usize) -> Option<(Partial, usize)> {
        // "in January 6 people died": after "in" a month is just a month.
        if i > 0 && self.is_any(i - 1, |l| l.dates.month_only_after) {
            return None;
        }
        let (month, abbrev, english, j) = self.month_at(i)?;
        if !english || !self.joined(j, abbrev, false) {
            return None;
        }
        let (day, k) = self.day_at(j)?;
        let (year, end) = self.year_after(k, false);
        // "may" and "march" are verbs too: lowercase, they need a year.
        let t = &self.toks[i];
        if year.is_none() && !t.capital && self.is_any(i, |l| l.dates.verb_months) {
            return None;
        }
        Some((Partial { year, month, day }, end))
    }

    pub(super) fn core_at(&self, i: usize) -> Option<(Partial, usize)> {
        self.iso_at(i)
            .or_else(|| self.day_month_at(i))
            .or_else(|| self.month_day_at(i))
    }
}
