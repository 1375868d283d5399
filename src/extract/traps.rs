//! Figures that are no claim about the story: background sentences set
//! in an earlier event, ages, units, and counts of things.

pub(super) use super::ages::apposed_age;
pub(super) use super::scene::deployed;
use super::scene::present_at;
use super::words::*;
use crate::domain::{Count, Lang};
use crate::parse::date;
use crate::parse::value;
use crate::text::tokens::{glued_runs, spells, tokenize};
use chrono::NaiveDate;
use std::ops::Range;

/// Figures of people in a piece of text: outside dates, not followed by
/// a unit, not an age, not a count of things (`metric`: the metric word's
/// range, which a thing noun must come before).
pub(super) fn people_counts(
    text: &str,
    lang: Lang,
    metric: Option<&Range<usize>>,
) -> Vec<(Count, Range<usize>)> {
    let counts: Vec<(Count, Range<usize>)> = counts_of_people(text, lang, metric)
        .filter(|(_, r)| !says_more(text, r.end, lang))
        .collect();
    // "two of the three gunmen who had seized the branch were shot dead":
    // the whole a part is taken from is no count of its own when the
    // metric word is the part's predicate, past the whole's noun ("two of
    // the 30 people detained" keeps its whole).
    let predicate = |r: &Range<usize>| {
        metric.is_some_and(|m| m.start >= r.end && words_of(&text[r.end..m.start]).count() > 3)
    };
    // "54 de ses 212 employés manquaient à l'appel": a whole someone owns
    // is the size of their group, whatever the metric word's place.
    let whole = |r: &Range<usize>| {
        counts.iter().any(|(_, part)| {
            part.end <= r.start && {
                let gap: Vec<String> = words_of(&text[part.end..r.start]).map(lowered).collect();
                match gap.as_slice() {
                    [of, the] if *of == lang.counts.noun_of => {
                        (predicate(r) && any_lang(the, |e| e.articles))
                            || (metric.is_some() && any_lang(the, |e| e.possessives))
                    }
                    _ => false,
                }
            }
        })
    };
    counts.iter().filter(|(_, r)| !whole(r)).cloned().collect()
}

/// The figures of people said as more ("nine more bodies", "dozens more
/// were injured"), which `people_counts` leaves out: `clause::more` reads
/// the few that are claims of their own.
pub(super) fn more_counts(
    text: &str,
    lang: Lang,
    metric: Option<&Range<usize>>,
) -> Vec<(Count, Range<usize>)> {
    counts_of_people(text, lang, metric)
        .filter(|(_, r)| says_more(text, r.end, lang))
        .collect()
}

fn counts_of_people<'t>(
    text: &'t str,
    lang: Lang,
    metric: Option<&'t Range<usize>>,
) -> impl Iterator<Item = (Count, Range<usize>)> + 't {
    let dates = date::date_spans(text, lang);
    value::find_counts(text, lang)
        .into_iter()
        .filter(move |(_, r)| !dates.iter().any(|d| d.start < r.end && r.start < d.end))
        .filter(|(_, r)| !followed_by_unit(text, r.end) && !after_age_word(text, r.start))
        .filter(move |(_, r)| !counts_things(text, r.end, metric))
        .filter(|(_, r)| !stated_age(text, r) && !after_baseline(text, r.start))
        .filter(|(_, r)| !after_label(text, r) && !deployed(text, r))
        .filter(|(_, r)| !present_at(text, r.start))
        .filter(|(_, r)| !after_parent(text, r.start))
}

/// Whether a parent's noun and `of` stand right before the figure at
/// `start` ("père de trois enfants", "a mother of two"): the children of
/// someone described, not a count.
fn after_parent(text: &str, start: usize) -> bool {
    match words_before(text, start, 2).as_slice() {
        [(of, _), (noun, _)] => {
            crate::lang::ALL.iter().any(|l| l.counts.noun_of == of)
                && any_lang(noun, |e| e.parent_nouns)
        }
        _ => false,
    }
}

/// Whether digits follow a noun that they name ("la départementale 557",
/// "le vol 302"): a label, not a count.
fn after_label(text: &str, r: &Range<usize>) -> bool {
    let digits = text[r.clone()].trim().chars().all(|c| c.is_ascii_digit());
    let before = words_before(text, r.start, 1);
    digits
        && text[..r.start].ends_with(' ')
        && before
            .first()
            .is_some_and(|(w, _)| any_lang(w, |e| e.label_nouns))
}

/// Whether a sentence is wholly in quotes, with no one said to say it, and
/// speaks in the first person: a witness's anecdote ("We spent the night
/// in the church with 300 other people."), whatever its figures.
fn quoted_anecdote(s: &str) -> bool {
    let t = s.trim();
    let opens = t.starts_with(['"', '“']);
    let closes = t.ends_with(['"', '”']);
    let inner = t.trim_matches(|c| c == '"' || c == '“' || c == '”');
    let one_quote = !inner.contains(['"', '“', '”']);
    opens
        && closes
        && one_quote
        && words_of(inner).any(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            // "US strikes killed 12": an acronym, not "us".
            let acronym = bare.chars().count() > 1 && bare.chars().all(|c| c.is_uppercase());
            !acronym && any_lang(&lowered(bare), |e| e.first_person)
        })
}

/// Whether a phrase of a norm ends right before a figure ("against an
/// average of 380 deaths"): what is usual, not a count of the story.
fn after_baseline(text: &str, start: usize) -> bool {
    let head = lowered(text[..start].trim_end());
    every_lang(|e| e.baselines)
        .any(|b| head.ends_with(b) && is_word_boundary(&head, head.len() - b.len(), head.len()))
}

/// A bound stated of people already counted, ending its clause: "Most of
/// the dead were over 75", "most were under five": their ages.
fn stated_age(text: &str, range: &Range<usize>) -> bool {
    let first = words_of(&text[range.clone()]).next().map(lowered);
    let linked = words_before(text, range.start, 1)
        .first()
        .is_some_and(|(w, _)| any_lang(w, |e| e.linking_verbs));
    let ends = text[range.end..]
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| ",;.:".contains(c));
    linked && ends && first.is_some_and(|w| any_lang(&w, |e| e.age_bounds))
}

/// Whether a piece of text holds a figure outside dates and units, of
/// people or of things ("deux citernes").
pub(super) fn has_count(text: &str, lang: Lang) -> bool {
    let dates = date::date_spans(text, lang);
    value::find_counts(text, lang)
        .into_iter()
        .filter(|(_, r)| !dates.iter().any(|d| d.start < r.end && r.start < d.end))
        .any(|(_, r)| !followed_by_unit(text, r.end))
}

/// Whether a word for more follows a figure ("nine more deaths", "six
/// more bodies", "5 nouveaux morts"): how far a toll moved, not a toll.
/// Words naming others ("deux autres blessés") are no such word.
fn says_more(text: &str, end: usize, lang: Lang) -> bool {
    let next = words_of(&text[end..])
        .next()
        .map(lowered)
        .unwrap_or_default();
    let next = next.trim_matches(|c: char| !c.is_alphanumeric());
    lang.entry
        .more_words
        .iter()
        .any(|w| *w == next && !lang.entry.others.contains(w))
}

/// A sentence set in an earlier year ("The last major earthquake in the
/// region, in 2011, killed 112 people") is background, not a claim about
/// the story.
pub(super) fn is_background(s: &str, lang: Lang, reference: NaiveDate) -> bool {
    use chrono::Datelike;
    if quoted_anecdote(s) {
        return true;
    }
    let runs = glued_runs(s);
    let words: Vec<&str> = runs.iter().map(|r| &s[r.clone()]).collect();
    // "…put the toll at 39 and blamed the militia, which has fought the
    // army since 2017": a relative after every figure describes something
    // of the story; its year dates no figure.
    let described_from = relative_after_figures(s, lang);
    // "since 2010", "la collision de 2010", "En avril 2015".
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let past_year = words.windows(2).enumerate().any(|(i, pair)| {
        let before = pair[0].to_lowercase();
        // "since 140 died in a 2010 collision": an article between the
        // word and the year ("under a 2015 law" dates a thing instead).
        let after_article = i > 0
            && any_lang(&before, |e| e.articles)
            && any_lang(&bare(words[i - 1]), |e| e.background_year_words);
        // "A 2017 outbreak … killed three people": a sentence opening on
        // an article and a past year tells of that year's event.
        let opening = i == 0 && any_lang(&before, |e| e.articles);
        let year_word = (any_lang(&before, |e| e.background_year_words)
            || month_of(&before).is_some()
            || after_article
            || opening)
            && {
                // "in the 1990s": a decade is as past as its year.
                let year = pair[1]
                    .trim_end_matches([',', '.', ';'])
                    .strip_suffix('s')
                    .unwrap_or(pair[1].trim_end_matches([',', '.', ';']));
                year.len() == 4
                    && year
                        .parse::<i32>()
                        .is_ok_and(|y| (1900..reference.year()).contains(&y))
            };
        // "the deadliest since 2010" compares the story with the past; only
        // what the year's own relative says ("…, when 140 died") is past.
        // "the deadliest since a 2010 collision": the word before an
        // article counts as the one before the year.
        let since = any_lang(&before, |e| e.since_words)
            || (i > 0 && any_lang(&bare(words[i - 1]), |e| e.since_words));
        let compared = since
            && words[i.saturating_sub(6)..i]
                .iter()
                .any(|w| any_lang(&bare(w), |e| e.superlatives));
        let relative_after = words
            .get(i + 2)
            .is_some_and(|w| any_lang(&bare(w), |e| e.relatives));
        // "a bridge built in 1960", "président depuis 2019", "installée
        // depuis 2015": the year describes a thing or a person of the story.
        // "two engineers from the firm that built the roof in 2019".
        let described = words[i.saturating_sub(3)..i]
            .iter()
            .any(|w| any_lang(&bare(w), |e| e.dated_descriptions));
        let in_relative = runs[i + 1].start >= described_from;
        year_word && (!compared || relative_after) && !described && !in_relative
    });
    let lower = lowered(s);
    let phrase = every_lang(|e| e.background_phrases).any(|p| {
        lower
            .match_indices(p)
            .any(|(at, _)| is_word_boundary(&lower, at, at + p.len()))
    });
    // "un accident … avait fait 199 morts": an earlier event's toll.
    let before_figure = every_lang(|e| e.background_before_figure).any(|p| {
        lower.match_indices(p).any(|(at, _)| {
            let end = at + p.len();
            let rest = &s[end..];
            let gap = rest.len() - rest.trim_start().len();
            is_word_boundary(&lower, at, end)
                && value::find_counts(rest, lang)
                    .first()
                    .is_some_and(|(_, r)| r.start == gap)
        })
    });
    // "La précédente attaque, en mars, avait tué quatre soldats": an
    // earlier event named before the first figure.
    let first_figure = value::find_counts(s, lang)
        .first()
        .map_or(0, |(_, r)| r.start);
    let earlier = every_lang(|e| e.earlier_events).any(|p| {
        lower.match_indices(p).any(|(at, _)| {
            at + p.len() <= first_figure && is_word_boundary(&lower, at, at + p.len())
        })
    });
    // "In August, 12 people lost their lives …" in a November paper: a
    // sentence opening on another month is about that month.
    let other_month = words.len() > 1
        && any_lang(&words[0].to_lowercase(), |e| e.place_prepositions)
        && month_of(&words[1].trim_end_matches(',').to_lowercase())
            .is_some_and(|m| m != reference.month());
    past_year || phrase || before_figure || other_month || earlier
}

/// Where a relative opened after a comma (`, which`, `, qui`) starts,
/// when no figure follows it; the sentence's end otherwise.
/// With no figure at all, a relative with no comma counts too: "Police
/// arrested the contractor who added the upper floor in 2021" (the one
/// detained is of the story; the year dates what they did before).
fn relative_after_figures(s: &str, lang: Lang) -> usize {
    let lower = lowered(s);
    let counts = value::find_counts(s, lang);
    let last_figure = counts.last().map_or(0, |(_, r)| r.end);
    every_lang(|e| e.relative_subjects)
        .flat_map(|w| {
            let comma = format!(", {w} ");
            let bare = format!(" {w} ");
            let mut at: Vec<usize> = lower.match_indices(&comma).map(|(at, _)| at).collect();
            if counts.is_empty() {
                at.extend(lower.match_indices(&bare).map(|(at, _)| at));
            }
            at
        })
        .filter(|&at| at >= last_figure)
        .min()
        .unwrap_or(s.len())
}

/// Whether a thing noun follows the figure ending at `end` within two
/// words ("two powerful earthquakes", "cinq hôpitaux"), up to the end of
/// any metric word: the figure counts things ("212 evacuation centres"
/// counts centres, even where centres are the metric's place).
pub(super) fn counts_things(text: &str, end: usize, metric: Option<&Range<usize>>) -> bool {
    let rest = &text[end..];
    let limit = metric
        .filter(|m| m.start >= end)
        .map_or(rest.len(), |m| m.start - end);
    let words: Vec<String> = pieces(&rest[..limit.min(rest.len())])
        .into_iter()
        .take(3)
        // "two neighbouring towns, the department said": the punctuation
        // after the noun ends the phrase, not before it.
        .take_while(|r| !rest[..r.start].contains([',', ';', '.', ':']))
        .map(|r| lowered(rest[r].trim_matches(|c: char| !c.is_alphanumeric())))
        .flat_map(unelided)
        .collect();
    // "hundreds of cattle": `of` right after the figure joins it to its
    // noun.
    let of = |w: &String| crate::lang::ALL.iter().any(|l| l.counts.noun_of == w);
    let words = match words.split_first() {
        Some((first, rest)) if of(first) => {
            if of_the_things(&text[end..]) {
                return true;
            }
            rest.to_vec()
        }
        _ => words,
    };
    let plural = |w: &str| crate::lang::ALL.iter().any(|l| l.entry.is_plural(w));
    for (i, w) in words.iter().enumerate().take(2) {
        // "54 as valley villages dig out": the figure's words end at a
        // small word.
        if crate::lang::is_stopword(w) {
            return false;
        }
        if is_thing_noun(w) {
            // "Four prison guards": a singular thing before a plural noun
            // names the people.
            let modifier = !plural(w)
                && words
                    .get(i + 1)
                    .is_some_and(|n| plural(n) && !crate::lang::is_stopword(n));
            if !modifier {
                return true;
            }
        } else if plural(w) {
            // "120 residents of houses": the head noun names people.
            return false;
        }
    }
    false
}

/// Whether a unit follows the figure ending at `end` ("45-year-old", "62
/// per cent", "the 1990s"): such a figure is an age, a share or a decade,
/// not a count. The units are spelt token by token (`tokens::spells`), so
/// any white space inside one reads as its space.
pub(super) fn followed_by_unit(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let toks = tokenize(rest);
    // "the 1990s": a decade.
    if toks
        .first()
        .is_some_and(|t| t.start == 0 && t.raw(rest) == "s")
        && spells(&toks, 0, rest, "s").is_some()
    {
        return true;
    }
    let mut i = 0;
    // "de 19 et 22 ans", "aged 19 or 20": the unit after the second figure.
    for joiner in every_lang(|e| e.figure_joiners) {
        if let Some(next) = spells(&toks, i, rest, joiner)
            && toks
                .get(next)
                .is_some_and(|t| t.is_number() && t.start > toks[next - 1].end)
        {
            i = next + 1;
        }
    }
    // "19-year-old": the hyphen glued to the unit.
    if toks.get(i).is_some_and(|t| t.punct(rest) == Some('-'))
        && toks.get(i + 1).is_some_and(|n| n.start == toks[i].end)
    {
        i += 1;
    }
    // "les cinq derniers kilomètres": one word between figure and unit.
    if let Some(next) = every_lang(|e| e.before_unit_words).find_map(|w| spells(&toks, i, rest, w))
    {
        i = next;
    }
    every_lang(|e| e.units).any(|u| spells(&toks, i, rest, u).is_some())
}

fn after_age_word(text: &str, start: usize) -> bool {
    // Nearest first.
    let before = words_before(text, start, 3);
    // "a girl of nine": a person's noun, then `of`, then the age.
    let of_person = match before.as_slice() {
        [(of, _), (noun, _), ..] => {
            crate::lang::ALL.iter().any(|l| l.counts.noun_of == of)
                && any_lang(noun, |e| e.age_nouns)
        }
        _ => false,
    };
    // "children under 15": a bound after who is counted gives their age.
    let bounded = match before.as_slice() {
        [(bound, _), (noun, _), ..] => {
            any_lang(bound, |e| e.age_bounds) && any_lang(noun, |e| e.age_nouns)
        }
        _ => false,
    };
    of_person || bounded || before.iter().any(|(w, _)| any_lang(w, |e| e.age_words))
}

/// `text` with each passive-only metric word (`arrêté`) blanked where no
/// passive marker stands before it, past adverbs ("le train s'est
/// arrêté", "un arrêté préfectoral"); "a été arrêté" keeps it.
pub(super) fn passive_only_blanked(mut text: String) -> String {
    let found: Vec<Range<usize>> = pieces(&text)
        .into_iter()
        .filter(|r| {
            let w = lowered(text[r.clone()].trim_matches(|c: char| !c.is_alphanumeric()));
            any_lang(&w, |e| e.passive_only_metric_words)
                && !words_before(&text, r.start, 3)
                    .iter()
                    .find(|(w, _)| !any_lang(w, |e| e.singular_adverbs))
                    .is_some_and(|(w, _)| any_lang(w, |e| e.passive_markers))
                && !figure_object(&text[r.end..])
        })
        .collect();
    for r in found {
        let end = r.start
            + text[r.clone()]
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .len();
        text.replace_range(r.start..end, &" ".repeat(end - r.start));
    }
    text
}

/// Whether `rest` opens on a figure, after at most a day ("a arrêté
/// jeudi deux complices"): the object of an active verb, who is counted.
fn figure_object(rest: &str) -> bool {
    let word =
        |r: &Range<usize>| lowered(rest[r.clone()].trim_matches(|c: char| !c.is_alphanumeric()));
    let first = pieces(rest).into_iter().find(|r| !is_day_word(&word(r)));
    first.is_some_and(|r| {
        let w = word(&r);
        !any_lang(&w, |e| e.articles)
            && (w.starts_with(|c: char| c.is_ascii_digit())
                || crate::lang::ALL
                    .iter()
                    .any(|l| value::parse_count(&w, *l).is_some()))
            // "s'est arrêté deux heures": a time, no one counted.
            && !followed_by_unit(rest, r.end)
    })
}

/// Whether `rest` opens on a partitive of things: "of", an article, then
/// possessives and figures up to a thing noun ("11 of the state's 38
/// districts").
/// A word with its elided link apart ("d'engins" is `de` and "engins"),
/// so the link reads as the word it stands for.
fn unelided(w: String) -> Vec<String> {
    let split = w.split_once(['\'', '’']).and_then(|(head, tail)| {
        crate::lang::ALL
            .iter()
            .flat_map(|l| l.counts.elided_words)
            .find(|(_, short)| *short == head)
            .map(|(full, _)| vec![full.to_string(), tail.to_string()])
    });
    split.unwrap_or_else(|| vec![w])
}

fn of_the_things(rest: &str) -> bool {
    let words: Vec<String> = pieces(rest)
        .into_iter()
        .take(5)
        .take_while(|r| !rest[..r.start].contains([',', ';', '.', ':']))
        .map(|r| lowered(rest[r].trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    // "two of the stolen rifles": the noun may follow one describing word.
    let mut heads = words.iter().skip(2).filter(|w| {
        !(w.ends_with("'s") || w.ends_with("’s") || w.chars().all(|c| c.is_ascii_digit()))
    });
    words.len() > 2
        && any_lang(&words[1], |e| e.articles)
        && heads
            .by_ref()
            .take(2)
            .any(|w| any_lang(w, |e| e.thing_nouns))
}

#[cfg(test)]
mod tests {
    use super::followed_by_unit;

    /// What the character scan this replaced read, case by case, but
    /// for white space inside a unit.
    #[test]
    fn units_after_a_figure() {
        let unit = |text: &str| followed_by_unit(text, text.find('|').unwrap() + 1);
        for text in [
            "the 1|s, when",
            "a 45-|year-old man",
            "aged 19| or 20 years",
            "de 19| et 22 ans",
            "62| percent",
            "62| per cent",
            "62|%",
            // White space inside a unit is any white space (it was one
            // plain space, so a wrapped or doubly spaced "per cent" left
            // a percentage as a count).
            "62| per  cent",
            "62| per\ncent",
            "at 10| a.m.",
            "110| km/h",
            "19|\u{a0}ans",
        ] {
            assert!(unit(text), "{text}");
        }
        for text in [
            "26| dead",
            "9| km² lost",
            "at 10|h30",
            "the 1|sx",
            "19| - years",
            "19| yearsold",
            "19| or twenty years",
        ] {
            assert!(!unit(text), "{text}");
        }
    }
}
