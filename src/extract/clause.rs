//! What one clause claims: its metric, value, qualifier and day.

use super::attribution::Attribution;
use super::care::care_place_after;
use super::said_day::same_day;
pub(super) use borrowed::Borrowed;
mod apposed;
mod borrowed;
mod date_claim;
mod definite;
mod more;
mod no_metric_word;
mod ones;
mod qualifier;
mod sheltered;
mod window;

use qualifier::{
    blanked, describes_subject, died_of_injuries, names_metric_elsewhere, not_people,
    owned_in_subject_relative, past_place, past_who, qualifier_of, with_kept_words,
    with_opening_comma, with_place_after_phrase,
};
pub(super) use window::continuation_in;
use window::{
    across_subordinate, among_follows, bare_living, describes, few_words_after, group_before,
    one_piece, part_of, partitive_perfect, partitive_predicate, predicate_after_aside, unmeasured,
    unmeasured_ahead, unmeasured_one, word_before_figure,
};

use super::lists::{
    ItemShape, aside_start, leading_place, leaves_objects, list_item, naming_words_end,
    place_after, place_before_relative,
};
use super::singular::{Singular, one as singular_count, singular_in_breakdown, singular_joined};
use super::words::*;
use crate::domain::{Kind, Lang, Value};
use crate::parse::date;
use crate::parse::entry::parse_fragment;
use crate::parse::lexicon::Lexicon;
use chrono::NaiveDate;
use std::ops::Range;

/// What one clause says.
pub(super) struct Found {
    pub(super) metric: String,
    pub(super) qualifier: String,
    pub(super) text: String,
    pub(super) value: Value,
    /// Bytes of the sentence covering the value and the metric word.
    pub(super) span: Range<usize>,
    /// A day named in the clause for a count ("up from 7,939 on Monday").
    pub(super) day: Option<NaiveDate>,
    /// A breakdown of the claim before ("dont 103 à Almaty").
    pub(super) breakdown: bool,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn read_clause(
    s: &str,
    clause: Range<usize>,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
    attributions: &[Attribution],
    previous: &Option<(String, Kind, String)>,
    chained: bool,
    borrowed: &Borrowed,
) -> Vec<Found> {
    // Attribution words are blanked so "said" and "the ministry" stay out
    // of metric search and qualifiers.
    let blank: Vec<Range<usize>> = attributions
        .iter()
        .map(|a| a.range.clone())
        .filter(|r| r.start < clause.end && clause.start < r.end)
        .map(|r| with_opening_comma(s, &clause, r))
        .collect();
    let text = super::traps::passive_only_blanked(blanked(s, &clause, &blank));
    let c = Clause {
        s,
        clause,
        lang,
        lexicon,
        reference,
        text,
        blank,
        more: false,
    };
    // "Twelve refugees killed": a word naming who is counted gives way to
    // a metric word of the clause that says what befell them, and stays
    // in the qualifier in its place.
    let mut swapped: Option<(String, String)> = None;
    let metric = c.lexicon.find(&c.text, lang).map(|m| {
        let word = lowered(&c.text[m.span.clone()]);
        let status = any_lang(&word, |e| e.status_metric_words);
        let part = part_of(&c.text, &m.span) || describes(&c.text, &m.span);
        let weak = status || any_lang(&word, |e| e.weak_metric_words) || part;
        let mut rest = c.text.clone();
        rest.replace_range(m.span.clone(), &" ".repeat(m.span.len()));
        let mut between = None;
        let other = c
            .lexicon
            .find(&rest, lang)
            .map(|o| past_who(&c, &rest, o, weak, &mut between));
        match other {
            // "300 detainees moved to a sports hall": held people moved are not displaced.
            Some(other) if status && other.metric == "displaced" => None,
            Some(other)
                if (weak || died_of_injuries(&c.text, &m, &other))
                    && other.kind == Kind::Count
                    && !(part && other.metric == m.metric) =>
            {
                swapped = Some((
                    between.take().unwrap_or(word),
                    lowered(&c.text[other.span.clone()]),
                ));
                Some(other)
            }
            _ if status && !names_metric_elsewhere(s, &c, &m) => None,
            _ => Some(m),
        }
    });
    // "an inquiry into Tavde's death", "over his death": one person's
    // death owned after a preposition counts nobody.
    let metric = metric.flatten().filter(|m| {
        let before = words_before(&c.text, m.span.start, 2);
        let owned = before.first().is_some_and(|(w, _)| {
            w.ends_with("'s") || w.ends_with("’s") || any_lang(w, |e| e.possessives)
        });
        let word = lowered(&c.text[m.span.clone()]);
        !(owned
            && !lang.entry.is_plural(&word)
            && before
                .get(1)
                .is_some_and(|(w, _)| crate::lang::is_stopword(w) && !any_lang(w, |e| e.articles)))
    });
    // "640 malades ont été hospitalisés": the care of the sick is no
    // injury; "un complice est toujours recherché" is no one missing.
    let metric = metric.filter(|m| {
        let word = lowered(&c.text[m.span.clone()]);
        let said = |refusers: &[&str]| {
            words_of(s).any(|w| {
                let w = lowered(w.trim_matches(|ch: char| !ch.is_alphanumeric()));
                refusers.contains(&w.as_str())
            })
        };
        !crate::lang::ALL.iter().any(|l| {
            (l.extraction.metric_word_refusals.iter())
                .any(|(words, refusers)| words.contains(&word.as_str()) && said(refusers))
        })
    });
    // "Of the 47 injured, 15 had burns over half of their bodies", "Of
    // the dead, 28 were homeless people": after a partitive header the
    // header's metric holds over another metric's basis or word naming
    // who is counted, which says who the part are.
    // So does the claim before over a weak word in a breakdown opening the
    // clause ("11 were found outdoors, | among them five homeless people").
    let opens_breakdown = continuation_in(&c.text, false)
        .is_some_and(|(r, comparison)| !comparison && c.text[..r.start].trim().is_empty());
    let header_holds = metric.as_ref().is_some_and(|m| {
        let word = lowered(&c.text[m.span.clone()]);
        let weak = any_lang(&word, |e| e.weak_metric_words);
        let kept = every_lang_pairs(|e| e.kept_metric_words).any(|(w, _)| *w == word);
        borrowed.before.as_ref().is_some_and(|b| *b != m.metric)
            && (borrowed.after_header && (weak || kept) || opens_breakdown && weak)
    });
    let weak_word = metric
        .as_ref()
        .filter(|_| header_holds)
        .map(|m| lowered(&c.text[m.span.clone()]))
        .filter(|w| any_lang(w, |e| e.weak_metric_words));
    let metric = metric
        .filter(|_| !header_holds)
        .and_then(|m| past_place(&c, m));
    if metric.is_none() && !header_holds && c.lexicon.find(&c.text, lang).is_some() {
        return Vec::new();
    }
    let swap = |mut f: Found| {
        if let Some((weak, strong)) = &swapped {
            let mut words: Vec<&str> = words_of(&f.qualifier)
                .filter(|w| *w != strong && *w != weak)
                .collect();
            // "Deux des victimes sont mortes": victims say no group; a
            // phrase with a label of its own keeps the label ("in custody"
            // → custody), once.
            let label = every_lang_pairs(|e| e.kept_metric_words)
                .find(|(w, _)| w == weak)
                .map_or(weak.as_str(), |(_, label)| label);
            let present = words_of(label).all(|l| words.contains(&l));
            if !any_lang(weak, |e| e.casualty_words) && !present {
                words.insert(0, label);
            }
            f.qualifier = words.join(" ");
        }
        f
    };
    if metric
        .as_ref()
        .is_some_and(|m| not_people(s, &c.text, c.clause.start, m.span.clone()))
    {
        return Vec::new();
    }
    let found = match metric {
        Some(m) => match m.kind {
            Kind::Count => {
                let metric = m.metric.clone();
                // "Les deux blessés, un homme et sa fille, ont été
                // hospitalisés": one in care is one counted already.
                let said = lowered(&c.text[m.span.clone()]);
                let care = every_lang(|e| e.care_metric_words).any(|w| {
                    said.strip_prefix(w)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                });
                let count = c
                    .count(
                        m.metric.clone(),
                        Some(m.span.clone()),
                        None,
                        previous,
                        false,
                        borrowed.heads_list,
                    )
                    .or_else(|| {
                        let coordinated = borrowed.and_before && previous.is_some();
                        (!care)
                            .then(|| c.one(m.metric, &m.span, previous, coordinated))
                            .flatten()
                    });
                // "perished in the wildfire that broke out on Thursday":
                // a dated happening after the count.
                let rest = &c.text[m.span.end..];
                let date = c
                    .lexicon
                    .find(rest, lang)
                    .filter(|d| d.kind == Kind::Date)
                    .and_then(|d| {
                        let at = m.span.end;
                        c.date(d.metric, d.span.start + at..d.span.end + at)
                    });
                // "claimed 3,450 lives last year": an earlier period's
                // count, unless the phrase dates a happening ("broke out on
                // 15 April last year").
                let lower = lowered(&c.text);
                let says = |p: &str| {
                    lower
                        .match_indices(p)
                        .any(|(at, _)| is_word_boundary(&lower, at, at + p.len()))
                };
                let earlier = date.is_none()
                    && every_lang(|e| e.background_in_clause).any(|p| {
                        says(p)
                            && !describes_subject(&c, &lower, p, m.span.start)
                            && !owned_in_subject_relative(&lower, p, m.span.start)
                    });
                // "three people listed among the dead were found alive".
                let alive = every_lang(|e| e.alive_phrases).any(says);
                if earlier || alive {
                    return Vec::new();
                }
                // "put the death toll at four, including a police officer":
                // one more, in a breakdown glued to the clause.
                let one = count.as_ref().and_then(|f| {
                    c.one_in_breakdown(f)
                        .or_else(|| c.one_coordinated(f, &m.span))
                });
                // "rose to 14 after divers recovered three more bodies".
                let before = count.as_ref().map(|f| f.metric.clone());
                let before = before.or_else(|| previous.as_ref().map(|p| p.0.clone()));
                let more = c.more(before.or_else(|| borrowed.sentence_before.clone()));
                let moved = count.as_ref().and_then(|f| c.moved_to(f));
                // "Les victimes, un chauffeur et trois membres d'une même
                // famille, dont …, ont été tuées": the list after the
                // casualty word holds the figure the clause reads.
                let named = match count.as_ref().map(|f| c.ones_in_apposition(f)) {
                    Some(named) if !named.is_empty() => named,
                    _ => c.ones_after_casualty_word(&metric, &m.span),
                };
                let read: Vec<&Found> = count.iter().chain(one.iter()).collect();
                let definite = c.definite_ones(&metric, &m.span, &read);
                // People named before the claim's own words come first, in
                // the order of the copy ("Les victimes, un chauffeur | et
                // trois membres d'une même famille, dont un enfant").
                let before =
                    |f: &Found| count.as_ref().is_some_and(|c| f.span.start < c.span.start);
                let (ahead, named): (Vec<Found>, Vec<Found>) = named.into_iter().partition(before);
                return ahead
                    .into_iter()
                    .chain(count.into_iter().chain(one).map(swap))
                    .chain(more.into_iter().chain(moved))
                    .chain(named)
                    .chain(definite)
                    .chain(date)
                    .collect();
            }
            Kind::Date => c.date(m.metric, m.span),
            Kind::Text => None,
        },
        // "a indiqué la préfecture, qui en avance une centaine chaque
        // année": a figure that borrows its metric in a clause of a
        // yearly or earlier period is that period's, as with its word.
        // "…, and a heating engineer who serviced the boiler last month":
        // a figureless one joined to an object list, whose relative the
        // phrase dates, is no earlier count (`describes_subject`).
        None if every_lang(|e| e.background_in_clause).any(|p| {
            let lower = lowered(&c.text);
            lower
                .match_indices(p)
                .any(|(at, _)| is_word_boundary(&lower, at, at + p.len()))
                && !describes_subject(&c, &lower, p, 0)
        }) =>
        {
            None
        }
        None => c
            .without_metric_word(previous, chained, borrowed)
            .map(|mut f| {
                if let Some(w) = weak_word.filter(|w| !words_of(&f.qualifier).any(|q| q == w)) {
                    f.qualifier = format!("{w} {}", f.qualifier).trim().to_string();
                }
                f
            }),
    };
    found.into_iter().collect()
}

/// One clause of a sentence, with attribution words blanked out of `text`
/// (offsets in `text` are offsets in the clause).
struct Clause<'a> {
    s: &'a str,
    clause: Range<usize>,
    lang: Lang,
    lexicon: &'a Lexicon,
    reference: NaiveDate,
    text: String,
    blank: Vec<Range<usize>>,
    /// Reads the figures said as more ("nine more bodies") instead of the
    /// others: the clause `more` cuts from a figure on.
    more: bool,
}

impl Clause<'_> {
    fn shifted(&self, r: Range<usize>) -> Range<usize> {
        r.start + self.clause.start..r.end + self.clause.start
    }

    /// A claim of one person, read at `one` in the clause's text.
    fn one_found(&self, metric: String, one: Singular, breakdown: bool) -> Found {
        Found {
            metric,
            span: self.shifted(one.start..one.start + one.text.len()),
            qualifier: one.qualifier,
            text: one.text,
            value: Value::Count(singular_count()),
            day: None,
            breakdown,
        }
    }

    fn qualifier(&self, window: &[Range<usize>], blank: &[Range<usize>], metric: bool) -> String {
        qualifier_of(
            self.s,
            &self.clause,
            window,
            blank,
            self.lang,
            self.lexicon,
            self.reference,
            metric,
        )
    }

    /// A count claim: the figure nearest the metric word (or the first,
    /// for a continuation), its qualifier and the day named with it.
    fn count(
        &self,
        metric: String,
        metric_span: Option<Range<usize>>,
        continuation: Option<(Range<usize>, bool)>,
        previous: &Option<(String, Kind, String)>,
        item: bool,
        heads_list: bool,
    ) -> Option<Found> {
        let text = &self.text;
        let counts = self.counts(metric_span.as_ref());
        let near = |r: &Range<usize>| match &metric_span {
            Some(m) if r.end <= m.start => m.start - r.end,
            Some(m) if r.start >= m.end => r.start - m.end,
            Some(_) => 0,
            None => r.start,
        };
        // A figure past a subordinator after the metric word gives way to
        // one outside it; one before it never counts.
        let outside = |r: &Range<usize>, after: bool| {
            metric_span
                .as_ref()
                .is_none_or(|m| (r.start >= m.end) != after || !across_subordinate(text, r, m))
        };
        let fallback = !counts
            .iter()
            .any(|(_, r)| outside(r, true) && outside(r, false));
        let mut picks = counts
            .iter()
            .filter(|(_, r)| outside(r, false) && (fallback || outside(r, true)));
        let (count, range) = if item {
            picks.next()?.clone()
        } else {
            picks.min_by_key(|(_, r)| near(r))?.clone()
        };
        // "dont plusieurs enfants": a breakdown too vague to log.
        if metric_span.is_none() && count.vague && count.low == Some(2.0) && count.high == Some(9.0)
        {
            return None;
        }
        let (count, word_start) = word_before_figure(text, count, &range);
        let value_range = word_start.unwrap_or(range.start)..range.end;
        let mut blank = self.blank.clone();
        if value_range != range {
            blank.push(self.shifted(value_range.start..range.start));
        }
        // The claim's words: value to metric word, or for a breakdown
        // the value and a few words after it.
        let mut window = match &metric_span {
            // "Vingt-six morts parmi les manifestants": who is counted
            // may follow the metric word.
            Some(m) if among_follows(&text[m.end..]) => {
                one_piece(range.start.min(m.start)..few_words_after(text, m.end, 4))
            }
            // "killing at least 27 passengers", "The death toll from two
            // earthquakes that struck … rose to 40": the metric word, then
            // the figure and the words naming who it counts; a cause or a
            // relative clause between them is no part of it.
            Some(m) if m.end <= range.start => vec![
                m.start..aside_start(text, m.end, range.start),
                range.start..naming_words_end(text, range.end),
            ],
            // "Twelve soldiers were killed in the province of Zarin": a
            // named place right after the metric word is where they were.
            Some(m) => {
                let end = range.end.max(m.end);
                let place = place_after(text, end).map_or(end, |p| p.end);
                one_piece(range.start.min(m.start)..place)
            }
            None => {
                one_piece(range.start..few_words_after(text, range.end, if item { 8 } else { 7 }))
            }
        };
        // "Nine of the dead were teenagers": who the part is follows.
        if let Some(m) = &metric_span
            && let Some(named) = partitive_predicate(text, &range, m)
        {
            // "Twenty-three of those arrested were later released": a part
            // counted for no metric now is no claim.
            if unmeasured(&text[named.clone()], self.lang) {
                return None;
            }
            window.push(named);
        } else if let Some(m) = &metric_span
            && partitive_perfect(text, &range, m)
                .is_some_and(|named| unmeasured(&text[named], self.lang))
        {
            // "22 of those detained had been released": as above, past a
            // perfect's auxiliary.
            return None;
        }
        // "five more died later in hospital": where they were.
        if let Some(care) = metric_span
            .as_ref()
            .and_then(|m| care_place_after(text, m.end.max(range.end)))
        {
            window.push(care);
        }
        // "Dans la province de Dravik, 734 personnes ont péri": a place
        // opening the clause is where the figure is.
        if let Some(place) = leading_place(text, range.start) {
            window.push(place);
        }
        window.extend(group_before(text, &range));
        // "Seven people were killed in Brask, three in Tovel": the head of
        // a list of places keeps its own.
        if heads_list {
            let after = metric_span
                .as_ref()
                .map_or(range.end, |m| m.end.max(range.end));
            // "ont tué 26 personnes à Bangassi": past who is counted.
            let after = match &metric_span {
                Some(m) if m.end <= range.start => naming_words_end(text, after),
                _ => after,
            };
            let next = words_of(&text[after..]).next().unwrap_or("").to_lowercase();
            if any_lang(&next, |e| e.place_prepositions) {
                window.push(after..few_words_after(text, after, 7));
            }
        }
        // Qualifier: what quick entry keeps of the window, with other
        // figures and the continuation word blanked out.
        for (_, r) in &counts {
            if *r != range {
                blank.push(self.shifted(r.clone()));
            }
        }
        if let Some((c, _)) = &continuation {
            blank.push(self.shifted(c.clone()));
        }
        let qualifier = match (&continuation, previous) {
            (Some((_, true)), Some((_, _, q))) => q.clone(),
            _ => self.qualifier(&window, &blank, metric_span.is_some()),
        };
        // "Neuf élèves ont été tués et 37 autres blessés": others of the
        // people counted before, when the figure names no one itself.
        let next = words_of(&text[value_range.end..])
            .next()
            .map(lowered)
            .unwrap_or_default();
        let others = self.lang.entry.others.contains(&next.as_str())
            && self.lang.entry.more_words.contains(&next.as_str());
        let qualifier = match previous {
            Some((_, Kind::Count, q))
                if others && qualifier.is_empty() && continuation.is_none() =>
            {
                q.clone()
            }
            _ => qualifier,
        };
        let qualifier = match &metric_span {
            Some(m) => with_kept_words(qualifier, m, text),
            None => qualifier,
        };
        let qualifier = match &metric_span {
            Some(m) if m.end >= range.end => {
                with_place_after_phrase(qualifier, m, &self.s[self.clause.start..])
            }
            _ => qualifier,
        };
        // "…in Dorvan province, where 804 people were killed": the place
        // the relative stands for.
        let qualifier = match place_before_relative(self.s, self.shifted(range.clone()).start) {
            Some(place) if !qualifier.contains(&place) => {
                format!("{place} {qualifier}").trim().to_string()
            }
            _ => qualifier,
        };
        let day = date::find_day(
            text,
            self.lang,
            Some(self.reference),
            date::tense_of(text, self.lang),
        )
        .map(|(span, r)| same_day(span, &text[r], self.reference).start);
        let span_words = match &metric_span {
            Some(m) => value_range.start.min(m.start)..value_range.end.max(m.end),
            None => value_range.clone(),
        };
        Some(Found {
            metric,
            qualifier,
            text: text[value_range].trim().to_string(),
            value: Value::Count(count),
            span: self.shifted(span_words),
            day,
            breakdown: matches!(continuation, Some((_, false))),
        })
    }
}
