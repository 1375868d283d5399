//! Compare: what each outlet or claimant says now, side by side.
//!
//! A pivot with one row per series (source or claimant) and one column per
//! scope; a cell is the series' latest counting value and its date, marked
//! stale when older than the window of the scope's newest claim, and marked
//! in conflict when it disagrees with another current cell the way the
//! conflicts report defines it. The summary rows of the scopes go under it.

use super::series::{Step, Tracker};
use super::summary::{self, current};
use super::{Cumulative, by_scope, total_moved_on, values_disagree};
use crate::domain::Claim;
use std::collections::{BTreeSet, HashMap};

/// What the rows of the pivot are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Source,
    Claimant,
}

impl By {
    pub fn as_str(self) -> &'static str {
        match self {
            By::Source => "source",
            By::Claimant => "claimant",
        }
    }

    /// The row a claim belongs to.
    pub fn row_of(self, claim: &Claim) -> &str {
        match self {
            By::Claimant => claim.series(),
            By::Source if claim.source.is_empty() => "(no source)",
            By::Source => &claim.source,
        }
    }
}

/// One cell of the pivot.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell<'a> {
    pub metric: String,
    pub qualifier: String,
    /// The row: a source or a claimant.
    pub series: String,
    /// The latest claim of this row in this scope.
    pub claim: &'a Claim,
    pub stale: bool,
    pub conflict: bool,
    /// The outlets that carried this figure.
    pub sources: Vec<String>,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Report<'a> {
    pub by: By,
    /// Row names, sorted.
    pub rows: Vec<String>,
    /// Scopes (metric, qualifier), sorted.
    pub scopes: Vec<(String, String)>,
    pub cells: Vec<Cell<'a>>,
    pub summary: Vec<summary::Row>,
    /// Where each (row, metric, qualifier) cell is in `cells`.
    index: HashMap<(String, String, String), usize>,
}

impl<'a> Report<'a> {
    pub fn cell(&self, row: &str, scope: &(String, String)) -> Option<&Cell<'a>> {
        self.index
            .get(&(row.to_string(), scope.0.clone(), scope.1.clone()))
            .map(|&i| &self.cells[i])
    }
}

/// Whether two current claims of one scope contradict each other: a value
/// conflict between claimants (not a running total moving on), or one
/// claimant reported two ways on one day.
fn contradict(a: &Claim, b: &Claim, cumulative: &Cumulative) -> bool {
    values_disagree(&a.value, &b.value)
        && !total_moved_on(a, b, cumulative)
        && (a.series() != b.series()
            || (a.source != b.source && a.as_of.date() == b.as_of.date() && !a.claimant.is_empty()))
}

/// Builds the pivot of `claims` (one event) at `t`.
pub fn compare<'a>(
    claims: &'a [Claim],
    by: By,
    t: crate::report::Moment,
    window: i64,
    cumulative: &Cumulative,
) -> Report<'a> {
    let mut cells: Vec<Cell> = Vec::new();
    let mut summary_rows = Vec::new();
    let mut scopes = Vec::new();
    for ((metric, qualifier), group) in by_scope(claims) {
        let Some(row) = summary::row(&group, t, window) else {
            continue;
        };
        summary_rows.push(row);
        scopes.push((metric.clone(), qualifier.clone()));
        let counting = current(&group, t, window).counting;
        let latest = latest_by_row(&counting, by);
        let newest = latest
            .iter()
            .map(|(_, c)| c.as_of.timestamp())
            .max()
            .unwrap_or(0);
        let first_cell = cells.len();
        for (row, claim) in &latest {
            cells.push(Cell {
                metric: metric.clone(),
                qualifier: qualifier.clone(),
                series: row.to_string(),
                claim,
                stale: newest - claim.as_of.timestamp() > window,
                conflict: false,
                sources: cell_sources(by, row, claim, &counting, window),
            });
        }
        mark_conflicts(&mut cells[first_cell..], cumulative);
    }
    let rows: BTreeSet<String> = cells.iter().map(|c| c.series.clone()).collect();
    cells.sort_by(|a, b| {
        (a.series.as_str(), a.metric.as_str(), a.qualifier.as_str()).cmp(&(
            b.series.as_str(),
            b.metric.as_str(),
            b.qualifier.as_str(),
        ))
    });
    let index = cells
        .iter()
        .enumerate()
        .map(|(i, c)| ((c.series.clone(), c.metric.clone(), c.qualifier.clone()), i))
        .collect();
    Report {
        by,
        rows: rows.into_iter().collect(),
        scopes,
        cells,
        summary: summary_rows,
        index,
    }
}

/// Each row's latest counting claim in one scope, rows in order of their
/// first claim.
fn latest_by_row<'a>(counting: &[&'a Claim], by: By) -> Vec<(&'a str, &'a Claim)> {
    let mut latest: Vec<(&str, &Claim)> = Vec::new();
    let mut slots: HashMap<&str, usize> = HashMap::new();
    // Oldest first, so later wins; by claimant, a figure the series has
    // since replaced, relayed late, is never the row's figure.
    let mut tracker = Tracker::default();
    for &claim in counting {
        if by == By::Claimant && tracker.step(claim).0 == Step::Late {
            continue;
        }
        let row = by.row_of(claim);
        match slots.get(row) {
            Some(&at) => latest[at].1 = claim,
            None => {
                slots.insert(row, latest.len());
                latest.push((row, claim));
            }
        }
    }
    latest
}

/// The outlets behind one cell: the row itself by source; by claimant,
/// those carrying this series' figure within the window.
fn cell_sources(by: By, row: &str, claim: &Claim, counting: &[&Claim], window: i64) -> Vec<String> {
    let sources: BTreeSet<&str> = match by {
        By::Source => BTreeSet::from([row]),
        By::Claimant => counting
            .iter()
            .filter(|c| {
                c.series() == claim.series()
                    && c.value == claim.value
                    && claim.as_of.timestamp() - c.as_of.timestamp() <= window
            })
            .map(|c| c.source.as_str())
            .filter(|s| !s.is_empty())
            .collect(),
    };
    sources.into_iter().map(str::to_string).collect()
}

/// Marks each current cell of one scope that contradicts another current
/// one; stale cells are never in conflict.
fn mark_conflicts(scope_cells: &mut [Cell], cumulative: &Cumulative) {
    for i in 0..scope_cells.len() {
        if scope_cells[i].stale {
            continue;
        }
        scope_cells[i].conflict = (0..scope_cells.len()).any(|j| {
            j != i
                && !scope_cells[j].stale
                && contradict(scope_cells[i].claim, scope_cells[j].claim, cumulative)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::*;
    use super::super::{DAY, Moment};
    use super::*;

    fn sample() -> Vec<Claim> {
        vec![
            ministry_26(1, "AFP"),
            ministry_26(2, "Reuters"),
            ClaimBuilder::deaths(164)
                .number(3)
                .by("Health Ministry")
                .source("Khabar 24")
                .day(9)
                .retracted(10)
                .build(),
            ClaimBuilder::deaths(40)
                .number(4)
                .by("Interior Ministry")
                .source("AFP")
                .day(9)
                .build(),
            ClaimBuilder::deaths(90)
                .number(5)
                .by("Hospital")
                .source("RFI")
                .day(9)
                .build(),
            ClaimBuilder::count("injured", 18)
                .number(6)
                .by("Interior Ministry")
                .source("AFP")
                .day(7)
                .build(),
        ]
    }

    #[test]
    fn by_claimant_cells_hold_each_series_latest_value() {
        let claims = sample();
        let r = compare(&claims, By::Claimant, Moment::NOW, DAY, &Cumulative::new());
        assert_eq!(r.rows, ["Hospital", "Interior Ministry"]);
        assert_eq!(r.scopes.len(), 2);
        let deaths = ("deaths".to_string(), String::new());
        let im = r.cell("Interior Ministry", &deaths).unwrap();
        assert_eq!(im.claim.number, 4);
        assert_eq!(im.sources, ["AFP"]);
        assert!(im.conflict, "40 vs the hospital's 90 on the same day");
        assert!(r.cell("Hospital", &deaths).unwrap().conflict);
        assert!(r.cell("Health Ministry", &deaths).is_none(), "withdrawn");
        assert_eq!(r.summary.len(), 2);
    }

    #[test]
    fn as_of_shows_the_picture_on_that_day() {
        let claims = sample();
        let r = compare(
            &claims,
            By::Claimant,
            Moment::at(day(7)),
            DAY,
            &Cumulative::new(),
        );
        let deaths = ("deaths".to_string(), String::new());
        let im = r.cell("Interior Ministry", &deaths).unwrap();
        assert_eq!(im.claim.number, 2);
        assert_eq!(im.sources, ["AFP", "Reuters"]);
        assert!(!im.conflict);
        let on_9th = compare(
            &claims,
            By::Claimant,
            Moment::at(day(9)),
            DAY,
            &Cumulative::new(),
        );
        assert!(on_9th.cell("Health Ministry", &deaths).unwrap().conflict);
    }

    #[test]
    fn by_source_rows_are_outlets_and_old_cells_are_stale() {
        let claims = sample();
        let r = compare(&claims, By::Source, Moment::NOW, DAY, &Cumulative::new());
        assert_eq!(r.rows, ["AFP", "RFI", "Reuters"]);
        let deaths = ("deaths".to_string(), String::new());
        let reuters = r.cell("Reuters", &deaths).unwrap();
        assert!(
            reuters.stale,
            "Reuters' 26 of the 7th is older than the window"
        );
        assert!(!reuters.conflict, "stale cells are not in conflict");
    }
}
