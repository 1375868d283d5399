//! One person counted without a figure: "A police officer was killed",
//! "another was wounded", "un mort", "un autre blessé", "Le chauffeur a
//! été tué". In English the verb must be singular (`was`) or one that
//! cannot take an object (`died`), so "A landslide killed …" names the
//! killer, not a victim; in French the metric word itself is singular.

use super::words::*;
use crate::domain::Count;
use crate::lang::ALL;
use std::ops::Range;

mod breakdown;
mod objects;
pub(super) use breakdown::{singular_after, singular_among, singular_in_breakdown};
pub(super) use objects::{
    person_after_marker, singular_joined, singular_object, singular_object_after,
};

/// What a singular subject says: the words of its marker, the qualifier,
/// and where the marker starts in the clause.
pub(super) struct Singular {
    pub(super) text: String,
    pub(super) qualifier: String,
    pub(super) start: usize,
}

/// One counted, as a count.
pub(super) fn one() -> Count {
    Count {
        low: Some(1.0),
        high: Some(1.0),
        approx: false,
        vague: false,
    }
}

/// The singular subject of the metric word at `metric` in `text`, if the
/// clause opens with one; `previous` is the qualifier "another" carries.
pub(super) fn singular_subject(
    text: &str,
    metric: &Range<usize>,
    previous: Option<&str>,
    coordinated: bool,
) -> Option<Singular> {
    let head = &text[..metric.start];
    // The subject is in the clause part holding the metric word.
    let mut part_start = head.rfind([',', ';', ':']).map_or(0, |i| i + 1);
    // A name in apposition, left out of the noun.
    let mut name: Option<Range<usize>> = None;
    // "A second man, aged 20, was later arrested": an age in apposition
    // stands between the person and the verb.
    if let Some(comma) = part_start.checked_sub(1) {
        let from = head[..comma].rfind([',', ';', ':']).map_or(0, |i| i + 1);
        // "A volunteer firefighter, Yusuf Abdi, died": a name too.
        let named = is_name(&head[from..comma]);
        let apposed = named
            || words_of(&head[from..comma])
                .next()
                .is_some_and(|w| any_lang(&w.to_lowercase(), |e| e.age_words));
        if from > 0 && apposed && words_of(&head[part_start..]).count() <= 3 {
            part_start = head[..from - 1].rfind([',', ';', ':']).map_or(0, |i| i + 1);
            name = named.then_some(from..comma);
        }
    }
    let words_in = |from: usize, to: usize| -> Vec<(String, Range<usize>)> {
        pieces(&head[from..to])
            .into_iter()
            .map(|r| {
                (
                    head[from..to][r.clone()].to_lowercase(),
                    from + r.start..from + r.end,
                )
            })
            .collect()
    };
    let mut part = words_in(part_start, head.len());
    if let Some(name) = &name {
        part.retain(|(_, r)| !(name.start <= r.start && r.start < name.end));
    }
    // "(said) that a boy had died overnight": what is said.
    let plain: Vec<&str> = part.iter().map(|(w, _)| w.as_str()).collect();
    part.drain(..speech_opening(&plain));
    // "dont un adolescent de 15 ans tué devant son école": one of the
    // toll before, with the metric word of its own.
    if part
        .first()
        .is_some_and(|(w, _)| any_lang(w, |e| e.breakdowns))
        && part.len() > 2
    {
        part.remove(0);
    }
    // "Un homme de 26 ans, locataire de la cave, a été placé en garde à
    // vue": a predicate alone after asides takes the subject that opens
    // the first of them with a singular marker.
    // "Le chauffeur, qui …, | figure parmi les morts": a partitive after
    // the verb too.
    let verb = |w: &str| {
        any_lang(w, |e| e.singular_verbs)
            || any_lang(w, |e| e.auxiliaries)
            || any_lang(w, |e| e.singular_adverbs)
            || is_day_word(w)
    };
    let among = part
        .iter()
        .position(|(w, _)| ALL.iter().any(|l| l.entry.among.contains(&w.as_str())))
        .filter(|&i| {
            i > 0
                && part[i + 1..]
                    .iter()
                    .all(|(w, _)| crate::lang::is_stopword(w))
        })
        .unwrap_or(part.len());
    // "A fourth worker, who was pulled out alive, | died": an intransitive
    // metric verb right after asides has its subject before them.
    let intransitive = part.is_empty()
        && head.trim_end().ends_with(',')
        && any_lang(&lowered(text[metric.clone()].trim()), |e| {
            e.singular_metric_words
        });
    let verbs_only = (intransitive || !part.is_empty())
        && among <= 3
        && part[..among].iter().all(|(w, _)| verb(w));
    if verbs_only {
        let mut end = part_start.saturating_sub(1);
        for _ in 0..3 {
            let from = head[..end].rfind([',', ';', ':']).map_or(0, |i| i + 1);
            let segment = words_in(from, end);
            let plain: Vec<&str> = segment.iter().map(|(w, _)| w.as_str()).collect();
            // "The driver, a 58-year-old man with 30 years of service, | was
            // among the injured"; "The crane's operator, who was pulled
            // out, | was also among the injured": a short definite role
            // before asides, among the dead or injured.
            if among < part.len()
                && (2..=4).contains(&segment.len())
                && plain.first().is_some_and(|w| any_lang(w, |e| e.articles))
                && marker_at(&plain).is_none()
                && !has_figure(&head[from..end])
            {
                part = segment.into_iter().chain(part).collect();
                break;
            }
            let aside = plain.first().is_some_and(|w| {
                any_lang(w, |e| e.relative_subjects) || any_lang(w, |e| e.age_words)
            }) || marker_at(&plain).is_some();
            if among < part.len() && !aside && segment.len() > 6 {
                break;
            }
            if marker_at(&plain).is_some() && segment.len() <= 6 {
                // "Le chauffeur présumé, un homme de 41 ans, a été arrêté":
                // an apposition with an age describes the role before it.
                let prior = head[..from.saturating_sub(1)].rfind([',', ';', ':']);
                let role = (from > 0 && (intransitive || has_figure(&head[from..end])))
                    .then(|| words_in(prior.map_or(0, |i| i + 1), from - 1))
                    // "… at the scene and the pilot, a 58-year-old …": the
                    // role is what the joiner adds.
                    .map(|r| {
                        let joiner = |w: &str| ALL.iter().any(|l| l.entry.joiners.contains(&w));
                        match r.iter().rposition(|(w, _)| joiner(w)) {
                            Some(j) if intransitive => r[j + 1..].to_vec(),
                            _ => r,
                        }
                    })
                    // "A 12th child, a girl of eight,": an ordinal is no age.
                    .filter(|r| {
                        let ordinal = |w: &str| {
                            w.starts_with(|c: char| c.is_ascii_digit())
                                && w.ends_with(char::is_alphabetic)
                                && !w.contains('-')
                        };
                        r.len() <= 4 && !r.iter().any(|(w, _)| has_figure(w) && !ordinal(w))
                    })
                    .filter(|r| marker_at(&[r.first().map_or("", |(w, _)| w.as_str())]).is_some());
                part = role.unwrap_or(segment).into_iter().chain(part).collect();
                break;
            }
            if from == 0 {
                break;
            }
            end = from - 1;
        }
    }
    let mut words: Vec<&str> = part.iter().map(|(w, _)| w.as_str()).collect();
    // "L'organisateur a été placé en garde à vue": the elided article
    // glued to the noun is the marker, the rest of the word the noun.
    if let Some(tail) = words.first().and_then(|w| elided_tail(w))
        && marker_at(&words).is_none()
    {
        words.splice(0..1, ["", tail]);
    }
    // "The train's conductor, Roy Ames, was among the injured": a role
    // with a definite article among the dead or injured is one of them.
    let definite_among = || {
        let among = words
            .iter()
            .rposition(|w| ALL.iter().any(|l| l.entry.among.contains(w)))?;
        let tail = &words[among + 1..];
        // "was also among the injured": an adverb after the verb.
        let verb = (1..among)
            .rev()
            .find(|&i| !any_lang(words[i], |e| e.singular_adverbs))?;
        (any_lang(words.first()?, |e| e.articles)
            && verb >= 2
            && any_lang(words[verb], |e| e.singular_verbs)
            && tail.iter().all(|w| crate::lang::is_stopword(w)))
        .then_some((1, false))
    };
    let elided = words.first() == Some(&"");
    let (marker_len, another) = if elided {
        (1, false)
    } else {
        marker_at(&words).or_else(definite_among)?
    };
    let rest = &words[marker_len..];
    // "la plupart ont été intoxiqués": a share of a group, no one person
    // ("one of the gunmen" is one).
    if rest.first().is_some_and(|w| {
        ALL.iter()
            .any(|l| l.entry.not_singular_before.contains(w) && l.counts.noun_of != *w)
    }) {
        return None;
    }
    // "a été touchée": the French auxiliary is no English article
    // ("another was wounded" stands alone).
    if !another
        && rest
            .first()
            .is_some_and(|w| any_lang(w, |e| e.singular_verbs) || any_lang(w, |e| e.auxiliaries))
    {
        return None;
    }
    // "A nurse was among the injured": the partitive before the metric
    // word is no part of the noun, and the verb before it counts one.
    let among = rest
        .iter()
        .rposition(|w| ALL.iter().any(|l| l.entry.among.contains(w)));
    let rest = match among {
        Some(i) if rest[i + 1..].iter().all(|w| crate::lang::is_stopword(w)) => &rest[..i],
        _ => rest,
    };
    // Be and its auxiliaries just before the metric word ("was", "a été").
    let mut noun_end = rest.len();
    let mut singular_verb = false;
    while noun_end > 0 {
        let w = rest[noun_end - 1];
        if any_lang(w, |e| e.singular_verbs) {
            singular_verb = true;
            noun_end -= 1;
        } else if any_lang(w, |e| e.singular_adverbs) && noun_end == rest.len() {
            noun_end -= 1;
        } else if is_day_word(w)
            && rest[..noun_end - 1]
                .iter()
                .any(|v| any_lang(v, |e| e.singular_verbs))
        {
            // "se trouvait mercredi dans un état critique": the day the
            // verb is said of stands between it and the metric word.
            noun_end -= 1;
        } else {
            break;
        }
    }
    // "Un cheminot et un automobiliste ont été tués": the first of a pair
    // of singular subjects ends at the joiner (the second is read as
    // coordinated with it).
    let pair = (1..noun_end).find(|&i| {
        ALL.iter().any(|l| l.entry.joiners.contains(&rest[i]))
            && rest.get(i + 1).is_some_and(|w| {
                marker_at(&[w]).is_some_and(|(_, another)| !another) || opens_elided(w)
            })
    });
    let mut noun_end = pair.unwrap_or(noun_end);
    let coordinated = coordinated || pair.is_some();
    let word = lowered(text[metric.clone()].trim());
    let singular_word = any_lang(&word, |e| e.singular_metric_words);
    // "deux de leurs combattants et un civil ont péri": a plural verb after
    // a coordination still counts the one.
    // Figures in the part are ages or units ("a 19-year-old student"): the
    // caller found no count in the clause.
    // "A ski instructor from a second group who went to help was slightly
    // injured": a long subject is the noun before its relative.
    let relative = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        any_lang(w, |e| e.relatives) || any_lang(w, |e| e.relative_subjects)
    };
    // "Le directeur de l'entreprise chargée de sa réfection": a
    // participle after the noun opens a reduced relative.
    let participle = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().count() >= 5
            && ALL.iter().any(|l| {
                let p = &l.dates.tense.compound.participle;
                p.accented_endings.iter().any(|e| w.ends_with(e)) && !p.exceptions.contains(&w)
            })
    };
    // "Le maire a rendu hommage à la victime": the subject has a verb of
    // its own, and the metric word is its object, no predicate.
    // ("Un pompier a par ailleurs été blessé": words of the subject's
    // tail may stand between the auxiliary and its participle.)
    let own_verb = (0..noun_end).any(|i| {
        let next = rest[i + 1..noun_end]
            .iter()
            .find(|w| !any_lang(w, |e| e.subject_tail) && !any_lang(w, |e| e.singular_adverbs));
        next.is_some_and(|w| {
            !any_lang(w, |e| e.singular_verbs)
                && !any_lang(w, |e| e.passive_markers)
                && compound_past(rest[i], w)
        }) && !rest[..i].iter().any(relative)
    });
    if own_verb {
        return None;
    }
    // "un bénévole qui aidait à porter les blessés": with no verb of its
    // own before the metric word, the word closes the relative.
    // "A man who was rescued on Monday | died in hospital": a relative
    // with a verb of its own describes the one, whose own verb is the
    // metric word.
    if !singular_verb && let Some(at) = rest[..noun_end].iter().position(relative) {
        let own = rest[at + 1..noun_end]
            .iter()
            .any(|w| any_lang(w, |e| e.be_have) || any_lang(w, |e| e.auxiliaries));
        if !(own && at >= 1 && singular_word) {
            return None;
        }
        noun_end = at;
    }
    // "Le chef de circulation de la gare de Tarnel": the links of a name
    // make a role long, not a subject of many words.
    let content = |n: usize| {
        rest[..n]
            .iter()
            .filter(|w| !any_lang(w, |e| e.name_links))
            .count()
    };
    let too_long = |n: usize| n > 6 && (n > 9 || content(n) > 4);
    // "A woman walking past the bus on the pavement", "A nurse at the
    // district hospital in Pallakad": a describing participle or a place
    // after the noun opens what is said of the one, not more of the noun.
    let describing = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().count() >= 5
            && !any_lang(w, |e| e.describing_exceptions)
            && every_lang(|e| e.describing_endings).any(|e| w.ends_with(e))
    };
    let place = |w: &&str| any_lang(w, |e| e.place_prepositions);
    if too_long(noun_end) {
        let head_before = |ends: &dyn Fn(&&str) -> bool| {
            rest[..noun_end]
                .iter()
                .position(ends)
                .filter(|&head| (1..=6).contains(&head))
        };
        noun_end = head_before(&|w| relative(w) || participle(w))
            .or_else(|| {
                // "A dog belonging to a family in …": a thing or an animal
                // is no one counted; "une aide de 400 000 roupies aux
                // familles de chaque victime": a figure says the words
                // name an amount, not a person.
                head_before(&|w| describing(w) || place(w)).filter(|&head| {
                    !rest[..head]
                        .iter()
                        .any(|w| any_lang(w, |e| e.thing_nouns) || has_figure(w))
                })
            })
            .unwrap_or(noun_end);
    }
    // "trois morts, un suspect en garde à vue": a clause with no verb at
    // all says a few words of one person are in the metric's state.
    let verbless = || {
        let after = &text[metric.end..];
        after.trim().trim_end_matches(['.', '!', '?']).is_empty()
            && words_of(text).all(|w| {
                let w = lowered(w.trim_matches(|c: char| !c.is_alphanumeric()));
                !any_lang(&w, |e| e.be_have)
                    && !any_lang(&w, |e| e.auxiliaries)
                    && !any_lang(&w, |e| e.singular_verbs)
            })
            && noun_end <= 3
            && !rest[..noun_end]
                .iter()
                .any(|w| relative(w) || participle(w))
            && !rest[..noun_end]
                .iter()
                .any(|w| any_lang(w, |e| e.thing_nouns))
    };
    if !(singular_word || singular_verb || coordinated || verbless()) || too_long(noun_end) {
        return None;
    }
    let noun: Vec<&str> = rest[..noun_end]
        .iter()
        .chain(
            rest[noun_end..]
                .iter()
                .filter(|w| any_lang(w, |e| e.singular_adverbs)),
        )
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| {
            !w.is_empty()
                && !crate::lang::is_stopword(w)
                && !any_lang(w, |e| e.qualifier_noise)
                && !any_lang(w, |e| e.age_words)
                && !any_lang(w, |e| e.units)
                && !w.contains(|c: char| c.is_ascii_digit())
                // "the ride's owner": the possessive is no part of the role.
                && !w.ends_with("'s")
                && !w.ends_with("’s")
                // "a girl of nine died": the age is no part of the noun.
                && !ALL
                    .iter()
                    .any(|l| crate::parse::value::parse_count(w, *l).is_some())
        })
        .collect();
    // "La victime … est décédée": a definite article before the metric
    // word itself names someone already counted ("Le corps d'un
    // septuagénaire a été retrouvé" is a new finding, on its own basis).
    let marker = words[..marker_len].join(" ");
    let basis = every_lang_pairs(|e| e.kept_metric_words).any(|(w, _)| *w == word);
    if noun.is_empty()
        && !another
        && !basis
        && any_lang(&marker, |e| e.articles)
        && !any_lang(&marker, |e| e.object_markers)
    {
        return None;
    }
    // "A car is still missing", "A dog was killed": a thing or an animal
    // alone is no one.
    if let [only] = noun.as_slice()
        && any_lang(only, |e| e.thing_nouns)
    {
        return None;
    }
    let qualifier = if noun.is_empty() && another {
        previous.unwrap_or("").to_string()
    } else {
        noun.join(" ")
    };
    let marker = &part[..marker_len];
    let start = marker.first()?.1.start;
    Some(Singular {
        text: head[start..marker.last()?.1.end].to_string(),
        qualifier,
        start,
    })
}

/// Whether `aux` and `w` make a compound past in one language ("a
/// promis", "a rendu"; "a second" is no French verb).
fn compound_past(aux: &str, w: &str) -> bool {
    let fold = crate::text::words::fold_word(w);
    ALL.iter().any(|l| {
        let p = &l.dates.tense.compound.participle;
        l.extraction.auxiliaries.contains(&aux)
            && (p.accented_endings.iter().any(|e| w.ends_with(e))
                || p.words.contains(&fold.as_str())
                || (fold.len() >= p.min_len
                    && p.endings.iter().any(|e| fold.ends_with(e))
                    && !p.exceptions.contains(&fold.as_str())))
    })
}

/// Whether `w` is a noun with its elided article glued on ("l'employé").
fn opens_elided(w: &str) -> bool {
    elided_tail(w).is_some()
}

/// The noun after the elided article glued to `w` ("l'employé": employé).
fn elided_tail(w: &str) -> Option<&str> {
    every_lang(|e| e.elided_articles).find_map(|a| {
        w.strip_prefix(a)
            .and_then(|t| t.strip_prefix(['\'', '’']))
            .filter(|t| t.starts_with(char::is_alphabetic))
    })
}

/// The marker opening a subject ("a", "another", "un autre"): how many
/// words it takes and whether it is "another".
pub(super) fn marker_at(words: &[&str]) -> Option<(usize, bool)> {
    let joined = |n: usize| words.get(..n).map(|w| w.join(" "));
    for n in [2, 1] {
        let Some(phrase) = joined(n) else { continue };
        if any_lang(&phrase, |e| e.another_markers) {
            return Some((n, true));
        }
        if any_lang(&phrase, |e| e.singular_markers) {
            return Some((n, false));
        }
    }
    None
}
