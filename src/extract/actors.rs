//! Who counted, when no one is quoted: the subject of an active verb of
//! counting ("Police arrested five", "les secours ont retrouvé les corps
//! de neuf personnes").

use super::attribution::clean_subject;
use super::words::*;

/// The subject of an active verb that counts ("Police arrested five",
/// "La police a interpellé huit agents"): the words from the clause's
/// start to the verb at `verb`, without auxiliaries, when the verb is one
/// of `actor_verbs` and they name someone.
pub(super) fn actor_before(s: &str, clause_start: usize, verb: usize) -> Option<String> {
    let word = words_of(s.get(verb..)?).next()?.to_lowercase();
    // "les secours ont retrouvé les corps de neuf personnes": the verb
    // before the metric word and its article.
    let verb = if any_lang(&word, |e| e.actor_verbs) {
        verb
    } else {
        let mut before = words_before(s, verb, 2);
        if before
            .first()
            .is_some_and(|(w, _)| any_lang(w, |e| e.articles))
        {
            before.remove(0);
        }
        let (w, r) = before.first()?;
        if r.start < clause_start || !any_lang(w, |e| e.actor_verbs) {
            return None;
        }
        r.start
    };
    let head = s.get(clause_start..verb)?;
    let cut = head
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, ',' | ';' | ':' | '—'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let head = &head[cut..];
    let mut words: Vec<&str> = words_of(head).collect();
    while words.last().is_some_and(|w| {
        any_lang(&w.to_lowercase(), |e| e.auxiliaries)
            || any_lang(&w.to_lowercase(), |e| e.subject_tail)
    }) {
        words.pop();
    }
    let name = clean_subject(&words.join(" "));
    let named = !name.is_empty() && words.len() <= 4 && !has_figure(&name);
    named.then_some(name)
}
