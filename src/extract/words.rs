//! Small word-level helpers shared by the extraction stages. Words are
//! the tokenizer's pieces (`text::tokens::pieces`): runs of tokens with no
//! white space between them, punctuation kept, since a comma glued to a
//! word tells these helpers where a clause ends.

use crate::lang::{ALL, Extraction};
pub(super) use crate::text::tokens::pieces;
pub(super) use crate::text::words::is_word_boundary;
use std::ops::Range;

/// Whether `w` is in the `pick` list of any language: articles mix them.
pub(super) fn any_lang(w: &str, pick: fn(&Extraction) -> &'static [&'static str]) -> bool {
    ALL.iter().any(|l| pick(&l.extraction).contains(&w))
}

/// The words of the `pick` list of every language, in the order of
/// `lang::ALL`.
pub(super) fn every_lang(
    pick: fn(&Extraction) -> &'static [&'static str],
) -> impl Iterator<Item = &'static str> {
    ALL.iter().flat_map(move |l| pick(&l.extraction)).copied()
}

/// Whether `w`, as written, is the agent of a passive (`by`, `par`):
/// the first of each language's report authors ("communiqué par la
/// police", "contacted by phone").
pub(super) fn is_agent_word(w: &str) -> bool {
    ALL.iter()
        .any(|l| l.extraction.report_authors.first() == Some(&w))
}

/// Whether `w` names a thing in any language, or is the plural of one
/// ("hotels", "churches" after "hotel", "church"): things are no people.
pub(super) fn is_thing_noun(w: &str) -> bool {
    let plural = ALL.iter().any(|l| l.entry.is_plural(w));
    let stems = [w.strip_suffix('s'), w.strip_suffix("es")];
    any_lang(w, |e| e.thing_nouns)
        || plural
            && stems
                .into_iter()
                .flatten()
                .any(|s| any_lang(s, |e| e.thing_nouns))
}

/// The (word, meaning) pairs of the `pick` table of every language.
pub(super) fn every_lang_pairs(
    pick: fn(&Extraction) -> &'static [(&'static str, &'static str)],
) -> impl Iterator<Item = (&'static str, &'static str)> {
    ALL.iter().flat_map(move |l| pick(&l.extraction)).copied()
}

/// Lower-cased with every byte offset kept valid in the original.
pub(super) fn lowered(text: &str) -> String {
    crate::text::words::fold_case(text)
}

/// Up to `n` words just before `at` (nearest first), lower-cased, with
/// their byte ranges.
pub(super) fn words_before(text: &str, at: usize, n: usize) -> Vec<(String, Range<usize>)> {
    let head = &text[..at];
    let mut out = Vec::new();
    for piece in pieces(head).into_iter().rev().take(n) {
        // Punctuation glued to a word ends the clause the words belong to.
        if head[piece.clone()].ends_with(|c: char| ",;:.".contains(c)) {
            break;
        }
        out.push((head[piece.clone()].to_lowercase(), piece));
    }
    out
}

/// The pieces of `text` (see `pieces`) as text.
pub(super) fn words_of(text: &str) -> impl Iterator<Item = &str> {
    pieces(text).into_iter().map(move |r| &text[r])
}

pub(super) fn has_figure(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

/// Whether `text` has a figure that is no age glued to its unit ("a
/// 9-year-old girl" names one person and counts none).
pub(super) fn has_count_figure(text: &str) -> bool {
    words_of(text).any(|w| has_figure(w) && !is_age_word(w))
}

/// A figure glued by a hyphen to a unit: "9-year-old", "17-year-old,".
pub(super) fn is_age_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let unit = w.trim_start_matches(|c: char| c.is_ascii_digit());
    unit.len() < w.len()
        && unit.starts_with('-')
        && any_lang(&unit[1..].to_lowercase(), |e| e.units)
}

/// A weekday's full name or a named day (`yesterday`, `aujourd'hui`) of
/// any language.
pub(super) fn is_day_word(w: &str) -> bool {
    ALL.iter()
        .any(|l| l.dates.weekdays.iter().any(|d| d.0 == w))
        || any_lang(w, |e| e.named_days)
}

/// The month a full month name of any language stands for (`August`,
/// `août`); an abbreviation is no month here (`Jan` is also a name).
pub(super) fn month_of(w: &str) -> Option<u32> {
    ALL.iter().find_map(|l| {
        l.dates
            .months
            .iter()
            .find(|m| !m.abbrev && m.word == w)
            .map(|m| m.month)
    })
}

/// Whether a phrase opens (after any day) with an article or possessive,
/// as a role does ("The agency's spokesman", "Le ministre de…"); a clause
/// such as "Twenty-six rioters were killed" does not.
pub(super) fn opens_with_article(raw: &str) -> bool {
    let lower = raw.to_lowercase();
    let words: Vec<&str> = words_of(&lower)
        .skip_while(|w| any_lang(w, |e| e.claimant_skips) || is_day_word(w.trim_matches(',')))
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    let verbish = words.iter().any(|w| any_lang(w, |e| e.be_have));
    !verbish
        && (any_lang(first, |e| e.articles)
            || any_lang(first, |e| e.possessives)
            || every_lang(|e| e.elided_articles).any(|a| {
                first.starts_with(&format!("{a}'")) || first.starts_with(&format!("{a}’"))
            }))
}

/// `s` with a bracketed acronym just before `at` blanked out, byte for
/// byte: "L'Organisation mondiale de la santé (OMS) évoque" reads its
/// subject as if the brackets were not there.
pub(super) fn without_acronym_before(s: &str, at: usize) -> std::borrow::Cow<'_, str> {
    let head = s[..at].trim_end();
    let open = head.strip_suffix(')').and_then(|h| h.rfind('('));
    let Some(open) = open else {
        return s.into();
    };
    let inner = &head[open + 1..head.len() - 1];
    let acronym = !inner.is_empty()
        && !inner.contains(' ')
        && inner.starts_with(char::is_uppercase)
        && inner.chars().all(|c| c.is_alphabetic() || c == '-');
    if !acronym || s[..open].trim_end().is_empty() {
        return s.into();
    }
    format!(
        "{}{}{}",
        &s[..open],
        " ".repeat(head.len() - open),
        &s[head.len()..]
    )
    .into()
}

/// An elided article on its own ("l'", "l’"), as a word's first piece.
pub(super) fn is_elided_article(w: &str) -> bool {
    every_lang(|e| e.elided_articles)
        .any(|a| w.strip_prefix(a).is_some_and(|r| r == "'" || r == "’"))
}

/// A proper name: one to four words, each capitalised.
pub(super) fn looks_like_name(text: &str) -> bool {
    let words: Vec<&str> = words_of(text).collect();
    !words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Past the last claimant opener (`selon`, `according to`) after `start`.
pub(super) fn after_claimant_opener(head: &str, start: usize) -> usize {
    let lower = lowered(head);
    every_lang(|e| e.claimant_openers)
        .filter_map(|o| {
            lower[start..]
                .match_indices(o)
                .map(|(at, _)| start + at)
                .filter(|&at| is_word_boundary(&lower, at, at + o.len()))
                .last()
                .map(|at| at + o.len())
        })
        .max()
        .unwrap_or(start)
}

/// Where the clause holding the end of `head` starts: after the last comma,
/// semicolon, colon, quote, or `que`/`that`.
pub(super) fn clause_boundary(head: &str) -> usize {
    let mut boundary = 0;
    for (at, c) in head.char_indices() {
        if matches!(
            c,
            ',' | ';' | ':' | '«' | '»' | '"' | '“' | '”' | '(' | ')' | '—'
        ) {
            boundary = at + c.len_utf8();
        }
    }
    let lower = lowered(head);
    let whole = every_lang(|e| e.clause_openers).map(|w| format!(" {w} "));
    let elided =
        every_lang(|e| e.elided_clause_openers).flat_map(|w| [format!(" {w}'"), format!(" {w}’")]);
    for word in whole.chain(elided) {
        if let Some(at) = lower.rfind(&word)
            && at + word.len() > boundary
            && lower.len() == head.len()
        {
            boundary = at + word.len();
        }
    }
    boundary
}

/// "Twelve people died police said": with no comma before the verb, the
/// claimant is the run of names, titles, bodies and speakers ending the
/// subject (`police`, `Red Cross`, `Interior Minister Ana Diaz`). Where
/// that run starts in `segment`, if it does not take the whole of it.
pub(super) fn named_tail(segment: &str, lang: crate::lang::Lang) -> Option<usize> {
    let known = |w: &str| {
        ALL.iter().any(|l| {
            let p = &l.persons;
            p.bodies.contains(&w) || p.titles.contains(&w) || p.speakers.contains(&w)
        })
    };
    let words = pieces(segment);
    let mut start = None;
    for r in words.iter().rev() {
        let raw = &segment[r.clone()];
        let w = crate::text::words::fold_word(raw.trim_matches(|c: char| !c.is_alphanumeric()));
        // "began on 6 September": a month or a day is no one.
        let lower = lowered(raw.trim_matches(|c: char| !c.is_alphanumeric()));
        let dated = is_day_word(&lower) || month_of(&lower).or(month_of(&w)).is_some();
        let named =
            (raw.starts_with(char::is_uppercase) && !super::traps::has_count(raw, lang) && !dated)
                || known(&w);
        if !named || raw.ends_with([',', ';', ':']) || has_figure(raw) {
            break;
        }
        start = Some(r.start);
    }
    // "…in Kyiv the emergency service said": lower-case words after an
    // article belong to the body when a name ends the phrase before it
    // ("after the collision police said", "died the interior ministry
    // said": the article may open a place or an object, so the body
    // stands alone).
    let first = words.iter().position(|r| Some(r.start) == start)?;
    let bare =
        |i: usize| lowered(segment[words[i].clone()].trim_matches(|c: char| !c.is_alphanumeric()));
    if let Some(article) = (first.saturating_sub(4)..first)
        .rev()
        .find(|&i| any_lang(&bare(i), |e| e.articles))
        && (article + 1..first).all(|i| {
            segment[words[i].clone()].starts_with(char::is_lowercase)
                && !has_figure(&segment[words[i].clone()])
        })
        && article > 0
        && segment[words[article - 1].clone()].starts_with(char::is_uppercase)
    {
        start = Some(words[article].start);
    }
    start.filter(|&at| at > words.first().map_or(0, |r| r.start))
}

/// Whether `segment` is a name alone: one to four capitalised words.
pub(super) fn is_name(segment: &str) -> bool {
    let words: Vec<&str> = words_of(segment).collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .any(|w| w.chars().skip(1).any(char::is_lowercase))
}

/// How many words open `words` as the start of reported speech: a
/// complementizer, after "and" if one comes first ("and that a boy had
/// died"). None when they hold no complementizer.
pub(super) fn speech_opening(words: &[&str]) -> usize {
    let joiner = |w: &str| ALL.iter().any(|l| l.entry.joiners.contains(&w));
    let that = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| any_lang(w, |e| e.complementizers))
    };
    match words.first() {
        _ if that(0) => 1,
        Some(w) if joiner(w) && that(1) => 2,
        _ => 0,
    }
}

/// Whether `w` (lower case) reads as a past participle in a language whose
/// participles are marked by accented endings ("emporté", "surpris"):
/// `accented` only, or any of its endings too.
pub(super) fn is_participle(w: &str, accented: bool) -> bool {
    let fold = crate::text::words::fold_word(w);
    ALL.iter().any(|l| {
        let p = &l.dates.tense.compound.participle;
        !p.accented_endings.is_empty()
            && w.chars().count() >= 4
            && !p.exceptions.contains(&w)
            && (p.accented_endings.iter().any(|e| w.ends_with(e))
                || (!accented
                    && (p.words.contains(&fold.as_str())
                        || (fold.len() >= p.min_len
                            && p.endings.iter().any(|e| fold.ends_with(e))
                            && !p.exceptions.contains(&fold.as_str())))))
    })
}

/// Whether `w` (lower case) is a month of any language.
pub(super) fn is_month(w: &str) -> bool {
    ALL.iter()
        .any(|l| l.dates.months.iter().any(|m| m.word == w))
}

/// Whether `clause` opens on a complementizer (`that`, `que`): a reported
/// clause with a subject of its own.
pub(super) fn opens_complement(clause: &str) -> bool {
    words_of(clause)
        .next()
        .is_some_and(|w| any_lang(&lowered(w), |e| e.complementizers))
}

#[cfg(test)]
mod tests {
    use super::opens_complement;

    #[test]
    fn a_complementizer_opens_a_reported_clause() {
        assert!(opens_complement("that most of the dead were women"));
        assert!(opens_complement(
            "que la plupart des morts étaient des femmes"
        ));
        // A predicate or a figure opens none.
        assert!(!opens_complement("were killed on Monday"));
        assert!(!opens_complement("three of them children"));
    }
}
