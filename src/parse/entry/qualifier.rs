//! The qualifier of a fragment: the content words left once the value,
//! the metric word and any date are taken out, lower-cased, quotes, stop
//! words (verbs of how a toll moves, hedges, adverbs, articles) and
//! attributions dropped. What is left names who or what is counted.

use crate::lang::ALL;
use crate::text::tokens::words_joined_by;
use std::ops::Range;

/// Whether `word` starts an attribution or a breakdown, in any language
/// ("selon le ministère" names the claimant; "including 103 in Almaty" is
/// another figure).
pub(super) fn ends_qualifier(word: &str) -> bool {
    ALL.iter().any(|l| l.entry.qualifier_ends.contains(&word))
}

/// Whether `word` opens a clause of what was happening (`as`, `when`,
/// `lorsque`), in any language.
pub(super) fn is_clause_opener(word: &str) -> bool {
    ALL.iter().any(|l| l.entry.clause_openers.contains(&word))
}

pub(super) fn is_source_preposition(word: &str) -> bool {
    ALL.iter()
        .any(|l| l.entry.source_prepositions.contains(&word))
}

/// A verb of counting or of giving a count (`counted`, `report`,
/// `signalent`): who did it is no qualifier.
fn is_counting_verb(word: &str) -> bool {
    crate::lang::is_reporting_verb(word)
        || ALL.iter().any(|l| l.entry.counting_verbs.contains(&word))
}

/// The clause of a fragment (between commas or semicolons) holding the
/// value: asides glued to a fragment ("26 dead, police said") add no
/// qualifier.
pub(super) fn clause_around(fragment: &str, value: &Range<usize>) -> Range<usize> {
    let start = fragment[..value.start]
        .rfind([',', ';'])
        .map_or(0, |at| at + 1);
    let mut end = fragment[value.end..]
        .find([',', ';'])
        .map_or(fragment.len(), |at| value.end + at);
    // "11 disparus, tous militaires": an aside saying who they all were
    // is part of it.
    let rest = fragment
        .get(end + 1..)
        .unwrap_or("")
        .trim_start()
        .to_lowercase();
    let whole = rest
        .split_whitespace()
        .next()
        .is_some_and(|w| ALL.iter().any(|l| l.entry.whole_words.contains(&w)));
    if whole {
        end = fragment[end + 1..]
            .find([',', ';'])
            .map_or(fragment.len(), |at| end + 1 + at);
    }
    start..end
}

/// Removed ranges shifted into a clause's own offsets.
pub(super) fn removed_in(removed: &[Range<usize>], clause: Range<usize>) -> Vec<Range<usize>> {
    removed
        .iter()
        .filter(|r| r.start < clause.end && clause.start < r.end)
        .map(|r| r.start.max(clause.start) - clause.start..r.end.min(clause.end) - clause.start)
        .collect()
}

/// The content words of `fragment` outside the `removed` ranges, the
/// first of which is the value. With `events` (a count), the event the
/// figure came out of ("hurt in metro crash") is left out; a start keeps
/// it ("since fighting began").
pub(super) fn qualifier(fragment: &str, removed: &[Range<usize>], events: bool) -> String {
    let toll = removed.first().and_then(|v| toll_event(fragment, v.start));
    let removed: Vec<Range<usize>> = removed.iter().cloned().chain(toll).collect();
    let removed = removed.as_slice();
    // The value (the first removed range) becomes a NUL, so the words
    // before it and after it can be told apart.
    let mut kept = String::with_capacity(fragment.len());
    for (at, c) in fragment.char_indices() {
        match removed.iter().position(|r| r.start <= at && at < r.end) {
            Some(0) if at == removed[0].start => kept.push('\0'),
            // The metric word or a day: marked, so what follows it is
            // known to follow it.
            Some(i) if at == removed[i].start => kept.push('\u{1}'),
            Some(_) => kept.push(' '),
            None => kept.push(c),
        }
    }
    let (before, after) = kept.split_once('\0').unwrap_or(("", kept.as_str()));
    let mut words: Vec<String> = Vec::new();
    for (part, is_after) in [(before, false), (after, true)] {
        // Where the words after the figure last met a preposition that may
        // open the event ("hurt in metro crash").
        let mut link = None;
        let runs = words_joined_by(part, |c| c == '-' || c == '\'' || c == '’');
        let mut after_stop = false;
        let mut after_place = false;
        let mut after_source = false;
        let mut in_event = false;
        for (n, run) in runs.iter().enumerate() {
            let last = n + 1 == runs.len();
            let stop_before = std::mem::take(&mut after_stop);
            let place_before = std::mem::take(&mut after_place);
            let mut word = part[run.clone()]
                .trim_matches(|c| c == '-' || c == '\'' || c == '’')
                .to_lowercase();
            // "s'élève": a verb with its elision is a stop word whole.
            if word.contains(['\'', '’']) && crate::lang::is_stopword(&word) {
                continue;
            }
            // "#Crues": a hashtag files the line, it names no one.
            if part[..run.start].ends_with('#') {
                continue;
            }
            let typed = word.clone();
            // Elisions: d'Almaty → almaty, l'armée → armée.
            if let Some((head, tail)) = word.split_once(['\'', '’'])
                && ALL.iter().any(|l| l.elisions.contains(&head))
            {
                word = tail.to_string();
            }
            // "in floods in South Kivu", "dans l'effondrement d'un immeuble
            // à Valence": once the event is dropped, so are its words, up
            // to a place or another event.
            let links = |w: &str| {
                ALL.iter().any(|l| {
                    l.entry.event_links.contains(&w) || l.extraction.place_prepositions.contains(&w)
                })
            };
            if in_event && !links(&word) {
                continue;
            }
            in_event = false;
            if events
                && is_after
                && ALL
                    .iter()
                    .any(|l| l.entry.event_links.contains(&word.as_str()))
            {
                link = Some(words.len());
            }
            // "5 dead | while 3 wounded": the opener a split left before
            // the figure says nothing of who.
            if events && !is_after && is_clause_opener(&word) {
                continue;
            }
            // "3 killed as police fire on mob": what was happening.
            if events && is_after && is_clause_opener(&word) {
                break;
            }
            // "14 dead after bus plunges into gorge": what caused it.
            if events
                && is_after
                && (!words.is_empty() || part[..run.start].contains('\u{1}'))
                && ALL
                    .iter()
                    .any(|l| l.entry.cause_openers.contains(&word.as_str()))
            {
                break;
            }
            // "hurt in metro crash": the event right after its link, one
            // word at most before its noun ("dans une famille de réfugiés
            // victime d'un incendie" names the family).
            if let Some(at) = link.filter(|&at| {
                words.len() <= at + 1
                    && ALL
                        .iter()
                        .any(|l| l.entry.event_nouns.contains(&word.as_str()))
            }) {
                words.truncate(at);
                link = None;
                in_event = true;
                continue;
            }
            // "govt 14", "min 7": a source word alone before the figure
            // says who gives it.
            if !is_after && last && words.is_empty() && super::source::has_source_word(&typed) {
                continue;
            }
            // "selon les secours 7 blessés": who gives the figure.
            if !is_after && (after_source || is_source_preposition(&typed)) {
                after_source = true;
                continue;
            }
            if ends_qualifier(&word) {
                // After the figure, an attribution ("selon le ministère")
                // or a breakdown ("including 103 in Almaty") ends the
                // qualifier; before it ("dont 103 à Almaty") it only
                // introduces the figure, and the words before it are not
                // the figure's.
                if is_after {
                    break;
                }
                // "police said 12 were killed": before the figure, what
                // comes before an attribution is its claimant.
                words.clear();
                continue;
            }
            // "authorities counted 300 dead": who counted is no qualifier
            // ("font état de": nor is a verb of two words).
            let pair = n
                .checked_sub(1)
                .map(|p| format!("{} {word}", part[runs[p].clone()].to_lowercase()));
            if is_counting_verb(&word) || pair.is_some_and(|p| is_counting_verb(&p)) {
                if !is_after {
                    words.clear();
                }
                continue;
            }
            // "4 children under 10", "under the age of 12": an age bound
            // keeps its figure; "a girl of nine" drops the age.
            let bound = words.iter().rev().take(2).any(|w| {
                ALL.iter()
                    .any(|l| l.extraction.age_bounds.contains(&w.as_str()))
            });
            let figure = word.chars().all(|c| c.is_ascii_digit())
                || ALL
                    .iter()
                    .any(|l| crate::parse::value::parse_count(&word, *l).is_some());
            let of_person = words.last().is_some_and(|w| {
                ALL.iter()
                    .any(|l| l.extraction.age_nouns.contains(&w.as_str()))
            });
            if figure && of_person && !bound {
                continue;
            }
            // "9 dead — Xinhua", "(Reuters)", "police tell AFP 6 arrested":
            // an agency in the place of a source ("12 PTI workers" keeps it).
            let told = !is_after && words.is_empty() && n > 0;
            if crate::lang::is_news_agency(&word) && ((is_after && last) || told) {
                continue;
            }
            if crate::lang::is_stopword(&word) {
                // "on sat", not "in Sun City" nor "disparus en mer".
                after_place = ALL
                    .iter()
                    .any(|l| l.extraction.place_prepositions.contains(&word.as_str()));
                after_stop = !after_place;
                continue;
            }
            let digits = word.chars().any(|c| c.is_ascii_digit());
            if word.is_empty() || (digits && !(bound && figure) && !is_age_group(&word)) {
                continue;
            }
            // "arrests 96 on sat", "14 dead tues": a weekday's short form
            // after a stop word or at the end says when, not who.
            let weekday = ALL
                .iter()
                .any(|l| l.dates.weekday_abbrevs.iter().any(|d| d.0 == word));
            if weekday && (stop_before || (last && !place_before)) {
                continue;
            }
            words.push(word);
        }
    }
    words.join(" ")
}

/// Before the figure at `value`, after a toll's link, the event it names
/// (`Toll in Belvik ferry sinking rises to 31`, `le bilan de l'attaque de
/// mardi s'élève à 54`): from the link nearest before the event noun to
/// the figure, the event and its place name no one counted; who was
/// counted before it stays (`toll of miners in mine blast`). Without an
/// event noun (`toll in Gaza rises to 40`) the place is kept; a noun
/// after the event word makes it a kind (`toll of fire fighters`).
fn toll_event(fragment: &str, value: usize) -> Option<Range<usize>> {
    let before = fragment.get(..value)?.to_ascii_lowercase();
    let toll = ALL
        .iter()
        .flat_map(|l| l.entry.tolls_of)
        .filter_map(|t| {
            let at = before.rfind(t)?;
            let end = at + t.len();
            // Whole words: "toll in", "bilan d'un", not "bilan de" in
            // "bilan dernier".
            let open = at == 0 || !before[..at].ends_with(char::is_alphanumeric);
            let closed = !before[end..].starts_with(char::is_alphanumeric);
            (open && closed).then_some(at + t.find(' ').unwrap_or(0))
        })
        .max()?;
    let link = |w: &str| {
        ALL.iter().any(|l| {
            l.entry.event_links.contains(&w)
                || l.entry
                    .tolls_of
                    .iter()
                    .any(|t| t.rsplit(' ').next() == Some(w))
        })
    };
    // The words after the toll's link, each with where it starts.
    let words: Vec<(usize, &str)> = words_joined_by(&before[toll..], |_| false)
        .into_iter()
        .map(|r| (toll + r.start, &before[toll + r.start..toll + r.end]))
        .collect();
    let event = words
        .iter()
        .position(|(_, w)| ALL.iter().any(|l| l.entry.event_nouns.contains(w)))?;
    // "toll of fire fighters": a plain word right after makes it a kind.
    let next_plain = words.get(event + 1).is_some_and(|(_, w)| {
        // ("l'effondrement s'alourdit": an elided word is no noun.)
        w.chars().count() > 2
            && !link(w)
            && !crate::lang::is_stopword(w)
            && !ALL
                .iter()
                .any(|l| l.extraction.place_prepositions.contains(w))
    });
    if next_plain {
        return None;
    }
    let from = words[..event].iter().rev().find(|(_, w)| link(w))?.0;
    Some(from..value)
}

/// `over-60s`, `under-5s`: an age bound, a hyphen and figures with
/// letters glued after them name an age group, who is counted
/// (`covid-19`, `t-72s`, `mid-1990s` name no one).
fn is_age_group(word: &str) -> bool {
    word.split_once('-').is_some_and(|(head, tail)| {
        let digits = tail.chars().take_while(char::is_ascii_digit).count();
        ALL.iter().any(|l| l.extraction.age_bounds.contains(&head))
            && digits > 0
            && tail.len() > digits
            && tail[digits..].chars().all(char::is_alphabetic)
    })
}
