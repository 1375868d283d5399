//! One file per command: its clap arguments, its help with a real example,
//! and its `run`. Shared plumbing (opening the database, reading dates from
//! flags, printing claims) lives here.

pub mod add;
pub mod backup;
pub mod chart;
pub mod check;
pub mod compare;
pub mod completions;
pub mod conflicts;
pub mod copy;
pub mod correct;
pub mod demo;
pub mod edit;
pub mod event;
pub mod export;
pub mod extract;
pub mod filters;
pub mod import;
pub mod list;
pub mod log;
pub mod lookalike;
pub mod man;
pub mod merge;
pub mod metric;
pub mod parse;
pub mod party;
pub mod report;
pub mod retract;
pub mod review;
pub mod rm;
pub mod serve;
pub mod show;
pub mod summary;
pub mod timeline;

use crate::domain::{Claim, Status, When};
use crate::interchange::{ClaimRecord, Record, display_value, records_csv};
use crate::parse::date::parse_when;
use crate::render::{self, Format, Grid, Mark, Style};
use crate::store::Store;
use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use serde_json::{Value as Json, json};
use std::path::PathBuf;

/// What every command gets: where the database is and how to print.
pub struct Ctx {
    pub db: PathBuf,
    pub style: Style,
    /// `--format` as given (import and export read csv/jsonl from it).
    pub requested: Option<Format>,
}

impl Ctx {
    /// An existing database (read commands never create one).
    pub fn open(&self) -> Result<Store> {
        Ok(Store::open(&self.db, false)?)
    }

    /// An existing database holding `event`, for commands that record
    /// into it: a missing file, or a server's database without claimlog's
    /// tables yet, is told as "no event" with the way to start one.
    pub fn open_with_event(&self, event: &str) -> Result<Store> {
        let missing = || {
            anyhow!(
                "no event '{event}' ({} does not exist yet; start the story with `claimlog event add {event}`)",
                self.db.display()
            )
        };
        if !Store::exists(&self.db) {
            return Err(missing());
        }
        let store = match Store::open(&self.db, false) {
            Err(crate::store::StoreError::Missing(_)) => return Err(missing()),
            other => other?,
        };
        store.require_event(event)?;
        Ok(store)
    }

    /// The database, created on first write.
    pub fn open_or_create(&self) -> Result<Store> {
        Ok(Store::open(&self.db, true)?)
    }

    /// The metric words to read text with: the database's when it has
    /// them, else the built-in lexicon. Never writes, never waits.
    pub fn aliases(&self) -> Result<Vec<crate::parse::lexicon::Alias>> {
        match Store::open_for_reading(&self.db)? {
            Some(store) => Ok(store.aliases()?),
            None => Ok(crate::parse::lexicon::builtin_aliases()),
        }
    }

    pub fn format(&self) -> Format {
        self.style.format
    }
}

/// "1 claim", "2 claims".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A note for the user on stderr (new names, what was done), with any
/// control character in a name it quotes shown escaped.
pub fn note(message: impl std::fmt::Display) {
    eprintln!("claimlog: {}", crate::text::escape(&message.to_string()));
}

/// Reads a date flag, naming the flag when it is wrong.
pub fn when_arg(flag: &str, text: &str, reference: Option<NaiveDate>) -> Result<When> {
    let when = parse_when(text, reference).map_err(|e| anyhow!("{flag}: {e}"))?;
    if !when.in_range() {
        return Err(anyhow!(
            "{flag}: '{}' is outside the years 1 to 9999",
            text.trim()
        ));
    }
    Ok(when)
}

/// Reads an optional date flag.
pub fn opt_when_arg(
    flag: &str,
    text: &Option<String>,
    reference: Option<NaiveDate>,
) -> Result<Option<When>> {
    text.as_deref()
        .map(|t| when_arg(flag, t, reference))
        .transpose()
}

/// Today, the reference for relative dates when nothing else is given.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The JSON record of a claim with its local number.
/// A claim not recorded yet (a dry run) has neither: both are null.
pub fn claim_json(claim: &Claim) -> Json {
    let number = if claim.number == 0 {
        Json::Null
    } else {
        json!(claim.number)
    };
    crate::interchange::record_with(claim, &[("number", number)])
}

/// A claim's status as a table shows it.
pub fn status_label(claim: &Claim) -> (String, Mark) {
    if claim.deleted {
        return ("deleted".into(), Mark::Dim);
    }
    match claim.status {
        Status::Active => ("active".into(), Mark::Plain),
        Status::Retracted => ("RETRACTED".into(), Mark::Warn),
        Status::Superseded => ("superseded".into(), Mark::Dim),
    }
}

/// JSON values one per line.
pub fn jsonl(values: impl Iterator<Item = Json>) -> String {
    let mut out = String::new();
    for v in values {
        out.push_str(&v.to_string());
        out.push('\n');
    }
    out
}

/// Prints claims in the chosen format: records for JSON and CSV, a table
/// (or Markdown) to read otherwise.
pub fn print_claims(style: Style, claims: &[Claim]) -> Result<()> {
    print_claims_in(style, claims, &render::Columns::default())
}

/// `print_claims` with the columns `--columns` chose (tables and Markdown).
pub fn print_claims_in(style: Style, claims: &[Claim], columns: &render::Columns) -> Result<()> {
    let text = match style.format {
        Format::Json => render::json(&Json::Array(claims.iter().map(claim_json).collect())),
        Format::Jsonl => jsonl(claims.iter().map(claim_json)),
        Format::Csv => {
            let records: Vec<ClaimRecord> = claims.iter().map(Record::from_claim).collect();
            records_csv(&records)?
        }
        Format::Table | Format::Markdown | Format::Claimreview | Format::Hxl => {
            let mut grid = Grid::new(&[
                "#",
                "event",
                "metric",
                "qualifier",
                "value",
                "as said",
                "as of",
                "source",
                "claimant",
                "status",
            ])
            // The quote is long and the value shows it read; the event is
            // usually the one asked for; the status is also the value's colour.
            .dropping(&["as said", "event", "qualifier", "status"]);
            for claim in claims {
                let (status, mark) = status_label(claim);
                let plain = |s: &str| (s.to_string(), Mark::Plain);
                grid.push_marked(vec![
                    // A dry run's claims have no number yet.
                    plain(&if claim.number == 0 {
                        "—".to_string()
                    } else {
                        claim.number.to_string()
                    }),
                    plain(&claim.event),
                    plain(&claim.metric),
                    plain(&claim.qualifier),
                    (display_value(&claim.value, &claim.text), mark),
                    plain(&claim.text),
                    plain(&claim.as_of.to_iso()),
                    plain(&claim.source),
                    plain(&claim.claimant),
                    (status, mark),
                ]);
            }
            columns.apply(grid)?.render(style)
        }
    };
    render::print(&text)?;
    Ok(())
}
