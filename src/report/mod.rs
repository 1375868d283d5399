//! Reports: pure functions over claims, testable without a database.
//!
//! Shared rules live here: which claims count at a moment, the window, how
//! two values compare, and when two claims disagree. Each report is in its
//! own file; rendering is in `crate::render`.

pub mod compare;
pub mod conflicts;
#[cfg(test)]
pub(crate) mod fixture;
pub mod series;
pub mod snapshot;
pub mod summary;
pub mod timeline;

use crate::domain::{Claim, Count, Status, Value, When};
use std::cmp::Ordering;

/// The default window: claims within a day of each other are "at the same
/// time" for conflicts and for being current.
pub const DAY: i64 = 86_400;

/// Reads a window such as `1d`, `12h`, `2w`, `90m` or a bare number of days.
pub fn parse_window(text: &str) -> Result<i64, String> {
    let t = text.trim().to_ascii_lowercase();
    let (number, unit) = match t.find(|c: char| !c.is_ascii_digit() && c != '.') {
        Some(at) => t.split_at(at),
        None => (t.as_str(), "d"),
    };
    let n: f64 = number
        .parse()
        .map_err(|_| format!("'{text}' is not a window (try 1d, 12h, 2w)"))?;
    let unit_secs = match unit.trim() {
        "s" => 1.0,
        "m" | "min" => 60.0,
        "h" => 3600.0,
        "d" | "day" | "days" => DAY as f64,
        "w" | "week" | "weeks" => 7.0 * DAY as f64,
        _ => return Err(format!("'{text}' is not a window (try 1d, 12h, 2w)")),
    };
    if !(n.is_finite() && n >= 0.0) {
        return Err(format!("'{text}' is not a window (try 1d, 12h, 2w)"));
    }
    Ok((n * unit_secs).round() as i64)
}

/// The picture a report shows: everything (now), or as of a moment.
/// Claims, retractions and corrections are compared with it by
/// `When::on_or_before`: a bare day means that calendar day where each
/// figure's own offset puts it; an instant with an offset is an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment(Option<When>);

impl Moment {
    /// Now: every claim recorded so far.
    pub const NOW: Moment = Moment(None);

    /// As of `when` (`--as-of`).
    pub fn at(when: When) -> Moment {
        Moment(Some(when))
    }

    pub fn when(&self) -> Option<&When> {
        self.0.as_ref()
    }

    /// Whether `when` is on or before this moment.
    pub fn reached(&self, when: &When) -> bool {
        self.0.as_ref().is_none_or(|bound| when.on_or_before(bound))
    }
}

impl From<Option<When>> for Moment {
    fn from(when: Option<When>) -> Moment {
        Moment(when)
    }
}

/// Where a claim stands in the picture at a moment. This is the one rule
/// for which claims count: the summary, compare and conflicts count only
/// `Counts`; the timeline and the chart also show `Retracted`, marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Said by then, and not removed, replaced or retracted by then.
    Counts,
    /// Withdrawn by then: shown where history is shown, never counted.
    Retracted,
    /// Removed, replaced by its correction, or not said yet: nowhere.
    Gone,
}

/// Where `claim` stands at `at`.
///
/// A superseded claim counts until its correction takes effect: on a day
/// before the correction, it was the figure. A correction we cannot find
/// has always taken effect. A retraction counts from its own date.
pub fn standing(claim: &Claim, at: Moment) -> Standing {
    let replaced =
        claim.status == Status::Superseded && claim.superseded_at.is_none_or(|w| at.reached(&w));
    if claim.deleted || replaced || !at.reached(&claim.as_of) {
        Standing::Gone
    } else if claim.is_retracted_at(at.when()) {
        Standing::Retracted
    } else {
        Standing::Counts
    }
}

/// Whether a claim counts in the picture at `at`: said by then, not removed,
/// not replaced by a correction, and not retracted by then.
pub fn counts_at(claim: &Claim, at: Moment) -> bool {
    standing(claim, at) == Standing::Counts
}

/// Whether a claim is shown at `at` where retracted claims are shown too
/// (timeline, chart): it counts, or it counted until its retraction.
pub fn shown_at(claim: &Claim, at: Moment) -> bool {
    standing(claim, at) != Standing::Gone
}

/// Claims grouped by scope (metric, qualifier), scopes in first-seen order
/// after sorting by metric then qualifier; each group oldest first.
pub fn by_scope(claims: &[Claim]) -> Vec<((String, String), Vec<&Claim>)> {
    group_in_time_order(claims.iter(), |c| (c.metric.as_str(), c.qualifier.as_str()))
        .into_iter()
        .map(|((m, q), group)| ((m.to_string(), q.to_string()), group))
        .collect()
}

/// Claims grouped by a key, groups in key order, each oldest first. Claims
/// usually arrive in time order already, so the sort is one pass; grouping
/// by hashing keeps string comparisons out of it.
pub fn group_in_time_order<'a, K: Ord + std::hash::Hash + Clone>(
    claims: impl Iterator<Item = &'a Claim>,
    key: impl Fn(&'a Claim) -> K,
) -> Vec<(K, Vec<&'a Claim>)> {
    let mut sorted: Vec<&Claim> = claims.collect();
    // Figures of one day come in the order of their times where they have
    // them (a day-only as_of published at 09:00 before one at 18:00), and
    // in typing order otherwise; `series` says when that order is unknown.
    // Keys computed once per claim, not per comparison: a time takes a
    // few calendar sums, and a big event sorts a hundred thousand claims.
    sorted.sort_by_cached_key(|c| {
        let time = series::time_of(c).unwrap_or(i64::MIN);
        (c.as_of.timestamp(), time, c.number)
    });
    let mut index: std::collections::HashMap<K, usize> = std::collections::HashMap::new();
    let mut groups: Vec<(K, Vec<&Claim>)> = Vec::new();
    for claim in sorted {
        let k = key(claim);
        let at = *index.entry(k.clone()).or_insert_with(|| {
            groups.push((k, Vec::new()));
            groups.len() - 1
        });
        groups[at].1.push(claim);
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    groups
}

/// The point value of a figure, the one `best` and revisions use: an exact
/// count; an explicit range's midpoint; a vague word's low end; a lower
/// bound's bound; a date's first day (days since the epoch). An upper bound
/// alone (`up to 20,000`) has none: it only bounds `high`.
pub fn point(value: &Value) -> Option<f64> {
    match value {
        Value::Count(Count {
            low: None,
            high: Some(_),
            ..
        }) => None,
        Value::Count(c) => c.point(),
        Value::Date(span) => Some(day_number(span.start) as f64),
        Value::Text => None,
    }
}

/// The number a figure sits at when measuring a gap: its point value, or
/// an upper bound's bound (a gap to `up to 30` is still a distance).
fn reach(value: &Value) -> Option<f64> {
    match value {
        Value::Count(c) => c.point(),
        _ => point(value),
    }
}

pub fn day_number(d: chrono::NaiveDate) -> i64 {
    d.signed_duration_since(chrono::NaiveDate::default())
        .num_days()
}

/// How a value compares with an earlier one, judged on point values.
///
/// An approximate or vague figure whose widened interval holds the other's
/// point says the same thing in other words ("nearly 8,000" after 7,939,
/// "des dizaines" after "dozens"): that is no revision. Only the loose
/// figure's interval counts, so `at least 3,958` after `about 11,300` is
/// down even though the open bound reaches 11,300. A figure without a point
/// value (`up to 20,000`) revises nothing.
pub fn direction(earlier: &Value, later: &Value) -> Ordering {
    let (Some(a), Some(b)) = (point(earlier), point(later)) else {
        return Ordering::Equal;
    };
    if loosely_holds(earlier, b) || loosely_holds(later, a) {
        return Ordering::Equal;
    }
    b.partial_cmp(&a).unwrap_or(Ordering::Equal)
}

/// Whether `value` is approximate or vague and its widened interval holds
/// the point `p`.
fn loosely_holds(value: &Value, p: f64) -> bool {
    match value {
        Value::Count(c) if c.approx || c.vague => {
            let (low, high) = c.widened();
            low <= p && p <= high
        }
        _ => false,
    }
}

/// The interval a value covers when testing for conflicts: approximate
/// counts widened by 10%, dates as day numbers. A lower bound reaches one
/// below its bound: `more than 2,000` is stored from 2,001, and it never
/// contradicts a plain 2,000.
pub fn conflict_interval(value: &Value) -> Option<(f64, f64)> {
    match value {
        Value::Count(
            c @ Count {
                low: Some(_),
                high: None,
                ..
            },
        ) => {
            let (low, high) = c.widened();
            Some((low - 1.0, high))
        }
        Value::Count(c) => Some(c.widened()),
        Value::Date(span) => Some((day_number(span.start) as f64, day_number(span.end) as f64)),
        Value::Text => None,
    }
}

/// Whether two values cannot both be right: their intervals (approximate
/// ones widened) do not overlap; for dates, they name different days.
pub fn values_disagree(a: &Value, b: &Value) -> bool {
    match (conflict_interval(a), conflict_interval(b)) {
        (Some((alo, ahi)), Some((blo, bhi))) => ahi < blo || bhi < alo,
        _ => false,
    }
}

/// The metrics whose figures are running totals (`deaths` so far): a
/// later, higher figure on another day is the total moving.
pub type Cumulative = std::collections::BTreeSet<String>;

/// Whether `later` (as_of on or after `earlier`'s) is a running total
/// moving on: a cumulative metric, another day, and no lower than the
/// earlier figure. Such a pair is never a conflict; a later figure below
/// an earlier one, or two figures of one day, still are.
pub fn total_moved_on(earlier: &Claim, later: &Claim, cumulative: &Cumulative) -> bool {
    let (earlier, later) = if later.as_of.timestamp() < earlier.as_of.timestamp() {
        (later, earlier)
    } else {
        (earlier, later)
    };
    let rises = match (
        conflict_interval(&earlier.value),
        conflict_interval(&later.value),
    ) {
        (Some((_, earlier_high)), Some((later_low, _))) => later_low >= earlier_high,
        _ => false,
    };
    cumulative.contains(&later.metric) && later.as_of.date() != earlier.as_of.date() && rises
}

/// How far apart two values are: the distance between their point values
/// (days for dates).
pub fn gap(a: &Value, b: &Value) -> f64 {
    match (reach(a), reach(b)) {
        (Some(x), Some(y)) => (x - y).abs(),
        _ => 0.0,
    }
}

/// The median of some numbers (the lower middle one for an even count).
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    // With an even count, the lower middle figure: `best` is always a figure
    // someone reported, and no sum of two large figures can overflow.
    Some(values[(values.len() - 1) / 2])
}

/// True for an exact count: one figure, said as such.
pub fn is_exact(value: &Value) -> bool {
    matches!(value, Value::Count(Count { low: Some(l), high: Some(h), approx: false, vague: false }) if l == h)
}

#[cfg(test)]
mod tests {
    use super::fixture::*;
    use super::*;

    #[test]
    fn windows_read_units() {
        assert_eq!(parse_window("1d"), Ok(DAY));
        assert_eq!(parse_window("12h"), Ok(DAY / 2));
        assert_eq!(parse_window("2w"), Ok(14 * DAY));
        assert_eq!(parse_window("3"), Ok(3 * DAY));
        assert!(parse_window("soon").is_err());
        assert!(parse_window("1y").is_err());
    }

    #[test]
    fn a_retraction_counts_from_its_own_date() {
        let c = ClaimBuilder::deaths(164)
            .number(1)
            .by("Health Ministry")
            .source("Khabar 24")
            .day(9)
            .retracted(10)
            .build();
        assert!(counts_at(&c, Moment::at(day(9))));
        assert!(!counts_at(&c, Moment::at(day(10))));
        assert!(
            !counts_at(&c, Moment::at(day(8))),
            "not said yet on the 8th"
        );
    }

    #[test]
    fn a_superseded_claim_counts_until_its_correction() {
        let mut c = ministry_26(1, "AFP");
        c.status = Status::Superseded;
        c.superseded_by = Some("c2".into());
        c.superseded_at = Some(day(10));
        assert!(counts_at(&c, Moment::at(day(8))));
        assert!(!counts_at(&c, Moment::at(day(10))));
        c.superseded_at = None;
        assert!(
            !counts_at(&c, Moment::at(day(8))),
            "a correction we cannot find: never"
        );
    }

    #[test]
    fn now_the_one_rule_is_what_conflicts_and_the_chart_each_had() {
        // Conflicts took active claims not removed; the chart and the
        // timeline, claims not removed and not superseded.
        for status in [Status::Active, Status::Retracted, Status::Superseded] {
            for deleted in [false, true] {
                for marked in [None, Some(day(8)), Some(day(30))] {
                    let mut c = ClaimBuilder::deaths(26)
                        .number(1)
                        .source("AFP")
                        .day(7)
                        .build();
                    c.status = status;
                    c.deleted = deleted;
                    c.retracted_at = marked.filter(|_| status == Status::Retracted);
                    c.superseded_at = marked.filter(|_| status == Status::Superseded);
                    let active = status == Status::Active && !deleted;
                    assert_eq!(counts_at(&c, Moment::NOW), active, "{c:?}");
                    let shown = !deleted && status != Status::Superseded;
                    assert_eq!(shown_at(&c, Moment::NOW), shown, "{c:?}");
                }
            }
        }
    }

    #[test]
    fn dozens_does_not_disagree_with_26_but_about_12000_does_with_7939() {
        let dozens = Value::Count(Count {
            low: Some(24.0),
            high: Some(99.0),
            approx: false,
            vague: true,
        });
        assert!(!values_disagree(&dozens, &count(26.0, 26.0)));
        let about = Value::Count(Count {
            low: Some(12000.0),
            high: Some(12000.0),
            approx: true,
            vague: false,
        });
        assert!(values_disagree(&about, &count(7939.0, 7939.0)));
        assert!(
            !values_disagree(&about, &count(11000.0, 11000.0)),
            "within 10%"
        );
        assert!(values_disagree(&date(6), &date(7)));
        assert!(!values_disagree(&date(6), &date(6)));
    }

    #[test]
    fn medians() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [1.0, 2.0, 3.0, 4.0]), Some(2.0));
        let max = crate::domain::MAX_COUNT;
        assert_eq!(median(&mut [max, max - 1.0]), Some(max - 1.0));
        assert_eq!(median(&mut []), None);
    }
}
