//! A word for the figure said just before (`9 morts à Tessoul et autant à
//! Ravigne`, `idem à Brunzac`): the same count again, for another place,
//! or for another metric (`6 tués et autant de blessés`, `6 dead and as
//! many injured`).
//! The word is written over with that figure, padded to its length so
//! every offset is kept, and then reads as any figure.

use crate::lang::Lang;
use crate::parse::fold_case;
use crate::parse::lexicon::Lexicon;
use crate::text::words::is_word_boundary;
use std::borrow::Cow;

/// `text` with each word of the language for "the same figure" written
/// over with the figure before it. Only a figure of plain digits, exact
/// and no longer than the word, is copied (`au moins 9 … autant` keeps
/// its word: the bound would be lost), and only where the word stands
/// for a count, before a place word (not `autant de … que`; `Djibara
/// (idem)` would read as an age in brackets, so it stays refused), or
/// before a metric word, right after a joiner (`et autant de blessés`;
/// not `deux fois autant de blessés`, not `as many dead as in 2019`).
pub(super) fn same_figures<'a>(text: &'a str, lang: Lang, lexicon: &Lexicon) -> Cow<'a, str> {
    let folded = fold_case(text);
    let mut out: Option<String> = None;
    for word in lang.entry.same_figure_words {
        for (at, _) in folded.match_indices(word) {
            let end = at + word.len();
            // Right after a joiner or a comma ("et autant", ", idem"), not
            // after a multiple ("twice as many", "deux fois autant").
            if !is_word_boundary(&folded, at, end) || !after_joiner(&folded, at, lang) {
                continue;
            }
            let end = if stands_for_count(&folded, end, lang) {
                end
            } else if let Some(of_end) = before_metric(&folded, end, lang, lexicon) {
                // "autant de blessés": the figure is written over "de" too.
                of_end
            } else {
                continue;
            };
            let before = crate::parse::value::find_counts(&text[..at], lang);
            let Some((count, span)) = before.last() else {
                continue;
            };
            let digits = &text[span.clone()];
            // The figure copied counts people: its metric word follows it
            // ("9 dead in Korla and as many…"; not an age, a day, an hour
            // or a share: "boy, 12, killed and as many injured").
            let counted = lexicon
                .find(text[span.end..at].trim_start(), lang)
                .is_some_and(|m| m.span.start == 0);
            let plain = counted
                && digits.chars().all(|c| c.is_ascii_digit())
                && count.low == count.high
                && !count.approx
                && !count.vague;
            if plain && digits.len() <= end - at {
                let out = out.get_or_insert_with(|| text.to_string());
                let padded = format!("{digits:<width$}", width = end - at);
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

/// Whether a joiner or a comma comes right before `at`.
fn after_joiner(folded: &str, at: usize, lang: Lang) -> bool {
    let before = folded[..at].trim_end();
    before.ends_with([',', ';'])
        || lang.entry.joiners.iter().any(|j| {
            before
                .strip_suffix(j)
                .is_some_and(|head| head.is_empty() || head.ends_with(char::is_whitespace))
        })
}

/// Where the word ending at `end` and its `de` end when it stands for the
/// figure before, counted again under the metric word that follows it,
/// with no comparison after the metric word (`autant de morts que l'an
/// dernier`, `qu'en 2019`, `as many injured as in 2019`).
fn before_metric(folded: &str, end: usize, lang: Lang, lexicon: &Lexicon) -> Option<usize> {
    let rest = &folded[end..];
    let after_space = rest.len() - rest.trim_start().len();
    let mut cover = end;
    let mut next = rest.trim_start();
    if let Some(of) = lang.entry.same_figure_of.iter().find(|of| {
        next.strip_prefix(**of)
            .is_some_and(|tail| of.ends_with('\'') || tail.starts_with(char::is_whitespace))
    }) {
        cover = end + after_space + of.len();
        next = next[of.len()..].trim_start();
    }
    let metric = lexicon.find(next, lang)?;
    if metric.span.start != 0 {
        return None;
    }
    let then = next[metric.span.end..]
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    // ("qu'en 2019": an elided comparison word opens the next word.)
    let compared =
        lang.entry.same_figure_comparisons.iter().any(|c| {
            then == *c || ((c.ends_with('\'') || c.ends_with('’')) && then.starts_with(c))
        });
    (!compared).then_some(cover)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{EN, FR};

    fn same(text: &str, lang: Lang) -> String {
        same_figures(text, lang, &Lexicon::builtin()).into_owned()
    }

    #[test]
    fn the_word_for_the_same_figure_is_written_as_it() {
        assert_eq!(
            same("9 morts à Tessoul et autant à Ravigne", FR),
            "9 morts à Tessoul et 9      à Ravigne"
        );
        assert_eq!(
            same("5 morts à Vorignac, idem à Brunzac", FR),
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
            assert_eq!(same(text, FR), text);
        }
    }

    #[test]
    fn the_same_figure_for_another_metric() {
        assert_eq!(
            same("6 tués et autant de blessés", FR),
            "6 tués et 6         blessés"
        );
        assert_eq!(
            same("6 dead and as many injured", EN),
            "6 dead and 6       injured"
        );
        assert_eq!(
            same("9 dead in Korla and as many in Vesk", EN),
            "9 dead in Korla and 9       in Vesk"
        );
    }

    #[test]
    fn a_multiple_or_a_comparison_is_no_same_figure() {
        for (text, lang) in [
            ("6 tués et deux fois autant de blessés", FR),
            ("6 tués, autant de morts que l'an dernier", FR),
            ("6 dead, twice as many injured", EN),
            ("6 dead and as many injured as in 2019", EN),
            ("as many as 50 dead", EN),
            ("6 dead, as many as 50 injured", EN),
            ("9 dead in Korla and twice as many in Vesk", EN),
            ("boy, 12, killed and as many injured", EN),
            ("6 dead at 3 pm and as many injured", EN),
            ("6 dead and as many injured, same as 2019", EN),
            ("6 tués et autant de blessés qu'en 2019", FR),
            ("garçon, 12 ans, tué et autant de blessés", FR),
        ] {
            assert_eq!(same(text, lang), text);
        }
    }
}
