//! `claimlog list`: claims, filtered.

use super::filters::Scope;
use super::{Ctx, opt_when_arg, print_claims_in, today};
use crate::domain::Status;
use crate::store::ClaimFilter;
use anyhow::Result;

/// List claims, oldest as_of first.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog list kz-unrest-2022
  claimlog list kz-unrest-2022 --metric deaths --by \"Interior Ministry\" --since 2022-01-07 --until 2022-01-10
  claimlog list --status retracted --format csv")]
// `list` has always left `--source` unexplained; its help stays as it was.
#[command(mut_arg("source", |a| a.help(None::<&str>)))]
pub struct Args {
    /// Only this event.
    pub event: Option<String>,
    #[command(flatten)]
    pub scope: Scope,
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
    #[command(flatten)]
    pub columns: crate::render::Columns,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let store = ctx.open()?;
    let filter = ClaimFilter {
        status: args.status,
        from: opt_when_arg("--since", &args.since, Some(today()))?,
        to: opt_when_arg("--until", &args.until, Some(today()))?,
        include_deleted: args.deleted,
        limit: args.limit,
        ..args.scope.filter(args.event)
    };
    let claims = store.claims(&filter)?;
    print_claims_in(ctx.style, &claims, &args.columns)
}
