//! `claimlog edit`: change fields of a claim; the old values stay in its
//! history.

use super::{Ctx, opt_when_arg, print_claims, today};
use crate::domain::{Claim, Lang};
use crate::interchange::{COLUMNS, Record};
use crate::parse::entry::parse_structured_value;
use crate::store::{Action, Store};
use anyhow::{Result, anyhow, bail};
use serde_json::{Map, json};

/// Change a claim's fields (its history keeps what they were).
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog edit 12 --value \"at least 26\"
  claimlog edit 12 --qualifier \"security forces\" --source AFP --note \"checked against the ministry's post\"")]
pub struct Args {
    /// The claim's number or global id.
    pub id: String,
    #[arg(long)]
    pub value: Option<String>,
    #[arg(long)]
    pub metric: Option<String>,
    #[arg(long)]
    pub qualifier: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
    #[arg(long)]
    pub by: Option<String>,
    /// The claimant --by relays; "" for none.
    #[arg(long, value_name = "CLAIMANT")]
    pub citing: Option<String>,
    #[arg(long)]
    pub said: Option<String>,
    #[arg(long)]
    pub published: Option<String>,
    #[arg(long)]
    pub as_of: Option<String>,
    #[arg(long)]
    pub url: Option<String>,
    #[arg(long)]
    pub quote: Option<String>,
    #[arg(long)]
    pub lang: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    #[arg(long)]
    pub unit: Option<String>,
    /// Replace the tags (repeatable; `--tag ""` clears them).
    #[arg(long = "tag")]
    pub tags: Option<Vec<String>>,
}

/// The fields that differ between two versions of a claim, as
/// `{field: {from, to}}`, for the history.
pub fn changes(before: &Claim, after: &Claim) -> Map<String, serde_json::Value> {
    let old = Record::from_claim(before).to_csv_fields();
    let new = Record::from_claim(after).to_csv_fields();
    let mut out = Map::new();
    for ((name, a), b) in COLUMNS.iter().zip(old).zip(new) {
        if a != b {
            out.insert((*name).to_string(), json!({"from": a, "to": b}));
        }
    }
    if before.deleted != after.deleted {
        out.insert(
            "deleted".into(),
            json!({"from": before.deleted, "to": after.deleted}),
        );
    }
    out
}

fn apply(store: &Store, claim: &Claim, args: &Args) -> Result<Claim> {
    let mut c = claim.clone();
    let set = |slot: &mut String, v: &Option<String>| {
        if let Some(v) = v {
            *slot = v.trim().to_string();
        }
    };
    set(&mut c.source, &args.source);
    set(&mut c.claimant, &args.by);
    set(&mut c.citing, &args.citing);
    set(&mut c.url, &args.url);
    set(&mut c.quote, &args.quote);
    set(&mut c.note, &args.note);
    set(&mut c.unit, &args.unit);
    if let Some(q) = &args.qualifier {
        c.qualifier = q.trim().to_lowercase();
    }
    if let Some(code) = &args.lang {
        c.lang = Lang::from_code(code)
            .ok_or_else(|| anyhow!("--lang: '{code}' is not en or fr"))?
            .code()
            .to_string();
    }
    if let Some(tags) = &args.tags {
        c.tags = tags
            .iter()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
    }
    // as_of follows said/published when it was only their default.
    // as_of follows said/published when it was only their default: equal to
    // them, or, with neither given, the day the claim was recorded.
    let as_of_was_default = Some(c.as_of) == c.said_at.or(c.published_at)
        || (c.said_at.is_none()
            && c.published_at.is_none()
            && c.as_of == crate::domain::When::Day(c.recorded_at.date_naive()));
    let old_reference = c.said_at.or(c.published_at).map(|w| w.date());
    if let Some(said) = opt_when_arg("--said", &args.said, Some(today()))? {
        c.said_at = Some(said);
    }
    if let Some(published) = opt_when_arg("--published", &args.published, Some(today()))? {
        c.published_at = Some(published);
    }
    let reference = c
        .said_at
        .or(c.published_at)
        .map_or(c.as_of.date(), |w| w.date());
    match opt_when_arg("--as-of", &args.as_of, Some(reference))? {
        Some(as_of) => c.as_of = as_of,
        None if as_of_was_default => {
            if let Some(w) = c.said_at.or(c.published_at) {
                c.as_of = w;
            }
        }
        None => {}
    }
    if let Some(metric) = &args.metric {
        c.metric = metric.trim().to_string();
    }
    let (_, kind) = store.require_metric(&c.metric)?;
    // A day said as "Thursday" or "hier" is resolved again against a new
    // said/published date.
    let new_reference = c.said_at.or(c.published_at).map(|w| w.date());
    let reresolve = kind == crate::domain::Kind::Date && new_reference != old_reference;
    if args.value.is_some() || kind != claim.kind() || reresolve {
        let text = args.value.clone().unwrap_or_else(|| c.text.clone());
        let lang = Lang::from_code(&c.lang).unwrap_or(Lang::En);
        c.value = parse_structured_value(&text, kind, lang, reference)
            .map_err(|e| anyhow!("--value: {e}"))?;
        c.text = text.trim().to_string();
    }
    Ok(c)
}

/// Refuses control and invisible characters in every flag, naming it.
fn check_text(args: &Args) -> std::result::Result<(), crate::text::Refused> {
    use crate::text::{Rule, check_all};
    let opt = crate::text::or_empty;
    check_all([
        ("--value", opt(&args.value), Rule::Text),
        ("--metric", opt(&args.metric), Rule::Name),
        ("--qualifier", opt(&args.qualifier), Rule::Name),
        ("--source", opt(&args.source), Rule::Name),
        ("--by", opt(&args.by), Rule::Name),
        ("--citing", opt(&args.citing), Rule::Name),
        ("--said", opt(&args.said), Rule::Text),
        ("--published", opt(&args.published), Rule::Text),
        ("--as-of", opt(&args.as_of), Rule::Text),
        ("--url", opt(&args.url), Rule::Url),
        ("--quote", opt(&args.quote), Rule::Paragraph),
        ("--lang", opt(&args.lang), Rule::Name),
        ("--note", opt(&args.note), Rule::Paragraph),
        ("--unit", opt(&args.unit), Rule::Name),
    ])?;
    check_all(
        args.tags
            .iter()
            .flatten()
            .map(|t| ("--tag", t.as_str(), Rule::Name)),
    )
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    check_text(&args)?;
    let store = ctx.open()?;
    let number = store.write(|s| {
        let claim = s.find_claim(&args.id)?;
        let edited = apply(s, &claim, &args)?;
        let diff = changes(&claim, &edited);
        if diff.is_empty() {
            bail!(
                "claim {}: nothing to change (give a field such as --value or --source)",
                claim.number
            );
        }
        s.update_claim(
            &edited,
            Action::Edit,
            &serde_json::Value::Object(diff).to_string(),
        )?;
        Ok(claim.number)
    })?;
    print_claims(ctx.style, &[store.find_claim(&number.to_string())?])
}
