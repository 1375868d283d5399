//! One chart per metric: the step chart `claimlog chart` draws, inline,
//! with a text alternative (an SVG title and description, and a caption
//! that says the current figures in words).
//!
//! A chart's size follows its points, so a metric with thousands of
//! figures is drawn from its most cited series only, up to
//! `MAX_CHART_CLAIMS` figures, and the caption says so: the page stays a
//! few megabytes at most and still shows the lines readers follow.

use super::shown;
use crate::domain::{Claim, Value};
use crate::render::reports::{figure_text, scope_label};
use crate::render::svg::step_chart;
use crate::report::summary::Row;
use crate::report::{Moment, shown_at};
use maud::{Markup, PreEscaped, html};
use std::collections::HashMap;

/// A chart draws at most this many figures.
pub const MAX_CHART_CLAIMS: usize = 1_500;

/// One metric's chart, ready for the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub metric: String,
    /// The SVG, or why the metric has none (it holds dates).
    pub svg: Result<String, String>,
    /// What the chart says, in words: its text alternative.
    pub description: String,
    /// Series and figures drawn, of how many.
    pub series: (usize, usize),
    pub figures: (usize, usize),
}

/// The line a claim is drawn on, as the chart groups them.
fn line_of(claim: &Claim) -> (&str, &str) {
    (claim.qualifier.as_str(), claim.series())
}

/// The chart of one metric's claims (already as they stood at the page's
/// date), described with the metric's summary rows.
pub fn chart(event: &str, metric: &str, claims: &[Claim], summary: &[Row]) -> Chart {
    let drawn = |c: &&Claim| shown_at(c, Moment::NOW) && matches!(c.value, Value::Count(_));
    let mut per_line: HashMap<(&str, &str), usize> = HashMap::new();
    for claim in claims.iter().filter(drawn) {
        *per_line.entry(line_of(claim)).or_default() += 1;
    }
    let total: usize = per_line.values().sum();
    let mut lines: Vec<((&str, &str), usize)> = per_line.into_iter().collect();
    lines.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut kept = 0;
    let mut budget = 0;
    for (_, n) in &lines {
        if kept > 0 && budget + n > MAX_CHART_CLAIMS {
            break;
        }
        kept += 1;
        budget += n;
    }
    let title = format!("{event} — {metric}");
    let svg = if kept == lines.len() {
        step_chart(claims, &title)
    } else {
        let chosen: std::collections::HashSet<(&str, &str)> =
            lines[..kept].iter().map(|(line, _)| *line).collect();
        let some: Vec<Claim> = claims
            .iter()
            .filter(drawn)
            .filter(|c| chosen.contains(&line_of(c)))
            .cloned()
            .collect();
        step_chart(&some, &title)
    };
    Chart {
        metric: metric.to_string(),
        svg,
        description: describe(metric, summary),
        series: (kept, lines.len()),
        figures: (budget, total),
    }
}

/// "deaths: best 230 (low 230, high 230), 1 claimant; …".
fn describe(metric: &str, summary: &[Row]) -> String {
    let parts: Vec<String> = summary
        .iter()
        .filter(|r| r.metric == metric)
        .map(|r| {
            format!(
                "{}: best {} (low {}, high {}), {} claimant{}",
                scope_label(&r.metric, &r.qualifier),
                figure_text(r.best),
                figure_text(r.low),
                figure_text(r.high),
                r.claimants,
                if r.claimants == 1 { "" } else { "s" }
            )
        })
        .collect();
    if parts.is_empty() {
        format!("{metric}: no current figure.")
    } else {
        format!("Current figures — {}.", parts.join("; "))
    }
}

/// The SVG with its title and description inside it and a role, so a
/// screen reader names the image.
fn labelled(svg: &str, index: usize, chart: &Chart) -> String {
    let title_id = format!("chart-{index}-title");
    let desc_id = format!("chart-{index}-desc");
    let inner = html! {
        title #(title_id) { "Chart of " (shown(&chart.metric)) " over time" }
        desc #(desc_id) { (shown(&chart.description)) }
    }
    .into_string();
    match svg.strip_prefix("<svg") {
        Some(rest) => match rest.split_once('>') {
            Some((attributes, body)) => format!(
                "<svg role=\"img\" aria-labelledby=\"{title_id} {desc_id}\"{attributes}>{inner}{body}"
            ),
            None => svg.to_string(),
        },
        None => svg.to_string(),
    }
}

fn thousands(n: usize) -> String {
    crate::interchange::group_thousands(n as f64)
}

/// The charts section.
pub fn section(charts: &[Chart]) -> Markup {
    html! {
        section #charts aria-labelledby="charts-h" {
            h2 #charts-h { "Charts" }
            @if charts.is_empty() { p.empty { "No figures to chart." } }
            @for (i, chart) in charts.iter().enumerate() {
                figure.chart {
                    @match &chart.svg {
                        Ok(svg) => (PreEscaped(labelled(svg, i, chart))),
                        Err(why) => p.empty { (shown(why)) },
                    }
                    figcaption {
                        strong { (shown(&chart.metric)) } ". " (shown(&chart.description))
                        @if chart.series.0 < chart.series.1 {
                            " Drawn from the " (chart.series.0) " most cited of " (chart.series.1)
                            " series (" (thousands(chart.figures.0)) " of " (thousands(chart.figures.1)) " figures)."
                        }
                    }
                }
            }
        }
    }
}
