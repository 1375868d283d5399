//! The value parser's tokens, read from the text layer's: words (folded,
//! `A320` whole), numerals with their separators, punctuation, each with
//! its byte span; and the marks that turn dates, times and codes into
//! tokens that never count.

use crate::lang::{ALL, Lang};
use crate::text::tokens::{self, Kind};
use crate::text::words::fold_word;
pub(super) use crate::text::words::{is_apostrophe, is_combining, is_dash, is_joiner};

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
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
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// Reads the text layer's tokens as values need them: a number token
/// starts a numeral, read with the separators and suffix glued to it; a
/// word runs on over the letters and digits glued to it (`A320`, `km²`);
/// a character that is a digit of another script (`٣`) is refused.
pub(super) fn tokenize(text: &str, lang: Lang) -> Vec<Token> {
    let atoms = tokens::tokenize(text);
    let mut toks = Vec::new();
    let mut i = 0;
    while let Some(atom) = atoms.get(i) {
        let (start, c) = (atom.start, first_char(atom, text));
        let (tok, end) = if atom.kind == Kind::Number {
            lex_numeral(text, &atoms, start, lang)
        } else if let Some(f) = vulgar_fraction(c) {
            let tok = Tok::Num {
                value: f,
                plain: false,
                digits: 1,
            };
            (tok, atom.end)
        } else if c.is_numeric() {
            // Other scripts' digits (`٣`, fullwidth `３`) are refused, not
            // read as words: a figure in them would silently go missing.
            let why = Tok::Bad("is not written with the digits 0-9");
            (why, junk_end(text, start))
        } else if c.is_alphanumeric() {
            let mut end = tokens::glued_end(&atoms, i, text);
            // "M6.1", "v2,5": a decimal glued to a word's digits is part of
            // the word, never a figure of its own.
            let bytes = text.as_bytes();
            if bytes[..end].last().is_some_and(u8::is_ascii_digit)
                && matches!(bytes.get(end), Some(b'.' | b','))
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            {
                end += 1 + text[end + 1..]
                    .bytes()
                    .take_while(u8::is_ascii_alphanumeric)
                    .count();
            }
            let tok = Tok::Word {
                norm: normalize(&text[start..end]),
                capital: c.is_uppercase(),
            };
            (tok, end)
        } else {
            (Tok::Punct(c), atom.end)
        };
        toks.push(Token { tok, start, end });
        // A numeral or a word may take several tokens of the text layer.
        while atoms.get(i).is_some_and(|a| a.start < end) {
            i += 1;
        }
    }
    mark_dates_and_codes(&mut toks, lang);
    toks
}

fn first_char(atom: &tokens::Token, text: &str) -> char {
    atom.raw(text).chars().next().unwrap_or(' ')
}

/// Lower-case without accents, so `Zéro`, `zero` and `ZERO` all match `zero`.
pub(super) fn normalize(word: &str) -> String {
    fold_word(word)
}

pub(super) fn digit_run(bytes: &[u8], from: usize) -> usize {
    bytes.get(from..).map_or(0, |rest| {
        rest.iter().take_while(|b| b.is_ascii_digit()).count()
    })
}

/// Length of a date or time starting at `p` (`2022-01-07`, `07/01/2022`,
/// `10:30`), which the numeral reader must not split into figures.
pub(super) fn date_or_time_len(bytes: &[u8], p: usize) -> Option<usize> {
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

pub(super) fn is_group_sep(c: char, lang: Lang) -> bool {
    lang.numbers.group_separators.contains(&c)
}

/// French writes `26,5`; a `.` that did not group thousands is taken as a
/// decimal point too (`1.5 million` in a French text).
pub(super) fn is_decimal_sep(c: char, lang: Lang, grouped_by: Option<char>) -> bool {
    let n = &lang.numbers;
    n.decimal_separators.contains(&c)
        || (n.decimal_unless_grouping.contains(&c) && grouped_by != Some(c))
}

/// Reads a numeral at `start` (an ASCII digit): thousands groups, decimals,
/// and a glued suffix that makes it an ordinal or an hour (`26th`, `1er`,
/// `10h30`).
pub(super) fn lex_numeral(
    text: &str,
    atoms: &[tokens::Token],
    start: usize,
    lang: Lang,
) -> (Tok, usize) {
    let bytes = text.as_bytes();
    if let Some(len) = date_or_time_len(bytes, start) {
        return (Tok::Skip, start + len);
    }
    let lead = digit_run(bytes, start);
    if let Some(read) = fraction_numeral(text, start, lead) {
        return read;
    }
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
    // The suffix is the run of tokens glued after the digits (`26th`,
    // `1ᵉʳ`, `10h30`): the tokenizer cut letters from digits there.
    let suffix = atoms.binary_search_by_key(&end, |a| a.start).ok();
    if let Some(k) = suffix
        && text[end..].chars().next().is_some_and(char::is_alphabetic)
    {
        let suffix_end = tokens::glued_end(atoms, k, text);
        if is_ordinal_or_hour(&normalize(&text[end..suffix_end])) {
            return (Tok::Skip, suffix_end);
        }
        // "100s displaced" says "hundreds", as the table writes it.
        let written = &text[start..suffix_end];
        if let Some(&(_, noun)) = lang
            .counts
            .vague
            .written_plurals
            .iter()
            .find(|w| w.0 == written)
            && glued_junk(text, suffix_end).is_none()
        {
            let tok = Tok::Word {
                norm: noun.to_string(),
                capital: false,
            };
            return (tok, suffix_end);
        }
        // "10k", "1.2M": a magnitude letter, as the table writes it.
        let magnitude = lang
            .numbers
            .magnitudes
            .iter()
            .find(|m| m.0 == &text[end..suffix_end]);
        if let Some(&(_, m)) = magnitude
            && let Ok(value) = number.parse::<f64>()
            && glued_junk(text, suffix_end).is_none()
        {
            let value = value * m;
            if value.is_finite() && value <= crate::domain::MAX_COUNT {
                let tok = Tok::Num {
                    value,
                    plain: false,
                    digits: lead,
                };
                return (tok, suffix_end);
            }
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

/// Fractions written with a symbol or a slash, the same in every language.
const VULGAR_FRACTIONS: [(char, f64); 5] = [
    ('½', 0.5),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
];

/// The value of a fraction symbol (`½`).
pub(super) fn vulgar_fraction(c: char) -> Option<f64> {
    VULGAR_FRACTIONS.iter().find(|f| f.0 == c).map(|f| f.1)
}

/// A proper fraction written with a slash at `at` (`1/2`, `3/4`): its
/// value and end (a one-digit denominator: `9/11` and `24/7` are not
/// fractions).
fn slash_fraction(text: &str, at: usize) -> Option<(f64, usize)> {
    let bytes = text.as_bytes();
    let a = digit_run(bytes, at);
    let b = digit_run(bytes, at + a + 1);
    if a == 0 || bytes.get(at + a) != Some(&b'/') || b != 1 {
        return None;
    }
    let end = at + a + 1 + b;
    let num: f64 = text[at..at + a].parse().ok()?;
    let den: f64 = text[at + a + 1..end].parse().ok()?;
    (num > 0.0 && num < den && glued_junk(text, end).is_none()).then_some((num / den, end))
}

/// A numeral with a fraction (`1½`, `3 ½`, `3 1/2`, `1/2`), read as its value so
/// that `3 1/2 thousand` is 3,500 and `1/2 dead` is refused as not whole;
/// or two figures joined by a slash (`24/7`, `3/5`), which are never read
/// as the first alone.
fn fraction_numeral(text: &str, start: usize, lead: usize) -> Option<(Tok, usize)> {
    let bytes = text.as_bytes();
    let whole: f64 = text[start..start + lead].parse().ok()?;
    let num = |value: f64| Tok::Num {
        value,
        plain: false,
        digits: lead,
    };
    let after = start + lead;
    // "1½", or "3 ½" with one space: a symbol after a space still belongs
    // to the whole number (read apart, `3 ½ million` gave 3).
    let spaced = text[after..]
        .chars()
        .next()
        .filter(|c| c.is_whitespace())
        .map_or(0, char::len_utf8);
    if let Some(c) = text[after + spaced..].chars().next()
        && let Some(f) = vulgar_fraction(c)
    {
        return Some((num(whole + f), after + spaced + c.len_utf8()));
    }
    // "26/18" joins two figures; "26/injured" is a figure and a word.
    if bytes.get(after) == Some(&b'/') && bytes.get(after + 1).is_some_and(u8::is_ascii_digit) {
        return Some(match slash_fraction(text, start) {
            Some((f, end)) => (num(f), end),
            None => (
                Tok::Bad("joins two figures with a slash (give each its own figure)"),
                junk_end(text, after + 1),
            ),
        });
    }
    // "3 1/2": a whole number, one space, a proper fraction.
    let (f, end) = slash_fraction(text, after + 1).filter(|_| bytes.get(after) == Some(&b' '))?;
    Some((num(whole + f), end))
}

/// What is wrong when a numeral ends at `end` but more of it follows, glued:
/// letters (`1e3`, `0x1A`, `12abc`), `_` (`1_000`), other digits, or a
/// separator the reader did not take (`1.5.3`, `1,0000`).
pub(super) fn glued_junk(text: &str, end: usize) -> Option<&'static str> {
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
pub(super) fn junk_end(text: &str, from: usize) -> usize {
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

/// Ordinal and clock suffixes of every language: a numeral glued to one
/// is never a count, whatever the text's language.
pub(super) fn is_ordinal_or_hour(suffix: &str) -> bool {
    ALL.iter().any(|l| {
        let n = &l.numbers;
        n.ordinal_suffixes.contains(&suffix)
            || n.clock_suffixes.contains(&suffix)
            || n.hour_marks.iter().any(|h| {
                suffix
                    .strip_prefix(h)
                    .is_some_and(|m| m.len() <= 2 && m.bytes().all(|b| b.is_ascii_digit()))
            })
    })
}

/// Turns into `Skip` the numerals that are days, years or codes in context:
/// `7 janvier`, `January 6, 2022`, `in 2022`, `covid-19`, `#26`.
pub(super) fn mark_dates_and_codes(toks: &mut [Token], lang: Lang) {
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
                || is_zero_led_clock(toks, j)
        })
        .collect();
    for j in others {
        toks[j].tok = Tok::Skip;
    }
}

/// `10 h` / `10 h 30`: an hour written with spaces (`10h30` is caught by
/// the numeral reader).
pub(super) fn is_spaced_hour(toks: &[Token], j: usize) -> bool {
    plain_int(toks, j).is_some_and(|(v, d)| d <= 2 && v <= 24.0)
        && word(toks, j + 1).is_some_and(is_hour_mark)
}

/// `since 0600`, `as of 0800`: four digits led by a zero are a clock time
/// (no count is written with a leading zero).
fn is_zero_led_clock(toks: &[Token], j: usize) -> bool {
    plain_int(toks, j).is_some_and(|(v, d)| d == 4 && v < 1000.0 && (v as u32) % 100 < 60)
}

pub(super) fn is_spaced_minutes(toks: &[Token], j: usize) -> bool {
    j >= 2
        && plain_int(toks, j).is_some_and(|(v, d)| d == 2 && v <= 59.0)
        && word(toks, j - 1).is_some_and(is_hour_mark)
        && toks[j - 2].tok == Tok::Skip
}

pub(super) fn is_hour_mark(w: &str) -> bool {
    ALL.iter().any(|l| l.numbers.hour_marks.contains(&w))
}

pub(super) fn plain_int(toks: &[Token], j: usize) -> Option<(f64, usize)> {
    match toks.get(j)?.tok {
        Tok::Num {
            value,
            plain: true,
            digits,
        } => Some((value, digits)),
        _ => None,
    }
}

pub(super) fn is_day(toks: &[Token], j: usize) -> bool {
    plain_int(toks, j).is_some_and(|(v, d)| d <= 2 && (1.0..=31.0).contains(&v))
}

pub(super) fn is_year(toks: &[Token], j: usize) -> bool {
    plain_int(toks, j).is_some_and(|(v, d)| d == 4 && (1000.0..=2999.0).contains(&v))
}

pub(super) fn is_month(toks: &[Token], j: usize) -> bool {
    let Some(Tok::Word { norm, capital }) = toks.get(j).map(|t| &t.tok) else {
        return false;
    };
    let w = norm.as_str();
    // A word that is also a number (French "sept") is a month only with
    // its dot; one that is also a verb ("may") only capitalised.
    let dotted = punct(toks, j + 1) == Some('.') && adjacent(toks, j, j + 1);
    // "19 dec'd" (deceased): glued by an apostrophe to a word, a contraction.
    let contracted = punct(toks, j + 1).is_some_and(is_apostrophe)
        && adjacent(toks, j, j + 1)
        && word(toks, j + 2).is_some();
    ALL.iter().any(|l| {
        l.dates.months.iter().any(|m| {
            m.word == w
                && (*capital || !l.dates.months_need_capital)
                && (!m.needs_dot || dotted)
                && !(m.abbrev && contracted)
        })
    })
}

/// A month name just before `j`, possibly abbreviated with a period (`Jan. 6`).
pub(super) fn month_before(toks: &[Token], j: usize) -> bool {
    j >= 1
        && (is_month(toks, j - 1)
            || (j >= 2 && punct(toks, j - 1) == Some('.') && is_month(toks, j - 2)))
}

/// `January 6, 2022`: a year after a day already recognised.
pub(super) fn after_skipped_day(toks: &[Token], j: usize) -> bool {
    let prev = if j >= 1 && punct(toks, j - 1) == Some(',') {
        j.checked_sub(2)
    } else {
        j.checked_sub(1)
    };
    prev.is_some_and(|p| toks[p].tok == Tok::Skip)
}

pub(super) fn after_year_word(toks: &[Token], j: usize, lang: Lang) -> bool {
    let words = lang.numbers.year_words;
    let recent = plain_int(toks, j).is_some_and(|(v, _)| (1900.0..=2100.0).contains(&v));
    recent && j >= 1 && word(toks, j - 1).is_some_and(|w| words.contains(&w))
}

/// `covid-19`, `A320-200`, `#26`, `@SDIS_33`: a numeral glued to a word
/// or a number sign; `over-60s`, `under-5s` too, letters glued after it (an age group).
pub(super) fn is_code(toks: &[Token], j: usize) -> bool {
    let numeral = matches!(toks[j].tok, Tok::Num { .. } | Tok::Bad(_));
    if !numeral || j == 0 || !adjacent(toks, j - 1, j) {
        return false;
    }
    let glued_word = j >= 2 && word(toks, j - 2).is_some() && adjacent(toks, j - 2, j - 1);
    match punct(toks, j - 1) {
        Some(c) if is_joiner(c) => glued_word,
        // "@SDIS_33": a handle's digits.
        Some('_') => glued_word,
        Some('#' | '№') => true,
        _ => false,
    }
}

pub(super) fn is_oclock(toks: &[Token], j: usize) -> bool {
    ALL.iter()
        .flat_map(|l| l.numbers.clock_phrases)
        .any(|p| match_phrase(toks, j + 1, p).is_some())
}

// Token helpers

pub(super) fn word(toks: &[Token], j: usize) -> Option<&str> {
    match &toks.get(j)?.tok {
        Tok::Word { norm, .. } => Some(norm),
        _ => None,
    }
}

pub(super) fn punct(toks: &[Token], j: usize) -> Option<char> {
    match toks.get(j)?.tok {
        Tok::Punct(c) => Some(c),
        _ => None,
    }
}

pub(super) fn adjacent(toks: &[Token], a: usize, b: usize) -> bool {
    matches!((toks.get(a), toks.get(b)), (Some(x), Some(y)) if x.end == y.start)
}

/// The word at `j`; when `joined`, also the word after a hyphen glued to
/// both neighbours (`vingt-six`). Returns the word and its index.
pub(super) fn word_next(toks: &[Token], j: usize, joined: bool) -> Option<(&str, usize)> {
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

/// The elided form of `word` in any language (`de` → `d`).
fn elided_form(word: &str) -> Option<&'static str> {
    ALL.iter()
        .flat_map(|l| l.counts.elided_words)
        .find(|e| e.0 == word)
        .map(|e| e.1)
}

/// Matches a space-separated phrase at `i` and returns the index after it.
/// A word with an elided form in some language also matches that form and
/// an apostrophe (`de` matches `d'`); `'` matches any apostrophe; other
/// non-letters match that punctuation.
pub(super) fn match_phrase(toks: &[Token], i: usize, phrase: &str) -> Option<usize> {
    let mut k = i;
    for part in phrase.split(' ') {
        if let Some(elided) = elided_form(part) {
            k = match word(toks, k) {
                Some(w) if w == part => k + 1,
                Some(w) if w == elided && punct(toks, k + 1).is_some_and(is_apostrophe) => k + 2,
                _ => return None,
            };
            continue;
        }
        k = match part {
            "'" if punct(toks, k).is_some_and(is_apostrophe) => k + 1,
            p if p.chars().all(char::is_alphabetic) && word(toks, k) == Some(p) => k + 1,
            p if !p.chars().all(char::is_alphabetic) && punct(toks, k) == p.chars().next() => k + 1,
            _ => return None,
        };
    }
    Some(k)
}
