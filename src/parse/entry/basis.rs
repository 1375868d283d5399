//! Words that name what a quick entry's figure counts when the fragment
//! has no metric word (`bodies recovered`, `gardes à vue`): the bases of
//! the language's table, found where they say who is counted.

use super::infer::find_phrase;
use crate::lang::{BasisQualifier, Lang, is_metric_word};
use crate::parse::fold_case;
use std::ops::Range;

/// A metric named by what is counted, and the words that named it.
pub(super) struct BasisMatch {
    pub(super) metric: &'static str,
    pub(super) spans: Vec<Range<usize>>,
    pub(super) qualifier: BasisQualifier,
}

/// The first basis of the language whose every group of phrases is in
/// `fragment`.
pub(super) fn basis_of(fragment: &str, lang: Lang) -> Option<BasisMatch> {
    // "hospital officials: 27 still in hospital": a label before a colon
    // says who speaks; what is counted is said after it.
    let first = crate::parse::value::find_counts(fragment, lang)
        .first()
        .map_or(fragment.len(), |(_, r)| r.start);
    if let Some(colon) = fragment[..first].rfind(':')
        && let Some(mut found) = basis_in(&fragment[colon + 1..], lang)
    {
        for r in &mut found.spans {
            *r = r.start + colon + 1..r.end + colon + 1;
        }
        return Some(found);
    }
    basis_in(fragment, lang)
}

fn basis_in(fragment: &str, lang: Lang) -> Option<BasisMatch> {
    let folded = fold_case(fragment);
    let counts = crate::parse::value::find_counts(fragment, lang);
    // "le directeur de l'hôpital": the complement of a noun is not
    // where anyone is.
    // "des centaines de sinistrés": after a figure the link is part
    // of it.
    let complement = |r: &Range<usize>| {
        after_noun_link(&folded[..r.start], lang)
            && !counts
                .iter()
                .any(|(_, c)| c.end <= r.start && folded[c.end..r.start].trim().len() <= 3)
    };
    // "12 bodies moved to a mosque", "troops moved to stadium": people a
    // move never makes displaced.
    let unsheltered = (folded.split(|c: char| !c.is_alphanumeric()))
        .any(|w| lang.extraction.not_sheltered.contains(&w));
    let bases = lang.entry.bases.iter();
    bases
        .filter(|b| !(unsheltered && b.metric == "displaced"))
        .find_map(|basis| {
            let alone = basis.all_of.len() == 1 && matches!(basis.qualifier, BasisQualifier::Kept);
            // Each group's first phrase that says where someone is: "hospital
            // says 3 in critical condition" is read on its second phrase.
            let spans = basis
                .all_of
                .iter()
                .map(|group| {
                    group
                        .iter()
                        .filter_map(|p| basis_phrase(&folded, p, lang))
                        .find(|r| {
                            let modifies = alone && modifier(&folded, r, lang);
                            !(complement(r) || spoken(&folded, r) || modifies)
                        })
                })
                .collect::<Option<Vec<_>>>()?;
            Some(BasisMatch {
                metric: basis.metric,
                spans,
                qualifier: basis.qualifier,
            })
        })
}

/// A basis of one word that names its metric alone and is dropped from
/// the qualifier (`drowned`, `perished`), typed a letter wrong (`8
/// drownd`, `7 drownned`) by a word the tables know as nothing else.
pub(super) fn basis_typed_wrong(fragment: &str, lang: Lang) -> Option<BasisMatch> {
    let folded = fold_case(fragment);
    let runs = crate::text::tokens::words_joined_by(&folded, |c| c == '-');
    runs.into_iter().find_map(|run| {
        let typed = &folded[run.clone()];
        let letters = typed.chars().count();
        if letters < 5 || crate::parse::lexicon::known_word(typed) || is_metric_word(typed) {
            return None;
        }
        // Words of their own lie one letter from a basis word: its head
        // changed ("downed", not "drowned") or its last letter gone
        // ("massacre", "capture"); a typo keeps both. Two neighbours
        // swapped keep every letter, so five are enough ("nyoés").
        let typo_of = |p: &str| {
            let head = |w: &str| w.chars().take(2).collect::<String>();
            let same_length = p.chars().count() == letters;
            let cut_last = p.chars().count() == letters + 1 && p.starts_with(typed);
            (same_length || (letters >= 6 && head(p) == head(typed)))
                && !cut_last
                && crate::parse::typos::near_miss(typed, p)
        };
        let basis = lang.entry.bases.iter().find(|b| {
            b.qualifier == BasisQualifier::Dropped
                && b.all_of.len() == 1
                && b.all_of[0].iter().any(|p| !p.contains(' ') && typo_of(p))
        })?;
        Some(BasisMatch {
            metric: basis.metric,
            spans: vec![run],
            qualifier: basis.qualifier,
        })
    })
}

/// Whether the basis at `r` is who speaks (`2 aid bodies said 4 dead`):
/// a word ending a qualifier, a verb of saying, follows it.
fn spoken(folded: &str, r: &Range<usize>) -> bool {
    let rest = &folded[r.end..];
    // "11 gardes à vue, confirme le parquet": after a comma the verb's
    // speaker follows it.
    let gap = rest
        .find(char::is_alphanumeric)
        .map_or(rest, |at| &rest[..at]);
    !gap.contains(',')
        && rest
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .is_some_and(|w| {
                super::qualifier::ends_qualifier(w) && !super::qualifier::is_source_preposition(w)
            })
}

/// Whether the one-word basis at `r` qualifies the noun after it
/// ("hospital director and chief technician detained"), with no
/// preposition before it ("19 in hospital overnight" is where they are).
fn modifier(folded: &str, r: &Range<usize>, lang: Lang) -> bool {
    let word = |w: &str| {
        w.split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or("")
            .to_string()
    };
    let next = word(folded[r.end..].strip_prefix(' ').unwrap_or(""));
    let before = folded[..r.start]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    !folded[r.clone()].contains(' ')
        && next.chars().next().is_some_and(char::is_alphabetic)
        && !crate::lang::is_stopword(&next)
        && !is_metric_word(&next)
        // "45,000 refugees per UNHCR": who says it follows.
        && !super::qualifier::ends_qualifier(&next)
        && !super::qualifier::is_source_preposition(&next)
        && !lang.extraction.place_prepositions.contains(&before)
}

/// Whether `head` ends on a word linking a complement to its noun (`de`,
/// `d'`), an article after it left aside (`de l'`, `de la`).
fn after_noun_link(head: &str, lang: Lang) -> bool {
    let mut head = head.trim_end();
    for article in lang.entry.definites {
        for variant in [article.to_string(), article.replace('\'', "’")] {
            if let Some(h) = head.strip_suffix(variant.as_str())
                && h.ends_with(|c: char| !c.is_alphanumeric())
            {
                head = h.trim_end();
            }
        }
    }
    lang.entry.noun_links.iter().any(|l| {
        head.strip_suffix(l)
            .is_some_and(|h| h.is_empty() || h.ends_with(|c: char| !c.is_alphanumeric()))
    })
}

/// A basis phrase in `folded`; one written with a final `$` only where it
/// ends the fragment ("17 marins sans nouvelles", not "familles sans
/// nouvelles de leurs proches"), one with a leading `^` only right after a
/// figure or labelling it ("4 graves", "critical: 1", not "2 accidents
/// graves"), or ending the fragment after a figure and one word for
/// people ("1 girl critical").
fn basis_phrase(folded: &str, phrase: &str, lang: Lang) -> Option<Range<usize>> {
    if let Some(word) = phrase.strip_prefix('^') {
        // Or as a label before its figure ("critical: 1").
        let labels = |r: &Range<usize>| {
            let after = folded[r.end..].trim_start();
            (after.strip_prefix(':'))
                .is_some_and(|a| a.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        };
        let after_who = |r: &Range<usize>| {
            let ends = (folded[r.end..].trim_matches(|c: char| !c.is_alphanumeric())).is_empty();
            // (The figure opens the piece: not "water cut to 3,000 people
            // critical".)
            let who = folded[..r.start].trim().rsplit_once(' ');
            ends && who.is_some_and(|(figure, noun)| {
                lang.extraction.age_nouns.contains(&noun)
                    && !figure.is_empty()
                    && figure.chars().all(|c| c.is_ascii_digit() || c == ',')
            })
        };
        return find_phrase(folded, word).filter(|r| {
            folded[..r.start]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit())
                || labels(r)
                || after_who(r)
        });
    }
    match phrase.strip_suffix('$') {
        Some(last) => find_phrase(folded, last).filter(|r| {
            folded[r.end..]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .is_empty()
        }),
        None => find_phrase(folded, phrase),
    }
}

/// Whether `word` is one a basis reads only right after a figure or as
/// its label (`critical`, `graves`): who is counted, not who counts.
pub(super) fn is_severity(word: &str, lang: Lang) -> bool {
    (lang.entry.bases.iter())
        .flat_map(|b| b.all_of.iter().flat_map(|g| g.iter()))
        .any(|p| p.strip_prefix('^') == Some(word))
}
