//! One, none or both said in words at the start of a quick entry's
//! fragment (`a`, `another`, `un autre`, `no`, `aucun`, `both`), with the
//! ordinal that may follow (`a fifth missing`, `un 3e blessé`), read from
//! the language's tables.

use super::definite::after_label;
use super::infer::find_phrase;
use crate::lang::{ALL, Lang};
use crate::parse::fold_case;
use crate::text::words::is_word_boundary;
use std::ops::Range;

/// The phrase standing for one at the start of `fragment` (`another`,
/// `un autre`, `a`), when a word follows it (`a 5-year-old boy`: the
/// compound is no figure of its own).
pub(super) fn singular_at(fragment: &str, lang: Lang) -> Option<Range<usize>> {
    let Some(one) = opening(fragment, lang, lang.entry.singulars) else {
        return bare_ordinal(fragment, lang);
    };
    // "a fifth missing", "a 6th in burns unit", "un 3e blessé": the
    // ordinal is part of the one, not who it is.
    let rest = &fragment[one.end..];
    let lead = rest.len() - rest.trim_start().len();
    let word = rest[lead..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // "a fifth of them", "a 2nd explosion": a fraction or a thing.
    // (The next word of the same clause: "un autre mort, bilan
    // provisoire" is one.)
    let after = rest[lead + word.len()..].trim_start();
    let next = fold_case(
        after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or(""),
    );
    let ex = &lang.extraction;
    let of_thing = lang.entry.size_links.contains(&next.as_str())
        || ex.thing_nouns.contains(&next.as_str())
        || lang.entry.event_nouns.contains(&next.as_str());
    let ordinal = !word.is_empty() && is_ordinal(word, lang);
    // "another death toll", "un 2e bilan": a report, not a person.
    if (ordinal && of_thing) || is_report_noun(&next) {
        return None;
    }
    let end = if ordinal {
        one.end + lead + word.len()
    } else {
        one.end
    };
    Some(one.start..end)
}

/// An ordinal in figures opening `fragment` before a metric word, with no
/// article (`7th death in hospital`, `3e blessé`): one more.
fn bare_ordinal(fragment: &str, lang: Lang) -> Option<Range<usize>> {
    let start = fragment.len() - fragment.trim_start().len();
    let word = fragment[start..]
        .split(|c: char| !c.is_alphanumeric())
        .next()?;
    let next = fold_case(
        fragment[start + word.len()..]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())?,
    );
    let figure = word.starts_with(|c: char| c.is_ascii_digit()) && is_ordinal(word, lang);
    (figure && crate::lang::is_metric_word(&next)).then(|| start..start + word.len())
}

/// An ordinal of the people counted before (`fifth`, `6th`, `3e`): a word
/// of the table, or a figure with the language's ordinal suffix.
pub(super) fn is_ordinal(word: &str, lang: Lang) -> bool {
    let folded = fold_case(word);
    let digits = folded.len()
        - folded
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    let figure = digits > 0 && lang.numbers.ordinal_suffixes.contains(&&folded[digits..]);
    figure
        || (lang.entry.others.contains(&folded.as_str())
            && !lang.entry.singulars.contains(&folded.as_str()))
}

/// The word for none at the start of `fragment` (`no`, `aucun`), when a
/// word follows it.
pub(super) fn zero_at(fragment: &str, lang: Lang) -> Option<Range<usize>> {
    opening(fragment, lang, lang.entry.zeros)
}

/// The first of `phrases` opening `fragment` and followed by a word that
/// is no quantity word.
pub(super) fn opening(fragment: &str, lang: Lang, phrases: &[&str]) -> Option<Range<usize>> {
    // "« aucun blessé »": a quotation mark opens the words quoted;
    // "mairie : « aucun blessé »" past a source's label.
    let label = after_label(fragment);
    let at = fragment.len()
        - fragment[label..]
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '«' | '"' | '“'))
            .len();
    let folded = fold_case(fragment);
    // "la préfecture fait état d'un 4e mort", "police report a second
    // death": or right after a verb of saying, before an ordinal only
    // ("police report a death toll", "d'un drame" count no one).
    let said = lang.entry.reporting_verbs.iter().find_map(|v| {
        let verb = find_phrase(&folded, v)?;
        let rest = &folded[verb.end..];
        Some(folded.len() - rest.trim_start_matches(['\'', '’', ' ']).len())
    });
    phrases.iter().find_map(|phrase| {
        opening_at(&folded, at, phrase, lang).or_else(|| {
            let one = opening_at(&folded, said?, phrase, lang)?;
            counted_after_ordinal(&folded[one.end..], lang).then_some(one)
        })
    })
}

/// Whether `rest` is an ordinal, then the metric word (a few words of
/// who between: "a second police officer killed", "a second man, aged 40,
/// died"), which no link word comes right before ("a second wave of
/// deaths") and no report noun right after in the same clause ("a second
/// death toll", "un 2e bilan"; not "a second death, toll provisional").
fn counted_after_ordinal(rest: &str, lang: Lang) -> bool {
    let mut words = Vec::new();
    let mut at = 0;
    for w in rest.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() {
            words.push((at, w));
        }
        at += w.len() + 1;
    }
    if !words.first().is_some_and(|(_, w)| is_ordinal(w, lang)) {
        return false;
    }
    // A metric word, or a word copy counts the dead by ("victime").
    let counted = |w: &str| {
        crate::lang::is_metric_word(w)
            || (ALL.iter().flat_map(|l| l.extraction.extra_metrics)).any(|m| m.1.contains(&w))
    };
    let link = |w: &str| {
        w == lang.counts.noun_of
            || (lang.entry.noun_links.iter())
                .any(|l| *l == w || l.strip_suffix(['\'', '’']) == Some(w))
    };
    let thing = |w: &str| {
        lang.extraction.thing_nouns.contains(&w)
            || lang.entry.event_nouns.contains(&w)
            || is_report_noun(w)
    };
    for k in 1..words.len().min(7) {
        let (start, w) = words[k];
        if counted(w) {
            let end = start + w.len();
            let next = words
                .get(k + 1)
                .filter(|(n, _)| rest[end..*n].trim().is_empty());
            return !link(words[k - 1].1) && !next.is_some_and(|(_, n)| is_report_noun(n));
        }
        if thing(w) {
            return false;
        }
    }
    false
}

/// Whether a folded word names a report of a toll in any language
/// (`toll`, `bilan`).
fn is_report_noun(word: &str) -> bool {
    ALL.iter()
        .any(|l| l.extraction.report_nouns.contains(&word))
}

/// `at..` the end of `phrase` when it opens `folded` at `at` before a
/// word that is no quantity word.
fn opening_at(folded: &str, at: usize, phrase: &str, lang: Lang) -> Option<Range<usize>> {
    let end = at + phrase.len();
    let rest = folded.get(end..)?.trim_start();
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let next_word = words.next().unwrap_or("");
    // "an unknown number of": the mark, then the word of no figure.
    let after_mark = words
        .next()
        .filter(|_| lang.entry.unknown_marks.contains(&next_word));
    // "a number of", "un grand nombre": no figure.
    let follows = rest.chars().next().is_some_and(char::is_alphanumeric)
        && !lang.entry.not_singular_before.contains(&next_word)
        && !after_mark.is_some_and(|w| lang.entry.not_singular_before.contains(&w));
    (folded[at..].starts_with(phrase) && is_word_boundary(folded, at, end) && follows)
        .then_some(at..end)
}

/// The word standing for two at the start of `fragment` (`both`).
pub(super) fn pair_at(fragment: &str, lang: Lang) -> Option<Range<usize>> {
    opening(fragment, lang, lang.entry.pairs)
}
