//! People named by role right after a bare counted noun: "Deux
//! responsables de la salle, | le propriétaire et son gérant, ont été
//! interpellés mercredi". The first clause holds only the figure and its
//! noun; those after it tell who they are and count no one more. Only
//! people held are read so, as in a breakdown: copy names the dead one by
//! one ("Les deux occupants, le pilote et son passager, ont été tués") as
//! victims of their own.

use super::clause::Found;
use super::singular::one;
use crate::domain::{Lang, Value};
use crate::parse::lexicon::Lexicon;
use std::ops::Range;

/// A clause that counts two or more with no metric word of its own: where
/// it ends, and the metric it borrows.
pub(super) struct BareTotal {
    end: usize,
    metric: String,
}

/// The bare total `found` in `clause` holds, if any.
pub(super) fn bare_total(
    s: &str,
    clause: &Range<usize>,
    found: &[Found],
    lang: Lang,
    lexicon: &Lexicon,
) -> Option<BareTotal> {
    if lexicon.find(&s[clause.clone()], lang).is_some() {
        return None;
    }
    found
        .iter()
        .filter(|f| f.metric == "detained")
        .find(|f| matches!(&f.value, Value::Count(c) if !c.approx && c.low == c.high && c.low.is_some_and(|l| l >= 2.0)))
        .map(|f| BareTotal {
            end: clause.end,
            metric: f.metric.clone(),
        })
}

/// `found` without the ones named in `clause` when it follows the bare
/// total `before` past a comma alone.
pub(super) fn without_named_roles(
    s: &str,
    clause: &Range<usize>,
    before: Option<&BareTotal>,
    found: Vec<Found>,
) -> Vec<Found> {
    let Some(before) = before else {
        return found;
    };
    if s.get(before.end..clause.start)
        .is_none_or(|gap| gap.trim() != ",")
    {
        return found;
    }
    let by_role = |f: &Found| f.metric == before.metric && f.value == Value::Count(one());
    found.into_iter().filter(|f| !by_role(f)).collect()
}

#[cfg(test)]
mod tests {
    fn read(text: &str) -> Vec<(String, f64)> {
        let lexicon = crate::extract::extraction_lexicon(crate::parse::lexicon::builtin_aliases());
        let date = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        crate::extract::extract(text, crate::lang::FR, &lexicon, date, true)
            .into_iter()
            .map(|c| match c.value {
                crate::domain::Value::Count(n) => (c.metric, n.low.unwrap_or(0.0)),
                _ => (c.metric, 0.0),
            })
            .collect()
    }

    #[test]
    fn roles_after_a_bare_total_are_those_it_counts() {
        let found =
            read("Deux responsables, le propriétaire et son gérant, ont été interpellés mercredi.");
        assert_eq!(found, vec![("detained".to_string(), 2.0)]);
        let found = read("Deux employés, un chauffeur et un cuisinier, ont été arrêtés mardi.");
        assert_eq!(found, vec![("detained".to_string(), 2.0)]);
    }

    #[test]
    fn the_dead_named_by_role_after_a_total_still_count() {
        // False friend: the dead are named one by one as victims.
        let found = read("Deux occupants, le pilote et son passager, ont été tués mercredi.");
        assert_eq!(found.len(), 3, "{found:?}");
    }

    #[test]
    fn roles_with_a_metric_word_before_them_still_count() {
        // False friend: the clause before has its own metric word, so the
        // one after is a subject of its own.
        let found = read("Deux hommes ont été tués, le conducteur a été blessé mercredi.");
        assert!(found.contains(&("injured".to_string(), 1.0)), "{found:?}");
    }
}
