//! Number words read from tokens (`vingt-six`, `two million three hundred
//! thousand`), driven by the language's tables: small numbers, tens,
//! hundreds and scales, and the joining words between them.

use super::tokens::{Tok, Token, match_phrase, word, word_next};
use crate::lang::{ALL, Lang, Tens};

pub(super) fn small_value(w: &str, lang: Lang) -> Option<u32> {
    let &(_, v) = lang.numbers.small.iter().find(|&&(x, _)| x == w)?;
    Some(v)
}

fn is_hundred(w: &str, lang: Lang) -> bool {
    lang.numbers.hundreds.contains(&w)
}

pub(super) fn scale_value(w: &str, lang: Lang) -> Option<f64> {
    let &(_, v) = lang.numbers.scales.iter().find(|&&(x, _)| x == w)?;
    Some(v)
}

/// Below twenty, with the language's compounds (`dix-sept`, `dix sept`).
fn below_20(toks: &[Token], j: usize, joined: bool, lang: Lang) -> Option<(u32, usize)> {
    let (w, k) = word_next(toks, j, joined)?;
    let v = small_value(w, lang)?;
    for &(base, low, high) in lang.numbers.small_compounds {
        if v == base
            && let Some((u, ku)) = word_next(toks, k + 1, true)
            && let Some(u) = small_value(u, lang).filter(|u| (low..=high).contains(u))
        {
            return Some((base + u, ku + 1));
        }
    }
    Some((v, k + 1))
}

/// The tens word or phrase at `j` (`vingt`, `quatre-vingts`), longest
/// first as the table lists them, and the index after it.
fn tens_at(toks: &[Token], j: usize, joined: bool, lang: Lang) -> Option<(&'static Tens, usize)> {
    lang.numbers.tens.iter().find_map(|tens| {
        let mut end = j;
        for (n, part) in tens.words.iter().enumerate() {
            let (w, k) = word_next(toks, end, joined || n > 0)?;
            if w != *part {
                return None;
            }
            end = k + 1;
        }
        Some((tens, end))
    })
}

fn below_100(toks: &[Token], j: usize, joined: bool, lang: Lang) -> Option<(u32, usize)> {
    let Some((tens, end)) = tens_at(toks, j, joined, lang) else {
        return below_20(toks, j, joined, lang);
    };
    if tens.takes_and
        && let Some((and, units)) = lang.numbers.tens_and
        && let Some((w, ke)) = word_next(toks, end, true)
        && w == and
        && let Some((u, ku)) = word_next(toks, ke + 1, true)
        && let Some(&(_, _, add)) = units
            .iter()
            .find(|&&(unit, need, _)| unit == u && (need == 0 || need == tens.value))
    {
        return Some((tens.value + add, ku + 1));
    }
    match below_20(toks, end, true, lang) {
        Some((u, e)) if (1..=tens.max_unit).contains(&u) => Some((tens.value + u, e)),
        _ => Some((tens.value, end)),
    }
}

fn below_1000(toks: &[Token], j: usize, joined: bool, lang: Lang) -> Option<(u32, usize)> {
    let n = &lang.numbers;
    let (w, k) = word_next(toks, j, joined)?;
    let hundred_at =
        |at: usize| word_next(toks, at, true).is_some_and(|(h, _)| is_hundred(h, lang));
    // The multiplier before "hundred"/"cent": bare "cent", "a hundred", or a
    // number ("deux cents", "twelve hundred").
    let (mult, after) = if n.bare_hundred && is_hundred(w, lang) {
        (1, k)
    } else if n.one_articles.contains(&w) && hundred_at(k + 1) {
        (1, k + 1)
    } else {
        below_100(toks, j, joined, lang)?
    };
    match word_next(toks, after, true) {
        Some((h, kh)) if is_hundred(h, lang) && mult >= 1 => {
            let mut value = mult * 100;
            let mut end = kh + 1;
            // "a hundred and twelve": the "and" belongs to the number.
            let rest_at = match word_next(toks, end, true) {
                Some((and, ka)) if n.hundred_and == Some(and) => ka + 1,
                _ => end,
            };
            // ...but not in "one hundred and two hundred".
            if let Some((rest, e)) = below_100(toks, rest_at, true, lang)
                && rest >= 1
                && !hundred_at(e)
            {
                value += rest;
                end = e;
            }
            Some((value, end))
        }
        _ => Some((mult, after)),
    }
}

/// A number read from tokens.
#[derive(Debug, Clone, Copy)]
pub(super) struct NumRead {
    pub(super) value: f64,
    /// Index after the last token read.
    pub(super) end: usize,
    /// Whether any scale word (`thousand`, `million`) was used.
    pub(super) scaled: bool,
    /// The scale word the number ends with (`30 million`), which a range's
    /// first end shares (`20 to 30 million`).
    pub(super) trailing_scale: Option<f64>,
    /// Only the word `one`/`un`/`une`, which is usually not a figure.
    pub(super) bare_article: bool,
}

/// Reads a number at `i`: a numeral or number words, each followed by
/// decreasing scale words (`two million three hundred thousand`), with
/// halves (`half a million`, `un million et demi`), spoken decimals before
/// a scale (`two point five million`) and magnitude letters (`2.33 k`).
pub(super) fn read_number(toks: &[Token], i: usize, lang: Lang) -> Option<NumRead> {
    if let Some(read) = fraction_of_scale(toks, i, lang) {
        return Some(read);
    }
    let mut total = 0.0;
    let mut k = i;
    let mut last_scale = f64::INFINITY;
    let mut trailing_scale = None;
    loop {
        let first = k == i;
        let chunk = match toks.get(k).map(|t| &t.tok) {
            // Digits only lead ("1.5 million"); digits after words are
            // another figure.
            Some(Tok::Num { value, .. }) if first => Some((*value, k + 1, true)),
            // "1 million 200 000": a numeral below the scale before it
            // goes on with the number.
            Some(Tok::Num { value, .. }) if last_scale.is_finite() && *value < last_scale => {
                Some((*value, k + 1, true))
            }
            _ => word_chunk(toks, k, !first, last_scale, lang).map(|(v, e)| (v, e, false)),
        };
        let Some((mut value, mut after, digits)) = chunk else {
            break;
        };
        if digits && let Some(m) = spaced_magnitude(toks, after, lang) {
            total += value * m;
            k = after + 1;
            last_scale = m;
            trailing_scale = Some(m);
            break;
        }
        // "two point five million", "one and a half million": a fraction
        // said before a scale word belongs to the number; so do decimals
        // said in digit words alone ("two point five").
        let decimals = spoken_decimals(toks, after, lang);
        let fraction = decimals.or_else(|| {
            let fractions = lang.numbers.fractions.before_scale_after_number;
            fractions
                .iter()
                .find_map(|&(p, f)| match_phrase(toks, after, p).map(|e| (f, e, false)))
        });
        if let Some((part, e, in_words)) = fraction
            && (in_words || word(toks, e).and_then(|w| scale_value(w, lang)).is_some())
        {
            value += part;
            after = e;
        }
        let scale = word_next(toks, after, !digits)
            .and_then(|(w, at)| Some((scale_value(w, lang)?, at + 1)))
            .filter(|&(s, _)| s < last_scale && (digits || value < 1000.0));
        let Some((mut scale, mut end)) = scale else {
            total += value;
            k = after;
            trailing_scale = None;
            break;
        };
        // "mille millions": a first scale stacked on a larger one.
        while lang.numbers.stacked_scales
            && first
            && let Some(bigger) = word(toks, end).and_then(|w| scale_value(w, lang))
            && bigger > scale
        {
            scale *= bigger;
            end += 1;
        }
        total += value * scale;
        last_scale = scale;
        trailing_scale = Some(scale);
        k = end;
        // "un million et demi", "a million and a half": the fraction ends it.
        let fractions = lang.numbers.fractions.after_scale;
        if let Some((f, e)) = fractions
            .iter()
            .find_map(|&(p, f)| match_phrase(toks, k, p).map(|e| (f, e)))
        {
            total += scale * f;
            k = e;
            break;
        }
        if let Some(next) = and_continuation(toks, k, lang) {
            k = next;
        }
    }
    if k == i || !total.is_finite() {
        return None;
    }
    Some(NumRead {
        value: total,
        end: k,
        scaled: last_scale.is_finite(),
        trailing_scale,
        bare_article: k == i + 1 && word(toks, i).is_some_and(is_one_word),
    })
}

/// `half a million`, `un demi-million`, `a quarter of a million`: a
/// fraction of the scale word after the phrase (a hyphen may join them).
fn fraction_of_scale(toks: &[Token], i: usize, lang: Lang) -> Option<NumRead> {
    let fractions = lang.numbers.fractions.before_scale;
    let (fraction, end) = fractions
        .iter()
        .find_map(|&(p, f)| match_phrase(toks, i, p).map(|e| (f, e)))?;
    let (w, at) = word_next(toks, end, true)?;
    let scale = scale_value(w, lang)?;
    Some(NumRead {
        value: (scale * fraction).round(),
        end: at + 1,
        scaled: true,
        trailing_scale: Some(scale),
        bare_article: false,
    })
}

/// A magnitude letter after a space (`2.33 k`, `1,2 M`), as the table
/// writes it (case kept: `m` alone is a metre).
fn spaced_magnitude(toks: &[Token], at: usize, lang: Lang) -> Option<f64> {
    let Some(Tok::Word { norm, capital }) = toks.get(at).map(|t| &t.tok) else {
        return None;
    };
    lang.numbers.magnitudes.iter().find_map(|&(raw, m)| {
        let raw_capital = raw.chars().next().is_some_and(char::is_uppercase);
        (raw.to_lowercase() == *norm && raw_capital == *capital).then_some(m)
    })
}

/// `point five`, `virgule 25`: the digits after the decimal word, as a
/// fraction, where they end, and whether they were said as digit words
/// (`point five`; a numeral after the word, `at one point 300`, is more
/// often another figure, so it counts only before a scale word).
fn spoken_decimals(toks: &[Token], at: usize, lang: Lang) -> Option<(f64, usize, bool)> {
    let w = word(toks, at)?;
    if !lang.numbers.decimal_words.contains(&w) {
        return None;
    }
    let mut digits = String::new();
    let mut k = at + 1;
    let numeral = matches!(toks.get(k).map(|t| &t.tok), Some(Tok::Num { .. }));
    if let Some(&Tok::Num {
        value,
        plain: true,
        digits: width,
    }) = toks.get(k).map(|t| &t.tok)
    {
        // "point 05": the leading zeros are decimals too.
        digits = format!("{:0width$}", value as u64);
        k += 1;
    } else {
        while let Some(d) = word(toks, k)
            .and_then(|w| small_value(w, lang))
            .filter(|d| *d <= 9)
        {
            digits.push(char::from_digit(d, 10)?);
            k += 1;
        }
    }
    let fraction: f64 = format!("0.{digits}").parse().ok()?;
    (!digits.is_empty()).then_some((fraction, k, !numeral))
}

/// `one`, `un`, `une` in any language: alone, usually not a figure.
fn is_one_word(w: &str) -> bool {
    ALL.iter().any(|l| l.numbers.one_words.contains(&w))
}

/// A group of number words below a thousand, or the implicit one of
/// `a million` / bare `mille` (the scale word itself is left to the caller).
fn word_chunk(
    toks: &[Token],
    k: usize,
    joined: bool,
    last_scale: f64,
    lang: Lang,
) -> Option<(f64, usize)> {
    let n = &lang.numbers;
    let (w, at) = word_next(toks, k, joined)?;
    let smaller_scale = |j: usize| {
        word_next(toks, j, true)
            .and_then(|(s, _)| scale_value(s, lang))
            .is_some_and(|s| s < last_scale)
    };
    if n.one_articles.contains(&w) && smaller_scale(at + 1) {
        return Some((1.0, at + 1));
    }
    if n.bare_scales.contains(&w) && smaller_scale(at) {
        return Some((1.0, at));
    }
    // "hundred thousand": a hundred word straight before a scale.
    if is_hundred(w, lang) && smaller_scale(at + 1) {
        return Some((100.0, at + 1));
    }
    below_1000(toks, k, joined, lang).map(|(v, e)| (f64::from(v), e))
}

/// After a scale word: `two thousand and five`, `mille et un`. Returns where
/// the next group starts, if the connector belongs to the number.
fn and_continuation(toks: &[Token], k: usize, lang: Lang) -> Option<usize> {
    let and = lang.numbers.scale_and.as_ref()?;
    let (w, at) = word_next(toks, k, true)?;
    if w != and.word {
        return None;
    }
    if !and.only.is_empty() {
        let (u, _) = word_next(toks, at + 1, true)?;
        return and.only.contains(&u).then_some(at + 1);
    }
    let (_, e) = below_1000(toks, at + 1, true, lang)?;
    // "between one thousand and two thousand" is two numbers.
    let ends_scaled = word_next(toks, e, true).is_some_and(|(s, _)| scale_value(s, lang).is_some());
    (!ends_scaled).then_some(at + 1)
}
