//! Who gave a figure, as a desk types it beside the figure: a label
//! before it (`AFP: 26 dead`, `Reuters - 12 dead`) or a source after it,
//! in brackets or after a dash (`31 dead [AP]`, `16 killed - governor`).
//! Neither names who is counted, so both leave the qualifier.

use crate::lang::ALL;
use crate::parse::fold_case;
use crate::parse::lexicon::MetricMatch;
use std::ops::Range;

/// A source written before the figure and cut off by a colon or a spaced
/// dash (`AFP: 26 dead`, `Reuters - 12 dead`), or in capitals in brackets
/// after it (`45 dead (AFP)`): who says it, not who is counted. A label of
/// the metric word itself (`soldiers killed: 12`) is kept.
pub(super) fn source_labels(
    fragment: &str,
    value: &Range<usize>,
    metric: Option<&MetricMatch>,
) -> Vec<Range<usize>> {
    // "18h: 25 morts (préfecture)": one before and one after.
    [
        label_before(fragment, value, metric),
        label_after(fragment, value),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn label_before(
    fragment: &str,
    value: &Range<usize>,
    metric: Option<&MetricMatch>,
) -> Option<Range<usize>> {
    let before = &fragment[..value.start];
    // "(Reuters) 9 dead", "[AFP] 13 morts": a bracket opening the entry
    // before its figure holds who gave it.
    let lead = before.len() - before.trim_start().len();
    if before[lead..].starts_with(['(', '['])
        && let Some(close) = before.find([')', ']'])
        && !before[lead..close].chars().any(|c| c.is_ascii_digit())
    {
        return Some(lead..close + 1);
    }
    // "first toll (fire svc) 6 dead": a source in brackets before the
    // figure, after words that head the toll.
    // The bracket ends on the source word ("(health service workers)"
    // are who is counted).
    if let Some(open) = before.rfind(['(', '['])
        && let Some(close) = before[open..].find([')', ']']).map(|at| open + at)
        && before[close + 1..].trim().is_empty()
        && names_source(&before[open + 1..close])
        && before[open + 1..close]
            .split_whitespace()
            .next_back()
            .is_some_and(names_source)
    {
        return Some(open..close + 1);
    }
    let mark = [": ", " - ", " – ", " — "]
        .iter()
        .filter_map(|m| before.rfind(m).map(|at| at + m.trim_end().len()))
        .chain(before.trim_end().strip_suffix(':').map(|b| b.len() + 1))
        .max();
    if let Some(end) = mark
        && metric.is_none_or(|m| m.span.is_empty() || m.span.start >= end)
    {
        return Some(0..end);
    }
    None
}

fn label_after(fragment: &str, value: &Range<usize>) -> Option<Range<usize>> {
    // "16 killed - governor": a spaced dash after the figure, then only
    // who says it.
    let after = &fragment[value.end..];
    // ("-- civil defence": a dash typed twice; "-ministry", "-state TV"
    // as wire headlines write it; "60 missing: coastguard".)
    if let Some(at) = [" - ", " – ", " — ", " -- ", " -", ": "]
        .iter()
        .filter_map(|m| after.rfind(m))
        .max()
        .map(|at| value.end + at)
        && let mark = &fragment[at..]
        && let tail = mark.trim_start_matches([' ', '-', '–', '—', ':'])
        // After a colon or a glued dash, a short tail that is all a source
        // ("60 missing: fishermen, coastguard says" keeps the fishermen).
        && let restricted = (mark.starts_with(": ")
            || (mark.starts_with(" -") && !mark.starts_with(" - ") && !mark.starts_with(" --")))
        && (!restricted || (tail.split_whitespace().count() <= 3 && !tail.contains([',', '(', '['])))
        && (names_source(tail) || names_body(tail))
    {
        return Some(at..fragment.len());
    }
    let open = after.find(['(', '[']).map(|at| value.end + at)?;
    let close = fragment[open..].find([')', ']']).map(|at| open + at)?;
    let inside = fragment[open + 1..close].trim();
    let capitals = !inside.is_empty()
        && inside
            .split_whitespace()
            .all(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.'));
    // ("23 morts (police) / 31 (LTDH)": a list's separator may follow.)
    let rest =
        fragment[close + 1..].trim_matches(|c: char| c.is_whitespace() || "/|;,".contains(c));
    ((capitals || names_source(inside) || names_body(inside)) && rest.is_empty())
        .then_some(open..close + 1)
}

/// Whether `text` (after a figure, in brackets or after a dash) says who
/// gave it: no figure, and a word naming a source (`state media`,
/// `governor`, `préfecture`, `hospital sources`); `(police officers)` or
/// `(residents)` may be the ones counted.
pub(super) fn names_source(text: &str) -> bool {
    !text.chars().any(|c| c.is_ascii_digit()) && has_source_word(text)
}

/// Whether `text` is all a body that speaks (`coast guard`, `(police)`,
/// `l'armée`): alone after a figure, it says who counted; `(police
/// officers)`, `(both police)` count them.
fn names_body(text: &str) -> bool {
    let said = crate::text::words::fold_word(text.trim().trim_end_matches('.'));
    // "(bilan ARS)", "(police toll)": the report's noun beside the body.
    let report = |w: &str| {
        ALL.iter().any(|l| {
            l.extraction
                .report_nouns
                .iter()
                .any(|r| crate::text::words::fold_word(r) == w)
        })
    };
    let said = match said.split_once(' ') {
        Some((first, rest)) if report(first) => rest.to_string(),
        _ => match said.rsplit_once(' ') {
            Some((rest, last)) if report(last) => rest.to_string(),
            _ => said,
        },
    };
    ALL.iter().any(|l| {
        l.entry
            .source_bodies
            .iter()
            .any(|b| crate::text::words::fold_word(b) == said)
    })
}

/// Whether a word of `text` names a source (`govt`, `ministry`, an agency).
pub(super) fn has_source_word(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = fold_case(w.trim_matches(|c: char| !c.is_alphanumeric()));
        crate::lang::is_news_agency(&w)
            || ALL
                .iter()
                .any(|l| l.entry.source_words.contains(&w.as_str()))
    })
}

/// Whether the figure at `figure` in `text` is the number of a body named
/// just before it (`Sdis 33 : 4 morts`, `selon le Sdis 06, 2 morts`): part
/// of who gives the toll, not a count. Punctuation and more of the entry
/// follow it, and it is written with a leading zero or a colon after it
/// ("toll: the govt 34, the UN 50" are two tolls).
pub(super) fn numbers_a_source(text: &str, figure: &Range<usize>) -> bool {
    let said = &text[figure.clone()];
    let before = text[..figure.start].trim_end();
    // "préf. 974 : 1 mort": a body's short form keeps its full stop.
    let word = before
        .trim_end_matches('.')
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // A figure a word follows counts it ("préfecture 12 morts").
    let glued = text[figure.end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    let rest = text[figure.end..].trim_start();
    let named = said.starts_with('0') || rest.starts_with(':');
    said.chars().all(|c| c.is_ascii_digit())
        && said.len() <= 3
        && named
        && rest.len() > 1
        && before.len() < figure.start
        && !glued
        && !rest.starts_with(char::is_alphanumeric)
        && !word.is_empty()
        && ALL
            .iter()
            .any(|l| l.entry.source_words.contains(&fold_case(word).as_str()))
}
