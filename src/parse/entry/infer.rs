//! What a quick entry leaves unsaid, read from the language's tables: a
//! fragment opening on `a`/`un`/`another` counts one; words naming what is
//! counted (`bodies recovered`, `gardes à vue`) name the metric when no
//! metric word does; a fragment without a metric word takes the one of
//! the figure it breaks down, is coordinated with, or continues; and
//! `another`/`autres` take the qualifier of the people counted before.

use crate::domain::Kind;
use crate::lang::{ALL, BasisQualifier, Lang};
use crate::parse::fold_case;
use crate::parse::lexicon::{Lexicon, MetricMatch};
use crate::text::words::is_word_boundary;
use std::ops::Range;

pub(super) use super::basis::basis_of;
pub(super) use super::definite::{definite_at, singular_participle};
use super::opening::{is_ordinal, opening};
pub(super) use super::opening::{pair_at, singular_at, zero_at};

/// A noun of held people in `fragment` (`détenus`, `prisoners`), folded:
/// among the dead, who died.
pub(super) fn held_noun(fragment: &str, lang: Lang) -> Option<String> {
    let folded = fold_case(fragment);
    (folded.split(|c: char| !c.is_alphanumeric()))
        .find(|w| lang.entry.held_nouns.contains(w))
        .map(str::to_string)
}

/// The phrase standing for one right before the metric word at `metric`,
/// after a verb that gives a count (`police report a death`, `font état
/// d'un mort`): one of it. Not after other words ("denies a death", "hit
/// a dead end").
pub(super) fn singular_before(fragment: &str, lang: Lang, metric: usize) -> Option<Range<usize>> {
    let folded = fold_case(&fragment[..metric]);
    let head = folded.trim_end();
    // The metric word ends the phrase ("a death toll", "a dead end" are
    // other things): nothing after it but a place or a stop.
    let after = fold_case(&fragment[metric..]);
    let next = after.split_whitespace().nth(1).unwrap_or("");
    let ends = next.is_empty()
        || next.starts_with(|c: char| !c.is_alphanumeric())
        || ALL
            .iter()
            .any(|l| l.extraction.place_prepositions.contains(&next));
    if !ends
        || after
            .split_whitespace()
            .next()
            .is_some_and(|w| w.contains('-'))
    {
        return None;
    }
    // A plain article: "a second death", "another death" move a toll.
    let plain = |p: &&&str| {
        !p.contains(' ')
            && !lang.entry.others.contains(p)
            && !p.starts_with(|c: char| c.is_ascii_digit())
    };
    let one = lang
        .entry
        .singulars
        .iter()
        .filter(plain)
        .find_map(|phrase| ending_phrase(head, phrase))?;
    let verb = head[..one.start].trim_end().trim_end_matches(['\'', '’']);
    lang.entry
        .reporting_verbs
        .iter()
        .any(|v| ending_phrase(verb, v).is_some())
        .then_some(one)
}

/// The phrase standing for one at the start of `fragment`, or right after
/// the breakdown marker it opens with (`dont un enfant`, `including a
/// child`).
pub(super) fn singular_in(fragment: &str, lang: Lang) -> Option<Range<usize>> {
    if let Some(one) = singular_at(fragment, lang) {
        return Some(one);
    }
    let after = past_marker_dot(fragment, opening_marker(fragment, lang)?.end);
    one_after_marker(&fragment[after..], lang).map(|r| r.start + after..r.end + after)
}

/// The breakdown marker that opens `fragment` after any spaces ("incl",
/// "dont"), as a whole word: its range.
pub(super) fn opening_marker(fragment: &str, lang: Lang) -> Option<Range<usize>> {
    let folded = fold_case(fragment);
    let lead = folded.len() - folded.trim_start().len();
    lang.entry
        .breakdown_markers
        .iter()
        .find(|m| folded[lead..].starts_with(*m) && is_word_boundary(&folded, lead, lead + m.len()))
        .map(|m| lead..lead + m.len())
}

/// Where what follows a marker ending at `end` starts: past the dot of an
/// abbreviated one ("incl. driver").
pub(super) fn past_marker_dot(fragment: &str, end: usize) -> usize {
    end + usize::from(fragment[end..].starts_with(". "))
}

/// The phrase standing for one right after a breakdown marker: a marker
/// of one, or an article ("incl the seller": a definite person in a
/// breakdown is one too).
pub(super) fn one_after_marker(rest: &str, lang: Lang) -> Option<Range<usize>> {
    singular_at(rest, lang).or_else(|| {
        let article = opening(rest, lang, lang.entry.definites)?;
        // "incl the capital": a place or a thing is no one.
        let next = fold_case(&rest[article.end..]);
        let noun = next
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())?;
        let ex = &lang.extraction;
        let whose = lang.entry.whose_nouns.contains(&noun);
        // "dont la moitié grièvement": a share, no one.
        let share = lang.entry.not_singular_before.contains(&noun);
        (!ex.thing_nouns.contains(&noun) && !ex.area_nouns.contains(&noun) && !whose && !share)
            .then_some(article)
    })
}

/// A phrase as a whole-word match in folded text, with either apostrophe.
pub(super) fn find_phrase(folded: &str, phrase: &str) -> Option<Range<usize>> {
    [phrase.to_string(), phrase.replace('\'', "’")]
        .iter()
        .find_map(|variant| {
            folded
                .match_indices(variant.as_str())
                .map(|(at, _)| at..at + variant.len())
                .find(|r| is_word_boundary(folded, r.start, r.end))
        })
}

/// Where `head` ends with `phrase` as whole words: the phrase's range.
pub(super) fn ending_phrase(head: &str, phrase: &str) -> Option<Range<usize>> {
    let at = head.len().checked_sub(phrase.len())?;
    (head.ends_with(phrase) && is_word_boundary(head, at, head.len())).then_some(at..head.len())
}

/// The words before a figure, with the figure, when they make it a change
/// (`rose by 12`, `en hausse de 12`) rather than a total.
pub(super) fn change_before<'a>(
    fragment: &'a str,
    value: &Range<usize>,
    lang: Lang,
) -> Option<&'a str> {
    let before = fold_case(&fragment[..value.start]);
    let trimmed = before.trim_end();
    lang.entry.changes.iter().find_map(|phrase| {
        let at = ending_phrase(trimmed, phrase)?.start;
        // "toll up 4", "deaths up 4": a word alone moves a toll only after
        // one ("rounded up 40" counts those rounded up).
        let word_before = trimmed[..at]
            .split_whitespace()
            .next_back()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let after_toll = word_before.is_none_or(|w| {
            w.is_empty() || crate::lang::is_stopword(w) || crate::lang::is_metric_word(w)
        });
        (phrase.contains(' ') || after_toll).then(|| &fragment[at..value.end])
    })
}

/// A fragment's metric and what naming it took out of the qualifier.
pub(super) struct Named {
    pub(super) metric: Option<MetricMatch>,
    /// The words of the basis that named the metric, whatever it keeps.
    pub(super) spans: Vec<Range<usize>>,
    /// The words the qualifier loses.
    pub(super) removed: Vec<Range<usize>>,
    /// The basis's own label for the qualifier (`bodies recovered`).
    pub(super) label: Option<&'static str>,
}

/// The metric of a fragment: its metric word, unless a basis (when
/// `with_bases`) names it instead, or holds a metric word of another
/// metric ("succumbed to their injuries" is a death, not an injury).
pub(super) fn metric_of(fragment: &str, lang: Lang, lexicon: &Lexicon, with_bases: bool) -> Named {
    let word = lexicon
        .find(fragment, lang)
        .map(|m| stronger_word(fragment, lang, lexicon, m));
    let mut named = Named {
        metric: word.clone(),
        spans: Vec::new(),
        removed: Vec::new(),
        label: None,
    };
    // "8 drownd": a basis word typed a letter wrong, when nothing else
    // names the metric.
    let typed_wrong = || {
        (word.is_none() && !lexicon.is_exact())
            .then(|| super::basis::basis_typed_wrong(fragment, lang))
            .flatten()
    };
    let basis = with_bases.then(|| basis_of(fragment, lang).or_else(typed_wrong));
    let Some(basis) = basis.flatten() else {
        return named;
    };
    let holds = |m: &MetricMatch| {
        basis
            .spans
            .iter()
            .any(|r| r.start <= m.span.start && m.span.end <= r.end)
    };
    match &word {
        Some(m) if basis.metric == m.metric => {
            // "ont trouvé la mort": the phrase round a metric word that
            // says the same metric goes with it.
            if basis.qualifier == BasisQualifier::Dropped {
                named.removed.clone_from(&basis.spans);
            }
            named.spans = basis.spans;
        }
        Some(m) if !holds(m) => {}
        _ => {
            let start = basis.spans.iter().map(|r| r.start).min().unwrap_or(0);
            if basis.qualifier != BasisQualifier::Kept {
                named.removed.clone_from(&basis.spans);
            }
            if let BasisQualifier::Named(label) = basis.qualifier {
                named.label = Some(label);
            }
            named.metric = Some(MetricMatch {
                metric: basis.metric.to_string(),
                kind: lexicon.kind_of(basis.metric).unwrap_or(Kind::Count),
                // Empty: the basis's own rule says which of its words go.
                span: start..start,
            });
            named.spans = basis.spans;
        }
    }
    named
}

/// "17 détenus tués": a word naming who is counted by a status or a
/// plight (`détenus`, `réfugiés`) gives way to a count metric word of
/// what befell them, and stays in the qualifier.
fn stronger_word(fragment: &str, lang: Lang, lexicon: &Lexicon, m: MetricMatch) -> MetricMatch {
    if !is_weak(&fragment[m.span.clone()]) {
        return m;
    }
    let mut rest = fragment.to_string();
    rest.replace_range(m.span.clone(), &" ".repeat(m.span.len()));
    match lexicon.find(&rest, lang) {
        Some(other) if other.kind == Kind::Count => other,
        _ => m,
    }
}

/// Whether a figure and a partitive header (`of the`) stand right before
/// the metric word at `word`: "6 of the wounded …".
pub(super) fn partitive_header_before(fragment: &str, lang: Lang, word: &Range<usize>) -> bool {
    let head = fold_case(&fragment[..word.start]);
    let head = head.trim_end();
    lang.extraction.partitive_headers.iter().any(|h| {
        head.strip_suffix(h).is_some_and(|before| {
            let figure = before.trim_end();
            figure.ends_with(|c: char| c.is_alphanumeric())
                && crate::parse::value::find_counts(figure, lang)
                    .last()
                    .is_some_and(|(_, r)| r.end == figure.len())
        })
    })
}

/// Whether a metric word names who is counted more than what befell them.
fn is_weak(word: &str) -> bool {
    let word = fold_case(word);
    ALL.iter().any(|l| {
        l.extraction.status_metric_words.contains(&word.as_str())
            || l.extraction.weak_metric_words.contains(&word.as_str())
    })
}

/// A metric word of another metric in `fragment` than `metric`, outside
/// its own word and the basis that named it (`300 dead or injured`).
pub(super) fn second_metric(
    fragment: &str,
    lang: Lang,
    lexicon: &Lexicon,
    metric: &MetricMatch,
    basis: &[Range<usize>],
) -> Option<MetricMatch> {
    let mut rest = fragment.to_string();
    for r in basis.iter().chain(std::iter::once(&metric.span)) {
        rest.replace_range(r.clone(), &" ".repeat(r.len()));
    }
    lexicon
        .find(&rest, lang)
        .filter(|other| other.metric != metric.metric && !metric.span.is_empty())
        // "17 détenus tués": the weaker word is the qualifier.
        .filter(|other| !is_weak(&fragment[other.span.clone()]))
        // "37 killed since war began": the start of what is counted.
        .filter(|other| {
            let before = fold_case(&fragment[..other.span.start]);
            !lang
                .extraction
                .since_words
                .iter()
                .any(|w| find_phrase(&before, w).is_some())
        })
}

/// Whether a fragment counts casualties with a word that names the dead
/// alone only when nothing follows to split it (`victimes`), and the text
/// after it splits it into the dead and the injured (`dont 2 morts et 13
/// blessés`, `: 12 morts, 28 blessés`).
pub(super) fn casualty_total(fragment: &str, after: &str, lang: Lang) -> bool {
    let folded = fold_case(fragment);
    let names = lang
        .extraction
        .casualty_words
        .iter()
        .any(|w| find_phrase(&folded, w).is_some());
    let rest = fold_case(after);
    let Some(split) = lang
        .extraction
        .casualty_splits
        .iter()
        .filter_map(|s| rest.find(s).map(|at| at + s.len()))
        .min()
    else {
        return false;
    };
    names
        && lang
            .extraction
            .casualty_parts
            .iter()
            .any(|p| find_phrase(&rest[split..], p).is_some())
}

/// Where a clause after the value tells how the total moved (`toll rises
/// to 9 after 2 more die`, `après 2 nouveaux décès`): an opening word, then
/// a figure followed by a word for more. Its words are no qualifier.
pub(super) fn change_clause_after(
    fragment: &str,
    value: &Range<usize>,
    lang: Lang,
) -> Option<usize> {
    let folded = fold_case(fragment);
    let counts = crate::parse::value::find_counts(fragment, lang);
    lang.entry.change_openers.iter().find_map(|opener| {
        folded[value.end..]
            .match_indices(opener)
            .map(|(at, _)| value.end + at)
            .filter(|&at| is_word_boundary(&folded, at, at + opener.len()))
            .find(|&at| {
                counts
                    .iter()
                    .find(|(_, r)| r.start >= at + opener.len())
                    .is_some_and(|(_, r)| {
                        let next = folded[r.end..].trim_start();
                        let skipped = folded.len() - next.len();
                        lang.entry.more_words.iter().any(|w| {
                            next.starts_with(w)
                                && is_word_boundary(&folded, skipped, skipped + w.len())
                        })
                    })
            })
    })
}

/// The figure with the word for more right after it (`2 more dead`, `5
/// nouveaux morts`): a change, not a total. Words that name others
/// (`deux autres blessés`) are no such word.
pub(super) fn more_after<'a>(
    fragment: &'a str,
    value: &Range<usize>,
    lang: Lang,
) -> Option<&'a str> {
    let folded = fold_case(fragment);
    let rest = folded[value.end..].trim_start();
    let at = folded.len() - rest.len();
    let more = |w: &&&str| !lang.entry.others.contains(w);
    if let Some(w) = lang
        .entry
        .more_words
        .iter()
        .filter(more)
        .find(|w| rest.starts_with(*w) && is_word_boundary(&folded, at, at + w.len()))
    {
        // "dont 5 de moins de 18 ans", "d'un an": a bound of a figure
        // after it (an age), not a change.
        let after = rest[w.len()..].trim_start();
        let of = after
            .split_once([' ', '\'', '’'])
            .filter(|(n, _)| {
                *n == lang.counts.noun_of
                    || (lang.counts.elided_words.iter())
                        .any(|&(full, short)| full == lang.counts.noun_of && short == *n)
            })
            .is_some_and(|(_, tail)| {
                let counts = crate::parse::value::find_counts(tail, lang);
                let one = tail.split(' ').next().unwrap_or("");
                counts.first().is_some_and(|(_, r)| r.start == 0)
                    || lang.entry.singulars.contains(&one)
            });
        if !of {
            return Some(&fragment[value.start..at + w.len()]);
        }
    }
    // "4 morts de plus": a phrase after the noun, ending the fragment
    // ("900 décès supplémentaires" are excess deaths, a count).
    let noun = rest.split_whitespace().next()?;
    let tail = rest[noun.len()..].trim();
    lang.entry
        .more_words
        .iter()
        .filter(more)
        .find(|w| w.contains(' ') && tail == **w)
        .map(|_| fragment[value.start..].trim_end())
}

/// Whether a fragment names one of the people counted before (`another`,
/// `deux autres`).
pub(super) fn names_others(fragment: &str, lang: Lang) -> bool {
    let folded = fold_case(fragment);
    folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| lang.entry.others.contains(&w))
        || singular_at(fragment, lang).is_some_and(|one| {
            fragment[one]
                .split_whitespace()
                .last()
                .is_some_and(|w| is_ordinal(w, lang))
        })
}

/// Whether a claim's figure comes right after a word that refutes it
/// (`not 71`, `et non 17`, `pas 41`).
pub(super) fn refuted(claim: &super::EntryClaim, preceding: &str, lang: Lang) -> bool {
    claim.fragment.find(&claim.text).is_some_and(|at| {
        // "38 detained not 83": the word may end the fragment before.
        let before = fold_case(&format!("{preceding} {}", &claim.fragment[..at]));
        negation_before(&before, lang).is_some()
    })
}

/// The span of a refuted figure with the words refuting it, when both are
/// in the claim's own fragment (`not 17` in `not 17 but 7 dead`): the
/// rest of the fragment may still give a figure.
pub(super) fn refutation_in(claim: &super::EntryClaim, lang: Lang) -> Option<Range<usize>> {
    let at = claim.fragment.find(&claim.text)?;
    let before = fold_case(&claim.fragment[..at]);
    // (Folding keeps offsets: a span of `before` is one of the fragment.)
    let negation = negation_before(&before, lang)?;
    Some(negation.start..at + claim.text.len())
}

/// Where a negation ends `before` (punctuation after it aside).
fn negation_before(before: &str, lang: Lang) -> Option<Range<usize>> {
    let head = before.trim_end_matches(|c: char| !c.is_alphanumeric());
    // "et non plus 7": a negation may be a phrase.
    lang.entry
        .negations
        .iter()
        .find_map(|n| ending_phrase(head, n))
}
