//! Bound and breakdown words typed a letter wrong (`at lest 10 dead`, `au
//! moin 5 morts`, `plsu de 50 blessés`, `9 morts dnot 3 enfants`): read as
//! typed, the word lands in the qualifier and the bound is lost, so `at
//! lest 10` would record exactly 10. A word is mended only inside a whole
//! phrase of the language's bound or breakdown words whose other words are
//! typed right and which a figure follows. No word of any language here.

use crate::lang::Lang;
use crate::parse::typos::near_miss_in_phrase;
use crate::text::tokens::words_joined_by;
use crate::text::words::fold_word;
use std::borrow::Cow;
use std::ops::Range;

/// A place labelling the figures after it (`Sorvo - 5 dead, 12 hurt;`):
/// its words, and where what it labels ends (the next `;` or `|`).
pub(super) struct PlaceLabel {
    pub(super) words: Range<usize>,
    pub(super) until: usize,
}

/// Places labelling figures in turn (`Bamoko : 6 morts ; Tiéra : 3`,
/// `deaths - Lyon: 14; Grenoble: 6`) with their colons blanked out, so
/// each place stays with its figure instead of reading as who gave it.
/// Two such labels at least, each one to three words, capitalised, with
/// no figure and naming no source, header or metric, or one marked as a
/// place by a pin (`📍 Halvik: 12 hurt`); offsets are kept. The labels
/// come back too, so the figures after the first one keep their place.
pub(super) fn place_labels(text: &str, lang: Lang) -> (Cow<'_, str>, Vec<PlaceLabel>) {
    // ("Harnek - 4 dead; Oleby - 2 dead": a spaced dash labels too.)
    let marks = text
        .match_indices([':', '-', '–', '—'])
        .filter(|&(at, mark)| {
            mark == ":" || (text[..at].ends_with(' ') && text[at + mark.len()..].starts_with(' '))
        });
    let labels: Vec<(usize, usize, usize)> = marks
        .map(|(at, mark)| (at, mark.len()))
        .filter_map(|(at, len)| {
            let rest = text[at + len..].trim_start();
            let start = text[..at]
                .rfind([';', '|', '/', ',', '-', '–', '—', '(', '['])
                .map_or(0, |s| {
                    s + text[s..].chars().next().map_or(1, char::len_utf8)
                })
                .max(sentence_start(&text[..at]));
            let place = rest.starts_with(|c: char| c.is_ascii_digit())
                && is_place_label(&text[start..at], lang);
            place.then_some((start, at, len))
        })
        .collect();
    let pinned =
        |&(start, _, _): &(usize, usize, usize)| text[start..].trim_start().starts_with(PIN);
    if labels.len() < 2 && !labels.iter().any(pinned) {
        return (Cow::Borrowed(text), Vec::new());
    }
    let mut out = text.to_string();
    let mut found = Vec::with_capacity(labels.len());
    for (n, &(start, at, len)) in labels.iter().enumerate() {
        crate::text::words::blank(&mut out, at..at + len);
        // Up to the end of its piece or the next label ("Sernik: 11 dead,
        // Durrat: 4 dead").
        let next = labels.get(n + 1).map_or(text.len(), |l| l.0);
        let until = (text[at..].find([';', '|'])).map_or(next, |e| (at + e).min(next));
        let words = text[start..at].trim_end();
        let lead = words.len()
            - words
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        found.push(PlaceLabel {
            words: start + lead..start + words.len(),
            until,
        });
    }
    (Cow::Owned(out), found)
}

/// Where the last sentence of `head` starts: after a full stop and a
/// space that end a word in lower case or a figure (`Quartier nord : 12
/// blessés. Quartier sud : 5 blessés`), not an abbreviation (`St. Ives`).
fn sentence_start(head: &str) -> usize {
    head.match_indices(". ")
        .filter(|&(at, _)| {
            let word = head[..at]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            word.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        })
        .last()
        .map_or(0, |(at, _)| at + 2)
}

/// The pin desks put before a place (`📍 Drenna: 7 dead`).
const PIN: char = '📍';

pub(super) fn is_place_label(label: &str, lang: Lang) -> bool {
    let label = label.trim_start().trim_start_matches(PIN);
    let words: Vec<&str> = label.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        })
        && !super::source::names_source(label)
        && !words.iter().any(|w| {
            let w = crate::parse::fold_case(w);
            crate::lang::is_metric_word(&w)
                || crate::lang::is_basis_word(&w)
                || crate::lang::is_news_agency(&w)
                || lang.entry.headers.contains(&w.as_str())
        })
}

/// `driver, 42, arrested`: an age between commas after who it is, at the
/// start of the entry, written in brackets (`driver (42) arrested`), as
/// desks also type it, so it is no count of its own. Only after words with
/// no figure and no metric word, and only a figure of up to three digits
/// no older than people live; offsets are kept.
pub(super) fn age_in_commas(text: &str, lang: Lang) -> Cow<'_, str> {
    let Some(first) = text.find(", ") else {
        return Cow::Borrowed(text);
    };
    let head = &text[..first];
    let rest = &text[first + 2..];
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let age: Option<u32> = rest[..digits].parse().ok();
    // One role typed in lower case ("Halden, 9, dead" is a place;
    // "protesters, 30, arrested" counts them).
    let last = head.split_whitespace().next_back().unwrap_or("");
    let who = !head.trim().is_empty()
        && head.split_whitespace().count() <= 3
        && head
            .chars()
            .all(|c| c.is_lowercase() || c == ' ' || c == '\'' || c == '’')
        && !head.split_whitespace().any(crate::lang::is_metric_word)
        && !lang.entry.is_plural(last)
        && !lang.entry.collective_nouns.contains(&last);
    // Only before what is done to one person held ("arrested", "in
    // custody"), with no figure after: "kabul, 12, dead" gives Kabul's
    // dead.
    let tail = text.get(first + 2 + digits + 2..).unwrap_or("");
    let held = tail.split_whitespace().take(2).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let metric_word = lang
            .metrics
            .iter()
            .any(|(m, ws)| *m == "detained" && ws.contains(&w.as_str()));
        let basis_word = lang.entry.bases.iter().any(|b| {
            b.metric == "detained"
                && b.all_of
                    .iter()
                    .flat_map(|g| g.iter())
                    .any(|p| p.split(' ').any(|pw| pw == w))
        });
        metric_word || basis_word
    });
    let digitless = !tail.chars().any(|c| c.is_ascii_digit());
    if !who
        || !held
        || !digitless
        || !age.is_some_and(|a| (1..=110).contains(&a))
        || !rest[digits..].starts_with(", ")
    {
        return Cow::Borrowed(text);
    }
    let at = first + 2 + digits;
    Cow::Owned(format!("{head} ({}) {}", &rest[..digits], &text[at + 2..]))
}

/// A headline typed in title case (`Bus Driver Among 11 Dead`) in lower
/// case: its capitals mark no name. Title case is every word capitalised,
/// a small word too; offsets are kept (else the text is left as typed).
pub(super) fn headline_lowered(text: &str) -> Cow<'_, str> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let title = words.len() >= 3
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words.iter().any(|w| {
            w.chars().skip(1).any(char::is_lowercase) && crate::lang::is_stopword(&w.to_lowercase())
        });
    match title.then(|| text.to_lowercase()) {
        Some(lowered) if lowered.len() == text.len() => Cow::Owned(lowered),
        _ => Cow::Borrowed(text),
    }
}

/// `text` with each mistyped bound or breakdown word written as meant.
pub(super) fn mended(text: &str, lang: Lang) -> Cow<'_, str> {
    let words = words_joined_by(text, |_| false);
    let mut fixes: Vec<(Range<usize>, &str)> = Vec::new();
    for (i, span) in words.iter().enumerate() {
        let typed = &text[span.clone()];
        if typed.chars().count() < 4 || typed.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        // A word some phrase spells as typed is no typo (`proche de`
        // beside `proches de`), nor is a word the tables know (`at last`).
        let known = crate::lang::is_stopword(&typed.to_lowercase())
            || lang.dates.last.contains(&typed.to_lowercase().as_str());
        if known || phrase_words(lang).any(|w| fold_word(w) == fold_word(typed)) {
            continue;
        }
        if let Some(meant) = meant_word(text, &words, i, lang) {
            fixes.push((span.clone(), meant));
        }
    }
    if fixes.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut at = 0;
    for (span, meant) in fixes {
        out.push_str(&text[at..span.start]);
        out.push_str(meant);
        at = span.end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// The phrase word the `i`th word was meant to be, if a phrase of bound or
/// breakdown words fits around it with every other word typed right and a
/// figure after it.
fn meant_word(text: &str, words: &[Range<usize>], i: usize, lang: Lang) -> Option<&'static str> {
    let typed = &text[words[i].clone()];
    for phrase in phrases(lang) {
        let parts: Vec<&str> = phrase.split_whitespace().collect();
        if parts.iter().any(|p| !p.chars().all(char::is_alphabetic)) {
            continue;
        }
        for (k, part) in parts.iter().enumerate() {
            if !near_miss_in_phrase(typed, part) {
                continue;
            }
            let Some(first) = i.checked_sub(k) else {
                continue;
            };
            let last = first + parts.len() - 1;
            if last >= words.len() {
                continue;
            }
            let rest_right = (first..=last)
                .filter(|&j| j != i)
                .all(|j| fold_word(&text[words[j].clone()]) == fold_word(parts[j - first]));
            let joined =
                (first..last).all(|j| text[words[j].end..words[j + 1].start].trim().is_empty());
            let figure_after = text[words[last].end..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit());
            if rest_right && joined && figure_after {
                return Some(part);
            }
        }
    }
    None
}

/// The bound and breakdown phrases of `lang`.
fn phrases(lang: Lang) -> impl Iterator<Item = &'static str> {
    lang.counts
        .bounds
        .iter()
        .map(|(p, _)| *p)
        .chain(lang.entry.breakdown_markers.iter().copied())
}

/// Every word of `lang`'s bound and breakdown phrases.
fn phrase_words(lang: Lang) -> impl Iterator<Item = &'static str> {
    phrases(lang).flat_map(str::split_whitespace)
}

/// `text` with a space put back between a figure and a metric word typed
/// against it (`12morts, 3blessés`, `12dead`): the whole word after the
/// digits must be one of the language's metric words, so `12k`, `3rd` and
/// `1e400` stay as typed (and are read or refused as they are). A figure
/// with the ending of the noun of about that many (`15aine`, desk
/// shorthand for `quinzaine`) is that noun.
pub(super) fn unglued(text: &str, lang: Lang) -> Cow<'_, str> {
    let mut cuts = Vec::new();
    let mut nouns: Vec<(Range<usize>, &str)> = Vec::new();
    let metric_word = |w: &str| lang.metrics.iter().any(|(_, words)| words.contains(&w));
    for span in words_joined_by(text, |_| false) {
        let mut span = span;
        // "at least9", "dont3graves", "toll31": a word of a bound, a
        // breakdown or a metric typed against the figure after it.
        let lead = text[span.clone()].len()
            - text[span.clone()]
                .trim_start_matches(char::is_alphabetic)
                .len();
        let marker = lead > 1 && {
            let head = fold_word(&text[span.start..span.start + lead]);
            text[span.start + lead..span.end].starts_with(|c: char| c.is_ascii_digit())
                && (phrase_words(lang).any(|w| fold_word(w) == head)
                    || phrases(lang).any(|p| fold_word(&p.replace(' ', "")) == head)
                    || metric_word(&head)
                    || lang.entry.bases.iter().any(|b| {
                        b.all_of.len() == 1 && b.all_of[0].iter().any(|w| fold_word(w) == head)
                    }))
        };
        if marker {
            cuts.push(span.start + lead);
            span.start += lead;
        }
        let word = &text[span.clone()];
        let digits = word.len() - word.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        // Not the digits after a thousands or decimal mark (`1,200dead`
        // stays as typed); a comma after a word is a list's ("2
        // tués,6blessés").
        let mut back = text[..span.start].chars().rev();
        let starts_word = marker
            || match back.next() {
                None => true,
                Some('.' | ',') => back.next().is_some_and(char::is_alphabetic),
                Some(c) => !c.is_alphanumeric(),
            };
        if digits == 0 || digits == word.len() || !starts_word {
            continue;
        }
        let letters = word[digits..].to_lowercase();
        let about = word[..digits].parse::<f64>().ok().and_then(|n| {
            lang.counts
                .approx_nouns
                .iter()
                .find(|(noun, value)| {
                    *value == n
                        && letters.len() >= 3
                        && noun.len() > letters.len()
                        && noun.ends_with(letters.as_str())
                })
                .map(|(noun, _)| *noun)
        });
        // Only after an article of about ("une 15aine"): "15aine de morts"
        // stays refused.
        let article = text[..span.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| lang.counts.approx_articles.contains(&fold_word(w).as_str()));
        if let Some(noun) = about.filter(|_| article) {
            nouns.push((span.clone(), noun));
            continue;
        }
        // "34yo": an age's unit glued to it.
        let unit = lang.entry.age_units.contains(&letters.as_str());
        // "dont3graves", "dont 2mineurs": after a breakdown marker a word
        // follows the figure.
        let after_marker = letters.chars().count() >= 3
            && letters.chars().all(char::is_alphabetic)
            && (marker
                || text[..span.start]
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .rfind(|w| !w.is_empty())
                    .is_some_and(|w| {
                        lang.entry
                            .breakdown_markers
                            .contains(&fold_word(w).as_str())
                    }));
        if metric_word(&letters) || unit || after_marker {
            cuts.push(span.start + digits);
        }
    }
    if cuts.is_empty() && nouns.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut edits: Vec<(Range<usize>, &str)> = cuts.into_iter().map(|at| (at..at, " ")).collect();
    edits.extend(nouns);
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(text.len() + edits.len() * 8);
    let mut at = 0;
    for (range, with) in edits {
        out.push_str(&text[at..range.start]);
        out.push_str(with);
        at = range.end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// `text` with an opening part of a total said first put after it: "8 of
/// the 27 injured still in icu" → "of the 27 injured, 8 still in icu",
/// the shape the breakdown reader knows. Only when the entry opens on the
/// part and the total's metric word follows it.
pub(super) fn total_first<'a>(text: &'a str, lang: Lang) -> Cow<'a, str> {
    let counts = crate::parse::value::find_counts(text, lang);
    let [(_, part), (_, total), ..] = counts.as_slice() else {
        return Cow::Borrowed(text);
    };
    let gap: Vec<String> = text[part.end..total.start]
        .split_whitespace()
        .map(fold_word)
        .collect();
    let partitive = matches!(gap.as_slice(), [of, the]
        if *of == lang.counts.noun_of && lang.entry.definites.contains(&the.as_str()));
    let rest = &text[total.end..];
    let word = rest.split_whitespace().next().unwrap_or("");
    let metric_word = lang
        .metrics
        .iter()
        .any(|(_, words)| words.contains(&fold_word(word).as_str()));
    // "kesari trail: 41 of the 57 dead…": a label before a colon stays
    // in front.
    let lead = &text[..part.start];
    let opens = lead.trim().is_empty() || lead.trim_end().ends_with(':');
    if !partitive || !metric_word || !opens {
        return Cow::Borrowed(text);
    }
    let after = rest.trim_start()[word.len()..].trim_start();
    // "4 of the 11 dead": a part that says nothing of its own stays; so
    // does one whose total goes on ("of the 11 dead civilians", "of the
    // 12 dead in hospital"): only a verb's small word may follow it.
    let next = fold_word(after.split_whitespace().next().unwrap_or(""));
    let place = crate::lang::ALL
        .iter()
        .any(|l| l.extraction.place_prepositions.contains(&next.as_str()));
    if after.is_empty() || !crate::lang::is_stopword(&next) || place {
        return Cow::Borrowed(text);
    }
    let head = &text[part.end..total.end + (rest.len() - rest.trim_start().len()) + word.len()];
    Cow::Owned(
        format!("{lead}{}, {} {after}", head.trim(), &text[part.clone()])
            .trim()
            .to_string(),
    )
}

/// Places listed with their figures (`40 dead: Kesra 28, Daval 12`,
/// `Zembaya (5 morts), Koulé (2 morts)`), rewritten figure first with
/// offsets kept (`28 Kesra`, `Zembaya  5 morts `) so each figure reads
/// with its place as qualifier and the metric word before it. Two items at
/// least, after a total's colon or making up the whole entry, each a
/// capitalised place of one to three words and its figure, nothing else.
pub(super) fn place_figures(text: &str, lang: Lang) -> Cow<'_, str> {
    // After "40 dead:", or the whole entry.
    let start = text
        .find(':')
        .filter(|&c| text[..c].contains(|ch: char| ch.is_ascii_digit()))
        .map_or(0, |c| c + 1);
    let mut items = Vec::new();
    let mut from = start;
    for piece in text[start..].split([',', ';']) {
        items.push(from..from + piece.len());
        from += piece.len() + 1;
    }
    if items.len() < 2 {
        return Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    // The run of such items from the start of the list ("…, 7 critical"
    // ends it).
    let mut placed = 0;
    for item in items {
        let said = &text[item.clone()];
        let lead = said.len() - said.trim_start().len();
        let trimmed = said.trim();
        let at = item.start + lead;
        // "Zembaya (5 morts)": the brackets go.
        if let Some(open) = trimmed.find('(')
            && trimmed.ends_with(')')
            && is_place_label(trimmed[..open].trim_end(), lang)
            && trimmed[open + 1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
            && crate::lang::is_metric_word(
                crate::parse::fold_case(trimmed[open + 1..trimmed.len() - 1].trim())
                    .rsplit(' ')
                    .next()
                    .unwrap_or(""),
            )
        {
            out.replace_range(at + open..at + open + 1, " ");
            out.replace_range(at + trimmed.len() - 1..at + trimmed.len(), " ");
            placed += 1;
            continue;
        }
        // "Kesra 28": the figure goes first.
        let Some((place, figure)) = trimmed.rsplit_once(' ') else {
            break;
        };
        let figure_alone = figure.len() <= 6 && figure.chars().all(|c| c.is_ascii_digit());
        if !figure_alone || !is_place_label(place.trim_end(), lang) {
            break;
        }
        let swapped = format!("{figure} {}", &trimmed[..trimmed.len() - figure.len() - 1]);
        out.replace_range(at..at + trimmed.len(), &swapped);
        placed += 1;
    }
    if placed < 2 {
        return Cow::Borrowed(text);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{EN, FR};

    #[test]
    fn a_bound_word_typed_wrong_before_a_figure_is_mended() {
        assert_eq!(mended("at lest 10 dead", EN), "at least 10 dead");
        assert_eq!(mended("au moin 5 morts", FR), "au moins 5 morts");
        assert_eq!(mended("plsu de 50 blessés", FR), "plus de 50 blessés");
        assert_eq!(
            mended("9 morts dnot 3 enfants", FR),
            "9 morts dont 3 enfants"
        );
    }

    #[test]
    fn without_its_phrase_or_its_figure_a_word_stays() {
        assert_eq!(
            mended("lest we forget, 10 dead", EN),
            "lest we forget, 10 dead"
        );
        assert_eq!(mended("at lest ten dead", EN), "at lest ten dead");
        assert_eq!(mended("au Mons 9 morts", FR), "au Mons 9 morts");
    }

    #[test]
    fn a_metric_word_glued_to_its_figure_is_cut_off() {
        assert_eq!(unglued("2 tués,6blessés", FR), "2 tués,6 blessés");
        assert_eq!(unglued("12dead", EN), "12 dead");
        // The digits after a thousands mark stay as typed.
        assert_eq!(unglued("1,200dead", EN), "1,200dead");
        assert_eq!(unglued("12k dead", EN), "12k dead");
    }

    #[test]
    fn a_part_said_before_its_total_comes_after_it() {
        assert_eq!(
            total_first("8 of the 27 injured still in icu", EN),
            "of the 27 injured, 8 still in icu"
        );
        assert_eq!(
            total_first("4 of the 11 dead were children", EN),
            "of the 11 dead, 4 were children"
        );
        assert_eq!(total_first("4 of the 11 dead", EN), "4 of the 11 dead");
        // Not without the total's metric word, nor after other words.
        assert_eq!(total_first("8 of the 27 buses", EN), "8 of the 27 buses");
        assert_eq!(
            total_first("toll 8 of the 27 dead", EN),
            "toll 8 of the 27 dead"
        );
    }

    #[test]
    fn a_figure_with_the_ending_of_a_noun_of_about_that_many_is_the_noun() {
        assert_eq!(
            unglued("une 15aine de disparus", FR),
            "une quinzaine de disparus"
        );
        assert_eq!(unglued("une 100aine", FR), "une centaine");
        // Another figure, or too short an ending, is no such noun.
        assert_eq!(unglued("une 16aine", FR), "une 16aine");
        assert_eq!(unglued("une 15e victime", FR), "une 15e victime");
    }
}
