//! `claimlog conflicts`: where sources contradict each other.

use super::Ctx;
use crate::render::{Columns, Format, Grid, reports};
use crate::report::conflicts::{batch_for, in_order};
use crate::report::parse_window;
use crate::store::ClaimFilter;
use anyhow::{Result, anyhow};
use std::io::Write;

/// Tables and Markdown show this many conflicts unless told otherwise.
pub const DEFAULT_LIMIT: usize = 100;

/// Value conflicts (claimants disagree), characterization conflicts (the same
/// figure, described differently) and echo conflicts (one claimant reported
/// two ways), each pair once, largest gap first. Retracted claims never count.
///
/// Tables and Markdown show the widest 100 unless --limit says otherwise, and
/// say how many there are; JSON, JSONL and CSV give every pair, written as
/// they are found.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog conflicts kz-unrest-2022
  claimlog conflicts kz-unrest-2022 --metric deaths --window 2d --format json
  claimlog conflicts kz-unrest-2022 --limit 10      # the ten widest
  claimlog conflicts kz-unrest-2022 --limit 0       # every pair, even in a table")]
pub struct Args {
    pub event: String,
    /// Claims this close in time can conflict (1d, 12h, 2w).
    #[arg(long, default_value = "1d")]
    pub window: String,
    #[arg(long)]
    pub metric: Option<String>,
    /// Only the N widest conflicts; 0 for all. Default: 100 in tables and
    /// Markdown, all in JSON, JSONL and CSV.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    #[command(flatten)]
    pub columns: Columns,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let window = parse_window(&args.window).map_err(|e| anyhow!("--window: {e}"))?;
    let store = ctx.open()?;
    let claims = store.claims(&ClaimFilter {
        event: Some(args.event),
        metric: args.metric,
        ..Default::default()
    })?;
    let format = ctx.format();
    // Checked before any work, so a wrong name fails at once.
    args.columns.apply(reports::conflicts_grid(&[]))?;
    let pick = |grid: Grid| -> Grid { args.columns.apply(grid).unwrap_or_default() };
    let streamed = matches!(format, Format::Json | Format::Jsonl | Format::Csv);
    let cap = match args.limit {
        Some(0) => None,
        Some(n) => Some(n),
        None if streamed => None,
        None => Some(DEFAULT_LIMIT),
    };
    let batch = batch_for(claims.len());
    let cumulative = store.cumulative_metrics()?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = if streamed {
        let mut writer = reports::ConflictWriter::new(&mut out, format);
        in_order(&claims, window, &cumulative, batch, cap, |rows| {
            writer.write(rows)
        })
        .and_then(|_| writer.finish().map(|_| ()))
    } else {
        // A table is drawn whole, so a long list is drawn in tables of one
        // batch each; Markdown rows go on under one header.
        let mut shown = 0;
        let total = in_order(&claims, window, &cumulative, batch, cap, |rows| {
            let mut text = pick(reports::conflicts_grid(rows)).render(ctx.style);
            if format == Format::Markdown && shown > 0 {
                text = text.splitn(3, '\n').nth(2).unwrap_or_default().to_string();
            }
            shown += rows.len();
            out.write_all(text.as_bytes())
        });
        total.and_then(|total| {
            if shown == 0 {
                out.write_all(
                    pick(reports::conflicts_grid(&[]))
                        .render(ctx.style)
                        .as_bytes(),
                )?;
            }
            if shown < total {
                let line = reports::conflicts_shown(shown, total);
                if format == Format::Markdown {
                    // Stderr, so the Markdown stays ready to paste.
                    eprintln!("claimlog: {line}");
                } else {
                    writeln!(out, "{line}")?;
                }
            }
            out.flush()
        })
    };
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
