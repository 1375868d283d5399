//! `claimlog rm` and `claimlog restore`: removal is a mark, kept in the
//! claim's history, and undone by restore.

use super::{Ctx, note};
use crate::store::{Action, Store};
use anyhow::{Result, bail};

/// Remove a claim from lists and reports (it is kept, and `restore` brings it back).
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  claimlog rm 12")]
pub struct RmArgs {
    /// The claim's number or global id.
    pub id: String,
}

/// Bring back a claim removed with `rm`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  claimlog restore 12")]
pub struct RestoreArgs {
    /// The claim's number or global id.
    pub id: String,
}

fn set_deleted(ctx: &Ctx, id: &str, deleted: bool) -> Result<()> {
    let store = ctx.open()?;
    let number = store.write(|s| set_deleted_in(s, id, deleted))?;
    if deleted {
        note(format!(
            "removed claim {number} (kept in history; `claimlog restore {number}` undoes it)"
        ));
    } else {
        note(format!("restored claim {number}"));
    }
    Ok(())
}

/// Removes (or restores) a claim inside the caller's transaction, with its
/// history line; gives its number.
pub fn set_deleted_in(s: &Store, id: &str, deleted: bool) -> Result<i64> {
    let claim = s.find_claim(id)?;
    if claim.deleted == deleted {
        if deleted {
            bail!(
                "claim {} is already removed (`claimlog restore {}` brings it back)",
                claim.number,
                claim.number
            );
        }
        bail!("claim {} is not removed", claim.number);
    }
    if deleted && let Some(old) = s.corrected_by(&claim.id)? {
        bail!(
            "claim {} is the correction of claim {old}; removing it would leave {old} superseded by nothing (edit claim {} instead)",
            claim.number,
            claim.number
        );
    }
    let mut changed = claim.clone();
    changed.deleted = deleted;
    let action = if deleted { Action::Rm } else { Action::Restore };
    s.update_claim(&changed, action, "")?;
    Ok(claim.number)
}

pub fn run_rm(ctx: &Ctx, args: RmArgs) -> Result<()> {
    set_deleted(ctx, &args.id, true)
}

pub fn run_restore(ctx: &Ctx, args: RestoreArgs) -> Result<()> {
    set_deleted(ctx, &args.id, false)
}
