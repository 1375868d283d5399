//! SVG step chart of one metric's claims, drawn with plotters' SVG backend.
//!
//! Each series (a claimant, or the source when unattributed; paired with the
//! qualifier when there are several) gets one step line that holds its
//! latest standing figure until the next one. The eight most cited are
//! coloured, each with its own marker shape; the rest are thin grey
//! "others" (`marks`). Retracted claims stand
//! alone as hollow circles and never move the line; a late relay (an
//! outlet carrying a figure its series had already replaced, as the
//! timeline finds it) is a pale marker that does not move it either; ranges (`dozens`,
//! `between 20 and 30`) are translucent bands from low to high, open bounds
//! (`at least 26`) an arrow pointing the open way. The legend sits to the
//! right of the plot so it never covers a line.
//!
//! Names are drawn through `text::escape` (plotters escapes markup), so a
//! control character an older database holds shows as `\u{1B}` and the
//! SVG stays well-formed XML.
//!
//! Output is deterministic: series are ordered by (qualifier, series) name
//! and no hash-map order leaks into the SVG, so golden tests can compare it.
//!
//! This file gathers the claims into series and lays out the canvas; the
//! axes' ranges and ticks are in `axes`, number and text measuring in
//! `labels`, the plot's layers in `plot` and the legend in `legend`.

mod axes;
mod labels;
mod legend;
mod marks;
mod plot;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashSet};

use plotters::prelude::*;

use crate::domain::{Claim, Status, Value};
use labels::{fit, font, styled, text_width};

/// Canvas size in pixels.
const WIDTH: u32 = 900;
const HEIGHT: u32 = 500;

/// Colour-blind-safe palette (Okabe–Ito, then Tableau), cycled by series index.
const PALETTE: [RGBColor; 10] = [
    RGBColor(0, 114, 178),   // blue
    RGBColor(213, 94, 0),    // vermillion
    RGBColor(0, 158, 115),   // bluish green
    RGBColor(204, 121, 167), // reddish purple
    RGBColor(230, 159, 0),   // orange
    RGBColor(86, 180, 233),  // sky blue
    RGBColor(68, 68, 68),    // dark grey
    RGBColor(140, 86, 75),   // brown
    RGBColor(148, 103, 189), // purple
    RGBColor(188, 189, 34),  // olive
];
const INK: RGBColor = RGBColor(40, 40, 40);
const MUTED: RGBColor = RGBColor(100, 100, 100);
const GRID: RGBColor = RGBColor(200, 200, 200);

/// One plotted claim.
#[derive(Debug, Clone)]
struct Point {
    t: i64,
    y: f64,
    low: Option<f64>,
    high: Option<f64>,
    retracted: bool,
    /// A figure the series had replaced, carried again later.
    late: bool,
    number: i64,
    id: String,
}

impl Point {
    /// A closed range with distinct, finite ends.
    fn band(&self) -> Option<(f64, f64)> {
        match (self.low, self.high) {
            (Some(l), Some(h)) if l != h => Some((l.min(h), l.max(h))),
            _ => None,
        }
    }

    /// +1 for "at least" (no high end), -1 for "at most" (no low end).
    fn open_direction(&self) -> Option<i32> {
        match (self.low, self.high) {
            (Some(_), None) => Some(1),
            (None, Some(_)) => Some(-1),
            _ => None,
        }
    }
}

/// One line on the chart.
struct Series {
    label: String,
    color: RGBColor,
    /// The marker shape (`marks::outline`); None for a grey "other".
    shape: Option<usize>,
    points: Vec<Point>,
}

/// The points of each line, keyed by (qualifier, series name) so the
/// lines come out in name order.
type Groups = BTreeMap<(String, String), Vec<Point>>;

/// Renders an SVG step chart of one metric's claims: one line per series, retracted claims as hollow markers, ranges as bands.
pub fn step_chart(claims: &[Claim], title: &str) -> Result<String, String> {
    let live: Vec<&Claim> = claims
        .iter()
        .filter(|c| crate::report::shown_at(c, crate::report::Moment::NOW))
        .collect();
    if live.is_empty() {
        return Err("chart: no claims to draw".to_string());
    }
    let metric = metric_name(&live);

    let late: HashSet<&str> = crate::report::timeline::timeline(claims)
        .into_iter()
        .filter(|e| e.change == crate::report::timeline::Change::Late)
        .map(|e| e.claim.id.as_str())
        .collect();
    let (groups, has_dates) = group_points(&live, &late);
    if groups.is_empty() {
        return Err(if has_dates {
            format!("chart: metric {metric} holds dates; use timeline")
        } else {
            format!("chart: metric {metric} holds no counts to plot")
        });
    }
    let series = into_series(groups);

    let mut buf = String::new();
    let (title, metric) = (crate::text::escape(title), crate::text::escape(&metric));
    draw(&mut buf, &series, &title, &metric).map_err(|e| format!("chart: {e}"))?;
    Ok(buf)
}

/// The counts of the claims as points, grouped by line; true beside them
/// when a claim held a date (the error then points at `timeline`).
fn group_points(live: &[&Claim], late: &HashSet<&str>) -> (Groups, bool) {
    let mut groups = Groups::new();
    let mut has_dates = false;
    for claim in live {
        let count = match &claim.value {
            Value::Count(count) => count,
            Value::Date(_) => {
                has_dates = true;
                continue;
            }
            Value::Text => continue,
        };
        // Non-finite ends count as open, so they never reach the axes.
        let count = crate::domain::Count {
            low: count.low.filter(|v| v.is_finite()),
            high: count.high.filter(|v| v.is_finite()),
            ..*count
        };
        let Some(y) = count.point().filter(|y| y.is_finite()) else {
            continue;
        };
        let key = (claim.qualifier.clone(), claim.series().to_string());
        groups.entry(key).or_default().push(Point {
            t: claim.as_of.timestamp(),
            y,
            low: count.low,
            high: count.high,
            retracted: claim.status == Status::Retracted,
            late: late.contains(claim.id.as_str()),
            number: claim.number,
            id: claim.id.clone(),
        });
    }
    (groups, has_dates)
}

/// One line per group, its points in time order (ties broken by number,
/// id and value so no input order leaks). The most cited keep a colour and
/// a shape, given in name order; the rest are grey "others", first in the
/// list so they are drawn under the coloured lines.
fn into_series(groups: Groups) -> Vec<Series> {
    let counts: Vec<usize> = groups.values().map(Vec::len).collect();
    let coloured = marks::most_cited(&counts);
    let mut series: Vec<Series> = groups
        .into_iter()
        .enumerate()
        .map(|(i, ((qualifier, name), mut points))| {
            points.sort_by(|a, b| {
                (a.t, a.number, &a.id)
                    .cmp(&(b.t, b.number, &b.id))
                    .then(a.y.total_cmp(&b.y))
            });
            let label = if qualifier.is_empty() {
                name
            } else {
                format!("{qualifier} — {name}")
            };
            let (color, shape) = match coloured.iter().position(|&c| c == i) {
                Some(rank) => (PALETTE[rank % PALETTE.len()], Some(rank)),
                None => (marks::OTHERS, None),
            };
            Series {
                label: crate::text::escape(&label).into_owned(),
                color,
                shape,
                points,
            }
        })
        .collect();
    series.sort_by_key(|s| s.shape.is_some());
    series
}

/// The metric name(s) of the claims, sorted and de-duplicated.
fn metric_name(claims: &[&Claim]) -> String {
    let mut names: Vec<&str> = claims.iter().map(|c| c.metric.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    names.join(", ")
}

/// What a drawing step returns: plotters' errors are boxed as they come.
type DrawResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

fn draw(buf: &mut String, series: &[Series], title: &str, metric: &str) -> DrawResult {
    let root = SVGBackend::with_string(buf, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;

    // Title, shrunk (then shortened) to fit the width.
    let max_title = f64::from(WIDTH) - 40.0;
    let mut title_px = 20.0;
    while title_px > 13.0 && text_width(title, title_px) > max_title {
        title_px -= 1.0;
    }
    let title_text = fit(title, title_px, max_title);
    let (head, body) = root.split_vertically(54);
    head.draw(&Text::new(
        title_text,
        (20, 12),
        styled(title_px, FontStyle::Bold),
    ))?;
    head.draw(&Text::new(
        "Reported figures over time; one line per claimant (or outlet, when unattributed).",
        (20, 36),
        font(12.0).color(&MUTED),
    ))?;

    let legend_width = 235;
    let (plot, legend) = body.split_horizontally(WIDTH as i32 - legend_width);
    plot::draw_plot(&plot, series, metric)?;
    legend::draw_legend(&legend, series)?;
    root.present()?;
    Ok(())
}
