//! Rendering the reports: JSON in the documented shapes, and grids for
//! tables, Markdown and CSV.

use super::{Grid, Mark};
use crate::domain::{Claim, Kind, Status};
use crate::interchange::{Bound, ClaimRecord, Record, bounds, display_value, group_thousands};
use crate::report::compare::Report as CompareReport;
use crate::report::conflicts::Conflict;
use crate::report::summary::{Figure, Row, sparkline};
use crate::report::timeline::{Change, Entry};
use serde_json::{Map, Value as Json, json};

fn record(claim: &Claim) -> Map<String, Json> {
    let mut map = Record::from_claim(claim).to_json();
    map.insert("number".into(), json!(claim.number));
    map
}

fn figure_json(f: Option<Figure>) -> Json {
    match f {
        None => Json::Null,
        Some(Figure::Number(n)) => serde_json::to_value(Bound::number(n)).unwrap_or(Json::Null),
        Some(Figure::Day(d)) => json!(crate::domain::iso_day(d)),
    }
}

pub(crate) fn figure_text(f: Option<Figure>) -> String {
    match f {
        None => "—".into(),
        Some(Figure::Number(n)) => group_thousands(n),
        Some(Figure::Day(d)) => crate::domain::iso_day(d),
    }
}

pub(crate) fn scope_label(metric: &str, qualifier: &str) -> String {
    if qualifier.is_empty() {
        metric.to_string()
    } else {
        format!("{metric} ({qualifier})")
    }
}

// ---- timeline -------------------------------------------------------------

pub fn timeline_json(entries: &[Entry]) -> Json {
    Json::Array(
        entries
            .iter()
            .map(|e| {
                let mut map = record(e.claim);
                map.insert("series".into(), json!(e.series));
                map.insert("change".into(), json!(e.change.as_str()));
                map.insert("previous".into(), json!(e.previous));
                Json::Object(map)
            })
            .collect(),
    )
}

pub fn timeline_grid(entries: &[Entry]) -> Grid {
    let mut grid = Grid::new(&[
        "as of", "scope", "series", "value", "as said", "change", "previous", "source", "#",
    ])
    // The quote repeats the value; previous is the row above; the series
    // and number matter less than who said what, when.
    .dropping(&["as said", "previous", "#", "series"]);
    for e in entries {
        let c = e.claim;
        let (change, mark) = match e.change {
            Change::First => ("first".to_string(), Mark::Plain),
            Change::Up => ("↑ up".to_string(), Mark::Plain),
            Change::Down => ("↓ down".to_string(), Mark::Plain),
            Change::Same => ("= same".to_string(), Mark::Dim),
            Change::Late => ("· late relay".to_string(), Mark::Dim),
            Change::Unordered => ("? order unknown".to_string(), Mark::Warn),
            Change::Retracted => (
                format!(
                    "✗ RETRACTED {}",
                    c.retracted_at.map(|w| w.to_iso()).unwrap_or_default()
                )
                .trim_end()
                .to_string(),
                Mark::Warn,
            ),
        };
        let plain = |s: String| (s, Mark::Plain);
        grid.push_marked(vec![
            plain(c.as_of.to_iso()),
            plain(scope_label(&c.metric, &c.qualifier)),
            plain(e.series.clone()),
            (display_value(&c.value, &c.text), mark),
            plain(c.text.clone()),
            (change, mark),
            plain(e.previous.clone().unwrap_or_default()),
            plain(c.source.clone()),
            plain(c.number.to_string()),
        ]);
    }
    grid
}

// ---- summary --------------------------------------------------------------

pub fn summary_row_json(r: &Row) -> Json {
    json!({
        "event": r.event,
        "metric": r.metric,
        "qualifier": r.qualifier,
        "kind": r.kind.as_str(),
        "low": figure_json(r.low),
        "best": figure_json(r.best),
        "high": figure_json(r.high),
        "claimants": r.claimants,
        "sources": r.sources,
        "claims": r.claims,
        "first_as_of": r.first_as_of.to_iso(),
        "last_as_of": r.last_as_of.to_iso(),
        "stale": r.stale,
        "order_unknown": r.order_unknown,
    })
}

/// The best figure, saying when a series' figures of one day have no
/// known order (both then count, and the reader should know).
fn best_text(r: &Row) -> String {
    let best = figure_text(r.best);
    if r.order_unknown.is_empty() {
        best
    } else {
        format!("{best} (order unknown: {})", r.order_unknown.join(", "))
    }
}

pub fn summary_json(rows: &[Row]) -> Json {
    Json::Array(rows.iter().map(summary_row_json).collect())
}

/// The summary as a grid; `trend` adds the sparkline column (tables only),
/// `event` an event column (summaries of every event).
pub fn summary_grid(rows: &[Row], trend: bool, event: bool) -> Grid {
    let mut headers = vec![
        "scope",
        "low",
        "best",
        "high",
        "claimants",
        "sources",
        "claims",
        "first",
        "last",
        "stale",
    ];
    if trend {
        headers.push("trend");
    }
    if event {
        headers.insert(0, "event");
    }
    // Counts of claims and sources back the claimants column; the trend and
    // first date are context, the range and the latest date the story.
    let mut grid = Grid::new(&headers).dropping(&["trend", "stale", "first", "claims", "sources"]);
    for r in rows {
        let mut row = vec![
            scope_label(&r.metric, &r.qualifier),
            figure_text(r.low),
            best_text(r),
            figure_text(r.high),
            r.claimants.to_string(),
            r.sources.to_string(),
            r.claims.to_string(),
            r.first_as_of.to_iso(),
            r.last_as_of.to_iso(),
            r.stale.to_string(),
        ];
        if event {
            row.insert(0, r.event.clone());
        }
        if trend {
            row.push(if r.kind == Kind::Count {
                sparkline(&r.trend, 12)
            } else {
                String::new()
            });
        }
        grid.push(row);
    }
    grid
}

// ---- compare --------------------------------------------------------------

pub fn compare_json(report: &CompareReport, event: &str, as_of: Option<String>) -> Json {
    json!({
        "event": event,
        "as_of": as_of,
        "by": report.by.as_str(),
        "cells": report.cells.iter().map(|c| {
            let (low, high) = bounds(&c.claim.value);
            json!({
                "metric": c.metric,
                "qualifier": c.qualifier,
                "series": c.series,
                "value": c.claim.text,
                "low": low,
                "high": high,
                "as_of": c.claim.as_of.to_iso(),
                "stale": c.stale,
                "conflict": c.conflict,
                "sources": c.sources,
                "claimant": c.claim.claimant,
                "id": c.claim.id,
                "number": c.claim.number,
            })
        }).collect::<Vec<_>>(),
        "summary": report.summary.iter().map(summary_row_json).collect::<Vec<_>>(),
    })
}

/// The pivot: rows are series, columns scopes; summary rows under it.
/// Conflicting cells carry `!` and stale ones `(stale)`, with colour too
/// on a terminal.
pub fn compare_grid(report: &CompareReport) -> Grid {
    let mut headers: Vec<String> = vec![report.by.as_str().to_string()];
    headers.extend(report.scopes.iter().map(|(m, q)| scope_label(m, q)));
    let mut grid = Grid {
        headers,
        ..Grid::default()
    };
    for row in &report.rows {
        let mut cells = vec![(row.clone(), Mark::Plain)];
        for scope in &report.scopes {
            cells.push(match report.cell(row, scope) {
                None => (String::new(), Mark::Plain),
                Some(cell) => {
                    let value = display_value(&cell.claim.value, &cell.claim.text);
                    let date = cell.claim.as_of.date().format("%m-%d");
                    if cell.conflict {
                        (format!("{value} ({date}) !"), Mark::Warn)
                    } else if cell.stale {
                        (format!("{value} ({date}) (stale)"), Mark::Dim)
                    } else {
                        (format!("{value} ({date})"), Mark::Plain)
                    }
                }
            });
        }
        grid.push_marked(cells);
    }
    type Line = (&'static str, fn(&Row) -> String);
    let lines: [Line; 4] = [
        ("= low", |r| figure_text(r.low)),
        ("= best", |r| figure_text(r.best)),
        ("= high", |r| figure_text(r.high)),
        ("= claimants", |r| r.claimants.to_string()),
    ];
    for (label, text) in lines {
        let mut cells = vec![(label.to_string(), Mark::Good)];
        for scope in &report.scopes {
            let summary = report
                .summary
                .iter()
                .find(|r| r.metric == scope.0 && r.qualifier == scope.1);
            cells.push((summary.map(text).unwrap_or_default(), Mark::Good));
        }
        grid.push_marked(cells);
    }
    grid
}

/// The legend printed under a compare table.
pub const COMPARE_LEGEND: &str = "! disagrees with another current figure · (stale) older than the window of the newest · (MM-DD) as of";

// ---- conflicts ------------------------------------------------------------

/// One conflict as the JSON shape says, serialized straight from the
/// records: building a JSON tree per pair cost more than the sweep did.
#[derive(serde::Serialize)]
struct ConflictOut<'a> {
    kind: &'static str,
    metric: &'a str,
    a: Numbered,
    b: Numbered,
    gap: Bound,
}

/// A record with its local number last, as `record` builds it.
#[derive(serde::Serialize)]
struct Numbered {
    #[serde(flatten)]
    record: ClaimRecord,
    number: i64,
}

impl<'a> ConflictOut<'a> {
    fn of(c: &Conflict<'a>) -> ConflictOut<'a> {
        let numbered = |claim: &Claim| Numbered {
            record: Record::from_claim(claim),
            number: claim.number,
        };
        ConflictOut {
            kind: c.kind.as_str(),
            metric: c.metric,
            a: numbered(c.a),
            b: numbered(c.b),
            gap: Bound::number(c.gap),
        }
    }
}

fn conflict_json(c: &Conflict) -> Json {
    json!({
        "kind": c.kind.as_str(),
        "metric": c.metric,
        "a": Json::Object(record(c.a)),
        "b": Json::Object(record(c.b)),
        "gap": serde_json::to_value(Bound::number(c.gap)).unwrap_or(Json::Null),
    })
}

pub fn conflicts_json(conflicts: &[Conflict]) -> Json {
    Json::Array(conflicts.iter().map(conflict_json).collect())
}

/// Writes conflicts as they come, never holding the list: a pretty JSON
/// array, one compact object per line (JSONL), or CSV rows under one
/// header, the same columns as the table.
pub struct ConflictWriter<W: std::io::Write> {
    out: W,
    format: super::Format,
    written: usize,
}

impl<W: std::io::Write> ConflictWriter<W> {
    pub fn new(out: W, format: super::Format) -> ConflictWriter<W> {
        ConflictWriter {
            out,
            format,
            written: 0,
        }
    }

    pub fn write(&mut self, conflicts: &[Conflict]) -> std::io::Result<()> {
        use super::Format;
        for c in conflicts {
            match self.format {
                Format::Jsonl => {
                    serde_json::to_writer(&mut self.out, &ConflictOut::of(c))?;
                    self.out.write_all(b"\n")?;
                }
                Format::Csv => {
                    let csv = conflicts_grid(std::slice::from_ref(c)).to_csv();
                    // The header once, then only the row.
                    let row = match self.written {
                        0 => csv.as_str(),
                        _ => csv.split_once('\n').map_or("", |(_, row)| row),
                    };
                    self.out.write_all(row.as_bytes())?;
                }
                _ => {
                    self.out
                        .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                    serde_json::to_writer_pretty(&mut self.out, &ConflictOut::of(c))?;
                }
            }
            self.written += 1;
        }
        Ok(())
    }

    /// Closes the array (JSON), or writes the CSV header when no row did.
    pub fn finish(mut self) -> std::io::Result<W> {
        use super::Format;
        match (self.format, self.written) {
            (Format::Jsonl, _) => {}
            (Format::Csv, 0) => self
                .out
                .write_all(conflicts_grid(&[]).to_csv().as_bytes())?,
            (Format::Csv, _) => {}
            (_, 0) => self.out.write_all(b"[]\n")?,
            _ => self.out.write_all(b"\n]\n")?,
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// The line under a table or Markdown that shows only the widest.
pub fn conflicts_shown(shown: usize, total: usize) -> String {
    format!(
        "showing the widest {} of {}; --limit 0 for all",
        group_thousands(shown as f64),
        group_thousands(total as f64)
    )
}

fn side(c: &Claim) -> String {
    let who = if c.claimant.is_empty() {
        c.source.clone()
    } else if c.source.is_empty() {
        c.claimant.clone()
    } else {
        format!("{} via {}", c.claimant, c.source)
    };
    let qualifier = if c.qualifier.is_empty() {
        String::new()
    } else {
        format!(" {}", c.qualifier)
    };
    format!(
        "{}{} — {} ({}, #{})",
        display_value(&c.value, &c.text),
        qualifier,
        who,
        c.as_of.to_iso(),
        c.number
    )
}

pub fn conflicts_grid(conflicts: &[Conflict]) -> Grid {
    // The kind is plain from the two figures side by side.
    let mut grid = Grid::new(&["kind", "metric", "a", "b", "gap"]).dropping(&["kind"]);
    for c in conflicts {
        let gap = match c.a.kind() {
            _ if c.gap == 0.0 => "same figure".to_string(),
            Kind::Date => format!("{} day(s)", group_thousands(c.gap)),
            _ => group_thousands(c.gap),
        };
        let mark = if c.a.status == Status::Active {
            Mark::Warn
        } else {
            Mark::Dim
        };
        grid.push_marked(vec![
            (c.kind.as_str().to_string(), mark),
            (c.metric.to_string(), Mark::Plain),
            (side(c.a), Mark::Plain),
            (side(c.b), Mark::Plain),
            (gap, Mark::Plain),
        ]);
    }
    grid
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::conflicts::conflicts;
    use crate::report::fixture::{claim, count, date};
    use crate::report::{DAY, conflicts::Kind as ConflictKind};

    #[test]
    fn streamed_conflicts_print_exactly_the_documented_json() {
        let mut withdrawn = claim(3, "deaths", "", count(40.0, 40.0), 9, "RFI", "Hospital");
        withdrawn.tags = vec!["a".into(), "b".into()];
        withdrawn.said_at = None;
        let claims = vec![
            claim(
                1,
                "deaths",
                "",
                count(26.0, 26.0),
                9,
                "AFP",
                "Interior Ministry",
            ),
            claim(
                2,
                "deaths",
                "",
                count(164.5, 164.5),
                9,
                "Khabar 24",
                "Health Ministry",
            ),
            withdrawn,
            claim(4, "arrival", "troops", date(6), 9, "TASS", ""),
            claim(5, "arrival", "troops", date(5), 9, "AFP", ""),
        ];
        let found = conflicts(&claims, DAY, &crate::report::Cumulative::new());
        assert!(found.len() >= 3 && found.iter().all(|c| c.kind == ConflictKind::Value));
        for c in &found {
            let tree = serde_json::to_string_pretty(&conflict_json(c)).unwrap();
            let direct = serde_json::to_string_pretty(&ConflictOut::of(c)).unwrap();
            assert_eq!(direct, tree);
        }
        let mut out = ConflictWriter::new(Vec::new(), super::super::Format::Json);
        out.write(&found).unwrap();
        let text = String::from_utf8(out.finish().unwrap()).unwrap();
        let parsed: Json = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed, conflicts_json(&found));
    }
}
