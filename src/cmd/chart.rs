//! `claimlog chart`: an SVG step chart of one metric.

use super::{Ctx, note, opt_when_arg, today};
use crate::render::svg::step_chart;
use crate::store::ClaimFilter;
use anyhow::{Result, anyhow};
use std::path::PathBuf;

/// Draw one metric as an SVG step chart: one line per series (claimant, or
/// source when unattributed), retracted claims as hollow markers, ranges as
/// bands, dates on the x axis.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog chart kz-unrest-2022 --metric deaths -o deaths.svg
  claimlog chart kz-unrest-2022 --metric deaths --qualifier \"security forces\" -o security.svg
  claimlog chart kz-unrest-2022 --metric detained --since 2022-01-07 --until 2022-01-12 -o week.svg")]
pub struct Args {
    pub event: String,
    #[arg(long)]
    pub metric: String,
    #[arg(long)]
    pub qualifier: Option<String>,
    /// Only figures as of this date or later (read as `list --since`).
    #[arg(long)]
    pub since: Option<String>,
    /// Only figures as of this date or earlier (a bare day counts whole).
    #[arg(long)]
    pub until: Option<String>,
    /// Where to write the SVG (default: EVENT-METRIC.svg; - for stdout).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let store = ctx.open()?;
    let claims = store.claims(&ClaimFilter {
        event: Some(args.event.clone()),
        metric: Some(args.metric.clone()),
        qualifier: args.qualifier.clone(),
        from: opt_when_arg("--since", &args.since, Some(today()))?,
        to: opt_when_arg("--until", &args.until, Some(today()))?,
        ..Default::default()
    })?;
    let title = match &args.qualifier {
        Some(q) => format!("{} — {} ({q})", args.event, args.metric),
        None => format!("{} — {}", args.event, args.metric),
    };
    let svg = step_chart(&claims, &title).map_err(|e| anyhow!(e))?;
    let path = args
        .output
        .unwrap_or_else(|| PathBuf::from(format!("{}-{}.svg", args.event, args.metric)));
    let target = crate::output::Target::from_arg(Some(&path), &ctx.db)?;
    target.write_all(&svg)?;
    if !target.is_stdout() {
        note(format!(
            "wrote {} ({} claims)",
            path.display(),
            claims.len()
        ));
    }
    Ok(())
}
