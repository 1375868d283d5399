//! Figures that are no count in a quick entry: a measure with its unit
//! (`15 percent`, `5 ans`) or someone's age (`a girl of 9`, `driver
//! (46)`).

use crate::domain::Count;
use crate::lang::{ALL, Bound, Lang};
use crate::parse::fold_case;
use std::ops::Range;

/// Whether the figure at `value` is followed by a unit of any language
/// (`5 ans`, `15 percent`), or is an age (`a girl of 9`, `driver (46)`):
/// an age or a measure, not a count.
pub(super) fn has_unit(fragment: &str, value: &Range<usize>) -> bool {
    if is_age(fragment, value)
        || on_scale(fragment, value)
        || after_age_word(fragment, value)
        || places_of_things(fragment, value)
        || counts_speakers(fragment, value)
        || place_code(fragment, value)
    {
        return true;
    }
    let rest = fold_case(&fragment[value.end..]);
    let rest = rest.trim_start();
    ALL.iter().flat_map(|l| l.extraction.units).any(|unit| {
        rest.starts_with(unit)
            && rest[unit.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether the figure at `value` counts who gives the next one (`2 aid
/// groups said 4 dead`, `3 hôpitaux signalent 40 blessés`): a verb of
/// saying follows it in the same clause, then another figure.
fn counts_speakers(fragment: &str, value: &Range<usize>) -> bool {
    let rest = fold_case(&fragment[value.end..]);
    let saying =
        |w: &str| crate::lang::is_reporting_verb(w) || super::qualifier::is_source_preposition(w);
    // "12 morts selon 2 sources", "40 morts, affirment 2 ONG": who after a
    // word of saying, a noun of no metric after the figure.
    let before = fold_case(&fragment[..value.start]);
    let noun = rest
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let said_before = before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(saying);
    // ("army says 12 militants killed": the ones counted.)
    let metric_after = rest
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| crate::lang::is_metric_word(w) || crate::lang::is_basis_word(w));
    if said_before && !metric_after && super::source::names_source(noun) {
        return true;
    }
    // "2 sources évoquent une quarantaine de morts": the next figure may
    // be written in words.
    let worded = || {
        let after = &fragment[value.end..];
        ALL.iter().find_map(|l| {
            crate::parse::value::find_counts(after, *l)
                .first()
                .map(|(_, r)| r.start)
        })
    };
    let Some(next) = rest.find(|c: char| c.is_ascii_digit()).or_else(worded) else {
        // "12 killed, 3 sources say": a few words ending on a verb of
        // saying close the entry.
        let words: Vec<&str> = rest
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let who = words
            .first()
            .is_some_and(|w| !crate::lang::is_metric_word(w) && !crate::lang::is_basis_word(w));
        // "… say" last, or "… told AFP".
        // ("7 now confirmed dead": a metric word last is what is counted.)
        let told = words.len() == 3
            && saying(words[1])
            && !crate::lang::is_metric_word(words[2])
            && !crate::lang::is_basis_word(words[2]);
        let verb = words.last().is_some_and(|w| saying(w)) || told;
        return who
            && verb
            && (2..=4).contains(&words.len())
            && !rest.contains([',', ';', ':', '(', ')', '|']);
    };
    let between = &rest[..next];
    // ("3 blessés évoquent une vingtaine d'assaillants": the injured.)
    !between.contains([',', ';', ':', '(', ')', '|'])
        && !crate::lang::is_metric_word(noun)
        && ALL
            .iter()
            .flat_map(|l| l.entry.reporting_verbs)
            .any(|verb| super::infer::find_phrase(between, verb).is_some())
}

/// Whether the figure at `value` counts the places things happen, after
/// a preposition and another figure (`160 evacuated from 2 lodges`,
/// `1 300 hébergés dans 2 gymnases`): where, not who. Alone in its
/// fragment the figure still counts.
fn places_of_things(fragment: &str, value: &Range<usize>) -> bool {
    let before = fold_case(&fragment[..value.start]);
    let after = fold_case(&fragment[value.end..]);
    let link = before.split_whitespace().next_back().unwrap_or("");
    let noun = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    // "detained in 3 cities": areas in the plural are where, even alone.
    let singular = noun
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| noun.strip_suffix(['s', 'x']).map(str::to_string));
    let areas = singular.is_some_and(|s| {
        ALL.iter()
            .any(|l| l.extraction.area_nouns.contains(&s.as_str()))
    });
    let figure_before = fragment[..value.start].contains(|c: char| c.is_ascii_digit());
    ALL.iter().any(|l| {
        l.extraction.place_prepositions.contains(&link) || l.dates.span_openers.contains(&link)
    }) && (areas
        || (figure_before
            && ALL.iter().any(|l| {
                l.extraction.thing_nouns.contains(&noun) || l.extraction.area_nouns.contains(&noun)
            })))
}

/// Whether the figure at `value` follows a word of age (`aged 40 to 60`,
/// `âgés de 15 ans`, with `de` between).
fn after_age_word(fragment: &str, value: &Range<usize>) -> bool {
    let before = fold_case(&fragment[..value.start]);
    let mut words = before.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let age = |w: &str| ALL.iter().any(|l| l.extraction.age_words.contains(&w));
    age(last) || (ALL.iter().any(|l| l.counts.noun_of == last) && words.next().is_some_and(age))
}

/// Whether the figure at `value` is a degree on a scale named just before
/// it (`magnitude 6.1`, `category 4 hurricane`): no count. A figure a
/// metric word or a plural follows counts them ("stage 3 injured", "au
/// niveau 3 soldats tués").
fn on_scale(fragment: &str, value: &Range<usize>) -> bool {
    let before = fold_case(&fragment[..value.start]);
    let word = before.split_whitespace().next_back().unwrap_or("");
    let after = fold_case(&fragment[value.end..]);
    let next = after
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| !w.is_empty())
        .filter(|_| after.starts_with(char::is_whitespace))
        .unwrap_or("");
    let counts_next = ALL
        .iter()
        .any(|l| l.entry.is_plural(next) || crate::lang::is_metric_word(next));
    ALL.iter().any(|l| l.entry.scale_words.contains(&word)) && !counts_next
}

/// Whether the figure at `value` gives someone's age: after a singular
/// noun of a person and `of` ("a girl of 9"), or alone in brackets right
/// after a word ("driver (46) arrested").
fn is_age(fragment: &str, value: &Range<usize>) -> bool {
    let before = fold_case(&fragment[..value.start]);
    let words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    let of_person = matches!(words.as_slice(), [of, noun] if ALL.iter().any(|l| {
        *of == l.counts.noun_of
            && l.extraction.age_nouns.contains(noun)
            && !l.entry.is_plural(noun)
    }));
    // "toll (30)", "dead (12)": a figure in brackets after a stop word or
    // a metric word is one more count.
    let bracketed = before.trim_end().strip_suffix('(').is_some_and(|head| {
        let word = head.split_whitespace().next_back().unwrap_or("");
        // "l'agresseur (23)": the elided article is no part of the noun,
        // when the noun opens the fragment ("tués dans l'attaque (12)").
        let opens = head.split_whitespace().count() == 1;
        let word = match word.rsplit_once(['\'', '’']) {
            Some((_, noun)) if opens => noun,
            _ => word,
        };
        word.chars().all(char::is_alphabetic)
            && !word.is_empty()
            && !crate::lang::is_stopword(word)
            && !crate::lang::is_metric_word(word)
            && fragment[value.end..].trim_start().starts_with(')')
    });
    of_person || bracketed
}

/// Whether `word` is a figure alone in brackets (`(46)`).
pub(super) fn bracketed_figure(word: &str) -> bool {
    word.strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
}

/// The brackets (with their marks) that hold only ages or measures.
pub(super) fn age_brackets(text: &str, counts: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices('(') {
        let Some(close) = text[open..].find(')').map(|i| open + i) else {
            continue;
        };
        let inside = open + 1..close;
        let within: Vec<&Range<usize>> = counts
            .iter()
            .filter(|r| r.start >= inside.start && r.end <= inside.end)
            .collect();
        if !within.is_empty() && ages_only(text, inside, &within) {
            out.push(open..close + 1);
        }
    }
    out
}

/// Whether brackets hold only ages or measures, no count: "man (34)",
/// "2 ados (16 et 17 ans)".
/// `within` are the figures inside.
fn ages_only(text: &str, inside: Range<usize>, within: &[&Range<usize>]) -> bool {
    if within.iter().all(|r| has_unit(text, r)) {
        return true;
    }
    let words: Vec<String> = text[inside]
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(fold_case)
        .collect();
    let unit = |w: &str| {
        ALL.iter().any(|l| {
            l.extraction.units.contains(&w)
                || l.extraction.age_words.contains(&w)
                || l.entry.joiners.contains(&w)
        })
    };
    words
        .iter()
        .any(|w| unit(w) && !w.chars().all(|c| c.is_ascii_digit()))
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_digit()) || w == "&" || unit(w))
}

/// A bound said after the metric word, ending the fragment (`3 morts
/// minimum`, `12 dead at least`): the exact `count` bounded, and the
/// bound's span for the qualifier to drop.
pub(super) fn bound_after_metric(
    fragment: &str,
    metric_end: usize,
    count: Count,
    lang: Lang,
) -> Option<(Count, Range<usize>)> {
    // "une cinquantaine de blessés au moins": about 50, at least.
    if count.low != count.high || count.vague {
        return None;
    }
    let tail = fold_case(&fragment[metric_end..]);
    let said = tail.trim().trim_end_matches(['.', ')', ' ']);
    let phrases = (lang.counts.bounds.iter()).chain(lang.counts.bounds_after);
    // The bound may be followed by whom (`37 morts au minimum (ONG)`) or
    // by a clause saying when (`43 décès au moins depuis janvier`), never
    // by a figure, nor by a word of a longer phrase (`au plus tard`), nor
    // by a place it bounds instead (`12 dead at least in Kabul`).
    let ends_bound = |p: &str| {
        said.strip_prefix(p).is_some_and(|rest| {
            let next = rest.split_whitespace().next().unwrap_or("");
            rest.is_empty()
                || (!rest.contains(|c: char| c.is_ascii_digit())
                    && (rest.starts_with([',', ';'])
                        || rest.trim_start().starts_with('(')
                        || (rest.starts_with(' ') && lang.entry.clause_openers.contains(&next))))
        })
    };
    let (said, bound) = phrases
        .filter(|(p, _)| p.chars().all(|c| c.is_alphabetic() || c == ' '))
        .filter(|(p, _)| ends_bound(p))
        .max_by_key(|(p, _)| p.len())
        .copied()?;
    if !matches!(bound, Bound::AtLeast | Bound::AtMost) {
        return None;
    }
    let count = crate::parse::value::bounded(count, bound);
    let start = metric_end + (tail.len() - tail.trim_start().len());
    Some((count, start..start + said.len()))
}

/// Whether the figure at `value` is a place's code in brackets after its
/// name, a figure already given before it (`3 morts en Haute-Orlane
/// (71)`), or after the body that gives the figures (`(préf. 38)`,
/// `(Sdis 45)`): a département's number, no count.
pub(super) fn place_code(fragment: &str, value: &Range<usize>) -> bool {
    let said = &fragment[value.clone()];
    let before = &fragment[..value.start];
    let code = (2..=3).contains(&said.len())
        && said.chars().all(|c| c.is_ascii_digit())
        && fragment[value.end..].trim_start().starts_with(')')
        && before.contains(|c: char| c.is_ascii_digit());
    if !code {
        return false;
    }
    if let Some((_, body)) = before.rsplit_once('(')
        && body.split_whitespace().count() == 1
        && body.trim().trim_end_matches('.').chars().count() <= 5
        && super::source::has_source_word(body)
    {
        return true;
    }
    let Some(head) = before.trim_end().strip_suffix('(') else {
        return false;
    };
    let place = head.trim_end().rsplit(' ').next().unwrap_or("");
    place.chars().next().is_some_and(char::is_uppercase)
}
