//! `claimlog parse`: show how a text would be read, without a database.

use super::add::{ClaimFields, Times, blank_claim};
use super::{Ctx, today, when_arg};
use crate::domain::{Lang, Value, When};
use crate::interchange::{ClaimRecord, Record, display_value};
use crate::parse::entry::parse_entry_noting;
use crate::parse::lang;
use crate::parse::lexicon::Lexicon;
use crate::render::{self, Format, Grid};
use anyhow::{Result, anyhow};
use serde_json::Value as Json;

/// Show how quick entry reads a text (the database's own metric words are
/// used when it exists).
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog parse \"26 criminels armés tués, 18 blessés\"
  claimlog parse \"troops arrived Thursday\" --ref 2022-01-07 --format json")]
pub struct Args {
    pub text: Vec<String>,
    /// en or fr (guessed when left out).
    #[arg(long, value_parser = super::filters::lang_arg)]
    pub lang: Option<Lang>,
    /// The day weekdays and "yesterday" are resolved against (default today).
    #[arg(long = "ref")]
    pub reference: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let text = args.text.join(" ");
    let lang = args.lang.unwrap_or_else(|| lang::guess(&text));
    let reference = match &args.reference {
        Some(r) => when_arg("--ref", r, Some(today()))?.date(),
        None => today(),
    };
    let lexicon = Lexicon::new(ctx.aliases()?);
    let reading =
        parse_entry_noting(&text, lang, &lexicon, reference).map_err(|e| anyhow!("{e}"))?;
    super::add::note_unmeasured(&reading.unmeasured);
    let parsed = reading.claims;
    let records: Vec<ClaimRecord> = parsed
        .iter()
        .map(|p| {
            let times = Times {
                said: None,
                published: None,
                as_of: When::Day(reference),
                reference,
            };
            let mut claim = blank_claim("", &ClaimFields::default(), &times, lang);
            claim.metric = p.metric.clone().unwrap_or_default();
            claim.qualifier = p.qualifier.clone();
            claim.text = p.text.clone();
            claim.value = p.value.clone();
            let mut record = Record::from_claim(&claim);
            record.id = None;
            record.event = None;
            record.as_of = None;
            record.metric = p.metric.clone();
            record
        })
        .collect();
    let text = match ctx.format() {
        Format::Json => render::json(&Json::Array(
            records.iter().map(|r| Json::Object(r.to_json())).collect(),
        )),
        Format::Csv => crate::interchange::records_csv(&records)?,
        Format::Jsonl => super::jsonl(records.iter().map(|r| Json::Object(r.to_json()))),
        Format::Table | Format::Markdown | Format::Claimreview | Format::Hxl => {
            let readings: Vec<Reading> = parsed
                .iter()
                .map(|p| Reading {
                    number: None,
                    fragment: &p.fragment,
                    metric: p.metric.as_deref(),
                    qualifier: &p.qualifier,
                    value: &p.value,
                    text: &p.text,
                })
                .collect();
            reading_grid(&readings).render(ctx.style)
        }
    };
    render::print(&text)?;
    Ok(())
}

/// One row of the parse table: a fragment and how it reads (with the
/// claim number it got, when `log` recorded it).
pub struct Reading<'a> {
    pub number: Option<i64>,
    pub fragment: &'a str,
    pub metric: Option<&'a str>,
    pub qualifier: &'a str,
    pub value: &'a Value,
    pub text: &'a str,
}

/// The parse table; a `#` column first when any row has a number.
pub fn reading_grid(readings: &[Reading]) -> Grid {
    let numbered = readings.iter().any(|r| r.number.is_some());
    let mut headers = vec![
        "fragment",
        "metric",
        "qualifier",
        "kind",
        "value",
        "as said",
    ];
    if numbered {
        headers.insert(0, "#");
    }
    let mut grid = Grid::new(&headers);
    for r in readings {
        let mut row = vec![
            r.fragment.to_string(),
            r.metric.unwrap_or("(none)").to_string(),
            r.qualifier.to_string(),
            r.value.kind().to_string(),
            display_value(r.value, r.text),
            r.text.to_string(),
        ];
        if numbered {
            row.insert(0, r.number.map_or("—".into(), |n| n.to_string()));
        }
        grid.push(row);
    }
    grid
}
