//! One figure for each of several places (`2 each in Brin and Cass`,
//! `Brévan et Sollac : 2 morts chacune`): the piece is written out once
//! per place, the word for each left out, so every place reads as a
//! figure of its own (`2 in Brin, 2 in Cass`).

use crate::lang::Lang;
use crate::parse::fold_case;
use crate::text::words::is_word_boundary;
use std::borrow::Cow;
use std::ops::Range;

/// `text` with each piece holding a word for each, one figure and a list
/// of places (`Brin and Cass`, `Brin, Cass and Dorn`) written out once
/// per place. Anything else is left as it is: no list (`2 each`, `each
/// of the 3 dead`) or more than one figure in the piece.
pub(super) fn spread_each<'a>(text: &'a str, lang: Lang) -> Cow<'a, str> {
    let folded = fold_case(text);
    let Some(word) = each_word(&folded, lang) else {
        return Cow::Borrowed(text);
    };
    let around = piece_around(text, word.start);
    let Some(list) = place_list(text, around.clone(), lang) else {
        return Cow::Borrowed(text);
    };
    let figures = crate::parse::value::find_counts(&text[around.clone()], lang);
    let [(_, figure)] = &figures[..] else {
        return Cow::Borrowed(text);
    };
    let figure = figure.start + around.start..figure.end + around.start;
    // The piece is what the figure, the word and the list span, from a
    // label's colon before them to a comma after them ("Police: 2 dead
    // each in Brin and Cass, MSF says" spreads "2 dead each in Brin and
    // Cass" only).
    let first = figure.start.min(word.start).min(list.whole.start);
    let last = figure.end.max(word.end).max(list.whole.end);
    let start = text[around.start..first]
        .rfind(':')
        .map_or(around.start, |c| around.start + c + 1);
    let end = text[last..around.end]
        .find([',', ':'])
        .map_or(around.end, |c| last + c);
    let piece = start..end;
    // The word says each only beside the list, the figure or at the end
    // ("in each of Varo and Tellin", "2 each", "2 morts chacune"), not
    // "gangs in Brin and Cass attacked each other" nor "each year".
    let words_in = |r: Range<usize>| text.get(r).map_or(9, |t| t.split_whitespace().count());
    let before_list = word.end <= list.whole.start && words_in(word.end..list.whole.start) <= 2;
    let after_figure = figure.end <= word.start && words_in(figure.end..word.start) <= 1;
    let at_end = (text[word.end..piece.end].chars()).all(|c| !c.is_alphanumeric());
    let next = folded[word.end..].split_whitespace().next().unwrap_or("");
    let next_links = next.is_empty()
        || lang.entry.same_figure_links.contains(&next)
        || lang.entry.noun_links.contains(&next)
        || next == lang.counts.noun_of;
    // A list as a label ("Brévan et Sollac : 2 morts chacune") is read
    // only with the word after the figure.
    let label = text[list.whole.end..].trim_start().starts_with(':');
    if (figure.start < list.whole.end && list.whole.start < figure.end)
        || (list.whole.start < word.end && word.start < list.whole.end)
        || !(before_list || after_figure || at_end)
        || !(next_links || at_end)
        || (label && !(after_figure || at_end))
        || (label
            && !(list.places.iter()).all(|p| super::mend::is_place_label(&text[p.clone()], lang)))
    {
        return Cow::Borrowed(text);
    }
    // The word and the list in the order they are typed.
    let (first, second) = if word.start < list.whole.start {
        (word.clone(), list.whole.clone())
    } else {
        (list.whole.clone(), word.clone())
    };
    let copies: Vec<String> = (list.places.iter())
        .map(|place| {
            let mut copy = String::new();
            copy.push_str(&text[piece.start..first.start]);
            if first == list.whole {
                copy.push_str(&text[place.clone()]);
            }
            copy.push_str(&text[first.end..second.start]);
            if second == list.whole {
                copy.push_str(&text[place.clone()]);
            }
            copy.push_str(&text[second.end..piece.end]);
            copy.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect();
    let lead = &text[piece.start..];
    let lead = &lead[..lead.len() - lead.trim_start().len()];
    Cow::Owned(format!(
        "{}{lead}{}{}",
        &text[..piece.start],
        copies.join(", "),
        &text[piece.end..]
    ))
}

/// The first word of the language for each (`each`, `chacune`).
fn each_word(folded: &str, lang: Lang) -> Option<Range<usize>> {
    (lang.entry.each_words.iter())
        .flat_map(|w| folded.match_indices(w).map(|(at, w)| at..at + w.len()))
        .filter(|r| is_word_boundary(folded, r.start, r.end))
        .min_by_key(|r| r.start)
}

/// The piece of `text` around `at`: up to a semicolon, a bar or a comma
/// that is not inside a list of places.
fn piece_around(text: &str, at: usize) -> Range<usize> {
    let start = text[..at].rfind([';', '|']).map_or(0, |s| s + 1);
    let end = text[at..].find([';', '|']).map_or(text.len(), |e| at + e);
    // A comma closes the piece before a figure ("3 killed in Aldo, 2
    // each in Brin and Cass"), not inside a list ("Brin, Cass and Dorn").
    let start = text[start..at]
        .match_indices(',')
        .rfind(|(c, _)| {
            let after = text[start + c + 1..].trim_start();
            after.starts_with(|ch: char| ch.is_ascii_digit())
        })
        .map_or(start, |(c, _)| start + c + 1);
    start..end
}

/// A list of two places or more in a piece, capitalised and joined by
/// commas and a joiner of the language.
pub(super) struct PlaceList {
    pub(super) whole: Range<usize>,
    pub(super) places: Vec<Range<usize>>,
}

pub(super) fn place_list(text: &str, piece: Range<usize>, lang: Lang) -> Option<PlaceList> {
    let words: Vec<(usize, &str)> = text[piece.clone()]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let bare = |w: &str| w.trim_end_matches([',', ':']).len();
    let joiner = |w: &str| lang.entry.joiners.contains(&fold_case(w).as_str());
    let mut places: Vec<Range<usize>> = Vec::new();
    // The place after the joiner is the last ("Brin and Cass, MSF says").
    let mut after_joiner = false;
    let mut i = 0;
    while i < words.len() {
        let (at, w) = words[i];
        if !capital(w) {
            i += 1;
            continue;
        }
        // One place: capitalised words, up to a comma or a joiner.
        let mut end = at + bare(w);
        let mut closed = w.ends_with([',', ':']);
        let mut j = i + 1;
        while !closed && j < words.len() && capital(words[j].1) && j - i < 3 {
            end = words[j].0 + bare(words[j].1);
            closed = words[j].1.ends_with([',', ':']);
            j += 1;
        }
        let place = at..end;
        let comma = text[end..].starts_with(',');
        let joined = !comma && words.get(j).is_some_and(|(_, w)| joiner(w));
        let listed = !places.is_empty();
        places.push(place);
        if after_joiner {
            break;
        }
        after_joiner = joined;
        if comma && !text[end..].starts_with(", ") {
            break;
        }
        if comma {
            i = j;
        } else if joined {
            i = j + 1;
        } else if listed {
            break;
        } else {
            places.clear();
            after_joiner = false;
            i = j;
        }
        if i < words.len() && !capital(words[i].1) {
            if places.len() < 2 {
                places.clear();
                after_joiner = false;
            } else {
                break;
            }
        }
    }
    // Not places: a word glued by a comma ("Brin,Cass"), who speaks
    // ("AFP and Reuters"), days ("Monday and Tuesday").
    let whole = places.first().map_or(0, |p| p.start)..places.last().map_or(0, |p| p.end);
    let glued = text[whole.clone()].split_whitespace().any(|w| {
        let w = w.trim_end_matches([',', ':']);
        w.contains(',')
    });
    let not_place = |p: &Range<usize>| {
        let place = &text[p.clone()];
        super::source::names_source(place)
            || crate::lang::ALL.iter().any(|l| {
                let w = fold_case(place);
                l.dates.weekdays.iter().any(|d| d.0 == w)
                    || l.dates.months.iter().any(|m| m.word == w)
            })
    };
    if glued || places.iter().any(not_place) {
        return None;
    }
    (places.len() >= 2).then(|| PlaceList {
        whole: places[0].start..places[places.len() - 1].end,
        places,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{EN, FR};

    #[test]
    fn one_figure_for_each_place_is_written_out_per_place() {
        assert_eq!(
            spread_each("3 killed in Aldo, 2 each in Brin and Cass", EN),
            "3 killed in Aldo, 2 in Brin, 2 in Cass"
        );
        assert_eq!(
            spread_each("2 dead in each of Varo and Tellin", EN),
            "2 dead in of Varo, 2 dead in of Tellin"
        );
        assert_eq!(
            spread_each("Brévan et Sollac : 2 morts chacune", FR),
            "Brévan : 2 morts, Sollac : 2 morts"
        );
        assert_eq!(
            spread_each("Police: 2 dead each in Brin and Cass, MSF says", EN),
            "Police: 2 dead in Brin, 2 dead in Cass, MSF says"
        );
        assert_eq!(
            spread_each("2 dead each in Brin, Cass and Dorn", EN),
            "2 dead in Brin, 2 dead in Cass, 2 dead in Dorn"
        );
    }

    #[test]
    fn no_list_or_more_figures_leave_the_text_alone() {
        for text in [
            "2 each",
            "each of the 3 dead",
            "2 dead each in 3 villages",
            "Brin 2 dead, Cass 3 dead each",
            "12 dead as gangs from Brin and Cass attacked each other",
            "2 dead each in Brin,Cass and Dorn",
            "AFP and Reuters: 3 dead each",
            "2 dead each day in Brin and Cass",
            "Monday and Tuesday: 2 dead each",
            "Each of Brin and Cass: 2 dead",
            "12 dead",
        ] {
            assert_eq!(spread_each(text, EN), text);
        }
    }
}
