//! Ages set between commas after the person they describe ("Hasan
//! Demir, 63, who", "the market's manager, 58, on Saturday"): no count.

use super::words::*;
use std::ops::Range;

/// A figure between commas right after a name ("Hasan Demir, 63, who"):
/// an age.
pub(super) fn apposed_age(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].trim_end();
    let after = text[range.end..].trim_start();
    let digits = text[range.clone()].trim();
    let digits = digits.len() <= 3 && digits.chars().all(|c| c.is_ascii_digit());
    // "Among the dead was Professor Helen Park, 61.": an age ends the
    // sentence after a name of two words or more.
    if before.ends_with(',') && (after.is_empty() || after.starts_with('.')) && digits {
        let head = before.trim_end_matches(',');
        let segment = &head[head.rfind([',', ';', ':']).map_or(0, |i| i + 1)..];
        // The capitalised words ending the segment.
        let words: Vec<&str> = words_of(segment).collect();
        let name = words
            .iter()
            .rev()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .count();
        // A segment that is the name alone is an item of a list ("Deaths
        // by district: Upper Dir, 61.").
        if name >= 2 && name < words.len() && is_name(&words[words.len() - name..].join(" ")) {
            return true;
        }
    }
    if !(before.ends_with(',') && after.starts_with(',')) {
        return false;
    }
    let head = before.trim_end_matches(',');
    // "the depot's owner, 52, and his son": digits alone after a person
    // named by a phrase opening on an article or a possessive.
    let segment = &head[head.rfind([',', ';', ':']).map_or(0, |i| i + 1)..];
    // "detained the shop's owner and a building contractor, 46,": the
    // last of joined people.
    let lower = lowered(segment);
    let segment = crate::lang::ALL
        .iter()
        .flat_map(|l| l.entry.joiners)
        .filter_map(|j| lower.rfind(&format!(" {j} ")).map(|at| at + j.len() + 2))
        .filter(|&at| segment.is_char_boundary(at))
        .max()
        .map_or(segment, |at| &segment[at..]);
    let opens = |w: &str| {
        let w = lowered(w);
        any_lang(&w, |e| e.articles) || any_lang(&w, |e| e.possessives)
    };
    let opener = words_of(segment).next().unwrap_or_default();
    // "Police detained the owner of the haulage firm, 52, on Thursday":
    // the person is the object, a phrase opening on an article or a
    // possessive after the verb, which names no metric ("the dead, 12,"
    // stays a count).
    let object = !opens(opener)
        && words_of(segment).position(opens).is_some_and(|at| {
            let phrase: Vec<String> = words_of(segment).skip(at).map(lowered).collect();
            at > 0 && phrase.len() <= 6 && !phrase.iter().any(|w| crate::lang::is_metric_word(w))
        });
    let described = (opens(opener) && words_of(segment).count() <= 4 || object)
        && text[range.clone()]
            .trim()
            .chars()
            .all(|c| c.is_ascii_digit())
        && text[range.clone()].trim().len() <= 3;
    // "kills 9; man, 34, arrested": a headline's bare person noun, no
    // article, before digits alone; a metric word ("dead, 12,") counts.
    let bare_noun = match words_of(segment).collect::<Vec<_>>().as_slice() {
        [w] => {
            let w = lowered(w);
            w.chars().all(char::is_alphabetic)
                && !crate::lang::ALL.iter().any(|l| {
                    l.metrics
                        .iter()
                        .chain(l.extraction.extra_metrics)
                        .any(|(_, ws)| ws.contains(&w.as_str()))
                })
        }
        _ => false,
    } && text[range.clone()]
        .trim()
        .chars()
        .all(|c| c.is_ascii_digit())
        && text[range.clone()].trim().len() <= 2;
    described
        || bare_noun
        || words_of(head)
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Past a person in apposition said with their age ("un homme de 46 ans
/// légèrement blessé" → "légèrement blessé"): what the aside goes on to
/// say of them. `None` unless the aside opens on a marker of one, a noun,
/// a link and a figure with a unit of age.
pub(super) fn past_apposed_age(aside: &str) -> Option<&str> {
    let pieces = pieces(aside);
    let word = |i: usize| pieces.get(i).map(|r| lowered(&aside[r.clone()]));
    let marker = word(0)?;
    let link = word(2)?;
    let figure = word(3)?;
    let unit = word(4)?;
    let one = any_lang(&marker, |e| e.singular_markers);
    let linked = any_lang(&link, |e| e.name_links);
    let aged = figure.len() <= 3 && figure.chars().all(|c| c.is_ascii_digit());
    (one && linked && aged && any_lang(&unit, |e| e.units) && unit.starts_with(char::is_alphabetic))
        .then(|| &aside[pieces[4].end..])
}
