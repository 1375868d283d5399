//! Small word-level helpers shared by the extraction stages.

use super::attribution::LEADING_ARTICLES;
use std::ops::Range;

/// Lower-cased with every byte offset kept valid in the original.
pub(super) fn lowered(text: &str) -> String {
    crate::parse::fold_case(text)
}

pub(super) fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Up to `n` words just before `at` (nearest first), lower-cased, with
/// their byte ranges.
pub(super) fn words_before(text: &str, at: usize, n: usize) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    let mut end = at;
    while out.len() < n {
        let head = text[..end].trim_end();
        if head.is_empty() || head.ends_with(|c: char| ",;:.".contains(c)) {
            break;
        }
        let start = head
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        out.push((head[start..].to_lowercase(), start..head.len()));
        end = start;
    }
    out
}

pub(super) fn has_figure(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

pub(super) fn is_day_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "yesterday"
            | "today"
            | "hier"
            | "aujourd'hui"
    )
}

/// Whether a phrase opens (after any day) with an article or possessive,
/// as a role does ("The agency's spokesman", "Le ministre de…"); a clause
/// such as "Twenty-six rioters were killed" does not.
pub(super) fn opens_with_article(raw: &str) -> bool {
    let lower = raw.to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .skip_while(|w| *w == "on" || is_day_word(w.trim_matches(',')))
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    let verbish = words.iter().any(|w| {
        matches!(
            *w,
            "was" | "were" | "is" | "are" | "have" | "has" | "had" | "été" | "sont" | "ont" | "est"
        )
    });
    !verbish
        && (LEADING_ARTICLES.contains(first)
            || matches!(
                *first,
                "its" | "his" | "her" | "their" | "son" | "sa" | "leur"
            )
            || first.starts_with("l'")
            || first.starts_with("l’"))
}

/// A proper name: one to four words, each capitalised.
pub(super) fn looks_like_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}
