//! `claimlog export`: the exact records back, as CSV, JSON Lines, a JSON
//! array, CSV with HXL hashtags, or schema.org ClaimReview JSON-LD.

use super::{Ctx, claim_json, note};
use crate::domain::Claim;
use crate::interchange::claimreview::{
    FirstAppearances, claim_review, claim_review_of, script_safe, unpublishable,
};
use crate::interchange::hxl::HxlWriter;
use crate::interchange::{CsvWriter, JsonArrayWriter, JsonlWriter, Record};
use crate::render::Format;
use crate::store::{ClaimFilter, Order, Store, StoreError};
use anyhow::{Result, bail};
use std::io::Write;
use std::path::PathBuf;

/// Export claims (all, or one event's) in the interchange record: export,
/// import into an empty database, export again gives the same file.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog export kz-unrest-2022 -o kz.csv
  claimlog export --format jsonl > all.jsonl
  claimlog export kz-unrest-2022 --format hxl -o kz-hxl.csv
  claimlog export kz-unrest-2022 --format claimreview -o kz-claims.jsonld")]
pub struct Args {
    /// Only this event.
    pub event: Option<String>,
    /// Write here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let format = ctx.requested.unwrap_or(Format::Csv);
    if matches!(format, Format::Table | Format::Markdown) {
        bail!("--format: export writes csv, jsonl, json, hxl or claimreview");
    }
    let store = ctx.open()?;
    let filter = ClaimFilter {
        event: args.event.clone(),
        ..Default::default()
    };
    if let Some(event) = &args.event {
        store.require_event(event)?;
    }
    let target = crate::output::Target::from_arg(args.output.as_deref(), &ctx.db)?;
    let mut out = target.open()?;
    // The first write error, kept whole: a closed pipe must still read as
    // one (`export | head` ends quietly) and a full disk as itself.
    let mut failed: Option<std::io::Error> = None;
    let mut keep = |e: std::io::Error| {
        let message = format!("writing the export: {e}");
        failed.get_or_insert(e);
        StoreError::Invalid(message)
    };
    let mut count = 0usize;
    let written = write_claims(&store, &filter, format, &mut out, &mut keep, &mut count);
    if let Err(e) = written {
        return Err(match failed {
            Some(io) => out.error(io),
            None => e.into(),
        });
    }
    out.finish()?;
    if !target.is_stdout() {
        note(format!(
            "exported {} to {}",
            super::plural(count, "claim"),
            target.shown().display()
        ));
    }
    Ok(())
}

/// Writes the claims `filter` selects to `out` in `format`, counting them
/// in `count`; `keep` turns a write error into the store's error (and
/// keeps it whole for the caller).
fn write_claims(
    store: &Store,
    filter: &ClaimFilter,
    format: Format,
    out: &mut dyn Write,
    keep: &mut dyn FnMut(std::io::Error) -> StoreError,
    count: &mut usize,
) -> Result<(), StoreError> {
    let mut each = |f: &mut dyn FnMut(Claim) -> Result<(), StoreError>| {
        store.each_claim(filter, Order::Number, |claim| {
            *count += 1;
            f(claim)
        })
    };
    match format {
        Format::Csv => CsvWriter::new(&mut *out)
            .map_err(&mut *keep)
            .and_then(|mut writer| {
                each(&mut |claim| {
                    writer
                        .write(&Record::from_claim(&claim))
                        .map_err(&mut *keep)
                })?;
                writer.flush().map_err(&mut *keep)
            }),
        Format::Hxl => HxlWriter::new(&mut *out)
            .map_err(&mut *keep)
            .and_then(|mut writer| {
                each(&mut |claim| {
                    writer
                        .write(&Record::from_claim(&claim))
                        .map_err(&mut *keep)
                })?;
                writer.flush().map_err(&mut *keep)
            }),
        Format::Jsonl => {
            let mut writer = JsonlWriter::new(&mut *out);
            each(&mut |claim| {
                writer
                    .write(&Record::from_claim(&claim))
                    .map_err(&mut *keep)
            })
        }
        Format::Json => JsonArrayWriter::new(&mut *out)
            .map_err(&mut *keep)
            .and_then(|mut writer| {
                each(&mut |claim| writer.write(&claim_json(&claim)).map_err(&mut *keep))?;
                writer.finish().map(drop).map_err(&mut *keep)
            }),
        Format::Claimreview => {
            // Two passes: the first finds each figure's first appearance
            // and refuses, before a line is written, a review ClaimReview
            // cannot carry.
            let reviews = store.latest_reviews()?;
            let mut first = FirstAppearances::default();
            store
                .each_claim(filter, Order::Number, |claim| {
                    if let Some(why) = reviews.get(&claim.number).and_then(unpublishable) {
                        return Err(StoreError::Invalid(format!(
                            "claim {}: its review {why}, which ClaimReview requires (`claimlog review {} --rating … --reviewer … --url …` adds a complete one)",
                            claim.number, claim.number
                        )));
                    }
                    first.add(&claim);
                    Ok(())
                })
                .and_then(|()| {
                    each(&mut |claim| {
                        let node = match reviews.get(&claim.number) {
                            Some(review) => claim_review_of(&claim, &first, review),
                            None => claim_review(&claim, &first),
                        };
                        writeln!(out, "{}", script_safe(&node)).map_err(&mut *keep)
                    })
                })
        }
        Format::Table | Format::Markdown => unreachable!("refused above"),
    }
}
