//! A start (or another date metric) dated in apposition: "depuis le début de l'offensive, le 24
//! février", "since the start of the offensive, on 24 February". Quick
//! entry keeps the day in a clause of its own, so the clause that names
//! the start has no day and the day's clause has no metric word; read
//! together they date the start.

use super::clause::Found;
use super::words::*;
use crate::domain::{Kind, Lang, Value};
use crate::parse::date::{self, Tense};
use crate::parse::lexicon::Lexicon;
use chrono::NaiveDate;
use std::ops::Range;

/// How many words may follow the start word to the end of its clause
/// ("de l'offensive", "of the offensive").
const NAMED_WORDS: usize = 4;

/// The start dated by clause `i` of `s` when that clause is only a day and
/// the clause before ends on a date metric word and what it names.
pub(super) fn apposed_start(
    s: &str,
    clauses: &[Range<usize>],
    i: usize,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
) -> Option<Found> {
    let here = clauses.get(i)?.clone();
    let before = clauses.get(i.checked_sub(1)?)?.clone();
    let text = &s[here.clone()];
    // The day, alone but for its preposition ("le 24 février") and an
    // attribution after a comma ("le 3 mai, selon l'OMS").
    let (span, r) = date::find_day(text, lang, Some(reference), Tense::Past)?;
    let lead = text[..r.start].trim().to_lowercase();
    let tail = text[r.end..].trim_start();
    let alone = (lead.is_empty()
        || crate::lang::ALL
            .iter()
            .any(|l| l.dates.date_prepositions.contains(&lead.as_str())))
        && (tail.is_empty() || tail.starts_with(','));
    if !alone || span.start != span.end || span.start > reference {
        return None;
    }
    let head = &s[before.clone()];
    if date::find_day(head, lang, Some(reference), Tense::Past).is_some() {
        return None;
    }
    let (metric, word) = last_date_word(head, lang, lexicon)?;
    let named: Vec<&str> = words_of(&head[word.end..]).collect();
    if named.len() > NAMED_WORDS || has_figure(&head[word.end..]) {
        return None;
    }
    // "au début de la matinée, le 3 mai": the start of a time is no event.
    let time = named.iter().any(|w| {
        let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
        let w = crate::text::words::fold_word(w.trim_matches(|c: char| !c.is_alphanumeric()));
        lang.dates.tense.time_words.contains(&w.as_str())
    });
    if time {
        return None;
    }
    let qualifier: Vec<String> = named
        .iter()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            lowered(w.rsplit(['\'', '’']).next().unwrap_or(w))
        })
        .filter(|w| !w.is_empty() && !crate::lang::is_stopword(w) && !any_lang(w, |e| e.name_links))
        .collect();
    // "L'épidémie … depuis qu'elle s'est déclarée": a pronoun before the
    // verb stands for the sentence's subject, named by its first noun.
    let pronoun = words_of(&head[..word.start]).last().is_some_and(|w| {
        let w = lowered(w);
        any_lang(w.rsplit(['\'', '’']).next().unwrap_or(&w), |e| e.pronouns)
    });
    let qualifier = match (qualifier.is_empty(), pronoun) {
        (true, true) => subject_noun(s).into_iter().collect(),
        _ => qualifier,
    };
    Some(Found {
        metric,
        qualifier: qualifier.join(" "),
        text: text[r.clone()].trim().to_string(),
        value: Value::Date(span),
        span: before.start + word.start..here.start + r.end,
        day: None,
        breakdown: false,
    })
}

/// The first noun of a sentence: its first word past an article
/// (`L'épidémie` → `épidémie`).
fn subject_noun(s: &str) -> Option<String> {
    let first = words_of(s).find(|w| !any_lang(&lowered(w), |e| e.articles))?;
    let word = first.rsplit(['\'', '’']).next().unwrap_or(first);
    let word = lowered(word.trim_matches(|c: char| !c.is_alphanumeric()));
    (!word.is_empty()).then_some(word)
}

/// The last word of `head` naming a date metric, and that metric.
fn last_date_word(head: &str, lang: Lang, lexicon: &Lexicon) -> Option<(String, Range<usize>)> {
    let mut from = 0;
    let mut last = None;
    while let Some(m) = lexicon.find(&head[from..], lang) {
        let at = from + m.span.start..from + m.span.end;
        if m.kind == Kind::Date {
            last = Some((m.metric, at.clone()));
        }
        from = at.end;
    }
    last
}

/// How many words may stand between the day after `depuis` and the
/// event it dates ("depuis mardi en raison de l'incendie"), or between
/// the event and `depuis` ("les pluies diluviennes qui s'abattent
/// depuis jeudi").
const EVENT_WITHIN: usize = 5;

/// The start a day after a since word dates in a sentence with a toll
/// ("Quatorze personnes ont été tuées depuis dimanche dans des
/// violences", "les pluies qui s'abattent depuis samedi"): the event
/// named right after the day, else right before the since word.
pub(super) fn since_day_start(s: &str, lang: Lang, reference: NaiveDate) -> Option<Found> {
    let lower = lowered(s);
    let event = |w: &str| {
        let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
        let w = lowered(w.trim_matches(|c: char| !c.is_alphanumeric()));
        any_lang(&w, |e| e.event_nouns).then_some(w)
    };
    every_lang(|e| e.since_words).find_map(|since| {
        lower.match_indices(since).find_map(|(at, _)| {
            let end = at + since.len();
            if !is_word_boundary(&lower, at, end) {
                return None;
            }
            // "depuis le début, lundi, de l'éruption": the day in
            // apposition after the word for the start.
            let opening = apposed_opening(&s[end..], lang);
            let opened = opening.map(|(at, _)| at);
            let onset = opening.is_some_and(|(_, onset)| onset);
            let end = end + opened.unwrap_or(0);
            let after = &s[end..];
            let gap = after.len() - after.trim_start().len();
            let (span, r) = date::find_day(after, lang, Some(reference), Tense::Past)?;
            if r.start != gap || span.start != span.end || span.start > reference {
                return None;
            }
            let rest = &after[r.end..];
            let rest = match opened {
                Some(_) => rest.trim_start().strip_prefix(',')?,
                None => rest,
            };
            let ahead = pieces(rest)
                .into_iter()
                .take(EVENT_WITHIN)
                .take_while(|p| !rest[..p.start].contains([',', ';', '.', ':']))
                .find_map(|p| event(&rest[p]));
            let head = &s[..at];
            let behind = || {
                let words = pieces(head);
                words
                    .iter()
                    .rev()
                    .take(EVENT_WITHIN)
                    .take_while(|p| !head[p.end..].contains([',', ';', '.', ':']))
                    .find_map(|p| event(&head[p.clone()]))
            };
            // "L'épidémie … a fait 74 morts depuis la détection du premier
            // cas, le 8 juillet": the event the sentence opens on.
            let opening_event = || onset.then(|| subject_event(s, &event)).flatten();
            let noun = ahead.or_else(behind).or_else(opening_event)?;
            Some(Found {
                metric: "start".to_string(),
                qualifier: noun,
                text: after[r.clone()].trim().to_string(),
                value: Value::Date(span),
                span: end + r.start..end + r.end,
                day: None,
                breakdown: false,
            })
        })
    })
}

/// The event a sentence opens on, with the word after its link
/// (`L'épidémie de diphtérie qui …` → `épidémie diphtérie`), when its first
/// noun is one (`event`).
fn subject_event(s: &str, event: &impl Fn(&str) -> Option<String>) -> Option<String> {
    let words: Vec<&str> = words_of(s).collect();
    let at = words
        .iter()
        .position(|w| !any_lang(&lowered(w), |e| e.articles))?;
    let noun = event(words[at])?;
    let kind = words
        .get(at + 1..at + 3)
        .filter(|w| any_lang(&lowered(w[0]), |e| e.name_links))
        .map(|w| w[1].trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.starts_with(char::is_lowercase) && !crate::lang::is_stopword(w));
    Some(kind.map_or(noun.clone(), |k| format!("{noun} {k}")))
}

/// Where the day starts after a since word and a word for the start set
/// off by a comma (`le début, | lundi, de l'éruption`): the start word is
/// one a date metric names before a link (`début de`). Or after a few
/// words naming the event's first sign (`son apparition, | le 4
/// novembre`), which the second value says.
fn apposed_opening(after: &str, lang: Lang) -> Option<(usize, bool)> {
    let comma = after.find(',')?;
    let words: Vec<&str> = words_of(&after[..comma]).collect();
    let phrase = lowered(&after[..comma]);
    let onset = words.len() <= 5
        && lang.extraction.onset_nouns.iter().any(|n| {
            phrase
                .match_indices(n)
                .any(|(at, _)| is_word_boundary(&phrase, at, at + n.len()))
        });
    if onset {
        return Some((comma + 1, true));
    }
    let last = lowered(words.last()?);
    let starts = lang
        .metrics
        .iter()
        .chain(lang.extraction.extra_metrics)
        .filter(|(m, _)| *m == "start")
        .flat_map(|(_, ws)| ws.iter());
    let opens = starts.clone().any(|w| {
        lang.extraction
            .name_links
            .iter()
            .any(|l| *w == format!("{last} {l}"))
    });
    (words.len() <= 3 && opens).then_some((comma + 1, false))
}
