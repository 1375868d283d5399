//! The conflict rules on hand-built claims, and batches against the
//! one-list order.

use super::definitions::crowded;
use super::*;
use crate::domain::{Count, Value};
use crate::report::fixture::*;
use crate::report::{Cumulative, DAY};

fn kinds(c: &[Conflict]) -> Vec<(&'static str, i64, i64)> {
    c.iter()
        .map(|x| (x.kind.as_str(), x.a.number, x.b.number))
        .collect()
}

#[test]
fn a_revision_is_not_a_conflict() {
    let claims = vec![
        ministry_26(1, "AFP"),
        ClaimBuilder::deaths(44)
            .number(2)
            .by("Interior Ministry")
            .source("AFP")
            .day(8)
            .build(),
    ];
    assert!(conflicts(&claims, DAY, &Cumulative::new()).is_empty());
}

#[test]
fn different_claimants_within_the_window_conflict() {
    let claims = vec![
        ClaimBuilder::deaths(26)
            .number(1)
            .by("Interior Ministry")
            .source("AFP")
            .day(9)
            .build(),
        ClaimBuilder::deaths(164)
            .number(2)
            .by("Health Ministry")
            .source("Khabar 24")
            .day(9)
            .build(),
        ClaimBuilder::deaths(500)
            .number(3)
            .by("Opposition")
            .source("RFI")
            .day(20)
            .build(),
    ];
    let c = conflicts(&claims, DAY, &Cumulative::new());
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
        ClaimBuilder::of("deaths", dozens)
            .number(1)
            .by("Police")
            .source("BBC")
            .day(7)
            .build(),
        ministry_26(2, "AFP"),
    ];
    assert!(conflicts(&claims, DAY, &Cumulative::new()).is_empty());
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
        ClaimBuilder::count("detained", 7939)
            .number(1)
            .by("Interior Ministry")
            .source("AFP")
            .day(10)
            .build(),
        ClaimBuilder::of("detained", about)
            .number(2)
            .by("Rights group")
            .source("RFE/RL")
            .day(10)
            .build(),
    ];
    let c = conflicts(&claims, DAY, &Cumulative::new());
    assert_eq!(kinds(&c), [("value", 1, 2)]);
    assert_eq!(c[0].gap, 4061.0);
}

#[test]
fn same_figure_different_characterization() {
    let claims = vec![
        ClaimBuilder::deaths(26)
            .number(1)
            .qualifier("armed criminals")
            .by("Interior Ministry")
            .source("AFP")
            .day(7)
            .build(),
        ClaimBuilder::deaths(26)
            .number(2)
            .qualifier("protesters")
            .by("Activists")
            .source("franceinfo")
            .day(7)
            .build(),
        ClaimBuilder::deaths(26)
            .number(3)
            .qualifier("armed criminals")
            .by("Interior Ministry")
            .source("Reuters")
            .day(7)
            .build(),
    ];
    let c = conflicts(&claims, DAY, &Cumulative::new());
    assert_eq!(kinds(&c), [("characterization", 1, 2)]);
}

#[test]
fn a_characterization_is_found_even_after_one_outlet_used_both_words() {
    let claims = vec![
        ClaimBuilder::deaths(26)
            .number(1)
            .qualifier("armed criminals")
            .by("Interior Ministry")
            .source("AFP")
            .day(7)
            .build(),
        ClaimBuilder::deaths(26)
            .number(2)
            .qualifier("protesters")
            .by("Interior Ministry")
            .source("AFP")
            .day(7)
            .build(),
        ClaimBuilder::deaths(26)
            .number(3)
            .qualifier("protesters")
            .by("Activists")
            .source("franceinfo")
            .day(7)
            .build(),
    ];
    let c = conflicts(&claims, DAY, &Cumulative::new());
    assert_eq!(kinds(&c), [("characterization", 1, 3)]);
}

#[test]
fn one_claimant_reported_two_ways_is_an_echo_conflict() {
    let claims = vec![
        ClaimBuilder::count("injured", 4353)
            .number(1)
            .by("Prosecutor General")
            .source("Reuters")
            .day(15)
            .build(),
        ClaimBuilder::count("injured", 4578)
            .number(2)
            .by("Prosecutor General")
            .source("Sputnik")
            .day(15)
            .build(),
        ClaimBuilder::count("injured", 4353)
            .number(3)
            .by("Prosecutor General")
            .source("AFP")
            .day(15)
            .build(),
    ];
    let c = conflicts(&claims, DAY, &Cumulative::new());
    assert_eq!(kinds(&c), [("echo", 1, 2)]);
    assert_eq!(c[0].gap, 225.0);
}

#[test]
fn a_claimants_figure_on_the_next_day_is_a_revision_not_an_echo() {
    let claims = vec![
        ClaimBuilder::count("detained", 4404)
            .number(1)
            .by("Interior Ministry")
            .source("Reuters")
            .day(8)
            .build(),
        ClaimBuilder::count("detained", 5135)
            .number(2)
            .by("Interior Ministry")
            .source("AFP")
            .day(9)
            .build(),
    ];
    assert!(conflicts(&claims, DAY, &Cumulative::new()).is_empty());
}

#[test]
fn withdrawn_figures_never_conflict() {
    let claims = vec![
        ClaimBuilder::deaths(26)
            .number(1)
            .by("Interior Ministry")
            .source("AFP")
            .day(9)
            .build(),
        ClaimBuilder::deaths(164)
            .number(2)
            .by("Health Ministry")
            .source("Khabar 24")
            .day(9)
            .retracted(10)
            .build(),
    ];
    assert!(conflicts(&claims, DAY, &Cumulative::new()).is_empty());
}

#[test]
fn outside_the_window_is_no_conflict() {
    let claims = vec![
        ministry_26(1, "AFP"),
        ClaimBuilder::deaths(225)
            .number(2)
            .by("Prosecutor")
            .source("Reuters")
            .day(15)
            .build(),
    ];
    assert!(conflicts(&claims, DAY, &Cumulative::new()).is_empty());
    assert_eq!(conflicts(&claims, 10 * DAY, &Cumulative::new()).len(), 1);
}

#[test]
fn dates_conflict_on_different_days() {
    let claims = vec![
        ClaimBuilder::of("arrival", date(6))
            .number(1)
            .qualifier("russian troops")
            .source("franceinfo")
            .day(7)
            .build(),
        ClaimBuilder::of("arrival", date(5))
            .number(2)
            .qualifier("russian troops")
            .source("TASS")
            .day(7)
            .build(),
        ClaimBuilder::of("arrival", date(6))
            .number(3)
            .qualifier("russian troops")
            .source("AFP")
            .day(7)
            .build(),
    ];
    let c = conflicts(&claims, DAY, &Cumulative::new());
    assert_eq!(c.len(), 2, "{:?}", kinds(&c));
    assert!(c.iter().all(|x| x.kind == Kind::Value && x.gap == 1.0));
}

#[test]
fn echoes_are_reported_once_and_largest_gap_comes_first() {
    let mut claims: Vec<Claim> = (0..10)
        .map(|i| {
            ClaimBuilder::deaths(26)
                .number(i)
                .by("Interior Ministry")
                .source(&format!("outlet {i}"))
                .day(9)
                .build()
        })
        .collect();
    claims.push(
        ClaimBuilder::deaths(164)
            .number(20)
            .by("Health Ministry")
            .source("Khabar 24")
            .day(9)
            .build(),
    );
    claims.push(
        ClaimBuilder::deaths(40)
            .number(21)
            .by("Hospital")
            .source("RFI")
            .day(9)
            .build(),
    );
    let c = conflicts(&claims, DAY, &Cumulative::new());
    let gaps: Vec<f64> = c.iter().map(|x| x.gap).collect();
    assert_eq!(gaps, [138.0, 124.0, 14.0]);
}

#[test]
fn a_revised_figure_does_not_conflict_again() {
    let claims = vec![
        ClaimBuilder::count("detained", 4404)
            .number(1)
            .by("Interior Ministry")
            .source("TASS")
            .day(8)
            .build(),
        ClaimBuilder::count("detained", 5135)
            .number(2)
            .by("Interior Ministry")
            .source("Kazinform")
            .day(9)
            .build(),
        ClaimBuilder::count("detained", 5800)
            .number(3)
            .by("Presidential Office")
            .source("Reuters")
            .day(9)
            .build(),
    ];
    let c = conflicts(&claims, DAY, &Cumulative::new());
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
            ClaimBuilder::deaths(i as f64 * 10.0)
                .number(i)
                .by(&format!("c{i}"))
                .source("AFP")
                .day(1 + (i % 20) as u32)
                .build()
        })
        .collect();
    assert!(conflicts(&claims, DAY, &Cumulative::new()).len() <= 2 * claims.len());
}

#[test]
fn batches_give_the_one_list_order_and_stop_at_the_cap() {
    for seed in 1..5u64 {
        let claims = crowded(seed, 120);
        let all = conflicts(&claims, DAY, &Cumulative::new());
        assert!(all.len() > 20, "seed {seed}: {}", all.len());
        for batch in [3, 7, all.len(), all.len() + 5] {
            let mut got = Vec::new();
            let total = in_order(&claims, DAY, &Cumulative::new(), batch, None, |rows| {
                assert!(rows.len() <= batch);
                got.extend_from_slice(rows);
                Ok::<(), ()>(())
            })
            .unwrap();
            assert_eq!(total, all.len());
            assert_eq!(got, all, "seed {seed}, batch {batch}");
        }
        let mut first = Vec::new();
        let total = in_order(&claims, DAY, &Cumulative::new(), 4, Some(10), |rows| {
            first.extend_from_slice(rows);
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(total, all.len());
        assert_eq!(first, all[..10]);
    }
}

#[test]
fn an_echo_stands_once_a_second_outlet_carries_either_figure() {
    let claims = vec![
        ClaimBuilder::count("injured", 4353)
            .number(1)
            .by("Prosecutor")
            .source("Reuters")
            .day(15)
            .build(),
        ClaimBuilder::count("injured", 4578)
            .number(2)
            .by("Prosecutor")
            .source("Reuters")
            .day(15)
            .build(),
        ClaimBuilder::count("injured", 4578)
            .number(3)
            .by("Prosecutor")
            .source("Reuters")
            .day(15)
            .build(),
        ClaimBuilder::count("injured", 4353)
            .number(4)
            .by("Prosecutor")
            .source("Sputnik")
            .day(15)
            .build(),
        ClaimBuilder::count("injured", 4578)
            .number(5)
            .by("Prosecutor")
            .source("AFP")
            .day(15)
            .build(),
    ];
    // One outlet giving two figures is its own mistake, not an echo; the
    // pair stands from claim 4, the first from another outlet.
    assert_eq!(
        kinds(&conflicts(&claims, DAY, &Cumulative::new())),
        [("echo", 2, 4)]
    );
    assert!(conflicts(&claims[..3], DAY, &Cumulative::new()).is_empty());
}
