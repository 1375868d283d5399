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

/// Layer 2: step lines through the non-retracted figures.
fn draw_steps(chart: &mut Chart, series: &[Series], f: &Frame) -> DrawResult {
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
    Ok(())
}

/// Layer 3: dashed connectors from the line to each retracted figure.
fn draw_connectors(chart: &mut Chart, series: &[Series]) -> DrawResult {
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
    Ok(())
}

/// Layer 4: markers, filled for standing figures, hollow for retracted ones.
/// Outlets relaying one withdrawn figure put their markers on one spot:
/// it is labelled once. A withdrawn open bound gets no arrow.
fn draw_markers(chart: &mut Chart, series: &[Series], f: &Frame) -> DrawResult {
    let mut labelled: HashSet<(i64, u64)> = HashSet::new();
    for s in series {
        for p in &s.points {
            if let Some(dir) = p.open_direction().filter(|_| !p.retracted) {
                draw_open_arrow(chart, s, p, dir)?;
            }
            if p.retracted {
                chart.draw_series(std::iter::once(Circle::new(
                    (p.t, p.y),
                    6,
                    s.color.stroke_width(2),
                )))?;
                if labelled.insert((p.t, p.y.to_bits())) {
                    draw_retracted_label(chart, s, p, f)?;
                }
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

/// "164 retracted" to the right of the marker, or to its left near the
/// right edge so it stays inside the plot.
fn draw_retracted_label(chart: &mut Chart, s: &Series, p: &Point, f: &Frame) -> DrawResult {
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
    Ok(())
}
