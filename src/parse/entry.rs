//! Quick entry: "26 armed criminals killed, 18 wounded" → two claims.
//!
//! A text is split into fragments on `,` `;` `.` and joining words (`and`),
//! never inside a number or a date the value and date parsers recognise. Each
//! fragment needs a quantity (or a day) and a metric word from the lexicon;
//! the content words left over become the qualifier.

use crate::domain::{Count, DateSpan, Kind, Value};
use crate::lang::{ALL, Lang};
use crate::parse::date;
use crate::parse::lexicon::Lexicon;
use crate::parse::value;
use crate::text::tokens::words_joined_by;
use chrono::NaiveDate;
use std::ops::Range;

/// One claim read from a fragment of a quick entry.
#[derive(Debug, Clone, PartialEq)]
pub struct EntryClaim {
    /// The fragment as typed.
    pub fragment: String,
    /// The metric named by the fragment's metric word; `None` when it has
    /// none (`parse` shows such a fragment, `add` refuses it).
    pub metric: Option<String>,
    pub qualifier: String,
    /// The value's own words, as said (`au moins 26`, `jeudi`).
    pub text: String,
    pub value: Value,
}

impl EntryClaim {
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }
}

/// Why a fragment could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EntryError {
    #[error("nothing to record: the text is empty")]
    Empty,
    #[error("cannot read '{fragment}': {why}")]
    Unreadable { fragment: String, why: String },
}

fn unreadable(fragment: &str, why: impl Into<String>) -> EntryError {
    EntryError::Unreadable {
        fragment: fragment.trim().to_string(),
        why: why.into(),
    }
}

/// Reads every claim of a quick entry. `reference` resolves weekdays and
/// `yesterday` (the claim's said/published date, else today).
pub fn parse_entry(
    text: &str,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
) -> Result<Vec<EntryClaim>, EntryError> {
    let fragments = split_fragments(text, lang, lexicon);
    if fragments.is_empty() {
        return Err(EntryError::Empty);
    }
    // A figure read in part (`1e400` as 1, `-5` as 5) would be recorded
    // wrong without a word: refuse it, naming the fragment it sits in.
    if let Some((bad, why)) = value::first_unreadable(text, lang) {
        let around = fragments
            .iter()
            .find(|r| overlaps(r, &bad))
            .map_or(text, |r| &text[r.clone()]);
        return Err(unreadable(around, format!("'{}' {why}", &text[bad])));
    }
    let mut claims: Vec<EntryClaim> = Vec::with_capacity(fragments.len());
    for range in fragments {
        let mut claim = parse_fragment(&text[range], lang, lexicon, reference)?;
        if claim.metric.is_none()
            && is_breakdown(&claim.fragment)
            && let Some(before) = claims.last()
            && before.kind() == claim.kind()
        {
            claim.metric = before.metric.clone();
        }
        if let Some(why) = count_range_error(&claim.value) {
            return Err(unreadable(
                &claim.fragment,
                format!("'{}' {why}", claim.text),
            ));
        }
        claims.push(claim);
    }
    Ok(claims)
}

/// Reads one fragment.
pub fn parse_fragment(
    fragment: &str,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
) -> Result<EntryClaim, EntryError> {
    let metric = lexicon.find(fragment, lang);
    let dates = date::date_spans(fragment, lang);
    let count = first_count_outside(fragment, lang, &dates);
    let day = || {
        date::find_day(
            fragment,
            lang,
            Some(reference),
            date::tense_of(fragment, lang),
        )
    };

    let (value, value_span): (Value, Range<usize>) = match &metric {
        Some(m) if m.kind == Kind::Date => match day() {
            Some((span, range)) => (Value::Date(span), range),
            None => {
                return Err(unreadable(
                    fragment,
                    format!("'{}' needs a day (Thursday, jeudi, 6 January)", m.metric),
                ));
            }
        },
        Some(m) if m.kind == Kind::Text => {
            return Err(unreadable(
                fragment,
                format!(
                    "'{}' is a text metric: use --metric {} --value TEXT",
                    m.metric, m.metric
                ),
            ));
        }
        Some(m) => match count {
            Some((c, range)) => (Value::Count(c), range),
            None => {
                return Err(unreadable(
                    fragment,
                    format!("no figure for '{}'", &fragment[m.span.clone()]),
                ));
            }
        },
        None => match (count, day()) {
            (Some((c, range)), _) => (Value::Count(c), range),
            (None, Some((span, range))) => (Value::Date(span), range),
            (None, None) => return Err(unreadable(fragment, "no figure, day or metric word")),
        },
    };

    if let Value::Date(span) = value {
        date::check_years(span, &fragment[value_span.clone()])
            .map_err(|e| unreadable(fragment, e))?;
    }
    let mut removed = vec![value_span.clone()];
    if let Some(m) = &metric {
        removed.push(m.span.clone());
    }
    removed.extend(dates.iter().cloned());
    Ok(EntryClaim {
        fragment: fragment.trim().to_string(),
        metric: metric.map(|m| m.metric),
        qualifier: qualifier(
            &fragment[clause_around(fragment, &value_span)],
            &removed_in(&removed, clause_around(fragment, &value_span)),
        ),
        text: fragment[value_span].trim().to_string(),
        value,
    })
}

/// Why a count's bounds cannot be stored (see `domain::MAX_COUNT`).
pub fn count_range_error(value: &Value) -> Option<String> {
    match value {
        Value::Count(c) => [c.low, c.high]
            .into_iter()
            .flatten()
            .find_map(crate::domain::count_out_of_range),
        _ => None,
    }
}

/// The first count in `text` that is not part of a date.
fn first_count_outside(
    text: &str,
    lang: Lang,
    dates: &[Range<usize>],
) -> Option<(Count, Range<usize>)> {
    value::find_counts(text, lang)
        .into_iter()
        .find(|(_, r)| !dates.iter().any(|d| overlaps(d, r)))
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Splits an entry into fragment byte ranges. A piece with neither a
/// figure nor a day is glued back to the one before it when that one has no
/// metric word yet, so "26 police and soldiers killed" stays one fragment
/// while "26 dead, many wounded" is two (and the second is refused).
pub fn split_fragments(text: &str, lang: Lang, lexicon: &Lexicon) -> Vec<Range<usize>> {
    let mut protected: Vec<Range<usize>> = value::find_counts(text, lang)
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    protected.extend(date::date_spans(text, lang));
    let pieces = pieces_between(text, &cuts_outside(text, &protected));
    merge_pieces(text, pieces, &protected, lang, lexicon)
        .into_iter()
        .map(|r| trim_range(text, r))
        .filter(|r| !r.is_empty())
        .collect()
}

/// Separator ranges outside the `protected` values: punctuation, or a
/// joining word (`and`, `et`, `&`) between spaces. Sorted by start.
fn cuts_outside(text: &str, protected: &[Range<usize>]) -> Vec<Range<usize>> {
    let inside = |at: usize| protected.iter().any(|r| r.start <= at && at < r.end);
    let mut cuts: Vec<Range<usize>> = Vec::new();
    let bytes = text.as_bytes();
    for (at, c) in text.char_indices() {
        if inside(at) {
            continue;
        }
        let is_cut = match c {
            ',' | ';' => true,
            '.' => bytes.get(at + 1).is_none_or(|b| b.is_ascii_whitespace()),
            _ => false,
        };
        if is_cut {
            cuts.push(at..at + 1);
        }
    }
    // "&" joins in every language.
    let joiners = ALL.iter().flat_map(|l| l.entry.joiners).copied();
    for word in joiners.chain(["&"]) {
        let lower = text.to_ascii_lowercase();
        for (at, _) in lower.match_indices(word) {
            let end = at + word.len();
            let before = text[..at].chars().next_back();
            let after = text[end..].chars().next();
            if before.is_some_and(char::is_whitespace)
                && after.is_some_and(char::is_whitespace)
                && !inside(at)
            {
                cuts.push(at..end);
            }
        }
    }
    cuts.sort_by_key(|r| r.start);
    cuts
}

/// The pieces of `text` between sorted cuts (a cut inside an earlier one
/// is skipped).
fn pieces_between(text: &str, cuts: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for cut in cuts
        .iter()
        .chain(std::iter::once(&(text.len()..text.len())))
    {
        if cut.start < start {
            continue;
        }
        pieces.push(start..cut.start);
        start = cut.end;
    }
    pieces
}

/// Glues a piece without a value to its neighbour when it only adds to it.
fn merge_pieces(
    text: &str,
    pieces: Vec<Range<usize>>,
    protected: &[Range<usize>],
    lang: Lang,
    lexicon: &Lexicon,
) -> Vec<Range<usize>> {
    let has_value = |r: &Range<usize>| protected.iter().any(|p| overlaps(p, r));
    let names_metric = |r: &Range<usize>| lexicon.find(&text[r.clone()], lang).is_some();
    let mut merged: Vec<Range<usize>> = Vec::new();
    for piece in pieces {
        if text[piece.clone()].trim().is_empty() {
            continue;
        }
        match merged.last_mut() {
            // An attribution or aside ("according to police") belongs to the
            // piece before; so does a metric word without a figure when that
            // piece has none of its own ("26 police and soldiers killed").
            // Anything else must read alone ("the city burned" is refused).
            Some(last)
                if !has_value(&piece)
                    && (continues(&text[piece.clone()])
                        || (names_metric(&piece) && !names_metric(last))) =>
            {
                last.end = piece.end
            }
            _ => merged.push(piece),
        }
    }
    // A leading piece without a value ("Selon le ministère, 26 morts") is
    // glued forward rather than refused.
    if merged.len() > 1 && !has_value(&merged[0]) && !names_metric(&merged[0]) {
        let first = merged.remove(0);
        merged[0].start = first.start;
    }
    merged
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let piece = &text[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    r.start + lead..r.end - trail
}

/// Whether a piece only adds to the one before: an attribution ("according
/// to police", "selon le ministère") or a breakdown ("including …").
fn continues(piece: &str) -> bool {
    words_joined_by(piece, |c| c == '\'' || c == '’')
        .into_iter()
        .any(|w| ends_qualifier(&piece[w].to_lowercase()))
}

/// Words that mark a breakdown of the figure before ("164 dead, 103 of them
/// in Almaty"): such a fragment borrows the metric before it.
fn is_breakdown(fragment: &str) -> bool {
    let lower = fragment.to_lowercase();
    ALL.iter()
        .flat_map(|l| l.entry.breakdown_markers)
        .any(|m| lower.contains(m))
}

/// Whether `word` starts an attribution or a breakdown, in any language
/// ("selon le ministère" names the claimant; "including 103 in Almaty" is
/// another figure).
fn ends_qualifier(word: &str) -> bool {
    ALL.iter().any(|l| l.entry.qualifier_ends.contains(&word))
}

fn is_stopword(word: &str) -> bool {
    ALL.iter().any(|l| l.entry.stopwords.contains(&word))
}

/// The content words left once the value, the metric word and any date are
/// taken out: lower-cased, quotes and stop words dropped.
/// The clause of a fragment (between commas or semicolons) holding the
/// value: asides glued to a fragment ("26 dead, police said") add no
/// qualifier.
fn clause_around(fragment: &str, value: &Range<usize>) -> Range<usize> {
    let start = fragment[..value.start]
        .rfind([',', ';'])
        .map_or(0, |at| at + 1);
    let end = fragment[value.end..]
        .find([',', ';'])
        .map_or(fragment.len(), |at| value.end + at);
    start..end
}

/// Removed ranges shifted into a clause's own offsets.
fn removed_in(removed: &[Range<usize>], clause: Range<usize>) -> Vec<Range<usize>> {
    removed
        .iter()
        .filter(|r| r.start < clause.end && clause.start < r.end)
        .map(|r| r.start.max(clause.start) - clause.start..r.end.min(clause.end) - clause.start)
        .collect()
}

fn qualifier(fragment: &str, removed: &[Range<usize>]) -> String {
    // The value (the first removed range) becomes a NUL, so the words
    // before it and after it can be told apart.
    let mut kept = String::with_capacity(fragment.len());
    for (at, c) in fragment.char_indices() {
        match removed.iter().position(|r| r.start <= at && at < r.end) {
            Some(0) if at == removed[0].start => kept.push('\0'),
            Some(_) => kept.push(' '),
            None => kept.push(c),
        }
    }
    let (before, after) = kept.split_once('\0').unwrap_or(("", kept.as_str()));
    let mut words: Vec<String> = Vec::new();
    for (part, is_after) in [(before, false), (after, true)] {
        for run in words_joined_by(part, |c| c == '-' || c == '\'' || c == '’') {
            let mut word = part[run]
                .trim_matches(|c| c == '-' || c == '\'' || c == '’')
                .to_lowercase();
            // Elisions: d'Almaty → almaty, l'armée → armée.
            if let Some((head, tail)) = word.split_once(['\'', '’'])
                && ALL.iter().any(|l| l.elisions.contains(&head))
            {
                word = tail.to_string();
            }
            if ends_qualifier(&word) {
                // After the figure, an attribution ("selon le ministère")
                // or a breakdown ("including 103 in Almaty") ends the
                // qualifier; before it ("dont 103 à Almaty") it only
                // introduces the figure.
                if is_after {
                    break;
                }
                continue;
            }
            if word.is_empty() || is_stopword(&word) || word.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            words.push(word);
        }
    }
    words.join(" ")
}

/// Reads a `--value` given with `--metric`: a count for count metrics, a day
/// (ISO, `6 January`, `jeudi`) for date metrics, the text itself otherwise.
pub fn parse_structured_value(
    text: &str,
    kind: Kind,
    lang: Lang,
    reference: NaiveDate,
) -> Result<Value, String> {
    match kind {
        Kind::Count => {
            if let Some((bad, why)) = value::first_unreadable(text, lang) {
                return Err(format!("'{}' {why}", &text[bad]));
            }
            let value = value::parse_count(text, lang)
                .map(Value::Count)
                .ok_or_else(|| format!("'{}' is not a figure", text.trim()))?;
            match count_range_error(&value) {
                Some(why) => Err(format!("'{}' {why}", text.trim())),
                None => Ok(value),
            }
        }
        Kind::Date => {
            if let Ok(when) = date::parse_when(text, Some(reference)) {
                return Ok(Value::Date(DateSpan::day(when.date())));
            }
            let (span, _) = date::find_day(text, lang, Some(reference), date::tense_of(text, lang))
                .ok_or_else(|| format!("'{}' is not a day", text.trim()))?;
            date::check_years(span, text).map(Value::Date)
        }
        Kind::Text => {
            if text.trim().is_empty() {
                Err("the value is empty".to_string())
            } else {
                Ok(Value::Text)
            }
        }
    }
}

#[cfg(test)]
mod tests;
