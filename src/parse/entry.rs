//! Quick entry: "26 armed criminals killed, 18 wounded" → two claims.
//!
//! A text is split into fragments on `,` `;` `.` and joining words (`and`),
//! never inside a number or a date the value and date parsers recognise
//! (`split`). Each fragment needs a quantity (or a day) and a metric word
//! from the lexicon, or what stands for them (`infer`: `un mort`, `bodies
//! recovered`, a metric carried over a list); the content words left over
//! become the qualifier (`qualifier`).

use crate::domain::{Count, Kind, Value};
use crate::lang::{ALL, Lang};
use crate::parse::date;
use crate::parse::lexicon::Lexicon;
use crate::parse::value;
use chrono::NaiveDate;
use std::ops::Range;

mod header;
mod infer;
mod measure;
mod mend;
mod merge;
mod person;
mod qualifier;
mod settle;
mod source;
mod split;
mod structured;
mod uncounted;

pub use split::split_fragments;
pub use structured::parse_structured_value;

/// One claim read from a fragment of a quick entry.
#[derive(Debug, Clone, PartialEq)]
pub struct EntryClaim {
    /// The fragment as typed.
    pub fragment: String,
    /// The metric named by the fragment's metric word; `None` when it has
    /// none (`parse` shows such a fragment, `add` refuses it).
    pub metric: Option<String>,
    pub qualifier: String,
    /// The value's own words, as said (`au moins 26`, `jeudi`).
    pub text: String,
    pub value: Value,
}

impl EntryClaim {
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }
}

/// Why a fragment could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EntryError {
    #[error("nothing to record: the text is empty")]
    Empty,
    #[error("cannot read '{fragment}': {why}")]
    Unreadable { fragment: String, why: String },
}

fn unreadable(fragment: &str, why: impl Into<String>) -> EntryError {
    EntryError::Unreadable {
        fragment: fragment.trim().to_string(),
        why: why.into(),
    }
}

/// Reads every claim of a quick entry. `reference` resolves weekdays and
/// `yesterday` (the claim's said/published date, else today).
pub fn parse_entry(
    text: &str,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
) -> Result<Vec<EntryClaim>, EntryError> {
    parse_entry_noting(text, lang, lexicon, reference).map(|r| r.claims)
}

/// A quick entry as read: its claims, and the fragments left out because
/// their figures count no one a metric measures.
#[derive(Debug, Clone, PartialEq)]
pub struct EntryReading {
    pub claims: Vec<EntryClaim>,
    /// "41 rescapés", "1 200 maisons détruites" beside claims that have a
    /// metric: said, so the caller can say they were not recorded.
    pub unmeasured: Vec<String>,
    /// The language it was read in: the entry's own, or the other one a
    /// pasted line is clearly in (the claims' `lang` says which).
    pub lang: Lang,
}

/// `parse_entry`, with the fragments it left out.
///
/// A desk set to one language pastes lines in another (an English wire
/// alert on a French desk): when the entry's own words clearly say the
/// other language and it reads whole there (every figure with a metric),
/// that reading is taken if the entry's language reads it in part, or
/// reads the same metrics with other values (`at least 23 dead` keeps
/// its bound). Where the two name other metrics, the entry's language
/// (and the words a user gave it) decides.
pub fn parse_entry_noting(
    text: &str,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
) -> Result<EntryReading, EntryError> {
    let own = read_entry(text, lang, lexicon, reference);
    if let Some(other) = crate::parse::lang::clear_guess(text).filter(|l| *l != lang)
        && let Ok(theirs) = read_entry(text, other, lexicon, reference)
        && whole(&theirs.claims)
    {
        let metrics = |c: &[EntryClaim]| c.iter().map(|c| c.metric.clone()).collect::<Vec<_>>();
        // It must understand at least as much: no more words left over in
        // its qualifiers, and no fewer words of a value ("some 40" read as
        // 40) than ours.
        let left = |c: &[EntryClaim]| {
            c.iter()
                .map(|c| c.qualifier.split_whitespace().count())
                .sum::<usize>()
        };
        let said = |c: &EntryClaim| c.text.split_whitespace().count();
        let better = match &own {
            Ok(mine) => {
                (!whole(&mine.claims) || metrics(&mine.claims) == metrics(&theirs.claims))
                    && left(&theirs.claims) <= left(&mine.claims)
                    && mine
                        .claims
                        .iter()
                        .zip(&theirs.claims)
                        .all(|(m, t)| said(t) >= said(m))
            }
            Err(_) => true,
        };
        if better {
            return Ok(theirs);
        }
    }
    own
}

/// Whether every figure of a reading has a metric.
fn whole(claims: &[EntryClaim]) -> bool {
    !claims.is_empty() && claims.iter().all(|c| c.metric.is_some())
}

/// Reads every claim of a quick entry in one language.
fn read_entry(
    text: &str,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
) -> Result<EntryReading, EntryError> {
    // "UPDATE 2: toll now 27": a header says when, its number counts no one.
    let blanked = header::without_header(text, lang);
    // "at lest 10 dead": a bound typed a letter wrong still bounds.
    let unglued = mend::unglued(&blanked, lang);
    let mended = mend::mended(&unglued, lang);
    let text = mended.as_ref();
    let fragments = split::split_entry(text, lang, lexicon);
    let fragments = with_change_clauses(text, fragments, lang, lexicon, reference);
    if fragments.is_empty() {
        return Err(EntryError::Empty);
    }
    // A figure read in part (`1e400` as 1, `-5` as 5) would be recorded
    // wrong without a word: refuse it, naming the fragment it sits in.
    if let Some((bad, why)) = value::first_unreadable(text, lang) {
        let around = fragments
            .iter()
            .find(|r| overlaps(r, &bad))
            .map_or(text, |r| &text[r.clone()]);
        return Err(unreadable(around, format!("'{}' {why}", &text[bad])));
    }
    let mut reads = Vec::with_capacity(fragments.len());
    for range in &fragments {
        reads.push(read_fragment(
            &text[range.clone()],
            lang,
            lexicon,
            reference,
            true,
        )?);
    }
    let gaps: Vec<&str> = fragments
        .windows(2)
        .map(|w| &text[w[0].end..w[1].start])
        .collect();
    if let Some(why) = reads
        .iter()
        .map(|r| r.no_count.clone())
        .collect::<Option<Vec<_>>>()
    {
        return Err(unreadable(&reads[0].claim.fragment, why.join("; ")));
    }
    settle::settle(&mut reads, &gaps, lang);
    // "15 victimes dont 2 morts et 13 blessés": a total of casualties
    // counts no metric of its own.
    for (i, read) in reads.iter_mut().enumerate() {
        let after = fragments[i].end;
        if infer::casualty_total(&read.claim.fragment, &text[after..], lang) {
            read.claim.metric = None;
        }
    }
    let mut claims: Vec<(EntryClaim, bool)> = Vec::with_capacity(reads.len());
    for read in reads {
        let unmeasured = read.unmeasured && read.claim.metric.is_none();
        let claim = read.claim;
        // An opening "a"/"un" is a figure only beside a metric word.
        if read.bare_singular && claim.metric.is_none() && !unmeasured {
            return Err(unreadable(&claim.fragment, "no figure, day or metric word"));
        }
        if let Some(why) = count_range_error(&claim.value, &claim.text) {
            return Err(unreadable(
                &claim.fragment,
                format!("'{}' {why}", claim.text),
            ));
        }
        // "17 dead (not 71, typo)": a refuted figure is no claim.
        if infer::refuted(&claim, lang) {
            continue;
        }
        claims.push((claim, unmeasured));
    }
    // "naufrage : 41 rescapés, 23 corps repêchés": beside claims with a
    // metric, figures that count no one measured are left out (and said);
    // alone they stay, for `add` to refuse with a word.
    let measured = claims.iter().any(|(c, _)| c.metric.is_some());
    let (out, kept): (Vec<_>, Vec<_>) = claims
        .into_iter()
        .partition(|(_, unmeasured)| measured && *unmeasured);
    Ok(EntryReading {
        claims: kept.into_iter().map(|(c, _)| c).collect(),
        unmeasured: out.into_iter().map(|(c, _)| c.fragment).collect(),
        lang,
    })
}

/// The fragments with each clause telling how the total moved cut off as
/// a fragment of its own when it reads as a claim ("toll climbs to 30 as
/// 5 more bodies found": the bodies recovered are counted, as extraction
/// counts them); one that does not ("after 2 more die") stays, and
/// `read_fragment` leaves it out of the claim.
fn with_change_clauses(
    text: &str,
    fragments: Vec<Range<usize>>,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(fragments.len());
    for range in fragments {
        let fragment = &text[range.clone()];
        let cut = value::find_counts(fragment, lang)
            .first()
            .and_then(|(_, first)| infer::change_clause_after(fragment, first, lang))
            // The clause without its opening word (`as`, `after`).
            .and_then(|at| Some((at, at + fragment[at..].find(char::is_whitespace)?)))
            .filter(|&(_, from)| {
                read_fragment(&fragment[from..], lang, lexicon, reference, true).is_ok()
            });
        match cut {
            Some((at, from)) => {
                out.extend([range.start..range.start + at, range.start + from..range.end])
            }
            None => out.push(range),
        }
    }
    out
}

/// Reads one fragment as extraction reads a clause: its metric word, its
/// first figure (or day) and the qualifier left.
pub fn parse_fragment(
    fragment: &str,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
) -> Result<EntryClaim, EntryError> {
    read_fragment(fragment, lang, lexicon, reference, false).map(|read| read.claim)
}

/// Reads one fragment; in a quick entry (`entry`) also an opening
/// `a`/`un`/`another` as one and a basis as the metric (see `infer`).
fn read_fragment(
    fragment: &str,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
    entry: bool,
) -> Result<settle::Read, EntryError> {
    // "toll rises to 9 after 2 more die": the clause telling how the
    // total moved is no part of the claim, nor of its metric or qualifier.
    if entry
        && let Some((_, first)) = value::find_counts(fragment, lang).first()
        && let Some(at) = infer::change_clause_after(fragment, first, lang)
    {
        let mut read = read_fragment(&fragment[..at], lang, lexicon, reference, entry)?;
        read.claim.fragment = fragment.trim().to_string();
        return Ok(read);
    }
    let breakdown = is_breakdown(fragment);
    let mut named = infer::metric_of(fragment, lang, lexicon, entry && !breakdown);
    let mut of_part = false;
    // "6 of the wounded died in hospital": a part of the people one metric
    // counts, counted by the metric after; the first word says who.
    if entry
        && let Some(m) = &named.metric
        && let Some(other) = infer::second_metric(fragment, lang, lexicon, m, &named.spans)
        && other.span.start > m.span.end
        && infer::partitive_header_before(fragment, lang, &m.span)
    {
        named.metric = Some(other);
        named.spans.clear();
        named.removed.clear();
        named.label = None;
        of_part = true;
    }
    let metric = named.metric;
    // "300 dead or injured": two metrics for one figure is neither.
    if entry
        && !of_part
        && let Some(m) = &metric
        && let Some(other) = infer::second_metric(fragment, lang, lexicon, m, &named.spans)
    {
        return Err(unreadable(
            fragment,
            format!(
                "'{}' and '{}' name two metrics: give each its own figure",
                &fragment[m.span.clone()],
                &fragment[other.span]
            ),
        ));
    }
    let own_metric = metric.is_some();
    let from_basis = metric.as_ref().is_some_and(|m| m.span.is_empty());
    let dates = date::date_spans(fragment, lang);
    let mut bare_singular = false;
    // In an entry, a figure with a unit ("un enfant de 5 ans") is no count.
    let count = value::find_counts(fragment, lang)
        .into_iter()
        .find(|(_, r)| {
            let in_date = dates.iter().any(|d| overlaps(d, r));
            let measure = entry && measure::has_unit(fragment, r);
            let name = entry && source::numbers_a_source(fragment, r);
            !in_date && !measure && !name
        })
        .or_else(|| {
            let one = infer::singular_in(fragment, lang).filter(|_| entry)?;
            bare_singular = metric.is_none();
            Some((Count::exact(1.0), one))
        })
        .or_else(|| {
            // "no deaths", "aucun blessé": none, beside a metric word only.
            let none = infer::zero_at(fragment, lang).filter(|_| entry && metric.is_some())?;
            Some((Count::exact(0.0), none))
        })
        .or_else(|| {
            // "traiteur interpellé": a singular participle after who is
            // counted says one.
            let m = metric.as_ref().filter(|_| entry)?;
            // A basis names the metric with words of its own.
            let span = if m.span.is_empty() {
                named.spans.first()?.clone()
            } else {
                m.span.clone()
            };
            infer::singular_participle(fragment, lang, &span)?;
            Some((Count::exact(1.0), span))
        })
        .or_else(|| {
            // "the captain and 2 crew arrested", "shop owner detained": a
            // person named alone, before the metric word, is one.
            let named_alone = || {
                let end = match &metric {
                    Some(m) if m.span.is_empty() => named.spans.first()?.start,
                    Some(m) => m.span.start,
                    None => fragment.len(),
                };
                // "incl driver", "incl. driver": after a breakdown marker.
                let marker = infer::opening_marker(&fragment[..end], lang)
                    .map(|m| m.start..infer::past_marker_dot(&fragment[..end], m.end));
                let from = marker.as_ref().map_or(0, |m| m.end);
                let one = person::person_phrase(&fragment[from..end], lang, lexicon)
                    .filter(|_| entry)
                    .map(|r| r.start + from..r.end + from)?;
                // The marker stands for the figure: the noun after it is the
                // qualifier.
                Some(marker.unwrap_or(one))
            };
            // "le syndic placé en garde à vue", "son adjoint": a definite
            // person is one, beside a metric (or in a list that names one).
            let one =
                named_alone().or_else(|| infer::definite_at(fragment, lang).filter(|_| entry))?;
            bare_singular = metric.is_none();
            Some((Count::exact(1.0), one))
        });
    let day = || {
        date::find_day(
            fragment,
            lang,
            Some(reference),
            date::tense_of(fragment, lang),
        )
    };

    let (value, value_span): (Value, Range<usize>) = match &metric {
        Some(m) if m.kind == Kind::Date => match day() {
            Some((span, range)) => (Value::Date(span), range),
            None => {
                return Err(unreadable(
                    fragment,
                    format!("'{}' needs a day (Thursday, jeudi, 6 January)", m.metric),
                ));
            }
        },
        Some(m) if m.kind == Kind::Text => {
            return Err(unreadable(
                fragment,
                format!(
                    "'{}' is a text metric: use --metric {} --value TEXT",
                    m.metric, m.metric
                ),
            ));
        }
        Some(m) => match count {
            Some((c, range)) => (Value::Count(c), range),
            None => {
                let named = if m.span.is_empty() {
                    m.metric.as_str()
                } else {
                    &fragment[m.span.clone()]
                };
                return Err(unreadable(fragment, format!("no figure for '{named}'")));
            }
        },
        None => match (count, day()) {
            (Some((c, range)), _) => (Value::Count(c), range),
            (None, Some((span, range))) => (Value::Date(span), range),
            (None, None) => return Err(unreadable(fragment, "no figure, day or metric word")),
        },
    };

    let changed = |change: &str| {
        unreadable(
            fragment,
            format!("'{change}' gives a change, not a total (write the total)"),
        )
    };
    if entry && let Some(change) = infer::change_before(fragment, &value_span, lang) {
        return Err(changed(change));
    }
    // "200 could die", "kills 1 in 5": no count; beside real claims it is
    // left out (and said), alone it is refused with why.
    let no_count =
        uncounted::no_count(fragment, &value_span, metric.as_ref(), lang).filter(|_| entry);
    let metric = metric.filter(|_| no_count.is_none());
    let own_metric = own_metric && no_count.is_none();
    // "2 more dead", "5 more injured in Kabul" only move a toll; "three
    // more bodies recovered" (a basis) and "one more died in hospital" (a
    // place of care) count people their own words set apart from it (read
    // below, once the qualifier is known).
    let more = infer::more_after(fragment, &value_span, lang).filter(|_| entry);
    if let Value::Date(span) = value {
        date::check_years(span, &fragment[value_span.clone()])
            .map_err(|e| unreadable(fragment, e))?;
    }
    let mut removed = vec![value_span.clone()];
    if let Some(m) = &metric {
        removed.push(m.span.clone());
        // "the quake killed at least 300 people", "rescuers have
        // recovered 40 bodies": before a metric verb that takes the figure
        // as its object is the cause or the counter, not who is counted
        // ("Soldiers killed: 12" is a label, and keeps them).
        let verb = if m.span.is_empty() {
            named.spans.iter().find(|r| r.end <= value_span.start)
        } else {
            Some(&m.span)
        };
        let noun = |v: &Range<usize>| {
            let word = fragment[v.clone()].to_lowercase();
            lang.entry.metric_nouns.contains(&word.as_str())
        };
        let object = verb.filter(|v| {
            m.kind == Kind::Count
                && v.end <= value_span.start
                && !fragment[v.end..value_span.start].contains(':')
                && !noun(v)
        });
        if entry && let Some(verb) = object {
            removed.push(0..verb.start);
        }
    }
    if entry {
        removed.extend(source::source_labels(
            fragment,
            &value_span,
            metric.as_ref(),
        ));
    }
    removed.extend(named.removed);
    removed.extend(dates.iter().cloned());
    if entry {
        // "2 ados (16 et 17 ans)": their ages are not who they are.
        let figures: Vec<Range<usize>> = value::find_counts(fragment, lang)
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        removed.extend(measure::age_brackets(fragment, &figures));
    }
    let clause = qualifier::clause_around(fragment, &value_span);
    let words = qualifier::qualifier(
        &fragment[clause.clone()],
        &qualifier::removed_in(&removed, clause),
        entry && matches!(value, Value::Count(_)),
    );
    let qualifier = match named.label {
        Some(name) if words.is_empty() => name.to_string(),
        Some(name) => format!("{name} {words}"),
        None => words,
    };
    let apart = named.label.is_some()
        || qualifier
            .split_whitespace()
            .any(|w| ALL.iter().any(|l| l.extraction.care_places.contains(&w)));
    if let Some(change) = more.filter(|_| !apart) {
        return Err(changed(change));
    }
    // "blast kills 5": the metric word is a verb taking the figure.
    let metric_first = metric.as_ref().is_some_and(|m| {
        !m.span.is_empty()
            && m.span.end <= value_span.start
            && !fragment[m.span.end..value_span.start].contains(':')
    });
    Ok(settle::Read {
        claim: EntryClaim {
            fragment: fragment.trim().to_string(),
            metric: metric.map(|m| m.metric),
            qualifier,
            text: fragment[value_span].trim().to_string(),
            value,
        },
        own_metric,
        bare_singular,
        definite: infer::singular_at(fragment, lang).is_none()
            && infer::definite_at(fragment, lang).is_some(),
        breakdown,
        others: entry && infer::names_others(fragment, lang),
        unmeasured: no_count.is_some()
            || (entry && !own_metric && uncounted::names_unmeasured(fragment, lang)),
        from_basis,
        more: more.is_some(),
        metric_first,
        no_count,
    })
}

/// Why a count's bounds cannot be stored (see `domain::MAX_COUNT`), or
/// cannot be a count at all: people are counted whole, so `11,300` read
/// as 11.3 (a French decimal comma) or `1/2` is refused rather than kept.
/// `said` is the figure as written, for the hint.
pub fn count_range_error(value: &Value, said: &str) -> Option<String> {
    match value {
        Value::Count(c) => [c.low, c.high].into_iter().flatten().find_map(|n| {
            crate::domain::count_out_of_range(n).or_else(|| {
                (n.fract() != 0.0).then(|| {
                    let hint = if said.contains(',') {
                        " (in French a comma is the decimal mark: write 11 300 or 11.300)"
                    } else {
                        ""
                    };
                    format!("reads as {n}, and a count is whole{hint}")
                })
            })
        }),
        _ => None,
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Words that mark a breakdown of the figure before ("164 dead, 103 of them
/// in Almaty"): such a fragment borrows the metric before it.
fn is_breakdown(fragment: &str) -> bool {
    let lower = fragment.to_lowercase();
    // As whole words: `inc` is not in `incendie`, nor `dont` in `dontcare`.
    ALL.iter().flat_map(|l| l.entry.breakdown_markers).any(|m| {
        lower
            .match_indices(m)
            .any(|(at, _)| crate::text::words::is_word_boundary(&lower, at, at + m.len()))
    })
}

#[cfg(test)]
mod tests;
