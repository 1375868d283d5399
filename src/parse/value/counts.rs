//! Counts found at a token: bounds (`at least`, `plus de`), ranges
//! (`20 to 30`, `entre 20 et 30`), approximate nouns (`une dizaine`) and
//! vague words (`dozens`, `des milliers`), all from the language's tables.

use super::numbers::{NumRead, read_number, small_value};
use super::tokens::{
    Tok, Token, adjacent, is_apostrophe, is_dash, is_joiner, match_phrase, punct, word,
};
use crate::domain::Count;
use crate::lang::{ALL, Bound, Homograph, Lang};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Mode {
    /// The whole string is meant to be one count.
    Whole,
    /// Searching running text: stricter about words that are rarely figures.
    Find,
}

/// A count found at a token index.
#[derive(Debug, Clone, Copy)]
pub(super) struct Hit {
    pub(super) count: Count,
    /// Index after the last token of the count.
    pub(super) end: usize,
    /// A noun count (`dozens`, `une dizaine`) that may be followed by "of".
    pub(super) noun: bool,
}

pub(super) fn count_at(toks: &[Token], i: usize, lang: Lang, mode: Mode) -> Option<Hit> {
    let mut matches: Vec<(usize, Bound)> = lang
        .counts
        .bounds
        .iter()
        .filter(|&&(p, _)| !adjective_at(toks, i, p, lang) && !moved_at(toks, i, p, lang))
        .filter_map(|&(p, b)| {
            // "aumoins 15", "plusde 40": a bound typed without its spaces.
            let glued = || {
                let typed = word(toks, i)?;
                let spaced = p.contains(' ') && p.chars().all(|c| c.is_alphabetic() || c == ' ');
                (spaced && typed.chars().eq(p.chars().filter(|c| *c != ' '))).then_some(i + 1)
            };
            match_phrase(toks, i, p).or_else(glued).map(|end| (end, b))
        })
        .collect();
    // Longest first, so "approx ." wins over "approx".
    matches.sort_by_key(|m| std::cmp::Reverse(m.0));
    if let Some(hit) = matches
        .into_iter()
        .find_map(|(j, bound)| bounded_at(toks, j, bound, lang, mode))
    {
        return Some(hit);
    }
    let hit = vague_at(toks, i, lang).or_else(|| base_at(toks, i, lang, mode, false))?;
    Some(bound_after(toks, hit, lang))
}

/// Whether the bound phrase `p` at token `i` follows an article, which
/// makes it an adjective ("the top 10 officials").
fn adjective_at(toks: &[Token], i: usize, p: &str, lang: Lang) -> bool {
    lang.counts.adjective_bounds.contains(&p)
        && i.checked_sub(1)
            .and_then(|before| word(toks, before))
            .is_some_and(|w| lang.extraction.articles.contains(&w))
}

/// Whether the bound phrase `p` at token `i` tells how a toll moved
/// ("toll revised up to 61", "deaths up to 30"): the figure is the new one.
fn moved_at(toks: &[Token], i: usize, p: &str, lang: Lang) -> bool {
    lang.counts.moved_bounds.contains(&p)
        && i.checked_sub(1)
            .and_then(|before| word(toks, before))
            .is_some_and(|w| lang.counts.moved_by.contains(&w))
}

/// A bound said after an exact figure (`500 or more`, `500 ou plus`).
fn bound_after(toks: &[Token], hit: Hit, lang: Lang) -> Hit {
    let c = hit.count;
    // "a dozen or more", "a dozen+": a word for a figure takes the bound
    // too, which makes it no longer approximate.
    if c.vague || (c.approx && !hit.noun) || c.low != c.high {
        return hit;
    }
    let after = lang
        .counts
        .bounds_after
        .iter()
        .find_map(|&(p, b)| match_phrase(toks, hit.end, p).map(|end| (end, b)));
    match after {
        Some((end, bound)) => Hit {
            count: Count {
                approx: matches!(bound, Bound::Approx | Bound::Between),
                ..bounded(c, bound)
            },
            end,
            ..hit
        },
        None => hit,
    }
}

/// A count with a bound applied to its figure.
pub(crate) fn bounded(c: Count, bound: Bound) -> Count {
    match bound {
        Bound::AtLeast => Count { high: None, ..c },
        Bound::MoreThan => Count {
            low: c.low.map(|n| if n.fract() == 0.0 { n + 1.0 } else { n }),
            high: None,
            ..c
        },
        Bound::AtMost => Count { low: None, ..c },
        Bound::LessThan => Count {
            low: None,
            high: c.high.map(|n| if n.fract() == 0.0 { n - 1.0 } else { n }),
            ..c
        },
        Bound::Approx | Bound::Between => Count { approx: true, ..c },
    }
}

/// The number (or approximate noun) after a bound or approx word at `j`.
fn bounded_at(toks: &[Token], j: usize, bound: Bound, lang: Lang, mode: Mode) -> Option<Hit> {
    if bound == Bound::Between {
        return between_at(toks, j, lang);
    }
    let inner = base_at(toks, j, lang, mode, true)?;
    Some(Hit {
        count: bounded(inner.count, bound),
        ..inner
    })
}

/// Two nouns of about as a range (`une trentaine à une quarantaine`),
/// when the second is the greater.
fn approx_range(first: Hit, second: Hit) -> Option<Hit> {
    let (low, high) = (first.count.low?, second.count.high?);
    (low < high).then_some(Hit {
        count: Count {
            low: Some(low),
            high: Some(high),
            approx: true,
            vague: false,
        },
        ..second
    })
}

/// `between 20 and 30`, `entre vingt et trente` (also `between 20-30`,
/// `entre une trentaine et une quarantaine`).
fn between_at(toks: &[Token], j: usize, lang: Lang) -> Option<Hit> {
    if let Some(first) = approx_noun_at(toks, j, lang) {
        return between_and_at(toks, first.end, lang)
            .then(|| approx_range(first, approx_noun_at(toks, first.end + 1, lang)?))
            .flatten();
    }
    let x = read_number(toks, j, lang)?;
    let (low, high, end) = match range_tail(toks, &x, lang) {
        Some(range) => range,
        None => {
            if !between_and_at(toks, x.end, lang) {
                return None;
            }
            let y = read_number(toks, x.end + 1, lang)?;
            let (low, high) = range_ends(&x, &y).filter(|(l, h)| l <= h)?;
            (low, high, y.end)
        }
    };
    Some(Hit {
        count: range(low, high),
        end,
        noun: false,
    })
}

/// The word that closes `between` (`between 9 and 11`), or an ampersand
/// typed for it (`between 9 & 11`).
fn between_and_at(toks: &[Token], j: usize, lang: Lang) -> bool {
    word(toks, j) == Some(lang.counts.between_and) || punct(toks, j) == Some('&')
}

fn range(low: f64, high: f64) -> Count {
    Count {
        low: Some(low),
        high: Some(high),
        approx: false,
        vague: false,
    }
}

/// A range's first end takes the scale word of the second when that keeps
/// it below: `20 to 30 million`, but not `500 to 2 million`.
fn range_ends(x: &NumRead, y: &NumRead) -> Option<(f64, f64)> {
    let mut low = x.value;
    if !x.scaled
        && let Some(scale) = y.trailing_scale
        && low * scale <= y.value
    {
        low *= scale;
    }
    Some((low, y.value))
}

/// `20-30`, `20–30`, `20 to 30`, `20 à 30` after the number `x`.
fn range_tail(toks: &[Token], x: &NumRead, lang: Lang) -> Option<(f64, f64, usize)> {
    let hedge =
        |at: usize| word(toks, at).is_some_and(|w| lang.counts.hedged_range_words.contains(&w));
    // Where the second figure starts, past its connector.
    let from = match &toks.get(x.end)?.tok {
        Tok::Punct(',') if hedge(x.end + 1) => x.end + 2,
        Tok::Punct(c) if is_dash(*c) => x.end + 1,
        Tok::Word { norm, .. }
            if lang.counts.range_words.contains(&norm.as_str()) || hedge(x.end) =>
        {
            x.end + 1
        }
        _ => return None,
    };
    let y = read_number(toks, from, lang)?;
    // A falling pair ("3-2", "un à un") is not a range.
    let (low, high) = range_ends(x, &y).filter(|(l, h)| l < h)?;
    Some((low, high, y.end))
}

/// An approximate noun, or a number or range, at `i`. `prefixed` when a
/// bound word came first (then a bare `one`/`un` is a figure).
fn base_at(toks: &[Token], i: usize, lang: Lang, mode: Mode, prefixed: bool) -> Option<Hit> {
    if let Some(hit) = approx_noun_at(toks, i, lang) {
        // "une trentaine à (voire) une quarantaine": from one to the other.
        let joined = word(toks, hit.end).is_some_and(|w| lang.counts.range_words.contains(&w));
        return Some(
            joined
                .then(|| approx_range(hit, approx_noun_at(toks, hit.end + 1, lang)?))
                .flatten()
                .unwrap_or(hit),
        );
    }
    let x = read_number(toks, i, lang)?;
    // "risen from two to five": where the figure moved, not a range.
    // "le bilan passe de 22 à 25": so is one after a verb of moving.
    let moved =
        lang.counts.range_not_after.iter().any(|phrase| {
            let words: Vec<&str> = phrase.split_whitespace().collect();
            words.len() <= i
                && words.iter().rev().enumerate().all(
                    |(k, w)| matches!(&toks[i - 1 - k].tok, Tok::Word { norm, .. } if norm == w),
                )
        });
    // ("les prix passent de 10 à 12 euros": a measure's range moves no
    // toll.)
    let measured = |end: usize| match toks.get(end).map(|t| &t.tok) {
        Some(Tok::Punct('%')) => true,
        Some(Tok::Word { norm, .. }) => ALL
            .iter()
            .any(|l| l.extraction.units.contains(&norm.as_str())),
        _ => false,
    };
    if let Some((low, high, end)) = range_tail(toks, &x, lang).filter(|t| !moved || measured(t.2)) {
        return Some(Hit {
            count: range(low, high),
            end,
            noun: false,
        });
    }
    // "two dozen", "trois centaines": the noun multiplies the number.
    if !x.scaled
        && let Some(&(_, unit)) =
            word(toks, x.end).and_then(|w| lang.counts.counted_nouns.iter().find(|n| n.0 == w))
    {
        let value = x.value * unit;
        return Some(Hit {
            count: Count {
                low: Some(value),
                high: Some(value),
                approx: true,
                vague: false,
            },
            end: x.end + 1,
            noun: true,
        });
    }
    if mode == Mode::Find && !figure_in_text(toks, i, &x, lang, prefixed) {
        return None;
    }
    Some(Hit {
        count: Count::exact(x.value),
        end: x.end,
        noun: false,
    })
}

/// Whether the number `x` read at `i` in running text is a figure: not a
/// lone article or an adjective homograph (unless a bound word came
/// first), and not part of a compound word.
fn figure_in_text(toks: &[Token], i: usize, x: &NumRead, lang: Lang, prefixed: bool) -> bool {
    if !prefixed && x.bare_article && !bare_one_is_count(toks, i, lang) {
        return false;
    }
    let homographs = &lang.numbers.homographs;
    let adjective = x.end == i + 1 && homographs.iter().any(|h| means_adjective(toks, i, h, lang));
    if !prefixed && adjective {
        return false;
    }
    // "26-year-old", "twenty-first": a compound word, not a figure; but
    // "300-plus" is a bound said after it.
    let bound_after = lang
        .counts
        .bounds_after
        .iter()
        .any(|(p, _)| match_phrase(toks, x.end, p).is_some());
    let compound = punct(toks, x.end).is_some_and(is_joiner)
        && adjacent(toks, x.end - 1, x.end)
        && adjacent(toks, x.end, x.end + 1)
        && word(toks, x.end + 1).is_some();
    !compound || bound_after
}

/// Whether a lone `one` in running text is a figure ("one dead") rather
/// than a pronoun ("one of them", "no one"). Languages without a rule
/// (French `un`/`une` alone is nearly always the article) say never.
fn bare_one_is_count(toks: &[Token], i: usize, lang: Lang) -> bool {
    let Some(rule) = &lang.numbers.lone_one else {
        return false;
    };
    let before = i.checked_sub(1).and_then(|p| word(toks, p));
    !before.is_some_and(|w| rule.not_after.contains(&w))
        && !word(toks, i + 1).is_some_and(|w| rule.not_before.contains(&w))
}

/// French `neuf` is also "new": `un bâtiment neuf`, `l'immeuble neuf`,
/// `rien de neuf`. An adjective follows its noun, which follows a
/// determiner; a count comes before its noun.
fn means_adjective(toks: &[Token], i: usize, h: &Homograph, lang: Lang) -> bool {
    if word(toks, i) != Some(h.word) || i < 2 {
        return false;
    }
    let noun_before = word(toks, i - 1)
        .is_some_and(|w| small_value(w, lang).is_none() && !h.function_words.contains(&w));
    let det_at = if punct(toks, i - 2).is_some_and(is_apostrophe) {
        i.checked_sub(3)
    } else {
        Some(i - 2)
    };
    let determiner = det_at
        .and_then(|d| word(toks, d))
        .is_some_and(|w| h.determiners.contains(&w));
    let nothing_new = word(toks, i - 1) == Some(h.nothing_link)
        && word(toks, i - 2).is_some_and(|w| h.nothing.contains(&w));
    (noun_before && determiner) || nothing_new
}

/// `a dozen`, `half a dozen`, `une dizaine`, `un millier`, and
/// `une centaine de milliers`.
fn approx_noun_at(toks: &[Token], i: usize, lang: Lang) -> Option<Hit> {
    let c = &lang.counts;
    let phrase = c
        .approx_phrases
        .iter()
        .find_map(|&(p, v)| match_phrase(toks, i, p).map(|e| (v, e)));
    let (value, end) = match phrase {
        Some(found) => found,
        None => {
            if !word(toks, i).is_some_and(|w| c.approx_articles.contains(&w)) {
                return None;
            }
            // "une petite centaine": an adjective before the noun.
            let at = i
                + 1
                + usize::from(word(toks, i + 1).is_some_and(|w| c.approx_adjectives.contains(&w)));
            let noun = word(toks, at)?;
            let &(_, v) = c.approx_nouns.iter().find(|(n, _)| *n == noun)?;
            (v, at + 1)
        }
    };
    let (value, end) = match multiplier(toks, end, lang) {
        Some((m, e)) => (value * m, e),
        None => (value, end),
    };
    Some(Hit {
        count: Count {
            low: Some(value),
            high: Some(value),
            approx: true,
            vague: false,
        },
        end,
        noun: true,
    })
}

/// `of thousands` / `de milliers` after a noun count (`hundreds of
/// thousands`, `des dizaines de milliers`).
fn multiplier(toks: &[Token], k: usize, lang: Lang) -> Option<(f64, usize)> {
    lang.counts
        .multipliers
        .iter()
        .find_map(|&(p, m)| match_phrase(toks, k, p).map(|e| (m, e)))
}

/// Vague words: `dozens`, `several hundred`, `a few`, `des centaines`,
/// `plusieurs`, `quelques milliers`, `tens of thousands`.
fn vague_at(toks: &[Token], i: usize, lang: Lang) -> Option<Hit> {
    let (low, high, end, needs_multiplier) = vague_core(toks, i, lang)?;
    let (low, high, end) = match multiplier(toks, end, lang) {
        // "tens of thousands" is 20,000 to 99,999: every thousand up to the
        // next hundred thousand.
        Some((m, e)) => (low * m, (high + 1.0) * m - 1.0, e),
        // "tens" is only a count in "tens of thousands".
        None if needs_multiplier => return None,
        None => (low, high, end),
    };
    Some(Hit {
        count: Count {
            low: Some(low),
            high: Some(high),
            approx: false,
            vague: true,
        },
        end,
        noun: true,
    })
}

/// The vague quantity at `i` before any multiplier: (low, high, end,
/// whether it needs a multiplier to count).
fn vague_core(toks: &[Token], i: usize, lang: Lang) -> Option<(f64, f64, usize, bool)> {
    let v = &lang.counts.vague;
    let w = word(toks, i);
    let mut digits = v.digit_phrases.iter();
    if let Some((low, high, end)) =
        digits.find_map(|&(p, l, h)| Some((l, h, match_phrase(toks, i, p)?)))
    {
        let toll = |j: usize| word(toks, j).is_some_and(|w| v.digit_tolls.contains(&w));
        let link = |j: usize| word(toks, j).is_some_and(|w| v.digit_links.contains(&w));
        // "double-digit death toll", "toll in double figures".
        let after = toll(end) || (word(toks, end).is_some() && toll(end + 1));
        let before = i >= 1 && (toll(i - 1) || (i >= 2 && link(i - 1) && toll(i - 2)));
        // "the double-digit death toll of 14": the figure is given.
        let past = (end..end + 3).find(|&j| !toll(j)).unwrap_or(end);
        let given = word(toks, past) == Some(lang.counts.noun_of)
            && matches!(toks.get(past + 1).map(|t| &t.tok), Some(Tok::Num { .. }));
        return ((after || before) && !given).then_some((low, high, end, false));
    }
    if let Some(&(_, low, high)) = v.multiplied_only.iter().find(|m| Some(m.0) == w) {
        return Some((low, high, i + 1, true));
    }
    if let Some(&(_, _, low, high)) = v.nouns.iter().find(|n| Some(n.0) == w) {
        return Some((low, high, i + 1, false));
    }
    let quantifier = v.quantifiers.iter().find_map(|q| match_phrase(toks, i, q));
    let end = match quantifier {
        Some(end) => end,
        None if w.is_some_and(|w| v.articles.contains(&w)) => i + 1,
        None => return None,
    };
    // "several hundred" reads like "hundreds"; "quelques milliers" too.
    // The other number is no plain quantifier either ("several hundreds",
    // "several 100s"): read alone, the quantifier gave 2 to 9.
    let noun = word(toks, end).and_then(|n| v.nouns.iter().find(|m| n == m.0 || n == m.1));
    match noun {
        Some(&(_, _, low, high)) => Some((low, high, end + 1, false)),
        None => quantifier.map(|end| (v.few.0, v.few.1, end, false)),
    }
}
