//! The people of a claim named one by one in apposition: "Les deux
//! victimes, un cheminot et un automobiliste, sont mortes", "Les corps de
//! deux victimes, un moniteur et une touriste, ont été retrouvés". Each is
//! one, named by its noun.

use super::{Clause, Found};
use crate::domain::Value;
use crate::extract::singular::{one as singular_count, singular_after};
use crate::extract::words::*;
use std::ops::Range;

impl Clause<'_> {
    /// The people of a small total named one by one in apposition, as
    /// many as the total counts: "Les deux victimes, un cheminot et un
    /// automobiliste, sont mortes", "The two victims, a nurse and a
    /// driver, died". Each is one, named by its noun.
    pub(super) fn ones_in_apposition(&self, found: &Found) -> Vec<Found> {
        let Value::Count(count) = &found.value else {
            return Vec::new();
        };
        let total = match (count.low, count.high) {
            (Some(l), Some(h)) if l == h && !count.approx && (2.0..=4.0).contains(&l) => l as usize,
            _ => return Vec::new(),
        };
        // "Deux responsables, le propriétaire et son gérant, ont été
        // interpellés": people held named in apposition are those the
        // figure counts, told by role, no ones of their own (the dead
        // are victims named one by one).
        if found.metric == "detained" {
            return Vec::new();
        }
        self.ones_apposed(&found.metric, found.span.clone(), Some(total), false)
    }

    /// "Les victimes, un homme de 67 ans … et une femme de 82 ans, …":
    /// with no figure, the casualty word after a plural article heads the
    /// people named one by one after it (two or more, none counted by a
    /// figure).
    pub(super) fn ones_after_casualty_word(&self, metric: &str, m: &Range<usize>) -> Vec<Found> {
        let word = lowered(self.text[m.clone()].trim());
        let article = words_of(&self.text[..m.start])
            .last()
            .is_some_and(|w| any_lang(&lowered(w), |e| e.articles));
        if !any_lang(&word, |e| e.casualty_words) || !article {
            return self.ones_after_opening_casualty_word(metric);
        }
        // "La victime, un sapeur-pompier de 37 ans, a été encerclée par
        // les flammes": one victim names one, unless a metric word after
        // says what befell them ("…, est décédée"), whose subject reads it.
        let span = self.shifted(m.clone());
        let told = self.lexicon.find(&self.s[span.end..], self.lang).is_some();
        let one = !told && !crate::lang::ALL.iter().any(|l| l.entry.is_plural(&word));
        self.ones_apposed(metric, span, one.then_some(1), false)
    }

    /// "Les victimes, | un chauffeur routier | et trois membres d'une même
    /// famille, dont …, ont été tuées": the sentence opens on the casualty
    /// word with its article, and the list after it runs into this clause.
    fn ones_after_opening_casualty_word(&self, metric: &str) -> Vec<Found> {
        let head = &self.s[..self.clause.start];
        let words = pieces(head);
        let [article, word, ..] = words.as_slice() else {
            return Vec::new();
        };
        let w = lowered(&head[word.clone()]);
        let bare = w.trim_end_matches(',');
        if !any_lang(&lowered(&head[article.clone()]), |e| e.articles)
            || !any_lang(bare, |e| e.casualty_words)
            || bare == w
        {
            return Vec::new();
        }
        let span = word.start..word.start + bare.len();
        self.ones_apposed(metric, span, None, true)
    }

    /// The ones named in apposition after `span`, as many as `total`
    /// (or two or more, with no figure among them, when it is `None`).
    /// `mixed`: the list may hold items with a figure, which the clause
    /// reads, beside the ones.
    fn ones_apposed(
        &self,
        metric: &str,
        span: Range<usize>,
        total: Option<usize>,
        mixed: bool,
    ) -> Vec<Found> {
        let found_metric = metric.to_string();
        // Between commas inside the claim's words ("deux victimes, un X et
        // un Y, sont mortes") or right after them.
        let after = &self.s[span.end..];
        // "Les corps de deux victimes, un moniteur et une touriste, …": the
        // noun counted may close the clause after the claim's words.
        // The words open the clause's subject after its article alone
        // ("Police detained two men, a driver and a cook" names the two).
        let subject = self
            .s
            .get(self.clause.start..span.start)
            .is_some_and(|lead| words_of(lead).all(|w| any_lang(&lowered(w), |e| e.articles)));
        let noun_closes = subject
            && self.clause.end > span.end
            && self.s[self.clause.end..].trim_start().starts_with(',')
            && self.s.get(span.end..self.clause.end).is_some_and(|gap| {
                (1..=3).contains(&words_of(gap).count())
                    && !has_figure(gap)
                    && !gap.contains(',')
                    && words_of(gap).all(|w| {
                        let w = lowered(w);
                        !any_lang(&w, |e| e.be_have) && !any_lang(&w, |e| e.auxiliaries)
                    })
            });
        let (from, words) = if after.trim_start().starts_with(',') || noun_closes {
            (span.end, after)
        } else {
            (span.start, self.s.get(span.clone()).unwrap_or(""))
        };
        let Some(open) = words.find(',') else {
            return Vec::new();
        };
        // "a fait deux autres morts, un pêcheur … et une cultivatrice …."
        // : the apposition may run to the sentence's end, if it says
        // nothing more (no verb, no metric word).
        let close = match words[open + 1..].find(',').map(|at| open + 1 + at) {
            Some(close) => close,
            None => {
                let end = words.trim_end().trim_end_matches(['.', '!', '?']).len();
                let tail = &words[open + 1..end];
                let verb = words_of(tail).any(|w| {
                    let w = lowered(w.trim_matches(|c: char| !c.is_alphanumeric()));
                    any_lang(&w, |e| e.be_have) || any_lang(&w, |e| e.auxiliaries)
                });
                if verb || self.lexicon.find(tail, self.lang).is_some() {
                    return Vec::new();
                }
                end
            }
        };
        let span = from..from + words.len();
        let inner = span.start + open + 1..span.start + close;
        let lower = lowered(&self.s[inner.clone()]);
        // Cut at the joiners: " et ", " and ".
        let mut joiners: Vec<(usize, usize)> = Vec::new();
        for j in crate::lang::ALL.iter().flat_map(|l| l.entry.joiners) {
            let j = format!(" {j} ");
            joiners.extend(lower.match_indices(&j).map(|(at, _)| (at, at + j.len())));
        }
        // "deux frères de 24 et 27 ans": a joiner between two figures
        // joins ages, not people.
        let digit = |c: char| c.is_ascii_digit();
        joiners.retain(|&(at, end)| {
            !(lower[..at].trim_end().ends_with(digit) && lower[end..].starts_with(digit))
        });
        joiners.sort_unstable();
        let mut pieces_at = Vec::new();
        let mut from = 0;
        for (at, end) in joiners {
            pieces_at.push(from..at);
            from = end;
        }
        pieces_at.push(from..lower.len());
        let mut ones = Vec::new();
        // "Les trois victimes, deux opérateurs et un technicien": items
        // with a figure of their own are read as such and count towards
        // the total.
        let mut counted = 0;
        let mut figured = 0;
        for piece in pieces_at {
            // The noun ends at a relative ("dont la voiture…").
            let text = &self.s[inner.start + piece.start..inner.start + piece.end];
            let end = pieces(text)
                .into_iter()
                .find(|r| {
                    let w = lowered(&text[r.clone()]);
                    any_lang(&w, |e| e.relatives)
                        || any_lang(&w, |e| e.breakdowns)
                        || any_lang(&w, |e| e.relative_subjects)
                })
                .map_or(text.len(), |r| r.start);
            // "un pêcheur sur le lac Nyamwe", "un technicien d'une
            // entreprise": the noun ends where a place or a complement
            // opens, past the marker and a first noun word.
            let end = pieces(&text[..end])
                .into_iter()
                .skip(2)
                .find(|r| {
                    let w = lowered(&text[r.clone()]);
                    let elided = w.split(['\'', '’']).next().filter(|e| *e != w);
                    any_lang(&w, |e| e.place_prepositions)
                        || any_lang(&w, |e| e.name_links)
                        || elided.is_some_and(|e| any_lang(&format!("{e}'"), |l| l.name_links))
                })
                .map_or(end, |r| r.start);
            let start = inner.start + piece.start;
            let figures = crate::parse::value::find_counts(&text[..end], self.lang);
            if let Some((c, r)) = figures.first() {
                match (c.low, c.high) {
                    (Some(l), Some(h))
                        if l == h
                            && !c.approx
                            && figures.len() == 1
                            && !text[..r.start].contains(',') =>
                    {
                        counted += l as usize;
                        figured += 1;
                        continue;
                    }
                    _ => return Vec::new(),
                }
            }
            let Some(one) = singular_after(&self.s[..start + end], start) else {
                return Vec::new();
            };
            // "une mère et sa fille": a possessive names someone by kin to
            // the one before, not a group of its own.
            if one.text.contains(' ')
                || one.qualifier.is_empty()
                || any_lang(&lowered(&one.text), |e| e.possessives)
            {
                return Vec::new();
            }
            ones.push(Found {
                metric: found_metric.clone(),
                qualifier: one.qualifier,
                span: one.start..one.start + one.text.len(),
                text: one.text,
                value: Value::Count(singular_count()),
                day: None,
                breakdown: true,
            });
        }
        let complete = match total {
            Some(total) => ones.len() + counted == total,
            // "Les victimes, | un chauffeur et trois membres d'une même
            // famille, …": the items with a figure are claims of their
            // own; the ones beside them are named by the list.
            None if mixed => ones.len() + figured >= 2,
            None => counted == 0 && ones.len() >= 2,
        };
        if !ones.is_empty() && complete {
            ones
        } else {
            Vec::new()
        }
    }
}
