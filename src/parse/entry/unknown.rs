//! What a desk types beside its figures that is no claim: a metric whose
//! figure is not known yet (`injured tbc`, `missing: ?`) and a day's
//! change in brackets after a total (`toll 212 (+17)`), and an inclusive
//! ending glued to a word (`mort(s)`, `blessé(e)s`, `blessé·es`), and a
//! figure said again in words in brackets (`12 (twelve) dead`), and what
//! is feared of the missing (`5 missing, presumed dead`). All are blanked,
//! offsets kept.

use crate::lang::Lang;
use crate::parse::fold_case;
use crate::parse::lexicon::Lexicon;
use crate::text::words::blank;

/// What parts a line's metrics (a slash is left out: `n/a` holds one).
const SEPARATORS: [char; 5] = [',', ';', '|', '•', '·'];

/// `text` with every part that gives a metric no figure blanked out, with
/// the separator before it (`dead 3, injured tbc`), and every change in
/// brackets after a total (`toll 212 (+17)`).
pub(super) fn without_unknown(text: &str, lang: Lang, lexicon: &Lexicon) -> String {
    let out = without_inclusive_endings(&without_bracketed_change(text));
    let out = without_missing_fates(&out, lang);
    let mut out = without_restated(&out, lang);
    let mut start = 0;
    let mut cut_before: Option<usize> = None;
    let ends = text.char_indices().filter(|(_, c)| SEPARATORS.contains(c));
    for (at, len) in ends
        .map(|(at, c)| (at, c.len_utf8()))
        .chain([(text.len(), 0)])
    {
        if unknown_figure(&text[start..at], lang, lexicon) {
            // The separator before it goes with it, or the one after it
            // when it opens the line.
            let (from, to) = match cut_before {
                Some(cut) => (cut, at),
                None => (start, at + len),
            };
            blank(&mut out, from..to);
        }
        cut_before = Some(at);
        start = at + len;
    }
    out
}

/// `text` with what is feared of the missing blanked where it follows a
/// missing word, a comma or a joiner between (`5 missing, presumed dead`,
/// `3 disparus, présumés morts`): the same people, not a toll of its own.
fn without_missing_fates(text: &str, lang: Lang) -> String {
    let mut out = text.to_string();
    let folded = fold_case(text);
    let missing = (lang.metrics.iter())
        .filter(|(metric, _)| *metric == "missing")
        .flat_map(|(_, words)| words.iter())
        .map(|w| fold_case(w))
        .collect::<Vec<_>>();
    for fate in lang.entry.missing_fates {
        let Some(at) = super::infer::find_phrase(&folded, fate) else {
            continue;
        };
        let before = folded[..at.start].trim_end_matches([' ', ',', '-', '–', '—', '(']);
        let before = (lang.entry.joiners.iter())
            .find_map(|j| before.strip_suffix(j).map(str::trim_end))
            .unwrap_or(before);
        if missing.iter().any(|m| before.ends_with(m.as_str())) {
            blank(&mut out, at.start..at.end);
        }
    }
    out
}

/// `text` with a figure said again in words in brackets right after it
/// blanked (`12 (twelve) dead`, `3 (trois) morts`): the same count, once.
fn without_restated(text: &str, lang: Lang) -> String {
    let mut out = text.to_string();
    for (open, close) in brackets(text) {
        let inside = text[open + 1..close].trim();
        let head = text[..open].trim_end();
        let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let before: Option<f64> = head[head.len() - digits..].parse().ok();
        let counts = crate::parse::value::find_counts(inside, lang);
        let same = match counts.as_slice() {
            [(count, span)] => {
                span.len() == inside.len()
                    && count.low == count.high
                    && count.low.is_some()
                    && count.low == before
            }
            _ => false,
        };
        if digits > 0 && same && !inside.contains(|c: char| c.is_ascii_digit()) {
            blank(&mut out, open..close + 1);
        }
    }
    out
}

/// `text` with every inclusive ending glued to a word blanked (`3
/// mort(s)`, `blessé(s) : 6`): one or two small letters in brackets
/// right after a letter, which say the word may be plural, not more.
fn without_inclusive_endings(text: &str) -> String {
    let mut out = text.to_string();
    for (open, close) in brackets(text) {
        let inside = &text[open + 1..close];
        let glued = text[..open]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        if glued
            && (1..=2).contains(&inside.len())
            && inside.chars().all(|c| c.is_ascii_lowercase())
        {
            // "blessé(e)s": the ending's own ending goes with it.
            let tail = text[close + 1..]
                .find(|c: char| !c.is_ascii_lowercase())
                .unwrap_or(text.len() - close - 1);
            let end = if tail <= 2 {
                close + 1 + tail
            } else {
                close + 1
            };
            blank(&mut out, open..end);
        }
    }
    // "blessé·es", "mort·e·s": the same endings after a middle dot.
    for (dot, _) in text.match_indices('·') {
        let glued = text[..dot]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        let rest = &text[dot + '·'.len_utf8()..];
        let ending = rest.find(|c: char| !(c.is_ascii_lowercase() || c == '·'));
        let ending = &rest[..ending.unwrap_or(rest.len())];
        let short = ending.split('·').all(|e| (1..=2).contains(&e.len()));
        if glued && short && !ending.ends_with('·') {
            blank(&mut out, dot..dot + '·'.len_utf8() + ending.len());
        }
    }
    out
}

/// Each bracket of `text` that closes, as the offsets of its `(` and of
/// the first `)` after it.
fn brackets(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    text.match_indices('(').map_while(|(open, _)| {
        let close = open + text[open..].find(')')?;
        Some((open, close))
    })
}

/// Whether `part` is only a metric word and a mark for a figure not known
/// (`injured tbc`, `missing: ?`, `blessés : nc`).
fn unknown_figure(part: &str, lang: Lang, lexicon: &Lexicon) -> bool {
    if part.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let folded = fold_case(part.trim());
    let folded = folded.trim_end_matches(['.', ')', ' ']);
    // A whole word: "unk", not the end of "trunk".
    let word = |mark: &str, beside: Option<char>| {
        mark.starts_with(|c: char| !c.is_alphanumeric())
            || !beside.is_some_and(char::is_alphanumeric)
    };
    // After the metric ("injured tbc") or before it ("unknown number
    // injured").
    let head = lang.entry.unknown_marks.iter().find_map(|mark| {
        let after = folded
            .strip_suffix(mark)
            .filter(|h| word(mark, h.chars().next_back()));
        let before = || {
            folded
                .strip_prefix(mark)
                .filter(|t| word(mark, t.chars().next()))
        };
        after.or_else(before)
    });
    let Some(head) = head else {
        return false;
    };
    let head = head.trim_matches([':', '-', '–', '—', '=', '(', ' ']);
    // The metric word, and only words that say nothing beside it
    // ("number", "nombre de").
    let Some(found) = lexicon.find(head, lang).filter(|_| !head.is_empty()) else {
        return false;
    };
    let beside = format!("{} {}", &head[..found.span.start], &head[found.span.end..]);
    beside.split_whitespace().all(crate::lang::is_stopword)
}

/// `text` with a signed change in brackets after a figure blanked out
/// (`toll 212 (+17)`, `33 morts (+5)`): the total is the claim, the change
/// is how it moved.
fn without_bracketed_change(text: &str) -> String {
    let mut out = text.to_string();
    for (open, close) in brackets(text) {
        let Some(change) = text[open + 1..close].strip_prefix('+') else {
            continue;
        };
        let change = change.trim();
        let figure = !change.is_empty() && change.chars().all(|c| c.is_ascii_digit());
        let after_total = text[..open]
            .trim_end()
            .contains(|c: char| c.is_ascii_digit());
        if figure && after_total {
            blank(&mut out, open..close + 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{EN, FR};

    fn lexicon() -> Lexicon {
        Lexicon::builtin()
    }

    #[test]
    fn a_metric_without_its_figure_is_blanked_with_its_separator() {
        let lex = lexicon();
        assert_eq!(
            without_unknown("dead 3, injured tbc", EN, &lex).trim_end(),
            "dead 3"
        );
        assert_eq!(
            without_unknown("killed: 6 | hurt: 14 | missing: ?", EN, &lex).trim_end(),
            "killed: 6 | hurt: 14"
        );
        assert_eq!(
            without_unknown("blessés : nc, 4 morts", FR, &lex).trim(),
            "4 morts"
        );
    }

    #[test]
    fn a_mark_after_anything_but_a_metric_word_stays() {
        let lex = lexicon();
        for text in [
            "3 dead, cause unknown",
            "dead 3, trunk",
            "12 dead, toll tbc 14",
        ] {
            assert_eq!(without_unknown(text, EN, &lex), text);
        }
    }

    #[test]
    fn a_figure_said_again_in_words_is_blanked() {
        let lex = lexicon();
        assert_eq!(
            without_unknown("12 (twelve) dead", EN, &lex),
            "12          dead"
        );
        assert_eq!(
            without_unknown("3 (trois) morts", FR, &lex),
            "3         morts"
        );
        // Another figure, or words that are no figure, stay.
        for text in ["12 (two) dead", "12 (police) dead", "12 (twelve more) dead"] {
            assert_eq!(without_unknown(text, EN, &lex), text);
        }
    }

    #[test]
    fn an_inclusive_ending_is_blanked() {
        let lex = lexicon();
        assert_eq!(without_unknown("3 mort(s)", FR, &lex).trim_end(), "3 mort");
        assert_eq!(
            without_unknown("blessé(e)s : 6", FR, &lex),
            "blessé     : 6"
        );
        // Spaced, or more than an ending: a word of its own.
        for text in ["3 dead (s)", "3 dead(sic)", "toll(Kaza) 3"] {
            assert_eq!(without_unknown(text, EN, &lex), text);
        }
        // After a middle dot, as inclusive writing has it.
        assert_eq!(
            without_unknown("blessé·es : 14", FR, &lex),
            "blessé     : 14"
        );
        assert_eq!(without_unknown("3 mort·e·s", FR, &lex).trim_end(), "3 mort");
        // A bullet between words, or a longer word after it, stays.
        for text in ["3 morts · 4 blessés", "morts·blessés 3", "3 morts·"] {
            assert_eq!(without_unknown(text, FR, &lex), text);
        }
    }

    #[test]
    fn a_change_in_brackets_after_a_total_is_blanked() {
        let lex = lexicon();
        assert_eq!(
            without_unknown("toll 212 (+17)", EN, &lex).trim_end(),
            "toll 212"
        );
        // No total before it: the change is all there is, and is refused later.
        assert_eq!(without_unknown("(+17) dead", EN, &lex), "(+17) dead");
        assert_eq!(
            without_unknown("12 dead (+ police)", EN, &lex),
            "12 dead (+ police)"
        );
    }
}
