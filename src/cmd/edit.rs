//! `claimlog edit`: change fields of a claim, or of every claim `--where`
//! picks, in one transaction; the old values stay in each one's history.

use super::filters::{WHERE_FILTERS, selection};
use super::{Ctx, note, opt_when_arg, plural, print_claims, today};
use crate::domain::{Claim, Lang};
use crate::interchange::{COLUMNS, Record};
use crate::parse::entry::parse_structured_value;
use crate::store::names::Party;
use crate::store::{Action, ClaimFilter, Store};
use anyhow::{Result, anyhow, bail};
use serde_json::{Map, json};

mod preview;

pub use preview::print as print_preview;

/// Change a claim's fields, or those of every claim `--where` picks (each
/// one's history keeps what they were).
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog edit 12 --value \"at least 26\"
  claimlog edit 12 --qualifier \"security forces\" --source AFP --note \"checked against the ministry's post\"
  claimlog edit 12 --event kz-unrest-2022
  claimlog edit --where event=kz-unrest-2022 --where qualifier=\"troupes russes\" --qualifier \"russian troops\" --dry-run")]
pub struct Args {
    /// The claim's number or global id.
    #[arg(required_unless_present = "selection")]
    pub id: Option<String>,
    /// Edit every claim this picks instead of one: FILTER=VALUE with the
    /// filters of `list` (event, metric, qualifier, source, by, status,
    /// since, until), repeatable; removed claims are left alone.
    #[arg(long = "where", value_name = "FILTER=VALUE", conflicts_with = "id")]
    pub selection: Vec<String>,
    /// List the changes (claim, field, from, to), and change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Keep a new --source or --by name that looks like an existing one
    /// (without it, `edit` asks "did you mean …" and changes nothing).
    #[arg(long)]
    pub new_name: bool,
    /// Move the claim to another event (it keeps its number; its history
    /// says where it came from).
    #[arg(long)]
    pub event: Option<String>,
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
    #[arg(long, value_parser = super::filters::lang_arg)]
    pub lang: Option<Lang>,
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
    set(&mut c.event, &args.event);
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
    if let Some(lang) = args.lang {
        c.lang = Some(lang);
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
        let lang = c.lang.unwrap_or(crate::lang::DEFAULT);
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
        ("--event", opt(&args.event), Rule::Name),
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
        ("--note", opt(&args.note), Rule::Paragraph),
        ("--unit", opt(&args.unit), Rule::Name),
    ])?;
    check_all(
        args.tags
            .iter()
            .flatten()
            .map(|t| ("--tag", t.as_str(), Rule::Name)),
    )?;
    check_all(
        args.selection
            .iter()
            .map(|w| ("--where", w.as_str(), Rule::Text)),
    )
}

/// Whether the command sets any field (a `--where` edit must).
fn sets_something(args: &Args) -> bool {
    [
        &args.event,
        &args.value,
        &args.metric,
        &args.qualifier,
        &args.source,
        &args.by,
        &args.citing,
        &args.said,
        &args.published,
        &args.as_of,
        &args.url,
        &args.quote,
        &args.note,
        &args.unit,
    ]
    .iter()
    .any(|flag| flag.is_some())
        || args.lang.is_some()
        || args.tags.is_some()
}

/// One claim's edit: which claim, and `{field: {from, to}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edited {
    pub number: i64,
    pub id: String,
    pub changes: Map<String, serde_json::Value>,
}

/// The claims to edit: the one named, or every one the filter picks
/// (none is an error).
fn targets(store: &Store, args: &Args, filter: Option<&ClaimFilter>) -> Result<Vec<Claim>> {
    match (filter, &args.id) {
        (Some(filter), _) => {
            let picked = store.claims(filter)?;
            if picked.is_empty() {
                bail!("edit --where: no claim matches; nothing was changed");
            }
            Ok(picked)
        }
        (None, Some(id)) => Ok(vec![store.find_claim(id)?]),
        (None, None) => bail!("edit: give a claim's number, or --where FILTER=VALUE"),
    }
}

/// Edits each claim and records each change in its history; a claim
/// already as asked is left alone, unless it is the only one.
fn edit_claims(store: &Store, args: &Args, claims: Vec<Claim>) -> Result<Vec<Edited>> {
    let many = args.id.is_none();
    let picked = claims.len();
    let mut edited = Vec::new();
    for claim in claims {
        let after = apply(store, &claim, args).map_err(|e| naming(many, &claim, e))?;
        let diff = changes(&claim, &after);
        if diff.is_empty() {
            continue;
        }
        let detail = serde_json::Value::Object(diff.clone()).to_string();
        store
            .update_claim(&after, Action::Edit, &detail)
            .map_err(|e| naming(many, &claim, e.into()))?;
        edited.push(Edited {
            number: claim.number,
            id: claim.id,
            changes: diff,
        });
    }
    if let Some(event) = &args.event {
        move_corrections_along(store, &mut edited, event.trim())?;
    }
    match (edited.is_empty(), args.id.as_deref()) {
        (false, _) => Ok(edited),
        (true, Some(id)) => bail!(
            "claim {}: nothing to change (give a field such as --value or --source)",
            store.find_claim(id)?.number
        ),
        (true, None) => bail!(
            "edit --where: {} already {}; nothing to change",
            if picked == 1 {
                "the claim picked".to_string()
            } else {
                format!("all {picked} claims picked")
            },
            if picked == 1 { "reads so" } else { "read so" }
        ),
    }
}

/// A correction and the claim it replaced are one figure's history, in
/// one event: moving a claim moves the claims its chain of corrections
/// links it to (only their event changes), each edit in its own history.
fn move_corrections_along(store: &Store, edited: &mut Vec<Edited>, event: &str) -> Result<()> {
    let mut queue: Vec<i64> = edited
        .iter()
        .filter(|e| e.changes.contains_key("event"))
        .map(|e| e.number)
        .collect();
    let mut seen: std::collections::HashSet<i64> = edited.iter().map(|e| e.number).collect();
    while let Some(number) = queue.pop() {
        let claim = store.find_claim(&format!("#{number}"))?;
        let mut partners = Vec::new();
        if let Some(by) = &claim.superseded_by {
            partners.push(store.find_claim(by)?);
        }
        if let Some(corrected) = store.corrected_by(&claim.id)? {
            partners.push(store.find_claim(&format!("#{corrected}"))?);
        }
        for partner in partners {
            if !seen.insert(partner.number) {
                continue;
            }
            let mut moved = partner.clone();
            moved.event = event.to_string();
            let diff = changes(&partner, &moved);
            if diff.is_empty() {
                continue;
            }
            let detail = serde_json::Value::Object(diff.clone()).to_string();
            store.update_claim(&moved, Action::Edit, &detail)?;
            note(format!(
                "claim {} moves along: it is in claim {}'s chain of corrections",
                partner.number, number
            ));
            queue.push(partner.number);
            edited.push(Edited {
                number: partner.number,
                id: partner.id,
                changes: diff,
            });
        }
    }
    Ok(())
}

/// An error that names its claim when there are several (one claim's
/// errors read as they always have).
fn naming(many: bool, claim: &Claim, err: anyhow::Error) -> anyhow::Error {
    if many {
        err.context(format!("claim {}", claim.number))
    } else {
        err
    }
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    check_text(&args)?;
    let filter = match args.id {
        Some(_) => None,
        None => Some(selection(&args.selection)?),
    };
    if filter.is_some() && !sets_something(&args) {
        bail!(
            "edit --where: nothing to set (give a field such as --value, --qualifier or --by; --where only picks the claims by {WHERE_FILTERS})"
        );
    }
    let store = ctx.open()?;
    if !args.new_name {
        let or_empty = crate::text::or_empty;
        super::lookalike::refuse_lookalikes(
            &store,
            [
                (Party::Source, or_empty(&args.source)),
                (Party::Claimant, or_empty(&args.by)),
            ],
        )?;
    }
    let work = |s: &Store| edit_claims(s, &args, targets(s, &args, filter.as_ref())?);
    if args.dry_run {
        let edited = store.rehearse(work)?;
        note(format!(
            "dry run: {} would change",
            plural(edited.len(), "claim")
        ));
        return preview::print(ctx.style, &edited);
    }
    let edited = store.write(work)?;
    if filter.is_some() {
        note(format!("edited {}", plural(edited.len(), "claim")));
    }
    let claims = edited
        .iter()
        .map(|e| store.find_claim(&format!("#{}", e.number)))
        .collect::<crate::store::Result<Vec<_>>>()?;
    print_claims(ctx.style, &claims)
}
