//! One read as the object of a verb ("L'attaque a fait un mort",
//! "Detectives arrested a 23-year-old man") or joined by "and" to a list
//! before ("including five women and a child"): a marker and the person
//! it names, with no verb of their own.

use super::{Singular, marker_at};
use crate::domain::Lang;
use crate::extract::words::*;
use crate::lang::ALL;
use std::ops::Range;

/// One said right before a singular metric word, as the object of a verb:
/// "L'attaque a fait un mort", "faisant une victime", "un autre blessé".
pub(in crate::extract) fn singular_object(
    text: &str,
    metric: &Range<usize>,
    previous: Option<&str>,
) -> Option<Singular> {
    let word = lowered(text[metric.clone()].trim());
    let head = &text[..metric.start];
    let words = pieces(head);
    // "grièvement brûlé": a singular participle closes the metric phrase.
    let last = word.rsplit(' ').next().unwrap_or("");
    let singular_participle =
        is_participle(last, true) && !ALL.iter().any(|l| l.entry.is_plural(last));
    if (any_lang(&word, |e| e.singular_metric_words) || singular_participle)
        && let Some(one) = object_person(head, &words)
    {
        return Some(one);
    }
    if !any_lang(&word, |e| e.singular_metric_words) {
        return None;
    }
    [2, 1].into_iter().find_map(|n| {
        let tail = words.get(words.len().checked_sub(n)?..)?;
        let phrase: Vec<String> = tail.iter().map(|r| lowered(&head[r.clone()])).collect();
        let (first, last) = (tail.first()?, tail.last()?);
        let phrase = phrase.join(" ");
        // "et un autre blessé": another of those counted before.
        let another = any_lang(&phrase, |e| e.another_markers);
        (any_lang(&phrase, |e| e.object_markers) && head[last.end..].trim().is_empty()).then(|| {
            Singular {
                text: head[first.start..last.end].to_string(),
                qualifier: if another {
                    previous.unwrap_or("").to_string()
                } else {
                    String::new()
                },
                start: first.start,
            }
        })
    })
}

/// "a fait état d'un technicien grièvement brûlé": after a verb of
/// saying, an elided object marker, a person's noun of at most three words
/// (and adverbs of how) right before the metric word.
fn object_person(head: &str, words: &[Range<usize>]) -> Option<Singular> {
    let at = words.len().saturating_sub(5);
    let (i, marker) = words[at..].iter().enumerate().rev().find(|(_, r)| {
        let w = lowered(&head[(*r).clone()]);
        w.contains(['\'', '’']) && any_lang(&w, |e| e.object_markers)
    })?;
    let between: Vec<String> = words[at + i + 1..]
        .iter()
        .map(|r| lowered(&head[r.clone()]))
        .collect();
    let adverbs = between
        .iter()
        .rev()
        .take_while(|w| any_lang(w, |e| e.singular_adverbs))
        .count();
    // Said by a report ("faisait état d'un …"), not owned ("la maison
    // d'une femme blessée").
    let before = lowered(&head[..marker.start]);
    let before = before.trim_end();
    // (The verb is blanked out of the clause with its speaker.)
    if !before.is_empty()
        && !ALL
            .iter()
            .flat_map(|l| l.extraction.speech_verbs)
            .any(|v| before.ends_with(v))
    {
        return None;
    }
    let noun = &between[..between.len() - adverbs];
    let person = |w: &String| {
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !crate::lang::is_stopword(w)
            && !any_lang(w, |e| e.thing_nouns)
            && !any_lang(w, |e| e.singular_verbs)
            && !any_lang(w, |e| e.auxiliaries)
    };
    if noun.is_empty() || noun.len() > 3 || !noun.iter().all(person) {
        return None;
    }
    Some(Singular {
        text: head[marker.clone()].to_string(),
        qualifier: noun.join(" "),
        start: marker.start,
    })
}

/// One as the object of an active verb that counts: "Detectives arrested
/// a 23-year-old man suspected of …", "…, killing a police officer"; "killed
/// a total of 40" is no one. An ordinal alone closing the clause ("killed
/// two of the attackers and arrested a third") is one more of those the
/// claim before counted, whose noun (`previous`) it takes.
pub(in crate::extract) fn singular_object_after(
    text: &str,
    metric: &Range<usize>,
    previous: Option<&str>,
) -> Option<Singular> {
    let verb = lowered(text[metric.clone()].trim());
    let passive = words_before(text, metric.start, 1)
        .first()
        .is_some_and(|(w, _)| any_lang(w, |e| e.passive_markers));
    if !any_lang(&verb, |e| e.object_verbs) || passive {
        return None;
    }
    let rest = &text[metric.end..];
    if rest.trim_start().starts_with([',', ';', ':']) {
        return None;
    }
    if let Some(one) = previous.and_then(|p| ordinal_alone(rest, p)) {
        return Some(Singular {
            start: metric.end + one.start,
            ..one
        });
    }
    let (one, _) = person_after_marker(rest)?;
    Some(Singular {
        start: metric.end + one.start,
        ..one
    })
}

/// "a third" with nothing after it but the clause's end: the marker of
/// one more, named by `previous`.
fn ordinal_alone(rest: &str, previous: &str) -> Option<Singular> {
    let words: Vec<Range<usize>> = pieces(rest);
    let plain: Vec<String> = words.iter().map(|r| lowered(&rest[r.clone()])).collect();
    let refs: Vec<&str> = plain
        .iter()
        .map(|w| w.trim_end_matches(['.', ',', ';']))
        .collect();
    let (n, another) = marker_at(&refs)?;
    let ordinal = another && refs.get(..n)?.len() > 1;
    if !ordinal || words.len() != n || previous.is_empty() {
        return None;
    }
    let (first, last) = (words.first()?, words.get(n - 1)?);
    let end = first.start
        + rest[first.start..last.end]
            .trim_end_matches(['.', ',', ';'])
            .len();
    Some(Singular {
        text: rest[first.start..end].to_string(),
        qualifier: previous.to_string(),
        start: first.start,
    })
}

/// One joined by "and" to a list of the claim before ("detained the
/// club's two co-owners and a stage manager on Sunday", "including five
/// women and a child"): a marker and a person, with no verb after them in
/// the clause's language `lang`.
pub(in crate::extract) fn singular_joined(text: &str, lang: Lang) -> Option<Singular> {
    // A figure makes this no list of ones, unless it is an age: glued to
    // its unit ("a 9-year-old girl") or before it ("un garçon de 11 ans").
    if figure_of_people(text) && has_count_figure(text) {
        return None;
    }
    // "Les corps de deux salariés | et d'un chauffeur routier ont été
    // dégagés": one joined inside the noun's complement, by the elided link
    // before its marker; the verb after is the whole subject's.
    let link = elided_link(text);
    let (one, noun_end) = match link {
        Some(at) => {
            let (one, end) = person_after_marker(&text[at..])?;
            let one = Singular {
                start: one.start + at,
                ..one
            };
            // "et d'une dizaine d'habitants": a figure, no one.
            let collective = words_of(&one.qualifier)
                .next()
                .is_some_and(|w| ALL.iter().any(|l| l.entry.collective_nouns.contains(&w)));
            return (!collective && end > 0).then_some(one);
        }
        None => person_after_marker(text)?,
    };
    let after = &text[noun_end..];
    // "and a nurse who was hit by a stray bullet": a relative's verb is
    // the person's description. The verb is the clause's language's: "and
    // a soldier from a nearby base" holds an article, no auxiliary.
    let x = &lang.extraction;
    let verb = words_of(after)
        .map(|w| lowered(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .take_while(|w| !any_lang(w, |e| e.relative_subjects))
        .any(|w| {
            let w = w.as_str();
            x.be_have.contains(&w) || x.auxiliaries.contains(&w) || x.singular_verbs.contains(&w)
        });
    (!verb).then_some(one)
}

/// Where the marker starts after an elided link of a name opening `text`
/// ("d'un chauffeur" → "un chauffeur").
fn elided_link(text: &str) -> Option<usize> {
    let lead = text.len() - text.trim_start().len();
    let first = words_of(text).next()?;
    let low = lowered(first);
    let (link, rest) = low.split_once(['\'', '’'])?;
    let elided = ALL.iter().any(|l| {
        l.extraction
            .name_links
            .iter()
            .any(|n| n.strip_suffix(['\'', '’']) == Some(link))
    });
    let marker = marker_at(&[rest]).is_some_and(|(_, another)| !another);
    (elided && marker).then(|| lead + first.len() - rest.len())
}

/// Whether `text` holds a figure in digits that is not followed by a unit:
/// "et un garçon de 11 ans" names one person of an age.
fn figure_of_people(text: &str) -> bool {
    let mut at = 0;
    while let Some(start) = text[at..]
        .find(|c: char| c.is_ascii_digit())
        .map(|i| at + i)
    {
        let end = text[start..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(text.len(), |i| start + i);
        // "and a building contractor, 46, on Monday": an age in apposition.
        if !crate::extract::traps::followed_by_unit(text, end)
            && !crate::extract::traps::apposed_age(text, &(start..end))
        {
            return true;
        }
        at = end;
    }
    false
}

/// A marker of one opening `text` and the person it names: the words
/// after it, past an age, up to a small word, a relative or what is said
/// of the person (`suspected`). The Singular's text is the marker; the
/// offset is where the noun ends.
pub(in crate::extract) fn person_after_marker(text: &str) -> Option<(Singular, usize)> {
    /// The longest noun read as one person ("heating engineer").
    const NOUN_WORDS: usize = 3;
    let words: Vec<(String, Range<usize>)> = pieces(text)
        .into_iter()
        .map(|r| (text[r.clone()].to_lowercase(), r))
        .collect();
    let plain: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
    let (marker_len, another) = marker_at(&plain)?;
    if another {
        return None;
    }
    let mut noun = Vec::new();
    let mut noun_end = words[marker_len - 1].1.end;
    for (w, (_, r)) in plain[marker_len..].iter().zip(&words[marker_len..]) {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let small = ALL.iter().any(|l| {
            l.entry.stopwords.contains(&bare) || l.entry.not_singular_before.contains(&bare)
        });
        if small || any_lang(bare, |e| e.person_tails) || any_lang(bare, |e| e.relatives) {
            break;
        }
        // "et un gendarme emporté alors qu'il tentait …": a participle
        // after the noun says what befell the person, no part of who.
        if !noun.is_empty() && is_participle(bare, true) {
            break;
        }
        // "a 23-year-old man": the age is no part of the noun.
        if !has_figure(bare) && !any_lang(bare, |e| e.age_words) {
            noun.push(bare);
        }
        noun_end = r.end;
        if w.ends_with([',', ';', '.', ':']) || noun.len() > NOUN_WORDS {
            break;
        }
    }
    // The head noun is the last ("a building contractor" is a person).
    let things = noun.last().is_some_and(|w| any_lang(w, |e| e.thing_nouns));
    if noun.is_empty() || noun.len() > NOUN_WORDS || things {
        return None;
    }
    let marker = &words[..marker_len];
    let start = marker.first()?.1.start;
    let one = Singular {
        text: text[start..marker.last()?.1.end].to_string(),
        qualifier: noun.join(" "),
        start,
    };
    Some((one, noun_end))
}
