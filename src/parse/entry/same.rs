//! A word for the figure said just before (`9 morts à Tessoul et autant à
//! Ravigne`, `idem à Brunzac`): the same count again, for another place.
//! The word is written over with that figure, padded to its length so
//! every offset is kept, and then reads as any figure.

use crate::lang::Lang;
use crate::parse::fold_case;
use crate::text::words::is_word_boundary;
use std::borrow::Cow;

/// `text` with each word of the language for "the same figure" written
/// over with the figure before it. Only a figure of plain digits, exact
/// and no longer than the word, is copied (`au moins 9 … autant` keeps
/// its word: the bound would be lost), and only where the word stands
/// for a count, before a place word (not `autant de … que`; `Djibara
/// (idem)` would read as an age in brackets, so it stays refused).
pub(super) fn same_figures<'a>(text: &'a str, lang: Lang) -> Cow<'a, str> {
    let folded = fold_case(text);
    let mut out: Option<String> = None;
    for word in lang.entry.same_figure_words {
        for (at, _) in folded.match_indices(word) {
            let end = at + word.len();
            if !is_word_boundary(&folded, at, end) || !stands_for_count(&folded, end, lang) {
                continue;
            }
            let before = crate::parse::value::find_counts(&text[..at], lang);
            let Some((count, span)) = before.last() else {
                continue;
            };
            let digits = &text[span.clone()];
            let plain = digits.chars().all(|c| c.is_ascii_digit())
                && count.low == count.high
                && !count.approx
                && !count.vague;
            if plain && digits.len() <= word.len() {
                let out = out.get_or_insert_with(|| text.to_string());
                let padded = format!("{digits:<width$}", width = word.len());
                out.replace_range(at..end, &padded);
            }
        }
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// Whether the word ending at `end` counts people: a place word follows.
fn stands_for_count(folded: &str, end: usize, lang: Lang) -> bool {
    let next = folded[end..].split_whitespace().next().unwrap_or("");
    lang.entry.same_figure_links.contains(&next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::FR;

    #[test]
    fn the_word_for_the_same_figure_is_written_as_it() {
        assert_eq!(
            same_figures("9 morts à Tessoul et autant à Ravigne", FR),
            "9 morts à Tessoul et 9      à Ravigne"
        );
        assert_eq!(
            same_figures("5 morts à Vorignac, idem à Brunzac", FR),
            "5 morts à Vorignac, 5    à Brunzac"
        );
    }

    #[test]
    fn a_bound_or_a_comparison_keeps_the_word() {
        for text in [
            "au moins 9 morts à Tessoul et autant à Ravigne",
            "12 blessés, autant de morts que l'an dernier",
            "autant à Ravigne",
            "12000 morts à A et idem à B",
        ] {
            assert_eq!(same_figures(text, FR), text);
        }
    }
}
