//! `claimlog report`: the whole story of one event as a self-contained
//! HTML page (figures, charts, comparisons, conflicts, timeline), to
//! print, send or publish. `serve` builds the same page per request.

use super::filters::Picture;
use super::{Ctx, note};
use crate::domain::Claim;
use crate::render::html::{self, Chart, Page, charts};
use crate::report::compare::{By, compare};
use crate::report::conflicts::{Conflict, batch_for, in_order};
use crate::report::snapshot::as_stood;
use crate::report::timeline::timeline;
use crate::report::{Cumulative, Moment};
use crate::store::{ClaimFilter, Store};
use anyhow::Result;
use std::path::PathBuf;

/// A page shows at most this many conflicts, the widest; it says how many
/// there are in all.
pub const MAX_CONFLICTS: usize = 50;

/// Write one HTML page with the whole story of an event: the current
/// figures with their range and claimants, a chart per metric, the
/// comparison by claimant and by source, the conflicts with each side's
/// quote and link, and the timeline. It needs no network and runs no
/// script; every figure links to where it appeared.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog report kz-unrest-2022 -o story.html
  claimlog report kz-unrest-2022 --as-of 2022-01-09 -o jan9.html   # the page as it stood on 9 January
  claimlog report kz-unrest-2022 --metric deaths --metric injured -o tolls.html")]
pub struct Args {
    pub event: String,
    /// Where to write the page (default: EVENT.html; - for stdout).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Only these metrics (repeatable).
    #[arg(long = "metric")]
    pub metrics: Vec<String>,
    #[command(flatten)]
    pub picture: Picture,
}

/// What a page shows: which event, at which moment, which metrics.
pub struct View<'a> {
    pub event: &'a str,
    pub t: Moment,
    /// The window in seconds, and as the user wrote it.
    pub window: i64,
    pub window_text: &'a str,
    /// The moment as the page writes it (`None`: now).
    pub as_of: Option<String>,
    pub metrics: &'a [String],
    /// Served pages: the refresh script's address.
    pub live: Option<&'a str>,
}

/// The event's claims of the metrics asked for, grouped by metric (so each
/// metric's chart draws from one slice). Unknown names are errors that
/// suggest the closest one.
pub fn event_claims(store: &Store, event: &str, metrics: &[String]) -> Result<Vec<Claim>> {
    store.require_event(event)?;
    for metric in metrics {
        store.require_metric(metric)?;
    }
    let mut claims = store.claims(&ClaimFilter {
        event: Some(event.to_string()),
        ..Default::default()
    })?;
    if !metrics.is_empty() {
        claims.retain(|c| metrics.iter().any(|m| m.eq_ignore_ascii_case(&c.metric)));
    }
    claims.sort_by(|a, b| a.metric.cmp(&b.metric));
    Ok(claims)
}

/// The widest conflicts among `claims` and how many there are in all.
fn widest<'a>(
    claims: &'a [Claim],
    window: i64,
    cumulative: &Cumulative,
) -> (Vec<Conflict<'a>>, usize) {
    let mut shown = Vec::new();
    let total = in_order(
        claims,
        window,
        cumulative,
        batch_for(claims.len()),
        Some(MAX_CONFLICTS),
        |rows| {
            shown.extend_from_slice(rows);
            Ok::<(), std::convert::Infallible>(())
        },
    )
    .unwrap_or_else(|never| match never {});
    (shown, total)
}

/// The charts of the metrics that hold counts, one per metric.
fn all_charts(event: &str, claims: &[Claim], rows: &[crate::report::summary::Row]) -> Vec<Chart> {
    claims
        .chunk_by(|a, b| a.metric == b.metric)
        .filter(|group| {
            group
                .iter()
                .any(|c| matches!(c.value, crate::domain::Value::Count(_)))
        })
        .map(|group| charts::chart(event, &group[0].metric, group, rows))
        .collect()
}

/// A helper thread's result; its panic goes on in the caller.
fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// The story page of `view`, built from the database now.
pub fn page(store: &Store, view: &View) -> Result<String> {
    let claims = event_claims(store, view.event, view.metrics)?;
    let row = store.event(view.event)?;
    let cumulative = store.cumulative_metrics()?;
    // Timeline, conflicts and charts judge claims as they stand now: they
    // get the claims as they stood at the page's moment.
    let then = as_stood(&claims, view.t);
    // On a big event each part takes a good share of a second: conflicts,
    // and the comparison by source with the timeline, run beside the rest.
    let ((conflicts, conflicts_total), (by_source, entries), by_claimant, charts) =
        std::thread::scope(|scope| {
            let widest = scope.spawn(|| widest(&then, view.window, &cumulative));
            let beside = scope.spawn(|| {
                let by_source = compare(&claims, By::Source, view.t, view.window, &cumulative);
                (by_source, timeline(&then))
            });
            // The comparison's summary rows are the summary's: one pass.
            let by_claimant = compare(&claims, By::Claimant, view.t, view.window, &cumulative);
            let charts = all_charts(view.event, &then, &by_claimant.summary);
            (join(widest), join(beside), by_claimant, charts)
        });
    let rows = &by_claimant.summary;
    Ok(html::story_page(&Page {
        event: html::Event {
            slug: row.slug,
            title: row.title,
            note: row.note,
        },
        as_of: view.as_of.clone(),
        window: view.window_text.to_string(),
        claims: then.len(),
        summary: rows,
        by_claimant: &by_claimant,
        by_source: &by_source,
        conflicts: &conflicts,
        conflicts_total,
        timeline: &entries,
        charts: &charts,
        live: view.live,
    }))
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let (t, window, as_of) = args.picture.read()?;
    let path = args
        .output
        .unwrap_or_else(|| PathBuf::from(format!("{}.html", args.event)));
    // Checked before any work: a wrong path fails at once, and nothing is
    // written when the page cannot be built.
    let target = crate::output::Target::from_arg(Some(&path), &ctx.db)?;
    let store = ctx.open()?;
    let text = page(
        &store,
        &View {
            event: &args.event,
            t,
            window,
            window_text: &args.picture.window,
            as_of,
            metrics: &args.metrics,
            live: None,
        },
    )?;
    target.write_all(&text)?;
    if !target.is_stdout() {
        note(format!(
            "wrote {} ({} KB)",
            path.display(),
            text.len().div_ceil(1024)
        ));
    }
    Ok(())
}
