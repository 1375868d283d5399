//! Words and numbers on the chart: counts with thousands separators, ISO
//! days, rough text widths to shorten or wrap what would not fit, and font
//! sizes that come out exact in the SVG. Text is measured, not rendered:
//! the SVG is written without a font engine.

use chrono::{DateTime, Utc};
use plotters::prelude::*;

use super::INK;

/// plotters writes `font-size = size / 1.24`; this turns a wanted pixel size
/// into the size to ask for.
const FONT_SCALE: f64 = 1.24;
const FONT: &str = "sans-serif";

/// An integer with thousands separators (`12,000`); scientific past 10^15.
pub(super) fn fmt_count(v: f64) -> String {
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

pub(super) fn fmt_day(t: i64) -> String {
    DateTime::<Utc>::from_timestamp(t, 0)
        .map(|d| crate::domain::iso_day(d.date_naive()))
        .unwrap_or_default()
}

/// Rough width in pixels of `text` at `px` in a sans-serif face.
pub(super) fn text_width(text: &str, px: f64) -> f64 {
    text.chars().count() as f64 * px * 0.56
}

/// Shortens `text` with an ellipsis so it fits in `max_px`.
pub(super) fn fit(text: &str, px: f64, max_px: f64) -> String {
    if text_width(text, px) <= max_px {
        return text.to_string();
    }
    let keep = ((max_px / (px * 0.56)) as usize).saturating_sub(1);
    let mut out: String = text.chars().take(keep).collect();
    out.push('…');
    out
}

/// Greedy word wrap to lines of at most `max_px`.
pub(super) fn wrap(text: &str, px: f64, max_px: f64) -> Vec<String> {
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

pub(super) fn font(px: f64) -> TextStyle<'static> {
    styled(px, FontStyle::Normal)
}

pub(super) fn styled(px: f64, style: FontStyle) -> TextStyle<'static> {
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
