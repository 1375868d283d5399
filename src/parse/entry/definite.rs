//! One person named without a figure in a quick entry: a definite or
//! possessive (`le syndic`, `son adjoint`), or a singular participle
//! after who is counted (`traiteur interpellé`); and the short label a
//! line may open with before them (`police :`).

use crate::lang::Lang;
use crate::parse::fold_case;
use crate::text::words::fold_word;
use std::ops::Range;

/// Where `fragment` goes on past a short label before a colon (`police :
/// le propriétaire`, `mairie : « aucun blessé »`): one to three words
/// with no figure; 0 without one.
pub(super) fn after_label(fragment: &str) -> usize {
    fragment
        .find(':')
        .filter(|&c| {
            let head = &fragment[..c];
            !head.trim().is_empty()
                && head.split_whitespace().count() <= 3
                && !head.chars().any(|ch| ch.is_ascii_digit())
        })
        .map_or(0, |c| c + 1)
}

/// The definite or possessive opening `fragment` before a person (`le
/// syndic`, `son adjoint`, `l'exploitant du manège`): one, beside a
/// metric; a body, a place or a thing (`le ministère`, `la capitale`) is
/// no one.
pub(super) fn definite_at(fragment: &str, lang: Lang) -> Option<Range<usize>> {
    // "police : le propriétaire": past a source's label.
    let label = after_label(fragment);
    let at = label + (fragment[label..].len() - fragment[label..].trim_start().len());
    let folded = fold_case(fragment);
    lang.entry.definite_ones.iter().find_map(|phrase| {
        let (stem, elided) = match phrase.strip_suffix('\'') {
            Some(stem) => (stem, true),
            None => (*phrase, false),
        };
        let mut end = at + stem.len();
        if !folded.get(at..)?.starts_with(stem) {
            return None;
        }
        let next = folded[end..].chars().next()?;
        match (elided, next) {
            (true, '\'' | '’') => end += next.len_utf8(),
            (false, ' ') => {}
            _ => return None,
        }
        let noun = folded[end..]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .find(|w| !w.is_empty())?;
        // "le 1er janvier", "la veille": a day is no one.
        let day = crate::parse::date::date_spans(fragment, lang)
            .iter()
            .any(|d| d.start <= end + 1 && end < d.end);
        if day || !noun.starts_with(char::is_alphabetic) {
            return None;
        }
        // The body words are written folded (`ministere`).
        let plain = fold_word(noun);
        let ex = &lang.extraction;
        let person = !ex.thing_nouns.contains(&noun)
            && !ex.area_nouns.contains(&noun)
            && !lang.persons.bodies.contains(&plain.as_str())
            && !lang.entry.not_singular_before.contains(&noun);
        person.then_some(at..end)
    })
}

/// Whether the metric word at `metric` is a singular participle
/// (`interpellé`, `tué`) after a word naming who is counted, with no
/// figure in the fragment: "traiteur interpellé", "le gérant arrêté".
pub(super) fn singular_participle(fragment: &str, lang: Lang, metric: &Range<usize>) -> Option<()> {
    let word = fold_case(fragment.get(metric.clone())?.trim());
    let participle = &lang.dates.tense.compound.participle;
    let ends = participle
        .accented_endings
        .iter()
        .chain(participle.endings)
        .any(|e| word.ends_with(e) && !word.ends_with(&format!("{e}s")));
    let singular = lang
        .extraction
        .singular_metric_words
        .contains(&word.as_str());
    let before = fold_case(&fragment[..metric.start]);
    let noun = before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| !w.is_empty() && !lang.entry.stopwords.contains(&w));
    (ends && singular && noun).then_some(())
}
