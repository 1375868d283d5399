//! The story page from hand-built claims: what it holds, what it escapes,
//! and what it never contains (scripts, fetched resources, live links to
//! anything but a web address).

use super::*;
use crate::domain::Claim;
use crate::report::compare::{By, compare};
use crate::report::conflicts::conflicts;
use crate::report::fixture::{ClaimBuilder, ministry_26};
use crate::report::summary::summary;
use crate::report::timeline::timeline;
use crate::report::{DAY, Moment};

const HOSTILE: &str = "<script>alert(1)</script>";

fn claims() -> Vec<Claim> {
    let mut relayed = ministry_26(1, "AFP");
    relayed.qualifier = "armed criminals".into();
    relayed.url = "https://example.org/afp/1".into();
    let mut hostile = ClaimBuilder::deaths(26)
        .number(2)
        .qualifier("protesters' \"own\" & <b>count</b>")
        .by(HOSTILE)
        .source("</script><img src=x onerror=alert(2)>")
        .day(7)
        .build();
    hostile.url = "javascript:alert(3)".into();
    hostile.quote = "they said </script>\nand <style>".into();
    let mut withdrawn = ClaimBuilder::deaths(164)
        .number(3)
        .by("Health Ministry")
        .source("Khabar 24")
        .day(9)
        .retracted(10)
        .build();
    withdrawn.url = "https://example.org/k24/3".into();
    let mut toll = ClaimBuilder::deaths(225)
        .number(4)
        .by("Prosecutor")
        .source("TASS")
        .day(15)
        .build();
    toll.url = "https://example.org/tass/4?a=1&b=2".into();
    vec![relayed, hostile, withdrawn, toll]
}

fn render(claims: &[Claim], live: Option<&str>) -> String {
    let cumulative = crate::report::Cumulative::new();
    let rows = summary(claims, Moment::NOW, DAY);
    let by_claimant = compare(claims, By::Claimant, Moment::NOW, DAY, &cumulative);
    let by_source = compare(claims, By::Source, Moment::NOW, DAY, &cumulative);
    let found = conflicts(claims, DAY, &cumulative);
    let entries = timeline(claims);
    let charts = vec![charts::chart("kz", "deaths", claims, &rows)];
    story_page(&Page {
        event: Event {
            slug: "kz".into(),
            title: "Unrest & <em>news</em>".into(),
            note: String::new(),
        },
        as_of: None,
        window: "1d".into(),
        claims: claims.len(),
        summary: &rows,
        by_claimant: &by_claimant,
        by_source: &by_source,
        conflicts: &found,
        conflicts_total: found.len(),
        timeline: &entries,
        charts: &charts,
        live,
    })
}

#[test]
fn hostile_names_quotes_and_addresses_stay_text() {
    let page = render(&claims(), None);
    for raw in [
        "<script>alert",
        "</script><img",
        "<img src=x",
        "<b>count</b>",
        "<em>news",
        "and <style>",
        "href=\"javascript:",
    ] {
        assert!(!page.contains(raw), "{raw} reached the page raw");
    }
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("protesters' &quot;own&quot; &amp; &lt;b&gt;count&lt;/b&gt;"));
    // The javascript: address is shown, as text, in the conflict's side.
    assert!(page.contains("javascript:alert(3)"));
    assert!(page.contains(r#"href="https://example.org/tass/4?a=1&amp;b=2""#));
}

#[test]
fn a_report_file_runs_and_fetches_nothing() {
    let page = render(&claims(), None);
    assert!(!page.contains("<script"), "a report file has no script");
    assert!(!page.contains("<link"));
    assert!(!page.contains(" src=\""));
    assert!(page.contains(FILE_POLICY));
    // Every href is a web address of a claim or an anchor in the page.
    for (at, _) in page.match_indices("href=\"") {
        let rest = &page[at + 6..];
        assert!(
            rest.starts_with('#') || rest.starts_with("https://example.org/"),
            "{}",
            &rest[..rest.len().min(60)]
        );
    }
}

#[test]
fn a_served_page_names_its_refresh_script() {
    let page = render(&claims(), Some("/refresh.js"));
    assert!(page.contains(r#"<script src="/refresh.js" defer></script>"#));
    assert!(page.contains(SERVED_POLICY));
}

#[test]
fn the_page_holds_the_figures_marks_and_header_cells() {
    let page = render(&claims(), None);
    // 225 is the best figure, linked to its claim.
    assert!(page.contains(
        r#"<a href="https://example.org/tass/4?a=1&amp;b=2" rel="noopener noreferrer">225</a>"#
    ));
    // The retracted 164 stays in the timeline, marked.
    assert!(page.contains(r#"<tr class="retracted">"#));
    assert!(page.contains("✗ RETRACTED 2022-01-10"));
    // 26 vs 26 described two ways.
    assert!(page.contains("Characterization conflict"));
    assert!(page.contains(r#"<th scope="col">Best</th>"#));
    assert!(page.contains(r#"<th scope="row">"#));
    assert!(page.contains(r#"role="img" aria-labelledby="chart-0-title chart-0-desc""#));
    assert!(page.contains("<figcaption>"));
    assert!(page.contains("@media print"));
}

#[test]
fn relays_of_one_figure_fold_into_its_row() {
    let mut all = vec![
        ministry_26(1, "AFP"),
        ministry_26(2, "Reuters"),
        ministry_26(3, "DW"),
    ];
    all[1].url = "https://example.org/reuters".into();
    let page = render(&all, None);
    let timeline = &page[page.find("id=\"timeline\"").unwrap()..];
    assert_eq!(timeline.matches("<tr class=").count(), 1, "{timeline}");
    assert!(timeline.contains(
        r#"AFP, <a href="https://example.org/reuters" rel="noopener noreferrer">Reuters</a>, DW"#
    ));
}

#[test]
fn a_chart_of_many_figures_draws_the_most_cited_series_and_says_so() {
    let many: Vec<Claim> = (0..2_000)
        .map(|i| {
            ClaimBuilder::deaths(100 + i)
                .number(i64::from(i) + 1)
                .by(&format!(
                    "Official {:03}",
                    i % 40 + if i < 400 { 0 } else { 1 }
                ))
                .day(1 + i % 28)
                .build()
        })
        .collect();
    let rows = summary(&many, Moment::NOW, DAY);
    let chart = charts::chart("kz", "deaths", &many, &rows);
    let (drawn, total) = chart.figures;
    assert_eq!(total, 2_000);
    assert!(
        drawn <= charts::MAX_CHART_CLAIMS && drawn > 1_000,
        "{drawn}"
    );
    assert!(chart.series.0 < chart.series.1, "{:?}", chart.series);
    let svg = chart.svg.as_ref().unwrap();
    assert!(
        svg.contains("Official 001"),
        "the most cited series is drawn"
    );
    let page = charts::section(std::slice::from_ref(&chart)).into_string();
    assert!(page.contains(&format!(
        "Drawn from the {} most cited of {} series ({} of 2,000 figures).",
        chart.series.0,
        chart.series.1,
        crate::interchange::group_thousands(drawn as f64)
    )));
}
