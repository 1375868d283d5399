//! Unit tests of the chart: what it draws for the Kazakhstan sample and for
//! degenerate inputs, read back from the SVG text.

use super::labels::fmt_count;
use super::*;
use crate::domain::{Count, DateSpan, When};
use chrono::{DateTime, NaiveDate, Utc};

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
        citing: String::new(),
        url: String::new(),
        quote: String::new(),
        lang: crate::lang::Lang::from_code("en"),
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
        .find(|l| l.starts_with("<circle") && l.contains("fill=\"none\"") && !l.contains("#FFFFFF"))
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

/// The points of the first thick step line, in pixels.
fn step_line(svg: &str) -> Vec<(i32, i32)> {
    let step = svg
        .lines()
        .find(|l| l.starts_with("<polyline") && l.contains("stroke-width=\"3\""))
        .expect("a step line");
    step.split("points=\"")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .filter_map(|p| p.split_once(','))
        .map(|(x, y)| (x.parse().unwrap(), y.parse().unwrap()))
        .collect()
}

#[test]
fn a_late_relay_is_pale_and_does_not_move_the_line() {
    let mut late = claim(3, "Health Ministry", day(11), exact(26.0), Status::Active);
    late.source = "another outlet".into();
    let claims = vec![
        claim(1, "Health Ministry", day(7), exact(26.0), Status::Active),
        claim(2, "Health Ministry", day(9), exact(40.0), Status::Active),
        late,
    ];
    let svg = step_chart(&claims, "t").unwrap();
    // 26, up to 40 on the 9th, held to the 11th: the relayed 26 of the
    // 11th never pulls it back down.
    let points = step_line(&svg);
    assert_eq!(points.len(), 4, "{svg}");
    assert!(points[2].1 < points[1].1, "up to 40");
    assert_eq!(points[3].1, points[2].1, "held at 40");
    assert!(
        svg.contains("late relay, old figure"),
        "the key explains the pale marker"
    );
    // Without the relay the key has no such row.
    let svg = step_chart(&claims[..2], "t").unwrap();
    assert!(!svg.contains("late relay, old figure"));
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
            l.starts_with("<rect") && l.contains("opacity=\"0.22\"") && !l.contains("fill=\"none\"")
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
            let d = NaiveDate::from_ymd_opt(2021, 1, 1).unwrap() + chrono::Days::new(7 * i as u64);
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
    // Twenty series: eight coloured, twelve grey in one entry (this said
    // "… and 10 more" when every series had a colour and an entry).
    assert!(svg.contains("\n12 others\n"), "{svg}");
    assert!(!svg.contains("more\n"));
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
