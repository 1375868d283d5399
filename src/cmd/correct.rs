//! `claimlog correct`: a new claim replaces an old one, which becomes
//! `superseded` and links to it.

use super::{Ctx, opt_when_arg, print_claims, today};
use crate::domain::{Claim, Status, When};
use crate::parse::entry::parse_structured_value;
use crate::store::{Action, Origin, Store};
use anyhow::{Result, anyhow, bail};
use chrono::Utc;
use serde_json::json;

/// Record the corrected value of a claim: a new claim, the old one superseded.
#[derive(Debug, Default, clap::Args)]
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
    /// The correction's own quote (the old one is not carried over).
    #[arg(long)]
    pub quote: Option<String>,
    /// The correction's own link (the old one is not carried over).
    #[arg(long)]
    pub url: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let store = ctx.open()?;
    let (number, old_number) = store.write(|s| correct_in(s, &args))?;
    print_claims(
        ctx.style,
        &[
            store.find_claim(&number.to_string())?,
            store.find_claim(&old_number.to_string())?,
        ],
    )
}

/// Checks the arguments and records the correction inside the caller's
/// transaction; gives the new claim's number and the old one's.
pub fn correct_in(s: &Store, args: &Args) -> Result<(i64, i64)> {
    let text = args.value.join(" ");
    check_texts(args, &text)?;
    let said = opt_when_arg("--said", &args.said, Some(today()))?;
    let published = opt_when_arg("--published", &args.published, Some(today()))?;
    let old = s.find_claim(&args.id)?;
    refuse_inactive(&old)?;
    let new = correction(&old, args, &text, said, published)?;
    let number = supersede(s, &old, &new)?;
    Ok((number, old.number))
}

/// Refuses any text the command is given before anything is opened.
fn check_texts(args: &Args, text: &str) -> Result<()> {
    use crate::text::{Rule, check_all};
    let opt = crate::text::or_empty;
    check_all([
        ("VALUE", text, Rule::Text),
        ("--said", opt(&args.said), Rule::Text),
        ("--published", opt(&args.published), Rule::Text),
        ("--as-of", opt(&args.as_of), Rule::Text),
        ("--source", opt(&args.source), Rule::Name),
        ("--by", opt(&args.by), Rule::Name),
        ("--note", opt(&args.note), Rule::Paragraph),
        ("--quote", opt(&args.quote), Rule::Paragraph),
        ("--url", opt(&args.url), Rule::Url),
    ])?;
    Ok(())
}

/// Only an active claim that is not removed can be corrected.
fn refuse_inactive(old: &Claim) -> Result<()> {
    if old.status != Status::Active || old.deleted {
        let state = if old.deleted {
            "removed".to_string()
        } else {
            old.status.to_string()
        };
        bail!(
            "claim {} is {state}; only an active claim can be corrected",
            old.number
        );
    }
    Ok(())
}

/// The new claim: the old one with the corrected value, its own dates,
/// names and note where given, and a fresh global id.
fn correction(
    old: &Claim,
    args: &Args,
    text: &str,
    said: Option<When>,
    published: Option<When>,
) -> Result<Claim> {
    let lang = old.lang.unwrap_or_else(|| crate::parse::lang::guess(text));
    let mut new = old.clone();
    new.number = 0;
    new.recorded_at = Utc::now();
    // The correction is a new statement: its own quote and link, or none.
    new.quote = args.quote.clone().unwrap_or_default();
    new.url = args.url.clone().unwrap_or_default();
    // The correction's own times win: once it has one, the old claim's
    // times described another statement and go, as_of with them (a
    // correction said on the 15th counts from the 15th, not from the day
    // of the figure it corrects).
    if let Some(own) = said.or(published) {
        new.said_at = said;
        new.published_at = published;
        new.as_of = own;
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
    new.value = parse_structured_value(text, old.kind(), lang, reference)
        .map_err(|e| anyhow!("VALUE: {e}"))?;
    new.text = text.trim().to_string();
    new.id = uuid::Uuid::now_v7().to_string();
    Ok(new)
}

/// Stores the correction and marks the old claim superseded by it, each
/// with its history line; gives the correction's number.
fn supersede(s: &Store, old: &Claim, new: &Claim) -> Result<i64> {
    let mut superseded = old.clone();
    superseded.status = Status::Superseded;
    superseded.superseded_by = Some(new.id.clone());
    let number = s
        .insert_claim(
            new,
            Origin::Correct,
            &json!({"corrects": old.id, "value": old.text}).to_string(),
        )?
        .unwrap_or_default();
    s.update_claim(
        &superseded,
        Action::Supersede,
        &json!({"by": new.id, "value": new.text}).to_string(),
    )?;
    Ok(number)
}
