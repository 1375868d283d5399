//! Temporary stand-in, replaced by the value parser.
use crate::domain::{Count, Lang};
use std::ops::Range;
pub fn parse_number(text: &str, _lang: Lang) -> Option<f64> {
    text.trim().parse().ok()
}
pub fn parse_count(text: &str, lang: Lang) -> Option<Count> {
    parse_number(text, lang).map(Count::exact)
}
pub fn find_counts(text: &str, lang: Lang) -> Vec<(Count, Range<usize>)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((parse_count(&text[s..i], lang).unwrap(), s..i));
                start = None;
            }
            _ => {}
        }
    }
    out
}
pub fn find_count(text: &str, lang: Lang) -> Option<(Count, Range<usize>)> {
    find_counts(text, lang).into_iter().next()
}
