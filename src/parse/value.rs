//! Count values as reporters write them, in English and French.
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
//! on char boundaries.

use crate::domain::{Count, Lang};
use std::ops::Range;

#[cfg(test)]
mod refusals;

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
        // "hundreds of", "une dizaine de": the noun's "of" may trail.
        || (hit.noun
            && ["of", "de"]
                .iter()
                .any(|of| match_phrase(&toks, hit.end, of) == Some(toks.len())));
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

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A numeral. `plain` when written as bare digits (no separator, no
    /// decimals); `digits` counts its leading digits (for day/year checks).
    Num {
        value: f64,
        plain: bool,
        digits: usize,
    },
    /// A word, lower-cased and stripped of accents; `capital` if it began
    /// with an upper-case letter (English month names are capitalised).
    Word {
        norm: String,
        capital: bool,
    },
    Punct(char),
    /// A numeral that cannot be read whole (`1e3`, `0x1A`, `1_000`,
    /// `1.5.3`, `12abc`, `٣`, a figure past `MAX_COUNT`): never a count,
    /// and quick entry refuses it rather than keep its first digits.
    Bad(&'static str),
    /// A date, time, ordinal or code (`2022-01-07`, `10:30`, `26th`,
    /// `covid-19`) that must never read as a count.
    Skip,
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn tokenize(text: &str, lang: Lang) -> Vec<Token> {
    let mut toks = Vec::new();
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        let start = pos;
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        let tok = if c.is_ascii_digit() {
            let (tok, end) = lex_numeral(text, start, lang);
            pos = end;
            tok
        } else if c.is_numeric() {
            // Other scripts' digits (`٣`, fullwidth `３`) are refused, not
            // read as words: a figure in them would silently go missing.
            pos = junk_end(text, start);
            Tok::Bad("is not written with the digits 0-9")
        } else if c.is_alphanumeric() {
            pos = word_end(text, start);
            Tok::Word {
                norm: normalize(&text[start..pos]),
                capital: c.is_uppercase(),
            }
        } else {
            pos += c.len_utf8();
            Tok::Punct(c)
        };
        toks.push(Token {
            tok,
            start,
            end: pos,
        });
    }
    mark_dates_and_codes(&mut toks, lang);
    toks
}

/// Words run over letters, digits ("A320") and combining accents (a
/// decomposed "é" must not split a word).
fn word_end(text: &str, start: usize) -> usize {
    text[start..]
        .char_indices()
        .find(|&(_, ch)| !(ch.is_alphanumeric() || is_combining(ch)))
        .map_or(text.len(), |(off, _)| start + off)
}

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Lower-case without accents, so `Zéro`, `zero` and `ZERO` all match `zero`.
fn normalize(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .filter(|&c| !is_combining(c))
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' | 'ì' => 'i',
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            'ÿ' => 'y',
            'ñ' => 'n',
            c => c,
        })
        .collect()
}

fn digit_run(bytes: &[u8], from: usize) -> usize {
    bytes.get(from..).map_or(0, |rest| {
        rest.iter().take_while(|b| b.is_ascii_digit()).count()
    })
}

/// Length of a date or time starting at `p` (`2022-01-07`, `07/01/2022`,
/// `10:30`), which the numeral reader must not split into figures.
fn date_or_time_len(bytes: &[u8], p: usize) -> Option<usize> {
    let d1 = digit_run(bytes, p);
    let q = p + d1;
    let sep = *bytes.get(q)?;
    let d2 = digit_run(bytes, q + 1);
    if sep == b':' && (1..=2).contains(&d1) && d2 == 2 {
        let mut end = q + 3;
        if bytes.get(end) == Some(&b':') && digit_run(bytes, end + 1) == 2 {
            end += 3;
        }
        return Some(end - p);
    }
    let r = q + 1 + d2;
    if matches!(sep, b'-' | b'/' | b'.') && (1..=2).contains(&d2) && bytes.get(r) == Some(&sep) {
        let d3 = digit_run(bytes, r + 1);
        let iso = d1 == 4 && (1..=2).contains(&d3);
        let day_first = (1..=2).contains(&d1) && (d3 == 2 || d3 == 4);
        if iso || day_first {
            return Some(r + 1 + d3 - p);
        }
    }
    None
}

fn is_group_sep(c: char, lang: Lang) -> bool {
    match lang {
        Lang::En => matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}'),
        Lang::Fr => matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '.'),
    }
}

fn is_decimal_sep(c: char, lang: Lang, grouped_by: Option<char>) -> bool {
    match lang {
        Lang::En => c == '.',
        // French writes `26,5`; a `.` that did not group thousands is taken
        // as a decimal point too (`1.5 million` in a French text).
        Lang::Fr => c == ',' || (c == '.' && grouped_by != Some('.')),
    }
}

/// Reads a numeral at `start` (an ASCII digit): thousands groups, decimals,
/// and a glued suffix that makes it an ordinal or an hour (`26th`, `1er`,
/// `10h30`).
fn lex_numeral(text: &str, start: usize, lang: Lang) -> (Tok, usize) {
    let bytes = text.as_bytes();
    if let Some(len) = date_or_time_len(bytes, start) {
        return (Tok::Skip, start + len);
    }
    let lead = digit_run(bytes, start);
    let mut number = text[start..start + lead].to_string();
    let mut end = start + lead;
    let mut grouped_by = None;
    // Groups after the first must be exactly three digits: `8 000` is one
    // number but `26 18` and `26, 18` are two.
    if lead <= 3 {
        while let Some(c) = text[end..].chars().next()
            && is_group_sep(c, lang)
            && grouped_by.is_none_or(|s| s == c)
        {
            let after = end + c.len_utf8();
            if digit_run(bytes, after) != 3 {
                break;
            }
            number.push_str(&text[after..after + 3]);
            end = after + 3;
            grouped_by = Some(c);
        }
    }
    if let Some(c) = text[end..].chars().next()
        && is_decimal_sep(c, lang, grouped_by)
    {
        let frac = digit_run(bytes, end + 1);
        if frac > 0 {
            number.push('.');
            number.push_str(&text[end + 1..end + 1 + frac]);
            end += 1 + frac;
        }
    }
    if text[end..].chars().next().is_some_and(char::is_alphabetic) {
        let suffix_end = word_end(text, end);
        if is_ordinal_or_hour(&normalize(&text[end..suffix_end])) {
            return (Tok::Skip, suffix_end);
        }
    }
    if let Some(why) = glued_junk(text, end) {
        return (Tok::Bad(why), junk_end(text, end));
    }
    let tok = match number.parse::<f64>() {
        Ok(value) if value.is_finite() && value <= crate::domain::MAX_COUNT => Tok::Num {
            value,
            plain: number.len() == lead,
            digits: lead,
        },
        _ => Tok::Bad("is too large (counts go up to 9007199254740991)"),
    };
    (tok, end)
}

/// What is wrong when a numeral ends at `end` but more of it follows, glued:
/// letters (`1e3`, `0x1A`, `12abc`), `_` (`1_000`), other digits, or a
/// separator the reader did not take (`1.5.3`, `1,0000`).
fn glued_junk(text: &str, end: usize) -> Option<&'static str> {
    let mut rest = text[end..].chars();
    let c = rest.next()?;
    let next = rest.next();
    if c.is_alphabetic() {
        Some("has letters glued to its digits (write the number in full, e.g. 1000)")
    } else if c == '_' || c.is_numeric() {
        Some("is not written with the digits 0-9 (group thousands as 8,000 or 8 000)")
    } else if matches!(c, '.' | ',') && next.is_some_and(|n| n.is_ascii_digit()) {
        Some("has separators that neither group thousands (8,000) nor mark decimals (2.5)")
    } else {
        None
    }
}

/// The end of the run of characters glued to a bad numeral, so the whole
/// of `0x1A` or `1.5.3` is named in the error.
fn junk_end(text: &str, from: usize) -> usize {
    let mut end = from;
    let mut chars = text[from..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let glued_sep =
            matches!(c, '.' | ',') && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if !(c.is_alphanumeric() || c == '_' || is_combining(c) || glued_sep) {
            break;
        }
        end = from + off + c.len_utf8();
    }
    end
}

fn is_ordinal_or_hour(suffix: &str) -> bool {
    const ORDINALS: &[&str] = &[
        "st", "nd", "rd", "th", "er", "re", "ere", "e", "eme", "ieme", "nde",
    ];
    let hour = matches!(suffix, "am" | "pm")
        || suffix
            .strip_prefix('h')
            .is_some_and(|m| m.len() <= 2 && m.bytes().all(|b| b.is_ascii_digit()));
    hour || ORDINALS.contains(&suffix)
}

/// Turns into `Skip` the numerals that are days, years or codes in context:
/// `7 janvier`, `January 6, 2022`, `in 2022`, `covid-19`, `#26`.
fn mark_dates_and_codes(toks: &mut [Token], lang: Lang) {
    let days: Vec<usize> = (0..toks.len())
        .filter(|&j| {
            (is_day(toks, j) && (is_month(toks, j + 1) || month_before(toks, j)))
                || is_spaced_hour(toks, j)
        })
        .collect();
    for j in days {
        toks[j].tok = Tok::Skip;
    }
    let others: Vec<usize> = (0..toks.len())
        .filter(|&j| {
            (is_year(toks, j)
                && (month_before(toks, j)
                    || after_skipped_day(toks, j)
                    || after_year_word(toks, j, lang)))
                || is_code(toks, j)
                || is_spaced_minutes(toks, j)
                || is_oclock(toks, j)
        })
        .collect();
    for j in others {
        toks[j].tok = Tok::Skip;
    }
}

/// `10 h` / `10 h 30`: an hour written with spaces (`10h30` is caught by
/// the numeral reader).
fn is_spaced_hour(toks: &[Token], j: usize) -> bool {
    plain_int(toks, j).is_some_and(|(v, d)| d <= 2 && v <= 24.0) && word(toks, j + 1) == Some("h")
}

fn is_spaced_minutes(toks: &[Token], j: usize) -> bool {
    j >= 2
        && plain_int(toks, j).is_some_and(|(v, d)| d == 2 && v <= 59.0)
        && word(toks, j - 1) == Some("h")
        && toks[j - 2].tok == Tok::Skip
}

fn plain_int(toks: &[Token], j: usize) -> Option<(f64, usize)> {
    match toks.get(j)?.tok {
        Tok::Num {
            value,
            plain: true,
            digits,
        } => Some((value, digits)),
        _ => None,
    }
}

fn is_day(toks: &[Token], j: usize) -> bool {
    plain_int(toks, j).is_some_and(|(v, d)| d <= 2 && (1.0..=31.0).contains(&v))
}

fn is_year(toks: &[Token], j: usize) -> bool {
    plain_int(toks, j).is_some_and(|(v, d)| d == 4 && (1000.0..=2999.0).contains(&v))
}

fn is_month(toks: &[Token], j: usize) -> bool {
    const FR: &[&str] = &[
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "janv",
        "fevr",
        "fev",
        "avr",
        "juil",
        "oct",
        "nov",
        "dec",
    ];
    // English names only when capitalised: "may" and "march" are verbs too.
    const EN: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
    let Some(Tok::Word { norm, capital }) = toks.get(j).map(|t| &t.tok) else {
        return false;
    };
    let w = norm.as_str();
    // French "sept" is seven unless written as the abbreviation "sept.".
    let sept_abbr = w == "sept" && punct(toks, j + 1) == Some('.') && adjacent(toks, j, j + 1);
    FR.contains(&w) || (*capital && EN.contains(&w)) || sept_abbr
}

/// A month name just before `j`, possibly abbreviated with a period (`Jan. 6`).
fn month_before(toks: &[Token], j: usize) -> bool {
    j >= 1
        && (is_month(toks, j - 1)
            || (j >= 2 && punct(toks, j - 1) == Some('.') && is_month(toks, j - 2)))
}

/// `January 6, 2022`: a year after a day already recognised.
fn after_skipped_day(toks: &[Token], j: usize) -> bool {
    let prev = if j >= 1 && punct(toks, j - 1) == Some(',') {
        j.checked_sub(2)
    } else {
        j.checked_sub(1)
    };
    prev.is_some_and(|p| toks[p].tok == Tok::Skip)
}

fn after_year_word(toks: &[Token], j: usize, lang: Lang) -> bool {
    let words: &[&str] = match lang {
        Lang::En => &["in", "since", "year", "until"],
        Lang::Fr => &["en", "depuis", "annee", "an"],
    };
    let recent = plain_int(toks, j).is_some_and(|(v, _)| (1900.0..=2100.0).contains(&v));
    recent && j >= 1 && word(toks, j - 1).is_some_and(|w| words.contains(&w))
}

/// `covid-19`, `A320-200`, `#26`: a numeral glued to a word or a number sign.
fn is_code(toks: &[Token], j: usize) -> bool {
    if !matches!(toks[j].tok, Tok::Num { .. }) || j == 0 || !adjacent(toks, j - 1, j) {
        return false;
    }
    let glued_word = j >= 2 && word(toks, j - 2).is_some() && adjacent(toks, j - 2, j - 1);
    match punct(toks, j - 1) {
        Some(c) if is_joiner(c) => glued_word,
        Some('#' | '№') => true,
        _ => false,
    }
}

fn is_oclock(toks: &[Token], j: usize) -> bool {
    word(toks, j + 1) == Some("o")
        && punct(toks, j + 2).is_some_and(is_apostrophe)
        && word(toks, j + 3) == Some("clock")
}

// ---------------------------------------------------------------------------
// Token helpers

fn word(toks: &[Token], j: usize) -> Option<&str> {
    match &toks.get(j)?.tok {
        Tok::Word { norm, .. } => Some(norm),
        _ => None,
    }
}

fn punct(toks: &[Token], j: usize) -> Option<char> {
    match toks.get(j)?.tok {
        Tok::Punct(c) => Some(c),
        _ => None,
    }
}

fn adjacent(toks: &[Token], a: usize, b: usize) -> bool {
    matches!((toks.get(a), toks.get(b)), (Some(x), Some(y)) if x.end == y.start)
}

/// Hyphens that join number words (`vingt-six`).
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Dashes that join the two ends of a range (`20-30`, `20–30`).
fn is_dash(c: char) -> bool {
    is_joiner(c) || matches!(c, '\u{2012}' | '\u{2013}' | '\u{2014}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{2bc}')
}

/// The word at `j`; when `joined`, also the word after a hyphen glued to
/// both neighbours (`vingt-six`). Returns the word and its index.
fn word_next(toks: &[Token], j: usize, joined: bool) -> Option<(&str, usize)> {
    if let Some(w) = word(toks, j) {
        return Some((w, j));
    }
    let glued = joined
        && j >= 1
        && punct(toks, j).is_some_and(is_joiner)
        && adjacent(toks, j - 1, j)
        && adjacent(toks, j, j + 1);
    if glued {
        word(toks, j + 1).map(|w| (w, j + 1))
    } else {
        None
    }
}

/// Matches a space-separated phrase at `i` and returns the index after it.
/// `de` also matches the elided `d'`; `'` matches any apostrophe; other
/// non-letters match that punctuation.
fn match_phrase(toks: &[Token], i: usize, phrase: &str) -> Option<usize> {
    let mut k = i;
    for part in phrase.split(' ') {
        k = match part {
            "de" => match word(toks, k) {
                Some("de") => k + 1,
                Some("d") if punct(toks, k + 1).is_some_and(is_apostrophe) => k + 2,
                _ => return None,
            },
            "'" if punct(toks, k).is_some_and(is_apostrophe) => k + 1,
            p if p.chars().all(char::is_alphabetic) && word(toks, k) == Some(p) => k + 1,
            p if !p.chars().all(char::is_alphabetic) && punct(toks, k) == p.chars().next() => k + 1,
            _ => return None,
        };
    }
    Some(k)
}

// ---------------------------------------------------------------------------
// Number words

fn small_value(w: &str, lang: Lang) -> Option<u32> {
    const EN: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const FR: &[&str] = &[
        "zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize",
    ];
    match lang {
        Lang::En => EN.iter().position(|&x| x == w),
        Lang::Fr if w == "une" => Some(1),
        Lang::Fr => FR.iter().position(|&x| x == w),
    }
    .and_then(|n| u32::try_from(n).ok())
}

fn tens_value(w: &str, lang: Lang) -> Option<u32> {
    let v = match (lang, w) {
        (Lang::En, "twenty") | (Lang::Fr, "vingt") => 20,
        (Lang::En, "thirty") | (Lang::Fr, "trente") => 30,
        (Lang::En, "forty") | (Lang::Fr, "quarante") => 40,
        (Lang::En, "fifty") | (Lang::Fr, "cinquante") => 50,
        (Lang::En, "sixty") | (Lang::Fr, "soixante") => 60,
        (Lang::En, "seventy") | (Lang::Fr, "septante") => 70,
        (Lang::En, "eighty") | (Lang::Fr, "huitante" | "octante") => 80,
        (Lang::En, "ninety") | (Lang::Fr, "nonante") => 90,
        _ => return None,
    };
    Some(v)
}

fn is_hundred(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => w == "hundred",
        Lang::Fr => w == "cent" || w == "cents",
    }
}

fn scale_value(w: &str, lang: Lang) -> Option<f64> {
    match (lang, w) {
        (Lang::En, "thousand") | (Lang::Fr, "mille") => Some(1e3),
        (_, "million" | "millions") => Some(1e6),
        (Lang::En, "billion" | "billions") | (Lang::Fr, "milliard" | "milliards") => Some(1e9),
        (Lang::En, "trillion" | "trillions") => Some(1e12),
        _ => None,
    }
}

/// 0..=19 in English, 0..=19 in French (`dix-sept`, `dix sept`).
fn below_20(toks: &[Token], j: usize, joined: bool, lang: Lang) -> Option<(u32, usize)> {
    let (w, k) = word_next(toks, j, joined)?;
    let v = small_value(w, lang)?;
    if lang == Lang::Fr
        && v == 10
        && let Some((u, ku)) = word_next(toks, k + 1, true)
        && let Some(u) = small_value(u, lang).filter(|u| (7..=9).contains(u))
    {
        return Some((10 + u, ku + 1));
    }
    Some((v, k + 1))
}

fn below_100(toks: &[Token], j: usize, joined: bool, lang: Lang) -> Option<(u32, usize)> {
    let (w, k) = word_next(toks, j, joined)?;
    if lang == Lang::Fr
        && w == "quatre"
        && let Some((v, kv)) = word_next(toks, k + 1, true)
        && (v == "vingt" || v == "vingts")
    {
        // quatre-vingt(s), quatre-vingt-un, quatre-vingt-dix-neuf
        let end = kv + 1;
        return Some(match below_20(toks, end, true, lang) {
            Some((u, e)) if u >= 1 => (80 + u, e),
            _ => (80, end),
        });
    }
    let Some(tens) = tens_value(w, lang) else {
        return below_20(toks, j, joined, lang);
    };
    let end = k + 1;
    // vingt et un, trente-et-une, soixante et onze
    if lang == Lang::Fr
        && let Some(("et", ke)) = word_next(toks, end, true)
        && let Some((u, ku)) = word_next(toks, ke + 1, true)
    {
        match u {
            "un" | "une" => return Some((tens + 1, ku + 1)),
            "onze" if tens == 60 => return Some((71, ku + 1)),
            _ => {}
        }
    }
    // soixante-dix .. soixante-dix-neuf: French counts 70s from sixty
    let max_unit = if lang == Lang::Fr && tens == 60 {
        19
    } else {
        9
    };
    match below_20(toks, end, true, lang) {
        Some((u, e)) if (1..=max_unit).contains(&u) => Some((tens + u, e)),
        _ => Some((tens, end)),
    }
}

fn below_1000(toks: &[Token], j: usize, joined: bool, lang: Lang) -> Option<(u32, usize)> {
    let (w, k) = word_next(toks, j, joined)?;
    let hundred_at =
        |at: usize| word_next(toks, at, true).is_some_and(|(h, _)| is_hundred(h, lang));
    // The multiplier before "hundred"/"cent": bare "cent", "a hundred", or a
    // number ("deux cents", "twelve hundred").
    let (mult, after) = if lang == Lang::Fr && is_hundred(w, lang) {
        (1, k)
    } else if lang == Lang::En && w == "a" && hundred_at(k + 1) {
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
                Some(("and", ka)) if lang == Lang::En => ka + 1,
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
struct NumRead {
    value: f64,
    /// Index after the last token read.
    end: usize,
    /// Whether any scale word (`thousand`, `million`) was used.
    scaled: bool,
    /// The scale word the number ends with (`30 million`), which a range's
    /// first end shares (`20 to 30 million`).
    trailing_scale: Option<f64>,
    /// Only the word `one`/`un`/`une`, which is usually not a figure.
    bare_article: bool,
}

/// Reads a number at `i`: a numeral or number words, each followed by
/// decreasing scale words (`two million three hundred thousand`).
fn read_number(toks: &[Token], i: usize, lang: Lang) -> Option<NumRead> {
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
            _ => word_chunk(toks, k, !first, last_scale, lang).map(|(v, e)| (v, e, false)),
        };
        let Some((value, after, digits)) = chunk else {
            break;
        };
        let scale = word_next(toks, after, !digits)
            .and_then(|(w, at)| Some((scale_value(w, lang)?, at + 1)))
            .filter(|&(s, _)| s < last_scale && (digits || value < 1000.0));
        let Some((scale, end)) = scale else {
            total += value;
            k = after;
            trailing_scale = None;
            break;
        };
        total += value * scale;
        last_scale = scale;
        trailing_scale = Some(scale);
        k = end;
        if let Some(next) = and_continuation(toks, k, lang) {
            k = next;
        }
    }
    if k == i || !total.is_finite() {
        return None;
    }
    let bare_article = k == i + 1 && matches!(word(toks, i), Some("one" | "un" | "une"));
    Some(NumRead {
        value: total,
        end: k,
        scaled: last_scale.is_finite(),
        trailing_scale,
        bare_article,
    })
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
    let (w, at) = word_next(toks, k, joined)?;
    let smaller_scale = |j: usize| {
        word_next(toks, j, true)
            .and_then(|(s, _)| scale_value(s, lang))
            .is_some_and(|s| s < last_scale)
    };
    if lang == Lang::En && w == "a" && smaller_scale(at + 1) {
        return Some((1.0, at + 1));
    }
    if lang == Lang::Fr && w == "mille" && smaller_scale(at) {
        return Some((1.0, at));
    }
    below_1000(toks, k, joined, lang).map(|(v, e)| (f64::from(v), e))
}

/// After a scale word: `two thousand and five`, `mille et un`. Returns where
/// the next group starts, if the connector belongs to the number.
fn and_continuation(toks: &[Token], k: usize, lang: Lang) -> Option<usize> {
    let (w, at) = word_next(toks, k, true)?;
    match (lang, w) {
        (Lang::En, "and") => {
            let (_, e) = below_1000(toks, at + 1, true, lang)?;
            // "between one thousand and two thousand" is two numbers.
            let ends_scaled =
                word_next(toks, e, true).is_some_and(|(s, _)| scale_value(s, lang).is_some());
            (!ends_scaled).then_some(at + 1)
        }
        (Lang::Fr, "et") => {
            let (u, _) = word_next(toks, at + 1, true)?;
            matches!(u, "un" | "une").then_some(at + 1)
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Counts

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    /// The whole string is meant to be one count.
    Whole,
    /// Searching running text: stricter about words that are rarely figures.
    Find,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Bound {
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Between,
    Approx,
}

const EN_PREFIXES: &[(&str, Bound)] = &[
    ("at least", Bound::AtLeast),
    ("no less than", Bound::AtLeast),
    ("no fewer than", Bound::AtLeast),
    ("not less than", Bound::AtLeast),
    ("a minimum of", Bound::AtLeast),
    ("more than", Bound::MoreThan),
    ("over", Bound::MoreThan),
    ("well over", Bound::MoreThan),
    ("upwards of", Bound::MoreThan),
    ("in excess of", Bound::MoreThan),
    ("up to", Bound::AtMost),
    ("at most", Bound::AtMost),
    ("no more than", Bound::AtMost),
    ("not more than", Bound::AtMost),
    ("a maximum of", Bound::AtMost),
    ("fewer than", Bound::LessThan),
    ("less than", Bound::LessThan),
    ("between", Bound::Between),
    ("about", Bound::Approx),
    ("around", Bound::Approx),
    ("some", Bound::Approx),
    ("roughly", Bound::Approx),
    ("approximately", Bound::Approx),
    ("approx", Bound::Approx),
    ("approx .", Bound::Approx),
    ("nearly", Bound::Approx),
    ("almost", Bound::Approx),
    ("close to", Bound::Approx),
    ("an estimated", Bound::Approx),
];

const FR_PREFIXES: &[(&str, Bound)] = &[
    ("au moins", Bound::AtLeast),
    ("au minimum", Bound::AtLeast),
    ("pas moins de", Bound::AtLeast),
    ("plus de", Bound::MoreThan),
    ("bien plus de", Bound::MoreThan),
    ("un peu plus de", Bound::MoreThan),
    ("jusqu ' a", Bound::AtMost),
    ("au plus", Bound::AtMost),
    ("au maximum", Bound::AtMost),
    ("pas plus de", Bound::AtMost),
    ("moins de", Bound::LessThan),
    ("un peu moins de", Bound::LessThan),
    ("entre", Bound::Between),
    ("environ", Bound::Approx),
    ("quelque", Bound::Approx),
    // "quelques 200" (a common slip); alone, "quelques" is vague.
    ("quelques", Bound::Approx),
    ("pres de", Bound::Approx),
    ("presque", Bound::Approx),
    ("autour de", Bound::Approx),
    ("approximativement", Bound::Approx),
    ("a peu pres", Bound::Approx),
    ("quasiment", Bound::Approx),
    ("pas loin de", Bound::Approx),
    ("aux alentours de", Bound::Approx),
    ("de l ' ordre de", Bound::Approx),
];

/// Vague plural nouns and their conservative intervals.
const EN_VAGUE: &[(&str, &str, f64, f64)] = &[
    ("dozens", "dozen", 24.0, 99.0),
    ("hundreds", "hundred", 200.0, 999.0),
    ("thousands", "thousand", 2e3, 9_999.0),
    ("millions", "million", 2e6, 9_999_999.0),
    ("billions", "billion", 2e9, 9_999_999_999.0),
];

const FR_VAGUE: &[(&str, f64, f64)] = &[
    ("dizaines", 20.0, 99.0),
    ("douzaines", 24.0, 99.0),
    ("centaines", 200.0, 999.0),
    ("milliers", 2e3, 9_999.0),
    ("millions", 2e6, 9_999_999.0),
    ("milliards", 2e9, 9_999_999_999.0),
];

/// French approximate nouns: `une dizaine` is about ten.
const FR_APPROX: &[(&str, f64)] = &[
    ("dizaine", 10.0),
    ("douzaine", 12.0),
    ("quinzaine", 15.0),
    ("vingtaine", 20.0),
    ("trentaine", 30.0),
    ("quarantaine", 40.0),
    ("cinquantaine", 50.0),
    ("soixantaine", 60.0),
    ("centaine", 100.0),
    ("millier", 1e3),
];

/// A count found at a token index.
#[derive(Debug, Clone, Copy)]
struct Hit {
    count: Count,
    /// Index after the last token of the count.
    end: usize,
    /// A noun count (`dozens`, `une dizaine`) that may be followed by "of".
    noun: bool,
}

fn count_at(toks: &[Token], i: usize, lang: Lang, mode: Mode) -> Option<Hit> {
    let prefixes = match lang {
        Lang::En => EN_PREFIXES,
        Lang::Fr => FR_PREFIXES,
    };
    let mut matches: Vec<(usize, Bound)> = prefixes
        .iter()
        .filter_map(|&(p, b)| match_phrase(toks, i, p).map(|end| (end, b)))
        .collect();
    // Longest first, so "approx ." wins over "approx".
    matches.sort_by_key(|m| std::cmp::Reverse(m.0));
    if let Some(hit) = matches
        .into_iter()
        .find_map(|(j, bound)| bounded_at(toks, j, bound, lang, mode))
    {
        return Some(hit);
    }
    vague_at(toks, i, lang).or_else(|| base_at(toks, i, lang, mode, false))
}

/// The number (or approximate noun) after a bound or approx word at `j`.
fn bounded_at(toks: &[Token], j: usize, bound: Bound, lang: Lang, mode: Mode) -> Option<Hit> {
    if bound == Bound::Between {
        return between_at(toks, j, lang);
    }
    let inner = base_at(toks, j, lang, mode, true)?;
    let c = inner.count;
    let count = match bound {
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
    };
    Some(Hit { count, ..inner })
}

/// `between 20 and 30`, `entre vingt et trente` (also `between 20-30`).
fn between_at(toks: &[Token], j: usize, lang: Lang) -> Option<Hit> {
    let x = read_number(toks, j, lang)?;
    let (low, high, end) = match range_tail(toks, &x, lang) {
        Some(range) => range,
        None => {
            let and = if lang == Lang::En { "and" } else { "et" };
            if word(toks, x.end) != Some(and) {
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
    let connector = match &toks.get(x.end)?.tok {
        Tok::Punct(c) => is_dash(*c),
        Tok::Word { norm, .. } => {
            matches!((lang, norm.as_str()), (Lang::En, "to") | (Lang::Fr, "a"))
        }
        _ => false,
    };
    if !connector {
        return None;
    }
    let y = read_number(toks, x.end + 1, lang)?;
    // A falling pair ("3-2", "un à un") is not a range.
    let (low, high) = range_ends(x, &y).filter(|(l, h)| l < h)?;
    Some((low, high, y.end))
}

/// An approximate noun, or a number or range, at `i`. `prefixed` when a
/// bound word came first (then a bare `one`/`un` is a figure).
fn base_at(toks: &[Token], i: usize, lang: Lang, mode: Mode, prefixed: bool) -> Option<Hit> {
    if let Some(hit) = approx_noun_at(toks, i, lang) {
        return Some(hit);
    }
    let x = read_number(toks, i, lang)?;
    if let Some((low, high, end)) = range_tail(toks, &x, lang) {
        return Some(Hit {
            count: range(low, high),
            end,
            noun: false,
        });
    }
    if mode == Mode::Find {
        if x.bare_article && !prefixed && !bare_one_is_count(toks, i, lang) {
            return None;
        }
        if lang == Lang::Fr && x.end == i + 1 && !prefixed && neuf_means_new(toks, i) {
            return None;
        }
        // "26-year-old", "twenty-first": a compound word, not a figure.
        let compound = punct(toks, x.end).is_some_and(is_joiner)
            && adjacent(toks, x.end - 1, x.end)
            && adjacent(toks, x.end, x.end + 1)
            && word(toks, x.end + 1).is_some();
        if compound {
            return None;
        }
    }
    Some(Hit {
        count: Count::exact(x.value),
        end: x.end,
        noun: false,
    })
}

/// Whether a lone `one` in running text is a figure ("one dead") rather
/// than a pronoun ("one of them", "no one"). French `un`/`une` alone is
/// nearly always the article.
fn bare_one_is_count(toks: &[Token], i: usize, lang: Lang) -> bool {
    const BEFORE: &[&str] = &[
        "no", "any", "every", "each", "the", "this", "that", "which", "another",
    ];
    const AFTER: &[&str] = &[
        "of", "another", "by", "who", "which", "that", "day", "way", "time",
    ];
    if lang == Lang::Fr {
        return false;
    }
    let before = i.checked_sub(1).and_then(|p| word(toks, p));
    !before.is_some_and(|w| BEFORE.contains(&w))
        && !word(toks, i + 1).is_some_and(|w| AFTER.contains(&w))
}

/// French `neuf` is also "new": `un bâtiment neuf`, `l'immeuble neuf`,
/// `rien de neuf`. An adjective follows its noun, which follows a
/// determiner; a count comes before its noun.
fn neuf_means_new(toks: &[Token], i: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "un", "une", "le", "la", "l", "du", "au", "ce", "cet", "cette", "son", "sa", "leur",
        "notre", "votre",
    ];
    const NOTHING: &[&str] = &["rien", "quoi", "chose"];
    if word(toks, i) != Some("neuf") || i < 2 {
        return false;
    }
    const FUNCTION_WORDS: &[&str] = &[
        "des", "les", "ces", "de", "d", "aux", "et", "ou", "sur", "dont",
    ];
    let noun_before = word(toks, i - 1)
        .is_some_and(|w| small_value(w, Lang::Fr).is_none() && !FUNCTION_WORDS.contains(&w));
    let det_at = if punct(toks, i - 2).is_some_and(is_apostrophe) {
        i.checked_sub(3)
    } else {
        Some(i - 2)
    };
    let determiner = det_at
        .and_then(|d| word(toks, d))
        .is_some_and(|w| DETERMINERS.contains(&w));
    let nothing_new =
        word(toks, i - 1) == Some("de") && word(toks, i - 2).is_some_and(|w| NOTHING.contains(&w));
    (noun_before && determiner) || nothing_new
}

/// `a dozen`, `half a dozen`, `une dizaine`, `un millier`, and
/// `une centaine de milliers`.
fn approx_noun_at(toks: &[Token], i: usize, lang: Lang) -> Option<Hit> {
    let (value, end) = match lang {
        Lang::En => [
            ("a dozen", 12.0),
            ("one dozen", 12.0),
            ("half a dozen", 6.0),
        ]
        .iter()
        .find_map(|&(p, v)| match_phrase(toks, i, p).map(|e| (v, e)))?,
        Lang::Fr => {
            if !matches!(word(toks, i), Some("un" | "une")) {
                return None;
            }
            let noun = word(toks, i + 1)?;
            let &(_, v) = FR_APPROX.iter().find(|(n, _)| *n == noun)?;
            (v, i + 2)
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
    let phrases: &[(&str, f64)] = match lang {
        Lang::En => &[
            ("of thousands", 1e3),
            ("of millions", 1e6),
            ("of billions", 1e9),
            ("thousand", 1e3),
            ("million", 1e6),
        ],
        Lang::Fr => &[
            ("de milliers", 1e3),
            ("de millions", 1e6),
            ("de milliards", 1e9),
        ],
    };
    phrases
        .iter()
        .find_map(|&(p, m)| match_phrase(toks, k, p).map(|e| (m, e)))
}

/// Vague words: `dozens`, `several hundred`, `a few`, `des centaines`,
/// `plusieurs`, `quelques milliers`, `tens of thousands`.
fn vague_at(toks: &[Token], i: usize, lang: Lang) -> Option<Hit> {
    let (low, high, end) = match lang {
        Lang::En => en_vague_core(toks, i)?,
        Lang::Fr => fr_vague_core(toks, i)?,
    };
    let (low, high, end) = match multiplier(toks, end, lang) {
        Some((m, e)) => (low * m, high * m, e),
        // "tens" is only a count in "tens of thousands".
        None if word(toks, i) == Some("tens") => return None,
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

fn en_vague_core(toks: &[Token], i: usize) -> Option<(f64, f64, usize)> {
    let w = word(toks, i)?;
    if w == "tens" {
        return Some((20.0, 99.0, i + 1));
    }
    if let Some(&(_, _, low, high)) = EN_VAGUE.iter().find(|v| v.0 == w) {
        return Some((low, high, i + 1));
    }
    let end = match_phrase(toks, i, "several").or_else(|| match_phrase(toks, i, "a few"))?;
    // "several hundred" reads like "hundreds".
    match word(toks, end).and_then(|n| EN_VAGUE.iter().find(|v| v.1 == n)) {
        Some(&(_, _, low, high)) => Some((low, high, end + 1)),
        None => Some((2.0, 9.0, end)),
    }
}

fn fr_vague_core(toks: &[Token], i: usize) -> Option<(f64, f64, usize)> {
    let quantifier = matches!(word(toks, i), Some("plusieurs" | "quelques"));
    let noun_at = if quantifier || word(toks, i) == Some("des") {
        i + 1
    } else {
        i
    };
    let noun = word(toks, noun_at);
    if let Some(&(_, low, high)) = FR_VAGUE.iter().find(|v| Some(v.0) == noun) {
        return Some((low, high, noun_at + 1));
    }
    quantifier.then_some((2.0, 9.0, i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn exact(n: f64) -> Count {
        Count::exact(n)
    }

    fn approx(n: f64) -> Count {
        Count {
            approx: true,
            ..Count::exact(n)
        }
    }

    fn vague(low: f64, high: f64) -> Count {
        Count {
            low: Some(low),
            high: Some(high),
            approx: false,
            vague: true,
        }
    }

    fn bounds(low: Option<f64>, high: Option<f64>) -> Count {
        Count {
            low,
            high,
            approx: false,
            vague: false,
        }
    }

    #[track_caller]
    fn check(lang: Lang, cases: &[&str], expected: Count) {
        for text in cases {
            assert_eq!(
                parse_count(text, lang),
                Some(expected),
                "parse_count({text:?}, {lang})"
            );
            let found = find_counts(text, lang);
            assert_eq!(found.len(), 1, "find_counts({text:?}, {lang}) = {found:?}");
            assert_eq!(found[0].0, expected, "find_counts({text:?}, {lang})");
            let trimmed = text.len() - text.trim_start().len()..text.trim_end().len();
            assert_eq!(found[0].1, trimmed, "span of {text:?} in {lang}");
        }
    }

    /// The text each count covers in `text`, with the count.
    fn found(text: &str, lang: Lang) -> Vec<(&str, Count)> {
        find_counts(text, lang)
            .into_iter()
            .map(|(c, span)| (&text[span], c))
            .collect()
    }

    // --- the value table, row by row, in both languages

    #[test]
    fn exact_figures_as_digits_and_words() {
        check(
            Lang::En,
            &["26", "twenty-six", "Twenty six", " 26 "],
            exact(26.0),
        );
        check(
            Lang::Fr,
            &["26", "vingt-six", "Vingt-six", "vingt six"],
            exact(26.0),
        );
    }

    #[test]
    fn thousands_separators_by_language() {
        check(
            Lang::En,
            &["8,000", "8 000", "8\u{a0}000", "8\u{202f}000"],
            exact(8000.0),
        );
        check(
            Lang::Fr,
            &["8 000", "8\u{a0}000", "8\u{202f}000", "8.000"],
            exact(8000.0),
        );
        check(Lang::En, &["1.5 million", "1,500,000"], exact(1_500_000.0));
        check(
            Lang::Fr,
            &["1,5 million", "1 500 000", "1,5 millions"],
            exact(1_500_000.0),
        );
        assert_eq!(parse_number("12 000", Lang::Fr), Some(12_000.0));
        assert_eq!(
            parse_number("1\u{202f}500\u{202f}000", Lang::Fr),
            Some(1_500_000.0)
        );
        assert_eq!(parse_number("8,000.5", Lang::En), Some(8000.5));
    }

    #[test]
    fn decimal_comma_in_french_and_point_in_english() {
        assert_eq!(parse_number("26,5", Lang::Fr), Some(26.5));
        assert_eq!(parse_number("26.5", Lang::En), Some(26.5));
        assert_eq!(parse_number("1 500,25", Lang::Fr), Some(1500.25));
        // An English comma not followed by exactly three digits is no separator.
        assert_eq!(parse_number("26,5", Lang::En), None);
        assert_eq!(parse_number("1,2345", Lang::En), None);
    }

    #[test]
    fn at_least_has_no_upper_bound() {
        check(
            Lang::En,
            &["at least 26", "At least twenty-six", "no fewer than 26"],
            bounds(Some(26.0), None),
        );
        check(
            Lang::Fr,
            &["au moins 26", "Au moins vingt-six", "pas moins de 26"],
            bounds(Some(26.0), None),
        );
    }

    #[test]
    fn more_than_starts_one_above() {
        check(
            Lang::En,
            &["more than 100", "over 100", "upwards of 100"],
            bounds(Some(101.0), None),
        );
        check(
            Lang::Fr,
            &["plus de 100", "plus de cent"],
            bounds(Some(101.0), None),
        );
        // Elided "d'": plus d'un million.
        check(
            Lang::Fr,
            &["plus d'un million", "plus d’un million"],
            bounds(Some(1_000_001.0), None),
        );
    }

    #[test]
    fn up_to_has_no_lower_bound() {
        check(
            Lang::En,
            &["up to 30", "at most 30", "no more than thirty"],
            bounds(None, Some(30.0)),
        );
        check(
            Lang::Fr,
            &["jusqu'à 30", "jusqu’à 30", "jusqu'a trente", "au plus 30"],
            bounds(None, Some(30.0)),
        );
    }

    #[test]
    fn fewer_than_ends_one_below() {
        check(
            Lang::En,
            &["fewer than 100", "less than 100"],
            bounds(None, Some(99.0)),
        );
        check(
            Lang::Fr,
            &["moins de 100", "moins de cent"],
            bounds(None, Some(99.0)),
        );
    }

    #[test]
    fn ranges_in_every_spelling() {
        let r = bounds(Some(20.0), Some(30.0));
        check(
            Lang::En,
            &[
                "between 20 and 30",
                "20-30",
                "20–30",
                "20 - 30",
                "20 to 30",
                "between twenty and thirty",
            ],
            r,
        );
        check(
            Lang::Fr,
            &[
                "entre 20 et 30",
                "20-30",
                "20–30",
                "20 à 30",
                "entre vingt et trente",
            ],
            r,
        );
    }

    #[test]
    fn range_shares_a_trailing_scale_word() {
        let r = bounds(Some(20e6), Some(30e6));
        check(
            Lang::En,
            &["20 to 30 million", "between 20 and 30 million"],
            r,
        );
        check(
            Lang::Fr,
            &["20 à 30 millions", "entre 20 et 30 millions"],
            r,
        );
        assert_eq!(
            parse_count("between 500 and 2 million", Lang::En),
            Some(bounds(Some(500.0), Some(2e6)))
        );
    }

    #[test]
    fn falling_pair_is_not_a_range() {
        assert_eq!(parse_count("30-20", Lang::En), None);
        assert_eq!(found("won 3-2", Lang::En).len(), 2);
    }

    #[test]
    fn about_is_approximate() {
        check(
            Lang::En,
            &[
                "about 200",
                "around 200",
                "some 200",
                "roughly 200",
                "approximately 200",
                "approx. 200",
            ],
            approx(200.0),
        );
        check(
            Lang::Fr,
            &[
                "environ 200",
                "quelque 200",
                "quelques 200",
                "autour de 200",
                "à peu près 200",
            ],
            approx(200.0),
        );
    }

    #[test]
    fn nearly_is_approximate() {
        check(
            Lang::En,
            &["nearly 8,000", "almost 8,000", "close to 8,000"],
            approx(8000.0),
        );
        check(
            Lang::Fr,
            &["près de 8 000", "presque 8\u{a0}000", "pres de 8 000"],
            approx(8000.0),
        );
        check(Lang::Fr, &["près d'un millier"], approx(1000.0));
    }

    #[test]
    fn approximate_nouns() {
        check(Lang::En, &["a dozen", "about a dozen"], approx(12.0));
        check(Lang::En, &["half a dozen"], approx(6.0));
        check(Lang::Fr, &["une douzaine"], approx(12.0));
        check(Lang::Fr, &["une dizaine"], approx(10.0));
        check(Lang::Fr, &["une vingtaine"], approx(20.0));
        check(Lang::Fr, &["une trentaine"], approx(30.0));
        check(Lang::Fr, &["une quarantaine"], approx(40.0));
        check(Lang::Fr, &["une cinquantaine"], approx(50.0));
        check(Lang::Fr, &["une centaine", "Une centaine"], approx(100.0));
        check(Lang::Fr, &["un millier"], approx(1000.0));
        check(Lang::Fr, &["une centaine de milliers"], approx(100_000.0));
        assert_eq!(
            parse_count("plus d'une centaine", Lang::Fr),
            Some(Count {
                low: Some(101.0),
                high: None,
                approx: true,
                vague: false
            })
        );
    }

    #[test]
    fn dozens_is_vague() {
        check(Lang::En, &["dozens"], vague(24.0, 99.0));
        check(
            Lang::Fr,
            &["des dizaines", "Des dizaines"],
            vague(20.0, 99.0),
        );
    }

    #[test]
    fn hundreds_is_vague() {
        check(
            Lang::En,
            &["hundreds", "several hundred"],
            vague(200.0, 999.0),
        );
        check(
            Lang::Fr,
            &["des centaines", "plusieurs centaines"],
            vague(200.0, 999.0),
        );
    }

    #[test]
    fn thousands_is_vague() {
        check(
            Lang::En,
            &["thousands", "a few thousand"],
            vague(2000.0, 9999.0),
        );
        check(
            Lang::Fr,
            &["des milliers", "quelques milliers"],
            vague(2000.0, 9999.0),
        );
    }

    #[test]
    fn several_is_vague() {
        check(Lang::En, &["several", "a few"], vague(2.0, 9.0));
        check(Lang::Fr, &["plusieurs", "quelques"], vague(2.0, 9.0));
    }

    #[test]
    fn vague_nouns_accept_a_trailing_of() {
        assert_eq!(
            parse_count("hundreds of", Lang::En),
            Some(vague(200.0, 999.0))
        );
        assert_eq!(
            parse_count("thousands of", Lang::En),
            Some(vague(2000.0, 9999.0))
        );
        assert_eq!(
            parse_count("des milliers de", Lang::Fr),
            Some(vague(2000.0, 9999.0))
        );
        assert_eq!(parse_count("une dizaine d'", Lang::Fr), Some(approx(10.0)));
        // but a figure does not.
        assert_eq!(parse_count("26 of", Lang::En), None);
    }

    #[test]
    fn vague_nouns_of_thousands_multiply() {
        check(Lang::En, &["tens of thousands"], vague(20_000.0, 99_000.0));
        check(
            Lang::En,
            &["hundreds of thousands"],
            vague(200_000.0, 999_000.0),
        );
        check(
            Lang::Fr,
            &["des dizaines de milliers"],
            vague(20_000.0, 99_000.0),
        );
        assert_eq!(parse_count("tens", Lang::En), None);
    }

    #[test]
    fn quelque_with_a_number_is_approximate_but_quelques_alone_is_vague() {
        assert_eq!(parse_count("quelque 200", Lang::Fr), Some(approx(200.0)));
        assert_eq!(parse_count("quelques", Lang::Fr), Some(vague(2.0, 9.0)));
        assert_eq!(
            found("quelques blessés", Lang::Fr),
            vec![("quelques", vague(2.0, 9.0))]
        );
    }

    #[test]
    fn some_alone_is_not_a_count() {
        assert_eq!(parse_count("some", Lang::En), None);
        assert!(find_counts("some people were hurt", Lang::En).is_empty());
        assert_eq!(
            found("some 200 people", Lang::En),
            vec![("some 200", approx(200.0))]
        );
    }

    // --- number words

    #[test]
    fn english_number_words() {
        let cases: &[(&str, f64)] = &[
            ("zero", 0.0),
            ("one", 1.0),
            ("nineteen", 19.0),
            ("ninety", 90.0),
            ("ninety-nine", 99.0),
            ("a hundred", 100.0),
            ("a hundred and twelve", 112.0),
            ("one hundred twelve", 112.0),
            ("twelve hundred", 1200.0),
            ("a thousand", 1000.0),
            ("two thousand five hundred", 2500.0),
            ("two thousand and five", 2005.0),
            ("a million", 1e6),
            ("two million", 2e6),
            ("two million three hundred thousand", 2_300_000.0),
            ("1.5 million", 1.5e6),
            ("26 thousand", 26_000.0),
            ("three billion", 3e9),
            ("Forty-Two", 42.0),
        ];
        for &(text, n) in cases {
            assert_eq!(parse_number(text, Lang::En), Some(n), "{text}");
        }
    }

    #[test]
    fn french_number_words() {
        let cases: &[(&str, f64)] = &[
            ("zéro", 0.0),
            ("zero", 0.0),
            ("seize", 16.0),
            ("dix-sept", 17.0),
            ("dix-neuf", 19.0),
            ("vingt et un", 21.0),
            ("vingt-et-un", 21.0),
            ("trente et une", 31.0),
            ("soixante", 60.0),
            ("soixante-dix", 70.0),
            ("soixante et onze", 71.0),
            ("soixante-douze", 72.0),
            ("soixante-dix-sept", 77.0),
            ("quatre-vingts", 80.0),
            ("quatre-vingt", 80.0),
            ("quatre-vingt-un", 81.0),
            ("quatre-vingt-dix", 90.0),
            ("quatre-vingt-dix-neuf", 99.0),
            ("septante", 70.0),
            ("nonante-neuf", 99.0),
            ("cent", 100.0),
            ("cent douze", 112.0),
            ("deux cents", 200.0),
            ("deux-cent-douze", 212.0),
            ("mille", 1000.0),
            ("deux mille", 2000.0),
            ("mille deux cents", 1200.0),
            ("mille et un", 1001.0),
            ("deux mille vingt-deux", 2022.0),
            ("un million", 1e6),
            ("deux millions", 2e6),
            ("deux milliards", 2e9),
            ("un million deux cent mille", 1_200_000.0),
            ("Quatre-Vingts", 80.0),
        ];
        for &(text, n) in cases {
            assert_eq!(parse_number(text, Lang::Fr), Some(n), "{text}");
        }
    }

    #[test]
    fn parse_number_rejects_bound_words_and_junk() {
        assert_eq!(parse_number("at least 26", Lang::En), None);
        assert_eq!(parse_number("26 dead", Lang::En), None);
        assert_eq!(parse_number("", Lang::En), None);
        assert_eq!(parse_number("hundred", Lang::En), None);
        assert_eq!(parse_number("a", Lang::En), None);
        assert_eq!(parse_number("six seven", Lang::En), None);
        assert_eq!(parse_number("deux mille cinq mille", Lang::Fr), None);
    }

    #[test]
    fn parse_count_needs_the_whole_string() {
        assert_eq!(parse_count("26 dead", Lang::En), None);
        assert_eq!(parse_count("at least", Lang::En), None);
        assert_eq!(
            parse_count("  at least 26  ", Lang::En),
            Some(bounds(Some(26.0), None))
        );
        assert_eq!(parse_count("one", Lang::En), Some(exact(1.0)));
        assert_eq!(parse_count("une", Lang::Fr), Some(exact(1.0)));
    }

    // --- finding counts in sentences

    #[test]
    fn comma_and_space_separate_two_figures() {
        assert_eq!(
            found("26 dead, 18 wounded", Lang::En),
            vec![("26", exact(26.0)), ("18", exact(18.0))]
        );
        assert_eq!(
            found("26, 18", Lang::En),
            vec![("26", exact(26.0)), ("18", exact(18.0))]
        );
        assert_eq!(
            found("26 18", Lang::Fr),
            vec![("26", exact(26.0)), ("18", exact(18.0))]
        );
        assert_eq!(
            found("26 morts, 18 blessés", Lang::Fr),
            vec![("26", exact(26.0)), ("18", exact(18.0))]
        );
    }

    #[test]
    fn spans_cover_bound_words_and_between() {
        let text = "Officials said between 20 and 30 people died and at least 26 were hurt";
        assert_eq!(
            found(text, Lang::En),
            vec![
                ("between 20 and 30", bounds(Some(20.0), Some(30.0))),
                ("at least 26", bounds(Some(26.0), None))
            ]
        );
        let text = "entre 20 et 30 morts et près de 8 000 déplacés";
        assert_eq!(
            found(text, Lang::Fr),
            vec![
                ("entre 20 et 30", bounds(Some(20.0), Some(30.0))),
                ("près de 8 000", approx(8000.0))
            ]
        );
    }

    #[test]
    fn and_inside_a_number_stays_in_its_span() {
        assert_eq!(
            found("a hundred and twelve dead and 3 missing", Lang::En),
            vec![("a hundred and twelve", exact(112.0)), ("3", exact(3.0))]
        );
        assert_eq!(
            found("vingt et un morts et trois blessés", Lang::Fr),
            vec![("vingt et un", exact(21.0)), ("trois", exact(3.0))]
        );
        assert_eq!(
            found("entre vingt et un et trente", Lang::Fr),
            vec![(
                "entre vingt et un et trente",
                bounds(Some(21.0), Some(30.0))
            )]
        );
    }

    #[test]
    fn spans_are_byte_offsets_around_multibyte_text() {
        let text = "🙂 Près de 8\u{202f}000 déplacés, au moins 26 morts";
        let hits = found(text, Lang::Fr);
        assert_eq!(
            hits,
            vec![
                ("Près de 8\u{202f}000", approx(8000.0)),
                ("au moins 26", bounds(Some(26.0), None))
            ]
        );
    }

    #[test]
    fn dates_and_times_are_not_counts() {
        assert!(find_counts("2022-01-07", Lang::En).is_empty());
        assert!(find_counts("on 07/01/2022 at 10:30", Lang::En).is_empty());
        assert!(find_counts("le 7 janvier à 10h30", Lang::Fr).is_empty());
        assert!(find_counts("on January 6, 2022", Lang::En).is_empty());
        assert!(find_counts("on Jan. 6", Lang::En).is_empty());
        assert!(find_counts("le 7 janvier 2022", Lang::Fr).is_empty());
        assert!(find_counts("6 May", Lang::En).is_empty());
        assert!(find_counts("in 2022", Lang::En).is_empty());
        assert!(find_counts("at 10:30:15", Lang::En).is_empty());
        assert_eq!(parse_count("2022-01-07", Lang::En), None);
        assert_eq!(parse_count("7 janvier", Lang::Fr), None);
        assert_eq!(
            found("26 dead on 7 January 2022, 10:30", Lang::En),
            vec![("26", exact(26.0))]
        );
        // A lower-case "may" is a verb, not a month.
        assert_eq!(found("6 may have died", Lang::En), vec![("6", exact(6.0))]);
    }

    #[test]
    fn spaced_hours_are_not_counts() {
        assert!(find_counts("le bilan de 10 h 30", Lang::Fr).is_empty());
        assert!(find_counts("à 18 h, selon", Lang::Fr).is_empty());
        assert_eq!(
            found("à 18 h, 26 morts", Lang::Fr),
            vec![("26", exact(26.0))]
        );
    }

    #[test]
    fn french_neuf_as_new_is_not_a_count() {
        assert!(find_counts("un bâtiment neuf a brûlé", Lang::Fr).is_empty());
        assert!(find_counts("l'immeuble neuf", Lang::Fr).is_empty());
        assert!(find_counts("quoi de neuf ?", Lang::Fr).is_empty());
        assert_eq!(
            found("ils ont tué neuf personnes", Lang::Fr),
            vec![("neuf", exact(9.0))]
        );
        assert_eq!(
            found("les neuf morts", Lang::Fr),
            vec![("neuf", exact(9.0))]
        );
        assert_eq!(
            found("un des neuf morts", Lang::Fr),
            vec![("neuf", exact(9.0))]
        );
    }

    #[test]
    fn ordinals_codes_and_compounds_are_not_counts() {
        assert!(find_counts("the 26th victim", Lang::En).is_empty());
        assert!(find_counts("le 1er mort, le 2e blessé", Lang::Fr).is_empty());
        assert!(find_counts("covid-19 and an A320", Lang::En).is_empty());
        assert!(find_counts("a 26-year-old man", Lang::En).is_empty());
        assert!(find_counts("the twenty-first victim", Lang::En).is_empty());
        assert!(find_counts("ticket #26 at 3 o'clock", Lang::En).is_empty());
    }

    #[test]
    fn one_is_a_figure_only_when_it_counts_something() {
        assert!(find_counts("one of them said", Lang::En).is_empty());
        assert!(find_counts("no one was hurt", Lang::En).is_empty());
        assert_eq!(found("one dead", Lang::En), vec![("one", exact(1.0))]);
        assert_eq!(
            found("at least one dead", Lang::En),
            vec![("at least one", bounds(Some(1.0), None))]
        );
        // French "un"/"une" alone is the article.
        assert!(find_counts("un homme a été blessé", Lang::Fr).is_empty());
        assert_eq!(
            found("au moins un mort", Lang::Fr),
            vec![("au moins un", bounds(Some(1.0), None))]
        );
        assert_eq!(
            found("un million de déplacés", Lang::Fr),
            vec![("un million", exact(1e6))]
        );
    }

    #[test]
    fn vague_spans_leave_the_of_outside() {
        assert_eq!(
            found("thousands of people fled", Lang::En),
            vec![("thousands", vague(2000.0, 9999.0))]
        );
        assert_eq!(
            found("des dizaines de morts", Lang::Fr),
            vec![("des dizaines", vague(20.0, 99.0))]
        );
        assert_eq!(
            found("une dizaine de blessés", Lang::Fr),
            vec![("une dizaine", approx(10.0))]
        );
    }

    #[test]
    fn find_count_returns_the_first() {
        assert_eq!(find_count("no figure here", Lang::En), None);
        assert_eq!(
            find_count("12 dead and 40 hurt", Lang::En),
            Some((exact(12.0), 0..2))
        );
    }

    #[test]
    fn percent_and_money_still_read_as_figures() {
        // Documented limitation: units are left to the caller.
        assert_eq!(found("26% turnout", Lang::En), vec![("26", exact(26.0))]);
    }

    // --- properties

    const WORDS: &[&str] = &[
        "twenty",
        "six",
        "a",
        "hundred",
        "and",
        "thousand",
        "million",
        "at",
        "least",
        "between",
        "to",
        "dozens",
        "some",
        "one",
        "of",
        "vingt",
        "et",
        "un",
        "quatre",
        "cent",
        "cents",
        "mille",
        "entre",
        "près",
        "de",
        "d'",
        "jusqu’à",
        "une",
        "dizaine",
        "des",
        "milliers",
        "January",
        "janvier",
        "h",
        "th",
        "er",
    ];

    fn mixed_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[0-9]{1,4}",
            prop::sample::select(WORDS).prop_map(String::from),
            prop::sample::select(
                &[
                    ",", ".", " ", "\u{a0}", "\u{202f}", "-", "–", "'", "’", ":", "/", "é", "🙂",
                    "\u{301}", "#"
                ][..]
            )
            .prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..20).prop_map(|v| v.concat())
    }

    fn check_spans(text: &str, lang: Lang) {
        let mut last_end = 0;
        for (_, span) in find_counts(text, lang) {
            assert!(span.start < span.end && span.end <= text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            assert!(span.start >= last_end, "overlap in {text:?}");
            last_end = span.end;
        }
    }

    fn grouped(n: u64, sep: &str) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    }

    proptest! {
        #[test]
        fn never_panics_on_any_string(text in ".*") {
            for lang in [Lang::En, Lang::Fr] {
                let _ = parse_number(&text, lang);
                let _ = parse_count(&text, lang);
                let _ = find_count(&text, lang);
                check_spans(&text, lang);
            }
        }

        #[test]
        fn never_panics_on_number_like_text(text in mixed_text()) {
            for lang in [Lang::En, Lang::Fr] {
                let _ = parse_number(&text, lang);
                let _ = parse_count(&text, lang);
                check_spans(&text, lang);
            }
        }

        #[test]
        fn formatted_integers_parse_back(n in 0u64..1_000_000_000_000) {
            let value = n as f64;
            prop_assert_eq!(parse_number(&grouped(n, ","), Lang::En), Some(value));
            prop_assert_eq!(parse_number(&grouped(n, "\u{a0}"), Lang::Fr), Some(value));
            prop_assert_eq!(parse_number(&grouped(n, "\u{202f}"), Lang::Fr), Some(value));
            prop_assert_eq!(parse_number(&n.to_string(), Lang::En), Some(value));
            prop_assert_eq!(parse_number(&n.to_string(), Lang::Fr), Some(value));
            let sentence = format!("au moins {} morts", grouped(n, "\u{a0}"));
            prop_assert_eq!(find_count(&sentence, Lang::Fr).map(|(c, _)| c.low), Some(Some(value)));
        }

        #[test]
        fn english_words_parse_back(n in 0u32..1_000_000_000) {
            prop_assert_eq!(parse_number(&en_words(n), Lang::En), Some(f64::from(n)), "{}", en_words(n));
        }

        #[test]
        fn french_words_parse_back(n in 0u32..1_000_000_000) {
            prop_assert_eq!(parse_number(&fr_words(n), Lang::Fr), Some(f64::from(n)), "{}", fr_words(n));
        }
    }

    fn en_words(n: u32) -> String {
        const SMALL: [&str; 20] = [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ];
        const TENS: [&str; 10] = [
            "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ];
        let below_100 = |n: u32| match n {
            0..20 => SMALL[n as usize].to_string(),
            _ if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
            _ => format!("{}-{}", TENS[(n / 10) as usize], SMALL[(n % 10) as usize]),
        };
        let below_1000 = |n: u32| match (n / 100, n % 100) {
            (0, r) => below_100(r),
            (h, 0) => format!("{} hundred", SMALL[h as usize]),
            (h, r) => format!("{} hundred and {}", SMALL[h as usize], below_100(r)),
        };
        if n == 0 {
            return "zero".into();
        }
        let mut parts = Vec::new();
        for (scale, name) in [(1_000_000, " million"), (1_000, " thousand"), (1, "")] {
            let group = n / scale % 1000;
            if group > 0 {
                parts.push(format!("{}{name}", below_1000(group)));
            }
        }
        parts.join(" ")
    }

    fn fr_words(n: u32) -> String {
        const SMALL: [&str; 20] = [
            "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
            "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
            "dix-neuf",
        ];
        const TENS: [&str; 7] = [
            "",
            "",
            "vingt",
            "trente",
            "quarante",
            "cinquante",
            "soixante",
        ];
        fn below_100(n: u32) -> String {
            match n {
                0..20 => SMALL[n as usize].to_string(),
                20..70 if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
                20..70 if n % 10 == 1 => format!("{} et un", TENS[(n / 10) as usize]),
                20..70 => format!("{}-{}", TENS[(n / 10) as usize], SMALL[(n % 10) as usize]),
                71 => "soixante et onze".into(),
                70..80 => format!("soixante-{}", SMALL[(n - 60) as usize]),
                80 => "quatre-vingts".into(),
                _ => format!("quatre-vingt-{}", SMALL[(n - 80) as usize]),
            }
        }
        let below_1000 = |n: u32| match (n / 100, n % 100) {
            (0, r) => below_100(r),
            (1, 0) => "cent".into(),
            (1, r) => format!("cent {}", below_100(r)),
            (h, 0) => format!("{} cents", SMALL[h as usize]),
            (h, r) => format!("{} cent {}", SMALL[h as usize], below_100(r)),
        };
        if n == 0 {
            return "zéro".into();
        }
        let mut parts = Vec::new();
        let millions = n / 1_000_000;
        match millions {
            0 => {}
            1 => parts.push("un million".to_string()),
            m => parts.push(format!("{} millions", below_1000(m))),
        }
        match n / 1000 % 1000 {
            0 => {}
            1 => parts.push("mille".to_string()),
            t => parts.push(format!("{} mille", below_1000(t))),
        }
        if !n.is_multiple_of(1000) {
            parts.push(below_1000(n % 1000));
        }
        parts.join(" ")
    }
}
