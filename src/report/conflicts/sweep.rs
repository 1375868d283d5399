//! Finding the conflicts of one event, in no set order, with memory in
//! proportion to the claims, never to the pairs: a log where every figure
//! disagrees gives millions of pairs, and they are handed out one at a time.

use super::{Conflict, Kind};
use crate::domain::Claim;
use crate::report::series::origin_of;
use crate::report::{
    Cumulative, Moment, conflict_interval, counts_at, gap, group_in_time_order, is_exact, point,
    total_moved_on, values_disagree,
};
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Total order for f64 keys (values here are never NaN).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Key(f64);
impl Eq for Key {}
impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Key {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Conflicts are between the figures that stand now.
fn active(c: &Claim) -> bool {
    counts_at(c, Moment::NOW)
}

/// Hands every conflict among `claims` (one event) to `emit`, each once.
/// The same claims give the same conflicts in the same order every time,
/// which lets the caller sweep again for the next batch.
pub fn each_conflict<'a>(
    claims: &'a [Claim],
    window: i64,
    cumulative: &Cumulative,
    emit: &mut impl FnMut(Conflict<'a>),
) {
    let live = || claims.iter().filter(|c| active(c));
    // Value and echo conflicts, per scope.
    for (_, group) in group_in_time_order(live(), |c| (c.metric.as_str(), c.qualifier.as_str())) {
        let late = late_relays(&group);
        values(&group, &late, window, cumulative, emit);
        echoes(&group, &late, emit);
    }
    // Characterization conflicts, per metric across qualifiers.
    for (_, group) in group_in_time_order(live(), |c| c.metric.as_str()) {
        characterizations(&group, window, emit);
    }
}

/// Identifies a reported pair by what it says, so repeats of the same two
/// figures are reported once.
pub(super) type PairKey<'a> = (&'a str, u64, u64, &'a str, u64, u64);

pub(super) fn pair_key<'a>(a: &'a Claim, b: &'a Claim) -> PairKey<'a> {
    let side = |c: &'a Claim| {
        let (lo, hi) = conflict_interval(&c.value).unwrap_or((0.0, 0.0));
        (origin_of(c), lo.to_bits(), hi.to_bits())
    };
    let (x, y) = (side(a), side(b));
    let (x, y) = if x <= y { (x, y) } else { (y, x) };
    (x.0, x.1, x.2, y.0, y.1, y.2)
}

fn conflict<'a>(kind: Kind, a: &'a Claim, b: &'a Claim) -> Conflict<'a> {
    Conflict {
        kind,
        metric: b.metric.as_str(),
        a,
        b,
        gap: match kind {
            Kind::Characterization => 0.0,
            _ => gap(&a.value, &b.value),
        },
    }
}

/// Value conflicts of one scope (oldest first): each claim against the
/// widest disagreement below and above it among what the other series
/// stand on inside the window. At most two pairs per claim, so the set of
/// pairs already reported stays within 2n. For a cumulative metric an
/// earlier, lower figure of another day is the total moving, so the search
/// below passes over those to the widest one of the same day.
///
/// A series here is whose word a figure is (`origin_of`): an agency citing
/// a ministry speaks for the ministry, so it never conflicts with it (an
/// echo says when the two differ at one moment). A figure its series has
/// replaced on an earlier day, relayed again later, is a late relay: it
/// neither stands for the series nor conflicts, as in the timeline.
fn values<'a>(
    claims: &[&'a Claim],
    late: &[bool],
    window: i64,
    cumulative: &Cumulative,
    emit: &mut impl FnMut(Conflict<'a>),
) {
    let intervals: Vec<Option<(f64, f64)>> =
        claims.iter().map(|c| conflict_interval(&c.value)).collect();
    // Each series' latest claim inside the window, and the same claims
    // ordered by their high and by their low ends.
    let mut latest: HashMap<&str, usize> = HashMap::new();
    let mut by_high: BTreeSet<(Key, usize)> = BTreeSet::new();
    let mut by_low: BTreeSet<(Key, usize)> = BTreeSet::new();
    let mut reported: HashSet<PairKey> = HashSet::new();
    let mut tail = 0;
    for (i, claim) in claims.iter().enumerate() {
        let Some((low, high)) = intervals[i] else {
            continue;
        };
        let now = claim.as_of.timestamp();
        while tail < i && now - claims[tail].as_of.timestamp() > window {
            let old = claims[tail];
            if latest.get(origin_of(old)) == Some(&tail) {
                latest.remove(origin_of(old));
                if let Some((lo, hi)) = intervals[tail] {
                    by_high.remove(&(Key(hi), tail));
                    by_low.remove(&(Key(lo), tail));
                }
            }
            tail += 1;
        }
        if late[i] {
            continue;
        }
        let series = origin_of(claim);
        // The widest disagreement below (the lowest high end under this
        // claim's low end), then above; the own series is skipped.
        let below = by_high.range(..(Key(low), 0)).map(|(_, j)| *j).find(|j| {
            origin_of(claims[*j]) != series && !total_moved_on(claims[*j], claim, cumulative)
        });
        let above = by_low
            .range((Key(high), usize::MAX)..)
            .rev()
            .map(|(_, j)| *j)
            .find(|j| origin_of(claims[*j]) != series);
        for j in [below, above].into_iter().flatten() {
            let other = claims[j];
            if values_disagree(&other.value, &claim.value)
                && reported.insert(pair_key(other, claim))
            {
                emit(conflict(Kind::Value, other, claim));
            }
        }
        // This claim now stands for its series.
        if let Some(previous) = latest.insert(series, i)
            && let Some((lo, hi)) = intervals[previous]
        {
            by_high.remove(&(Key(hi), previous));
            by_low.remove(&(Key(lo), previous));
        }
        by_high.insert((Key(high), i));
        by_low.insert((Key(low), i));
    }
}

/// Which claims of one scope (oldest first) are late relays: a figure its
/// series (`origin_of`) had replaced on an earlier day, carried again. The
/// rule the timeline's tracker follows; a late relay takes no part in
/// conflicts.
fn late_relays(claims: &[&Claim]) -> Vec<bool> {
    // Each series' figure however long ago, and the figures it replaced
    // with the day each was last given.
    let mut figure_of: HashMap<&str, (u64, u64, chrono::NaiveDate)> = HashMap::new();
    let mut replaced: HashMap<(&str, u64, u64), chrono::NaiveDate> = HashMap::new();
    let mut late = vec![false; claims.len()];
    for (i, claim) in claims.iter().enumerate() {
        let Some((low, high)) = conflict_interval(&claim.value) else {
            continue;
        };
        let (series, low, high, day) = (
            origin_of(claim),
            low.to_bits(),
            high.to_bits(),
            claim.as_of.date(),
        );
        if replaced
            .get(&(series, low, high))
            .is_some_and(|since| *since < day)
        {
            late[i] = true;
            continue;
        }
        if let Some((lo, hi, since)) = figure_of.insert(series, (low, high, day))
            && (lo, hi) != (low, high)
        {
            replaced.entry((series, lo, hi)).or_insert(since);
        }
    }
    late
}

/// One distinct figure a claimant gave on one day: its first claim, and the
/// first claim of it from another outlet than that one.
struct Figure {
    first: usize,
    other_outlet: Option<usize>,
}

/// Echo conflicts of one scope (oldest first): per claimant (or the one a
/// claim cites) and day, every
/// two distinct figures that disagree and that two different outlets
/// carried. The pair is reported once, with the first two claims from
/// different outlets that make it; only two claims per figure are kept, so
/// no set of reported pairs is needed. A late relay is a stale figure, not
/// a second account of that day.
fn echoes<'a>(claims: &[&'a Claim], late: &[bool], emit: &mut impl FnMut(Conflict<'a>)) {
    let mut days: Vec<Vec<Figure>> = Vec::new();
    let mut day_of: HashMap<(&str, chrono::NaiveDate), usize> = HashMap::new();
    let mut figure_of: HashMap<(usize, u64, u64), usize> = HashMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let Some((lo, hi)) = conflict_interval(&claim.value) else {
            continue;
        };
        // An unattributed figure is its outlet's own word: no echo.
        if late[i] || (claim.claimant.is_empty() && claim.citing.is_empty()) {
            continue;
        }
        let day = *day_of
            .entry((origin_of(claim), claim.as_of.date()))
            .or_insert_with(|| {
                days.push(Vec::new());
                days.len() - 1
            });
        let figures = &mut days[day];
        match figure_of.entry((day, lo.to_bits(), hi.to_bits())) {
            Entry::Occupied(at) => {
                let figure = &mut figures[*at.get()];
                if figure.other_outlet.is_none() && claims[figure.first].source != claim.source {
                    figure.other_outlet = Some(i);
                }
            }
            Entry::Vacant(at) => {
                at.insert(figures.len());
                figures.push(Figure {
                    first: i,
                    other_outlet: None,
                });
            }
        }
    }
    for figures in &days {
        for (n, x) in figures.iter().enumerate() {
            for y in &figures[n + 1..] {
                let (a, b) = (claims[x.first], claims[y.first]);
                if !values_disagree(&a.value, &b.value) {
                    continue;
                }
                let pair = if a.source != b.source {
                    Some((x.first, y.first))
                } else {
                    // One outlet carried both first: the pair stands from
                    // the first claim of either figure by another outlet.
                    [
                        y.other_outlet.map(|j| (x.first, j)),
                        x.other_outlet.map(|j| (j, y.first)),
                    ]
                    .into_iter()
                    .flatten()
                    .min_by_key(|&(p, q)| p.max(q))
                };
                if let Some((p, q)) = pair {
                    emit(conflict(Kind::Echo, claims[p.min(q)], claims[p.max(q)]));
                }
            }
        }
    }
}

/// Characterization conflicts of one metric (oldest first): per exact
/// figure, every two qualifiers, walked side by side in time order until a
/// claim of one meets a claim of the other inside the window from another
/// claimant or outlet. Each pair of wordings is reported once, by
/// construction.
fn characterizations<'a>(claims: &[&'a Claim], window: i64, emit: &mut impl FnMut(Conflict<'a>)) {
    let eligible: Vec<&Claim> = claims
        .iter()
        .copied()
        .filter(|c| !c.qualifier.is_empty() && is_exact(&c.value))
        .collect();
    // Figure → qualifier → its claims' positions, oldest first.
    let mut by_value: BTreeMap<Key, BTreeMap<&str, Vec<usize>>> = BTreeMap::new();
    for (i, c) in eligible.iter().enumerate() {
        by_value
            .entry(Key(point(&c.value).unwrap_or(0.0)))
            .or_default()
            .entry(c.qualifier.as_str())
            .or_default()
            .push(i);
    }
    for wordings in by_value.values() {
        let lists: Vec<&[usize]> = wordings.values().map(Vec::as_slice).collect();
        for (n, xs) in lists.iter().enumerate() {
            for ys in &lists[n + 1..] {
                if let Some((o, c)) = first_meeting(&eligible, xs, ys, window) {
                    emit(conflict(Kind::Characterization, eligible[o], eligible[c]));
                }
            }
        }
    }
}

/// The first claim of either wording that finds, inside the window before
/// it, a claim of the other wording from another claimant or outlet (one
/// outlet using both words is not a conflict); with the latest such claim.
fn first_meeting(
    eligible: &[&Claim],
    xs: &[usize],
    ys: &[usize],
    window: i64,
) -> Option<(usize, usize)> {
    let (mut p, mut q) = (0, 0);
    while p < xs.len() || q < ys.len() {
        // The next claim in time of the two, and the other wording's claims
        // before it.
        let (i, before) = if q == ys.len() || (p < xs.len() && xs[p] < ys[q]) {
            p += 1;
            (xs[p - 1], &ys[..q])
        } else {
            q += 1;
            (ys[q - 1], &xs[..p])
        };
        let claim = eligible[i];
        let now = claim.as_of.timestamp();
        for &j in before.iter().rev() {
            let other = eligible[j];
            if now - other.as_of.timestamp() > window {
                break;
            }
            if other.series() != claim.series() || other.source != claim.source {
                return Some((j, i));
            }
        }
    }
    None
}
