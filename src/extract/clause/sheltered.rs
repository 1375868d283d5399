//! People put under a roof that is not theirs: "About 60 people were moved
//! to the village school for the night", "50 residents who escaped were
//! being housed in a sports centre and a hotel". Wire copy names the
//! place with words of its own between the verb and the place
//! (`village`, `football`, `government`), so no set phrase of the lexicon
//! reads it: the verb (`Extraction::shelter_verbs`), said in the passive,
//! a link to where they went (`shelter_links`) and a place people shelter
//! in (`shelter_places`) a few words on make the clause's figure
//! displaced, with the place as who is counted.

use super::{Clause, Found};
use crate::domain::Lang;
use crate::extract::words::{any_lang, is_day_word, is_thing_noun, lowered, month_of, pieces};
use std::ops::Range;

/// How many words may stand between the verb and its place ("moved from
/// the camp to a stadium", "placed in a government shelter").
const VERB_TO_PLACE: usize = 6;

impl Clause<'_> {
    /// The displaced claim of a clause whose people were moved to a
    /// shelter, when it has no metric word of its own.
    pub(super) fn sheltered(&self) -> Option<Found> {
        // The sentence past the clause too: "housed in a sports centre |
        // and a hotel" cuts a clause at the joiner.
        let reach = format!("{}{}", self.text, &self.s[self.clause.end..]);
        let text = &reach;
        let ps = pieces(text);
        let word = |i: usize| lowered(&text[ps[i].clone()]);
        let ends_phrase = |i: usize| text[ps[i].clone()].ends_with(|c: char| ",;:.".contains(c));
        let verb = (0..ps.len()).find(|&i| {
            ps[i].end <= self.text.len()
                && any_lang(&word(i), |e| e.shelter_verbs)
                && (i.saturating_sub(2)..i)
                    .any(|j| any_lang(&word(j), |e| e.passive_markers) && !ends_phrase(j))
        })?;
        // The people moved are those the figure before the verb counts:
        // not things, not people held or cared for ("inmates were moved
        // to a gym").
        let subject = &text[..ps[verb].start];
        let (_, figure) = self
            .counts(None)
            .into_iter()
            .rfind(|(_, r)| r.end <= subject.len())?;
        let tail = &subject[figure.end..];
        let counted = pieces(tail)
            .into_iter()
            .take(3)
            .map(|r| lowered(tail[r].trim_end_matches(|c: char| !c.is_alphanumeric())));
        for w in counted {
            if is_thing_noun(&w) || any_lang(&w, |e| e.not_sheltered) {
                return None;
            }
            if any_lang(&w, |e| e.relatives) || any_lang(&w, |e| e.relative_subjects) {
                break;
            }
        }
        let place = shelter_place(text, &ps, verb, self.lang)?;
        // The figure and the words after it say who they are; no metric
        // word of the lexicon is there to anchor them.
        let mut found = self.count("displaced".to_string(), None, None, &None, false, false)?;
        let named: Vec<String> = pieces(&text[place.clone()])
            .into_iter()
            .map(|r| {
                lowered(
                    text[place.start + r.start..place.start + r.end]
                        .trim_end_matches(|c: char| !c.is_alphanumeric()),
                )
            })
            .filter(|w| {
                !crate::lang::is_stopword(w)
                    && !any_lang(w, |e| e.articles)
                    && !any_lang(w, |e| e.shelter_links)
            })
            .collect();
        let mut words = named;
        // The verb says how they came there, not who they are.
        for w in found.qualifier.split_whitespace() {
            if !words.iter().any(|n| n == w) && !any_lang(w, |e| e.shelter_verbs) {
                words.push(w.to_string());
            }
        }
        found.qualifier = words.join(" ");
        Some(found)
    }
}

/// Where the verb at `verb` sent its people: the words from the link
/// before the first shelter place to the last place joined to it by a
/// joiner ("a sports centre and a hotel"), and the named place it is in
/// ("a stadium in Qasrin").
fn shelter_place(text: &str, ps: &[Range<usize>], verb: usize, lang: Lang) -> Option<Range<usize>> {
    let word =
        |i: usize| lowered(text[ps[i].clone()].trim_end_matches(|c: char| !c.is_alphanumeric()));
    let glued_stop = |i: usize| text[ps[i].clone()].ends_with(|c: char| ",;:.".contains(c));
    let last = (verb + VERB_TO_PLACE).min(ps.len() - 1);
    let mut link = None;
    let mut place_end = None;
    for i in verb..=last {
        if i > verb && any_lang(&word(i), |e| e.shelter_links) {
            link = Some(i);
        }
        let two = (i + 1 < ps.len()).then(|| format!("{} {}", word(i), word(i + 1)));
        let at = if two
            .as_deref()
            .is_some_and(|t| any_lang(t, |e| e.shelter_places))
        {
            Some(i + 1)
        } else if any_lang(&word(i), |e| e.shelter_places) {
            Some(i)
        } else {
            None
        };
        if let (Some(end), Some(l)) = (at, link)
            && l < i
        {
            place_end = Some(end);
            break;
        }
        if glued_stop(i) {
            return None;
        }
    }
    let (link, mut end) = (link?, place_end?);
    if end + 1 < ps.len()
        && !glued_stop(end)
        && lang.entry.joiners.contains(&word(end + 1).as_str())
    {
        for j in end + 2..(end + 5).min(ps.len()) {
            if any_lang(&word(j), |e| e.shelter_places) {
                end = j;
                break;
            }
            if glued_stop(j) {
                break;
            }
        }
    }
    let named = |i: usize| {
        let raw = text[ps[i].clone()].trim_matches(|c: char| !c.is_alphanumeric());
        raw.starts_with(char::is_uppercase)
            && !is_day_word(&lowered(raw))
            && month_of(&lowered(raw)).is_none()
    };
    if end + 2 < ps.len()
        && !glued_stop(end)
        && any_lang(&word(end + 1), |e| e.place_prepositions)
        && named(end + 2)
    {
        end += 2;
    }
    Some(ps[link].start..ps[end].end)
}
