//! `claimlog correct`: a new claim replaces an old one, which becomes
//! `superseded` and links to it.

use super::{Ctx, opt_when_arg, print_claims, today};
use crate::domain::{Lang, Status};
use crate::parse::entry::parse_structured_value;
use anyhow::{Result, anyhow, bail};
use chrono::Utc;
use serde_json::json;

/// Record the corrected value of a claim: a new claim, the old one superseded.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:
  claimlog correct 64 4,353 --said 2022-01-15 --note \"the headline's 'more than 4,500' was corrected in the body\"")]
pub struct Args {
    /// The claim's number or global id.
    pub id: String,
    /// The corrected value, as said ("4,353", "au moins 30").
    #[arg(required = true)]
    pub value: Vec<String>,
    #[arg(long)]
    pub said: Option<String>,
    #[arg(long)]
    pub published: Option<String>,
    #[arg(long)]
    pub as_of: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
    #[arg(long)]
    pub by: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let store = ctx.open()?;
    let old = store.find_claim(&args.id)?;
    if old.status != Status::Active {
        bail!(
            "claim {} is {}; only an active claim can be corrected",
            old.number,
            old.status
        );
    }
    let text = args.value.join(" ");
    let lang = Lang::from_code(&old.lang).unwrap_or_else(|| crate::parse::lang::guess(&text));
    let mut new = old.clone();
    new.number = 0;
    new.id = String::new();
    new.recorded_at = Utc::now();
    if let Some(said) = opt_when_arg("--said", &args.said, Some(today()))? {
        new.said_at = Some(said);
    }
    if let Some(published) = opt_when_arg("--published", &args.published, Some(today()))? {
        new.published_at = Some(published);
    }
    let reference = new
        .said_at
        .or(new.published_at)
        .map_or(new.as_of.date(), |w| w.date());
    if let Some(as_of) = opt_when_arg("--as-of", &args.as_of, Some(reference))? {
        new.as_of = as_of;
    }
    for (slot, value) in [
        (&mut new.source, &args.source),
        (&mut new.claimant, &args.by),
        (&mut new.note, &args.note),
    ] {
        if let Some(v) = value {
            *slot = v.trim().to_string();
        }
    }
    new.value = parse_structured_value(&text, old.kind(), lang, reference)
        .map_err(|e| anyhow!("VALUE: {e}"))?;
    new.text = text.trim().to_string();
    new.id = uuid::Uuid::now_v7().to_string();
    let mut superseded = old.clone();
    superseded.status = Status::Superseded;
    superseded.superseded_by = Some(new.id.clone());
    let number = store.write(|s| {
        let number = s
            .insert_claim(
                &new,
                "correct",
                &json!({"corrects": old.id, "value": old.text}).to_string(),
            )?
            .unwrap_or_default();
        s.update_claim(
            &superseded,
            "supersede",
            &json!({"by": new.id, "value": new.text}).to_string(),
        )?;
        Ok(number)
    })?;
    print_claims(
        ctx.style,
        &[
            store.find_claim(&number.to_string())?,
            store.find_claim(&old.number.to_string())?,
        ],
    )
}
