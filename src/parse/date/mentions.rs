//! Mentions: the longest date, weekday, relative day or span of days at
//! a token, with the words that belong to it (`on`, `last`, `dernier`).

use super::Tense;
use super::scan::{End, Mention, Partial, Scan, combine};
use crate::lang::{ALL, Lang, Language};
use std::ops::Range;

impl Scan<'_> {
    pub(super) fn mentions(&self) -> impl Iterator<Item = (Mention, Range<usize>)> + '_ {
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < self.toks.len() {
                let at = i;
                if let Some((mention, end)) = self.mention_at(at) {
                    i = end;
                    return Some((mention, self.bytes(at, end)));
                }
                i += 1;
            }
            None
        })
    }

    /// The longest-form mention starting at token `i`: spans first, since
    /// they contain dates, then dates, which may contain weekdays.
    pub(super) fn mention_at(&self, i: usize) -> Option<(Mention, usize)> {
        if let Some((a, b, end)) = self.span_at(i) {
            return Some((Mention::Span(a, b), end));
        }
        if let Some(found) = self.dated_at(i) {
            return Some(found);
        }
        self.relative_at(i)
            .or_else(|| self.days_ago_at(i))
            .map(|(days, end)| (Mention::Offset(days), end))
    }

    /// Days counted back: `3 days ago`, `a week ago`, `il y a deux jours`
    /// (an offset of minus so many days), and the token after it.
    fn days_ago_at(&self, i: usize) -> Option<(i64, usize)> {
        ALL.iter().find_map(|l| {
            let ago = &l.dates.days_ago;
            let (from, before) = match ago.before.iter().find_map(|p| self.phrase_at(i, p)) {
                Some(k) if self.spaced(k) => (k, true),
                Some(_) => return None,
                None => (i, false),
            };
            let days = self.count_of_days(from, *l)?;
            let end = from + 2;
            if before {
                return Some((-days, end));
            }
            let after = ago
                .after
                .iter()
                .find_map(|p| self.spaced(end).then(|| self.phrase_at(end, p)).flatten())?;
            Some((-days, after))
        })
    }

    /// A count and a unit of days at `i` (`3 days`, `une semaine`): how
    /// many days they make.
    fn count_of_days(&self, i: usize, lang: Lang) -> Option<i64> {
        let t = self.toks.get(i)?;
        let count = if lang.numbers.one_articles.contains(&t.fold.as_str()) {
            1
        } else {
            let said = &self.text[t.start..t.end];
            let count = crate::parse::value::parse_count(said, lang)?;
            match (count.low, count.high) {
                (Some(low), Some(high)) if low == high && low.fract() == 0.0 && low <= 366.0 => {
                    low as i64
                }
                _ => return None,
            }
        };
        let unit = self.spaced(i + 1).then(|| self.word(i + 1)).flatten()?;
        let (_, days) = lang.dates.days_ago.units.iter().find(|(u, _)| *u == unit)?;
        Some(count * days)
    }

    /// An explicit date or a weekday, with what belongs to it: a leading
    /// "on"/"le", "last"/"next"/"this", a trailing "dernier"/"prochain".
    /// A date written beside a weekday wins over it: "Thursday, January 6".
    pub(super) fn dated_at(&self, i: usize) -> Option<(Mention, usize)> {
        let mut j = i;
        if self.is_any(j, |l| l.dates.date_prepositions) && self.spaced(j + 1) {
            j += 1;
        }
        if self.is_any(j, |l| l.dates.day_articles)
            && self.spaced(j + 1)
            && self.day_at(j + 1).is_some()
        {
            j += 1;
        }
        let mut forced = None;
        let mut k = j;
        let next_spaced =
            |k: usize, pick: fn(&Language) -> &[&str]| self.is_any(k, pick) && self.spaced(k + 1);
        if next_spaced(k, |l| l.dates.this) {
            k += 1;
            if next_spaced(k, |l| l.dates.this_past) {
                forced = Some(Tense::Past);
                k += 1;
            } else if next_spaced(k, |l| l.dates.this_future) {
                forced = Some(Tense::Future);
                k += 1;
            }
        } else if next_spaced(k, |l| l.dates.last) {
            forced = Some(Tense::Past);
            k += 1;
        } else if next_spaced(k, |l| l.dates.next) {
            forced = Some(Tense::Future);
            k += 1;
        }
        if let Some((day, abbrev, m)) = self.weekday_at(k) {
            if self.joined(m, abbrev, true)
                && let Some((date, end)) = self.core_at(m)
            {
                return Some((Mention::Date(date, Some(day)), end));
            }
            // An abbreviation alone is too often a word ("sun", "mar"),
            // though not before a time of day ("thu night").
            let timed = abbrev
                && self.spaced(m)
                && self
                    .any_phrase_at(m, |l| l.dates.tense.time_words)
                    .is_some();
            if !abbrev || timed {
                let mut end = m;
                if forced.is_none() && self.spaced(m) {
                    if let Some(e) = self.any_phrase_at(m, |l| l.dates.past_after_weekday) {
                        forced = Some(Tense::Past);
                        end = e;
                    } else if let Some(e) = self.any_phrase_at(m, |l| l.dates.future_after_weekday)
                    {
                        forced = Some(Tense::Future);
                        end = e;
                    }
                }
                return Some((Mention::Weekday(day, forced), end));
            }
        }
        if k != j {
            return None;
        }
        let (date, end) = self.core_at(j)?;
        if date.year.is_none()
            && self.spaced(end)
            && let Some((years, after)) = self.relative_year_at(end)
        {
            return Some((Mention::YearsAway(date, years), after));
        }
        Some((Mention::Date(date, None), end))
    }

    /// A phrase naming a year from the reference's (`last year`, `de
    /// l'année dernière`), and the token after it.
    fn relative_year_at(&self, i: usize) -> Option<(i32, usize)> {
        ALL.iter()
            .flat_map(|l| l.dates.relative_years)
            .find_map(|&(p, years)| self.phrase_at(i, p).map(|end| (years, end)))
    }

    /// Days named relative to the reference: yesterday, demain, avant-hier.
    pub(super) fn relative_at(&self, i: usize) -> Option<(i64, usize)> {
        ALL.iter()
            .flat_map(|l| l.dates.relative_days)
            .find_map(|&(p, days)| self.phrase_at(i, p).map(|end| (days, end)))
    }

    /// One end of a span, with an optional weekday before it.
    pub(super) fn end_at(&self, j: usize) -> Option<(End, usize)> {
        let j = match self.weekday_at(j) {
            Some((_, abbrev, k)) if self.joined(k, abbrev, true) => k,
            _ => j,
        };
        if let Some((date, end)) = self.core_at(j) {
            return Some((End::Full(date), end));
        }
        let (day, k) = self.day_at(j)?;
        let (year, end) = self.year_after(k, false);
        Some((End::Day(day, year), end))
    }

    /// Index of the token after a spaced "le"/"the", or `j` itself.
    pub(super) fn skip_article(&self, j: usize) -> Option<usize> {
        if !self.spaced(j) {
            return None;
        }
        Some(
            if self.is_any(j, |l| l.dates.span_articles) && self.spaced(j + 1) {
                j + 1
            } else {
                j
            },
        )
    }

    /// The word joining a span's ends: and, to, au, et, à, jusqu'au.
    pub(super) fn connector_at(&self, k: usize) -> Option<usize> {
        if !self.spaced(k) {
            return None;
        }
        self.any_phrase_at(k, |l| l.dates.span_connectors)
    }

    /// The end of the first phrase of any language's `pick` list at `i`.
    pub(super) fn any_phrase_at(&self, i: usize, pick: fn(&Language) -> &[&str]) -> Option<usize> {
        ALL.iter()
            .flat_map(|l| pick(l))
            .find_map(|p| self.phrase_at(i, p))
    }

    /// "between 5 and 7 January", "du 5 au 7 janvier", "5-7 January",
    /// "January 5–7, 2022".
    pub(super) fn span_at(&self, i: usize) -> Option<(Partial, Partial, usize)> {
        if self.is_any(i, |l| l.dates.span_openers) {
            let (a, k) = self.end_at(self.skip_article(i + 1)?)?;
            let m = self.skip_article(self.connector_at(k)?)?;
            let (b, end) = self.end_at(m)?;
            let (a, b) = combine(a, b)?;
            return Some((a, b, end));
        }
        let (a, k) = self.end_at(i)?;
        let gap = self.gap(k)?;
        let dash = gap.trim();
        if !matches!(dash, "-" | "–" | "—") {
            return None;
        }
        let (b, end) = self.end_at(k)?;
        // "6 janvier – 7 morts": a spaced dash before a bare number is
        // punctuation, not a span.
        if matches!(b, End::Day(..)) && dash != gap {
            return None;
        }
        let (a, b) = combine(a, b)?;
        Some((a, b, end))
    }
}
