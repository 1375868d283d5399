//! One counted without a figure, as a clause reads it: a singular
//! subject ("A police officer was killed"), one named after "Among the
//! dead was", one coordinated with a figure ("A police officer and three
//! festival-goers were killed") and one in a breakdown ("…, dont un
//! pompier"). The words are read by `extract::singular`.

use super::window::counts_in;
use super::{Clause, Found, continuation_in, with_kept_words};
use crate::domain::{Kind, Value};
use crate::extract::care::care_place_after;
use crate::extract::singular::{
    Singular, one as singular_count, person_after_marker, singular_among, singular_in_breakdown,
    singular_object, singular_object_after, singular_subject,
};
use crate::extract::words::*;
use std::ops::Range;

impl Clause<'_> {
    /// One named after "Among the dead was": "Among the dead was a
    /// firefighter, Luis Ortega", "Parmi les victimes figure un enfant".
    fn one_among(&self, m: &Range<usize>) -> Option<Singular> {
        // "Parmi les victimes figure le guide": the header may be the
        // metric word itself.
        let first = words_of(&self.text[..m.end]).next()?.to_lowercase();
        let rest = &self.text[m.end..];
        let all = pieces(rest);
        let mut verb = all.first()?.clone();
        // "Parmi les blessés en urgence absolue figure un pompier": a few
        // words saying which of them may stand before the verb.
        let verb_at = |r: &Range<usize>| {
            let w = rest[r.clone()].to_lowercase();
            any_lang(&w, |e| e.header_verbs) || any_lang(&w, |e| e.singular_verbs)
        };
        if any_lang(&first, |e| e.among) && !verb_at(&verb) {
            let at = all.iter().take(4).position(verb_at);
            if let Some(at) = at.filter(|&at| {
                all[..at].iter().all(|r| {
                    let w = &rest[r.clone()];
                    !has_figure(w) && w.chars().all(|c| c.is_alphabetic() || c == '-')
                })
            }) {
                verb = all[at].clone();
            }
        }
        let word = rest[verb.clone()].to_lowercase();
        // "The dead included a guide": the metric word after a definite
        // alone heads a list a verb that is not `be` opens.
        // "Les victimes sont un doctorant …": after `be`, only a marker of
        // one that is no definite nor possessive ("Les blessés sont les
        // mêmes", "The dead were over 75").
        let next = words_of(&rest[verb.end..]).next().map(lowered);
        let one_after = next.as_deref().is_some_and(|w| {
            crate::extract::singular::marker_at(&[w]).is_some_and(|(_, another)| !another)
                && !crate::lang::ALL
                    .iter()
                    .any(|l| l.entry.definites.contains(&w))
                && !any_lang(w, |e| e.possessives)
        });
        // "Les victimes sont …": a plural article heads the list as well.
        let plural_article = one_after
            && any_lang(&first, |e| e.articles)
            && !any_lang(&first, |e| e.singular_markers);
        let definite = (crate::lang::ALL
            .iter()
            .any(|l| l.entry.definites.contains(&first.as_str()))
            || plural_article)
            && words_of(&self.text[..m.start]).count() == 1
            && any_lang(&word, |e| e.header_verbs)
            && (one_after || !any_lang(&word, |e| e.be_have))
            && !any_lang(&word, |e| e.singular_verbs);
        if !any_lang(&first, |e| e.among) && !definite {
            return None;
        }
        // "Les morts sont une tragédie": after `be`, the one must be a
        // person, said with an age ("un doctorant de 26 ans") or joined to
        // another (" et une technicienne").
        let tail = &self.s[self.clause.end..];
        // ("Among the dead was a firefighter" names one of them anyway.)
        let among = any_lang(&first, |e| e.among);
        if !among
            && one_after
            && any_lang(&word, |e| e.be_have)
            && !aged_or_joined(&rest[verb.end..], tail)
        {
            return None;
        }
        let be = definite
            || any_lang(&word, |e| e.singular_verbs)
            || any_lang(&word, |e| e.be_have)
            || any_lang(&word, |e| e.qualifier_noise);
        be.then(|| singular_among(&self.text, m.end + verb.end, Some(tail)))?
    }

    /// One coordinated with the figure before the metric word: "A police
    /// officer and three festival-goers were killed", "Three soldiers and
    /// a village official drowned".
    pub(super) fn one_coordinated(&self, found: &Found, m: &Range<usize>) -> Option<Found> {
        let head = &self.text[..m.start];
        let lower = lowered(head);
        let joiners = crate::lang::ALL.iter().flat_map(|l| l.entry.joiners);
        let mut cuts: Vec<Range<usize>> = Vec::new();
        for j in joiners {
            let j = format!(" {j} ");
            cuts.extend(lower.match_indices(&j).map(|(at, _)| at..at + j.len()));
        }
        if cuts.is_empty() {
            return None;
        }
        let value = found.span.start.checked_sub(self.clause.start)?;
        // "Trente et un orpailleurs": the joiner inside a figure joins
        // no subjects.
        let value_end = if self.text[value..].starts_with(found.text.as_str()) {
            value + found.text.len()
        } else {
            value
        };
        cuts.retain(|c| c.end <= value || c.start >= value_end);
        // "deux coffreurs de 34 et 41 ans": a joiner between two figures
        // joins ages, not subjects.
        let digit = |c: char| c.is_ascii_digit();
        cuts.retain(|c| !(head[..c.start].ends_with(digit) && head[c.end..].starts_with(digit)));
        // "Le chauffeur et deux automobilistes, bloqués …, ont péri": past
        // an aside after the figure, the subjects run from the last comma
        // before it, and only those before it are joined to it.
        let aside = head.get(value_end..).is_some_and(|t| t.contains(','))
            && cuts.iter().all(|c| c.end <= value);
        if aside {
            cuts.retain(|c| c.end <= value);
        }
        cuts.sort_by_key(|r| r.start);
        let mut segments = Vec::new();
        let mut at = if aside {
            head[..value.min(head.len())].rfind(',')
        } else {
            head.rfind(',')
        }
        .map_or(0, |i| i + 1);
        // "deux Lyonnais … et une touriste belge, ont été tuées": past a
        // comma that leaves only the verb, the subjects run on before it.
        let verbs_only = |t: &str| {
            words_of(t).all(|w| {
                let w = lowered(w);
                any_lang(&w, |e| e.be_have)
                    || any_lang(&w, |e| e.auxiliaries)
                    || any_lang(&w, |e| e.singular_verbs)
            })
        };
        if !aside && at > 0 && at > value && verbs_only(&head[at..]) {
            at = head[..at - 1].rfind(',').map_or(0, |i| i + 1);
        }
        for cut in &cuts {
            if cut.start >= at {
                segments.push(at..cut.start);
                at = cut.end;
            }
        }
        segments.push(at..head.len());
        // "Two people, a woman and her son, were hurt": past the figure, a
        // list opened by a comma and no joiner names those counted.
        let apposed = segments
            .iter()
            .filter(|g| !head[(*g).clone()].trim().is_empty())
            .find(|g| g.start >= value_end && !cuts.iter().any(|c| c.end == g.start))
            .map_or(usize::MAX, |g| g.start);
        segments.into_iter().find_map(|seg| {
            if seg.contains(&value) || counts_in(&head[seg.clone()]) || seg.start >= apposed {
                return None;
            }
            // "and a volunteer who was helping carry the injured": the
            // metric word closes a relative, not the subject.
            let relative = words_of(&head[seg.clone()]).any(|w| {
                let w = lowered(w.trim_matches(|c: char| !c.is_alphanumeric()));
                any_lang(&w, |e| e.relatives) || any_lang(&w, |e| e.relative_subjects)
            });
            // The verb of the coordinated subject is no part of the noun,
            // nor is the partitive before the metric word ("a technician
            // are among the dead").
            let words = pieces(&head[seg.clone()]);
            let verb_words: Vec<String> = words
                .iter()
                .rev()
                .map(|r| head[seg.clone()][r.clone()].to_lowercase())
                .take_while(|w| {
                    any_lang(w, |e| e.be_have)
                        || any_lang(w, |e| e.auxiliaries)
                        || any_lang(w, |e| e.singular_verbs)
                        || any_lang(w, |e| e.among)
                        || any_lang(w, |e| e.articles)
                })
                .collect();
            let verbs = verb_words.len();
            // "et un agent de la voirie qui avait participé au curage | sont
            // au nombre des victimes": past the relative, the subject's own
            // verb comes before the metric word, which the relative does not
            // hold.
            let own_verb = verb_words
                .iter()
                .any(|w| any_lang(w, |e| e.be_have) || any_lang(w, |e| e.auxiliaries));
            if relative && !own_verb {
                return None;
            }
            let noun_end = words[..words.len() - verbs]
                .last()
                .map_or(seg.start, |r| seg.start + r.end);
            // "The bus driver and two crew members were among the dead": a
            // definite person coordinated with the figure before its metric
            // word is one too ("The storm and floods killed 12" names the
            // cause: the figure follows the verb).
            let tail = (value < m.start).then_some("");
            let one = singular_in_breakdown(&self.text[..noun_end], seg.start, tail)?;
            // "Le propriétaire et deux cadres ont été placés en garde à
            // vue": the one keeps the basis the figure keeps.
            let one = Singular {
                qualifier: with_kept_words(one.qualifier, m, &self.text),
                ..one
            };
            Some(self.one_found(found.metric.clone(), one, false))
        })
    }

    /// A breakdown of one after the claim `found` in the same clause
    /// ("…, including a police officer", "…, dont un pompier").
    pub(super) fn one_in_breakdown(&self, found: &Found) -> Option<Found> {
        let after = found.span.end.checked_sub(self.clause.start)?;
        let rest = self.text.get(after..)?;
        let Some((opening, comparison)) = continuation_in(rest, false) else {
            return self.one_in_inner_breakdown(found);
        };
        if comparison {
            return None;
        }
        // People named among those held ("including the mine director")
        // say who they are, not one more held.
        let tail = (found.metric != "detained").then(|| &self.s[self.clause.end..]);
        let one = singular_in_breakdown(&self.text, after + opening.end, tail)?;
        Some(self.one_found(found.metric.clone(), one, true))
    }

    /// A breakdown of one in commas between the figure and its verb:
    /// "Trois personnes, dont un enfant de 9 ans, ont été tuées".
    fn one_in_inner_breakdown(&self, found: &Found) -> Option<Found> {
        let start = found.span.start.checked_sub(self.clause.start)?;
        let end = found.span.end.checked_sub(self.clause.start)?;
        // The claim's own figure opens its words, the breakdown right
        // after its noun.
        if !self.text.get(start..)?.starts_with(found.text.as_str()) {
            return None;
        }
        let noun = start + found.text.len();
        let open = noun + self.text.get(noun..end)?.find(',')? + 1;
        if has_figure(&self.text[noun..open]) {
            return None;
        }
        let close = open + self.text.get(open..end)?.find(',')?;
        let aside = &self.text[open..close];
        let (opening, comparison) = continuation_in(aside, false)?;
        if comparison || !aside[..opening.start].trim().is_empty() {
            return None;
        }
        let tail = (found.metric != "detained").then(|| &self.text[close..]);
        let one = singular_in_breakdown(&self.text[..close], open + opening.end, tail)?;
        // "Trois hommes, dont le tireur présumé, ont été placés en garde à
        // vue": one the copy names already, no one more ("Le conducteur,
        // dont le dépistage …": no breakdown at all).
        let marker = lowered(&one.text);
        let definite = self.lang.entry.definites.contains(&marker.as_str())
            || any_lang(&marker, |e| e.possessives);
        (!definite).then(|| self.one_found(found.metric.clone(), one, true))
    }

    /// "Three hikers were injured, one of them critically": one of the
    /// people before, qualified by how (the words after the breakdown
    /// word at `opening`).
    pub(super) fn one_of_them(&self, metric: &str, opening: &Range<usize>) -> Option<Found> {
        let lead = self.text[..opening.start].trim();
        let one = lowered(lead);
        let rest = &self.text[opening.end..];
        if !self.lang.numbers.one_words.contains(&one.as_str()) || has_figure(rest) {
            return None;
        }
        let how: Vec<String> = words_of(rest)
            .map(|w| lowered(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .filter(|w| {
                !w.is_empty() && !crate::lang::is_stopword(w) && !any_lang(w, |e| e.qualifier_noise)
            })
            .collect();
        if how.len() > 4 {
            return None;
        }
        let at = self.text.find(lead)?;
        Some(Found {
            metric: metric.to_string(),
            qualifier: how.join(" "),
            text: lead.to_string(),
            value: Value::Count(singular_count()),
            span: self.shifted(at..at + lead.len()),
            day: None,
            breakdown: true,
        })
    }

    /// A clause that is only "another" and how ("un autre plus
    /// légèrement", "another seriously"): one more of the metric before,
    /// qualified by its remaining words.
    pub(super) fn another_alone(&self, metric: &str) -> Option<Found> {
        if has_figure(&self.text) {
            return None;
        }
        let words: Vec<(String, Range<usize>)> = pieces(&self.text)
            .into_iter()
            .map(|r| (lowered(&self.text[r.clone()]), r))
            .collect();
        let marker_len = [2, 1].into_iter().find(|&n| {
            words.len() >= n && {
                let phrase: Vec<&str> = words[..n].iter().map(|(w, _)| w.as_str()).collect();
                any_lang(&phrase.join(" "), |e| e.another_markers)
            }
        })?;
        let rest: Vec<&str> = words[marker_len..]
            .iter()
            .map(|(w, _)| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        // A few words of how, no verb: a verb makes it a clause of its own.
        if rest.is_empty()
            || rest.len() > 4
            || rest
                .iter()
                .any(|w| any_lang(w, |e| e.be_have) || any_lang(w, |e| e.auxiliaries))
        {
            return None;
        }
        let how: Vec<&str> = rest
            .iter()
            .copied()
            .filter(|w| any_lang(w, |e| e.singular_adverbs))
            .collect();
        let how = how.first()?.to_string();
        let marker = words[..marker_len].first()?.1.start..words[marker_len - 1].1.end;
        Some(Found {
            metric: metric.to_string(),
            qualifier: how,
            text: self.text[marker.clone()].to_string(),
            value: Value::Count(singular_count()),
            span: self.shifted(marker),
            day: None,
            breakdown: false,
        })
    }

    /// One counted by a singular subject ("A police officer was killed").
    pub(super) fn one(
        &self,
        metric: String,
        m: &Range<usize>,
        previous: &Option<(String, Kind, String)>,
        coordinated: bool,
    ) -> Option<Found> {
        // "An early toll …": a report of a total counts no one itself.
        let word = lowered(&self.text[m.clone()]);
        let report = words_of(&word)
            .last()
            .is_some_and(|w| any_lang(w, |e| e.report_nouns));
        if !self.counts(Some(m)).is_empty() || report {
            return None;
        }
        let before = previous.as_ref().map(|p| p.2.as_str());
        let one = singular_object(&self.text, m, before)
            .or_else(|| singular_subject(&self.text, m, before, coordinated))
            .or_else(|| self.one_among(m))
            .or_else(|| singular_object_after(&self.text, m, before))?;
        // "La quatrième victime, un sans-abri de 52 ans, …": an ordinal
        // or "other" says which of those counted; the person in apposition
        // after the metric word says who.
        let other = |w: &str| self.lang.entry.others.contains(&w);
        // "Une personne est portée disparue, un randonneur…" says no which.
        let marked = lowered(&one.text).split([' ', '\'', '’']).any(&other);
        let which = words_of(&one.qualifier).all(other) && (marked || !one.qualifier.is_empty());
        // "La quatrième victime, une femme de 71 ans, a succombé": the claim
        // starts where the person does, so a reading of her as the subject
        // of the verb after is the same claim.
        let (qualifier, apposed) = match self.apposed_person(m) {
            Some((person, marker)) if which => (person, Some(marker)),
            _ => (one.qualifier, None),
        };
        let qualifier = with_kept_words(qualifier, m, &self.text);
        // "another died in hospital": where the one was.
        let qualifier = match care_place_after(&self.text, m.end) {
            Some(care) if !words_of(&qualifier).any(|w| w == &self.text[care.clone()]) => {
                // "on the way to hospital": the route's small words go.
                let care = lowered(&self.text[care]);
                let care: Vec<&str> = words_of(&care)
                    .filter(|w| !crate::lang::is_stopword(w))
                    .collect();
                format!("{qualifier} {}", care.join(" ")).trim().to_string()
            }
            _ => qualifier,
        };
        let span = match apposed.clone() {
            Some(marker) => marker,
            None => self.shifted(one.start.min(m.start)..(one.start + one.text.len()).max(m.end)),
        };
        Some(Found {
            metric,
            qualifier,
            text: apposed.map_or(one.text, |r| self.s[r].to_string()),
            value: Value::Count(singular_count()),
            span,
            day: None,
            breakdown: false,
        })
    }
}

impl Clause<'_> {
    /// The person in apposition right after the metric word at `m`
    /// ("…, un client de 68 ans, a reçu"): the noun after its marker, and
    /// the marker's range in the sentence.
    fn apposed_person(&self, m: &Range<usize>) -> Option<(String, Range<usize>)> {
        // The apposition may be a clause of its own: read the sentence.
        let at = self.clause.start + m.end;
        let rest = self.s.get(at..)?.trim_start().strip_prefix(',')?;
        let aside = &rest[..rest.find([',', ';', ':']).unwrap_or(rest.len())];
        let trimmed = aside.trim_start();
        let from = self.s.len() - rest.len() + (aside.len() - trimmed.len());
        let (person, _) = person_after_marker(trimmed)?;
        let marker = from + person.start..from + person.start + person.text.len();
        (!person.qualifier.is_empty()).then_some((person.qualifier, marker))
    }
}

/// Whether the one after a header's `be` (`after`, up to the clause's end)
/// is said with an age ("un doctorant de 26 ans", "âgé de 40 ans"), or is
/// joined, at the start of `tail`, to another one or a figure (" et une
/// technicienne", " et ses deux enfants", " and two elderly neighbours":
/// in digits or in words).
fn aged_or_joined(after: &str, tail: &str) -> bool {
    let aged = pieces(after).into_iter().any(|r| {
        let w = lowered(&after[r.clone()]);
        any_lang(&w, |e| e.age_words)
            || (has_figure(&w) && crate::extract::traps::followed_by_unit(after, r.end))
    });
    let next: Vec<String> = words_of(tail).take(3).map(lowered).collect();
    let joined = next.first().is_some_and(|j| {
        crate::lang::ALL
            .iter()
            .any(|l| l.entry.joiners.contains(&j.as_str()))
    }) && next.get(1).is_some_and(|w| {
        crate::extract::singular::marker_at(&[w.as_str()]).is_some()
            || any_lang(w, |e| e.possessives)
            || has_figure(w)
            || spelled_count(w)
            || any_lang(w, |e| e.list_lead_words)
    });
    // "and two years of grief": a figure of a unit joins no one.
    let unit = next.get(2).is_some_and(|u| any_lang(u, |e| e.units));
    let joined = joined && !unit;
    aged || joined
}

/// Whether the word `w` opens with a count in words of some language
/// ("two", "trois").
fn spelled_count(w: &str) -> bool {
    crate::lang::ALL.iter().any(|l| {
        crate::parse::value::find_counts(w, *l)
            .first()
            .is_some_and(|(_, r)| r.start == 0)
    })
}

#[cfg(test)]
mod tests {
    use super::{aged_or_joined, spelled_count};

    #[test]
    fn a_count_in_words_joins_the_one_before() {
        assert!(spelled_count("two"));
        assert!(!spelled_count("neighbours"));
        assert!(aged_or_joined(
            " a night watchman",
            " and two elderly neighbours."
        ));
        assert!(!aged_or_joined(
            " a burden",
            " and two years of grief followed."
        ));
    }
}
