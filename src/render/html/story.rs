//! The conflicts, each side with its quote, outlet, claimant, date and
//! link; and the timeline, scope by scope, with revisions and retractions
//! marked and the outlets relaying one figure folded into its row.

use super::{Page, links, shown};
use crate::domain::{Claim, Kind};
use crate::interchange::{display_value, group_thousands};
use crate::render::reports::scope_label;
use crate::report::conflicts::{Conflict, Kind as ConflictKind};
use crate::report::timeline::{Change, Entry};
use maud::{Markup, html};
use std::collections::HashMap;

/// A scope's timeline shows at most this many rows (the latest); the
/// table says how many earlier ones it left out.
pub const MAX_TIMELINE_ROWS: usize = 50;

fn kind_words(kind: ConflictKind) -> (&'static str, &'static str) {
    match kind {
        ConflictKind::Value => ("Value conflict", "the figures cannot both be right"),
        ConflictKind::Characterization => (
            "Characterization conflict",
            "the same figure, described differently",
        ),
        ConflictKind::Echo => ("Echo conflict", "one claimant, reported two ways"),
    }
}

/// One side of a conflict.
fn side(label: &str, claim: &Claim) -> Markup {
    let value = display_value(&claim.value, &claim.text);
    let claimant = if claim.claimant.is_empty() {
        "(unattributed: the outlet's own figure)".to_string()
    } else if claim.citing.is_empty() {
        claim.claimant.clone()
    } else {
        format!("{}, citing {}", claim.claimant, claim.citing)
    };
    html! {
        div.side {
            p.which { (label) }
            p.figure {
                strong { (links::to_claim(claim, &value)) }
                @if !claim.qualifier.is_empty() { " " span.qualifier { (shown(&claim.qualifier)) } }
            }
            dl {
                dt { "Claimant" } dd { (shown(&claimant)) }
                dt { "Outlet" } dd { (shown(if claim.source.is_empty() { "—" } else { &claim.source })) }
                dt { "Date" } dd { (claim.as_of.to_iso()) }
                dt { "As said" } dd { "“" (shown(&claim.text)) "”" }
                @if !claim.quote.is_empty() {
                    dt { "Quote" }
                    dd { blockquote { @for (i, line) in claim.quote.lines().enumerate() {
                        @if i > 0 { br; }
                        (shown(line))
                    } } }
                }
                dt { "Link" } dd { (links::address(&claim.url)) }
            }
        }
    }
}

/// The conflicts, widest first.
pub fn conflicts(page: &Page) -> Markup {
    let event = &page.event.slug;
    html! {
        section #conflicts aria-labelledby="conflicts-h" {
            h2 #conflicts-h { "Where sources disagree" }
            @if page.conflicts.is_empty() {
                p.empty { "No conflicts: no two current figures contradict each other." }
            } @else {
                p {
                    (page.conflicts_total) " conflict" @if page.conflicts_total != 1 { "s" } ", widest first."
                    @if page.conflicts_total > page.conflicts.len() {
                        " Showing the " (page.conflicts.len()) " widest; "
                        code { "claimlog conflicts " (shown(event)) " --limit 0" } " lists them all."
                    }
                }
                @for (i, c) in page.conflicts.iter().enumerate() {
                    @let (title, meaning) = kind_words(c.kind);
                    article.conflict aria-labelledby=(format!("conflict-{i}")) {
                        h3 #(format!("conflict-{i}")) {
                            span.mark.conflict { "⚠" } " " (title) " · " (shown(c.metric)) " · "
                            (gap_text(c))
                        }
                        p.meaning { (meaning) }
                        div.sides {
                            (side("One side", c.a))
                            (side("Other side", c.b))
                        }
                    }
                }
            }
        }
    }
}

fn gap_text(c: &Conflict) -> String {
    match c.a.kind() {
        _ if c.gap == 0.0 => "same figure".to_string(),
        Kind::Date => format!("{} day(s) apart", group_thousands(c.gap)),
        _ => format!("{} apart", group_thousands(c.gap)),
    }
}

/// One row of the timeline: a figure, and the later relays of it.
struct Row<'e, 'a> {
    entry: &'e Entry<'a>,
    relays: Vec<&'e Entry<'a>>,
}

/// The rows of one scope's entries (oldest first): a relay of a figure
/// the series already gave (same, or relayed late), or a retraction of
/// one already shown retracted, joins that figure's row.
fn fold<'e, 'a>(entries: &[&'e Entry<'a>]) -> Vec<Row<'e, 'a>> {
    let mut rows: Vec<Row> = Vec::new();
    let mut seen: HashMap<(&str, String, bool), usize> = HashMap::new();
    for &entry in entries {
        let value = display_value(&entry.claim.value, &entry.claim.text);
        let retracted = entry.change == Change::Retracted;
        let joins = matches!(
            entry.change,
            Change::Same | Change::Late | Change::Retracted
        );
        let key = (entry.series.as_str(), value, retracted);
        if joins && let Some(&at) = seen.get(&key) {
            rows[at].relays.push(entry);
            continue;
        }
        seen.insert(key, rows.len());
        rows.push(Row {
            entry,
            relays: Vec::new(),
        });
    }
    rows
}

/// What a row's figure did to its series, and for a retraction why
/// (the reason reads in plain type under the mark).
fn change_text(entry: &Entry) -> (String, Option<String>) {
    let from = |arrow: &str, word: &str| match &entry.previous {
        Some(p) => format!("{arrow} {word} from {p}"),
        None => format!("{arrow} {word}"),
    };
    let mark = match entry.change {
        Change::First => "first".to_string(),
        Change::Up => from("↑", "revised up"),
        Change::Down => from("↓", "revised down"),
        Change::Same => "= same".to_string(),
        Change::Late => "· relayed late".to_string(),
        Change::Unordered => "? order unknown".to_string(),
        Change::Retracted => {
            let c = entry.claim;
            let mut text = "✗ RETRACTED".to_string();
            if let Some(when) = c.retracted_at {
                text.push_str(&format!(" {}", when.to_iso()));
            }
            if !c.retracted_by.is_empty() {
                text.push_str(&format!(" by {}", c.retracted_by));
            }
            let reason = Some(c.retract_reason.clone()).filter(|r| !r.is_empty());
            return (text, reason);
        }
    };
    (mark, None)
}

fn change_class(change: Change) -> &'static str {
    match change {
        Change::Up => "up",
        Change::Down => "down",
        Change::Retracted => "retracted",
        Change::Unordered => "unordered",
        Change::First => "first",
        Change::Same | Change::Late => "same",
    }
}

/// The outlets that carried a row's figure, each linked to its claim.
fn carried_by(row: &Row) -> Markup {
    html! {
        @for (i, e) in std::iter::once(row.entry).chain(row.relays.iter().copied()).enumerate() {
            @if i > 0 { ", " }
            (links::to_claim(e.claim, if e.claim.source.is_empty() { "(no outlet)" } else { &e.claim.source }))
        }
    }
}

fn scope_table(event: &str, scope: &(String, String), entries: &[&Entry]) -> Markup {
    let rows = fold(entries);
    let left_out = rows.len().saturating_sub(MAX_TIMELINE_ROWS);
    let label = scope_label(&scope.0, &scope.1);
    html! {
        h3 { (shown(&label)) }
        @if left_out > 0 {
            p.left-out {
                "The " (left_out) " earliest rows are left out; "
                code { "claimlog timeline " (shown(event)) " --metric " (shown(&scope.0)) } " lists them all."
            }
        }
        div.scroll {
            table.timeline.cards {
                // The heading above says it to the eye; the caption names
                // the table for a screen reader.
                caption.unseen { "Timeline of " (shown(&label)) ", oldest first" }
                thead { tr {
                    th scope="col" { "As of" }
                    th scope="col" { "Figure" }
                    th scope="col" { "Series" }
                    th scope="col" { "Change" }
                    th scope="col" { "Carried by" }
                } }
                tbody {
                    @for row in &rows[left_out..] {
                        @let c = row.entry.claim;
                        tr class=(change_class(row.entry.change)) {
                            th scope="row" { (c.as_of.to_iso()) }
                            td.figure data-label="Figure" { (links::to_claim(c, &display_value(&c.value, &c.text))) }
                            td data-label="Series" { (shown(&row.entry.series)) }
                            @let (mark, reason) = change_text(row.entry);
                            td.change.whole data-label="Change" {
                                span.what { (shown(&mark)) }
                                @if let Some(reason) = reason { br; span.reason { (shown(&reason)) } }
                            }
                            td.whole data-label="Carried by" { (carried_by(row)) }
                        }
                    }
                }
            }
        }
    }
}

/// The timeline, one table per scope.
pub fn timeline(page: &Page) -> Markup {
    let mut scopes: Vec<((String, String), Vec<&Entry>)> = Vec::new();
    for entry in page.timeline {
        let c = entry.claim;
        match scopes.last_mut() {
            Some((scope, list)) if scope.0 == c.metric && scope.1 == c.qualifier => {
                list.push(entry)
            }
            _ => scopes.push(((c.metric.clone(), c.qualifier.clone()), vec![entry])),
        }
    }
    html! {
        section #timeline aria-labelledby="timeline-h" {
            h2 #timeline-h { "Timeline" }
            p { "Every figure, oldest first, scope by scope. Outlets relaying a figure its series already gave are listed on that figure's row; retracted figures stay, struck through." }
            @for (scope, entries) in &scopes {
                (scope_table(&page.event.slug, scope, entries))
            }
        }
    }
}
