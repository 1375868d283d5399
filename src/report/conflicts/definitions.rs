//! The sweep against the definitions written the slow way: value pairs
//! (with late relays and citing claims), and characterizations as the
//! first one-pass sweep found them.

use super::sweep::{PairKey, pair_key};
use super::*;
use crate::report::fixture::*;
use crate::report::series::origin_of;
use crate::report::{Cumulative, DAY, conflict_interval};
use std::collections::{HashMap, HashSet};

/// Whether `b` repeats, on a later day, a figure its series gave and then
/// replaced, among the series' figures that were not late themselves.
fn is_late_relay(kept: &[&Claim], b: &Claim) -> bool {
    let own: Vec<&Claim> = kept
        .iter()
        .copied()
        .filter(|a| origin_of(a) == origin_of(b))
        .collect();
    own.windows(2).any(|w| {
        let (old, new) = (
            conflict_interval(&w[0].value),
            conflict_interval(&w[1].value),
        );
        old != new && old == conflict_interval(&b.value) && w[0].as_of.date() < b.as_of.date()
    })
}

/// The definition, written the slow way: each claim against every other
/// series' latest claim before it, if that one is inside the window; a
/// late relay takes no part.
fn reference(claims: &[Claim], window: i64) -> HashSet<PairKey<'_>> {
    let mut sorted: Vec<&Claim> = claims.iter().collect();
    sorted.sort_by_key(|c| (c.as_of.timestamp(), c.number));
    let mut out = HashSet::new();
    let mut kept: Vec<&Claim> = Vec::new();
    for b in &sorted {
        if is_late_relay(&kept, b) {
            continue;
        }
        // Each series' latest position before b; ties between equal
        // figures go to the earlier claim below and the later above,
        // as the sweep's ordered sets do.
        let mut latest: HashMap<&str, usize> = HashMap::new();
        for (j, a) in kept.iter().enumerate() {
            latest.insert(origin_of(a), j);
        }
        let mut positions: Vec<usize> = latest.into_values().collect();
        positions.sort();
        let (blo, bhi) = conflict_interval(&b.value).unwrap();
        let standing: Vec<&Claim> = positions
            .into_iter()
            .map(|j| kept[j])
            .filter(|a| {
                origin_of(a) != origin_of(b) && b.as_of.timestamp() - a.as_of.timestamp() <= window
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
        kept.push(b);
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
                ClaimBuilder::of("deaths", count(v, v + (next(2) * 5) as f64))
                    .number(i)
                    .by(&format!("c{}", next(6)))
                    .source(&format!("s{}", next(4)))
                    .day(1 + next(15) as u32)
                    .build()
            })
            .collect();
        let swept: HashSet<PairKey> = conflicts(&claims, DAY, &Cumulative::new())
            .iter()
            .filter(|c| c.kind == Kind::Value)
            .map(|c| pair_key(c.a, c.b))
            .collect();
        assert_eq!(swept, reference(&claims, DAY), "seed {seed}");
    }
}

/// Random claims where every kind of conflict is common: few figures,
/// claimants, outlets and wordings over a fortnight.
pub(super) fn crowded(seed: u64, n: i64) -> Vec<Claim> {
    let mut state = seed;
    let mut next = |m: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % m
    };
    (0..n)
        .map(|i| {
            let v = (next(6) * 10) as f64;
            let qualifier = ["", "protesters", "rioters", "civilians"][next(4) as usize];
            ClaimBuilder::deaths(v)
                .number(i)
                .qualifier(qualifier)
                .by(&format!("c{}", next(3)))
                .source(&format!("s{}", next(4)))
                .day(1 + next(14) as u32)
                .build()
        })
        .collect()
}

/// The characterization rule written as the first sweep did it: one pass
/// in time order, a set of the wordings already reported.
fn reference_characterizations(claims: &[Claim], window: i64) -> Vec<(i64, i64)> {
    let mut sorted: Vec<&Claim> = claims
        .iter()
        .filter(|c| !c.qualifier.is_empty() && crate::report::is_exact(&c.value))
        .collect();
    sorted.sort_by_key(|c| (c.as_of.timestamp(), c.number));
    let mut reported: HashSet<(u64, &str, &str)> = HashSet::new();
    let mut out = Vec::new();
    for (i, c) in sorted.iter().enumerate() {
        let v = crate::report::point(&c.value).unwrap();
        let mut seen: Vec<&str> = Vec::new();
        for o in sorted[..i].iter().rev() {
            if c.as_of.timestamp() - o.as_of.timestamp() > window {
                break;
            }
            if crate::report::point(&o.value) != Some(v) || o.qualifier == c.qualifier {
                continue;
            }
            let (x, y) = if o.qualifier < c.qualifier {
                (o.qualifier.as_str(), c.qualifier.as_str())
            } else {
                (c.qualifier.as_str(), o.qualifier.as_str())
            };
            if seen.contains(&o.qualifier.as_str()) || reported.contains(&(v.to_bits(), x, y)) {
                continue;
            }
            if o.series() != c.series() || o.source != c.source {
                seen.push(o.qualifier.as_str());
                reported.insert((v.to_bits(), x, y));
                out.push((o.number, c.number));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn characterizations_match_the_one_pass_definition() {
    for seed in 1..12u64 {
        let claims = crowded(seed, 250);
        let mut got: Vec<(i64, i64)> = conflicts(&claims, DAY, &Cumulative::new())
            .iter()
            .filter(|c| c.kind == Kind::Characterization)
            .map(|c| (c.a.number, c.b.number))
            .collect();
        got.sort();
        assert_eq!(
            got,
            reference_characterizations(&claims, DAY),
            "seed {seed}"
        );
    }
}
