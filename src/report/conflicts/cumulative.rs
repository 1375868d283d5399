//! Tests of the rules for running totals and open bounds: a toll rising
//! between claimants from one day to the next is not a conflict, the same
//! day or a fall still is, and `more than N` never contradicts `N`.

use super::*;
use crate::domain::{Count, Value};
use crate::report::fixture::*;
use crate::report::{Cumulative, DAY};

fn deaths_total() -> Cumulative {
    ["deaths".to_string()].into()
}

fn pairs(claims: &[Claim], cumulative: &Cumulative) -> Vec<(f64, f64)> {
    conflicts(claims, DAY, cumulative)
        .iter()
        .map(|c| (c.a.value_low(), c.b.value_low()))
        .collect()
}

trait Low {
    fn value_low(&self) -> f64;
}

impl Low for Claim {
    fn value_low(&self) -> f64 {
        match self.value {
            Value::Count(c) => c.low.unwrap_or(f64::NAN),
            _ => f64::NAN,
        }
    }
}

#[test]
fn a_toll_rising_overnight_between_claimants_is_no_conflict() {
    let claims = vec![
        ClaimBuilder::deaths(150)
            .number(1)
            .by("Red Crescent")
            .day(11)
            .build(),
        ClaimBuilder::deaths(5300)
            .number(2)
            .by("Interior Minister")
            .day(12)
            .build(),
    ];
    assert!(pairs(&claims, &deaths_total()).is_empty());
    assert_eq!(
        pairs(&claims, &Cumulative::new()),
        [(150.0, 5300.0)],
        "a metric that is no running total still conflicts"
    );
}

#[test]
fn a_later_figure_below_an_earlier_one_still_conflicts() {
    let claims = vec![
        ClaimBuilder::deaths(5300)
            .number(1)
            .by("Interior Minister")
            .day(11)
            .build(),
        ClaimBuilder::deaths(3000)
            .number(2)
            .by("Health Minister")
            .day(12)
            .build(),
    ];
    assert_eq!(pairs(&claims, &deaths_total()), [(5300.0, 3000.0)]);
}

#[test]
fn two_ministers_of_one_government_the_same_day_conflict() {
    let claims = vec![
        ClaimBuilder::deaths(150)
            .number(1)
            .by("Red Crescent")
            .day(11)
            .build(),
        ClaimBuilder::deaths(3840)
            .number(2)
            .by("Health Minister")
            .day(12)
            .build(),
        ClaimBuilder::deaths(5300)
            .number(3)
            .by("Interior Minister")
            .day(12)
            .build(),
    ];
    assert_eq!(pairs(&claims, &deaths_total()), [(3840.0, 5300.0)]);
}

#[test]
fn about_11300_against_3252_the_same_day_conflicts() {
    let about = Value::Count(Count {
        low: Some(11300.0),
        high: Some(11300.0),
        approx: true,
        vague: false,
    });
    let claims = vec![
        ClaimBuilder::deaths(3252)
            .number(1)
            .by("Health Minister")
            .day(12)
            .build(),
        ClaimBuilder::of("deaths", about)
            .number(2)
            .by("UN")
            .day(12)
            .build(),
    ];
    assert_eq!(pairs(&claims, &deaths_total()), [(3252.0, 11300.0)]);
}

#[test]
fn more_than_n_and_n_never_conflict() {
    let more_than = Value::Count(Count {
        low: Some(2001.0),
        high: None,
        approx: false,
        vague: false,
    });
    let claims = vec![
        ClaimBuilder::count("displaced", 2000)
            .number(1)
            .by("UNHCR")
            .day(12)
            .build(),
        ClaimBuilder::of("displaced", more_than)
            .number(2)
            .by("NRC")
            .day(12)
            .build(),
    ];
    assert!(pairs(&claims, &Cumulative::new()).is_empty());
}
