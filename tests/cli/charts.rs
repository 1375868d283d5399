//! The chart of a story with many claimants: at most eight coloured series
//! (the most cited), the rest grey and named together as "others";
//! `--since/--until` keep the figures of those days only.

use crate::workdir::Workdir;
use std::collections::BTreeSet;

/// Fourteen officials; the first four give three figures, the rest two.
fn crowded() -> Workdir {
    let w = Workdir::new();
    w.ok(&["event", "add", "flood"]);
    for i in 1..=14 {
        for d in 1..=3 {
            if i > 4 && d == 3 {
                continue;
            }
            let figure = format!("{} dead", i * 3 + d * i);
            let (source, by) = (format!("Outlet {i}"), format!("Official {i}"));
            let said = format!("2024-05-0{d}");
            w.ok(&[
                "add", "flood", &figure, "--source", &source, "--by", &by, "--said", &said,
            ]);
        }
    }
    w
}

fn chart(w: &Workdir, extra: &[&str]) -> (String, String) {
    let mut args = vec!["chart", "flood", "--metric", "deaths", "-o", "-"];
    args.extend(extra);
    let svg = w.ok(&args);
    let mut args = vec!["chart", "flood", "--metric", "deaths", "-o", "c.svg"];
    args.extend(extra);
    let out = w.cmd(&args).output().unwrap();
    (svg, String::from_utf8(out.stderr).unwrap())
}

/// The stroke colours of the SVG's thick (coloured series) lines.
fn thick_colours(svg: &str) -> BTreeSet<String> {
    svg.split("<polyline")
        .skip(1)
        .filter(|p| p.contains("stroke-width=\"3\""))
        .filter_map(|p| p.split("stroke=\"").nth(1))
        .map(|s| s[..7].to_string())
        .collect()
}

#[test]
fn eight_coloured_series_at_most_and_the_rest_grey_others() {
    let w = crowded();
    let (svg, _) = chart(&w, &[]);
    let colours = thick_colours(&svg);
    assert_eq!(colours.len(), 8, "{colours:?}");
    assert!(!colours.contains("#AAAAAA"), "{colours:?}");
    // Six series past the cap: thin grey lines, one legend entry.
    let grey = svg
        .split("<polyline")
        .filter(|p| p.contains("stroke=\"#AAAAAA\"") && p.contains("stroke-width=\"1\""))
        .count();
    assert!(grey >= 6, "{grey}");
    assert!(svg.contains("\n6 others\n"), "legend");
    // The most cited (three figures each) are among the coloured, by name.
    for name in [
        "\nOfficial 1\n",
        "\nOfficial 2\n",
        "\nOfficial 3\n",
        "\nOfficial 4\n",
    ] {
        assert!(svg.contains(name), "{name} not in the legend");
    }
    assert!(
        !svg.contains("\nOfficial 9\n"),
        "a grey series has no entry"
    );
    // Distinct shapes: the coloured markers are polygons, not only circles.
    assert!(svg.contains("<polygon"), "no shaped markers");
}

#[test]
fn a_few_series_are_all_coloured() {
    let w = Workdir::new();
    w.ok(&["event", "add", "kz"]);
    w.ok(&[
        "add",
        "kz",
        "5 dead",
        "--source",
        "AFP",
        "--by",
        "Police",
        "--said",
        "2024-01-01",
    ]);
    w.ok(&[
        "add",
        "kz",
        "7 dead",
        "--source",
        "AP",
        "--by",
        "Mayor",
        "--said",
        "2024-01-02",
    ]);
    let svg = w.ok(&["chart", "kz", "--metric", "deaths", "-o", "-"]);
    assert_eq!(thick_colours(&svg).len(), 2);
    assert!(!svg.contains("others\n"), "no others entry");
}

#[test]
fn since_and_until_keep_those_days() {
    let w = crowded();
    let (_, all) = chart(&w, &[]);
    assert!(all.contains("(32 claims)"), "{all}");
    let (_, some) = chart(&w, &["--since", "2024-05-02", "--until", "2024-05-02"]);
    assert!(some.contains("(14 claims)"), "{some}");
    let (_, late) = chart(&w, &["--since", "2024-05-03"]);
    assert!(late.contains("(4 claims)"), "{late}");
    let err = w.fails(
        &["chart", "flood", "--metric", "deaths", "--since", "someday"],
        1,
    );
    assert!(err.contains("--since"), "{err}");
}
