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
    if any_lang(&lower, |e| e.pronouns)
        || every_lang(|e| e.same_source).any(|p| lower.contains(p))
        || any_lang(&lower, |e| e.source_words)
    {
        return history.last().cloned().unwrap_or_default();
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
        // valmérien": a body named by its kind alone is the body named
        // last by its own name (capitalised, no person's title).
        let body = !lower.contains(' ') && any_lang(head, |e| e.body_kinds);
        if body
            && let Some(full) = history.iter().rev().find(|h| {
                h.starts_with(char::is_uppercase)
                    && !h.contains(',')
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
