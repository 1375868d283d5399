//! Count values as reporters write them, in every language of `lang::ALL`.
//!
//! Reads plain numbers (`8,000`, `8 000`, `1,5 million`, `vingt-six`),
//! bounded and approximate counts (`at least 26`, `près de 8 000`,
//! `between 20 and 30`, `une dizaine`) and vague words (`dozens`,
//! `des milliers`), and finds every count in a sentence with the byte span it
//! covers, so quick entry can cut fragments around them.
//!
//! The text is first cut into tokens (words, numerals with their separators,
//! punctuation) that carry byte offsets; small greedy readers then work on
//! token indices. Spans are built only from token offsets, so they always fall
//! on char boundaries. The words come from the language's tables
//! (`crate::lang`); `tokens` cuts, `numbers` reads number words, `counts`
//! reads bounds, ranges and vague words.

use crate::domain::Count;
use crate::lang::{ALL, Lang};
use std::ops::Range;

mod counts;
pub(crate) use counts::bounded;
mod numbers;
#[cfg(test)]
mod refusals;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_counts;
mod tokens;

use counts::{Mode, count_at};
use numbers::read_number;
use tokens::{Tok, adjacent, match_phrase, punct, tokenize};

/// Parses a plain number (no bound words): digits with thousands separators, decimals, number words, scale words.
pub fn parse_number(text: &str, lang: Lang) -> Option<f64> {
    let toks = tokenize(text, lang);
    let read = read_number(&toks, 0, lang)?;
    (read.end == toks.len()).then_some(read.value)
}

/// Parses a whole string as a count value ("at least 26", "vingt-six", "20-30", "dozens"). Surrounding whitespace ignored; None unless the WHOLE string is one count.
pub fn parse_count(text: &str, lang: Lang) -> Option<Count> {
    let toks = tokenize(text, lang);
    let hit = count_at(&toks, 0, lang, Mode::Whole)?;
    let whole = hit.end == toks.len()
        // "hundreds of", "une dizaine de": the noun's "of" may trail, in
        // any language's spelling.
        || (hit.noun
            && ALL
                .iter()
                .any(|l| match_phrase(&toks, hit.end, l.counts.noun_of) == Some(toks.len())));
    whole.then_some(hit.count)
}

/// Finds every count in a fragment/sentence, left to right, non-overlapping, with the BYTE span each covers in `text` (the span includes bound/approx words such as "at least", "près de", "between … and …").
pub fn find_counts(text: &str, lang: Lang) -> Vec<(Count, Range<usize>)> {
    let toks = tokenize(text, lang);
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match count_at(&toks, i, lang, Mode::Find) {
            Some(hit) if hit.end > i => {
                found.push((hit.count, toks[i].start..toks[hit.end - 1].end));
                i = hit.end;
            }
            _ => i += 1,
        }
    }
    found
}

/// The first numeral in `text` that cannot be read whole, as its byte span
/// and why (`1e400` "has letters glued to its digits"), or a sign written before a
/// figure (`-5`, `+5`): a count is never negative, and `+5` is a change,
/// not a total. Quick entry refuses such text instead of recording part of
/// the figure.
pub fn first_unreadable(text: &str, lang: Lang) -> Option<(Range<usize>, &'static str)> {
    let toks = tokenize(text, lang);
    for (i, t) in toks.iter().enumerate() {
        if let Tok::Bad(why) = t.tok {
            return Some((t.start..t.end, why));
        }
        let signed = matches!(t.tok, Tok::Punct('-' | '+' | '−'))
            && matches!(toks.get(i + 1).map(|n| &n.tok), Some(Tok::Num { .. }))
            && adjacent(&toks, i, i + 1)
            && (i == 0 || !adjacent(&toks, i - 1, i) || punct(&toks, i - 1).is_some());
        if signed {
            let why = if matches!(t.tok, Tok::Punct('+')) {
                "has a sign, which reads as a change, not a count (write the total)"
            } else {
                "is negative (a count cannot be below 0)"
            };
            return Some((t.start..toks[i + 1].end, why));
        }
    }
    None
}

/// The first of find_counts.
pub fn find_count(text: &str, lang: Lang) -> Option<(Count, Range<usize>)> {
    find_counts(text, lang).into_iter().next()
}
