//! `claimlog summary`: the current best figure of each scope, with its range
//! and the independent claimants behind it.

use super::{Ctx, opt_when_arg, today};
use crate::render::{self, Format, reports};
use crate::report::summary::summary;
use crate::report::{DAY, Moment, parse_window};
use crate::store::ClaimFilter;
use anyhow::{Result, anyhow};

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
    /// The picture on this date (default: now). A bare day (2022-01-09)
    /// is that calendar day where each figure's own offset puts it; an
    /// instant needs its offset (2022-01-09T12:00+06:00).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Claims this close to the newest are current (1d, 12h, 2w).
    #[arg(long, default_value = "1d")]
    pub window: String,
    #[arg(long)]
    pub metric: Option<String>,
}

/// Reads `--as-of` and `--window`.
pub fn moment(as_of: &Option<String>, window: &str) -> Result<(Moment, i64, Option<String>)> {
    let when = opt_when_arg("--as-of", as_of, Some(today()))?;
    let window = parse_window(window).map_err(|e| anyhow!("--window: {e}"))?;
    Ok((
        Moment::from(when),
        window.clamp(0, 3650 * DAY),
        when.map(|w| w.to_iso()),
    ))
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let (t, window, _) = moment(&args.as_of, &args.window)?;
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
        Format::Table => reports::summary_grid(&rows, true, all_events).render(ctx.style),
        _ => reports::summary_grid(&rows, false, all_events).render(ctx.style),
    };
    render::print(&text)?;
    Ok(())
}
