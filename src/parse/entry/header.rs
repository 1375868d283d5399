//! A header opening a pasted line (`UPDATE 2:`, `[LIVE]`, `màj :`): it
//! says when or how the line came, and its number counts no one.

use crate::lang::Lang;
use crate::parse::fold_case;
use crate::text::words::is_word_boundary;

/// `text` with an opening header blanked out, offsets kept: a header word
/// of the language, in brackets or not, with any number of its own, ended
/// by a colon, a bar, a dash or its closing bracket (`UPDATE 2:`, `[LIVE]`,
/// `màj :`, `ALERTE |`).
pub(super) fn without_header(text: &str, lang: Lang) -> String {
    without_trailing_header(&without_opening_header(text, lang), lang)
}

/// `text` with a header closing it blanked out: after a comma, a bar, a
/// dash or in brackets, a header word and its number or a time of day,
/// nothing after (`16 → 22 morts, MAJ 18h`, `12 dead (update 2)`).
fn without_trailing_header(text: &str, lang: Lang) -> String {
    let Some(mark) = text.rfind([',', ';', '|', '(', '—', '–']) else {
        return text.to_string();
    };
    let width = text[mark..].chars().next().map_or(1, char::len_utf8);
    let tail = &text[mark + width..];
    let folded = fold_case(tail.trim_start().trim_end_matches([')', '.', ' ']));
    let timed = lang.entry.headers.iter().any(|h| {
        folded
            .strip_prefix(h)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| {
                let rest = rest.trim_start();
                let hours =
                    rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                let after = &rest[hours..];
                // "UPDATE 2": the header's own number; "MAJ 18h", "18h40".
                (1..=2).contains(&hours)
                    && (matches!(after, "" | "h" | ":") || past_time(after) == Some(""))
            })
    });
    if !timed {
        return text.to_string();
    }
    let mut out = text[..mark].to_string();
    out.push_str(&" ".repeat(text.len() - mark));
    out
}

/// `text` with an opening header blanked out (see `without_header`).
fn without_opening_header(text: &str, lang: Lang) -> String {
    // "🔴 ALERTE |": a mark before the header is part of it.
    let lead = text.len()
        - text
            .trim_start_matches(|c: char| {
                !c.is_alphanumeric() && !matches!(c, '[' | '(') && !c.is_ascii_punctuation()
            })
            .len();
    let rest = &text[lead..];
    let bracket = rest.starts_with(['[', '(']);
    let body = &rest[usize::from(bracket)..];
    let folded = fold_case(body);
    let Some(word) = lang
        .entry
        .headers
        .iter()
        .find(|h| folded.starts_with(*h) && is_word_boundary(&folded, 0, h.len()))
    else {
        return text.to_string();
    };
    let mut end = lead + usize::from(bracket) + word.len();
    if bracket {
        match text[end..].find([']', ')']) {
            Some(at)
                if text[end..end + at]
                    .trim()
                    .chars()
                    .all(|c| c.is_ascii_digit()) =>
            {
                end += at + 1;
            }
            _ => return text.to_string(),
        }
    } else {
        let after =
            text[end..].trim_start_matches(|c: char| c.is_whitespace() || c.is_ascii_digit());
        // "UPDATE 09:40 —": the header's number is a time, and its colon
        // no mark.
        let timed = past_time(after);
        let after = timed.unwrap_or(after);
        // A dash ends a header only with a space before it: "Update 20-30
        // dead" is a range.
        let spaced = text[..text.len() - after.len()].ends_with(char::is_whitespace);
        let mark = after
            .chars()
            .next()
            .filter(|c| matches!(c, ':' | '|') || (spaced && matches!(c, '-' | '–' | '—')));
        end = match (mark, timed) {
            (Some(mark), _) => text.len() - after.len() + mark.len_utf8(),
            // "UPDATE 09:40 5 dead": a time ends the header by itself.
            (None, Some(_)) => text.len() - after.len(),
            (None, None) => return text.to_string(),
        };
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(&" ".repeat(end));
    out.push_str(&text[end..]);
    out
}

/// The text after a time's minutes (`:40`, `h40`, after the hour's digits
/// were passed) and the spaces after them.
fn past_time(after: &str) -> Option<&str> {
    let rest = after.strip_prefix([':', 'h', 'H'])?;
    let minutes = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (minutes == 2).then(|| rest[2..].trim_start())
}
