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
//! Cost: claims are sorted once per scope and swept with a sliding window.
//! Claims repeating a value already in the window (echoes) join its group
//! and cost O(log n); only a value new to the window is compared, and only
//! with the groups it conflicts with (taken from the ends of two ordered
//! sets). So the sweep is O(n log n) plus the pairs it reports.

use super::{conflict_interval, gap, is_exact, values_disagree};
use crate::domain::{Claim, Status};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

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
    let mut live: Vec<&Claim> = claims.iter().filter(|c| active(c)).collect();
    live.sort_by(|a, b| {
        (
            a.metric.as_str(),
            a.qualifier.as_str(),
            a.as_of.timestamp(),
            a.number,
        )
            .cmp(&(
                b.metric.as_str(),
                b.qualifier.as_str(),
                b.as_of.timestamp(),
                b.number,
            ))
    });
    let mut out = Vec::new();
    // Value and echo conflicts, per scope.
    let mut start = 0;
    while start < live.len() {
        let scope = (&live[start].metric, &live[start].qualifier);
        let end = start
            + live[start..]
                .iter()
                .take_while(|c| (&c.metric, &c.qualifier) == scope)
                .count();
        sweep_scope(&live[start..end], window, &mut out);
        start = end;
    }
    // Characterization conflicts, per metric across qualifiers.
    live.sort_by(|a, b| {
        (a.metric.as_str(), a.as_of.timestamp(), a.number).cmp(&(
            b.metric.as_str(),
            b.as_of.timestamp(),
            b.number,
        ))
    });
    let mut start = 0;
    while start < live.len() {
        let metric = &live[start].metric;
        let end = start
            + live[start..]
                .iter()
                .take_while(|c| &c.metric == metric)
                .count();
        sweep_characterizations(&live[start..end], window, &mut out);
        start = end;
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

/// A group: one series saying one value, while any of its claims is in the
/// window.
struct Group<'a> {
    series: &'a str,
    low: Key,
    high: Key,
    /// Claims of the group now inside the window.
    in_window: usize,
    /// The group's latest claim in the window.
    latest: &'a Claim,
}

fn sweep_scope<'a>(claims: &[&'a Claim], window: i64, out: &mut Vec<Conflict<'a>>) {
    let mut ids: HashMap<(&str, u64, u64), usize> = HashMap::new();
    let mut groups: Vec<Group<'a>> = Vec::new();
    let mut member: Vec<usize> = Vec::with_capacity(claims.len());
    // Groups in the window, ordered by their high and by their low ends.
    let mut by_high: BTreeSet<(Key, usize)> = BTreeSet::new();
    let mut by_low: BTreeSet<(Key, usize)> = BTreeSet::new();
    let mut reported: HashSet<(usize, usize)> = HashSet::new();
    let mut tail = 0;
    for (i, claim) in claims.iter().enumerate() {
        let Some((low, high)) = conflict_interval(&claim.value) else {
            member.push(usize::MAX);
            continue;
        };
        // Slide the window: claims older than `window` leave their group.
        let now = claim.as_of.timestamp();
        while tail < i && now - claims[tail].as_of.timestamp() > window {
            let g = member[tail];
            if g != usize::MAX {
                groups[g].in_window -= 1;
                if groups[g].in_window == 0 {
                    by_high.remove(&(groups[g].high, g));
                    by_low.remove(&(groups[g].low, g));
                }
            }
            tail += 1;
        }
        let key = (claim.series(), low.to_bits(), high.to_bits());
        let g = *ids.entry(key).or_insert_with(|| {
            groups.push(Group {
                series: claim.series(),
                low: Key(low),
                high: Key(high),
                in_window: 0,
                latest: claim,
            });
            groups.len() - 1
        });
        member.push(g);
        groups[g].latest = claim;
        groups[g].in_window += 1;
        if groups[g].in_window > 1 {
            // An echo of a value already in the window: its pairs are known.
            continue;
        }
        // Groups ending below this value, then groups starting above it.
        let below = by_high.range(..(Key(low), 0)).map(|(_, h)| *h);
        let above = by_low
            .range((Key(high), usize::MAX)..)
            .rev()
            .map(|(_, h)| *h);
        let others: Vec<usize> = below.chain(above).collect();
        for h in others {
            let other = groups[h].latest;
            if !values_disagree(&other.value, &claim.value) {
                continue;
            }
            let kind = if groups[h].series != groups[g].series {
                Kind::Value
            } else if !claim.claimant.is_empty()
                && other.source != claim.source
                && other.as_of.date() == claim.as_of.date()
            {
                Kind::Echo
            } else {
                continue; // a revision
            };
            if reported.insert((h.min(g), h.max(g))) {
                out.push(Conflict {
                    kind,
                    metric: claim.metric.clone(),
                    a: other,
                    b: claim,
                    gap: gap(&other.value, &claim.value),
                });
            }
        }
        by_high.insert((Key(high), g));
        by_low.insert((Key(low), g));
    }
}

fn sweep_characterizations<'a>(claims: &[&'a Claim], window: i64, out: &mut Vec<Conflict<'a>>) {
    // Exact values in the window: value → qualifier → (claims in window, latest).
    let mut present: BTreeMap<Key, BTreeMap<&'a str, (usize, &'a Claim)>> = BTreeMap::new();
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
                && let Some(entry) = quals.get_mut(old.qualifier.as_str())
            {
                entry.0 -= 1;
                if entry.0 == 0 {
                    quals.remove(old.qualifier.as_str());
                }
            }
            tail += 1;
        }
        let value = value_of(claim);
        let quals = present.entry(value).or_default();
        let new_here = !quals.contains_key(claim.qualifier.as_str());
        if new_here {
            for (qualifier, (_, other)) in quals.iter() {
                let differ = other.series() != claim.series() || other.source != claim.source;
                let pair = if *qualifier < claim.qualifier.as_str() {
                    (value.0.to_bits(), *qualifier, claim.qualifier.as_str())
                } else {
                    (value.0.to_bits(), claim.qualifier.as_str(), *qualifier)
                };
                if differ && reported.insert(pair) {
                    out.push(Conflict {
                        kind: Kind::Characterization,
                        metric: claim.metric.clone(),
                        a: other,
                        b: claim,
                        gap: 0.0,
                    });
                }
            }
        }
        let entry = quals.entry(claim.qualifier.as_str()).or_insert((0, claim));
        entry.0 += 1;
        entry.1 = claim;
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

    #[test]
    fn the_sweep_matches_a_pairwise_scan() {
        // A deterministic pseudo-random set, checked against the definition.
        let mut seed = 42u64;
        let mut next = |m: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % m
        };
        let claims: Vec<Claim> = (0..300)
            .map(|i| {
                let v = (next(6) * 10) as f64;
                claim(
                    i,
                    "deaths",
                    "",
                    count(v, v),
                    1 + next(20) as u32,
                    &format!("s{}", next(4)),
                    &format!("c{}", next(5)),
                )
            })
            .collect();
        let swept = conflicts(&claims, DAY);
        let mut expected: HashSet<PairKey> = HashSet::new();
        for a in &claims {
            for b in &claims {
                let within = (a.as_of.timestamp() - b.as_of.timestamp()).abs() <= DAY;
                if a.number < b.number
                    && within
                    && a.series() != b.series()
                    && values_disagree(&a.value, &b.value)
                {
                    let ka = (a.series().to_string(), point_bits(a));
                    let kb = (b.series().to_string(), point_bits(b));
                    let (x, y) = if ka < kb { (ka, kb) } else { (kb, ka) };
                    expected.insert((format!("{}|{}", x.0, y.0), (x.1, 0), (y.1, 0)));
                }
            }
        }
        let got: HashSet<PairKey> = swept
            .iter()
            .filter(|c| c.kind == Kind::Value)
            .map(|c| {
                let ka = (c.a.series().to_string(), point_bits(c.a));
                let kb = (c.b.series().to_string(), point_bits(c.b));
                let (x, y) = if ka < kb { (ka, kb) } else { (kb, ka) };
                (format!("{}|{}", x.0, y.0), (x.1, 0), (y.1, 0))
            })
            .collect();
        assert_eq!(got, expected);
    }

    type PairKey = (String, (u64, u64), (u64, u64));

    fn point_bits(c: &Claim) -> u64 {
        super::super::point(&c.value).unwrap().to_bits()
    }
}
