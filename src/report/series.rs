//! How a series moves: each counting claim of a scope, in time order, is
//! the series' first figure, a move (up, down or the same), a late relay of
//! a figure the series has since replaced, or a figure whose order against
//! the series' other figure of that day is unknown.
//!
//! The timeline shows these steps; the summary and compare take each
//! series' figure from them, so a late relay never becomes the current
//! figure and an unknown order is never settled by typing order.

use super::direction;
use crate::domain::{Claim, When};
use std::cmp::Ordering;
use std::collections::HashMap;

/// What one claim does to its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The series' first figure.
    First,
    /// Against the series' previous figure: greater is up.
    Moved(Ordering),
    /// An outlet relaying a figure the series has since replaced: it does
    /// not move the series.
    Late,
    /// Another figure of the same day as the previous one, and neither time
    /// orders them: the series' figure that day is one of the two.
    Unordered,
}

/// The moment of a figure within its day, in seconds, when it has one: its
/// as_of instant, else a said or published instant of the same day.
pub fn time_of(claim: &Claim) -> Option<i64> {
    let day = claim.as_of.date();
    [Some(claim.as_of), claim.said_at, claim.published_at]
        .into_iter()
        .flatten()
        .find(|w| matches!(w, When::Instant(_)) && w.date() == day)
        .map(|w| w.timestamp())
}

/// Whose word a claim ultimately is, for counting independent claimants:
/// the claimant it cites, else its series. An agency relaying a ministry
/// is the ministry's word again, not a second confirmation.
pub fn origin_of(claim: &Claim) -> &str {
    if claim.citing.is_empty() {
        claim.series()
    } else {
        &claim.citing
    }
}

/// Whether two figures of one series fall on the same day without times
/// that order them.
fn order_unknown(earlier: &Claim, later: &Claim) -> bool {
    earlier.as_of.date() == later.as_of.date()
        && (time_of(earlier).is_none() || time_of(later).is_none())
}

/// One series' state while walking its claims.
#[derive(Default)]
struct State<'a> {
    /// The figure the series stands on.
    last: Option<&'a Claim>,
    /// The other figure of `last`'s day when their order is unknown.
    tied: Option<&'a Claim>,
    /// Figures the series has replaced, for spotting late relays.
    replaced: Vec<&'a Claim>,
}

/// Walks the counting claims of one scope, oldest first, series by series.
#[derive(Default)]
pub struct Tracker<'a> {
    states: HashMap<&'a str, State<'a>>,
}

impl<'a> Tracker<'a> {
    /// The step `claim` makes, and the series' figure before it.
    pub fn step(&mut self, claim: &'a Claim) -> (Step, Option<&'a Claim>) {
        let state = self.states.entry(claim.series()).or_default();
        let Some(previous) = state.last else {
            state.last = Some(claim);
            return (Step::First, None);
        };
        let moved = direction(&previous.value, &claim.value);
        if moved == Ordering::Equal {
            return (Step::Moved(moved), Some(previous));
        }
        let relayed = state.replaced.iter().any(|old| {
            old.as_of.date() < claim.as_of.date()
                && direction(&old.value, &claim.value) == Ordering::Equal
        });
        if relayed {
            return (Step::Late, Some(previous));
        }
        let unordered = order_unknown(previous, claim);
        state.replaced.push(previous);
        state.last = Some(claim);
        state.tied = unordered.then_some(previous);
        let step = if unordered {
            Step::Unordered
        } else {
            Step::Moved(moved)
        };
        (step, Some(previous))
    }

    /// The figure `series` stands on so far.
    pub fn last(&self, series: &str) -> Option<&'a Claim> {
        self.states.get(series).and_then(|s| s.last)
    }

    /// Each series' figure: its latest claim, with the other figure of that
    /// day when their order is unknown.
    pub fn figures(self) -> Vec<(&'a Claim, Option<&'a Claim>)> {
        let mut out: Vec<_> = self
            .states
            .into_values()
            .filter_map(|s| s.last.map(|last| (last, s.tied)))
            .collect();
        out.sort_by(|a, b| a.0.series().cmp(b.0.series()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::*;
    use super::*;
    use crate::domain::{Count, Value};

    fn steps(claims: &[Claim]) -> Vec<Step> {
        let mut tracker = Tracker::default();
        claims.iter().map(|c| tracker.step(c).0).collect()
    }

    fn about(n: f64) -> Value {
        Value::Count(Count {
            low: Some(n),
            high: Some(n),
            approx: true,
            vague: false,
        })
    }

    fn at_least(n: f64) -> Value {
        Value::Count(Count {
            low: Some(n),
            high: None,
            approx: false,
            vague: false,
        })
    }

    #[test]
    fn at_least_3958_after_about_11300_is_down() {
        let claims = [
            ClaimBuilder::of("deaths", about(11300.0))
                .by("UN")
                .day(5)
                .build(),
            ClaimBuilder::of("deaths", at_least(3958.0))
                .by("UN")
                .day(8)
                .build(),
        ];
        assert_eq!(steps(&claims), [Step::First, Step::Moved(Ordering::Less)]);
    }

    #[test]
    fn an_outlet_relaying_the_old_figure_late_does_not_move_the_series() {
        let claims = [
            ClaimBuilder::of("deaths", about(11300.0))
                .by("UN")
                .source("AFP")
                .day(5)
                .build(),
            ClaimBuilder::deaths(3958)
                .by("UN")
                .source("AFP")
                .day(8)
                .build(),
            ClaimBuilder::deaths(11300)
                .by("UN")
                .source("Daily")
                .day(9)
                .build(),
            ClaimBuilder::deaths(3958)
                .by("UN")
                .source("BBC")
                .day(9)
                .build(),
        ];
        let mut tracker = Tracker::default();
        let got: Vec<Step> = claims.iter().map(|c| tracker.step(c).0).collect();
        assert_eq!(
            got,
            [
                Step::First,
                Step::Moved(Ordering::Less),
                Step::Late,
                Step::Moved(Ordering::Equal)
            ]
        );
        assert_eq!(tracker.figures()[0].0.source, "AFP", "still 3,958");
    }

    #[test]
    fn an_upper_bound_alone_revises_nothing() {
        let up_to = Value::Count(Count {
            low: None,
            high: Some(20000.0),
            approx: false,
            vague: false,
        });
        let claims = [
            ClaimBuilder::deaths(5000).by("Mayor").day(5).build(),
            ClaimBuilder::of("deaths", up_to).by("Mayor").day(6).build(),
        ];
        assert_eq!(steps(&claims), [Step::First, Step::Moved(Ordering::Equal)]);
    }

    #[test]
    fn two_figures_of_one_day_are_ordered_by_their_times_or_said_unknown() {
        let untimed = [
            ClaimBuilder::deaths(3840).by("Ministry").day(12).build(),
            ClaimBuilder::deaths(5300).by("Ministry").day(12).build(),
        ];
        assert_eq!(steps(&untimed), [Step::First, Step::Unordered]);
        let mut tracker = Tracker::default();
        for c in &untimed {
            tracker.step(c);
        }
        let figures = tracker.figures();
        assert!(figures[0].1.is_some(), "both figures are kept");
        let at = |h: u32| {
            let t = chrono::DateTime::parse_from_rfc3339(&format!("2022-01-12T{h:02}:00:00+00:00"));
            When::Instant(t.unwrap())
        };
        let timed = [
            ClaimBuilder::deaths(3840).by("Ministry").at(at(9)).build(),
            ClaimBuilder::deaths(5300).by("Ministry").at(at(18)).build(),
        ];
        assert_eq!(steps(&timed), [Step::First, Step::Moved(Ordering::Greater)]);
    }
}
