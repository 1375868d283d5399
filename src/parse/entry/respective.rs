//! Figures matched to places in order (`31 and 14 injured in Tesk and
//! Olvan respectively`, `12 et 7 morts à Arlo et Benmore respectivement`):
//! the piece is written out once per figure, each with its own place
//! (`31 injured in Tesk, 14 injured in Olvan`), so every place reads as a
//! figure of its own.

use super::each::place_list;
use crate::lang::Lang;
use crate::parse::fold_case;
use crate::text::words::is_word_boundary;
use std::borrow::Cow;
use std::ops::Range;

/// `text` with a list of plain figures, the words after them and a list of
/// as many places, beside a word for respectively, written out as one
/// piece per figure. Anything else is left as it is: a figure short or
/// over, a bound, a figure between the two lists.
pub(super) fn spread_respective<'a>(text: &'a str, lang: Lang) -> Cow<'a, str> {
    let folded = fold_case(text);
    let Some(word) = respective_word(&folded, lang) else {
        return Cow::Borrowed(text);
    };
    // The piece: from a semicolon, a bar or a label's colon before the
    // word to the next of them after it.
    let start = text[..word.start]
        .rfind([';', '|', ':'])
        .map_or(0, |s| s + 1);
    let end = text[word.end..]
        .find([';', '|', ':'])
        .map_or(text.len(), |e| word.end + e);
    let counts = crate::parse::value::find_counts(&text[start..end], lang);
    let figures: Vec<Range<usize>> = counts
        .iter()
        .map(|(_, r)| r.start + start..r.end + start)
        .collect();
    // A run of figures joined only by commas or a joiner ("8 and 5",
    // "4, 5 and 6"), each plain digits and exact.
    let plain = |i: usize| {
        let (count, _) = &counts[i];
        count.low == count.high
            && !count.approx
            && !count.vague
            && text[figures[i].clone()].chars().all(|c| c.is_ascii_digit())
    };
    let joined = |a: &Range<usize>, b: &Range<usize>| {
        let between = fold_case(text[a.end..b.start].trim());
        let between = between.trim_matches(',').trim();
        between.is_empty() || lang.entry.joiners.contains(&between)
    };
    // Runs of two figures or more; the one a place list follows is read.
    let mut runs: Vec<Range<usize>> = Vec::new();
    for i in 0..figures.len() {
        match runs.last_mut() {
            Some(run) if run.end == i && plain(i) && joined(&figures[i - 1], &figures[i]) => {
                run.end = i + 1
            }
            _ if plain(i) => runs.push(i..i + 1),
            _ => {}
        }
    }
    let Some((run, list)) = runs.iter().filter(|r| r.len() >= 2).find_map(|r| {
        let after_run = figures[r.end - 1].end;
        // Places before the word ("in Tesk and Olvan respectively"), or
        // after it ("respectively in Abo, Bel and Cor").
        let list = (word.start > after_run)
            .then(|| place_list(text, after_run..word.start, lang))
            .flatten()
            .or_else(|| place_list(text, after_run..end, lang))?;
        // No other figure inside the run's span or between it and its places.
        let inside = figures
            .iter()
            .filter(|f| f.start >= figures[r.start].start && f.end <= list.whole.end)
            .count();
        (inside == r.len()).then(|| (&figures[r.clone()], list))
    }) else {
        return Cow::Borrowed(text);
    };
    let after_run = run[run.len() - 1].end;
    // The word stands before the figures, between them and the places or
    // right after the places, with no other word in its way.
    let gap = |r: Range<usize>| text.get(r).is_some_and(|t| t.trim().is_empty());
    let placed = gap(word.end..run[0].start)
        || gap(list.whole.end..word.start)
        || (after_run <= word.start && word.end <= list.whole.start);
    let middle = &text[after_run..list.whole.start];
    // "according to Police and Army respectively", "killed by Hamas and
    // Hezbollah": who gave or caused each figure, not where.
    let sourced = fold_case(middle).split_whitespace().any(|w| {
        lang.entry.source_prepositions.contains(&w) || lang.entry.agent_words.contains(&w)
    });
    if list.places.len() != run.len()
        || sourced
        || !placed
        || middle.split_whitespace().count() > 5
        || middle.contains(|c: char| c.is_ascii_digit() || c == ',')
    {
        return Cow::Borrowed(text);
    }
    let middle = if after_run <= word.start && word.end <= list.whole.start {
        format!(
            "{}{}",
            &text[after_run..word.start],
            &text[word.end..list.whole.start]
        )
    } else {
        middle.to_string()
    };
    let copies: Vec<String> = (run.iter().zip(&list.places))
        .map(|(figure, place)| {
            let copy = format!("{}{middle}{}", &text[figure.clone()], &text[place.clone()]);
            copy.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect();
    let from = run[0].start.min(word.start);
    let to = list.whole.end.max(word.end);
    Cow::Owned(format!(
        "{}{}{}",
        &text[..from],
        copies.join(", "),
        &text[to..]
    ))
}

/// The first word of the language for respectively.
fn respective_word(folded: &str, lang: Lang) -> Option<Range<usize>> {
    (lang.entry.respective_words.iter())
        .flat_map(|w| folded.match_indices(w).map(|(at, w)| at..at + w.len()))
        .filter(|r| is_word_boundary(folded, r.start, r.end))
        .min_by_key(|r| r.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{EN, FR};

    #[test]
    fn each_figure_goes_with_its_place() {
        assert_eq!(
            spread_respective(
                "31 and 14 injured in Tesk and Olvan respectively, 3 dead",
                EN
            ),
            "31 injured in Tesk, 14 injured in Olvan, 3 dead"
        );
        assert_eq!(
            spread_respective("missing: 8 and 5 in Varna Creek and Holm respectively", EN),
            "missing: 8 in Varna Creek, 5 in Holm"
        );
        assert_eq!(
            spread_respective("4, 5 and 6 dead respectively in Abo, Bel and Cor", EN),
            "4 dead in Abo, 5 dead in Bel, 6 dead in Cor"
        );
        assert_eq!(
            spread_respective("respectivement 12 et 7 morts à Arlo et Benmore", FR),
            "12 morts à Arlo, 7 morts à Benmore"
        );
    }

    #[test]
    fn lists_that_do_not_match_are_left_alone() {
        for text in [
            "31 and 14 injured in Tesk, Olvan and Brin respectively",
            "at least 31 and 14 injured in Tesk and Olvan respectively",
            "31 injured in Tesk and Olvan respectively",
            "31 and 14 injured respectively",
            "31 and 14 injured in Tesk and Olvan, 3 dead",
            "3 dead; 31 and 14 injured in Tesk and 9 in Olvan respectively",
        ] {
            assert_eq!(spread_respective(text, EN), text);
        }
    }
}
