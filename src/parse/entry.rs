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

mod basis;
mod definite;
mod each;
mod header;
mod infer;
mod measure;
mod mend;
mod merge;
mod opening;
mod pairs;
mod pasted;
mod person;
mod qualifier;
mod reading;
mod respective;
mod same;
mod settle;
mod source;
mod split;
mod structured;
mod uncounted;
mod unknown;

pub use reading::parse_entry_noting;
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
    pub unmeasured: Vec<LeftOut>,
    /// The language it was read in: the entry's own, or the other one a
    /// pasted line is clearly in (the claims' `lang` says which).
    pub lang: Lang,
}

/// A fragment read and left out: its figure counts no one.
#[derive(Debug, Clone, PartialEq)]
pub struct LeftOut {
    pub fragment: String,
    /// Why, when more is known than that it names no metric ("'up by 3'
    /// gives a change, not a total").
    pub why: Option<String>,
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
    let counts = value::find_counts(fragment, lang);
    let measure = |r: &Range<usize>| entry && measure::has_unit(fragment, r);
    let count = counts
        .iter()
        .find(|(_, r)| {
            let in_date = dates.iter().any(|d| overlaps(d, r));
            let name = entry && source::numbers_a_source(fragment, r);
            !in_date && !measure(r) && !name
        })
        .cloned();
    let count = count
        .or_else(|| {
            let one = infer::singular_in(fragment, lang).filter(|_| entry)?;
            bare_singular = metric.is_none();
            Some((Count::exact(1.0), one))
        })
        .or_else(|| {
            // "both pilots killed": two, beside a metric word.
            let two = infer::pair_at(fragment, lang).filter(|_| entry && metric.is_some())?;
            Some((Count::exact(2.0), two))
        })
        .or_else(|| {
            // "no deaths", "aucun blessé": none, beside a metric word, or
            // as an item of a list by place ("…, aucun à Ilvanne").
            let none = infer::zero_at(fragment, lang).filter(|r| {
                entry && (metric.is_some() || settle::place_at(&fragment[r.end..], 0))
            })?;
            bare_singular = metric.is_none();
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
            // "les pompiers font état d'un mort": one before a metric word.
            let m = metric.as_ref().filter(|m| entry && !m.span.is_empty())?;
            let one = infer::singular_before(fragment, lang, m.span.start)?;
            Some((Count::exact(1.0), one))
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
            // "fire kills child": one named after a metric verb, with no
            // one before it.
            let after_verb = || {
                let m = metric.as_ref().filter(|m| entry && !m.span.is_empty())?;
                let rest = &fragment[m.span.end..];
                let one = person::person_phrase(rest, lang, lexicon)?;
                let own = &fragment[..m.span.start];
                person::person_phrase(own, lang, lexicon)
                    .is_none()
                    .then(|| one.start + m.span.end..one.end + m.span.end)
            };
            let one = named_alone()
                .or_else(|| infer::definite_at(fragment, lang).filter(|_| entry))
                .or_else(after_verb)?;
            bare_singular = metric.is_none();
            Some((Count::exact(1.0), one))
        });
    // "magnitude 6.1 quake", "a 3-day siege": with no metric word nor
    // anyone named, a fragment whose figures are all measures counts no
    // one (left out beside counts, refused alone).
    let measured = (count.is_none() && metric.is_none())
        .then(|| counts.iter().find(|(_, r)| measure(r)).cloned())
        .flatten();
    let count = count.or_else(|| measured.clone());
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
    // "toll rises by 4 to 26": a change, then the total it moved to.
    let (value, value_span) = match moved_by(fragment, &value, &value_span, lang) {
        Some((total, at)) if entry => (Value::Count(Count::exact(total)), at),
        _ => (value, value_span),
    };

    // "3 morts minimum": a bound after the metric word.
    let mut trailing_bound = None;
    let value = match (&value, &metric) {
        (Value::Count(c), Some(m))
            if entry && !m.span.is_empty() && m.span.end >= value_span.end =>
        {
            match measure::bound_after_metric(fragment, m.span.end, *c, lang) {
                Some((bounded, at)) => {
                    trailing_bound = Some(at);
                    Value::Count(bounded)
                }
                None => value,
            }
        }
        _ => value,
    };
    let changed =
        |change: &str| format!("'{change}' gives a change, not a total (write the total)");
    // "200 could die", "kills 1 in 5", "rises by 4 (to 26)": no count;
    // beside real claims it is left out (and said), alone it is refused
    // with why.
    // A change keeps its metric until the list is settled, for the total
    // after it to take ("toll rises by 4 to 26").
    let no_count =
        uncounted::no_count(fragment, &value_span, metric.as_ref(), lang).filter(|_| entry);
    let metric = metric.filter(|_| no_count.is_none());
    let own_metric = own_metric && no_count.is_none();
    let no_count = no_count.or_else(|| {
        let (_, at) = measured.as_ref()?;
        Some(format!(
            "'{}' is an age or a measure, not a count",
            &fragment[at.clone()]
        ))
    });
    let no_count = no_count.or_else(|| {
        infer::change_before(fragment, &value_span, lang)
            .filter(|_| entry)
            .map(changed)
    });
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
        // ("critical: 1": a label naming who is counted is no source.)
        let labels = source::source_labels(fragment, &value_span, metric.as_ref());
        let names_counted = |l: &Range<usize>| {
            let label = crate::parse::fold_case(fragment[l.clone()].trim_end_matches([':', ' ']));
            from_basis && basis::is_severity(label.trim(), lang)
        };
        removed.extend(labels.into_iter().filter(|l| !names_counted(l)));
    }
    removed.extend(named.removed);
    removed.extend(trailing_bound);
    removed.extend(dates.iter().cloned());
    if entry {
        // "are said to be in a critical condition": the hedge, not what
        // follows it, leaves the qualifier.
        let folded = crate::parse::fold_case(fragment);
        removed.extend((lang.entry.hedges.iter()).filter_map(|h| infer::find_phrase(&folded, h)));
        // "34 morts hors assaillants": who is left out, up to the next mark.
        removed.extend(lang.entry.exclusions.iter().filter_map(|x| {
            let at = infer::find_phrase(&folded, x)?;
            // "3 hors de danger": out of, not leaving out.
            if merge::exclusion_linked(&folded[at.end..], lang) {
                return None;
            }
            let end =
                (folded[at.end..].find([',', ';', '(', ')'])).map_or(folded.len(), |e| at.end + e);
            // "l'assaillant non compris": ending its piece, it leaves out
            // the words before it.
            let start = if folded[at.end..].trim().is_empty() {
                folded[..at.start]
                    .rfind([',', ';'])
                    .map_or(at.start, |c| c + 1)
            } else {
                at.start
            };
            (start >= value_span.end).then_some(start..end)
        }));
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
    // "2 nouveaux corps retrouvés": bodies and what was done with them.
    let apart = named.label.is_some()
        || named.spans.len() > 1
        || qualifier
            .split_whitespace()
            .any(|w| ALL.iter().any(|l| l.extraction.care_places.contains(&w)));
    // A change beside a total is left out, alone refused ("4 morts de
    // plus, bilan 26").
    let no_count = no_count.or_else(|| more.filter(|_| !apart).map(changed));
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

/// The total after a change's range word (`rises by 4 to 26` → 26, its
/// span): a change phrase before a count read as a range `N to M`.
fn moved_by(
    fragment: &str,
    value: &Value,
    span: &Range<usize>,
    lang: Lang,
) -> Option<(f64, Range<usize>)> {
    let Value::Count(count) = value else {
        return None;
    };
    let high = count.high.filter(|h| count.low != Some(*h))?;
    infer::change_before(fragment, span, lang)?;
    let said = crate::parse::fold_case(&fragment[span.clone()]);
    let at = lang.counts.range_words.iter().find_map(|w| {
        said.match_indices(w)
            .map(|(at, _)| at + w.len())
            .find(|&end| crate::text::words::is_word_boundary(&said, end - w.len(), end))
    })?;
    let lead = fragment[span.start + at..span.end].len()
        - fragment[span.start + at..span.end].trim_start().len();
    Some((high, span.start + at + lead..span.end))
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
