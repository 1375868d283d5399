//! The timeline: every claim of a scope, oldest first, with the change it
//! makes against its series' previous claim.
//!
//! A retracted claim stays, marked `retracted`, and is never the "previous"
//! of a later claim. A claim replaced by a correction (superseded) is left
//! out: its correction stands in its place. An outlet relaying a figure
//! the series has since replaced is marked `late` and moves nothing; two
//! figures of one day that no time orders are marked `unordered`.

use super::series::{Step, Tracker};
use super::{Moment, Standing, by_scope, standing};
use crate::domain::Claim;
use std::cmp::Ordering;

/// What a claim does to its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    First,
    Up,
    Down,
    Same,
    Retracted,
    /// A figure the series has since replaced, relayed late.
    Late,
    /// Differs from the series' other figure of that day, and no time says
    /// which came first.
    Unordered,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::First => "first",
            Change::Up => "up",
            Change::Down => "down",
            Change::Same => "same",
            Change::Retracted => "retracted",
            Change::Late => "late",
            Change::Unordered => "unordered",
        }
    }
}

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    pub claim: &'a Claim,
    pub series: String,
    pub change: Change,
    /// The series' previous value, as said.
    pub previous: Option<String>,
}

/// The timeline of some claims (usually one event, maybe one metric):
/// scopes in order, each oldest first.
pub fn timeline(claims: &[Claim]) -> Vec<Entry<'_>> {
    let mut out = Vec::new();
    for (_, group) in by_scope(claims) {
        let mut tracker = Tracker::default();
        for claim in group {
            let (change, previous) = match standing(claim, Moment::NOW) {
                Standing::Gone => continue,
                // Shown, but never a series' figure nor anyone's previous.
                Standing::Retracted => (Change::Retracted, tracker.last(claim.series())),
                Standing::Counts => {
                    let (step, previous) = tracker.step(claim);
                    (change_of(step), previous)
                }
            };
            out.push(Entry {
                claim,
                series: claim.series().to_string(),
                change,
                previous: previous.map(|p| p.text.clone()),
            });
        }
    }
    out
}

fn change_of(step: Step) -> Change {
    match step {
        Step::First => Change::First,
        Step::Moved(Ordering::Greater) => Change::Up,
        Step::Moved(Ordering::Less) => Change::Down,
        Step::Moved(Ordering::Equal) => Change::Same,
        Step::Late => Change::Late,
        Step::Unordered => Change::Unordered,
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::*;
    use super::*;
    use crate::domain::{Count, Value};

    #[test]
    fn revisions_go_up_and_down_per_series() {
        let claims = vec![
            ministry_26(1, "AFP"),
            ministry_26(2, "Reuters"),
            ClaimBuilder::deaths(44)
                .number(3)
                .by("Interior Ministry")
                .source("AFP")
                .day(8)
                .build(),
            ClaimBuilder::deaths(40)
                .number(4)
                .by("Interior Ministry")
                .source("AFP")
                .day(9)
                .build(),
            ClaimBuilder::deaths(225)
                .number(5)
                .by("Prosecutor")
                .source("Reuters")
                .day(15)
                .build(),
        ];
        let t = timeline(&claims);
        let changes: Vec<&str> = t.iter().map(|e| e.change.as_str()).collect();
        assert_eq!(changes, ["first", "same", "up", "down", "first"]);
        assert_eq!(t[2].previous.as_deref(), Some("26"));
        assert_eq!(t[4].series, "Prosecutor");
    }

    #[test]
    fn a_retracted_claim_stays_marked_and_is_nobodys_previous() {
        let claims = vec![
            ClaimBuilder::deaths(26)
                .number(1)
                .by("Health Ministry")
                .source("AFP")
                .day(7)
                .build(),
            ClaimBuilder::deaths(164)
                .number(2)
                .by("Health Ministry")
                .source("Khabar 24")
                .day(9)
                .retracted(10)
                .build(),
            ClaimBuilder::deaths(30)
                .number(3)
                .by("Health Ministry")
                .source("AFP")
                .day(11)
                .build(),
        ];
        let t = timeline(&claims);
        assert_eq!(t[1].change, Change::Retracted);
        assert_eq!(t[2].change, Change::Up);
        assert_eq!(t[2].previous.as_deref(), Some("26"));
    }

    #[test]
    fn the_same_figure_in_looser_words_is_no_revision() {
        let nearly = Value::Count(Count {
            low: Some(8000.0),
            high: Some(8000.0),
            approx: true,
            vague: false,
        });
        let dizaines = Value::Count(Count {
            low: Some(20.0),
            high: Some(99.0),
            approx: false,
            vague: true,
        });
        let dozens = Value::Count(Count {
            low: Some(24.0),
            high: Some(99.0),
            approx: false,
            vague: true,
        });
        let claims = vec![
            ClaimBuilder::count("detained", 7939)
                .number(1)
                .by("Interior Ministry")
                .source("AFP")
                .day(10)
                .build(),
            ClaimBuilder::of("detained", nearly)
                .number(2)
                .by("Interior Ministry")
                .source("AP")
                .day(11)
                .build(),
            ClaimBuilder::count("detained", 9900)
                .number(3)
                .by("Interior Ministry")
                .source("AFP")
                .day(12)
                .build(),
            ClaimBuilder::of("deaths", dozens)
                .number(4)
                .by("Police")
                .source("BBC")
                .day(6)
                .build(),
            ClaimBuilder::of("deaths", dizaines)
                .number(5)
                .by("Police")
                .source("Le Monde")
                .day(6)
                .build(),
        ];
        let t = timeline(&claims);
        let changes: Vec<(i64, &str)> = t
            .iter()
            .map(|e| (e.claim.number, e.change.as_str()))
            .collect();
        assert_eq!(
            changes,
            [
                (4, "first"),
                (5, "same"),
                (1, "first"),
                (2, "same"),
                (3, "up")
            ]
        );
    }

    #[test]
    fn unattributed_claims_are_series_of_their_source() {
        let claims = vec![
            ClaimBuilder::deaths(10)
                .number(1)
                .source("AFP")
                .day(7)
                .build(),
            ClaimBuilder::deaths(12)
                .number(2)
                .source("Reuters")
                .day(8)
                .build(),
        ];
        let t = timeline(&claims);
        assert_eq!(t[0].series, "AFP");
        assert_eq!(t[1].change, Change::First);
    }

    #[test]
    fn scopes_are_separate() {
        let claims = vec![
            ClaimBuilder::deaths(18)
                .number(1)
                .qualifier("security forces")
                .by("Interior Ministry")
                .source("AFP")
                .day(7)
                .build(),
            ministry_26(2, "AFP"),
        ];
        let t = timeline(&claims);
        assert!(t.iter().all(|e| e.change == Change::First));
        assert_eq!(t[0].claim.qualifier, "", "scopes sort by qualifier");
    }
}
