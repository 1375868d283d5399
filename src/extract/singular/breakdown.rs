//! One in a breakdown without a figure: "dont un pompier", "including a
//! police officer", "including the groom and eight children".

use super::{Singular, marker_at};
use crate::extract::words::*;
use crate::lang::ALL;
use std::ops::Range;

/// Whether the person named by `words` (a marker first) ends before word
/// `i`: a relative ("qui tentait"), a participle after the noun ("touché
/// par"), or an age ("de 12 ans", "of about 10", "aged 10") opens there.
fn ends_person(words: &[(String, Range<usize>)], i: usize) -> bool {
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let w = bare(&words[i].0);
    let relative = any_lang(&w, |e| e.relatives) || any_lang(&w, |e| e.relative_subjects);
    // "un agent de sécurité": after a link of a name the word is a noun
    // of the role, whatever its ending.
    let linked = i > 0 && any_lang(&bare(&words[i - 1].0), |e| e.name_links);
    let participle = w.chars().count() >= 5
        && !linked
        && ALL.iter().any(|l| {
            let p = &l.dates.tense.compound.participle;
            p.accented_endings.iter().any(|e| w.ends_with(e)) && !p.exceptions.contains(&w.as_str())
        });
    // "a municipal worker clearing a drain": a describing participle.
    let describing = w.chars().count() >= 5
        && !any_lang(&w, |e| e.describing_exceptions)
        && every_lang(|e| e.describing_endings).any(|e| w.ends_with(e));
    let digits = |j: usize| {
        words
            .get(j)
            .is_some_and(|(n, _)| n.starts_with(|c: char| c.is_ascii_digit()))
    };
    // "a boy of about 10", "a boy aged 10": an approximate age, or one
    // after a word of age.
    let approx = words.get(i + 1).is_some_and(|(n, _)| {
        ALL.iter().any(|l| {
            l.counts
                .bounds
                .iter()
                .any(|(p, b)| *b == crate::lang::Bound::Approx && p == n)
        })
    });
    let age = (any_lang(&w, |e| e.name_links) && (digits(i + 1) || (approx && digits(i + 2))))
        || (any_lang(&w, |e| e.age_words) && digits(i + 1));
    // "dont un enfant dont le pronostic vital est engagé": a second
    // breakdown word opens what is said of the one.
    let whose = any_lang(&w, |e| e.breakdowns);
    // "a girl hit by a stray bullet": what befell the one, not who.
    let befell = any_lang(&w, |e| e.person_tails);
    relative || participle || describing || age || whose || befell
}

/// One in a breakdown without a figure ("dont un pompier", "including a
/// police officer"): the words after the breakdown word ending at `from`.
pub(in crate::extract) fn singular_after(text: &str, from: usize) -> Option<Singular> {
    singular_in_breakdown(text, from, None)
}

/// As `singular_after`, and a definite person too ("including the groom
/// and eight children") when `tail`, the sentence after `text`, is given:
/// a joiner there must lead to a figure or another marker of one.
pub(in crate::extract) fn singular_in_breakdown(
    text: &str,
    from: usize,
    tail: Option<&str>,
) -> Option<Singular> {
    singular_named(text, from, tail, false)
}

/// As `singular_in_breakdown`, for the one named after a header of the
/// dead ("Among the dead was a 12-year-old boy"): there an age before
/// the noun says how old. In a breakdown or apposition after a count it
/// is left out: copy recounts there people the count holds ("nine
/// wounded, including a 12-year-old girl").
pub(in crate::extract) fn singular_among(
    text: &str,
    from: usize,
    tail: Option<&str>,
) -> Option<Singular> {
    singular_named(text, from, tail, true)
}

fn singular_named(text: &str, from: usize, tail: Option<&str>, aged: bool) -> Option<Singular> {
    let rest = &text[from..];
    let mut words: Vec<(String, Range<usize>)> = pieces(rest)
        .into_iter()
        .map(|r| (rest[r.clone()].to_lowercase(), from + r.start..from + r.end))
        .collect();
    // "dont un père de famille qui tentait …", "dont un sapeur-pompier
    // touché par …", "dont un garçon de 12 ans": the person ends where a
    // relative, a participle or an age opens.
    if let Some(cut) = (2..words.len()).find(|&i| ends_person(&words, i)) {
        // "a volunteer who was helping carry the injured … was killed":
        // a relative that names a metric tells more than who. A word of a
        // day ("a waitress who had started work there") tells what the
        // one did.
        let counted = |metric: &str| {
            crate::parse::lexicon::BUILTIN
                .iter()
                .any(|(m, kind)| *m == metric && *kind == crate::domain::Kind::Count)
        };
        let metric_after = words[cut..].iter().any(|(w, _)| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            ALL.iter()
                .flat_map(|l| l.metrics.iter().chain(l.extraction.extra_metrics))
                .any(|(m, ws)| counted(m) && ws.contains(&w))
        });
        if metric_after {
            return None;
        }
        words.truncate(cut);
    }
    if words
        .iter()
        .any(|(w, _)| has_figure(w) && !(aged && is_age_word(w)))
    {
        return None;
    }
    let plain: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
    let (marker_len, another, definite) = match marker_at(&plain) {
        Some((n, another)) => (n, another, false),
        // "including the groom and eight children": a definite person
        // named in a breakdown is one too.
        None if tail.is_some()
            && plain
                .first()
                .is_some_and(|w| ALL.iter().any(|l| l.entry.definites.contains(w))) =>
        {
            (1, false, true)
        }
        None => return None,
    };
    let mut noun: Vec<&str> = plain[marker_len..]
        .iter()
        .take_while(|w| !w.ends_with([',', ';', '.']))
        .chain(
            plain[marker_len..]
                .iter()
                .find(|w| w.ends_with([',', ';', '.'])),
        )
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .filter(|w| !w.is_empty() && !is_age_word(w))
        .collect();
    // "a night watchman at the warehouse": past a noun too long for one
    // person, where the one was is no part of who.
    let linked = |w: &&str| ALL.iter().any(|l| l.extraction.name_links.contains(w));
    if noun.iter().filter(|w| !linked(w)).count() > 3
        && let Some(at) = (1..noun.len()).find(|&i| any_lang(noun[i], |e| e.place_prepositions))
    {
        noun.truncate(at);
    }
    if definite {
        // Up to a joiner, after which comes a figure or another marker of
        // one ("the seller and the men accused of …" names no one alone);
        // no name, place or thing.
        let reaches_end = !plain.last().is_some_and(|w| w.ends_with([',', ';', '.']));
        let mut joined: Vec<&str> = noun.clone();
        // "including the pilot, and injured 60": past a comma the joiner
        // opens a clause of its own.
        let tail = tail.unwrap_or("");
        if reaches_end && !tail.trim_start().starts_with(',') {
            joined.extend(words_of(tail).take(2));
        }
        if let Some(j) = joined
            .iter()
            .position(|w| ALL.iter().any(|l| l.entry.joiners.contains(w)))
        {
            let next = joined
                .get(j + 1)
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .unwrap_or_default();
            let next = next.as_str();
            let counted = ALL.iter().any(|l| {
                crate::parse::value::find_counts(next, *l)
                    .first()
                    .is_some_and(|(_, r)| r.start == 0)
            });
            if !(counted || marker_at(&[next]).is_some_and(|(_, another)| !another)) {
                return None;
            }
            noun.truncate(j.min(noun.len()));
        }
        let capital = words[marker_len..]
            .first()
            .is_some_and(|(_, r)| text[r.clone()].starts_with(char::is_uppercase));
        // The head noun is the last ("the village imam" is a person).
        let thing = noun
            .last()
            .is_some_and(|w| any_lang(w, |e| e.thing_nouns) || any_lang(w, |e| e.area_nouns))
            || noun.iter().any(|w| has_figure(w));
        if capital || thing || noun.is_empty() || noun.len() > 3 {
            return None;
        }
    }
    let content = noun.iter().filter(|w| !linked(w)).count();
    // "dont la plupart étaient …": a share of those counted, no one; nor
    // is a thing ("dont la maison s'est effondrée").
    let share = noun
        .first()
        .is_some_and(|w| ALL.iter().any(|l| l.entry.not_singular_before.contains(w)))
        // "deux blessés dont le pronostic vital reste engagé": a thing of
        // those counted, no one more.
        || noun
            .first()
            .is_some_and(|w| ALL.iter().any(|l| l.entry.whose_nouns.contains(w)))
        // The head noun first, where adjectives follow it (a language
        // that puts the kind first, "bus driver", is left alone).
        || ALL.iter().any(|l| {
            !l.entry.kind_before_noun
                && noun
                    .first()
                    .is_some_and(|w| l.extraction.thing_nouns.contains(w))
        });
    if another || share || noun.is_empty() || content > 3 {
        return None;
    }
    let marker = &words[..marker_len];
    Some(Singular {
        text: text[marker.first()?.1.start..marker.last()?.1.end].to_string(),
        qualifier: noun.join(" "),
        start: marker.first()?.1.start,
    })
}
