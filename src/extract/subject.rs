//! A subject phrase cleaned of the words around it, for claimants read
//! before a verb of saying or an active verb.

use super::claimant::normalise_claimant;
use super::words::*;

/// A subject phrase without the words around it: leading days, articles
/// and conjunctions, trailing auxiliaries and adverbs.
pub(super) fn clean_subject(segment: &str) -> String {
    let mut words: Vec<&str> = words_of(segment).collect();
    // Leading "On Thursday", "Jeudi", "and", "mais".
    while let Some(first) = words.first() {
        let w = first.to_lowercase();
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // "On Tuesday morning the ministry": the part of the day too.
        if any_lang(w, |e| e.subject_openers)
            || any_lang(w, |e| e.contrasts)
            || is_day_word(w)
            || any_lang(w, |e| e.claimant_skips)
        {
            words.remove(0);
        } else {
            break;
        }
    }
    // "Fishing cooperatives in the three worst-hit villages": a phrase
    // of where, in lower case, after a bare plural subject is no part of
    // it ("Police in Almaty" names one; "diffusé dimanche à la mi-journée par la
    // télévision publique" leaves its author to what follows).
    // A description led by an article keeps its place ("A security
    // official in the region").
    let authored = words
        .iter()
        .any(|w| any_lang(&w.to_lowercase(), |e| e.report_authors))
        || words
            .first()
            .is_some_and(|w| any_lang(&w.to_lowercase(), |e| e.articles));
    if let Some(cut) = (1..words.len()).filter(|_| !authored).find(|&i| {
        any_lang(&words[i].to_lowercase(), |e| e.claimant_stops)
            && words
                .get(i + 1)
                .is_some_and(|next| !next.starts_with(char::is_uppercase))
    }) {
        words.truncate(cut);
    }
    while let Some(last) = words.last() {
        let w = last.to_lowercase();
        if any_lang(&w, |e| e.subject_tail) {
            words.pop();
        } else {
            break;
        }
    }
    normalise_claimant(&words.join(" "))
}
