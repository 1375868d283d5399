//! The current figures (the summary, each figure linked to a claim that
//! gave it) and the comparison tables by claimant and by source.

use super::{Page, links, shown};
use crate::domain::{Claim, Value};
use crate::interchange::display_value;
use crate::render::reports::{figure_text, scope_label};
use crate::report::compare::{Cell, Report};
use crate::report::point;
use crate::report::summary::{Figure, Row};
use maud::{Markup, html};

/// A comparison shows at most this many rows (the ones with the most
/// figures); the caption says how many it left out.
pub const MAX_COMPARE_ROWS: usize = 60;

/// A figure cell names at most this many claimants behind it.
const MAX_NAMES: usize = 6;

/// Which end of a summary row a figure is.
#[derive(Clone, Copy)]
enum End {
    Low,
    Best,
    High,
}

/// A current claim of the scope that gave `figure` at `end`, to link it.
fn source_of<'a>(cells: &[&Cell<'a>], figure: Figure, end: End) -> Option<&'a Claim> {
    cells
        .iter()
        .map(|c| c.claim)
        .find(|claim| match (figure, &claim.value) {
            (Figure::Number(n), Value::Count(count)) => match end {
                End::Low => count.low == Some(n),
                End::Best => point(&claim.value) == Some(n),
                End::High => count.high == Some(n),
            },
            (Figure::Day(d), Value::Date(span)) => match end {
                End::Low | End::Best => span.start == d,
                End::High => span.end == d,
            },
            _ => false,
        })
}

/// One figure of a summary row, linked to where it appeared.
fn figure(cells: &[&Cell], f: Option<Figure>, end: End) -> Markup {
    let text = figure_text(f);
    match f.and_then(|f| source_of(cells, f, end)) {
        Some(claim) => links::to_claim(claim, &text),
        None => html! { (text) },
    }
}

/// The current (not stale) cells of one scope in a comparison.
fn current_cells<'r, 'a>(report: &'r Report<'a>, row: &Row) -> Vec<&'r Cell<'a>> {
    report
        .cells
        .iter()
        .filter(|c| c.metric == row.metric && c.qualifier == row.qualifier && !c.stale)
        .collect()
}

/// The cells a row's figures may link to: the claimants' current figures,
/// then the outlets' (a series' other figure of its last day, when no
/// time orders the two, shows only there).
fn linkable<'r, 'a>(page: &'r Page<'a>, row: &Row) -> Vec<&'r Cell<'a>> {
    let mut cells = current_cells(page.by_claimant, row);
    cells.extend(current_cells(page.by_source, row));
    cells
}

/// "Interior Ministry, Health Ministry and 3 more".
fn names(cells: &[&Cell]) -> Markup {
    let more = cells.len().saturating_sub(MAX_NAMES);
    html! {
        @for (i, cell) in cells.iter().take(MAX_NAMES).enumerate() {
            @if i > 0 { ", " }
            (links::to_claim(cell.claim, &cell.series))
        }
        @if more > 0 { " and " (more) " more" }
    }
}

/// The summary: one row per scope, low/best/high linked to their claims.
pub fn current(page: &Page) -> Markup {
    html! {
        section #figures aria-labelledby="figures-h" {
            h2 #figures-h { "Current figures" }
            @if page.summary.is_empty() {
                p.empty { "No figure counts at this date." }
            } @else {
                div.scroll {
                    table.figures.cards {
                        caption { "Each scope's current range and best figure, and who stands behind it. Figures link to where they appeared." }
                        thead { tr {
                            th scope="col" { "Scope" }
                            th scope="col" { "Low" }
                            th scope="col" { "Best" }
                            th scope="col" { "High" }
                            th scope="col" { "Claimants" }
                            th scope="col" { "Sources" }
                            th scope="col" { "Claims" }
                            th scope="col" { "Latest" }
                            th scope="col" { "Stale" }
                        } }
                        tbody {
                            @for row in page.summary {
                                @let cells = linkable(page, row);
                                tr {
                                    th scope="row" { (shown(&scope_label(&row.metric, &row.qualifier))) }
                                    td.num data-label="Low" { (figure(&cells, row.low, End::Low)) }
                                    td.num.best data-label="Best" {
                                        (figure(&cells, row.best, End::Best))
                                        @if !row.order_unknown.is_empty() {
                                            " " span.mark.unordered { "order unknown: " (shown(&row.order_unknown.join(", "))) }
                                        }
                                    }
                                    td.num data-label="High" { (figure(&cells, row.high, End::High)) }
                                    td.whole data-label="Claimants" { span.count { (row.claimants) } " " span.who { (names(&current_cells(page.by_claimant, row))) } }
                                    td.num data-label="Sources" { (row.sources) }
                                    td.num data-label="Claims" { (row.claims) }
                                    td.when data-label="Latest" { (row.last_as_of.to_iso()) }
                                    td.num data-label="Stale" { (row.stale) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The rows a comparison shows: all, or the ones with the most figures
/// (ties by name), in name order; and how many were left out.
fn shown_rows<'r>(report: &'r Report) -> (Vec<&'r String>, usize) {
    if report.rows.len() <= MAX_COMPARE_ROWS {
        return (report.rows.iter().collect(), 0);
    }
    let mut filled: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for cell in &report.cells {
        *filled.entry(cell.series.as_str()).or_default() += 1;
    }
    let mut ranked: Vec<&String> = report.rows.iter().collect();
    ranked.sort_by(|a, b| {
        let (fa, fb) = (filled.get(a.as_str()), filled.get(b.as_str()));
        fb.cmp(&fa).then(a.cmp(b))
    });
    ranked.truncate(MAX_COMPARE_ROWS);
    ranked.sort();
    (ranked, report.rows.len() - MAX_COMPARE_ROWS)
}

/// One cell of a comparison: the figure (linked), its date, its marks.
fn compare_cell(cell: &Cell) -> Markup {
    let value = display_value(&cell.claim.value, &cell.claim.text);
    let class = match (cell.conflict, cell.stale) {
        (true, true) => Some("conflict stale"),
        (true, false) => Some("conflict"),
        (false, true) => Some("stale"),
        (false, false) => None,
    };
    html! {
        td class=[class] {
            (links::to_claim(cell.claim, &value))
            " " span.date { (cell.claim.as_of.date().format("%m-%d").to_string()) }
            @if cell.conflict { " " span.mark.conflict title="disagrees with another current figure" { "⚠ conflict" } }
            @if cell.stale { " " span.mark.stale title="older than the window of the newest figure" { "stale" } }
        }
    }
}

/// One comparison table (by claimant or by source).
fn comparison(report: &Report, id: &str, event: &str) -> Markup {
    let (rows, left_out) = shown_rows(report);
    let by = report.by.as_str();
    type Line = (&'static str, fn(&Row) -> String);
    let lines: [Line; 4] = [
        ("Low", |r| figure_text(r.low)),
        ("Best", |r| figure_text(r.best)),
        ("High", |r| figure_text(r.high)),
        ("Claimants", |r| r.claimants.to_string()),
    ];
    let summary_of = |scope: &(String, String)| {
        report
            .summary
            .iter()
            .find(|r| r.metric == scope.0 && r.qualifier == scope.1)
    };
    html! {
        h3 #(id) { "By " (by) }
        // Said above the table, not in a caption that scrolls with it.
        p.caption {
            "What each " (by) " says now: its latest figure per scope and the day it refers to (MM-DD)."
            @if left_out > 0 {
                " Showing the " (rows.len()) " " (by) "s with the most figures; " (left_out)
                " more are left out (" code { "claimlog compare " (shown(event)) " --by " (by) } " lists them all)."
            }
        }
        div.scroll {
            table.compare {
                caption.unseen { "Latest figure of each " (by) ", per scope" }
                thead { tr {
                    th scope="col" { (by) }
                    @for (metric, qualifier) in &report.scopes {
                        th scope="col" { (shown(&scope_label(metric, qualifier))) }
                    }
                } }
                tbody {
                    @for row in &rows {
                        tr {
                            th scope="row" { (shown(row)) }
                            @for scope in &report.scopes {
                                @match report.cell(row, scope) {
                                    Some(cell) => (compare_cell(cell)),
                                    None => td.empty {},
                                }
                            }
                        }
                    }
                }
                tfoot {
                    @for (label, text) in lines {
                        tr {
                            th scope="row" { (label) }
                            @for scope in &report.scopes {
                                td.num { (summary_of(scope).map(text).unwrap_or_default()) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Both comparisons, with the legend of their marks.
pub fn comparisons(page: &Page) -> Markup {
    html! {
        section #compare aria-labelledby="compare-h" {
            h2 #compare-h { "Side by side" }
            @if page.by_claimant.cells.is_empty() {
                p.empty { "No figure counts at this date." }
            } @else {
                p.legend {
                    span.mark.conflict { "⚠ conflict" } " disagrees with another current figure · "
                    span.mark.stale { "stale" } " older than the window of the newest figure"
                }
                (comparison(page.by_claimant, "by-claimant", &page.event.slug))
                (comparison(page.by_source, "by-source", &page.event.slug))
            }
        }
    }
}
