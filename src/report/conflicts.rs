//! Conflicts: where sources contradict each other.
//!
//! - **value**: same scope, different claimants (an unattributed claim is its
//!   source's own), as_of within the window, value intervals (approximate
//!   ones widened by 10%) that do not overlap; for dates, different days.
//! - **characterization**: same metric, the same exact value within the
//!   window, different non-empty qualifiers, from different claimants or
//!   sources (26 "protesters" vs 26 "armed criminals").
//! - **echo**: one claimant, two sources, different values for the same
//!   moment (one briefing reported as 4,353 by one outlet and 4,578 by
//!   another). A claimant's different figure on a later day is a revision,
//!   not a conflict.
//!
//! For a cumulative metric (a running total such as deaths), a later figure
//! above an earlier one on another day is the total moving: only figures
//! of one day, or a later figure below an earlier one, conflict. A lower
//! bound reaches one below its bound, so `more than N` and `N` never
//! conflict.
//!
//! Whose word a figure is decides the sides: a claim citing another
//! claimant (`--citing`) speaks for that claimant, so it never conflicts
//! with it, and when the two differ at one moment that is an echo. A figure
//! a series had replaced on an earlier day and an outlet carries again
//! later is a late relay: it takes no part, as in the timeline.
//!
//! Only active claims take part. Each pair is reported once, largest gap
//! first.
//!
//! Which pairs: a claim is compared with what every other claimant stands
//! on inside the window when it comes in — each series' latest claim, not
//! figures it has since revised — and paired with the widest disagreement
//! below it and the widest above it. Ten outlets repeating one figure give
//! one pair, not ten; a figure a ministry has revised does not conflict
//! again; and the widest disagreements, which head the list, are always
//! found.
//!
//! Cost: claims are sorted once per scope and swept once with a sliding
//! window; the window keeps one claim per series in two ordered sets (by
//! low and by high end), so each claim costs O(log n) and yields at most
//! two value pairs: O(n log n) per scope, output at most 2n. Echoes are
//! found per claimant and day among the distinct figures of that day, and
//! characterizations per figure among its wordings: those can number far
//! more than the claims (k distinct figures of one briefing make k²/2
//! pairs).
//!
//! Memory: the sweep (`sweep.rs`) hands pairs out one at a time and keeps
//! O(claims). Putting them in report order keeps a bounded batch: `in_order`
//! sweeps once per batch, each time keeping the next `batch` pairs after the
//! last one handed out, so memory never follows the number of pairs.

#[cfg(test)]
mod citing;
#[cfg(test)]
mod cumulative;
#[cfg(test)]
mod definitions;
mod sweep;
#[cfg(test)]
mod tests;

pub use sweep::each_conflict;

use super::Cumulative;
use crate::domain::Claim;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Value,
    Characterization,
    Echo,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Value => "value",
            Kind::Characterization => "characterization",
            Kind::Echo => "echo",
        }
    }
}

/// Two claims that cannot both be right.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict<'a> {
    pub kind: Kind,
    pub metric: &'a str,
    /// The earlier claim.
    pub a: &'a Claim,
    pub b: &'a Claim,
    /// Distance between the point values (days for dates; 0 for a
    /// characterization conflict).
    pub gap: f64,
}

impl Conflict<'_> {
    /// Report order: largest gap first, then kind and claim numbers; the
    /// claims' places in memory break any tie left, so the order is total
    /// and a sweep can resume after any pair.
    fn report_order(&self, other: &Self) -> Ordering {
        other
            .gap
            .total_cmp(&self.gap)
            .then(self.kind.as_str().cmp(other.kind.as_str()))
            .then(self.a.number.cmp(&other.a.number))
            .then(self.b.number.cmp(&other.b.number))
            .then((self.a as *const Claim).cmp(&(other.a as *const Claim)))
            .then((self.b as *const Claim).cmp(&(other.b as *const Claim)))
    }
}

/// A conflict ordered for the heap: the greatest is the last in report
/// order, the one to drop when the batch is full.
struct Ranked<'a>(Conflict<'a>);
impl PartialEq for Ranked<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Ranked<'_> {}
impl PartialOrd for Ranked<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ranked<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.report_order(&other.0)
    }
}

/// Every conflict among `claims` (one event), largest gap first, in one
/// list: for small logs and tests. Large ones go through `in_order`.
pub fn conflicts<'a>(
    claims: &'a [Claim],
    window: i64,
    cumulative: &Cumulative,
) -> Vec<Conflict<'a>> {
    let mut out = Vec::new();
    each_conflict(claims, window, cumulative, &mut |c| out.push(c));
    out.sort_by(|x, y| x.report_order(y));
    out
}

/// How many conflicts one batch of `in_order` holds for `claims` claims:
/// in proportion to the claims, and never so few that a usual report takes
/// more than one sweep.
pub fn batch_for(claims: usize) -> usize {
    claims.saturating_mul(4).max(100_000)
}

/// Hands the conflicts among `claims` to `f` in report order, in batches of
/// at most `batch`, stopping after `cap` (all when `None`). Each batch costs
/// one sweep and keeps only that batch. Returns how many conflicts there are
/// in all (shown or not).
pub fn in_order<'a, E>(
    claims: &'a [Claim],
    window: i64,
    cumulative: &Cumulative,
    batch: usize,
    cap: Option<usize>,
    mut f: impl FnMut(&[Conflict<'a>]) -> Result<(), E>,
) -> Result<usize, E> {
    let cap = cap.unwrap_or(usize::MAX);
    let mut after: Option<Conflict<'a>> = None;
    let mut shown = 0;
    let mut total = None;
    loop {
        let want = batch.max(1).min(cap - shown);
        if want == 0 || total.is_some_and(|t| shown >= t) {
            break;
        }
        let mut kept: BinaryHeap<Ranked<'a>> = BinaryHeap::with_capacity(want.min(1 << 20) + 1);
        let mut count = 0usize;
        each_conflict(claims, window, cumulative, &mut |c| {
            count += 1;
            if after
                .as_ref()
                .is_some_and(|last| c.report_order(last) != Ordering::Greater)
            {
                return;
            }
            if kept.len() < want {
                kept.push(Ranked(c));
            } else if kept
                .peek()
                .is_some_and(|worst| c.report_order(&worst.0) == Ordering::Less)
            {
                kept.pop();
                kept.push(Ranked(c));
            }
        });
        total.get_or_insert(count);
        let rows: Vec<Conflict<'a>> = kept.into_sorted_vec().into_iter().map(|r| r.0).collect();
        let Some(last) = rows.last().cloned() else {
            break;
        };
        shown += rows.len();
        f(&rows)?;
        after = Some(last);
    }
    Ok(total.unwrap_or(0))
}
