//! `claimlog add`: record claims as you read them, in one transaction.

use super::{Ctx, note, opt_when_arg, print_claims, today, when_arg};
use crate::domain::{Claim, Lang, Status, Value, When};
use crate::parse::entry::{self, EntryError, LeftOut};
use crate::parse::lang;
use crate::store::names::Party;
use crate::store::{Origin, Store};
use anyhow::{Context, Result, anyhow, bail};
use chrono::{NaiveDate, Utc};

/// Record claims: quick entry (one text, several claims) or one structured claim.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog add kz-unrest-2022 \"26 armed criminals killed, 18 wounded\" --source franceinfo --by \"Interior Ministry\" --said 2022-01-07
  claimlog add kz-unrest-2022 \"Des troupes russes sont arrivées jeudi\" --source franceinfo --said 2022-01-07
  claimlog add kz-unrest-2022 --metric deaths --value \"at least 225\" --by \"Prosecutor General's Office\" --source Reuters --said 2022-01-15")]
pub struct Args {
    /// The event's slug (it must exist: `claimlog event add SLUG`).
    pub event: String,
    /// What the source says, e.g. "26 armed criminals killed, 18 wounded".
    pub text: Vec<String>,
    #[command(flatten)]
    pub fields: ClaimFields,
    /// Show what would be recorded, and record nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Keep a new source or claimant name that looks like an existing one
    /// (without it, `add` asks "did you mean …" and records nothing).
    #[arg(long)]
    pub new_name: bool,
}

/// The flags shared by `add` (and reused by `correct`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ClaimFields {
    /// Record one claim of this metric without the quick-entry parser.
    #[arg(long, requires = "value")]
    pub metric: Option<String>,
    /// The value as said (with --metric): "26", "at least 225", "jeudi".
    #[arg(long, requires = "metric")]
    pub value: Option<String>,
    /// Who or what is counted ("armed criminals"); overrides the parsed one.
    #[arg(long)]
    pub qualifier: Option<String>,
    /// The outlet where the claim appeared.
    #[arg(long)]
    pub source: Option<String>,
    /// Who the claim is attributed to (empty: the outlet's own claim).
    #[arg(long)]
    pub by: Option<String>,
    /// The claimant --by relays ("OCHA, citing the Red Crescent"): for
    /// independence the claim counts with that claimant's figures.
    #[arg(long, value_name = "CLAIMANT")]
    pub citing: Option<String>,
    /// When the claimant said it (2022-01-07, "7 janvier 2022", yesterday).
    #[arg(long)]
    pub said: Option<String>,
    /// When the source published it.
    #[arg(long)]
    pub published: Option<String>,
    /// The moment the figure describes (default: said, else published, else today).
    #[arg(long)]
    pub as_of: Option<String>,
    #[arg(long)]
    pub url: Option<String>,
    /// The words quoted, as printed.
    #[arg(long)]
    pub quote: Option<String>,
    /// en or fr (guessed from the text when left out).
    #[arg(long, value_parser = super::filters::lang_arg)]
    pub lang: Option<Lang>,
    #[arg(long)]
    pub note: Option<String>,
    /// A tag (repeatable).
    #[arg(long = "tag")]
    pub tags: Vec<String>,
}

/// The times of a claim read from the flags, and the day weekdays resolve
/// against.
pub struct Times {
    pub said: Option<When>,
    pub published: Option<When>,
    pub as_of: When,
    pub reference: NaiveDate,
}

impl ClaimFields {
    /// Refuses control and invisible characters in every flag that is
    /// stored, naming the flag (`text` has the rules).
    pub fn check_text(&self) -> std::result::Result<(), crate::text::Refused> {
        use crate::text::{Rule, check_all};
        let opt = crate::text::or_empty;
        check_all([
            ("--metric", opt(&self.metric), Rule::Name),
            ("--value", opt(&self.value), Rule::Text),
            ("--qualifier", opt(&self.qualifier), Rule::Name),
            ("--source", opt(&self.source), Rule::Name),
            ("--by", opt(&self.by), Rule::Name),
            ("--citing", opt(&self.citing), Rule::Name),
            ("--said", opt(&self.said), Rule::Text),
            ("--published", opt(&self.published), Rule::Text),
            ("--as-of", opt(&self.as_of), Rule::Text),
            ("--url", opt(&self.url), Rule::Url),
            ("--quote", opt(&self.quote), Rule::Paragraph),
            ("--note", opt(&self.note), Rule::Paragraph),
        ])?;
        check_all(self.tags.iter().map(|t| ("--tag", t.as_str(), Rule::Name)))
    }

    pub fn times(&self) -> Result<Times> {
        let today = today();
        let said = opt_when_arg("--said", &self.said, Some(today))?;
        let published = opt_when_arg("--published", &self.published, Some(today))?;
        let reference = said.or(published).map_or(today, |w| w.date());
        let as_of = match &self.as_of {
            Some(text) => when_arg("--as-of", text, Some(reference))?,
            None => said.or(published).unwrap_or(When::Day(today)),
        };
        Ok(Times {
            said,
            published,
            as_of,
            reference,
        })
    }

    pub fn lang(&self, text: &str) -> Result<Lang> {
        Ok(self.lang.unwrap_or_else(|| lang::guess(text)))
    }
}

/// A new claim with everything but its value filled from the flags.
pub fn blank_claim(event: &str, fields: &ClaimFields, times: &Times, lang: Lang) -> Claim {
    let text = |o: &Option<String>| o.clone().unwrap_or_default().trim().to_string();
    Claim {
        number: 0,
        id: String::new(),
        event: event.to_string(),
        metric: String::new(),
        qualifier: String::new(),
        text: String::new(),
        value: Value::Text,
        unit: String::new(),
        as_of: times.as_of,
        said_at: times.said,
        published_at: times.published,
        recorded_at: Utc::now(),
        source: text(&fields.source),
        claimant: text(&fields.by),
        citing: text(&fields.citing),
        url: text(&fields.url),
        quote: text(&fields.quote),
        lang: Some(lang),
        status: Status::Active,
        retracted_at: None,
        retract_reason: String::new(),
        retracted_by: String::new(),
        superseded_by: None,
        superseded_at: None,
        note: text(&fields.note),
        tags: fields
            .tags
            .iter()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect(),
        deleted: false,
    }
}

/// Reads the claims an `add` describes, without writing anything.
pub fn read_claims(
    store: &Store,
    event: &str,
    text: &str,
    fields: &ClaimFields,
) -> Result<Vec<Claim>> {
    fields.check_text()?;
    crate::text::check("TEXT", text, crate::text::Rule::Text)?;
    let times = fields.times()?;
    if let (Some(metric), Some(value)) = (&fields.metric, &fields.value) {
        if !text.trim().is_empty() {
            bail!("give either a TEXT to parse or --metric with --value, not both");
        }
        let lang = fields.lang(value)?;
        let (_, kind) = store.require_metric(metric)?;
        let parsed = entry::parse_structured_value(value, kind, lang, times.reference)
            .map_err(|e| anyhow!("--value: {e}"))?;
        let mut claim = blank_claim(event, fields, &times, lang);
        claim.metric = metric.trim().to_string();
        claim.qualifier = fields
            .qualifier
            .clone()
            .unwrap_or_default()
            .trim()
            .to_lowercase();
        claim.text = value.trim().to_string();
        claim.value = parsed;
        return Ok(vec![claim]);
    }
    Ok(read_quick_entry(store, event, text, fields)?
        .into_iter()
        .map(|(_, claim)| claim)
        .collect())
}

/// Reads a quick entry's claims, each with the fragment it came from
/// (`log` shows both), without writing anything.
pub fn read_quick_entry(
    store: &Store,
    event: &str,
    text: &str,
    fields: &ClaimFields,
) -> Result<Vec<(String, Claim)>> {
    fields.check_text()?;
    crate::text::check("TEXT", text, crate::text::Rule::Text)?;
    let times = fields.times()?;
    if text.trim().is_empty() {
        bail!(
            "nothing to record: give a TEXT like \"26 dead, 18 wounded\", or --metric and --value"
        );
    }
    let lang = fields.lang(text)?;
    let lexicon = store.lexicon()?;
    let reading =
        entry::parse_entry_noting(text, lang, &lexicon, times.reference).map_err(|e| match e {
            EntryError::Unreadable { fragment, why } => {
                anyhow!("cannot read '{fragment}': {why}; nothing was recorded")
            }
            other => anyhow!("{other}"),
        })?;
    note_unmeasured(&reading.unmeasured);
    // An English line on a French desk is recorded as English.
    let lang = reading.lang;
    reading
        .claims
        .into_iter()
        .map(|p| {
            let metric = p.metric.clone().ok_or_else(|| {
                anyhow!(
                    "cannot read '{}': no metric word (like killed, wounded, tués, blessés; see `claimlog metric list`); nothing was recorded",
                    p.fragment
                )
            })?;
            let mut claim = blank_claim(event, fields, &times, lang);
            claim.metric = metric;
            claim.qualifier = match &fields.qualifier {
                Some(q) => q.trim().to_lowercase(),
                None => p.qualifier.clone(),
            };
            claim.text = p.text.clone();
            claim.value = p.value.clone();
            Ok((p.fragment.clone(), claim))
        })
        .collect()
}

/// Says which fragments of an entry were left out because their figures
/// count no one a metric measures ("41 rescapés").
pub fn note_unmeasured(left_out: &[LeftOut]) {
    for LeftOut { fragment, why } in left_out {
        match why {
            Some(why) => note(format!("left out '{fragment}': {why}")),
            None => note(format!(
                "left out '{fragment}': it counts no one a metric measures (see `claimlog metric list`)"
            )),
        }
    }
}

/// Records claims in one transaction, saying which names (found by
/// `new_names` before) are new.
pub fn record(
    store: &Store,
    claims: &[Claim],
    origin: Origin,
    new_names: Vec<String>,
) -> Result<Vec<i64>> {
    let numbers = store.write(|s| insert_claims(s, claims, origin))?;
    for name in new_names {
        note(name);
    }
    Ok(numbers)
}

/// Stores claims inside the caller's transaction; gives their numbers.
pub fn insert_claims(s: &Store, claims: &[Claim], origin: Origin) -> Result<Vec<i64>> {
    Ok(claims
        .iter()
        .map(|c| s.insert_claim(c, origin, "").map(|n| n.unwrap_or_default()))
        .collect::<crate::store::Result<Vec<i64>>>()?)
}

/// "new source 'AFP'", once for each source or claimant the claims bring
/// that the database does not know yet.
pub fn new_names(store: &Store, claims: &[Claim]) -> Result<Vec<String>> {
    let mut new_names: Vec<String> = Vec::new();
    for claim in claims {
        for (party, name) in [
            (Party::Source, &claim.source),
            (Party::Claimant, &claim.claimant),
            (Party::Claimant, &claim.citing),
        ] {
            let label = format!("new {} '{}'", party.noun(), name.trim());
            if !name.trim().is_empty()
                && store.party_id(party, name)?.is_none()
                && !new_names.contains(&label)
            {
                new_names.push(label);
            }
        }
    }
    Ok(new_names)
}

/// The source and claimant a claim names.
fn party_names(claim: &Claim) -> [(Party, &str); 2] {
    [
        (Party::Source, claim.source.as_str()),
        (Party::Claimant, claim.claimant.as_str()),
    ]
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let text = args.text.join(" ");
    let store = ctx.open_with_event(&args.event)?;
    let claims = read_claims(&store, &args.event, &text, &args.fields)?;
    let names = new_names(&store, &claims)?;
    // The same answer in a dry run: it shows what the real run would do.
    // Only a new name can look like a known one: when none is new, the
    // database is not asked again.
    if !args.new_name && !names.is_empty() {
        super::lookalike::refuse_lookalikes(&store, claims.iter().flat_map(party_names))?;
    }
    warn_of_lookalike_qualifiers(&store, &args.event, &claims)?;
    if args.dry_run {
        note(format!(
            "dry run: {} would be recorded",
            super::plural(claims.len(), "claim")
        ));
        return print_claims(ctx.style, &claims);
    }
    let numbers = record(&store, &claims, Origin::Add, names)?;
    let added = numbers
        .iter()
        .map(|n| store.find_claim(&format!("#{n}")))
        .collect::<crate::store::Result<Vec<Claim>>>()
        .context("reading back the new claims")?;
    print_claims(ctx.style, &added)
}

/// Says on stderr when a claim brings a qualifier the event has not used
/// for its metric but that looks like one it has ("russian troop" beside
/// "russian troops"): a variant spelling splits one scope in two.
pub fn warn_of_lookalike_qualifiers(store: &Store, event: &str, claims: &[Claim]) -> Result<()> {
    let mut known: std::collections::HashMap<&str, Vec<String>> = Default::default();
    for claim in claims.iter().filter(|c| !c.qualifier.is_empty()) {
        if !known.contains_key(claim.metric.as_str()) {
            known.insert(&claim.metric, store.qualifiers_of(event, &claim.metric)?);
        }
        let existing = &known[claim.metric.as_str()];
        if existing.iter().any(|q| q == &claim.qualifier) {
            continue;
        }
        if let Some(close) = crate::store::names::closest(existing, &claim.qualifier, 0.9) {
            note(format!(
                "warning: new qualifier '{}' of {} looks like '{close}', which {event} uses",
                claim.qualifier, claim.metric,
            ));
        }
    }
    Ok(())
}
