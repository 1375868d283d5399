//! A figure said as more: "divers recovered three more bodies", "five
//! more died later in hospital", "14 were crushed to death and dozens more
//! were injured". Such a figure tells how far a toll moved, so it is no
//! toll; but the people it counts are a claim of their own when their
//! words set them apart from the toll: a basis or a place of care of
//! their own (`bodies recovered`, `hospital`), or a metric other than the
//! claim's before it ("and dozens more were injured" after the dead). A bare "9
//! more deaths" beside the toll of deaths is only the change, and no
//! claim, as quick entry refuses "2 more dead".

use super::window::few_words_after;
use super::{Clause, Found};
use crate::domain::Count;
use crate::domain::Kind;
use crate::domain::Value;
use crate::extract::traps::{apposed_age, more_counts, people_counts};
use crate::extract::words::{
    any_lang, every_lang_pairs, is_day_word, is_word_boundary, lowered, words_before, words_of,
};
use std::ops::Range;

/// How many words may stand between a figure said as more and its metric
/// word ("five more people were killed").
const MORE_TO_METRIC: usize = 4;

impl Clause<'_> {
    /// The claim of the first figure said as more in the clause, when its
    /// words set it apart from `before`, the metric of the claim before it.
    pub(super) fn more(&self, before: Option<String>) -> Option<Found> {
        let (_, figure) = more_counts(&self.text, self.lang, None)
            .into_iter()
            .next()?;
        // "recovered the bodies of two more people": the metric word and
        // `of` may stand right before the figure, as before any figure.
        let start = metric_word_of(&self.text, figure.start, self.lang.counts.noun_of)
            .filter(|&at| {
                self.lexicon
                    .find(&self.text[at..], self.lang)
                    .is_some_and(|m| m.kind == Kind::Count && m.span.start == 0)
            })
            .unwrap_or(figure.start);
        let rest = &self.text[start..];
        let m = self
            .lexicon
            .find(rest, self.lang)
            .filter(|m| m.kind == Kind::Count && !m.span.is_empty())?;
        if words_of(&rest[..m.span.start]).count() > MORE_TO_METRIC + 1 {
            return None;
        }
        let from = Clause {
            clause: self.clause.start + start..self.clause.end,
            text: rest.to_string(),
            blank: self.blank.clone(),
            more: true,
            ..*self
        };
        let found = from.count(m.metric, Some(m.span), None, &None, false, false)?;
        let apart = sets_apart(&found.qualifier) || before.is_some_and(|b| b != found.metric);
        apart.then_some(found)
    }
}

impl Clause<'_> {
    /// Figures outside dates, units, ages and counts of things; said as
    /// more in a clause read for them.
    pub(super) fn counts(&self, metric: Option<&Range<usize>>) -> Vec<(Count, Range<usize>)> {
        let counts = if self.more {
            more_counts(&self.text, self.lang, metric)
        } else {
            people_counts(&self.text, self.lang, metric)
        };
        counts
            .into_iter()
            .filter(|(_, r)| !apposed_age(self.s, &self.shifted(r.clone())))
            // "qui a engagé un hélicoptère | et une vingtaine de militaires":
            // the verb sending them may stand in the clause before.
            .filter(|(_, r)| !crate::extract::traps::deployed(self.s, &self.shifted(r.clone())))
            .collect()
    }

    /// The figure a toll moved to, after the one it moved from ("the toll
    /// had risen overnight from two to five"): a claim as `found`, the
    /// claim of the figure it moved from, is.
    pub(super) fn moved_to(&self, found: &Found) -> Option<Found> {
        let Value::Count(from) = &found.value else {
            return None;
        };
        let counts = self.counts(None);
        let same = |c: &Count| c.low == from.low && c.high == from.high;
        let lower = lowered(&self.text);
        let (count, range) = counts.windows(2).find_map(|pair| {
            let [(a, ra), (b, rb)] = pair else {
                return None;
            };
            let origin = lower[..ra.start].trim_end();
            let gap = lower[ra.end..rb.start].trim();
            let moved = every_lang_pairs(|e| e.toll_moves).any(|(o, t)| {
                gap == t
                    && origin.ends_with(o)
                    && is_word_boundary(origin, origin.len() - o.len(), origin.len())
            });
            (same(a) && moved).then(|| (*b, rb.clone()))
        })?;
        Some(Found {
            metric: found.metric.clone(),
            qualifier: found.qualifier.clone(),
            text: self.text[range.clone()].trim().to_string(),
            value: Value::Count(count),
            span: self.shifted(range),
            day: found.day,
            breakdown: found.breakdown,
        })
    }

    /// An elliptical figure said as more, with no metric word of its own
    /// ("died at the scene and three more on the way to hospital",
    /// "recovered the bodies of 21 … and five more on Thursday"): a claim
    /// of the metric before when its own words set it apart (a place of
    /// care), else when the words of the claim before do (a basis).
    pub(super) fn more_elliptical(
        &self,
        previous: &Option<(String, Kind, String)>,
    ) -> Option<Found> {
        let (metric, _, before) = previous.as_ref().filter(|p| p.1 == Kind::Count)?;
        let (count, figure) = more_counts(&self.text, self.lang, None)
            .into_iter()
            .next()?;
        let end = few_words_after(&self.text, figure.end, 8);
        let own: Vec<String> = words_of(&self.text[figure.end..end])
            .skip(1)
            .map(|w| lowered(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .filter(|w| {
                !w.is_empty()
                    && !crate::lang::is_stopword(w)
                    && !any_lang(w, |e| e.qualifier_noise)
                    && !any_lang(w, |e| e.articles)
                    && !is_day_word(w)
                    // "puis cinq autres mercredi matin": when, no words of who.
                    && !is_time_word(w)
            })
            .collect();
        let own = own.join(" ");
        let qualifier = if sets_apart(&own) {
            own
        } else if (own.is_empty() || found_again(before, &self.text[figure.end..end]))
            && sets_apart(before)
        {
            before.clone()
        } else {
            return None;
        };
        Some(Found {
            metric: metric.clone(),
            qualifier,
            text: self.text[figure.clone()].trim().to_string(),
            value: Value::Count(count),
            span: self.shifted(figure),
            day: None,
            breakdown: false,
        })
    }
}

/// Where the word before `of` (`noun_of`) starts when both stand right
/// before the figure at `at` ("the bodies of | two more people").
fn metric_word_of(text: &str, at: usize, noun_of: &str) -> Option<usize> {
    match words_before(text, at, 2).as_slice() {
        [(of, _), (_, word)] if of == noun_of => Some(word.start),
        _ => None,
    }
}

/// Whether `after`, the words after a figure said as more, put a verb of
/// the basis `before` names right after its passive marker ("pulled 16
/// bodies from the wreck, and three more were found on the banks": found,
/// as the bodies recovered were).
fn found_again(before: &str, after: &str) -> bool {
    let words: Vec<String> = words_of(after).skip(1).take(3).map(lowered).collect();
    let Some(first) = words
        .iter()
        .position(|w| !any_lang(w, |e| e.passive_markers))
        .filter(|&i| i > 0)
        .map(|i| words[i].trim_matches(|c: char| !c.is_alphanumeric()))
    else {
        return false;
    };
    crate::lang::ALL
        .iter()
        .flat_map(|l| l.entry.bases)
        .filter(|b| matches!(b.qualifier, crate::lang::BasisQualifier::Named(q) if q == before))
        .any(|b| b.all_of.iter().skip(1).any(|verbs| verbs.contains(&first)))
}

/// Whether a qualifier holds a basis (`bodies recovered`) or a place of
/// care (`hospital`): words that set people apart from the toll. Other
/// words ("three more soldiers", "in Kabul") name part of the toll, whose
/// change the figure is.
fn sets_apart(qualifier: &str) -> bool {
    words_of(qualifier).any(|w| any_lang(w, |e| e.care_places)) || has_basis(qualifier)
}

/// Whether a qualifier holds a basis (`bodies recovered`, `corps`).
fn has_basis(qualifier: &str) -> bool {
    let words: Vec<&str> = words_of(qualifier).collect();
    every_lang_pairs(|e| e.kept_metric_words).any(|(_, label)| {
        let label: Vec<&str> = words_of(label).collect();
        words.windows(label.len()).any(|w| w == label.as_slice())
    })
}

impl Clause<'_> {
    /// One said to share the fate of the claim before, of metric `name`:
    /// "…were among the dead, | as was a conductor on the train".
    pub(super) fn same_fate(&self, name: &str) -> Option<Found> {
        let from = crate::extract::joins::same_fate_opening(&self.text)?;
        let one = crate::extract::singular::singular_after(&self.text, from)?;
        // "tout comme la veille", "de même que le toit": without a verb of
        // being in the opener ("as was the driver"), a definite after it
        // may compare a time or a thing; only a new one ("de même qu'un
        // baigneur") is counted.
        let verb = words_of(&self.text[..from]).any(|w| any_lang(&lowered(w), |e| e.be_have));
        let marker = lowered(&one.text);
        let definite = crate::lang::ALL
            .iter()
            .any(|l| l.entry.definites.contains(&marker.as_str()));
        if definite && !verb {
            return None;
        }
        // "ainsi qu'une dizaine de moutons", "ainsi qu'un cheval", "ainsi
        // qu'un an plus tôt": a crowd, a thing, an animal or a time is no
        // one sharing the fate.
        let head = words_of(&one.qualifier)
            .next()
            .map(lowered)
            .unwrap_or_default();
        let no_one = any_lang(&head, |e| e.thing_nouns)
            || any_lang(&head, |e| e.units)
            || crate::lang::ALL
                .iter()
                .any(|l| l.entry.collective_nouns.contains(&head.as_str()));
        if no_one {
            return None;
        }
        Some(self.one_found(name.to_string(), one, false))
    }
}

/// Whether `w` names a part of the day or a span of time in any language
/// (`matin`, `nuit`, `week`).
fn is_time_word(w: &str) -> bool {
    let fold = crate::text::words::fold_word(w);
    crate::lang::ALL
        .iter()
        .any(|l| l.dates.tense.time_words.contains(&fold.as_str()))
}

impl Clause<'_> {
    /// One more batch of those the claim before counted on a basis of its
    /// own (`corps`): "Les secouristes ont retiré 11 corps …, | puis cinq
    /// autres mercredi matin", "| et ceux de deux autres mercredi matin",
    /// "| et un troisième vendredi matin". A figure said as others, or a
    /// marker of another, with only leading words before it and only
    /// when after it; the claim takes the basis of the claim before.
    pub(super) fn other_batch(&self, previous: &Option<(String, Kind, String)>) -> Option<Found> {
        let (metric, _, before) = previous.as_ref().filter(|p| p.1 == Kind::Count)?;
        // ("Two people died at the scene and a third, a 67-year-old woman,
        // died in hospital": a place is no batch; the third is read as
        // herself.)
        if !has_basis(before) {
            return None;
        }
        let words: Vec<(String, Range<usize>)> = crate::extract::words::pieces(&self.text)
            .into_iter()
            .map(|r| (lowered(self.text[r.clone()].trim_matches(',')), r))
            .collect();
        let other = |w: &str| crate::lang::ALL.iter().any(|l| l.entry.others.contains(&w));
        let lead =
            |w: &str| any_lang(w, |e| e.subject_openers) || any_lang(w, |e| e.list_lead_words);
        let counts = self.counts(None);
        let (value, marked, after) = match counts.as_slice() {
            [(count, figure)] => {
                let at = words.iter().position(|(_, r)| r.start >= figure.end)?;
                let before_figure = words.iter().take_while(|(_, r)| r.end <= figure.start);
                if !before_figure.clone().all(|(w, _)| lead(w)) || !other(&words[at].0) {
                    return None;
                }
                (*count, figure.clone(), at + 1)
            }
            [] => {
                let opening = words.iter().position(|(w, _)| !lead(w))?;
                let pair = words.get(opening..opening + 2)?;
                let phrase = format!("{} {}", pair[0].0, pair[1].0);
                if !any_lang(&phrase, |e| e.another_markers) {
                    return None;
                }
                (
                    crate::extract::singular::one(),
                    pair[0].1.start..pair[1].1.end,
                    opening + 2,
                )
            }
            _ => return None,
        };
        // Nothing after but when: a day, a part of it, their small words.
        let when = words[after..]
            .iter()
            .all(|(w, _)| is_day_word(w) || is_time_word(w) || crate::lang::is_stopword(w));
        if !when {
            return None;
        }
        Some(Found {
            metric: metric.clone(),
            qualifier: before.clone(),
            text: self.text[marked.clone()].trim().to_string(),
            value: Value::Count(value),
            span: self.shifted(marked),
            day: None,
            breakdown: false,
        })
    }
}
