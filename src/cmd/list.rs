//! `claimlog list`: claims, filtered.

use super::{Ctx, opt_when_arg, print_claims, today};
use crate::domain::Status;
use crate::store::ClaimFilter;
use anyhow::Result;

/// List claims, oldest as_of first.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog list kz-unrest-2022
  claimlog list kz-unrest-2022 --metric deaths --by \"Interior Ministry\" --since 2022-01-07 --until 2022-01-10
  claimlog list --status retracted --format csv")]
pub struct Args {
    /// Only this event.
    pub event: Option<String>,
    #[arg(long)]
    pub metric: Option<String>,
    #[arg(long)]
    pub qualifier: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
    /// Only claims attributed to this claimant.
    #[arg(long)]
    pub by: Option<String>,
    /// active, retracted or superseded.
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// as_of on or after this date. A bare day is each claim's own
    /// calendar day (in its own offset); an instant needs an offset.
    #[arg(long)]
    pub since: Option<String>,
    /// as_of on or before this date (a bare day counts whole, in each
    /// claim's own offset).
    #[arg(long)]
    pub until: Option<String>,
    /// Include claims removed with `rm`.
    #[arg(long)]
    pub deleted: bool,
    /// At most this many claims.
    #[arg(long)]
    pub limit: Option<usize>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let store = ctx.open()?;
    let filter = ClaimFilter {
        event: args.event,
        metric: args.metric,
        qualifier: args.qualifier,
        source: args.source,
        claimant: args.by,
        status: args.status,
        from: opt_when_arg("--since", &args.since, Some(today()))?,
        to: opt_when_arg("--until", &args.until, Some(today()))?,
        include_deleted: args.deleted,
        limit: args.limit,
    };
    let claims = store.claims(&filter)?;
    print_claims(ctx.style, &claims)
}
