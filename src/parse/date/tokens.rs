//! The date parser's tokens: runs of letters and runs of digits with
//! their byte ranges, lower-cased and folded.

use crate::text::words::fold_letter;

/// One word or number of the text, with its byte range.
#[derive(Debug)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Lowercase with accents kept, where they matter (`a` is not `à`).
    pub(super) lower: String,
    /// Lowercase without accents: what the word lists are written in.
    pub(super) fold: String,
    pub(super) digits: bool,
    pub(super) capital: bool,
}

/// Splits text into runs of letters and runs of ASCII digits; everything
/// else separates them. Letters and digits split from each other so "1er"
/// and "7th" are a number with a glued suffix.
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    // `ʼ` is a letter to Unicode but an apostrophe to writers.
    let class = |c: char| match c {
        '0'..='9' => Some(true),
        'ʼ' => None,
        c if c.is_alphabetic() => Some(false),
        _ => None,
    };
    let make = |start: usize, end: usize, digits: bool| {
        let raw = &text[start..end];
        let lower = raw.to_lowercase();
        Tok {
            start,
            end,
            fold: lower.chars().map(fold_letter).collect(),
            lower,
            digits,
            capital: raw.chars().next().is_some_and(char::is_uppercase),
        }
    };
    let mut toks = Vec::new();
    let mut current: Option<(usize, bool)> = None;
    for (at, c) in text.char_indices() {
        let kind = class(c);
        if let Some((start, digits)) = current
            && kind != Some(digits)
        {
            toks.push(make(start, at, digits));
            current = None;
        }
        if current.is_none() {
            current = kind.map(|digits| (at, digits));
        }
    }
    if let Some((start, digits)) = current {
        toks.push(make(start, text.len(), digits));
    }
    toks
}
