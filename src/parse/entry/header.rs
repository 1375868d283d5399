//! A header opening a pasted line (`UPDATE 2:`, `[LIVE]`, `màj :`): it
//! says when or how the line came, and its number counts no one.

use crate::lang::Lang;
use crate::parse::fold_case;
use crate::text::words::{blank, is_word_boundary};

/// `text` with an opening header blanked out, offsets kept: a header word
/// of the language, in brackets or not, with any number of its own, ended
/// by a colon, a bar, a dash or its closing bracket (`UPDATE 2:`, `[LIVE]`,
/// `màj :`, `ALERTE |`).
pub(super) fn without_header(text: &str, lang: Lang) -> String {
    let text = without_struck(&without_thread_number(text));
    let text = without_dateline(&text, lang);
    let text = without_trailing_header(&without_opening_header(&text, lang), lang);
    without_zoned_times(&text, lang)
}

/// `text` with every time of day in four digits blanked, offsets kept,
/// where a zone follows it (`at 1130 GMT`, `1800 local`) or a day of the
/// week comes before it and a colon or a closing bracket after it (`Tue
/// 1800: 71 dead`, `(Sun 1740)`): it
/// says when, and read as a figure it would count 1,130 people.
fn without_zoned_times(text: &str, lang: Lang) -> String {
    let folded = fold_case(text);
    let mut out = text.to_string();
    let bytes = folded.as_bytes();
    let mut at = 0;
    while at + 4 <= bytes.len() {
        let four = at + 4;
        let digits = bytes[at..four].iter().all(u8::is_ascii_digit);
        if !digits || !is_word_boundary(&folded, at, four) {
            at += 1;
            continue;
        }
        let time = folded[at..at + 2] <= *"23" && folded[at + 2..four] <= *"59";
        let after = folded[four..].trim_start();
        let zone = lang
            .entry
            .time_zones
            .iter()
            .find(|z| after.starts_with(*z) && is_word_boundary(after, 0, z.len()))
            // Not "1800 local residents": a word after the zone would be
            // who is counted.
            .filter(|z| {
                !after[z.len()..]
                    .trim_start()
                    .starts_with(char::is_alphabetic)
            });
        let day_before = folded[..at]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| {
                let day = |(d, _): &(&str, _)| *d == w;
                lang.dates.weekdays.iter().any(day) || lang.dates.weekday_abbrevs.iter().any(day)
            });
        // "UPDATE (Sun 1740): 63 dead": the bracket closes on the time.
        let ends_stamp = after.starts_with(':') || after.starts_with(')');
        if time && (zone.is_some() || (day_before && ends_stamp)) {
            let end = zone.map_or(four, |z| folded.len() - after.len() + z.len());
            blank(&mut out, at..end);
            at = end;
        } else {
            at = four;
        }
    }
    out
}

/// `text` with a thread's post number blanked out (`1/ Toll in … rises
/// to 14`), or a list item's (`3) 4 dead`): one or two digits and a slash
/// or a closing bracket opening the line, a space after.
fn without_thread_number(text: &str) -> String {
    let rest = text.trim_start();
    let lead = text.len() - rest.len();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // "3) 4 dead in Ruska": an item's number in a pasted list, when the
    // item's own figure follows it ("3) dead, 2 missing" keeps its 3).
    let numbered = (1..=2).contains(&digits)
        && (rest[digits..].starts_with('/')
            || (rest[digits..].starts_with(')')
                && rest[digits + 1..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())))
        && rest[digits + 1..].starts_with(char::is_whitespace);
    if !numbered {
        return text.to_string();
    }
    let end = lead + digits + 1;
    let mut out = " ".repeat(end);
    out.push_str(&text[end..]);
    out
}

/// `text` with what a desk struck through blanked out (`~~9~~ 11 dead`):
/// the figure it replaced is no claim.
fn without_struck(text: &str) -> String {
    let mut out = text.to_string();
    while let Some(open) = out.find("~~") {
        let Some(close) = out[open + 2..].find("~~").map(|at| open + 2 + at + 2) else {
            break;
        };
        out.replace_range(open..close, &" ".repeat(close - open));
    }
    out
}

/// `text` with a wire dateline blanked out, the agency kept (it gives the
/// figures): a place in capitals and a day and month, each after the
/// other with a comma, before an agency in brackets and a dash
/// (`KERZANEC, 12 mai (Reuters) -`, `LAGOS, March 3 (AP) —`). The place's
/// capitals would read as a name and the day as a figure.
fn without_dateline(text: &str, lang: Lang) -> String {
    let Some(open) = text.find('(') else {
        return text.to_string();
    };
    let Some(close) = text[open..].find(')').map(|c| open + c) else {
        return text.to_string();
    };
    let agency = fold_case(text[open + 1..close].trim());
    let dashed = text[close + 1..].trim_start().starts_with(['-', '–', '—']);
    let Some((place, after_place)) = text[..open].split_once(',') else {
        return text.to_string();
    };
    let capitals = place.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '’'));
    let month = |w: &str| {
        let w = w.trim_end_matches('.');
        lang.dates.months.iter().any(|m| m.word == w)
    };
    let day = |d: &str| d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit());
    // After the place, its country in title case, a day and month, or
    // both (`KESRA, Talvania (AP) —`, `LAGOS, Nigeria, March 3 (AP) —`).
    let segment = |part: &str| {
        let folded = fold_case(part);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let dated = match words.as_slice() {
            [a, b] => (day(a) && month(b)) || (month(a) && day(b)),
            _ => false,
        };
        let country = (1..=3).contains(&part.split_whitespace().count())
            && part
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
        dated || country
    };
    let dated = after_place.len() < 40 && after_place.split(',').all(segment);
    if !(capitals && dated && dashed && crate::lang::is_news_agency(&agency)) {
        return text.to_string();
    }
    let mut out = " ".repeat(open);
    out.push_str(&text[open..]);
    out
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

/// `text` with an opening header blanked out (see `without_header`): a
/// header word, bare or in brackets, then its stamps (its number, `n°4`,
/// `+3`, a day `12/10`, a time `18h`, `1130 GMT`, in brackets or not), up
/// to a colon, a bar or a dash; or a time of day alone before one (`0930:`,
/// `14:05 -`, `09h58 :`), which says when the line came.
fn without_opening_header(text: &str, lang: Lang) -> String {
    // "🔴 ALERTE |": a mark before the header is part of it.
    let lead = text.len()
        - text
            .trim_start_matches(|c: char| {
                !c.is_alphanumeric() && !matches!(c, '[' | '(') && !c.is_ascii_punctuation()
            })
            .len();
    let folded = fold_case(text);
    let (mut end, worded) = match header_word(&folded, lead, lang) {
        Some(end) => (end, true),
        None => (lead, false),
    };
    let closed = worded && folded[lead..].starts_with(['[', '(']);
    let mut timed = false;
    let mut numbered = false;
    while let Some((len, time)) = stamp(&folded[end..], worded && !closed && !numbered, lang) {
        numbered = true;
        timed |= time;
        end += len;
    }
    if !worded && !timed {
        return text.to_string();
    }
    let after = text[end..].trim_start();
    // A dash ends a header only with a space before it ("Update 20-30
    // dead" is a range), or glued before a word ("UPDATE 1-Floods").
    let spaced = text[..text.len() - after.len()].ends_with(char::is_whitespace);
    let worded_dash = after.starts_with('-') && after[1..].starts_with(char::is_alphabetic);
    let mark = after.chars().next().filter(|c| {
        matches!(c, ':' | '|')
            || (spaced && matches!(c, '-' | '–' | '—'))
            || (worded && *c == '-' && worded_dash)
    });
    // "TOLL UPDATE // 12 dead", "BREAKING NEWS *** 40 dead": a spaced run
    // of slashes or stars ends it too.
    let run = after.len() - after.trim_start_matches(['/', '*']).len();
    let end = match mark {
        Some(mark) => text.len() - after.len() + mark.len_utf8(),
        None if worded && spaced && run >= 2 => text.len() - after.len() + run,
        // "[LIVE] 5 dead", "UPDATE 09:40 5 dead": a bracketed header or a
        // time ends the header by itself.
        None if closed || (worded && timed) => end,
        None => return text.to_string(),
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&" ".repeat(end));
    out.push_str(&text[end..]);
    out
}

/// Where a header word of the language opening `folded` at `at` ends,
/// past its closing bracket when it is in brackets with nothing but
/// stamps (`[LIVE]`, `(UPDATE 2)`).
fn header_word(folded: &str, at: usize, lang: Lang) -> Option<usize> {
    let bracket = folded[at..].starts_with(['[', '(']);
    let start = at + usize::from(bracket);
    let body = &folded[start..];
    let word = lang
        .entry
        .headers
        .iter()
        .filter(|h| body.starts_with(*h) && is_word_boundary(body, 0, h.len()))
        .max_by_key(|h| h.len())?;
    let mut end = start + word.len();
    if bracket {
        let mut numbered = false;
        while let Some((len, _)) = stamp(&folded[end..], !numbered, lang) {
            numbered = true;
            end += len;
        }
        let rest = folded[end..].trim_start();
        let close = rest.strip_prefix([']', ')'])?;
        end = folded.len() - close.len();
    }
    Some(end)
}

/// The length of a stamp opening `text` after spaces, and whether it is a
/// time: a time of day with its zone, a day and month, in brackets or not,
/// or (when `number` allows) a header's own number.
fn stamp(text: &str, number: bool, lang: Lang) -> Option<(usize, bool)> {
    let rest = text.trim_start();
    let lead = text.len() - rest.len();
    if let Some(inner) = rest.strip_prefix(['(', '[']) {
        let mut len = 1;
        let mut time = false;
        while let Some((l, t)) = stamp(&inner[len - 1..], false, lang) {
            len += l;
            time |= t;
        }
        let close = inner[len - 1..].trim_start();
        let len = rest.len() - close.strip_prefix([')', ']'])?.len();
        return (len > 2).then_some((lead + len, time));
    }
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let whole = |len: usize| !rest[len..].starts_with(|c: char| c.is_alphanumeric());
    let zone = |len: usize| {
        let after = rest[len..].trim_start();
        lang.entry
            .time_zones
            .iter()
            .find(|z| after.starts_with(*z) && is_word_boundary(after, 0, z.len()))
            .map_or(len, |z| rest.len() - after.len() + z.len())
    };
    let hours = digits(rest);
    // "18:40", "09h58", "18h".
    if (1..=2).contains(&hours) && rest[hours..].starts_with([':', 'h']) {
        let minutes = digits(&rest[hours + 1..]);
        let len = hours + 1 + minutes;
        if (minutes == 2 || (minutes == 0 && rest[hours..].starts_with('h'))) && whole(len) {
            return Some((lead + zone(len), true));
        }
    }
    // "0930", "1130 GMT": four digits of a time, led by a zero or zoned.
    if hours == 4 && whole(4) && rest[..2] <= *"23" && rest[2..4] <= *"59" {
        let zoned = zone(4);
        if rest.starts_with('0') || zoned > 4 {
            return Some((lead + zoned, true));
        }
    }
    if !number {
        return None;
    }
    // "12/10": the day of the update.
    if (1..=2).contains(&hours) && rest[hours..].starts_with('/') {
        let month = digits(&rest[hours + 1..]);
        if (1..=2).contains(&month) && whole(hours + 1 + month) {
            return Some((lead + hours + 1 + month, false));
        }
    }
    // "UPDATE 2", "J+3", "n°4", "#4": the header's own number.
    let mark = ["+", "#"]
        .into_iter()
        .chain(lang.entry.number_marks.iter().copied())
        .find(|m| rest.starts_with(m))
        .map_or(0, str::len);
    let after = rest[mark..].trim_start();
    let at = rest.len() - after.len();
    let n = digits(after);
    ((1..=3).contains(&n) && !after[n..].starts_with(|c: char| c.is_alphanumeric()))
        .then_some((lead + at + n, false))
}

/// The text after a time's minutes (`:40`, `h40`, after the hour's digits
/// were passed) and the spaces after them.
fn past_time(after: &str) -> Option<&str> {
    let rest = after.strip_prefix([':', 'h', 'H'])?;
    let minutes = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (minutes == 2).then(|| rest[2..].trim_start())
}
