//! Which series get a colour, and the marker shape each one draws.
//!
//! A chart with two dozen series cycled ten colours and could not be read.
//! Only the `COLOURED` most-cited series (most plotted figures; ties by
//! name) keep a colour and a shape of their own; the rest are drawn thin
//! and grey, under the others, and the legend names them together as
//! "others". Shapes differ as well as colours, so two series stay apart in
//! print, in grey scale and for a reader who does not see the colour.

use plotters::prelude::*;

/// At most this many coloured series.
pub(super) const COLOURED: usize = 8;

/// The grey of the series past the cap.
pub(super) const OTHERS: RGBColor = RGBColor(170, 170, 170);

/// The series to colour: indices into `counts` (figures per series), the
/// most cited first, ties by index (the series are in name order).
pub(super) fn most_cited(counts: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by(|&a, &b| counts[b].cmp(&counts[a]).then(a.cmp(&b)));
    order.truncate(COLOURED);
    order.sort_unstable();
    order
}

/// The outline of marker `shape` at radius `r` around (0, 0), in pixels;
/// None for the circle, which plotters draws itself. Shapes run circle,
/// square, triangle, diamond, inverted triangle, hexagon, cross, star.
pub(super) fn outline(shape: usize, r: i32) -> Option<Vec<(i32, i32)>> {
    let polar = |n: usize, radius: &dyn Fn(usize) -> f64, turn: f64| -> Vec<(i32, i32)> {
        (0..n)
            .map(|k| {
                let a = turn + std::f64::consts::TAU * k as f64 / n as f64;
                let d = radius(k);
                ((d * a.cos()).round() as i32, (d * a.sin()).round() as i32)
            })
            .collect()
    };
    let rf = f64::from(r);
    let up = -std::f64::consts::FRAC_PI_2;
    match shape % COLOURED {
        0 => None,
        1 => Some(vec![
            (-r + 1, -r + 1),
            (r - 1, -r + 1),
            (r - 1, r - 1),
            (-r + 1, r - 1),
        ]),
        2 => Some(polar(3, &|_| rf + 1.0, up)),
        3 => Some(polar(4, &|_| rf + 1.0, up)),
        4 => Some(polar(3, &|_| rf + 1.0, -up)),
        5 => Some(polar(6, &|_| rf, 0.0)),
        6 => {
            let (a, b) = (r / 3 + 1, r);
            Some(vec![
                (-a, -b),
                (a, -b),
                (a, -a),
                (b, -a),
                (b, a),
                (a, a),
                (a, b),
                (-a, b),
                (-a, a),
                (-b, a),
                (-b, -a),
                (-a, -a),
            ])
        }
        _ => Some(polar(
            10,
            &|k| if k % 2 == 0 { rf + 2.0 } else { rf * 0.5 },
            up,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_cited_keep_colour_in_name_order() {
        let counts = [1, 5, 2, 5, 1, 1, 3, 1, 1, 4, 1, 1];
        // 1 and 3 (5 each), 9, 6, 2, then the first three of the ones.
        assert_eq!(most_cited(&counts), vec![0, 1, 2, 3, 4, 5, 6, 9]);
        assert_eq!(most_cited(&[3, 1]), vec![0, 1]);
    }

    #[test]
    fn eight_shapes_are_all_different() {
        let shapes: Vec<Option<Vec<(i32, i32)>>> = (0..COLOURED).map(|s| outline(s, 5)).collect();
        for i in 0..shapes.len() {
            for j in i + 1..shapes.len() {
                assert_ne!(shapes[i], shapes[j], "{i} and {j}");
            }
        }
        assert_eq!(outline(COLOURED, 5), outline(0, 5));
    }
}
