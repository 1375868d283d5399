//! A whole quick entry read: cut into fragments, each read, the list
//! settled (metrics carried, breakdowns joined), and figures that count no
//! one left out; in the entry's language, or the other one a pasted line
//! is clearly in.

use super::{
    EntryClaim, EntryError, EntryReading, LeftOut, count_range_error, header, infer, mend,
    overlaps, pairs, read_fragment, same, settle, split, unknown, unreadable,
};
use crate::lang::Lang;
use crate::parse::fold_case;
use crate::parse::lexicon::Lexicon;
use crate::parse::value;
use chrono::NaiveDate;
use std::ops::Range;

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
        // "night train fire - 9 dead, 2 crew held" on a French desk: where
        // the metrics differ, ours left the other language's metric word
        // in the qualifier (and borrowed one).
        let misread = |mine: &[EntryClaim]| {
            mine.len() == theirs.claims.len()
                && mine.iter().zip(&theirs.claims).all(|(m, t)| {
                    m.metric == t.metric
                        || m.qualifier.split_whitespace().any(|w| {
                            let names = |id: &str| Some(id) == t.metric.as_deref();
                            other
                                .metrics
                                .iter()
                                .any(|(id, words)| names(id) && words.contains(&w))
                                || other.entry.bases.iter().any(|b| {
                                    names(b.metric)
                                        && b.all_of.iter().flat_map(|g| g.iter()).any(|p| *p == w)
                                })
                        })
                })
        };
        let better = match &own {
            Ok(mine) => {
                (!whole(&mine.claims)
                    || metrics(&mine.claims) == metrics(&theirs.claims)
                    || misread(&mine.claims))
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

/// Whether `fragment` has a verb of saying (`police said on Thursday`,
/// `a indiqué jeudi la préfecture`).
fn says_who_spoke(fragment: &str, lang: Lang) -> bool {
    let folded = fold_case(fragment);
    (lang.entry.reporting_verbs.iter())
        .chain(lang.entry.qualifier_ends)
        .any(|v| infer::find_phrase(&folded, v).is_some())
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
    let original = text;
    // "9 dead &amp; 14 injured https://trib.lv/x8k2": pasted from a page.
    let pasted = super::pasted::without_paste(text);
    let text = pasted.as_ref();
    // "2 each in Brin and Cass": written out once per place.
    let spread = super::each::spread_each(text, lang);
    let text = spread.as_ref();
    // "31 and 14 injured in Tesk and Olvan respectively": one per place.
    let respective = super::respective::spread_respective(text, lang);
    let text = respective.as_ref();
    // "UPDATE 2: toll now 27": a header says when, its number counts no one.
    let blanked = header::without_header(text, lang);
    let blanked = unknown::without_unknown(&blanked, lang, lexicon);
    let blanked = mend::headline_lowered(&blanked);
    let blanked = same::same_figures(&blanked, lang, lexicon);
    let (blanked, places) = mend::place_labels(&blanked, lang);
    let blanked = mend::place_figures(&blanked, lang);
    let blanked = mend::age_in_commas(&blanked, lang);
    // "at lest 10 dead": a bound typed a letter wrong still bounds.
    let unglued = mend::unglued(&blanked, lang);
    let mended = mend::mended(&unglued, lang);
    // "8 of the 27 injured still in icu" is read as "of the 27 injured,
    // 8 still in icu": the total, then its part.
    let mended = mend::total_first(&mended, lang);
    // "dead/injured: 9/31": each figure with the metric in its place.
    let mended = pairs::slash_pairs(&mended, lang);
    let text = mended.as_ref();
    let fragments = split::split_entry(text, lang, lexicon);
    let fragments = with_change_clauses(text, fragments, lang, lexicon, reference);
    if fragments.is_empty() {
        // "injured tbc" alone: something was typed, but no figure yet.
        return Err(if text.trim().is_empty() && !original.trim().is_empty() {
            unreadable(original, "gives no figure: nothing to record")
        } else {
            EntryError::Empty
        });
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
    settle::settle(&mut reads, &gaps, lang);
    // "Sorvo - 5 dead, 12 hurt; Ilvany - 2 dead": the place labels every
    // figure up to the next label, not the first one only.
    for label in &places {
        let place = fold_case(&text[label.words.clone()]);
        for (read, range) in reads.iter_mut().zip(&fragments) {
            let labelled = range.start >= label.words.end && range.start < label.until;
            let q = &mut read.claim.qualifier;
            if labelled
                && !q
                    .split_whitespace()
                    .any(|w| place.split_whitespace().any(|p| p == w))
            {
                *q = format!("{place} {q}").trim_end().to_string();
            }
        }
    }
    // "300 goats killed", "2 herders and 300 goats killed": animals count
    // no one, once they have lent their metric word to the people.
    for read in &mut reads {
        let claim = &read.claim;
        if let Some(why) = super::uncounted::counts_animals(&claim.fragment, &claim.text, lang) {
            read.claim.metric = None;
            read.unmeasured = true;
            read.no_count = Some(why);
        }
    }
    // "17 killed and dozens more injured": more of a metric no figure
    // before counted, joined by a word, are others, not a change ("12
    // dead, 2 more injured" moves a toll).
    for i in 1..reads.len() {
        if !super::merge::joined_by_word(gaps[i - 1]) {
            continue;
        }
        let metric = reads[i].claim.metric.clone();
        let counted_before = |m: &String| {
            reads[..i]
                .iter()
                .any(|r| r.claim.metric.as_ref() == Some(m))
        };
        let others = reads[i].more
            && reads[i].own_metric
            && reads[..i]
                .iter()
                .any(|r| r.own_metric && r.no_count.is_none())
            && metric.as_ref().is_some_and(|m| !counted_before(m));
        if others {
            reads[i].no_count = None;
            reads[i].more = false;
        }
    }
    // "toll rises by 4, 3 of them children": a part of a change is none
    // of a total either.
    for i in 1..reads.len() {
        if reads[i].breakdown && reads[i].no_count.is_none() && reads[i - 1].no_count.is_some() {
            let change = reads[i - 1].claim.text.clone();
            reads[i].no_count = Some(format!("a part of '{change}', which is no total"));
            reads[i].unmeasured = true;
        }
    }
    if let Some(why) = reads
        .iter()
        .map(|r| r.no_count.clone())
        .collect::<Option<Vec<_>>>()
    {
        return Err(unreadable(&reads[0].claim.fragment, why.join("; ")));
    }
    for read in reads.iter_mut().filter(|r| r.no_count.is_some()) {
        read.claim.metric = None;
    }
    // "5 crew + 31 pax rescued": people joined by a word to people no
    // metric counts are counted by none either.
    for i in (0..reads.len().saturating_sub(1)).rev() {
        let joined = super::merge::joined_by_word(gaps[i]);
        if joined
            && reads[i].claim.metric.is_none()
            && reads[i + 1].unmeasured
            && reads[i + 1].claim.metric.is_none()
        {
            reads[i].unmeasured = true;
        }
    }
    // "9 tués dont 3 détenus": held people among the dead are who died.
    for i in 1..reads.len() {
        let before = reads[i - 1].claim.metric.clone();
        if !reads[i].breakdown
            || reads[i].claim.metric.as_deref() != Some("detained")
            || before.as_deref().is_none_or(|m| m == "detained")
        {
            continue;
        }
        if let Some(held) = infer::held_noun(&reads[i].claim.fragment, lang) {
            reads[i].claim.metric = before;
            reads[i].claim.qualifier = held;
        }
    }
    // "15 victimes dont 2 morts et 13 blessés": a total of casualties
    // counts no metric of its own.
    for (i, read) in reads.iter_mut().enumerate() {
        let after = fragments[i].end;
        if infer::casualty_total(&read.claim.fragment, &text[after..], lang) {
            read.claim.metric = None;
        }
    }
    let mut claims: Vec<(EntryClaim, bool, Option<String>)> = Vec::with_capacity(reads.len());
    let mut refuted = None;
    for (i, read) in reads.into_iter().enumerate() {
        let unmeasured = read.unmeasured && read.claim.metric.is_none();
        let why = read.no_count;
        let checked = why.is_none();
        let claim = read.claim;
        // An opening "a"/"un" is a figure only beside a metric word.
        if read.bare_singular && claim.metric.is_none() && !unmeasured {
            return Err(unreadable(&claim.fragment, "no figure, day or metric word"));
        }
        if let Some(why) = count_range_error(&claim.value, &claim.text).filter(|_| checked) {
            return Err(unreadable(
                &claim.fragment,
                format!("'{}' {why}", claim.text),
            ));
        }
        // "17 dead (not 71, typo)": a refuted figure is no claim.
        let preceding = fragments.get(i).map_or("", |r| &text[..r.start]);
        if infer::refuted(&claim, preceding, lang) {
            // "not 17 but 7 dead": what the fragment says besides the
            // refuted figure is read without it.
            if let Some(span) = infer::refutation_in(&claim, lang) {
                let mut rest = claim.fragment.clone();
                crate::text::words::blank(&mut rest, span);
                if let Ok(read) = read_fragment(&rest, lang, lexicon, reference, true)
                    && read.no_count.is_none()
                    && read.claim.metric.is_some()
                    && !read.claim.text.is_empty()
                    && !infer::refuted(&read.claim, preceding, lang)
                {
                    claims.push((read.claim, false, None));
                }
            }
            refuted.get_or_insert(claim.text);
            continue;
        }
        claims.push((claim, unmeasured, why));
    }
    // "12 dead, police said on Thursday": the day a source spoke is when
    // it said so, no claim of its own beside claims with a metric.
    let measured = claims.iter().any(|(c, _, _)| c.metric.is_some());
    claims.retain(|(c, _, _)| {
        !(measured
            && c.metric.is_none()
            && c.kind() == crate::domain::Kind::Date
            && says_who_spoke(&c.fragment, lang))
    });
    // "not 71 dead": a line whose only figure is refuted records nothing,
    // and says so rather than returning no claim.
    if let Some(figure) = refuted.filter(|_| claims.is_empty()) {
        return Err(unreadable(
            original,
            format!("its only figure '{figure}' is refuted: nothing to record"),
        ));
    }
    // "naufrage : 41 rescapés, 23 corps repêchés": beside claims with a
    // metric, figures that count no one measured are left out (and said);
    // alone they stay, for `add` to refuse with a word.
    let (out, kept): (Vec<_>, Vec<_>) = claims
        .into_iter()
        .partition(|(_, unmeasured, _)| measured && *unmeasured);
    Ok(EntryReading {
        claims: kept.into_iter().map(|(c, _, _)| c).collect(),
        unmeasured: out
            .into_iter()
            .map(|(c, _, why)| LeftOut {
                fragment: c.fragment,
                why,
            })
            .collect(),
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
