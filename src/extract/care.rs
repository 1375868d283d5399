//! Where the people counted were cared for, or died, named a few words
//! after the metric word ("died later in hospital", "died at the scene"):
//! kept apart from `lists.rs`, which reads lists.

use super::words::*;
use std::ops::Range;

/// Where the people counted were when it befell them, a few words after
/// the metric word ending at `from` ("died later in hospital", "died of
/// wounds in hospital", "died at the scene"): the range of the place word.
pub(super) fn care_place_after(text: &str, from: usize) -> Option<Range<usize>> {
    /// Words of how or when between the verb and the place.
    const SKIPPED: usize = 3;
    /// Words of a place's name up to its head ("Kasanga district hospital").
    const NAMED: usize = 4;
    let rest = &text[from..];
    let words = pieces(rest);
    let bare = |r: &Range<usize>| {
        rest[r.clone()]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // "five more died on the way to hospital": a route to the place of
    // care stands for the preposition; the range runs from the route's
    // last word of its own ("way") to the place.
    let lower = lowered(rest);
    let route = words.iter().take(SKIPPED + 1).find_map(|r| {
        let tail = &lower[r.start..];
        every_lang(|e| e.care_routes)
            .find(|p| tail.starts_with(p) && is_word_boundary(tail, 0, p.len()))
            .map(|p| (r.start, r.start + p.len()))
    });
    if let Some((start, end)) = route {
        let route_words = &lower[start..end];
        let own = pieces(route_words)
            .into_iter()
            .find(|w| {
                let w = &route_words[w.clone()];
                !crate::lang::is_stopword(w) && !any_lang(w, |e| e.articles)
            })
            .map(|w| start + w.start);
        // "on the way to Kasanga district hospital": the place is the head
        // of the few words after the article, as after a preposition.
        let place = pieces(&rest[end..])
            .into_iter()
            .map(|r| end + r.start..end + r.end)
            .skip_while(|r| any_lang(&bare(r), |e| e.articles))
            .take(NAMED)
            .scan(false, |closed, r| {
                let open = !*closed;
                *closed = rest[r.clone()].ends_with([',', ';', '.', ':']);
                open.then_some(r)
            })
            .find(|r| any_lang(&bare(r), |e| e.care_places))?;
        let before_route = words.iter().take_while(|r| r.start < start);
        if before_route.clone().any(|r| {
            has_figure(&rest[r.clone()]) || rest[r.clone()].ends_with([',', ';', '.', ':'])
        }) {
            return None;
        }
        return Some(from + own.unwrap_or(start)..from + place.start + bare(&place).len());
    }
    let at = words
        .iter()
        .take(SKIPPED + 1)
        .position(|r| any_lang(&bare(r), |e| e.place_prepositions))?;
    if words[..at]
        .iter()
        .any(|r| has_figure(&rest[r.clone()]) || rest[r.clone()].ends_with([',', ';', '.', ':']))
    {
        return None;
    }
    // "in the district hospital", "at Solem Children's Hospital": the
    // place is the head of the few words after the article.
    let mut after = words[at + 1..]
        .iter()
        .skip_while(|r| any_lang(&bare(r), |e| e.articles));
    let first = after.next()?;
    let place = std::iter::once(first)
        .chain(after.take(NAMED - 1))
        .scan(false, |closed, r| {
            // The phrase ends at its punctuation.
            let open = !*closed;
            *closed = rest[r.clone()].ends_with([',', ';', '.', ':']);
            open.then_some(r)
        })
        .find(|r| any_lang(&bare(r), |e| e.care_places))?;
    // "in a burns unit", "at the provincial hospital in Mazdan": the
    // words naming which place of care, from the first after the article.
    let end = place.start + bare(place).len();
    let end = named_town_after(rest, end).unwrap_or(end);
    Some(from + first.start..from + end)
}

/// "hospital in Mazdan": a preposition of place and one capitalised name
/// (no day or month) right after a place of care, where it is; the end of
/// the name.
fn named_town_after(rest: &str, end: usize) -> Option<usize> {
    let tail = &rest[end..];
    if !tail.starts_with(' ') {
        return None;
    }
    let words = pieces(tail);
    let link = &tail[words.first()?.clone()];
    let name = words.get(1)?;
    let raw = &tail[name.clone()];
    let bare = raw.trim_matches(|c: char| !c.is_alphanumeric());
    let low = lowered(bare);
    (any_lang(link, |e| e.place_prepositions)
        && bare.starts_with(char::is_uppercase)
        && !is_day_word(&low)
        && !is_month(&low))
    .then(|| end + name.start + raw.find(bare).unwrap_or(0) + bare.len())
}
