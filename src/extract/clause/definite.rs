//! People named one by one with no figure, as the object of an active
//! metric verb ("Police arrested the ferry's captain and two crew
//! members", "detained the shop's owner and a building contractor") or the
//! subject of a passive one ("The plant's director and its safety officer
//! were detained", "The boat's owner was arrested"): each is one. A noun
//! that names someone counted already (`the suspect`, `the man`), a group,
//! a thing or a place is no one more.

use super::{Clause, Found};
use crate::domain::Value;
use crate::extract::singular::one as singular_count;
use crate::extract::words::*;
use std::ops::Range;

/// One person of a list: the marker's range and the noun.
struct Person {
    marker: Range<usize>,
    noun: String,
    /// The noun runs to the end of its piece.
    whole: bool,
}

/// What an item of a list of people is.
enum Item {
    Figure,
    One(Person),
}

impl Clause<'_> {
    /// The people of the list the metric word at `m` takes as its object
    /// or has as its subject, past those `found` already reads.
    pub(super) fn definite_ones(
        &self,
        metric: &str,
        m: &Range<usize>,
        found: &[&Found],
    ) -> Vec<Found> {
        if self.lang.entry.plural_endings.is_empty() {
            return Vec::new();
        }
        if found.is_empty()
            && let Some(one) = self.bare_one(metric, m)
        {
            return vec![one];
        }
        let text = &self.text;
        let word = lowered(text[m.clone()].trim());
        let before = words_before(text, m.start, 4);
        let passive = before
            .iter()
            .find(|(w, _)| !any_lang(w, |e| e.singular_adverbs))
            .is_some_and(|(w, _)| any_lang(w, |e| e.passive_markers));
        // "The driver and a tour guide were among the dead": a verb of
        // being and the partitive before the metric word have a subject
        // as the passive does.
        let among = before
            .iter()
            .position(|(w, _)| any_lang(w, |e| e.among))
            .filter(|&i| before[..i].iter().all(|(w, _)| any_lang(w, |e| e.articles)))
            .and_then(|i| {
                before[i + 1..]
                    .iter()
                    .find(|(w, _)| !any_lang(w, |e| e.singular_adverbs))
                    .filter(|(w, _)| any_lang(w, |e| e.linking_verbs))
            })
            .map(|(_, r)| r.start);
        let passive = passive || among.is_some();
        let object = any_lang(&word, |e| e.object_verbs) && !passive;
        let items = if object {
            let rest = &text[m.end..];
            let end = rest.find([',', ';', ':', '.']).map_or(rest.len(), |i| i);
            self.items(m.end, m.end + end)
        } else if passive {
            // The subject: from the clause's last comma to the verbs.
            let verbs = among.unwrap_or_else(|| {
                before
                    .iter()
                    .take_while(|(w, _)| {
                        any_lang(w, |e| e.passive_markers)
                            || any_lang(w, |e| e.auxiliaries)
                            || any_lang(w, |e| e.singular_adverbs)
                    })
                    .last()
                    .map_or(m.start, |(_, r)| r.start)
            });
            let mut from = text[..verbs].rfind([',', ';', ':']).map_or(0, |i| i + 1);
            let mut to = verbs;
            // "The lorry driver, 47, | was detained", "The driver, who
            // jumped from the cab, | was arrested": an age or a relative
            // aside stands between the subject and its verbs.
            if from > 0
                && text[from..verbs].trim().is_empty()
                && let Some(aside) = text[..from - 1].rfind([',', ';', ':'])
                && age_or_relative(&text[aside + 1..from - 1])
            {
                to = aside;
                from = text[..aside].rfind([',', ';', ':']).map_or(0, |i| i + 1);
            }
            let items = self.items(from, to);
            // A subject is a list of people and nothing else, opening on a
            // definite person ("A nurse and a laboratory technician were
            // among the dead": before the partitive, any person).
            let definite = items.first().is_some_and(|i| {
                matches!(i, Some(Item::One(p)) if among.is_some() || self.definite_marker(&p.marker))
            });
            let whole = items.iter().all(|i| {
                matches!(
                    i,
                    Some(Item::Figure) | Some(Item::One(Person { whole: true, .. }))
                )
            });
            if !definite || !whole {
                return Vec::new();
            }
            items
        } else {
            return Vec::new();
        };
        let read = |r: &Range<usize>| {
            let r = self.shifted(r.clone());
            // One read by its marker covers that marker only: "Le
            // président et l'employé communal ont été arrêtés" reads the
            // first and leaves the second to this list.
            found.iter().any(|f| {
                let one = f.value == Value::Count(singular_count());
                let marker_only = one && passive;
                f.span.start == r.start
                    || (!marker_only && f.span.start <= r.start && r.start < f.span.end)
            })
        };
        items
            .into_iter()
            .flatten()
            .filter_map(|i| match i {
                Item::One(p) if !read(&p.marker) => Some(p),
                _ => None,
            })
            .map(|p| Found {
                metric: metric.to_string(),
                qualifier: super::qualifier::with_kept_words(p.noun, m, text),
                text: text[p.marker.clone()].to_string(),
                value: Value::Count(singular_count()),
                span: self.shifted(p.marker),
                day: None,
                // An object list may go on past the clause ("the shop's
                // owner | and a building contractor, 46,").
                breakdown: object,
            })
            .collect()
    }

    /// A definite person alone in a clause joined to a list ("Police
    /// arrested four members of the gang | and the getaway driver").
    pub(super) fn definite_joined(&self) -> Option<crate::extract::singular::Singular> {
        if self.lang.entry.plural_endings.is_empty() {
            return None;
        }
        let end = self
            .text
            .find([',', ';', ':', '.'])
            .unwrap_or(self.text.len());
        let Some(Some(Item::One(p))) = self.items(0, end).into_iter().next() else {
            return None;
        };
        self.definite_marker(&p.marker)
            .then(|| crate::extract::singular::Singular {
                text: self.text[p.marker.clone()].to_string(),
                qualifier: p.noun,
                start: p.marker.start,
            })
    }

    /// A headline's bare noun before the metric participle that ends the
    /// clause ("Fireworks depot blast kills 14; owner detained"): one.
    fn bare_one(&self, metric: &str, m: &Range<usize>) -> Option<Found> {
        let text = &self.text;
        if !text[m.end..]
            .trim()
            .trim_end_matches(['.', '!', '?'])
            .is_empty()
        {
            return None;
        }
        let words: Vec<Range<usize>> = pieces(&text[..m.start]);
        // "maker's owner arrested": the owner's word says whose.
        let owner = words.len() > 1 && {
            let w = lowered(&text[words[0].clone()]);
            crate::lang::ALL
                .iter()
                .flat_map(|l| l.extraction.possessive_endings)
                .any(|e| w.ends_with(e) && w.len() > e.len())
        };
        let (first, last) = (words.first()?, words.last()?);
        let noun: Vec<String> = words[usize::from(owner)..]
            .iter()
            .map(|r| lowered(&text[r.clone()]))
            .collect();
        let head = noun.last()?;
        let entry = &self.lang.entry;
        let plain = noun.len() <= 2
            && noun.iter().all(|w| {
                w.chars().all(char::is_alphabetic)
                    && !crate::lang::is_stopword(w)
                    && !entry.collective_nouns.contains(&w.as_str())
            })
            && text[first.clone()].starts_with(char::is_lowercase)
            && !any_lang(head, |e| e.thing_nouns)
            && !any_lang(head, |e| e.back_references)
            && !entry.is_plural(head);
        plain.then(|| Found {
            metric: metric.to_string(),
            qualifier: noun.join(" "),
            text: text[first.start..last.end].to_string(),
            value: Value::Count(singular_count()),
            span: self.shifted(first.start..m.end),
            day: None,
            breakdown: false,
        })
    }

    fn definite_marker(&self, marker: &Range<usize>) -> bool {
        let w = lowered(&self.text[marker.clone()]);
        self.lang.entry.definites.contains(&w.as_str())
            || any_lang(&w, |e| e.possessives)
            || self.elided_noun(&w).is_some()
    }

    /// The noun after a definite article elided and glued to it
    /// ("l'employé": employé).
    fn elided_noun<'w>(&self, w: &'w str) -> Option<&'w str> {
        self.lang
            .entry
            .definites
            .iter()
            .filter(|d| d.ends_with('\''))
            .find_map(|d| {
                w.strip_prefix(d.trim_end_matches('\''))
                    .and_then(|t| t.strip_prefix(['\'', '’']))
                    .filter(|t| t.starts_with(char::is_alphabetic))
            })
    }

    /// The items of a list between `from` and `to`, cut at joiners: a
    /// figure, a person, or `None` for anything else (which ends the list).
    fn items(&self, from: usize, to: usize) -> Vec<Option<Item>> {
        let text = &self.text[from..to];
        let lower = lowered(text);
        let mut cuts: Vec<(usize, usize)> = crate::lang::ALL
            .iter()
            .flat_map(|l| l.entry.joiners)
            .flat_map(|j| {
                let j = format!(" {j} ");
                lower
                    .match_indices(&j)
                    .map(|(at, _)| (at, at + j.len()))
                    .collect::<Vec<_>>()
            })
            .collect();
        cuts.sort_unstable();
        let mut out = Vec::new();
        let mut at = 0;
        for (start, end) in cuts.into_iter().chain([(text.len(), text.len())]) {
            if start < at {
                continue;
            }
            let item = at..start;
            at = end;
            let piece = &text[item.clone()];
            if piece.trim().is_empty() {
                continue;
            }
            // "the contractor who added the upper floor in 2021": what a
            // relative says of the person holds no figure of the list.
            let lower_piece = lowered(piece);
            let own = every_lang(|e| e.relative_subjects)
                .filter_map(|w| lower_piece.find(&format!(" {w} ")))
                .min()
                .filter(|&at| piece.is_char_boundary(at))
                .map_or(piece, |at| &piece[..at]);
            let one = if has_count_figure(own) || has_word_figure(own, self.lang) {
                Some(Item::Figure)
            } else {
                self.person(from + item.start, from + item.end)
                    .map(Item::One)
            };
            let stop = one.is_none();
            out.push(one);
            if stop {
                break;
            }
        }
        out
    }

    /// A person in `from..to` of the clause's text: a definite article, a
    /// possessive or a marker of one, then up to three words naming them
    /// (a singular's possessive owner dropped: "the ferry's captain"; a
    /// complement kept: "the driver of a fuel tanker").
    fn person(&self, from: usize, to: usize) -> Option<Person> {
        let piece = &self.text[from..to];
        let words: Vec<(String, Range<usize>)> = pieces(piece)
            .into_iter()
            .map(|r| (lowered(&piece[r.clone()]), from + r.start..from + r.end))
            .collect();
        let (first, marker) = words.first()?;
        let entry = &self.lang.entry;
        // "l'employé communal": the elided article glued to the noun.
        let elided = self.elided_noun(first);
        let opens = entry.definites.contains(&first.as_str())
            || any_lang(first, |e| e.possessives)
            || any_lang(first, |e| e.singular_markers)
            || elided.is_some();
        if !opens {
            return None;
        }
        let mut noun: Vec<String> = Vec::new();
        if let Some(tail) = elided {
            let tail = tail.trim_end_matches(|c: char| !c.is_alphanumeric());
            if tail.chars().any(char::is_uppercase) || first.ends_with([',', ';', '.', ':']) {
                return None;
            }
            noun.push(tail.to_string());
        }
        let mut head: Option<String> = None;
        let mut complement = false;
        let mut whole = true;
        for (w, r) in &words[1..] {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            let raw = &self.text[r.clone()];
            let link = bare == self.lang.counts.noun_of || entry.noun_links.contains(&bare);
            // "le gérant d'une entreprise": a link elided and glued to the
            // complement's article (or noun).
            let glued = entry
                .noun_links
                .iter()
                .filter(|l| l.ends_with(['\'', '’']))
                .find_map(|l| bare.strip_prefix(l).filter(|t| !t.is_empty()));
            if (link || glued.is_some()) && head.is_none() && !noun.is_empty() {
                head = noun.last().cloned();
                complement = true;
                if let Some(t) = glued.filter(|t| !any_lang(t, |e| e.articles)) {
                    noun.push(t.to_string());
                }
                continue;
            }
            if complement && any_lang(bare, |e| e.articles) {
                continue;
            }
            // "l'employé communal chargé de la salle", "le gérant de la
            // société qui a monté la tribune": a participle or a relative
            // after the noun describes the person, who ends there.
            let describes = any_lang(bare, |e| e.relatives)
                || any_lang(bare, |e| e.relative_subjects)
                || (!noun.is_empty() && is_participle(bare));
            if describes && !noun.is_empty() && !entry.plural_endings.is_empty() {
                whole = !has_count_figure(&self.text[r.start..to]);
                break;
            }
            let small = crate::lang::is_stopword(bare)
                || any_lang(bare, |e| e.person_tails)
                || any_lang(bare, |e| e.relatives)
                || any_lang(bare, |e| e.relative_subjects);
            if small {
                whole = false;
                break;
            }
            // "a 19-year-old student": an age before the noun says how old.
            if noun.is_empty() && is_age_word(bare) {
                continue;
            }
            // "a 46-year-old", "Sudanese": ages and names are no noun here.
            if has_figure(bare) || raw.starts_with(char::is_uppercase) {
                return None;
            }
            // "the ferry's captain": the owner is no noun of the person.
            if !bare.ends_with("'s") && !bare.ends_with("’s") {
                noun.push(bare.trim_end_matches('\'').to_string());
            }
            if raw.ends_with([',', ';', '.', ':']) || noun.len() > 3 {
                whole = r.end >= to;
                break;
            }
        }
        let head = head.or_else(|| noun.last().cloned())?;
        let refused = noun.is_empty()
            || entry.not_singular_before.contains(&noun[0].as_str())
            || noun.len() > 3
            || any_lang(&head, |e| e.thing_nouns)
            || any_lang(&head, |e| e.area_nouns)
            || any_lang(&head, |e| e.back_references)
            || entry.collective_nouns.contains(&head.as_str())
            || entry.is_plural(&head);
        (!refused).then(|| Person {
            marker: marker.clone(),
            noun: noun.join(" "),
            whole,
        })
    }
}

/// Whether `w` is a past participle of any language ("chargé").
fn is_participle(w: &str) -> bool {
    w.chars().count() >= 5
        && crate::lang::ALL.iter().any(|l| {
            let p = &l.dates.tense.compound.participle;
            p.accented_endings.iter().any(|e| w.ends_with(e)) && !p.exceptions.contains(&w)
        })
}

/// Whether a piece holds a figure spelled in words ("two crew members").
fn has_word_figure(piece: &str, lang: crate::domain::Lang) -> bool {
    crate::parse::value::find_counts(piece, lang)
        .iter()
        .any(|(c, _)| c.low.is_some_and(|l| l >= 2.0) || c.vague)
}

/// Whether an aside says how old someone is ("47", "aged 47", "âgé de
/// 61 ans"), what they did ("who jumped from the cab") or what their
/// charge is ("chargé de signaler l'arrivée des trains").
fn age_or_relative(aside: &str) -> bool {
    let words: Vec<String> = words_of(aside).map(lowered).collect();
    let bare = |w: &String| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let age = |w: &String| {
        let w = bare(w);
        (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
    };
    match words.as_slice() {
        [only] => age(only),
        // The age word's link and unit may stand around the figure.
        [word, rest @ ..] if any_lang(&bare(word), |e| e.age_words) => {
            rest.len() <= 3 && rest.iter().take(2).any(age)
        }
        [first, ..] => {
            any_lang(&bare(first), |e| e.relative_subjects) || is_participle(&bare(first))
        }
        [] => false,
    }
}
