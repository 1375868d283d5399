//! The shape a claimant's name is logged in: a report's author rather
//! than the report, and where copy logs people by name, the name without
//! the description before it.

use super::agent_of_participle;
use super::normalise_claimant;
use crate::extract::words::*;
use crate::lang::{ALL, Lang};

/// The name as the language logs it: a report's author rather than the
/// report ("bilan provisoire de la préfecture du Loiret" → "préfecture du
/// Loiret"; "un dernier bilan" names nobody), and where copy logs people
/// by name, a lower-case description before a name dropped ("ministry
/// spokesman Colonel Erik Halvard" → "Colonel Erik Halvard").
pub(in crate::extract) fn shape(name: &str, lang: Lang) -> String {
    let name = author_of_report(name);
    if !lang.extraction.name_without_role {
        return name;
    }
    let mut words: Vec<&str> = words_of(&name).collect();
    // "Faris al-Tamimi": a particle joined to a capitalised name is part
    // of it.
    let capital = |w: &str| {
        w.starts_with(char::is_uppercase)
            || w.split_once('-')
                .is_some_and(|(_, r)| r.starts_with(char::is_uppercase))
    };
    let link = |w: &str| ALL.iter().any(|l| l.extraction.name_links.contains(&w));
    // "a UN official in Mabenza", "a doctor at the hospital": a place
    // after a lower-case role is where the speaker is, no part of them.
    if let Some(at) = words.iter().position(|w| {
        ALL.iter()
            .any(|l| l.extraction.place_prepositions.contains(w))
    }) && at > 0
        && !capital(words[at - 1])
    {
        words.truncate(at);
        return words.join(" ");
    }
    // "Dr Lian Mercer of Tirvana Central Hospital": a person named with
    // a title, then the body they work for.
    if let Some(of) = words.iter().position(|w| link(w))
        && of >= 3
        && words[..of].iter().all(|w| capital(w))
        && is_title(words[0])
        && crate::extract::resolve::body_names(&words[of + 1..].join(" ")).len() == 1
    {
        return words[..of].join(" ");
    }
    // "Dr Kavita Rao of the Ramkund civil hospital", "Chief Superintendent
    // Lena Vikstrom of Korsby police": the body after a titled name ends
    // on its kind in lower case, its place before it; it is where the
    // person works, no part of them.
    if let Some(of) = words.iter().position(|w| link(w))
        && of >= 3
        && words[..of].iter().all(|w| capital(w))
        && is_title(words[0])
        && words
            .last()
            .is_some_and(|w| !capital(w) && ALL.iter().any(|l| l.persons.bodies.contains(w)))
    {
        return words[..of].join(" ");
    }
    // The trailing run of capitalised words (links inside it allowed).
    let mut start = words.len();
    while start > 0
        && (capital(words[start - 1]) || (link(words[start - 1]) && start < words.len()))
    {
        start -= 1;
    }
    while start < words.len() && !capital(words[start]) {
        start += 1;
    }
    let run = &words[start..];
    // "Chief Superintendent Helen Okafor of the county police": a named
    // person's lower-case affiliation after the name is no part of it.
    if run.is_empty()
        && let Some(of) = words.iter().position(|w| link(w) && !w.is_empty())
        && of >= 2
        && words[..of].iter().all(|w| capital(w))
        && words[of + 1..].iter().all(|w| !capital(w))
    {
        return words[..of].join(" ");
    }
    let described = start > 0 && !link(words[start - 1]) && !capital(words[start - 1]);
    // "the national railway company KRZ", "metro operator TirMetro": one
    // name after the body it is (no day, no stop word before it).
    let one_name = run.len() == 1
        && start >= 2
        && !is_day_word(&run[0].to_lowercase())
        && !has_figure(run[0])
        && !crate::lang::is_stopword(&words[start - 1].to_lowercase());
    if described && (run.len() >= 2 || one_name) {
        run.join(" ")
    } else {
        name
    }
}

/// Whether `w` is a person's title ("Dr", "Colonel").
fn is_title(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_lowercase();
    ALL.iter().any(|l| l.persons.titles.contains(&w.as_str()))
}

/// The author of a report named in a claimant phrase, or the phrase.
fn author_of_report(name: &str) -> String {
    let mut words: Vec<&str> = words_of(name).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let Some(noun) = lower
        .iter()
        .take(4)
        .position(|w| any_lang(w, |e| e.report_nouns))
    else {
        return agent_of_participle(&words).unwrap_or_else(|| name.to_string());
    };
    // "bilan … de la préfecture du Loiret publié jeudi matin": the report's
    // day and the words before it are no part of the author.
    if let Some(day) = lower
        .iter()
        .skip(noun + 1)
        .position(|w| is_day_word(w))
        .map(|i| noun + 1 + i)
    {
        let capital = words[..day]
            .iter()
            .rposition(|w| w.starts_with(char::is_uppercase));
        if let Some(c) = capital.filter(|&c| c > noun) {
            words.truncate(c + 1);
        }
    }
    let lower = &lower[..words.len()];
    // "the ministry's daily bulletin": the possessive names the author.
    if let Some(owner) = words[..noun]
        .iter()
        .rposition(|w| w.ends_with("'s") || w.ends_with("’s"))
    {
        let mut owner_words: Vec<&str> = words[..=owner].to_vec();
        let last = owner_words[owner];
        owner_words[owner] = &last[..last.len() - if last.ends_with("'s") { 2 } else { 4 }];
        return normalise_claimant(&owner_words.join(" "));
    }
    // "par"/"by" first: "bilan communiqué de source sûre par X" is X's.
    let after = |pick: fn(&str) -> bool| {
        lower[noun + 1..]
            .iter()
            .position(|w| pick(w))
            .map(|i| noun + 1 + i)
    };
    let agent = after(|w| {
        ALL.iter()
            .any(|l| l.extraction.report_authors.first() == Some(&w))
    })
    .or_else(|| after(|w| any_lang(w, |e| e.report_authors)));
    let elided = lower[noun + 1..]
        .iter()
        .position(|w| {
            every_lang(|e| e.report_authors)
                .any(|a| a.ends_with(['\'', '’']) && w.starts_with(a) && w.len() > a.len())
        })
        .map(|i| noun + 1 + i);
    // "de la préfecture": the author after an elided link.
    let after_elided = |e: usize| {
        let first = words[e].split_once(['\'', '’']).map_or("", |(_, r)| r);
        normalise_claimant(
            &[first]
                .into_iter()
                .chain(words[e + 1..].iter().copied())
                .collect::<Vec<_>>()
                .join(" "),
        )
    };
    match (agent, elided) {
        (Some(at), Some(e)) if e < at => after_elided(e),
        (Some(at), _) => normalise_claimant(&words[at + 1..].join(" ")),
        (None, Some(e)) => after_elided(e),
        // "An earlier police statement": the body before the report
        // made it.
        (None, None) => noun
            .checked_sub(1)
            .filter(|&b| {
                ALL.iter()
                    .any(|l| l.persons.bodies.contains(&lower[b].as_str()))
            })
            .map(|b| words[b].to_string())
            .unwrap_or_default(),
    }
}
