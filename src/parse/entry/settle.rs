//! How the fragments of a quick entry settle what each leaves unsaid:
//! the metric a fragment without a metric word takes from its neighbours
//! (a breakdown, a list joined by `and`/`et`, a definite person in a
//! list), the basis a list shares, and the people `another`/`autres`
//! stand for.

use super::EntryClaim;
use super::merge::joined_by_word;
use super::qualifier::is_clause_opener;
use crate::lang::{ALL, Lang, is_basis_word};
use crate::parse::fold_case;

/// One fragment as read, with what the entry still has to settle.
pub(super) struct Read {
    pub(super) claim: EntryClaim,
    /// Its metric came from its own words (a metric word or a basis).
    pub(super) own_metric: bool,
    /// Its figure is only an opening `a`/`un`: it may take a metric only
    /// from the fragment it is joined to by `and`/`et`.
    pub(super) bare_singular: bool,
    /// Its figure is a definite person (`le syndic`): it may take the
    /// metric of a list it opens too.
    pub(super) definite: bool,
    pub(super) breakdown: bool,
    pub(super) others: bool,
    /// It counts people no metric measures (`30 rescued`): it borrows none.
    pub(super) unmeasured: bool,
    /// Its metric came from a basis, not a metric word (`9 in hospital`).
    pub(super) from_basis: bool,
    /// Its figure is said as more (`3 more in the burns unit`).
    pub(super) more: bool,
    /// Its metric word comes before its figure, as a verb before its
    /// object (`kills 5`).
    pub(super) metric_first: bool,
    /// Why its figure is no count (`200 could die`, `1 in 5`).
    pub(super) no_count: Option<String>,
}

/// Gives each fragment without a metric word the metric it leaves unsaid:
/// a breakdown the one before; a figure joined by `and`/`et` to a
/// fragment with its own metric word, that one ("3 police and 2 civilians
/// dead"); else the one before ("40 killed in X, 12 in Y"); else the next
/// one that names one, when the list reaches it ("19 women, 8 men and 4
/// children dead"); a figure with no word of its own takes none ("26
/// dead, 18"). `gaps[i]` is the text between fragments `i` and `i + 1`. Then `another` and
/// `autres` take the qualifier before when they name no one else.
pub(super) fn settle(reads: &mut [Read], gaps: &[&str], lang: Lang) {
    parts_in_brackets(reads, gaps);
    earlier_in_parallel(reads, gaps);
    // "39 died at scene, 9 in hospital": a place after a figure continues
    // the place list before it, whatever the place suggests alone; so does
    // one more or another ("14 died at scene, another 3 on way to
    // hospital").
    // "31 blessés (précédent bilan 24)", "12 blessés, 9 selon le
    // précédent bilan": an earlier toll in brackets or after a comma is
    // of the figure before it, whatever the word for a toll suggests.
    for i in 1..reads.len() {
        let set_apart = gaps[i - 1].trim_end().ends_with(['(', '['])
            || gaps[i - 1].trim() == ","
            || reads[i].claim.fragment.starts_with(['(', '[']);
        let earlier = || {
            reads[i].claim.fragment.split_whitespace().any(|w| {
                let w = fold_case(w.trim_matches(|c: char| !c.is_alphanumeric()));
                ALL.iter()
                    .any(|l| l.entry.earlier_words.contains(&w.as_str()))
            })
        };
        if set_apart
            && earlier()
            && reads[i].from_basis
            && reads[i].claim.qualifier.is_empty()
            && reads[i - 1].own_metric
            && !reads[i - 1].from_basis
        {
            reads[i].claim.metric = reads[i - 1].claim.metric.clone();
        }
    }
    // "le bilan grimpe de 8 à 13 blessés": where a toll moved from counts
    // what it moved to.
    for i in 0..reads.len().saturating_sub(1) {
        let first = reads[i + 1].claim.fragment.split_whitespace().next();
        let to = crate::text::words::fold_word(first.unwrap_or(""));
        if reads[i].from_basis
            && reads[i].claim.qualifier.is_empty()
            && gaps[i].trim().is_empty()
            && reads[i + 1].own_metric
            && !reads[i + 1].from_basis
            && lang.counts.range_words.contains(&to.as_str())
        {
            reads[i].claim.metric = reads[i + 1].claim.metric.clone();
        }
    }
    for i in 1..reads.len() {
        // "9 died at the scene, 2 later in hospital", "…, a 6th in burns
        // unit": the place right after the figure, or after a word for
        // later or an ordinal ("40 still in hospital" are alive).
        let fragment = &reads[i].claim.fragment;
        let later = fragment.split_whitespace().nth(1).is_some_and(|w| {
            let w = fold_case(w);
            ALL.iter()
                .any(|l| l.entry.later_words.contains(&w.as_str()))
        });
        let one_more = reads[i].bare_singular && reads[i].others && reads[i].claim.metric.is_none();
        // "5 on way to hosp": on the way to a place of care, too.
        let folded = fold_case(fragment);
        let route = ALL
            .iter()
            .flat_map(|l| l.extraction.care_routes)
            .any(|r| super::infer::find_phrase(&folded, r).is_some());
        let place_next =
            place_at(fragment, 1) || route || ((later || one_more) && place_at(fragment, 2));
        // Fewer than died there ("3 dead on board, 40 in hospital" are
        // the injured).
        let fewer = match (&reads[i].claim.value, &reads[i - 1].claim.value) {
            (crate::domain::Value::Count(a), crate::domain::Value::Count(b)) => {
                a.high.zip(b.low).is_some_and(|(a, b)| a < b)
            }
            _ => false,
        };
        if (reads[i].from_basis || one_more)
            && fewer
            && !reads[i - 1].from_basis
            && reads[i - 1].own_metric
            // ("Seven died at the scene and two more on the way to
            // hospital": on the way only.)
            && (gaps[i - 1].trim() == ","
                || (reads[i].more && route && joined_by_word(gaps[i - 1])))
            && (place_next || reads[i].others || reads[i].more)
            && (place_at(&reads[i - 1].claim.fragment, 2)
                || at_scene(&reads[i - 1].claim.fragment)
                || reads[i].more)
        {
            reads[i].claim.metric = reads[i - 1].claim.metric.clone();
        }
    }
    for i in 0..reads.len() {
        if reads[i].claim.metric.is_some() || reads[i].unmeasured {
            continue;
        }
        let kind = reads[i].claim.kind();
        let mut lender = None;
        let same_kind = |r: &Read| r.claim.kind() == kind && r.claim.metric.is_some();
        // "the mayor | among 12 dead": a cut with no word joins too.
        // "bus driver, 3 passengers killed": so does a comma after one
        // named alone.
        // "6 morts + le tireur, 14 blessés": one joined to the figure
        // before is of it, whatever follows the comma.
        let joined_before = i > 0 && joined_by_word(gaps[i - 1]);
        // "an explosion, 5 dead": an event or a thing is no one (its head
        // noun: "bus driver" is a driver).
        let mut words = reads[i].claim.qualifier.split_whitespace();
        let noun = if lang.entry.kind_before_noun {
            words.next_back()
        } else {
            words.next()
        }
        .unwrap_or("");
        let no_one =
            lang.entry.event_nouns.contains(&noun) || lang.extraction.thing_nouns.contains(&noun);
        // Nor is a witness or a spokesman before a comma, who tells of the
        // dead ("the mayor among 12 dead" is one of them).
        let speaker = super::source::names_source(&reads[i].claim.fragment);
        let cut = |g: &&str| {
            joined_by_word(g)
                || (reads[i].bare_singular
                    && !joined_before
                    && !no_one
                    && (g.trim().is_empty() || (g.trim() == "," && !speaker)))
        };
        let joined_next = gaps.get(i).is_some_and(cut)
            && reads
                .get(i + 1)
                .is_some_and(|r| r.own_metric && same_kind(r));
        let before = i.checked_sub(1).map(|p| &reads[p]).filter(|r| same_kind(r));
        // A figure alone ("26 dead, 18") says nothing of what it counts,
        // but where one moved to does ("toll 12→19").
        let alone = reads[i].claim.fragment == reads[i].claim.text;
        // ("oléoduc Eruka : 34 → 58 morts": where it moved from may follow
        // a label's colon.)
        let fragment = &reads[i].claim.fragment;
        let unlabelled = fragment
            .rsplit_once(':')
            .map_or(fragment.as_str(), |(_, r)| r.trim());
        let alone_after_label = unlabelled == reads[i].claim.text;
        let arrow = |g: &str| g.contains(super::split::ARROWS) || g.contains("->");
        let moved_to = i > 0 && arrow(gaps[i - 1]);
        // "12→19 dead": where it moved from takes the metric after.
        let moved_from = gaps.get(i).is_some_and(|g| arrow(g))
            && reads
                .get(i + 1)
                .is_some_and(|r| r.own_metric && same_kind(r));
        // A list that ends on its metric word: the last link is
        // and/et ("19 women, 8 men and 4 children dead"), a breakdown
        // ("40 people, including 9 children, were killed") or a part
        // of its total ("two children among 14 dead"), not a comma
        // ("2,000 homes destroyed, 8,000 homeless" is no list).
        let list_end = |reads: &[Read]| {
            (i + 1..reads.len())
                .find(|&j| reads[j].own_metric)
                .filter(|&j| {
                    let gap = gaps.get(j - 1).copied().unwrap_or("");
                    joined_by_word(gap)
                        || gap.trim().is_empty()
                        || reads[j].breakdown
                        || (j == i + 1 && pair_of_people(&reads[i], &reads[j]))
                })
                .filter(|&j| same_kind(&reads[j]))
        };
        let from = if alone_after_label && moved_from {
            Some(reads[i + 1].claim.metric.clone())
        } else if reads[i].breakdown || (alone && moved_to) {
            before.map(|r| r.claim.metric.clone())
        } else if alone {
            None
        } else if joined_next {
            lender = Some(i + 1);
            Some(reads[i + 1].claim.metric.clone())
        } else if reads[i].bare_singular && !reads[i].definite {
            // "26 wounded incl 9 guards and a nurse": one joined to a
            // breakdown is one more of it.
            let joined = joined_before;
            // "…, plus a bystander": one added to the people before.
            let added = i > 0 && {
                let gap = gaps[i - 1]
                    .trim_start_matches([' ', ','])
                    .trim()
                    .to_lowercase();
                ALL.iter().any(|l| l.entry.adders.contains(&gap.as_str()))
            };
            // "3 morts : 2 coffreurs et un intérimaire": so is one joined
            // to a list a colon sets apart.
            let listed = i > 1 && gaps[i - 2].contains(':');
            // "5 dead + a policeman": one added by a sign.
            let signed = i > 0 && matches!(gaps[i - 1].trim(), "+" | "&");
            // "12 dead in Marvo, 5 in Selka, another in Brisk": one more
            // item of a list by place.
            let place_item = i > 0
                && gaps[i - 1].trim() == ","
                && place_at(&reads[i].claim.fragment, 1)
                && before.is_some_and(|r| {
                    // ("3 more dead in Brisk, another in Selka": not of a change.)
                    let words = r.claim.fragment.split_whitespace();
                    r.no_count.is_none() && words.map(str::to_lowercase).any(|w| any_place(&w))
                });
            // "17 morts dont 4 femmes, un enfant et le chauffeur": a comma
            // goes on with a breakdown's list.
            // (An article opens it: "…, Lyon" or "…, quartier nord" is
            // where, not one more.)
            let comma = i > 0
                && gaps[i - 1].trim() == ","
                && super::infer::singular_at(&reads[i].claim.fragment, lang).is_some();
            let joined_list = before
                .filter(|r| {
                    ((joined || comma) && (r.breakdown || listed)) || added || signed || place_item
                })
                .map(|r| r.claim.metric.clone());
            // "bus driver, 2 bouncers & club manager held": one named
            // alone opens a list.
            let opens_list = || {
                let comma = gaps.get(i).is_some_and(|g| g.trim() == ",");
                // "army spokesman, 2 soldiers … killed": who said it.
                let source = super::source::names_source(&reads[i].claim.fragment);
                (i == 0 && comma && !source)
                    .then(|| list_end(reads))
                    .flatten()
                    .inspect(|&j| lender = Some(j))
                    .map(|j| reads[j].claim.metric.clone())
            };
            joined_list.or_else(opens_list)
        } else if let Some(r) = before.filter(|r| {
            // "blast kills 5, wounds 12": a verb of its own after a verb.
            // "5 dead when 2 trains collide": a clause of what happened.
            let head = head_word(&reads[i].claim);
            let clause = head.as_ref().is_some_and(|(w, _)| is_clause_opener(w));
            let verb = head
                .is_some_and(|(w, lower)| lower && !crate::lang::is_stopword(&w) && !any_place(&w));
            reads[i].others || !(clause || (r.metric_first && verb))
        }) {
            // "27 bodies recovered, 18 in Mbirigo": a place list shares
            // the basis too.
            // So does a list after a colon ("8 bodies found: 5 in X, 3 in
            // Y").
            // And a figure with nothing of its own ("12 corps repêchés
            // vendredi, 7 samedi").
            let colon = gaps[..i].iter().rev().take(2).any(|g| g.contains(':'));
            let bare = reads[i].claim.qualifier.trim().is_empty();
            if place_at(&reads[i].claim.fragment, 1) || colon || bare {
                lender = Some(i - 1);
            }
            Some(r.claim.metric.clone())
        } else {
            list_end(reads)
                .inspect(|&j| lender = Some(j))
                .map(|j| reads[j].claim.metric.clone())
        };
        if let Some(metric) = from {
            reads[i].claim.metric = metric;
        }
        // "le conducteur et son passager en garde à vue": the list shares
        // the basis its metric came from.
        if let Some(j) = lender.filter(|&j| reads[j].from_basis) {
            let own: Vec<String> = reads[i]
                .claim
                .qualifier
                .split_whitespace()
                .map(fold_case)
                .collect();
            let basis: Vec<String> = reads[j]
                .claim
                .qualifier
                .split_whitespace()
                .filter(|w| is_basis_word(&fold_case(w)) && !own.contains(&fold_case(w)))
                .map(str::to_string)
                .collect();
            if !basis.is_empty() {
                let q = &mut reads[i].claim.qualifier;
                *q = format!("{q} {}", basis.join(" ")).trim().to_string();
            }
        }
    }
    for i in 1..reads.len() {
        if reads[i].others && reads[i].claim.qualifier.is_empty() {
            // "2 crew seriously injured, a third missing": the people, not
            // how they were hurt.
            let before = &reads[i - 1].claim.qualifier;
            // "9 bodies recovered, another 16 unaccounted for": how the
            // dead were counted is not of the missing.
            let other_metric =
                reads[i - 1].from_basis && reads[i].claim.metric != reads[i - 1].claim.metric;
            let who: Vec<&str> = before
                .split_whitespace()
                .filter(|w| {
                    let adverb = ALL
                        .iter()
                        .any(|l| l.extraction.singular_adverbs.contains(w));
                    let how = other_metric && is_basis_word(&fold_case(w));
                    !(adverb || how)
                })
                .collect();
            reads[i].claim.qualifier = who.join(" ");
        } else if reads[i].others
            && (reads[i].from_basis || how_only(&reads[i].claim))
            && basis_words_only(&reads[i].claim)
            // "a 6th in burns unit": where, not how.
            && !reads[i].claim.qualifier.split_whitespace().any(|w| {
                ALL.iter()
                    .any(|l| l.extraction.care_places.contains(&fold_case(w).as_str()))
            })
        {
            // "un enseignant tué, un autre grièvement brûlé": the other
            // is of the people before, burned.
            let before = reads[i - 1].claim.qualifier.clone();
            let own = &reads[i].claim.qualifier;
            if !before.is_empty() && !own.contains(&before) {
                reads[i].claim.qualifier = format!("{before} {own}");
            }
        }
    }
}

/// "4 dead (3 at site, 1 in hosp)", "12 pupils (10 girls, 2 boys)":
/// figures in brackets after a figure (or listed after a comma to the end
/// of the entry) that add up to it exactly are its parts, and count what
/// it counts, whatever a place of care suggests alone.
fn parts_in_brackets(reads: &mut [Read], gaps: &[&str]) {
    let exact = |r: &Read| match r.claim.value {
        crate::domain::Value::Count(c) if c.low == c.high => c.low,
        _ => None,
    };
    for p in 0..gaps.len() {
        let Some(total) = exact(&reads[p]).filter(|_| reads[p].own_metric && !reads[p].from_basis)
        else {
            continue;
        };
        let bracket = gaps[p].trim_end().ends_with(['(', '[']);
        let mut end = p + 1;
        if bracket {
            while end + 1 < reads.len()
                && !reads[end].claim.fragment.contains([')', ']'])
                && !gaps[end].contains([')', ']'])
            {
                end += 1;
            }
        } else if reads[p + 1].breakdown {
            // "19 morts, dont 12 dans le bus et 7 à l'hôpital": a breakdown
            // whose parts add up to the total.
            while end + 1 < reads.len() && (gaps[end].trim() == "," || joined_by_word(gaps[end])) {
                end += 1;
            }
        } else if matches!(gaps[p].trim(), "," | ":") {
            // "2 blessés en réa, un ado de 15 ans et un homme de 70 ans":
            // a list after a comma that runs to the end, none of it with
            // a metric of its own.
            while end + 1 < reads.len() && (gaps[end].trim() == "," || joined_by_word(gaps[end])) {
                end += 1;
            }
            let named = |r: &Read| r.own_metric && !r.from_basis;
            if end + 1 != reads.len() || reads[p + 1..=end].iter().any(named) {
                continue;
            }
        } else {
            continue;
        }
        let parts = &reads[p + 1..=end];
        let sum: Option<f64> = parts.iter().map(exact).sum();
        // A part a basis names ("1 in hosp") takes the total's metric only
        // as a place beside another place ("3 at site"): "4 dead (2
        // hospitalised, 2 in intensive care)" or "7 dead (4 in hospital, 3
        // discharged)" tell of others, alive.
        // "1 later in ICU": a word for later may come first; "dont 12 dans
        // le bus": the place follows the figure after a breakdown marker.
        let at_place = |r: &Read| {
            let after = r
                .claim
                .fragment
                .find(&r.claim.text)
                .map_or(0, |at| r.claim.fragment[..at].split_whitespace().count())
                + r.claim.text.split_whitespace().count();
            let later = r
                .claim
                .fragment
                .split_whitespace()
                .nth(after)
                .is_some_and(|w| {
                    ALL.iter()
                        .any(|l| l.entry.later_words.contains(&fold_case(w).as_str()))
                });
            place_at(&r.claim.fragment, after) || (later && place_at(&r.claim.fragment, after + 1))
        };
        let placed = parts
            .iter()
            .any(|r| r.claim.metric.is_none() && !r.unmeasured && at_place(r));
        let borrowed = parts.iter().all(|r| {
            (r.claim.metric.is_none() && !r.unmeasured) || (r.from_basis && at_place(r) && placed)
        });
        if parts.len() > 1 && borrowed && sum == Some(total) {
            let metric = reads[p].claim.metric.clone();
            for r in &mut reads[p + 1..=end] {
                r.claim.metric = metric.clone();
            }
        }
    }
}

/// "174 morts et 290 blessés (contre 162 et 301)", "12 dead, 40 hurt
/// (prev 10, 35)": as many bare figures in brackets as there are figures
/// with their own metric words right before them are their earlier tolls,
/// one for one.
fn earlier_in_parallel(reads: &mut [Read], gaps: &[&str]) {
    let listed = |g: &str| g.trim() == "," || joined_by_word(g);
    for open in 2..reads.len() {
        if !gaps[open - 1].trim_end().ends_with(['(', '[']) {
            continue;
        }
        let bare =
            |r: &Read| r.claim.metric.is_none() && !r.unmeasured && r.claim.qualifier.is_empty();
        let mut end = open;
        while end + 1 < reads.len()
            && !reads[end].claim.fragment.contains([')', ']'])
            && listed(gaps[end])
        {
            end += 1;
        }
        let k = end + 1 - open;
        if k < 2 || k > open || !reads[open..=end].iter().all(bare) {
            continue;
        }
        let named = &reads[open - k..open];
        let joined = gaps[open - k..open - 1].iter().all(|g| listed(g));
        if !joined
            || !named
                .iter()
                .all(|r| r.own_metric && !r.from_basis && !r.breakdown)
        {
            continue;
        }
        for j in 0..k {
            reads[open + j].claim.metric = reads[open - k + j].claim.metric.clone();
        }
    }
}

/// Whether every word of a claim's qualifier is a word of a basis phrase
/// (`grièvement brûlé`): it says how, not who.
fn basis_words_only(claim: &EntryClaim) -> bool {
    let words: Vec<String> = claim.qualifier.split_whitespace().map(fold_case).collect();
    !words.is_empty()
        && words.iter().all(|w| {
            is_basis_word(w)
                || ALL
                    .iter()
                    .any(|l| l.extraction.singular_adverbs.contains(&w.as_str()))
        })
}

/// Whether a claim's qualifier says only how (`grièvement`): "3
/// passagers tués, 2 autres grièvement blessés" are passengers too.
fn how_only(claim: &EntryClaim) -> bool {
    let words: Vec<String> = claim.qualifier.split_whitespace().map(fold_case).collect();
    !words.is_empty()
        && words.iter().all(|w| {
            ALL.iter()
                .any(|l| l.extraction.singular_adverbs.contains(&w.as_str()))
        })
}

/// "2 police, 1 civilian killed": two figures, each with one noun of
/// people, the second closed by its metric word, are one list even across
/// a comma ("2,000 homes, 8,000 homeless" counts things first).
fn pair_of_people(first: &Read, second: &Read) -> bool {
    // ("OMS: Kasoro 24, …": a label before the list is not of its first item.)
    let words = |r: &Read| {
        let fragment = r.claim.fragment.as_str();
        let unlabelled = fragment
            .rsplit_once(": ")
            .map_or(fragment, |(_, rest)| rest);
        unlabelled.split_whitespace().count()
    };
    let noun = first.claim.qualifier.to_lowercase();
    let thing = ALL
        .iter()
        .any(|l| l.extraction.thing_nouns.contains(&noun.as_str()));
    words(first) == 2
        && first.claim.text.split_whitespace().count() == 1
        && !noun.is_empty()
        && !thing
        && words(second) == 3
        && !second.claim.qualifier.is_empty()
        && !second.claim.qualifier.contains(' ')
}

/// The first word before a claim's figure, lower-cased, and whether it
/// was typed in lower case (`wounds 12` after `kills 5`, `when 2 trains
/// collide`); none after a label's colon.
fn head_word(claim: &EntryClaim) -> Option<(String, bool)> {
    let at = claim.fragment.find(&claim.text)?;
    let head = &claim.fragment[..at];
    if head.contains(':') {
        return None;
    }
    let first = head
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| !w.is_empty())?;
    Some((first.to_lowercase(), first.chars().all(char::is_lowercase)))
}

/// Whether `fragment` says its people died where it happened (`at
/// scene`, `inside`, `sur place`).
fn at_scene(fragment: &str) -> bool {
    let folded = fold_case(fragment);
    ALL.iter()
        .flat_map(|l| l.entry.scene_words)
        .any(|w| super::infer::find_phrase(&folded, w).is_some())
}

/// Whether the `n`th word of `fragment` (from 0) is a place preposition
/// (`in`, `at`, `à`).
pub(super) fn place_at(fragment: &str, n: usize) -> bool {
    fragment
        .split_whitespace()
        .nth(n)
        .is_some_and(|w| any_place(&w.to_lowercase()))
}

fn any_place(word: &str) -> bool {
    ALL.iter()
        .any(|l| l.extraction.place_prepositions.contains(&word))
}
