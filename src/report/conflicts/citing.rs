//! Tests of whose word a figure is: an agency citing a ministry speaks for
//! the ministry (never a conflict with it, an echo when the two differ at
//! one moment), and an old figure relayed late neither stands nor
//! conflicts.

use super::*;
use crate::report::fixture::*;
use crate::report::{Cumulative, DAY};

fn kinds(c: &[Conflict]) -> Vec<(&'static str, i64, i64)> {
    c.iter()
        .map(|x| (x.kind.as_str(), x.a.number, x.b.number))
        .collect()
}

fn deaths_total() -> Cumulative {
    ["deaths".to_string()].into()
}

#[test]
fn an_agency_citing_a_ministry_does_not_conflict_with_it() {
    // The agency relays the ministry's morning figure after the ministry
    // raised it at noon: the ministry's word twice, not two claimants.
    let claims = vec![
        ClaimBuilder::deaths(150)
            .number(1)
            .by("Health Ministry")
            .source("Reuters")
            .day(11)
            .build(),
        ClaimBuilder::deaths(400)
            .number(2)
            .by("Health Ministry")
            .source("BBC")
            .day(12)
            .build(),
        ClaimBuilder::deaths(150)
            .number(3)
            .by("AFP")
            .citing("Health Ministry")
            .source("AFP")
            .day(12)
            .build(),
    ];
    assert_eq!(kinds(&conflicts(&claims, DAY, &deaths_total())), []);
    // Without the citing, the agency's stale figure is a second claimant's
    // and the same day's 150 against 400 stands as a conflict.
    let mut uncited = claims.clone();
    uncited[2].citing.clear();
    assert_eq!(
        kinds(&conflicts(&uncited, DAY, &deaths_total())),
        [("value", 2, 3)]
    );
}

#[test]
fn a_cited_figure_that_differs_at_one_moment_is_an_echo() {
    let claims = vec![
        ClaimBuilder::deaths(150)
            .number(1)
            .by("Health Ministry")
            .source("Reuters")
            .day(11)
            .build(),
        ClaimBuilder::deaths(510)
            .number(2)
            .by("AFP")
            .citing("Health Ministry")
            .source("AFP")
            .day(11)
            .build(),
    ];
    assert_eq!(
        kinds(&conflicts(&claims, DAY, &deaths_total())),
        [("echo", 1, 2)]
    );
}

#[test]
fn a_citing_claim_still_conflicts_with_a_third_claimant() {
    let claims = vec![
        ClaimBuilder::deaths(150)
            .number(1)
            .by("AFP")
            .citing("Health Ministry")
            .source("AFP")
            .day(11)
            .build(),
        ClaimBuilder::deaths(900)
            .number(2)
            .by("UN")
            .source("BBC")
            .day(11)
            .build(),
    ];
    assert_eq!(
        kinds(&conflicts(&claims, DAY, &deaths_total())),
        [("value", 1, 2)]
    );
}

#[test]
fn a_late_relay_of_a_replaced_figure_conflicts_with_no_one() {
    // The ministry went from 150 to 400; an outlet carrying its 150 a day
    // later is no fresh figure against the UN's 420 of that day.
    let claims = vec![
        ClaimBuilder::deaths(150)
            .number(1)
            .by("Health Ministry")
            .source("Reuters")
            .day(11)
            .build(),
        ClaimBuilder::deaths(400)
            .number(2)
            .by("Health Ministry")
            .source("Reuters")
            .day(12)
            .build(),
        ClaimBuilder::deaths(420)
            .number(3)
            .by("UN")
            .source("BBC")
            .day(13)
            .build(),
        ClaimBuilder::deaths(150)
            .number(4)
            .by("Health Ministry")
            .source("Daily Star")
            .day(13)
            .build(),
    ];
    assert_eq!(kinds(&conflicts(&claims, DAY, &deaths_total())), []);
}
