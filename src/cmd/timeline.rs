//! `claimlog timeline`: how each figure evolved, and who moved it.

use super::Ctx;
use super::filters::Scope;
use crate::render::{self, Format, reports};
use crate::report::timeline::timeline;
use anyhow::Result;

/// Every claim of an event, scope by scope, oldest first, with the change
/// against its series' previous claim (first, up, down, same, retracted).
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog timeline kz-unrest-2022 --metric deaths
  claimlog timeline kz-unrest-2022 --metric detained --by \"Interior Ministry\" --format json")]
pub struct Args {
    pub event: String,
    #[command(flatten)]
    pub scope: Scope,
    #[command(flatten)]
    pub columns: render::Columns,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let store = ctx.open()?;
    let claims = store.claims(&args.scope.filter(Some(args.event)))?;
    let entries = timeline(&claims);
    let text = match ctx.format() {
        Format::Json => render::json(&reports::timeline_json(&entries)),
        Format::Jsonl => match reports::timeline_json(&entries) {
            serde_json::Value::Array(rows) => super::jsonl(rows.into_iter()),
            other => render::json(&other),
        },
        Format::Csv => reports::timeline_grid(&entries).render(ctx.style),
        _ => args
            .columns
            .apply(reports::timeline_grid(&entries))?
            .render(ctx.style),
    };
    render::print(&text)?;
    Ok(())
}
