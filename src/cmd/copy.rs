//! `claimlog copy FROM TO`: a whole log from one database into another,
//! SQLite file or PostgreSQL server either side.

use super::{Ctx, note, plural};
use crate::render::{self, Format};
use crate::store::Store;
use anyhow::{Context, Result, bail};
use serde_json::json;
use std::path::PathBuf;

/// Copy a whole log (events, names and aliases, metrics and their words,
/// claims with their full history) from one database into another; running
/// it again adds nothing.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog copy claimlog.db postgres://desk@db.example:5432/stories
  claimlog copy postgres://desk@db.example:5432/stories story-at-home.db

A database is a SQLite file or postgres://USER@HOST:PORT/DBNAME (password
in PGPASSWORD or ~/.pgpass). TO is created when it does not exist. Claims
are matched by global id, names by name: a claim TO has already gains the
history lines it lacks and, with them, FROM's current state. Copied into an
empty database, claims keep their numbers.")]
pub struct Args {
    /// The database to copy from (never written).
    pub from: PathBuf,
    /// The database to copy into (created when missing).
    pub to: PathBuf,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    if args.from == args.to
        || matches!(
            (args.from.canonicalize(), args.to.canonicalize()),
            (Ok(a), Ok(b)) if a == b
        )
    {
        bail!("{}: FROM and TO are the same database", args.to.display());
    }
    let from = Store::open(&args.from, false)?;
    let to = Store::open(&args.to, true)?;
    let copied = from.copy_to(&to).with_context(|| {
        format!(
            "copy into {} failed; nothing was written",
            args.to.display()
        )
    })?;
    if ctx.format() == Format::Json {
        render::print(&render::json(&json!({
            "from": args.from,
            "to": args.to,
            "events": copied.events,
            "sources": copied.sources,
            "claimants": copied.claimants,
            "metrics": copied.metrics,
            "claims": copied.claims,
            "history": copied.history,
            "already": copied.already,
            "updated": copied.updated,
        })))?;
    }
    note(format!(
        "copied {} ({} of history), {}, {}, {}, {} into {}; {} there already, {} of them with later history",
        plural(copied.claims, "claim"),
        plural(copied.history, "line"),
        plural(copied.events, "new event"),
        plural(copied.sources, "new source"),
        plural(copied.claimants, "new claimant"),
        plural(copied.metrics, "new metric"),
        args.to.display(),
        plural(copied.already, "claim"),
        copied.updated,
    ));
    Ok(())
}
