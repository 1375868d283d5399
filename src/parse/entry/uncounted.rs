//! Figures a quick entry reads that count no one a metric measures: people
//! no metric counts (`41 rescapés`), things (`1 200 maisons détruites`),
//! the size of a place (`town of 90k`), an event (`an explosion, 5 dead`),
//! a clause of what happened (`when 2 trains collide`), a projection (`200
//! could die`) or a rate (`1 in 5`).

use super::infer::{find_phrase, singular_at};
use crate::lang::Lang;
use crate::parse::fold_case;
use crate::parse::lexicon::MetricMatch;
use crate::text::words::is_word_boundary;
use std::ops::Range;

/// Whether a fragment names people counted for no metric (`rescued`,
/// `casualties`): their figure borrows no metric from a neighbour.
pub(super) fn names_unmeasured(fragment: &str, lang: Lang) -> bool {
    let folded = fold_case(fragment);
    // "5 dead | when 2 trains collide": a clause of what happened.
    let clause = folded
        .split_whitespace()
        .next()
        .is_some_and(|w| lang.entry.clause_openers.contains(&w));
    clause
        || counts_things(fragment, lang)
        || one_event(fragment, lang)
        || lang
            .entry
            .unmeasured
            .iter()
            .any(|w| match w.strip_prefix('^') {
                Some(w) => right_after_figure(fragment, &folded, w, lang),
                None => find_phrase(&folded, w).is_some(),
            })
}

/// Whether `word` follows the fragment's first figure, at most one word
/// between (`80 treated`, `9 patients treated`): not where the first
/// patient was treated.
fn right_after_figure(fragment: &str, folded: &str, word: &str, lang: Lang) -> bool {
    let Some((_, r)) = crate::parse::value::find_counts(fragment, lang)
        .into_iter()
        .next()
    else {
        return false;
    };
    folded[r.end..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .any(|w| w == word)
}

/// Why a figure counts animals (`1,500 livestock dead`, `300 chèvres
/// tuées`): an animal right after it, then, where a noun may name the
/// kind of the next (English), a metric word or nothing (`2 cattle
/// herders`, `1 sheep farmer`, `Dogs of War` are people).
pub(super) fn counts_animals(fragment: &str, figure: &str, lang: Lang) -> Option<String> {
    let at = fragment.find(figure).filter(|_| !figure.is_empty())?;
    let folded = fold_case(fragment);
    let next = folded.get(at + figure.len()..)?.trim_start();
    let animal = (lang.entry.animal_nouns.iter())
        .find(|a| next.starts_with(**a) && is_word_boundary(next, 0, a.len()))?;
    let after = next[animal.len()..].split_whitespace().next().unwrap_or("");
    let after = after.trim_matches(|c: char| !c.is_alphanumeric());
    // (French puts no noun of kind after it: "300 chèvres tuées".)
    let kind_after = lang.entry.kind_before_noun && !crate::lang::is_metric_word(after);
    (after.is_empty() || !kind_after)
        .then(|| format!("'{figure} {animal}' counts animals, not people"))
}

/// Whether a noun after a thing is who is counted, the thing naming their
/// kind (`2 train passengers`).
fn names_their_kind(word: &str, lang: Lang) -> bool {
    let e = &lang.entry;
    e.kind_before_noun
        && (e.collective_nouns.contains(&word)
            || e.plural_endings
                .iter()
                .any(|p| word.len() > p.len() + 2 && word.ends_with(p)))
}

/// Whether a fragment opens on one event (`an explosion at the port, 5
/// dead`): the event, not one counted.
fn one_event(fragment: &str, lang: Lang) -> bool {
    // Any event word among the first few ("a suicide bombing", "a bus
    // crash"), before any figure.
    singular_at(fragment, lang).is_some_and(|one| {
        let next = fold_case(&fragment[one.end..]);
        next.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(3)
            .take_while(|w| !w.chars().any(|c| c.is_ascii_digit()))
            .any(|w| lang.entry.event_nouns.contains(&w))
    })
}

/// Whether the figure opening a fragment counts things (`1 200 maisons
/// détruites`): no one, so it borrows no metric.
fn counts_things(fragment: &str, lang: Lang) -> bool {
    let folded = fold_case(fragment);
    let Some((_, r)) = crate::parse::value::find_counts(fragment, lang)
        .into_iter()
        .next()
    else {
        return false;
    };
    // "curfew on town of 90k": the size of a place.
    let before: Vec<&str> = folded[..r.start].split_whitespace().rev().take(2).collect();
    if let [link, place] = before[..]
        && lang.entry.size_links.contains(&link)
        && lang.extraction.area_nouns.contains(&place)
    {
        return true;
    }
    let mut words = folded[r.end..].split_whitespace();
    let people_after = |w: &str| names_their_kind(w, lang);
    // "6 dead in 2 attacks": events are no one either.
    let first = words.next();
    first.is_some_and(|w| lang.entry.event_nouns.contains(&w))
        || (first.is_some_and(|w| lang.extraction.thing_nouns.contains(&w))
            && !words.next().is_some_and(people_after))
}

/// Why a figure with its metric word is no count: a projection (`200
/// could die`, `pourraient mourir`) or a rate (`kills 1 in 5 elderly`,
/// `1 patient sur 5`).
pub(super) fn no_count(
    fragment: &str,
    value: &Range<usize>,
    metric: Option<&MetricMatch>,
    lang: Lang,
) -> Option<String> {
    let folded = fold_case(fragment);
    // Between the figure and its metric word: "200 could die", "5 may
    // have died".
    if let Some(m) = metric.filter(|m| !m.span.is_empty() && m.span.start >= value.end) {
        let between = &folded[value.end..m.span.start];
        let words: Vec<&str> = between.split_whitespace().collect();
        let projection = words.iter().enumerate().any(|(n, w)| {
            lang.entry.modals.contains(w)
                && !words
                    .get(n + 1)
                    .is_some_and(|next| lang.entry.perfect_auxiliaries.contains(next))
        });
        if projection {
            return Some(format!(
                "'{}' is a projection, not a count",
                fragment[value.end..m.span.end].trim()
            ));
        }
    }
    // "could kill 1,000", "plan to kill 30": a modal right before a metric
    // verb the figure follows.
    if let Some(m) = metric.filter(|m| !m.span.is_empty() && m.span.end <= value.start) {
        let before = folded[..m.span.start].split_whitespace().next_back();
        if before.is_some_and(|w| {
            lang.entry.modals.contains(&w) || lang.entry.infinitive_markers.contains(&w)
        }) {
            return Some(format!(
                "'{}' is a projection, not a count",
                fragment[m.span.start..value.end].trim()
            ));
        }
    }
    // "12 killed per day": how often, two words at most after the figure
    // ("on road used by 20000 cars per day" is the cars' rate).
    let clause = &folded[value.end..];
    let per_at = |p: &&&str| {
        find_phrase(clause, p).filter(|r| {
            let between = &clause[..r.start];
            !between.contains([',', ';'])
                && !between.chars().any(|c| c.is_ascii_digit())
                && between.split_whitespace().count() <= 2
        })
    };
    if let Some(per) = lang.entry.per_times.iter().find(|p| per_at(p).is_some()) {
        return Some(format!(
            "'{} … {per}' is a rate, not a count",
            &fragment[value.clone()]
        ));
    }
    // One in so many, the link right after the figure or after its noun
    // ("1 patient sur 5"); "3 in 2 hospitals", "10 sur 12 passagers tués"
    // are counts.
    let one = crate::parse::value::find_counts(fragment, lang)
        .into_iter()
        .find(|(_, r)| r == value)
        .is_some_and(|(c, _)| c.low == Some(1.0) && c.high == Some(1.0));
    if !one {
        return None;
    }
    let after = folded[value.end..].trim_start();
    let past_noun = after
        .split_once(' ')
        .map_or("", |(_, rest)| rest.trim_start());
    let rate = lang.entry.rate_links.iter().find(|link| {
        [after, past_noun].iter().any(|a| {
            a.starts_with(*link)
                && is_word_boundary(a, 0, link.len())
                && a[link.len()..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
        })
    })?;
    Some(format!(
        "'{} {rate} …' is a rate, not a count",
        &fragment[value.clone()]
    ))
}
