//! A toll whose predicate follows asides: "The toll from the whole
//! sequence, | the magnitude 7.2 earthquake of 14 March and Tuesday's
//! aftershock included, | now stands at 1,846". Quick entry cuts at each
//! comma, which leaves the toll's noun in one clause and its figure in
//! another; the predicate is read with its subject over the asides
//! blanked, so no figure of theirs is read as the toll.

use super::traps::people_counts;
use super::words::*;
use crate::domain::{Kind, Lang};
use crate::parse::lexicon::Lexicon;
use std::ops::Range;

/// How many asides may stand between the toll's noun and its predicate.
const ASIDES: usize = 3;

/// How many clauses at the end of `out` (the toll's noun and the asides
/// after it) `tail` continues: a predicate that opens on words naming no
/// one ("now stands at") before a figure, with no metric word of its own,
/// after asides with no metric word or figure of people, after a subject
/// with a report noun that is a metric word ("The toll", "Le bilan") and
/// no figure. None when it continues none.
fn toll_subject_before(
    s: &str,
    out: &[Range<usize>],
    tail: &str,
    lang: Lang,
    lexicon: &Lexicon,
) -> Option<usize> {
    if lexicon.find(tail, lang).is_some() {
        return None;
    }
    let (_, figure) = people_counts(tail, lang, None).into_iter().next()?;
    let lead: Vec<String> = words_of(&tail[..figure.start]).map(lowered).collect();
    if lead.is_empty() || !lead.iter().all(|w| crate::lang::is_stopword(w)) {
        return None;
    }
    // "the magnitude 7.2 earthquake": a figure on a scale counts no one.
    let scaled = |text: &str, at: usize| {
        words_before(text, at, 1).first().is_some_and(|(w, _)| {
            crate::lang::ALL
                .iter()
                .any(|l| l.entry.scale_words.contains(&w.as_str()))
        })
    };
    let aside = |r: &Range<usize>| {
        let text = &s[r.clone()];
        lexicon.find(text, lang).is_none()
            && people_counts(text, lang, None)
                .iter()
                .all(|(_, figure)| scaled(text, figure.start))
    };
    let asides = out
        .iter()
        .rev()
        .take(ASIDES)
        .take_while(|r| aside(r))
        .count();
    if asides == 0 || out.len() <= asides {
        return None;
    }
    let subject = &s[out[out.len() - 1 - asides].clone()];
    let toll = lexicon
        .find(subject, lang)
        .is_some_and(|m| m.kind == Kind::Count)
        && people_counts(subject, lang, None).is_empty()
        && words_of(subject).any(|w| lang.extraction.report_nouns.contains(&lowered(w).as_str()));
    toll.then_some(asides + 1)
}

/// The sentence with the asides between a toll's noun and the predicate
/// of clause `i` blanked (offsets kept), and the range to read in it,
/// subject and predicate, when clause `i` continues such a subject.
pub(super) fn toll_past_asides(
    s: &str,
    clauses: &[Range<usize>],
    i: usize,
    lang: Lang,
    lexicon: &Lexicon,
) -> Option<(String, Range<usize>)> {
    let clause = clauses.get(i)?;
    let k = toll_subject_before(s, &clauses[..i], &s[clause.clone()], lang, lexicon)?;
    let subject = &clauses[i - k];
    let blank = subject.end..clause.start;
    let mut blanked = s.to_string();
    blanked.replace_range(blank.clone(), &" ".repeat(blank.len()));
    Some((blanked, subject.start..clause.end))
}
