//! A verb of saying inside a relative clause after an object: "Police
//! arrested a builder | who they said | had cut into the hill".

use super::Subject;
use crate::extract::actors::actor_before;
use crate::extract::subject::clean_subject;
use crate::extract::words::*;
use crate::lang::Lang;

/// How many words may name the speaker between the relative word and the
/// verb ("who police said", "whom investigators say").
const SPEAKER_WORDS: usize = 2;

/// The subject of a verb of saying at `verb_start` whose clause, opened
/// at `boundary`, runs through a relative word right before its speaker:
/// the verb speaks for the relative clause only, so the attribution is
/// the speaker and the verb, and the clause around them (the object's
/// own, and the relative word that tells what follows describes it)
/// stays readable. A pronoun speaker ("who they
/// said") stands for the subject of the active verb before ("Police");
/// without one it is left to the pronoun's usual reading.
pub(super) fn relative_speaker(
    s: &str,
    boundary: usize,
    verb_start: usize,
    lang: Lang,
) -> Option<Subject> {
    let before = words_before(s, verb_start, SPEAKER_WORDS + 1);
    let at = before
        .iter()
        .position(|(w, _)| lang.extraction.relative_subjects.contains(&w.as_str()))?;
    let relative = before[at].1.clone();
    // A speaker, and words before the relative word that it follows.
    if at == 0 || relative.start <= boundary || !s[boundary..relative.start].trim().contains(' ') {
        return None;
    }
    let speaker = s[relative.end..verb_start].trim();
    if has_figure(speaker) {
        return None;
    }
    let pronoun = any_lang(&lowered(speaker), |e| e.pronouns);
    // "l'incendie qui s'est déclaré mardi": the relative word is the
    // subject, and the words before the verb only its auxiliary.
    let auxiliary = words_of(speaker).all(|w| {
        let w = lowered(w);
        let w = w.trim_start_matches("s'").trim_start_matches("s’");
        crate::lang::is_stopword(w)
    });
    if !pronoun && auxiliary {
        return None;
    }
    let name = if pronoun {
        let verb = pieces(&s[boundary..relative.start])
            .into_iter()
            .find(|r| any_lang(&lowered(&s[boundary..][r.clone()]), |e| e.actor_verbs))
            .map(|r| boundary + r.start);
        verb.and_then(|v| actor_before(s, boundary, v))
            .unwrap_or_else(|| speaker.to_string())
    } else {
        clean_subject(speaker)
    };
    (!name.is_empty()).then(|| Subject::plain(name, relative.end..verb_start, false))
}

/// A subject without the relative clause that describes it, written with
/// no commas ("Le groupe séparatiste qui a revendiqué l'attaque
/// affirme"): the words before the relative word, when an article or a
/// capital opens them on at least two words.
pub(super) fn before_relative_word(subject: &str, lang: Lang) -> &str {
    let words = pieces(subject);
    let Some(at) = (2..words.len()).find(|&i| {
        lang.extraction
            .relative_subjects
            .contains(&lowered(&subject[words[i].clone()]).as_str())
    }) else {
        return subject;
    };
    let head = &subject[..words[at].start];
    let opens = opens_with_article(head) || head.trim_start().starts_with(char::is_uppercase);
    if opens && !head.contains([',', ';', ':']) {
        head
    } else {
        subject
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::FR;

    #[test]
    fn a_relative_with_no_commas_is_cut_from_its_subject() {
        for (subject, head) in [
            (
                "Le groupe séparatiste qui a revendiqué l’attaque",
                "Le groupe séparatiste ",
            ),
            ("Le ministère gondavien qui", "Le ministère gondavien "),
            // Too short to be a head with its article, or no head at all.
            ("L'armée qui a riposté", "L'armée qui a riposté"),
            ("ceux qui ont survécu", "ceux qui ont survécu"),
            // A clause break before the relative word: left as it was.
            ("Le maire, lui, qui", "Le maire, lui, qui"),
        ] {
            assert_eq!(before_relative_word(subject, FR), head, "{subject}");
        }
    }
}
