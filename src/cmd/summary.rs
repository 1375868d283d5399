//! `claimlog summary`: the current best figure of each scope, with its range
//! and the independent claimants behind it.

use super::Ctx;
use super::filters::Picture;
use crate::render::{self, Format, reports};
use crate::report::summary::summary;
use crate::store::ClaimFilter;
use anyhow::Result;

/// One row per scope: low, best (median of current claims), high, how many
/// independent claimants and sources, and how many series are stale.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog summary kz-unrest-2022
  claimlog summary kz-unrest-2022 --as-of 2022-01-09     # the picture on 9 January
  claimlog summary kz-unrest-2022 --window 2d --format markdown
  claimlog summary                                  # every event, one after another")]
pub struct Args {
    /// The event (default: every event).
    pub event: Option<String>,
    #[command(flatten)]
    pub picture: Picture,
    #[arg(long)]
    pub metric: Option<String>,
    #[command(flatten)]
    pub columns: render::Columns,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let (t, window, _) = args.picture.read()?;
    let store = ctx.open()?;
    if let Some(metric) = &args.metric {
        store.require_metric(metric)?;
    }
    let all_events = args.event.is_none();
    let events = match args.event {
        Some(event) => vec![event],
        None => store.event_slugs()?,
    };
    // One event at a time, so memory follows the largest event, not the
    // whole database.
    let mut rows = Vec::new();
    for event in events {
        let claims = store.claims(&ClaimFilter {
            event: Some(event),
            metric: args.metric.clone(),
            ..Default::default()
        })?;
        rows.extend(summary(&claims, t, window));
    }
    let text = match ctx.format() {
        Format::Json => render::json(&reports::summary_json(&rows)),
        Format::Table => args
            .columns
            .apply(reports::summary_grid(&rows, true, all_events))?
            .render(ctx.style),
        Format::Markdown => args
            .columns
            .apply(reports::summary_grid(&rows, false, all_events))?
            .render(ctx.style),
        _ => reports::summary_grid(&rows, false, all_events).render(ctx.style),
    };
    render::print(&text)?;
    Ok(())
}
