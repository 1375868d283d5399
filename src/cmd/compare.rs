//! `claimlog compare`: what each outlet or claimant says, side by side.

use super::Ctx;
use super::filters::Picture;
use crate::render::{self, Format, reports};
use crate::report::compare::{By, compare};
use crate::store::ClaimFilter;
use anyhow::Result;

/// A pivot: one row per claimant (or source), one column per scope; each
/// cell the latest figure and its date, conflicts marked `!`, stale cells
/// `(stale)`, and the low/best/high/claimants rows under it.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog compare kz-unrest-2022
  claimlog compare kz-unrest-2022 --by source --metric deaths --metric injured --as-of 2022-01-09
  claimlog compare kz-unrest-2022 --format markdown > table.md   # ready to paste into an article
  claimlog compare kz-unrest-2022 --metric deaths --format markdown --compact   # a row per claimant, sources as footnotes")]
// The shared `--as-of` help names an example day; here it is the short one.
#[command(mut_arg("as_of", |a| a.help(
    "The picture on this date (default: now). A bare day is each figure's own calendar day; \
     an instant needs its offset"
)))]
pub struct Args {
    pub event: String,
    /// Rows are claimants (default) or sources.
    #[arg(long, value_enum, default_value = "claimant")]
    pub by: By,
    /// Only these metrics (repeatable).
    #[arg(long = "metric")]
    pub metrics: Vec<String>,
    #[command(flatten)]
    pub picture: Picture,
    #[command(flatten)]
    pub columns: render::Columns,
    /// With --format markdown: one row per claimant (figure, claimant,
    /// date), the outlets as numbered footnotes, for an article.
    #[arg(long)]
    pub compact: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    if args.compact && ctx.format() != Format::Markdown {
        anyhow::bail!("--compact: only with --format markdown");
    }
    if args.compact && args.columns.columns.is_some() {
        anyhow::bail!("--compact: its columns are figure, claimant and date; drop --columns");
    }
    let (t, window, as_of) = args.picture.read()?;
    let store = ctx.open()?;
    for metric in &args.metrics {
        store.require_metric(metric)?;
    }
    let mut claims = store.claims(&ClaimFilter {
        event: Some(args.event.clone()),
        ..Default::default()
    })?;
    if !args.metrics.is_empty() {
        claims.retain(|c| {
            args.metrics
                .iter()
                .any(|m| m.eq_ignore_ascii_case(&c.metric))
        });
    }
    let cumulative = store.cumulative_metrics()?;
    let report = compare(&claims, args.by, t, window, &cumulative);
    let text = match ctx.format() {
        Format::Json => render::json(&reports::compare_json(&report, &args.event, as_of)),
        Format::Markdown if args.compact => render::compact::compare_markdown(&report),
        Format::Markdown => format!(
            "{}\n{}\n",
            args.columns
                .apply(reports::compare_grid(&report))?
                .to_markdown(),
            reports::COMPARE_LEGEND
        ),
        Format::Csv => reports::compare_grid(&report).to_csv(),
        Format::Table | Format::Jsonl | Format::Claimreview | Format::Hxl => format!(
            "{}{}\n",
            args.columns
                .apply(reports::compare_grid(&report))?
                .render(ctx.style),
            reports::COMPARE_LEGEND
        ),
    };
    render::print(&text)?;
    Ok(())
}
