//! SVG step chart of one metric's claims, drawn with plotters' SVG backend.
//!
//! Each series (a claimant, or the source when unattributed; paired with the
//! qualifier when there are several) gets one coloured step line that holds
//! its latest standing figure until the next one. Retracted claims stand
//! alone as hollow circles and never move the line; ranges (`dozens`,
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

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use plotters::coord::Shift;
use plotters::coord::ranged1d::{KeyPointHint, NoDefaultFormatting, Ranged, ValueFormatter};
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::domain::{Claim, Status, Value};

/// Canvas size in pixels.
const WIDTH: u32 = 900;
const HEIGHT: u32 = 500;
/// One day in seconds.
const DAY: i64 = 86_400;
/// plotters writes `font-size = size / 1.24`; this turns a wanted pixel size
/// into the size to ask for.
const FONT_SCALE: f64 = 1.24;
const FONT: &str = "sans-serif";

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
    points: Vec<Point>,
}

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

    let mut groups: BTreeMap<(String, String), Vec<Point>> = BTreeMap::new();
    let mut has_dates = false;
    for claim in &live {
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
            number: claim.number,
            id: claim.id.clone(),
        });
    }
    if groups.is_empty() {
        return Err(if has_dates {
            format!("chart: metric {metric} holds dates; use timeline")
        } else {
            format!("chart: metric {metric} holds no counts to plot")
        });
    }

    let series: Vec<Series> = groups
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
            Series {
                label: crate::text::escape(&label).into_owned(),
                color: PALETTE[i % PALETTE.len()],
                points,
            }
        })
        .collect();

    let mut buf = String::new();
    let (title, metric) = (crate::text::escape(title), crate::text::escape(&metric));
    draw(&mut buf, &series, &title, &metric).map_err(|e| format!("chart: {e}"))?;
    Ok(buf)
}

/// The metric name(s) of the claims, sorted and de-duplicated.
fn metric_name(claims: &[&Claim]) -> String {
    let mut names: Vec<&str> = claims.iter().map(|c| c.metric.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    names.join(", ")
}

/// The count axis: plotters' f64 axis with our own ticks (whole, 1-2-5
/// spaced) and labels (thousands separators).
struct CountAxis {
    lo: f64,
    hi: f64,
    ticks: Vec<f64>,
}

impl Ranged for CountAxis {
    type FormatOption = NoDefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        plotters::coord::types::RangedCoordf64::from(self.lo..self.hi).map(value, limit)
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.lo..self.hi
    }
}

impl ValueFormatter<f64> for CountAxis {
    fn format(value: &f64) -> String {
        fmt_count(*value)
    }
}

/// Layout decisions shared by the drawing steps.
struct Frame {
    x0: i64,
    x1: i64,
    /// Last data time: lines hold their latest figure up to here.
    t_last: i64,
    x_ticks: Vec<i64>,
    x_light: Vec<i64>,
    y0: f64,
    y1: f64,
    y_ticks: Vec<f64>,
}

fn frame(series: &[Series], plot_width_px: i64) -> Frame {
    let all = || series.iter().flat_map(|s| s.points.iter());
    let t_first = all().map(|p| p.t).min().unwrap_or(0);
    let t_last = all().map(|p| p.t).max().unwrap_or(0);
    let span = t_last.saturating_sub(t_first);
    let pad = DAY.max(span / 25);
    let x0 = t_first.saturating_sub(pad);
    let x1 = t_last.saturating_add(pad);

    // Day ticks at midnight UTC, anchored on the first claim's day, spaced so
    // that ISO dates (about 70 px each) never touch.
    let max_labels = (plot_width_px / 80).max(2);
    let days = (x1 - x0) / DAY + 1;
    let step = day_step(days, max_labels);
    let first_day = t_first.div_euclid(DAY);
    let lo_day = (x0 + DAY - 1).div_euclid(DAY);
    let hi_day = x1.div_euclid(DAY);
    let start = first_day - (first_day - lo_day).div_euclid(step) * step;
    let x_ticks: Vec<i64> = (0..)
        .map(|k| start + k * step)
        .take_while(|d| *d <= hi_day)
        .filter(|d| *d >= lo_day)
        .map(|d| d * DAY)
        .collect();
    let x_light: Vec<i64> = if step > 1 && days <= 120 {
        (lo_day..=hi_day).map(|d| d * DAY).collect()
    } else {
        Vec::new()
    };

    let mut hi = 0.0f64;
    let mut lo = 0.0f64;
    for p in all() {
        for v in [Some(p.y), p.low, p.high].into_iter().flatten() {
            hi = hi.max(v);
            lo = lo.min(v);
        }
    }
    if hi <= 0.0 && lo >= 0.0 {
        hi = 1.0;
    }
    // Headroom for the open-bound arrows and the retraction labels.
    let want_hi = if (hi * 1.08).is_finite() {
        hi * 1.08
    } else {
        hi
    };
    let want_lo = if lo < 0.0 && (lo * 1.12).is_finite() {
        lo * 1.12
    } else {
        lo
    };
    let y_step = nice_step((want_hi - want_lo).min(f64::MAX), 7);
    let y1 = {
        let top = (want_hi / y_step).ceil() * y_step;
        if top.is_finite() && top > 0.0 {
            top
        } else {
            want_hi.max(1.0)
        }
    };
    let y0 = if want_lo < 0.0 {
        let bottom = (want_lo / y_step).floor() * y_step;
        if bottom.is_finite() { bottom } else { want_lo }
    } else {
        0.0
    };
    let mut y_ticks = Vec::new();
    let mut k = (y0 / y_step).round();
    while y_ticks.len() < 40 {
        let v = k * y_step;
        if !v.is_finite() || v > y1 + y_step * 1e-9 {
            break;
        }
        y_ticks.push(v);
        k += 1.0;
    }

    Frame {
        x0,
        x1,
        t_last,
        x_ticks,
        x_light,
        y0,
        y1,
        y_ticks,
    }
}

/// The smallest "nice" tick spacing in days that keeps at most `max_labels`.
fn day_step(days: i64, max_labels: i64) -> i64 {
    const STEPS: [i64; 12] = [1, 2, 3, 5, 7, 14, 28, 56, 91, 182, 364, 728];
    for s in STEPS {
        if days / s < max_labels {
            return s;
        }
    }
    let mut s = 728;
    while days / s >= max_labels && s < i64::MAX / 2 {
        s *= 2;
    }
    s
}

/// A 1-2-5 step of at least 1 that cuts `range` into at most `max_ticks`.
fn nice_step(range: f64, max_ticks: usize) -> f64 {
    if !(range.is_finite() && range > 0.0) {
        return 1.0;
    }
    let raw = range / max_ticks as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    if step.is_finite() { step.max(1.0) } else { raw }
}

/// An integer with thousands separators (`12,000`); scientific past 10^15.
fn fmt_count(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    if v.abs() >= 1e15 {
        return format!("{v:.2e}");
    }
    let rounded = v.round();
    if (v - rounded).abs() > 1e-9 {
        // A range's midpoint can be fractional.
        let whole = fmt_count(v.trunc());
        let frac = format!("{:.1}", v.abs().fract());
        return format!("{whole}{}", frac.trim_start_matches('0'));
    }
    let digits = format!("{}", rounded.abs() as i64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0.0 {
        format!("-{out}")
    } else {
        out
    }
}

fn fmt_day(t: i64) -> String {
    DateTime::<Utc>::from_timestamp(t, 0)
        .map(|d| crate::domain::iso_day(d.date_naive()))
        .unwrap_or_default()
}

/// Rough width in pixels of `text` at `px` in a sans-serif face.
fn text_width(text: &str, px: f64) -> f64 {
    text.chars().count() as f64 * px * 0.56
}

/// Shortens `text` with an ellipsis so it fits in `max_px`.
fn fit(text: &str, px: f64, max_px: f64) -> String {
    if text_width(text, px) <= max_px {
        return text.to_string();
    }
    let keep = ((max_px / (px * 0.56)) as usize).saturating_sub(1);
    let mut out: String = text.chars().take(keep).collect();
    out.push('…');
    out
}

/// Greedy word wrap to lines of at most `max_px`.
fn wrap(text: &str, px: f64, max_px: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, px) > max_px && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn font(px: f64) -> TextStyle<'static> {
    styled(px, FontStyle::Normal)
}

fn styled(px: f64, style: FontStyle) -> TextStyle<'static> {
    (FONT, font_size(px), style).into_font().color(&INK)
}

/// The size to hand plotters so the SVG says `font-size="{px}"` exactly
/// (it divides by 1.24; a neighbouring float avoids `13.000000000000002`).
fn font_size(px: f64) -> f64 {
    let size = px * FONT_SCALE;
    [
        size,
        f64::from_bits(size.to_bits() + 1),
        f64::from_bits(size.to_bits().saturating_sub(1)),
    ]
    .into_iter()
    .find(|s| s / FONT_SCALE == px)
    .unwrap_or(size)
}

type DrawResult = Result<(), Box<dyn std::error::Error>>;

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
    draw_plot(&plot, series, metric)?;
    draw_legend(&legend, series)?;
    root.present()?;
    Ok(())
}

fn draw_plot(area: &DrawingArea<SVGBackend, Shift>, series: &[Series], metric: &str) -> DrawResult {
    // Size the y label area from the widest tick label.
    let provisional = frame(series, 600);
    let widest = provisional
        .y_ticks
        .iter()
        .map(|v| text_width(&fmt_count(*v), 13.0))
        .fold(0.0, f64::max);
    let y_label_area = (widest + 42.0).min(200.0) as i32;
    let plot_px = i64::from(area.dim_in_pixel().0) - i64::from(y_label_area) - 30;
    let f = frame(series, plot_px);

    let mut chart = ChartBuilder::on(area)
        .margin_top(8)
        .margin_left(12)
        .margin_right(24)
        .margin_bottom(6)
        .x_label_area_size(46)
        .y_label_area_size(y_label_area)
        .build_cartesian_2d(
            (f.x0..f.x1)
                .with_key_points(f.x_ticks.clone())
                .with_light_points(f.x_light.clone()),
            CountAxis {
                lo: f.y0,
                hi: f.y1,
                ticks: f.y_ticks.clone(),
            },
        )?;

    let x_fmt = |t: &i64| fmt_day(*t);
    let y_fmt = |v: &f64| fmt_count(*v);
    let y_desc = fit(metric, 14.0, 380.0);
    chart
        .configure_mesh()
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .label_style(font(13.0))
        .axis_desc_style(font(14.0))
        .x_desc("date of figure (as of, UTC)")
        .y_desc(y_desc)
        .bold_line_style(GRID.mix(0.6))
        .light_line_style(GRID.mix(0.25))
        .axis_style(MUTED)
        .draw()?;

    let band_half = ((f.x1 - f.x0) / 110).max(1);

    // 1. Bands and open-bound arrows, under everything else.
    for s in series {
        for p in &s.points {
            if let Some((lo, hi)) = p.band() {
                let alpha = if p.retracted { 0.10 } else { 0.22 };
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(p.t - band_half, lo), (p.t + band_half, hi)],
                    s.color.mix(alpha).filled(),
                )))?;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(p.t - band_half, lo), (p.t + band_half, hi)],
                    s.color.mix(0.55).stroke_width(1),
                )))?;
            }
        }
    }

    // 2. Step lines through the non-retracted figures.
    for s in series {
        let active: Vec<&Point> = s.points.iter().filter(|p| !p.retracted).collect();
        if active.is_empty() {
            continue;
        }
        let mut path: Vec<(i64, f64)> = Vec::with_capacity(active.len() * 2 + 1);
        for (i, p) in active.iter().enumerate() {
            if i > 0 {
                path.push((p.t, active[i - 1].y));
            }
            path.push((p.t, p.y));
        }
        if let Some(last) = active.last()
            && last.t < f.t_last
        {
            path.push((f.t_last, last.y));
        }
        chart.draw_series(std::iter::once(PathElement::new(
            path,
            s.color.stroke_width(3),
        )))?;
    }

    // 3. Dashed connectors from the line to each retracted figure.
    for s in series {
        for p in s.points.iter().filter(|p| p.retracted) {
            let standing = s
                .points
                .iter()
                .rfind(|q| !q.retracted && q.t <= p.t)
                .map(|q| q.y);
            if let Some(base) = standing {
                chart.draw_series(std::iter::once(DashedPathElement::new(
                    vec![(p.t, base), (p.t, p.y)],
                    4,
                    4,
                    s.color.mix(0.7).stroke_width(1),
                )))?;
            }
        }
    }

    // 4. Markers: filled for standing figures, hollow for retracted ones.
    // Outlets relaying one withdrawn figure put their markers on one spot:
    // it is labelled once. A withdrawn open bound gets no arrow.
    let mut labelled: std::collections::HashSet<(i64, u64)> = std::collections::HashSet::new();
    for s in series {
        for p in &s.points {
            if let Some(dir) = p.open_direction().filter(|_| !p.retracted) {
                let style = s.color.stroke_width(2);
                let tip = -30 * dir;
                let head = -22 * dir;
                chart.draw_series(std::iter::once(
                    EmptyElement::at((p.t, p.y))
                        + PathElement::new(vec![(0, 0), (0, head)], style)
                        + Polygon::new(vec![(-6, head), (6, head), (0, tip)], s.color.filled()),
                ))?;
            }
            if p.retracted {
                chart.draw_series(std::iter::once(Circle::new(
                    (p.t, p.y),
                    6,
                    s.color.stroke_width(2),
                )))?;
                // Label to the right of the marker, or to its left near the
                // right edge so it stays inside the plot.
                if !labelled.insert((p.t, p.y.to_bits())) {
                    continue;
                }
                let near_right = p.t - f.x0 > (f.x1 - f.x0) / 10 * 7;
                let (dx, h) = if near_right {
                    (-10, HPos::Right)
                } else {
                    (10, HPos::Left)
                };
                chart.draw_series(std::iter::once(
                    EmptyElement::at((p.t, p.y))
                        + Text::new(
                            format!("{} retracted", fmt_count(p.y)),
                            (dx, 0),
                            styled(12.0, FontStyle::Italic)
                                .color(&s.color)
                                .pos(Pos::new(h, VPos::Center)),
                        ),
                ))?;
            } else {
                chart.draw_series(std::iter::once(Circle::new(
                    (p.t, p.y),
                    5,
                    s.color.filled(),
                )))?;
                chart.draw_series(std::iter::once(Circle::new(
                    (p.t, p.y),
                    5,
                    WHITE.stroke_width(1),
                )))?;
            }
        }
    }
    Ok(())
}

fn draw_legend(area: &DrawingArea<SVGBackend, Shift>, series: &[Series]) -> DrawResult {
    let width = f64::from(area.dim_in_pixel().0);
    let height = i32::try_from(area.dim_in_pixel().1).unwrap_or(i32::MAX);
    let text_x = 44;
    let max_text = width - f64::from(text_x) - 10.0;
    let row = 22;
    let mut y = 14;

    area.draw(&Text::new("Series", (10, y), styled(13.0, FontStyle::Bold)))?;
    y += row;

    let any_open = series
        .iter()
        .flat_map(|s| &s.points)
        .any(|p| p.open_direction().is_some());
    let key_rows = if any_open { 4 } else { 3 };
    // Keep room for the key and its note below the series entries.
    let key_height = 30 + row * key_rows + 60;
    let room = usize::try_from((height - y - key_height) / row)
        .unwrap_or(0)
        .max(1);

    for (i, s) in series.iter().enumerate() {
        if i + 1 == room && series.len() > room {
            let rest = series.len() - i;
            area.draw(&Text::new(
                format!("… and {rest} more"),
                (text_x, y),
                font(13.0).color(&MUTED),
            ))?;
            y += row;
            break;
        }
        let mid = y + 7;
        area.draw(&PathElement::new(
            vec![(10, mid), (36, mid)],
            s.color.stroke_width(3),
        ))?;
        area.draw(&Circle::new((23, mid), 5, s.color.filled()))?;
        area.draw(&Text::new(
            fit(&s.label, 13.0, max_text),
            (text_x, y),
            font(13.0),
        ))?;
        y += row;
    }

    y += 12;
    area.draw(&Text::new("Key", (10, y), styled(13.0, FontStyle::Bold)))?;
    y += row;

    let key = MUTED;
    let mid = y + 7;
    area.draw(&Circle::new((23, mid), 5, key.filled()))?;
    area.draw(&Text::new("reported figure", (text_x, y), font(13.0)))?;
    y += row;

    let mid = y + 7;
    area.draw(&Circle::new((23, mid), 6, key.stroke_width(2)))?;
    area.draw(&Text::new("retracted (hollow)", (text_x, y), font(13.0)))?;
    y += row;

    area.draw(&Rectangle::new(
        [(18, y - 2), (28, y + 16)],
        key.mix(0.22).filled(),
    ))?;
    area.draw(&Rectangle::new(
        [(18, y - 2), (28, y + 16)],
        key.mix(0.55).stroke_width(1),
    ))?;
    area.draw(&Text::new("range low–high (band)", (text_x, y), font(13.0)))?;
    y += row;

    if any_open {
        let base = y + 16;
        area.draw(&PathElement::new(
            vec![(23, base), (23, base - 10)],
            key.stroke_width(2),
        ))?;
        area.draw(&Polygon::new(
            vec![(17, base - 10), (29, base - 10), (23, base - 18)],
            key.filled(),
        ))?;
        area.draw(&Text::new(
            "open bound (“at least”)",
            (text_x, y),
            font(13.0),
        ))?;
        y += row;
    }

    y += 8;
    let note = "Retracted figures do not move the line. Vague words (“dozens”) are drawn at their low end.";
    for line in wrap(note, 11.0, width - 20.0) {
        if y + 14 > height {
            break;
        }
        area.draw(&Text::new(line, (10, y), font(11.0).color(&MUTED)))?;
        y += 15;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Count, DateSpan, When};
    use chrono::NaiveDate;

    fn day(d: u32) -> When {
        When::Day(NaiveDate::from_ymd_opt(2022, 1, d).unwrap())
    }

    fn claim(number: i64, series: &str, as_of: When, value: Value, status: Status) -> Claim {
        Claim {
            number,
            id: format!("c{number}"),
            event: "kz-unrest-2022".to_string(),
            metric: "deaths".to_string(),
            qualifier: String::new(),
            text: String::new(),
            value,
            unit: String::new(),
            as_of,
            said_at: None,
            published_at: None,
            recorded_at: DateTime::<Utc>::from_timestamp(1_642_000_000, 0).unwrap(),
            source: "wire".to_string(),
            claimant: series.to_string(),
            url: String::new(),
            quote: String::new(),
            lang: "en".to_string(),
            status,
            retracted_at: None,
            retract_reason: String::new(),
            retracted_by: String::new(),
            superseded_by: None,
            superseded_at: None,
            note: String::new(),
            tags: Vec::new(),
            deleted: false,
        }
    }

    fn exact(n: f64) -> Value {
        Value::Count(Count::exact(n))
    }

    fn range(low: Option<f64>, high: Option<f64>, vague: bool) -> Value {
        Value::Count(Count {
            low,
            high,
            approx: false,
            vague,
        })
    }

    /// Death tolls reported during the Kazakhstan unrest, January 2022
    /// (simplified): police "dozens", the Interior Ministry's 26, a Health
    /// Ministry 164 later retracted, the Prosecutor General's 225.
    fn sample() -> Vec<Claim> {
        let mut claims = vec![
            claim(
                1,
                "Almaty police",
                day(6),
                range(Some(24.0), Some(99.0), true),
                Status::Active,
            ),
            claim(2, "Interior Ministry", day(7), exact(26.0), Status::Active),
            claim(3, "Health Ministry", day(8), exact(40.0), Status::Active),
            claim(
                4,
                "Health Ministry",
                day(9),
                exact(164.0),
                Status::Retracted,
            ),
            claim(
                5,
                "Interior Ministry",
                day(11),
                range(Some(44.0), None, false),
                Status::Active,
            ),
            claim(6, "Health Ministry", day(12), exact(50.0), Status::Active),
            claim(
                7,
                "Prosecutor General",
                day(15),
                exact(225.0),
                Status::Active,
            ),
            claim(
                8,
                "Interior Ministry",
                day(13),
                exact(999.0),
                Status::Active,
            ),
            claim(
                9,
                "Interior Ministry",
                day(14),
                exact(170.0),
                Status::Superseded,
            ),
        ];
        claims[7].deleted = true;
        let mut unattributed = claim(10, "", day(5), exact(8.0), Status::Active);
        unattributed.source = "Reuters".to_string();
        claims.push(unattributed);
        claims
    }

    #[test]
    fn renders_title_legend_and_dates() {
        let svg = step_chart(&sample(), "kz-unrest-2022 — deaths").unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("kz-unrest-2022 — deaths"));
        for name in [
            "Interior Ministry",
            "Health Ministry",
            "Prosecutor General",
            "Almaty police",
            "Reuters",
        ] {
            assert!(
                svg.contains(&format!(">\n{name}\n</text>")),
                "legend {name}"
            );
        }
        assert!(svg.contains("2022-01-07"));
        assert!(svg.contains("2022-01-15"));
        assert!(svg.contains("font-family=\"sans-serif\""));
        assert!(svg.contains("retracted (hollow)"));
        assert!(svg.contains("range low–high (band)"));
        assert!(svg.contains("open bound"));
        assert!(
            svg.contains(">\ndeaths\n</text>"),
            "y axis names the metric"
        );
        // Deleted (999) and superseded (170) claims are not drawn.
        assert!(!svg.contains("999"));
    }

    #[test]
    fn retracted_claims_are_hollow_and_do_not_move_the_line() {
        let claims = vec![
            claim(1, "Health Ministry", day(7), exact(26.0), Status::Active),
            claim(
                2,
                "Health Ministry",
                day(9),
                exact(164.0),
                Status::Retracted,
            ),
            claim(3, "Health Ministry", day(11), exact(40.0), Status::Active),
        ];
        let svg = step_chart(&claims, "t").unwrap();
        let hollow = svg
            .lines()
            .filter(|l| l.starts_with("<circle") && l.contains("fill=\"none\""))
            .filter(|l| !l.contains("#FFFFFF"))
            .count();
        // One in the plot, one in the key.
        assert_eq!(hollow, 2, "{svg}");
        assert!(svg.contains("164 retracted"));
        // The step line (drawn before the legend swatches) goes 26 → 40 on
        // 11 Jan: three vertices, two heights, none of them the 164.
        let step = svg
            .lines()
            .find(|l| l.starts_with("<polyline") && l.contains("stroke-width=\"3\""))
            .expect("a step line");
        let points: Vec<(i32, i32)> = step
            .split("points=\"")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .filter_map(|p| p.split_once(','))
            .map(|(x, y)| (x.parse().unwrap(), y.parse().unwrap()))
            .collect();
        assert_eq!(points.len(), 3, "{step}");
        assert_eq!(points[0].1, points[1].1, "horizontal first");
        assert_eq!(points[1].0, points[2].0, "then vertical");
        assert!(points[2].1 < points[1].1, "up to 40");
        let hollow_cy: i32 = svg
            .lines()
            .find(|l| {
                l.starts_with("<circle") && l.contains("fill=\"none\"") && !l.contains("#FFFFFF")
            })
            .and_then(|l| l.split("cy=\"").nth(1))
            .and_then(|r| r.split('"').next())
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            points.iter().all(|p| p.1 > hollow_cy + 50),
            "164 stays off the line"
        );
    }

    #[test]
    fn ranges_are_translucent_bands() {
        let claims = vec![
            claim(1, "A", day(7), exact(26.0), Status::Active),
            claim(
                2,
                "A",
                day(8),
                range(Some(20.0), Some(30.0), false),
                Status::Active,
            ),
        ];
        let svg = step_chart(&claims, "t").unwrap();
        let bands = svg
            .lines()
            .filter(|l| {
                l.starts_with("<rect")
                    && l.contains("opacity=\"0.22\"")
                    && !l.contains("fill=\"none\"")
            })
            .count();
        assert_eq!(bands, 2, "one in the plot, one in the key:\n{svg}");
        assert!(!svg.contains("open bound"), "no open bounds here");
    }

    #[test]
    fn qualifiers_prefix_the_legend() {
        let mut a = claim(1, "UN", day(7), exact(5.0), Status::Active);
        a.qualifier = "children".to_string();
        let b = claim(2, "UN", day(8), exact(50.0), Status::Active);
        let svg = step_chart(&[a, b], "t").unwrap();
        assert!(svg.contains("children — UN"));
        assert!(svg.contains(">\nUN\n</text>"));
    }

    #[test]
    fn errors_and_degenerate_inputs() {
        assert_eq!(step_chart(&[], "t"), Err("chart: no claims to draw".into()));
        let mut gone = claim(1, "A", day(7), exact(1.0), Status::Active);
        gone.deleted = true;
        assert_eq!(
            step_chart(&[gone], "t"),
            Err("chart: no claims to draw".into())
        );
        let d = NaiveDate::from_ymd_opt(2022, 1, 5).unwrap();
        let mut date = claim(
            1,
            "A",
            day(7),
            Value::Date(DateSpan::day(d)),
            Status::Active,
        );
        date.metric = "start".to_string();
        assert_eq!(
            step_chart(&[date], "t"),
            Err("chart: metric start holds dates; use timeline".into())
        );

        // One claim: the x range is padded by a day each side.
        let one = step_chart(&[claim(1, "A", day(7), exact(26.0), Status::Active)], "t").unwrap();
        assert!(one.contains("2022-01-06") && one.contains("2022-01-07"));
        assert!(one.contains("2022-01-08"));

        // Everything at one instant, zero, huge and negative values.
        let t = When::parse_iso("2022-01-07T10:00:00+06:00").unwrap();
        let claims = vec![
            claim(1, "A", t, exact(0.0), Status::Active),
            claim(2, "B", t, exact(1e18), Status::Active),
            claim(3, "C", t, exact(f64::MAX), Status::Retracted),
            claim(4, "D", t, exact(-5.0), Status::Active),
            claim(5, "E", t, range(None, Some(12.0), false), Status::Active),
            claim(
                7,
                "G",
                t,
                range(Some(3.0), Some(f64::INFINITY), false),
                Status::Active,
            ),
            claim(6, "F", t, range(None, None, false), Status::Active),
        ];
        let svg = step_chart(&claims, "t").unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(
            svg.contains(">\nG\n</text>"),
            "infinite high end reads as open"
        );
        assert!(
            !svg.contains(">\nF\n</text>"),
            "no value at all: nothing to draw"
        );
        let zeros = step_chart(&[claim(1, "A", t, exact(0.0), Status::Active)], "t").unwrap();
        assert!(zeros.contains(">\n0\n</text>"));
    }

    #[test]
    fn long_names_and_many_series_stay_inside_the_canvas() {
        let long = claim(
            1,
            "A very long claimant name that goes on and on, Ministry of Something",
            day(7),
            exact(26.0),
            Status::Active,
        );
        let title = "A very long title that editors like to write for their charts — deaths";
        let svg = step_chart(&[long], title).unwrap();
        assert!(svg.contains(title));
        assert!(svg.contains("A very long claimant na…"));

        let many: Vec<Claim> = (0..60)
            .map(|i| {
                let d =
                    NaiveDate::from_ymd_opt(2021, 1, 1).unwrap() + chrono::Days::new(7 * i as u64);
                let status = if i % 7 == 3 {
                    Status::Retracted
                } else {
                    Status::Active
                };
                let name = format!("Source {:02}", i % 20);
                claim(
                    i,
                    &name,
                    When::Day(d),
                    exact(1000.0 * i as f64 + 12345.0),
                    status,
                )
            })
            .collect();
        let svg = step_chart(&many, "many").unwrap();
        assert!(svg.contains("… and 10 more"));
        assert!(svg.contains("15,345 retracted"));
        assert!(svg.contains(">\n20,000\n</text>"));
        assert!(svg.contains("2021-01-01"));
    }

    #[test]
    fn output_is_deterministic_and_series_sorted() {
        let mut claims = sample();
        let a = step_chart(&claims, "x").unwrap();
        claims.reverse();
        let b = step_chart(&claims, "x").unwrap();
        assert_eq!(a, b);
        let health = a.find(">\nHealth Ministry\n</text>").unwrap();
        let interior = a.find(">\nInterior Ministry\n</text>").unwrap();
        assert!(health < interior);
    }

    #[test]
    fn count_labels_have_thousands_separators() {
        assert_eq!(fmt_count(0.0), "0");
        assert_eq!(fmt_count(999.0), "999");
        assert_eq!(fmt_count(12000.0), "12,000");
        assert_eq!(fmt_count(-1234567.0), "-1,234,567");
        assert_eq!(fmt_count(25.5), "25.5");
    }

    #[test]
    fn writes_a_sample_chart() {
        let svg = step_chart(&sample(), "kz-unrest-2022 — deaths").unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("chart-sample.svg"), svg).unwrap();
    }
}
