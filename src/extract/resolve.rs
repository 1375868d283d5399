//! Who a claimant phrase points back to: a pronoun, "la même source" or
//! "the ministry" stands for a claimant named before, and an acronym for
//! the name it abbreviates.

use super::words::*;
use crate::lang::ALL;

/// Replaces "the ministry", "la même source", "he" by the most recent
/// claimant they point back to.
pub(super) fn resolve_claimant(name: &str, history: &[String]) -> String {
    let lower = name.to_lowercase();
    if lower.is_empty() {
        return String::new();
    }
    // "Earlier on Wednesday it had said": a pronoun after words of when.
    if let Some((when, last)) = lower.rsplit_once(' ')
        && any_lang(last, |e| e.pronouns)
        && words_of(when).all(|w| {
            is_day_word(w) || any_lang(w, |e| e.claimant_skips) || any_lang(w, |e| e.subject_tail)
        })
    {
        return history.last().cloned().unwrap_or_default();
    }
    if any_lang(&lower, |e| e.pronouns)
        || every_lang(|e| e.same_source).any(|p| lower.contains(p))
        || any_lang(&lower, |e| e.source_words)
    {
        return history.last().cloned().unwrap_or_default();
    }
    // "le magistrat" after "le procureur de la République de Kervanec,
    // Yann Kerhervé": the office's kind stands for the title named last.
    let office = ALL
        .iter()
        .flat_map(|l| l.extraction.office_kinds)
        .find(|(kind, _)| *kind == lower);
    if let Some((_, titles)) = office
        && let Some(full) = history.iter().rev().find(|h| {
            let first = lowered(words_of(h).next().unwrap_or(""));
            titles.contains(&first.as_str())
        })
    {
        return full.clone();
    }
    // "l'OIM" after "l'Organisation internationale pour les migrations".
    if let Some(full) = history.iter().rev().find(|h| is_acronym_of(name, h)) {
        return full.clone();
    }
    let single = !lower.contains(' ') || one_name_with_head(&lower);
    if single {
        let head = words_of(&lower).next().unwrap_or("");
        if let Some(full) = history
            .iter()
            .rev()
            .find(|h| h.len() > name.len() && words_of(&lowered(h)).any(|w| w == head))
        {
            return full.clone();
        }
        // "a ajouté l'organisation" after "selon le Croissant-Rouge
        // valmérien": a body named by its kind alone is the body that
        // spoke last, named by its own name (capitalised, no person's
        // title); past another speaker the kind could stand for any body
        // of the story, and stays as written.
        let body = !lower.contains(' ') && any_lang(head, |e| e.body_kinds);
        if body
            && let Some(full) = history.last().filter(|h| {
                h.starts_with(char::is_uppercase)
                    && !h.contains(',')
                    && !no_body_name(h)
                    && !ALL.iter().any(|l| {
                        let first = lowered(words_of(h).next().unwrap_or(""));
                        l.persons.titles.contains(&first.trim_end_matches('.'))
                    })
            })
        {
            return full.clone();
        }
    }
    // "the health official" after "a local health official": a shorter
    // mention of a name given before, its last words.
    let words: Vec<&str> = words_of(&lower).collect();
    if words.len() >= 2
        && let Some(full) = history.iter().rev().find(|h| {
            let full = lowered(h);
            let theirs: Vec<&str> = words_of(&full).collect();
            theirs.len() > words.len() && theirs.ends_with(&words)
        })
    {
        return full.clone();
    }
    name.to_string()
}

/// Whether a claimant is no body's own name: speakers named by a common
/// noun, capitalised only where it opens a sentence ("Survivors said",
/// "Camp officials said"), or a person's first name and surname
/// ("Justin Mukendi"; "Médecins Sans Frontières", "Croissant-Rouge
/// valmérien" are bodies).
fn no_body_name(h: &str) -> bool {
    let words: Vec<&str> = words_of(h).collect();
    let speakers = words.iter().any(|w| {
        ALL.iter()
            .any(|l| l.persons.speakers.contains(&lowered(w).as_str()))
    });
    let one_common_word = words.len() == 1
        && !words[0].contains('-')
        && words[0].chars().skip(1).all(char::is_lowercase);
    let person = words.len() == 2
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && !w.contains('-')
                && !ALL
                    .iter()
                    .any(|l| l.persons.bodies.contains(&lowered(w).as_str()))
        });
    speakers || one_common_word || person
}

/// Bodies named in full in `s`: two to six capitalised words (links such
/// as "of" between them) ending on a body's kind ("Kelby General
/// Hospital", "Ministry of Health" is not: it ends on its complement).
pub(super) fn body_names(s: &str) -> Vec<String> {
    let words: Vec<&str> = words_of(s).collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let link = |w: &str| ALL.iter().any(|l| l.extraction.name_links.contains(&w));
    let mut names = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for w in words.iter().chain(std::iter::once(&"")) {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !bare.is_empty() && (capital(bare) || (!run.is_empty() && link(bare))) {
            run.push(bare);
            if bare.len() == w.len() {
                continue;
            }
        }
        while run.last().is_some_and(|w| link(w)) {
            run.pop();
        }
        // "The Kelby General Hospital": the article is no part of it.
        if run.first().is_some_and(|f| {
            ALL.iter()
                .any(|l| l.extraction.articles.contains(&lowered(f).as_str()))
        }) {
            run.remove(0);
        }
        let body = run.last().is_some_and(|l| {
            ALL.iter()
                .any(|g| g.persons.bodies.contains(&lowered(l).as_str()))
        });
        if (2..=6).contains(&run.len()) && body {
            names.push(run.join(" "));
        }
        run.clear();
    }
    names
}

/// The body named in full last whose kind a claimant names alone ("the
/// hospital" → "Kelby General Hospital").
pub(super) fn named_body(claimant: &str, bodies: &[String]) -> Option<String> {
    let lower = lowered(claimant);
    if lower.contains(' ')
        || !ALL
            .iter()
            .any(|l| l.persons.bodies.contains(&lower.as_str()))
    {
        return None;
    }
    bodies
        .iter()
        .rev()
        .find(|b| words_of(b).last().is_some_and(|w| lowered(w) == lower))
        .cloned()
}

/// Whether `short` (all capitals, "OIM") is made of the initials of the
/// words of `full` that are not links ("Organisation internationale pour
/// les migrations").
fn is_acronym_of(short: &str, full: &str) -> bool {
    let letters = short.chars().count();
    if !(2..=6).contains(&letters) || !short.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    let initials: String = words_of(full)
        .filter(|w| !ALL.iter().any(|l| l.extraction.name_links.contains(w)))
        .filter_map(|w| {
            let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
            w.chars().next()
        })
        .flat_map(char::to_uppercase)
        .collect();
    initials == short
}

/// `ministère X`: a head that makes one name of two words, unless its
/// link word follows (`ministère de l'Intérieur`).
fn one_name_with_head(lower: &str) -> bool {
    ALL.iter()
        .flat_map(|l| l.extraction.single_name_heads)
        .any(|&(head, link)| {
            lower.strip_prefix(head).is_some_and(|r| r.starts_with(' '))
                && !lower.contains(&format!(" {link} "))
                && words_of(lower).count() <= 2
        })
}
