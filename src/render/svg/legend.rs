//! The legend right of the plot: one entry per coloured series, with its
//! marker (as many as fit, then "… and N more"), one "N others" entry for
//! the grey ones, then a key to the marks and a short note on what
//! the line does and does not show.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::labels::{fit, font, styled, wrap};
use super::marks::outline;
use super::{DrawResult, MUTED, Series};

type Area<'b> = DrawingArea<SVGBackend<'b>, Shift>;

/// Left edge of the entries' text, right of their swatches.
const TEXT_X: i32 = 44;
/// Height of one entry.
const ROW: i32 = 22;

pub(super) fn draw_legend(area: &Area, series: &[Series]) -> DrawResult {
    let height = i32::try_from(area.dim_in_pixel().1).unwrap_or(i32::MAX);
    let mut y = 14;

    area.draw(&Text::new("Series", (10, y), styled(13.0, FontStyle::Bold)))?;
    y += ROW;

    let any_open = series
        .iter()
        .flat_map(|s| &s.points)
        .any(|p| p.open_direction().is_some());
    let any_late = series.iter().flat_map(|s| &s.points).any(|p| p.late);
    let key_rows = 3 + i32::from(any_open) + i32::from(any_late);
    // Keep room for the key and its note below the series entries.
    let key_height = 30 + ROW * key_rows + 60;
    let room = usize::try_from((height - y - key_height) / ROW)
        .unwrap_or(0)
        .max(1);

    y = draw_entries(area, series, room, y)?;
    y = draw_key(area, any_open, any_late, y + 12)?;
    draw_note(area, height, y + 8)
}

/// The series entries from `y` on, at most `room` rows; returns the `y`
/// below them.
fn draw_entries(area: &Area, series: &[Series], room: usize, mut y: i32) -> DrawResult<i32> {
    let width = f64::from(area.dim_in_pixel().0);
    let max_text = width - f64::from(TEXT_X) - 10.0;
    let others = series.iter().filter(|s| s.shape.is_none()).count();
    let coloured: Vec<&Series> = series.iter().filter(|s| s.shape.is_some()).collect();
    // The others' entry needs a row of its own.
    let room = if others > 0 {
        room.saturating_sub(1).max(1)
    } else {
        room
    };
    let series = &coloured;
    for (i, s) in series.iter().enumerate() {
        if i + 1 == room && series.len() > room {
            let rest = series.len() - i;
            area.draw(&Text::new(
                format!("… and {rest} more"),
                (TEXT_X, y),
                font(13.0).color(&MUTED),
            ))?;
            y += ROW;
            break;
        }
        let mid = y + 7;
        area.draw(&PathElement::new(
            vec![(10, mid), (36, mid)],
            s.color.stroke_width(3),
        ))?;
        match outline(s.shape.unwrap_or(0), 5) {
            None => area.draw(&Circle::new((23, mid), 5, s.color.filled()))?,
            Some(points) => {
                area.draw(&(EmptyElement::at((23, mid)) + Polygon::new(points, s.color.filled())))?
            }
        }
        area.draw(&Text::new(
            fit(&s.label, 13.0, max_text),
            (TEXT_X, y),
            font(13.0),
        ))?;
        y += ROW;
    }
    if others > 0 {
        let mid = y + 7;
        area.draw(&PathElement::new(
            vec![(10, mid), (36, mid)],
            super::marks::OTHERS.stroke_width(1),
        ))?;
        area.draw(&Circle::new((23, mid), 3, super::marks::OTHERS.filled()))?;
        let label = if others == 1 {
            "1 other".to_string()
        } else {
            format!("{others} others")
        };
        area.draw(&Text::new(label, (TEXT_X, y), font(13.0).color(&MUTED)))?;
        y += ROW;
    }
    Ok(y)
}

/// The key to the marks from `y` on (the open-bound arrow and the late
/// relay only when one is drawn); returns the `y` below it.
fn draw_key(area: &Area, any_open: bool, any_late: bool, mut y: i32) -> DrawResult<i32> {
    area.draw(&Text::new("Key", (10, y), styled(13.0, FontStyle::Bold)))?;
    y += ROW;

    let key = MUTED;
    let mid = y + 7;
    area.draw(&Circle::new((23, mid), 5, key.filled()))?;
    area.draw(&Text::new("reported figure", (TEXT_X, y), font(13.0)))?;
    y += ROW;

    let mid = y + 7;
    area.draw(&Circle::new((23, mid), 6, key.stroke_width(2)))?;
    area.draw(&Text::new("retracted (hollow)", (TEXT_X, y), font(13.0)))?;
    y += ROW;

    if any_late {
        let mid = y + 7;
        area.draw(&Circle::new((23, mid), 5, RGBColor(200, 200, 200).filled()))?;
        area.draw(&Text::new(
            "late relay, old figure (pale)",
            (TEXT_X, y),
            font(13.0),
        ))?;
        y += ROW;
    }

    area.draw(&Rectangle::new(
        [(18, y - 2), (28, y + 16)],
        key.mix(0.22).filled(),
    ))?;
    area.draw(&Rectangle::new(
        [(18, y - 2), (28, y + 16)],
        key.mix(0.55).stroke_width(1),
    ))?;
    area.draw(&Text::new("range low–high (band)", (TEXT_X, y), font(13.0)))?;
    y += ROW;

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
            "open bound (↑ at least, ↓ up to)",
            (TEXT_X, y),
            font(13.0),
        ))?;
        y += ROW;
    }
    Ok(y)
}

/// The note under the key, wrapped to the legend's width and cut at its
/// bottom.
fn draw_note(area: &Area, height: i32, mut y: i32) -> DrawResult {
    let width = f64::from(area.dim_in_pixel().0);
    let note = "Retracted figures and late relays do not move the line. Vague words (“dozens”) are drawn at their low end.";
    for line in wrap(note, 11.0, width - 20.0) {
        if y + 14 > height {
            break;
        }
        area.draw(&Text::new(line, (10, y), font(11.0).color(&MUTED)))?;
        y += 15;
    }
    Ok(())
}
