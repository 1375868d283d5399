//! The chart's axes: the time range and its day ticks, the count range and
//! its 1-2-5 ticks, and the count axis plotters draws with them. Ranges are
//! padded so markers, arrows and labels never sit on the frame.

use plotters::coord::ranged1d::{KeyPointHint, NoDefaultFormatting, Ranged, ValueFormatter};

use super::Series;
use super::labels::fmt_count;

/// One day in seconds.
const DAY: i64 = 86_400;

/// The count axis: plotters' f64 axis with our own ticks (whole, 1-2-5
/// spaced) and labels (thousands separators).
pub(super) struct CountAxis {
    pub(super) lo: f64,
    pub(super) hi: f64,
    pub(super) ticks: Vec<f64>,
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
pub(super) struct Frame {
    pub(super) x0: i64,
    pub(super) x1: i64,
    /// Last data time: lines hold their latest figure up to here.
    pub(super) t_last: i64,
    pub(super) x_ticks: Vec<i64>,
    pub(super) x_light: Vec<i64>,
    pub(super) y0: f64,
    pub(super) y1: f64,
    pub(super) y_ticks: Vec<f64>,
}

pub(super) fn frame(series: &[Series], plot_width_px: i64) -> Frame {
    let x = time_axis(series, plot_width_px);
    let y = count_axis(series);
    Frame {
        x0: x.x0,
        x1: x.x1,
        t_last: x.t_last,
        x_ticks: x.ticks,
        x_light: x.light,
        y0: y.lo,
        y1: y.hi,
        y_ticks: y.ticks,
    }
}

/// The time half of a `Frame`.
struct TimeAxis {
    x0: i64,
    x1: i64,
    t_last: i64,
    ticks: Vec<i64>,
    light: Vec<i64>,
}

fn time_axis(series: &[Series], plot_width_px: i64) -> TimeAxis {
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
    let ticks: Vec<i64> = (0..)
        .map(|k| start + k * step)
        .take_while(|d| *d <= hi_day)
        .filter(|d| *d >= lo_day)
        .map(|d| d * DAY)
        .collect();
    let light: Vec<i64> = if step > 1 && days <= 120 {
        (lo_day..=hi_day).map(|d| d * DAY).collect()
    } else {
        Vec::new()
    };
    TimeAxis {
        x0,
        x1,
        t_last,
        ticks,
        light,
    }
}

/// The count half of a `Frame`: from zero (or below, for negatives) to a
/// tick above the highest figure.
struct CountRange {
    lo: f64,
    hi: f64,
    ticks: Vec<f64>,
}

fn count_axis(series: &[Series]) -> CountRange {
    let mut hi = 0.0f64;
    let mut lo = 0.0f64;
    for p in series.iter().flat_map(|s| s.points.iter()) {
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
    let mut ticks = Vec::new();
    let mut k = (y0 / y_step).round();
    while ticks.len() < 40 {
        let v = k * y_step;
        if !v.is_finite() || v > y1 + y_step * 1e-9 {
            break;
        }
        ticks.push(v);
        k += 1.0;
    }
    CountRange {
        lo: y0,
        hi: y1,
        ticks,
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
