//! People at the scene whom a figure counts for no metric: rescuers or
//! forces sent there, and those who were only present.

use super::words::*;
use std::ops::Range;

/// Whether a verb sending people to the scene stands within a few words
/// of the figure, in its clause ("a engagé une vingtaine de militaires",
/// "200 sapeurs-pompiers sont mobilisés"): rescuers or forces.
pub(in crate::extract) fn deployed(text: &str, r: &Range<usize>) -> bool {
    let verb = |w: &str| {
        any_lang(
            &lowered(w.trim_matches(|c: char| !c.is_alphanumeric())),
            |e| e.deployment_verbs,
        )
    };
    let before = words_before(text, r.start, 6).into_iter().any(|(w, _)| {
        verb(&w)
            || any_lang(
                &lowered(w.trim_matches(|c: char| !c.is_alphanumeric())),
                |e| e.deployment_verbs_before,
            )
    });
    let rest = &text[r.end..];
    let after = pieces(rest)
        .into_iter()
        .take(4)
        .take_while(|p| !rest[..p.start].contains([',', ';', '.', ':']))
        .any(|p| verb(&rest[p]));
    before || after
}

/// Whether the figure starting at `start` follows a phrase of presence
/// in its clause ("en présence du maire et de plusieurs dizaines
/// d'habitants"): people who were there.
pub(in crate::extract) fn present_at(text: &str, start: usize) -> bool {
    let lower = lowered(&text[..start]);
    every_lang(|e| e.presence_phrases).any(|p| {
        lower.match_indices(p).any(|(at, _)| {
            is_word_boundary(&lower, at, at + p.len())
                && !lower[at + p.len()..].contains([',', ';', '.', ':'])
        })
    })
}
