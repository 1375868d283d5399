//! The claims as they stood at a moment, for the reports that have no
//! `--as-of` of their own (timeline, conflicts, chart) when a page shows
//! the story as it stood then.
//!
//! Those reports judge every claim as it stands now; giving them the claims
//! as they stood at T makes them show T's picture with no second set of
//! rules: a claim not said yet, removed, or replaced by a correction by
//! then is left out, and one retracted or corrected only later is active
//! again, as it was.

use super::{Moment, Standing, standing};
use crate::domain::{Claim, Status};
use std::borrow::Cow;

/// `claims` as they stood at `t`; borrowed for now (`Moment::NOW`).
pub fn as_stood(claims: &[Claim], t: Moment) -> Cow<'_, [Claim]> {
    if t.when().is_none() {
        return Cow::Borrowed(claims);
    }
    let then = claims
        .iter()
        .filter_map(|claim| match standing(claim, t) {
            Standing::Gone => None,
            Standing::Retracted => Some(claim.clone()),
            Standing::Counts if claim.status == Status::Active => Some(claim.clone()),
            // Retracted or corrected after T: at T it was a live figure.
            Standing::Counts => {
                let mut was = claim.clone();
                was.status = Status::Active;
                was.retracted_at = None;
                was.retract_reason.clear();
                was.retracted_by.clear();
                was.superseded_by = None;
                was.superseded_at = None;
                Some(was)
            }
        })
        .collect();
    Cow::Owned(then)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture::{ClaimBuilder, day};
    use crate::report::timeline::{Change, timeline};

    fn claims() -> Vec<Claim> {
        vec![
            ClaimBuilder::deaths(26)
                .number(1)
                .by("Interior Ministry")
                .day(7)
                .build(),
            ClaimBuilder::deaths(164)
                .number(2)
                .by("Health Ministry")
                .day(9)
                .retracted(10)
                .build(),
            ClaimBuilder::deaths(225)
                .number(3)
                .by("Prosecutor")
                .day(15)
                .build(),
        ]
    }

    #[test]
    fn now_is_the_claims_themselves() {
        let all = claims();
        assert!(matches!(as_stood(&all, Moment::NOW), Cow::Borrowed(_)));
    }

    #[test]
    fn a_retraction_after_t_is_undone_and_later_claims_are_left_out() {
        let all = claims();
        let then = as_stood(&all, Moment::at(day(9)));
        let numbers: Vec<i64> = then.iter().map(|c| c.number).collect();
        assert_eq!(numbers, [1, 2]);
        assert_eq!(then[1].status, Status::Active);
        assert_eq!(then[1].retracted_at, None);
        let changes: Vec<Change> = timeline(&then).iter().map(|e| e.change).collect();
        assert_eq!(changes, [Change::First, Change::First]);
    }

    #[test]
    fn a_retraction_by_t_stays_marked() {
        let all = claims();
        let then = as_stood(&all, Moment::at(day(12)));
        assert_eq!(then.len(), 2);
        assert_eq!(then[1].status, Status::Retracted);
        let changes: Vec<Change> = timeline(&then).iter().map(|e| e.change).collect();
        assert_eq!(changes, [Change::First, Change::Retracted]);
    }
}
