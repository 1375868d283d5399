//! `claimlog conflicts`: where sources contradict each other.

use super::Ctx;
use crate::render::{self, Format, reports};
use crate::report::conflicts::conflicts;
use crate::report::parse_window;
use crate::store::ClaimFilter;
use anyhow::{Result, anyhow};
use std::io::Write;

/// Value conflicts (claimants disagree), characterization conflicts (the same
/// figure, described differently) and echo conflicts (one claimant reported
/// two ways), each pair once, largest gap first. Retracted claims never count.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog conflicts kz-unrest-2022
  claimlog conflicts kz-unrest-2022 --metric deaths --window 2d --format json
  claimlog conflicts kz-unrest-2022 --limit 10      # the ten widest")]
pub struct Args {
    pub event: String,
    /// Claims this close in time can conflict (1d, 12h, 2w).
    #[arg(long, default_value = "1d")]
    pub window: String,
    #[arg(long)]
    pub metric: Option<String>,
    /// Only the N widest conflicts.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let window = parse_window(&args.window).map_err(|e| anyhow!("--window: {e}"))?;
    let store = ctx.open()?;
    let claims = store.claims(&ClaimFilter {
        event: Some(args.event),
        metric: args.metric,
        ..Default::default()
    })?;
    let mut found = conflicts(&claims, window);
    if let Some(limit) = args.limit {
        found.truncate(limit);
    }
    if ctx.format() == Format::Json {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let written = reports::write_conflicts_json(&found, &mut out).and_then(|_| out.flush());
        return match written {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => Ok(other?),
        };
    }
    render::print(&reports::conflicts_grid(&found).render(ctx.style))?;
    Ok(())
}
