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
    any_lang, every_lang_pairs, is_day_word, is_word_boundary, lowered, words_of,
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
        let rest = &self.text[figure.start..];
        let m = self
            .lexicon
            .find(rest, self.lang)
            .filter(|m| m.kind == Kind::Count && !m.span.is_empty())?;
        if words_of(&rest[..m.span.start]).count() > MORE_TO_METRIC + 1 {
            return None;
        }
        let from = Clause {
            clause: self.clause.start + figure.start..self.clause.end,
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
            })
            .collect();
        let own = own.join(" ");
        let qualifier = if sets_apart(&own) {
            own
        } else if own.is_empty() && sets_apart(before) {
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

/// Whether a qualifier holds a basis (`bodies recovered`) or a place of
/// care (`hospital`): words that set people apart from the toll. Other
/// words ("three more soldiers", "in Kabul") name part of the toll, whose
/// change the figure is.
fn sets_apart(qualifier: &str) -> bool {
    let words: Vec<&str> = words_of(qualifier).collect();
    words.iter().any(|w| any_lang(w, |e| e.care_places))
        || every_lang_pairs(|e| e.kept_metric_words).any(|(_, label)| {
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
        Some(self.one_found(name.to_string(), one, false))
    }
}
