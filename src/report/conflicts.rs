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
//! found per claimant and day among the distinct figures of that day.

use super::{conflict_interval, gap, group_in_time_order, is_exact, values_disagree};
use crate::domain::{Claim, Status};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

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
    pub metric: String,
    /// The earlier claim.
    pub a: &'a Claim,
    pub b: &'a Claim,
    /// Distance between the point values (days for dates; 0 for a
    /// characterization conflict).
    pub gap: f64,
}

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

fn active(c: &Claim) -> bool {
    c.status == Status::Active && !c.deleted
}

/// Every conflict among `claims` (one event), largest gap first.
pub fn conflicts(claims: &[Claim], window: i64) -> Vec<Conflict<'_>> {
    let mut out = Vec::new();
    let live = || claims.iter().filter(|c| active(c));
    // Value and echo conflicts, per scope.
    for (_, group) in group_in_time_order(live(), |c| (c.metric.as_str(), c.qualifier.as_str())) {
        sweep_scope(&group, window, &mut out);
    }
    // Characterization conflicts, per metric across qualifiers.
    for (_, group) in group_in_time_order(live(), |c| c.metric.as_str()) {
        sweep_characterizations(&group, window, &mut out);
    }
    out.sort_by(|x, y| {
        y.gap
            .total_cmp(&x.gap)
            .then(x.kind.as_str().cmp(y.kind.as_str()))
            .then(x.a.number.cmp(&y.a.number))
            .then(x.b.number.cmp(&y.b.number))
    });
    out
}

/// Identifies a reported pair by what it says, so echoes of the same two
/// figures are reported once.
type PairKey<'a> = (&'a str, u64, u64, &'a str, u64, u64);

fn pair_key<'a>(a: &'a Claim, b: &'a Claim) -> PairKey<'a> {
    let side = |c: &'a Claim| {
        let (lo, hi) = conflict_interval(&c.value).unwrap_or((0.0, 0.0));
        (c.series(), lo.to_bits(), hi.to_bits())
    };
    let (x, y) = (side(a), side(b));
    let (x, y) = if x <= y { (x, y) } else { (y, x) };
    (x.0, x.1, x.2, y.0, y.1, y.2)
}

fn sweep_scope<'a>(claims: &[&'a Claim], window: i64, out: &mut Vec<Conflict<'a>>) {
    let intervals: Vec<Option<(f64, f64)>> =
        claims.iter().map(|c| conflict_interval(&c.value)).collect();
    // Each series' latest claim inside the window, and the same claims
    // ordered by their high and by their low ends.
    let mut latest: HashMap<&str, usize> = HashMap::new();
    let mut by_high: BTreeSet<(Key, usize)> = BTreeSet::new();
    let mut by_low: BTreeSet<(Key, usize)> = BTreeSet::new();
    let mut reported: HashSet<PairKey> = HashSet::new();
    // Echoes: the distinct figures each claimant gave each day.
    let mut said: HashMap<(&str, chrono::NaiveDate), Vec<usize>> = HashMap::new();
    let mut tail = 0;
    for (i, claim) in claims.iter().enumerate() {
        let Some((low, high)) = intervals[i] else {
            continue;
        };
        let now = claim.as_of.timestamp();
        while tail < i && now - claims[tail].as_of.timestamp() > window {
            let old = claims[tail];
            if latest.get(old.series()) == Some(&tail) {
                latest.remove(old.series());
                if let Some((lo, hi)) = intervals[tail] {
                    by_high.remove(&(Key(hi), tail));
                    by_low.remove(&(Key(lo), tail));
                }
            }
            tail += 1;
        }
        let series = claim.series();
        // The widest disagreement below (the lowest high end under this
        // claim's low end), then above; the own series is skipped.
        let below = by_high
            .range(..(Key(low), 0))
            .map(|(_, j)| *j)
            .find(|j| claims[*j].series() != series);
        let above = by_low
            .range((Key(high), usize::MAX)..)
            .rev()
            .map(|(_, j)| *j)
            .find(|j| claims[*j].series() != series);
        for j in [below, above].into_iter().flatten() {
            let other = claims[j];
            if values_disagree(&other.value, &claim.value)
                && reported.insert(pair_key(other, claim))
            {
                out.push(Conflict {
                    kind: Kind::Value,
                    metric: claim.metric.clone(),
                    a: other,
                    b: claim,
                    gap: gap(&other.value, &claim.value),
                });
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

        if claim.claimant.is_empty() {
            continue;
        }
        let figures = said
            .entry((claim.claimant.as_str(), claim.as_of.date()))
            .or_default();
        let mut known = false;
        for &j in figures.iter() {
            let other = claims[j];
            if intervals[j] == intervals[i] {
                known = true;
            } else if other.source != claim.source
                && values_disagree(&other.value, &claim.value)
                && reported.insert(pair_key(other, claim))
            {
                out.push(Conflict {
                    kind: Kind::Echo,
                    metric: claim.metric.clone(),
                    a: other,
                    b: claim,
                    gap: gap(&other.value, &claim.value),
                });
            }
        }
        if !known {
            figures.push(i);
        }
    }
}

fn sweep_characterizations<'a>(claims: &[&'a Claim], window: i64, out: &mut Vec<Conflict<'a>>) {
    // Exact values in the window: value → qualifier → its claims, oldest
    // first (they leave the window from the front).
    let mut present: BTreeMap<Key, BTreeMap<&'a str, VecDeque<&'a Claim>>> = BTreeMap::new();
    let mut reported: HashSet<(u64, &str, &str)> = HashSet::new();
    let eligible: Vec<&Claim> = claims
        .iter()
        .copied()
        .filter(|c| !c.qualifier.is_empty() && is_exact(&c.value))
        .collect();
    let value_of = |c: &Claim| Key(super::point(&c.value).unwrap_or(0.0));
    let mut tail = 0;
    for (i, claim) in eligible.iter().enumerate() {
        let now = claim.as_of.timestamp();
        while tail < i && now - eligible[tail].as_of.timestamp() > window {
            let old = eligible[tail];
            if let Some(quals) = present.get_mut(&value_of(old))
                && let Some(queue) = quals.get_mut(old.qualifier.as_str())
            {
                queue.pop_front();
                if queue.is_empty() {
                    quals.remove(old.qualifier.as_str());
                }
            }
            tail += 1;
        }
        let value = value_of(claim);
        let quals = present.entry(value).or_default();
        for (qualifier, queue) in quals.iter() {
            if *qualifier == claim.qualifier.as_str() {
                continue;
            }
            let pair = if *qualifier < claim.qualifier.as_str() {
                (value.0.to_bits(), *qualifier, claim.qualifier.as_str())
            } else {
                (value.0.to_bits(), claim.qualifier.as_str(), *qualifier)
            };
            if reported.contains(&pair) {
                continue;
            }
            // The latest claim of that wording from another claimant or
            // outlet: one source using both words is not a conflict.
            let other = queue
                .iter()
                .rev()
                .find(|o| o.series() != claim.series() || o.source != claim.source);
            if let Some(other) = other {
                reported.insert(pair);
                out.push(Conflict {
                    kind: Kind::Characterization,
                    metric: claim.metric.clone(),
                    a: other,
                    b: claim,
                    gap: 0.0,
                });
            }
        }
        quals
            .entry(claim.qualifier.as_str())
            .or_default()
            .push_back(claim);
    }
}

#[cfg(test)]
mod tests {
    use super::super::DAY;
    use super::super::fixture::*;
    use super::*;
    use crate::domain::{Count, Value};

    fn kinds(c: &[Conflict]) -> Vec<(&'static str, i64, i64)> {
        c.iter()
            .map(|x| (x.kind.as_str(), x.a.number, x.b.number))
            .collect()
    }

    #[test]
    fn a_revision_is_not_a_conflict() {
        let claims = vec![
            claim(
                1,
                "deaths",
                "",
                count(26.0, 26.0),
                7,
                "AFP",
                "Interior Ministry",
            ),
            claim(
                2,
                "deaths",
                "",
                count(44.0, 44.0),
                8,
                "AFP",
                "Interior Ministry",
            ),
        ];
        assert!(conflicts(&claims, DAY).is_empty());
    }

    #[test]
    fn different_claimants_within_the_window_conflict() {
        let claims = vec![
            claim(
                1,
                "deaths",
                "",
                count(26.0, 26.0),
                9,
                "AFP",
                "Interior Ministry",
            ),
            claim(
                2,
                "deaths",
                "",
                count(164.0, 164.0),
                9,
                "Khabar 24",
                "Health Ministry",
            ),
            claim(
                3,
                "deaths",
                "",
                count(500.0, 500.0),
                20,
                "RFI",
                "Opposition",
            ),
        ];
        let c = conflicts(&claims, DAY);
        assert_eq!(kinds(&c), [("value", 1, 2)]);
        assert_eq!(c[0].gap, 138.0);
    }

    #[test]
    fn dozens_does_not_conflict_with_26() {
        let dozens = Value::Count(Count {
            low: Some(24.0),
            high: Some(99.0),
            approx: false,
            vague: true,
        });
        let claims = vec![
            claim(1, "deaths", "", dozens, 7, "BBC", "Police"),
            claim(
                2,
                "deaths",
                "",
                count(26.0, 26.0),
                7,
                "AFP",
                "Interior Ministry",
            ),
        ];
        assert!(conflicts(&claims, DAY).is_empty());
    }

    #[test]
    fn about_12000_conflicts_with_7939() {
        let about = Value::Count(Count {
            low: Some(12000.0),
            high: Some(12000.0),
            approx: true,
            vague: false,
        });
        let claims = vec![
            claim(
                1,
                "detained",
                "",
                count(7939.0, 7939.0),
                10,
                "AFP",
                "Interior Ministry",
            ),
            claim(2, "detained", "", about, 10, "RFE/RL", "Rights group"),
        ];
        let c = conflicts(&claims, DAY);
        assert_eq!(kinds(&c), [("value", 1, 2)]);
        assert_eq!(c[0].gap, 4061.0);
    }

    #[test]
    fn same_figure_different_characterization() {
        let claims = vec![
            claim(
                1,
                "deaths",
                "armed criminals",
                count(26.0, 26.0),
                7,
                "AFP",
                "Interior Ministry",
            ),
            claim(
                2,
                "deaths",
                "protesters",
                count(26.0, 26.0),
                7,
                "franceinfo",
                "Activists",
            ),
            claim(
                3,
                "deaths",
                "armed criminals",
                count(26.0, 26.0),
                7,
                "Reuters",
                "Interior Ministry",
            ),
        ];
        let c = conflicts(&claims, DAY);
        assert_eq!(kinds(&c), [("characterization", 1, 2)]);
    }

    #[test]
    fn a_characterization_is_found_even_after_one_outlet_used_both_words() {
        let claims = vec![
            claim(
                1,
                "deaths",
                "armed criminals",
                count(26.0, 26.0),
                7,
                "AFP",
                "Interior Ministry",
            ),
            claim(
                2,
                "deaths",
                "protesters",
                count(26.0, 26.0),
                7,
                "AFP",
                "Interior Ministry",
            ),
            claim(
                3,
                "deaths",
                "protesters",
                count(26.0, 26.0),
                7,
                "franceinfo",
                "Activists",
            ),
        ];
        let c = conflicts(&claims, DAY);
        assert_eq!(kinds(&c), [("characterization", 1, 3)]);
    }

    #[test]
    fn one_claimant_reported_two_ways_is_an_echo_conflict() {
        let claims = vec![
            claim(
                1,
                "injured",
                "",
                count(4353.0, 4353.0),
                15,
                "Reuters",
                "Prosecutor General",
            ),
            claim(
                2,
                "injured",
                "",
                count(4578.0, 4578.0),
                15,
                "Sputnik",
                "Prosecutor General",
            ),
            claim(
                3,
                "injured",
                "",
                count(4353.0, 4353.0),
                15,
                "AFP",
                "Prosecutor General",
            ),
        ];
        let c = conflicts(&claims, DAY);
        assert_eq!(kinds(&c), [("echo", 1, 2)]);
        assert_eq!(c[0].gap, 225.0);
    }

    #[test]
    fn a_claimants_figure_on_the_next_day_is_a_revision_not_an_echo() {
        let claims = vec![
            claim(
                1,
                "detained",
                "",
                count(4404.0, 4404.0),
                8,
                "Reuters",
                "Interior Ministry",
            ),
            claim(
                2,
                "detained",
                "",
                count(5135.0, 5135.0),
                9,
                "AFP",
                "Interior Ministry",
            ),
        ];
        assert!(conflicts(&claims, DAY).is_empty());
    }

    #[test]
    fn withdrawn_figures_never_conflict() {
        let claims = vec![
            claim(
                1,
                "deaths",
                "",
                count(26.0, 26.0),
                9,
                "AFP",
                "Interior Ministry",
            ),
            retracted(
                claim(
                    2,
                    "deaths",
                    "",
                    count(164.0, 164.0),
                    9,
                    "Khabar 24",
                    "Health Ministry",
                ),
                10,
            ),
        ];
        assert!(conflicts(&claims, DAY).is_empty());
    }

    #[test]
    fn outside_the_window_is_no_conflict() {
        let claims = vec![
            claim(
                1,
                "deaths",
                "",
                count(26.0, 26.0),
                7,
                "AFP",
                "Interior Ministry",
            ),
            claim(
                2,
                "deaths",
                "",
                count(225.0, 225.0),
                15,
                "Reuters",
                "Prosecutor",
            ),
        ];
        assert!(conflicts(&claims, DAY).is_empty());
        assert_eq!(conflicts(&claims, 10 * DAY).len(), 1);
    }

    #[test]
    fn dates_conflict_on_different_days() {
        let claims = vec![
            claim(1, "arrival", "russian troops", date(6), 7, "franceinfo", ""),
            claim(2, "arrival", "russian troops", date(5), 7, "TASS", ""),
            claim(3, "arrival", "russian troops", date(6), 7, "AFP", ""),
        ];
        let c = conflicts(&claims, DAY);
        assert_eq!(c.len(), 2, "{:?}", kinds(&c));
        assert!(c.iter().all(|x| x.kind == Kind::Value && x.gap == 1.0));
    }

    #[test]
    fn echoes_are_reported_once_and_largest_gap_comes_first() {
        let mut claims: Vec<Claim> = (0..10)
            .map(|i| {
                claim(
                    i,
                    "deaths",
                    "",
                    count(26.0, 26.0),
                    9,
                    &format!("outlet {i}"),
                    "Interior Ministry",
                )
            })
            .collect();
        claims.push(claim(
            20,
            "deaths",
            "",
            count(164.0, 164.0),
            9,
            "Khabar 24",
            "Health Ministry",
        ));
        claims.push(claim(
            21,
            "deaths",
            "",
            count(40.0, 40.0),
            9,
            "RFI",
            "Hospital",
        ));
        let c = conflicts(&claims, DAY);
        let gaps: Vec<f64> = c.iter().map(|x| x.gap).collect();
        assert_eq!(gaps, [138.0, 124.0, 14.0]);
    }

    /// The definition, written the slow way: each claim against every other
    /// series' latest claim before it, if that one is inside the window.
    fn reference(claims: &[Claim], window: i64) -> HashSet<PairKey<'_>> {
        let mut sorted: Vec<&Claim> = claims.iter().collect();
        sorted.sort_by_key(|c| (c.as_of.timestamp(), c.number));
        let mut out = HashSet::new();
        for (i, b) in sorted.iter().enumerate() {
            // Each series' latest position before i; ties between equal
            // figures go to the earlier claim below and the later above,
            // as the sweep's ordered sets do.
            let mut latest: HashMap<&str, usize> = HashMap::new();
            for (j, a) in sorted[..i].iter().enumerate() {
                latest.insert(a.series(), j);
            }
            let mut positions: Vec<usize> = latest.into_values().collect();
            positions.sort();
            let (blo, bhi) = conflict_interval(&b.value).unwrap();
            let standing: Vec<&Claim> = positions
                .into_iter()
                .map(|j| sorted[j])
                .filter(|a| {
                    a.series() != b.series() && b.as_of.timestamp() - a.as_of.timestamp() <= window
                })
                .collect();
            let below = standing
                .iter()
                .filter(|a| conflict_interval(&a.value).unwrap().1 < blo)
                .min_by(|x, y| {
                    conflict_interval(&x.value)
                        .unwrap()
                        .1
                        .total_cmp(&conflict_interval(&y.value).unwrap().1)
                });
            let above = standing
                .iter()
                .filter(|a| conflict_interval(&a.value).unwrap().0 > bhi)
                .max_by(|x, y| {
                    conflict_interval(&x.value)
                        .unwrap()
                        .0
                        .total_cmp(&conflict_interval(&y.value).unwrap().0)
                });
            for a in [below, above].into_iter().flatten() {
                out.insert(pair_key(a, b));
            }
        }
        out
    }

    #[test]
    fn the_sweep_matches_the_definition() {
        for seed in 1..20u64 {
            let mut state = seed;
            let mut next = |m: u64| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (state >> 33) % m
            };
            let claims: Vec<Claim> = (0..200)
                .map(|i| {
                    let v = (next(8) * 10) as f64;
                    claim(
                        i,
                        "deaths",
                        "",
                        count(v, v + (next(2) * 5) as f64),
                        1 + next(15) as u32,
                        &format!("s{}", next(4)),
                        &format!("c{}", next(6)),
                    )
                })
                .collect();
            let swept: HashSet<PairKey> = conflicts(&claims, DAY)
                .iter()
                .filter(|c| c.kind == Kind::Value)
                .map(|c| pair_key(c.a, c.b))
                .collect();
            assert_eq!(swept, reference(&claims, DAY), "seed {seed}");
        }
    }

    #[test]
    fn a_revised_figure_does_not_conflict_again() {
        let claims = vec![
            claim(
                1,
                "detained",
                "",
                count(4404.0, 4404.0),
                8,
                "TASS",
                "Interior Ministry",
            ),
            claim(
                2,
                "detained",
                "",
                count(5135.0, 5135.0),
                9,
                "Kazinform",
                "Interior Ministry",
            ),
            claim(
                3,
                "detained",
                "",
                count(5800.0, 5800.0),
                9,
                "Reuters",
                "Presidential Office",
            ),
        ];
        let c = conflicts(&claims, DAY);
        assert_eq!(
            kinds(&c),
            [("value", 2, 3)],
            "5,800 meets the ministry's 5,135, not its revised 4,404"
        );
    }

    #[test]
    fn output_stays_linear_when_everyone_disagrees() {
        let claims: Vec<Claim> = (0..2000)
            .map(|i| {
                claim(
                    i,
                    "deaths",
                    "",
                    count(i as f64 * 10.0, i as f64 * 10.0),
                    1 + (i % 20) as u32,
                    "AFP",
                    &format!("c{i}"),
                )
            })
            .collect();
        assert!(conflicts(&claims, DAY).len() <= 2 * claims.len());
    }
}
