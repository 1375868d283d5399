//! The summary: the current figure of each scope at a moment, with its
//! low–high range and how many independent claimants stand behind it.
//!
//! Each series (a claimant, or a source for unattributed claims) gives its
//! latest claim that counts at T; those within the window of the newest are
//! current, older ones are stale and left out. `best` is the median of the
//! current point values.

use super::series::{Tracker, origin_of};
use super::{Moment, by_scope, counts_at, day_number, median, point};
use crate::domain::{Claim, Kind, Value, When};
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// A figure in a summary: a number, or a day for date metrics.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    Number(f64),
    Day(NaiveDate),
}

/// One scope's current figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub event: String,
    pub metric: String,
    pub qualifier: String,
    pub kind: Kind,
    pub low: Option<Figure>,
    pub best: Option<Figure>,
    pub high: Option<Figure>,
    /// Independent claimants behind the current figure: current series,
    /// a series citing another claimant counted as that claimant.
    pub claimants: usize,
    /// Sources that carried the current claims.
    pub sources: usize,
    /// Claims that count at T in this scope.
    pub claims: usize,
    pub first_as_of: When,
    pub last_as_of: When,
    /// Series left out because their latest claim is older than the window.
    pub stale: usize,
    /// The point values that count, oldest first, for a sparkline.
    pub trend: Vec<f64>,
    /// Current series whose latest two figures share a day with no time to
    /// order them: both count toward the figures, and the report says so.
    pub order_unknown: Vec<String>,
}

/// The claims of one scope that make its current figure.
pub struct Current<'a> {
    /// Each series' latest counting claim, with whether it is stale.
    pub latest: Vec<(&'a Claim, bool)>,
    /// The other figure of a current series' last day, when no time orders
    /// the two.
    pub tied: Vec<&'a Claim>,
    /// Every claim that counts at T, oldest first.
    pub counting: Vec<&'a Claim>,
}

/// Works out which claims of one scope (oldest first) are current at `t`.
/// A series' figure is its latest claim that moved it: an outlet relaying
/// a figure the series has since replaced does not become its figure.
pub fn current<'a>(group: &[&'a Claim], t: Moment, window: i64) -> Current<'a> {
    let counting: Vec<&Claim> = group.iter().copied().filter(|c| counts_at(c, t)).collect();
    let mut tracker = Tracker::default();
    for claim in &counting {
        tracker.step(claim);
    }
    let figures = tracker.figures();
    let newest = figures
        .iter()
        .map(|(c, _)| c.as_of.timestamp())
        .max()
        .unwrap_or(0);
    let stale = |c: &Claim| newest - c.as_of.timestamp() > window;
    let tied = figures
        .iter()
        .filter(|(c, _)| !stale(c))
        .filter_map(|(_, tie)| *tie)
        .collect();
    let latest = figures.into_iter().map(|(c, _)| (c, stale(c))).collect();
    Current {
        latest,
        tied,
        counting,
    }
}

/// The summary rows of some claims at `t` (`Moment::NOW` for now).
pub fn summary(claims: &[Claim], t: Moment, window: i64) -> Vec<Row> {
    by_scope(claims)
        .into_iter()
        .filter_map(|(_, group)| row(&group, t, window))
        .collect()
}

/// The summary row of one scope's claims (oldest first), if any count.
pub fn row(group: &[&Claim], t: Moment, window: i64) -> Option<Row> {
    let Current {
        latest,
        tied,
        counting,
    } = current(group, t, window);
    let first = counting.first()?;
    let last = counting.last()?;
    let live: Vec<&Claim> = latest
        .iter()
        .filter(|(_, stale)| !stale)
        .map(|(c, _)| *c)
        .collect();
    let kind = first.kind();
    // A series whose day holds two unordered figures gives both.
    let figures: Vec<&Claim> = live.iter().chain(&tied).copied().collect();
    let (low, best, high) = match kind {
        Kind::Count => count_range(&figures),
        Kind::Date => date_range(&figures),
        Kind::Text => (None, None, None),
    };
    Some(Row {
        event: first.event.clone(),
        metric: first.metric.clone(),
        qualifier: first.qualifier.clone(),
        kind,
        low,
        best,
        high,
        claimants: live
            .iter()
            .map(|c| origin_of(c))
            .collect::<BTreeSet<_>>()
            .len(),
        sources: live_sources(&live, &counting, window),
        claims: counting.len(),
        first_as_of: first.as_of,
        last_as_of: last.as_of,
        stale: latest.len() - live.len(),
        trend: trend(&counting),
        order_unknown: tied.iter().map(|c| c.series().to_string()).collect(),
    })
}

/// Low, best (median point) and high of the live series' counts.
fn count_range(live: &[&Claim]) -> (Option<Figure>, Option<Figure>, Option<Figure>) {
    // Open ends are ignored, but a lower bound still counts toward high:
    // "at least 4,401" beside 3,811 makes the range 3,811–4,401, never
    // a high below the best figure. An upper bound alone ("up to 20,000",
    // a projection) bounds high only: it is no one's count.
    let lows = live.iter().filter_map(|c| match c.value {
        Value::Count(n) => n.low,
        _ => None,
    });
    let highs = live.iter().filter_map(|c| match c.value {
        Value::Count(n) => n.high.or(n.low),
        _ => None,
    });
    let mut points: Vec<f64> = live.iter().filter_map(|c| point(&c.value)).collect();
    (
        lows.reduce(f64::min).map(Figure::Number),
        median(&mut points).map(Figure::Number),
        highs.reduce(f64::max).map(Figure::Number),
    )
}

/// Earliest start, median start and latest end of the live series' dates.
fn date_range(live: &[&Claim]) -> (Option<Figure>, Option<Figure>, Option<Figure>) {
    let spans: Vec<_> = live
        .iter()
        .filter_map(|c| match c.value {
            Value::Date(s) => Some(s),
            _ => None,
        })
        .collect();
    // The median day; for an even count the earlier middle one, so the
    // best date is always a day someone actually claimed.
    let mut starts: Vec<NaiveDate> = spans.iter().map(|s| s.start).collect();
    starts.sort();
    let best = starts.get(starts.len().saturating_sub(1) / 2).copied();
    (
        spans.iter().map(|s| s.start).min().map(Figure::Day),
        best.map(Figure::Day),
        spans.iter().map(|s| s.end).max().map(Figure::Day),
    )
}

/// How many sources stand behind the current figure: every outlet that
/// carried a live series' claims within the window.
fn live_sources(live: &[&Claim], counting: &[&Claim], window: i64) -> usize {
    let newest = live.iter().map(|c| c.as_of.timestamp()).max().unwrap_or(0);
    let live_series: BTreeSet<&str> = live.iter().map(|c| c.series()).collect();
    let sources: BTreeSet<&str> = counting
        .iter()
        .filter(|c| live_series.contains(c.series()) && newest - c.as_of.timestamp() <= window)
        .map(|c| c.source.as_str())
        .filter(|s| !s.is_empty())
        .collect();
    sources.len()
}

/// The point value of each counting claim, oldest first; a date as its
/// day number.
fn trend(counting: &[&Claim]) -> Vec<f64> {
    counting
        .iter()
        .filter_map(|c| match c.value {
            Value::Date(s) => Some(day_number(s.start) as f64),
            _ => point(&c.value),
        })
        .collect()
}

/// A compact sparkline of some values (at most `width` glyphs).
pub fn sparkline(values: &[f64], width: usize) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    if values.is_empty() || width == 0 {
        return String::new();
    }
    // Sample evenly when there are more values than glyphs.
    let picked: Vec<f64> = if values.len() > width {
        (0..width)
            .map(|i| values[i * (values.len() - 1) / (width - 1).max(1)])
            .collect()
    } else {
        values.to_vec()
    };
    let lo = picked.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = picked.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    picked
        .iter()
        .map(|v| {
            if hi > lo {
                BARS[(((v - lo) / (hi - lo)) * 7.0).round() as usize]
            } else {
                BARS[3]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::fixture::*;
    use super::super::{DAY, Moment};
    use super::*;
    use crate::domain::Count;

    fn only(rows: Vec<Row>) -> Row {
        assert_eq!(rows.len(), 1, "{rows:?}");
        rows.into_iter().next().unwrap()
    }

    #[test]
    fn ten_outlets_repeating_one_claimant_are_one_claimant() {
        let outlets = [
            "AFP",
            "Reuters",
            "BBC",
            "Le Monde",
            "franceinfo",
            "TASS",
            "DW",
            "RFI",
            "CNN",
            "NYT",
        ];
        let claims: Vec<Claim> = outlets
            .iter()
            .enumerate()
            .map(|(i, o)| {
                ClaimBuilder::deaths(26)
                    .number(i as i64)
                    .qualifier("armed criminals")
                    .by("Interior Ministry")
                    .source(o)
                    .day(7)
                    .build()
            })
            .collect();
        let r = only(summary(&claims, Moment::NOW, DAY));
        assert_eq!(r.claimants, 1);
        assert_eq!(r.sources, 10);
        assert_eq!(r.claims, 10);
        assert_eq!(r.best, Some(Figure::Number(26.0)));
    }

    #[test]
    fn a_withdrawn_figure_counts_nowhere() {
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
        let now = only(summary(&claims, Moment::NOW, DAY));
        assert_eq!(
            (now.low, now.best, now.high),
            (
                Some(Figure::Number(26.0)),
                Some(Figure::Number(26.0)),
                Some(Figure::Number(26.0))
            )
        );
        assert_eq!(now.claimants, 1);
        assert_eq!(now.claims, 1);
        // Before its withdrawal, it was part of the picture.
        let on_9th = only(summary(&claims, Moment::at(day(9)), DAY));
        assert_eq!(on_9th.high, Some(Figure::Number(164.0)));
        assert_eq!(on_9th.claimants, 2);
        // An even count gives the lower middle figure, one someone reported.
        assert_eq!(on_9th.best, Some(Figure::Number(26.0)));
    }

    #[test]
    fn stale_series_are_left_out_and_counted() {
        let claims = vec![
            ministry_26(1, "AFP"),
            ClaimBuilder::deaths(225)
                .number(2)
                .by("Prosecutor")
                .source("Reuters")
                .day(15)
                .build(),
        ];
        let r = only(summary(&claims, Moment::NOW, DAY));
        assert_eq!(r.best, Some(Figure::Number(225.0)));
        assert_eq!(r.stale, 1);
        assert_eq!(r.claimants, 1);
        assert_eq!(r.first_as_of, day(7));
        assert_eq!(r.last_as_of, day(15));
        let early = only(summary(&claims, Moment::at(day(10)), DAY));
        assert_eq!(early.best, Some(Figure::Number(26.0)));
    }

    #[test]
    fn an_upper_bound_alone_bounds_high_only_and_best_is_a_reported_figure() {
        let up_to = Value::Count(Count {
            low: None,
            high: Some(20000.0),
            approx: false,
            vague: false,
        });
        let claims = vec![
            ClaimBuilder::deaths(6500).by("Ministry").day(12).build(),
            ClaimBuilder::deaths(7000).by("UN").day(12).build(),
            ClaimBuilder::of("deaths", up_to)
                .by("Mayor")
                .day(12)
                .build(),
        ];
        let r = only(summary(&claims, Moment::NOW, DAY));
        assert_eq!(
            r.best,
            Some(Figure::Number(6500.0)),
            "lower middle, not 6,750"
        );
        assert_eq!(r.low, Some(Figure::Number(6500.0)));
        assert_eq!(r.high, Some(Figure::Number(20000.0)));
        assert_eq!(r.claimants, 3);
    }

    #[test]
    fn an_agency_citing_a_ministry_is_not_a_second_claimant() {
        let claims = vec![
            ClaimBuilder::deaths(3840)
                .by("Health Ministry")
                .source("TV")
                .day(12)
                .build(),
            ClaimBuilder::deaths(3840)
                .by("Agency")
                .citing("Health Ministry")
                .source("Agency")
                .day(12)
                .build(),
            ClaimBuilder::deaths(4000)
                .by("UN")
                .source("AFP")
                .day(12)
                .build(),
        ];
        let r = only(summary(&claims, Moment::NOW, DAY));
        assert_eq!(r.claimants, 2, "the ministry (twice) and the UN");
        let t = crate::report::timeline::timeline(&claims);
        assert!(
            t.iter().any(|e| e.series == "Agency"),
            "who said it is kept"
        );
    }

    #[test]
    fn two_untimed_figures_of_one_day_both_count_and_the_order_is_unknown() {
        let claims = vec![
            ClaimBuilder::deaths(3840).by("Ministry").day(12).build(),
            ClaimBuilder::deaths(5300).by("Ministry").day(12).build(),
        ];
        let r = only(summary(&claims, Moment::NOW, DAY));
        assert_eq!(r.order_unknown, ["Ministry"]);
        assert_eq!(r.low, Some(Figure::Number(3840.0)));
        assert_eq!(r.high, Some(Figure::Number(5300.0)));
        assert_eq!(r.claimants, 1);
    }

    #[test]
    fn best_reads_vague_words_low_and_bounds_by_their_bound() {
        let dozens = Value::Count(Count {
            low: Some(24.0),
            high: Some(99.0),
            approx: false,
            vague: true,
        });
        let at_least = Value::Count(Count {
            low: Some(30.0),
            high: None,
            approx: false,
            vague: false,
        });
        let claims = vec![
            ClaimBuilder::of("deaths", dozens)
                .number(1)
                .by("Police")
                .source("BBC")
                .day(7)
                .build(),
            ClaimBuilder::of("deaths", at_least)
                .number(2)
                .by("Hospital")
                .source("AFP")
                .day(7)
                .build(),
            ClaimBuilder::of("deaths", count(20.0, 40.0))
                .number(3)
                .by("NGO")
                .source("RFI")
                .day(7)
                .build(),
        ];
        let r = only(summary(&claims, Moment::NOW, DAY));
        // points: 24 (dozens, low end), 30 (open bound), 30 (range midpoint)
        assert_eq!(r.best, Some(Figure::Number(30.0)));
        assert_eq!(r.low, Some(Figure::Number(20.0)));
        assert_eq!(
            r.high,
            Some(Figure::Number(99.0)),
            "the open bound is ignored"
        );
    }

    #[test]
    fn an_open_bound_never_puts_high_below_best() {
        let more_than = Value::Count(Count {
            low: Some(4401.0),
            high: None,
            approx: false,
            vague: false,
        });
        let claims = vec![
            ClaimBuilder::count("detained", 3811)
                .number(1)
                .by("Interior Ministry")
                .source("AFP")
                .day(7)
                .build(),
            ClaimBuilder::of("detained", more_than)
                .number(2)
                .by("Rights group")
                .source("RFI")
                .day(7)
                .build(),
        ];
        let r = only(summary(&claims, Moment::NOW, DAY));
        assert_eq!(
            (r.low, r.best, r.high),
            (
                Some(Figure::Number(3811.0)),
                Some(Figure::Number(3811.0)),
                Some(Figure::Number(4401.0))
            )
        );
    }

    #[test]
    fn date_metrics_give_the_best_date() {
        let claims = vec![
            ClaimBuilder::of("arrival", date(6))
                .number(1)
                .qualifier("russian troops")
                .source("franceinfo")
                .day(7)
                .build(),
            ClaimBuilder::of("arrival", date(6))
                .number(2)
                .qualifier("russian troops")
                .source("AFP")
                .day(7)
                .build(),
            ClaimBuilder::of("arrival", date(7))
                .number(3)
                .qualifier("russian troops")
                .source("TASS")
                .day(7)
                .build(),
        ];
        let r = only(summary(&claims, Moment::NOW, DAY));
        assert_eq!(r.kind, Kind::Date);
        let d = |n| Some(Figure::Day(NaiveDate::from_ymd_opt(2022, 1, n).unwrap()));
        assert_eq!((r.low, r.best, r.high), (d(6), d(6), d(7)));
        assert_eq!(r.claimants, 3, "unattributed: one series per source");
    }

    #[test]
    fn sparklines_scale_to_the_range() {
        assert_eq!(sparkline(&[1.0, 2.0, 3.0], 10), "▁▅█");
        assert_eq!(sparkline(&[5.0, 5.0], 10), "▄▄");
        assert_eq!(
            sparkline(&(0..100).map(f64::from).collect::<Vec<_>>(), 8)
                .chars()
                .count(),
            8
        );
        assert_eq!(sparkline(&[], 8), "");
    }
}
