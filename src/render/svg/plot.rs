//! The plot area: axes and grid, then the claims in layers, each drawn over
//! the one before: range bands and open-bound arrows, step lines, dashed
//! connectors to retracted figures, and the markers on top.

use std::collections::HashSet;

use plotters::coord::Shift;
use plotters::coord::combinators::WithKeyPoints;
use plotters::coord::types::RangedCoordi64;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{CountAxis, Frame, frame};
use super::labels::{fit, fmt_count, fmt_day, font, styled, text_width};
use super::marks::outline;
use super::{DrawResult, GRID, MUTED, Point, Series};

/// The plot's coordinates: seconds across, counts up.
type Chart<'a, 'b> =
    ChartContext<'a, SVGBackend<'b>, Cartesian2d<WithKeyPoints<RangedCoordi64>, CountAxis>>;

pub(super) fn draw_plot(
    area: &DrawingArea<SVGBackend, Shift>,
    series: &[Series],
    metric: &str,
) -> DrawResult {
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

    draw_bands(&mut chart, series, &f)?;
    draw_steps(&mut chart, series, &f)?;
    draw_connectors(&mut chart, series)?;
    draw_markers(&mut chart, series, &f)
}

/// Layer 1: bands, under everything else.
fn draw_bands(chart: &mut Chart, series: &[Series], f: &Frame) -> DrawResult {
    let band_half = ((f.x1 - f.x0) / 110).max(1);
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
    Ok(())
}

/// Layer 2: step lines through the figures that stand (neither retracted
/// nor relayed late).
fn draw_steps(chart: &mut Chart, series: &[Series], f: &Frame) -> DrawResult {
    for s in series {
        let active: Vec<&Point> = s
            .points
            .iter()
            .filter(|p| !p.retracted && !p.late)
            .collect();
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
        // The grey others stay thin, behind the lines a reader follows.
        let width = if s.shape.is_some() { 3 } else { 1 };
        chart.draw_series(std::iter::once(PathElement::new(
            path,
            s.color.stroke_width(width),
        )))?;
    }
    Ok(())
}

/// Layer 3: dashed connectors from the line to each retracted figure.
fn draw_connectors(chart: &mut Chart, series: &[Series]) -> DrawResult {
    for s in series {
        for p in s.points.iter().filter(|p| p.retracted) {
            let standing = s
                .points
                .iter()
                .rfind(|q| !q.retracted && !q.late && q.t <= p.t)
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
    Ok(())
}

/// Layer 4: markers, filled for standing figures, hollow for retracted ones,
/// pale for late relays, in the series' shape (a small grey dot for the others). Outlets
/// relaying one withdrawn figure put their markers on one spot: it is
/// labelled once. A withdrawn open bound gets no arrow. A label that would
/// cover one already drawn moves to the marker's other side, or is dropped
/// (the hollow marker still shows the retraction).
fn draw_markers(chart: &mut Chart, series: &[Series], f: &Frame) -> DrawResult {
    let mut labelled: HashSet<(i64, u64)> = HashSet::new();
    let mut placed: Vec<Rect> = Vec::new();
    for s in series {
        let shape = s.shape.unwrap_or(0);
        for p in &s.points {
            if let Some(dir) = p.open_direction().filter(|_| !p.retracted) {
                draw_open_arrow(chart, s, p, dir)?;
            }
            let r = match (s.shape, p.retracted) {
                (None, _) => 3,
                (Some(_), true) => 6,
                (Some(_), false) => 5,
            };
            // A late relay is the series' old figure again: pale, so the
            // eye follows the line past it.
            let color = if p.late { pale(s.color) } else { s.color };
            draw_marker(chart, (p.t, p.y), shape, r, color, !p.retracted)?;
            if p.retracted && labelled.insert((p.t, p.y.to_bits())) {
                draw_retracted_label(chart, s, p, f, &mut placed)?;
            }
        }
    }
    Ok(())
}

/// `color` blended two thirds of the way to white.
fn pale(color: RGBColor) -> RGBColor {
    let blend = |c: u8| u8::try_from((u16::from(c) + 2 * 255) / 3).unwrap_or(u8::MAX);
    RGBColor(blend(color.0), blend(color.1), blend(color.2))
}

/// One marker: `shape` from `marks::outline`, filled with a white rim (so
/// markers on one spot stay apart) or hollow.
fn draw_marker(
    chart: &mut Chart,
    at: (i64, f64),
    shape: usize,
    r: i32,
    color: RGBColor,
    filled: bool,
) -> DrawResult {
    match (outline(shape, r), filled) {
        (None, true) => {
            chart.draw_series(std::iter::once(Circle::new(at, r, color.filled())))?;
            chart.draw_series(std::iter::once(Circle::new(at, r, WHITE.stroke_width(1))))?;
        }
        (None, false) => {
            chart.draw_series(std::iter::once(Circle::new(at, r, color.stroke_width(2))))?;
        }
        (Some(points), true) => {
            let mut rim = points.clone();
            rim.push(points[0]);
            chart.draw_series(std::iter::once(
                EmptyElement::at(at) + Polygon::new(points, color.filled()),
            ))?;
            chart.draw_series(std::iter::once(
                EmptyElement::at(at) + PathElement::new(rim, WHITE.stroke_width(1)),
            ))?;
        }
        (Some(mut points), false) => {
            points.push(points[0]);
            chart.draw_series(std::iter::once(
                EmptyElement::at(at) + PathElement::new(points, color.stroke_width(2)),
            ))?;
        }
    }
    Ok(())
}

/// A label's box in pixels: left, top, right, bottom.
pub(super) type Rect = (i32, i32, i32, i32);

/// Whether two boxes share any pixel.
pub(super) fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Where a label of `w`×`h` pixels beside a marker at `(x, y)` can go
/// without covering `placed`: right of the marker first (left near the
/// right edge, so it stays in the plot), then the other side; None when
/// both are taken.
pub(super) fn place_label(
    x: i32,
    y: i32,
    w: i32,
    h: i32,
    prefer_left: bool,
    placed: &[Rect],
) -> Option<(bool, Rect)> {
    let right = (x + 10, y - h / 2, x + 10 + w, y + h / 2);
    let left = (x - 10 - w, y - h / 2, x - 10, y + h / 2);
    let tries = if prefer_left {
        [(true, left), (false, right)]
    } else {
        [(false, right), (true, left)]
    };
    tries
        .into_iter()
        .find(|(_, r)| placed.iter().all(|p| !overlaps(*p, *r)))
}

/// An arrow from the figure the open way: up for "at least", down for "at
/// most".
fn draw_open_arrow(chart: &mut Chart, s: &Series, p: &Point, dir: i32) -> DrawResult {
    let style = s.color.stroke_width(2);
    let tip = -30 * dir;
    let head = -22 * dir;
    chart.draw_series(std::iter::once(
        EmptyElement::at((p.t, p.y))
            + PathElement::new(vec![(0, 0), (0, head)], style)
            + Polygon::new(vec![(-6, head), (6, head), (0, tip)], s.color.filled()),
    ))?;
    Ok(())
}

/// "164 retracted" beside the marker, where no other label is
/// (`place_label`); dropped when both sides are taken.
fn draw_retracted_label(
    chart: &mut Chart,
    s: &Series,
    p: &Point,
    f: &Frame,
    placed: &mut Vec<Rect>,
) -> DrawResult {
    let near_right = p.t - f.x0 > (f.x1 - f.x0) / 10 * 7;
    let text = format!("{} retracted", fmt_count(p.y));
    let (x, y) = chart.backend_coord(&(p.t, p.y));
    let w = text_width(&text, 12.0).ceil() as i32;
    let Some((left, rect)) = place_label(x, y, w, 14, near_right, placed) else {
        return Ok(());
    };
    placed.push(rect);
    let (dx, h) = if left {
        (-10, HPos::Right)
    } else {
        (10, HPos::Left)
    };
    chart.draw_series(std::iter::once(
        EmptyElement::at((p.t, p.y))
            + Text::new(
                text,
                (dx, 0),
                styled(12.0, FontStyle::Italic)
                    .color(&s.color)
                    .pos(Pos::new(h, VPos::Center)),
            ),
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_moves_to_the_free_side_or_is_dropped() {
        let first = place_label(100, 100, 60, 14, false, &[]).unwrap();
        assert_eq!(first, (false, (110, 93, 170, 107)));
        // A marker just below: its right side is taken, the left is free.
        let second = place_label(100, 106, 60, 14, false, &[first.1]).unwrap();
        assert!(second.0);
        // Both sides taken: no label.
        assert_eq!(
            place_label(100, 103, 60, 14, false, &[first.1, second.1]),
            None
        );
        // Far apart, nothing moves.
        assert!(!place_label(100, 200, 60, 14, false, &[first.1]).unwrap().0);
    }

    #[test]
    fn boxes_that_only_touch_do_not_overlap() {
        assert!(!overlaps((0, 0, 10, 10), (10, 0, 20, 10)));
        assert!(overlaps((0, 0, 10, 10), (9, 9, 20, 20)));
    }
}
