//! Cutting an article's text into sentences.
//!
//! A cut looks back only within a word or a line, and ahead only past
//! whitespace to the next character that is not. So on any prefix of a
//! text, every sentence but the last is one the whole text has too: the
//! last may run on, everything before it is settled. The stream keeps that
//! last sentence and cuts again once more text has come.

use std::ops::Range;

/// The longest sentence read, in bytes. Sentences of news copy are a few
/// hundred characters; a longer run with no sentence break is not prose,
/// and reading one costs time that grows faster than its length.
pub const MAX_SENTENCE: usize = 64 * 1024;

/// Sentence byte ranges: cut after `.` `!` `?` (and any closing quote)
/// followed by a space and a capital, digit or quote; and at line breaks,
/// unless the line runs on in lower case (a hard-wrapped paragraph).
pub(super) fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut cuts: Vec<usize> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        match c {
            '\n' => {
                let before = text[..at].trim_end_matches([' ', '\t', '\r']);
                let last = before.chars().next_back();
                let next = text[at + 1..].trim_start().chars().next();
                let runs_on = last.is_some_and(|l| l.is_alphanumeric() || l == ',')
                    && next.is_some_and(char::is_lowercase);
                if !runs_on {
                    cuts.push(at + 1);
                }
            }
            '.' | '!' | '?' | '…' => {
                // Skip closing quotes and brackets.
                let mut j = i + 1;
                while j < chars.len() && matches!(chars[j].1, '"' | '»' | '”' | '\'' | ')' | '’')
                {
                    j += 1;
                }
                let Some(&(space_at, space)) = chars.get(j) else {
                    continue;
                };
                if !space.is_whitespace() || space == '\n' {
                    continue;
                }
                let next = text[space_at..].trim_start().chars().next();
                let opens = next.is_some_and(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '«' | '“' | '\'')
                });
                if !opens {
                    continue;
                }
                if c == '.' {
                    let word: String = text[..at]
                        .chars()
                        .rev()
                        .take_while(|ch| ch.is_alphabetic())
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    // "after 10 p.m. Among the wounded": a dotted unit of
                    // time ends its sentence, whatever its last letter
                    // abbreviates alone (French `M.`).
                    let token: String = text[..=at]
                        .chars()
                        .rev()
                        .take_while(|ch| ch.is_alphabetic() || *ch == '.')
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    let unit = token.len() > word.len() + 1
                        && super::words::any_lang(&token.to_lowercase(), |e| e.units);
                    if !unit && super::words::any_lang(&word.to_lowercase(), |e| e.abbreviations) {
                        continue;
                    }
                }
                cuts.push(space_at);
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain(std::iter::once(text.len())) {
        if cut <= start {
            continue;
        }
        let piece = &text[start..cut];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if lead < piece.len() {
            out.push(start + lead..cut - trail);
        }
        start = cut;
    }
    out
}
