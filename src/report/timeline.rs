//! The timeline: every claim of a scope, oldest first, with the change it
//! makes against its series' previous claim.
//!
//! A retracted claim stays, marked `retracted`, and is never the "previous"
//! of a later claim. A claim replaced by a correction (superseded) is left
//! out: its correction stands in its place.

use super::{Moment, Standing, by_scope, direction, standing};
use crate::domain::Claim;
use std::cmp::Ordering;
use std::collections::HashMap;

/// What a claim does to its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    First,
    Up,
    Down,
    Same,
    Retracted,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::First => "first",
            Change::Up => "up",
            Change::Down => "down",
            Change::Same => "same",
            Change::Retracted => "retracted",
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
        let mut last: HashMap<&str, &Claim> = HashMap::new();
        for claim in group {
            let standing = standing(claim, Moment::NOW);
            if standing == Standing::Gone {
                continue;
            }
            let series = claim.series();
            let previous = last.get(series).copied();
            let change = if standing == Standing::Retracted {
                Change::Retracted
            } else {
                match previous {
                    None => Change::First,
                    Some(p) => match direction(&p.value, &claim.value) {
                        Ordering::Greater => Change::Up,
                        Ordering::Less => Change::Down,
                        Ordering::Equal => Change::Same,
                    },
                }
            };
            if standing == Standing::Counts {
                last.insert(series, claim);
            }
            out.push(Entry {
                claim,
                series: series.to_string(),
                change,
                previous: previous.map(|p| p.text.clone()),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture::*;
    use super::*;
    use crate::domain::{Count, Value};

    #[test]
    fn revisions_go_up_and_down_per_series() {
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
                count(26.0, 26.0),
                7,
                "Reuters",
                "Interior Ministry",
            ),
            claim(
                3,
                "deaths",
                "",
                count(44.0, 44.0),
                8,
                "AFP",
                "Interior Ministry",
            ),
            claim(
                4,
                "deaths",
                "",
                count(40.0, 40.0),
                9,
                "AFP",
                "Interior Ministry",
            ),
            claim(
                5,
                "deaths",
                "",
                count(225.0, 225.0),
                15,
                "Reuters",
                "Prosecutor",
            ),
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
            claim(
                1,
                "deaths",
                "",
                count(26.0, 26.0),
                7,
                "AFP",
                "Health Ministry",
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
            claim(
                3,
                "deaths",
                "",
                count(30.0, 30.0),
                11,
                "AFP",
                "Health Ministry",
            ),
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
            claim(
                1,
                "detained",
                "",
                count(7939.0, 7939.0),
                10,
                "AFP",
                "Interior Ministry",
            ),
            claim(2, "detained", "", nearly, 11, "AP", "Interior Ministry"),
            claim(
                3,
                "detained",
                "",
                count(9900.0, 9900.0),
                12,
                "AFP",
                "Interior Ministry",
            ),
            claim(4, "deaths", "", dozens, 6, "BBC", "Police"),
            claim(5, "deaths", "", dizaines, 6, "Le Monde", "Police"),
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
            claim(1, "deaths", "", count(10.0, 10.0), 7, "AFP", ""),
            claim(2, "deaths", "", count(12.0, 12.0), 8, "Reuters", ""),
        ];
        let t = timeline(&claims);
        assert_eq!(t[0].series, "AFP");
        assert_eq!(t[1].change, Change::First);
    }

    #[test]
    fn scopes_are_separate() {
        let claims = vec![
            claim(
                1,
                "deaths",
                "security forces",
                count(18.0, 18.0),
                7,
                "AFP",
                "Interior Ministry",
            ),
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
        let t = timeline(&claims);
        assert!(t.iter().all(|e| e.change == Change::First));
        assert_eq!(t[0].claim.qualifier, "", "scopes sort by qualifier");
    }
}
