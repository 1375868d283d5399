//! `claimlog retract`: a claim withdrawn by its claimant or source. It
//! stays in the timeline, marked, and counts nowhere else from its date.

use super::{Ctx, opt_when_arg, print_claims, today};
use crate::domain::{Status, When};
use crate::store::{Action, Store};
use anyhow::{Result, bail};
use serde_json::json;

/// Mark a claim as withdrawn, with the reason and the day it counts from.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:
  claimlog retract 41 --reason \"withdrawn by the Health Ministry as a technical error\" --by \"Health Ministry\" --said 2022-01-10")]
pub struct Args {
    /// The claim's number or global id.
    pub id: String,
    /// Why it was withdrawn.
    #[arg(long)]
    pub reason: String,
    /// Who withdrew it (default: its claimant).
    #[arg(long)]
    pub by: Option<String>,
    /// When it was withdrawn (default: today); the retraction counts from then.
    #[arg(long)]
    pub said: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    if args.reason.trim().is_empty() {
        bail!("--reason: say why the claim was withdrawn");
    }
    {
        use crate::text::{Rule, check_all};
        check_all([
            ("--reason", args.reason.as_str(), Rule::Text),
            ("--by", args.by.as_deref().unwrap_or(""), Rule::Name),
            ("--said", args.said.as_deref().unwrap_or(""), Rule::Text),
        ])?;
    }
    let when = opt_when_arg("--said", &args.said, Some(today()))?.unwrap_or(When::Day(today()));
    let store = ctx.open()?;
    let number =
        store.write(|s| retract_in(s, &args.id, &args.reason, args.by.as_deref(), when))?;
    print_claims(ctx.style, &[store.find_claim(&number.to_string())?])
}

/// Marks a claim retracted inside the caller's transaction (`by` defaults
/// to its claimant); gives its number.
pub fn retract_in(s: &Store, id: &str, reason: &str, by: Option<&str>, when: When) -> Result<i64> {
    let claim = s.find_claim(id)?;
    match claim.status {
        Status::Active => {}
        Status::Retracted => bail!("claim {} is already retracted", claim.number),
        Status::Superseded => bail!(
            "claim {} was superseded by {}; retract that one instead",
            claim.number,
            claim.superseded_by.clone().unwrap_or_default()
        ),
    }
    let mut retracted = claim.clone();
    retracted.status = Status::Retracted;
    retracted.retracted_at = Some(when);
    retracted.retract_reason = reason.trim().to_string();
    retracted.retracted_by = by.unwrap_or(&claim.claimant).trim().to_string();
    let detail = json!({"reason": retracted.retract_reason, "by": retracted.retracted_by, "said": when.to_iso()});
    s.update_claim(&retracted, Action::Retract, &detail.to_string())?;
    Ok(claim.number)
}
