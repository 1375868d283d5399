//! `claimlog export`: the exact records back, as CSV, JSON Lines, a JSON
//! array, or schema.org ClaimReview JSON-LD.

use super::{Ctx, claim_json, note};
use crate::interchange::claimreview::{FirstAppearances, claim_review, script_safe};
use crate::interchange::{COLUMNS, Record};
use crate::render::Format;
use crate::store::{ClaimFilter, Order, StoreError};
use anyhow::{Context, Result, bail};
use std::io::{BufWriter, Write};
use std::path::PathBuf;

/// Export claims (all, or one event's) in the interchange record: export,
/// import into an empty database, export again gives the same file.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog export kz-unrest-2022 -o kz.csv
  claimlog export --format jsonl > all.jsonl
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
        bail!("--format: export writes csv, jsonl, json or claimreview");
    }
    let store = ctx.open()?;
    let filter = ClaimFilter {
        event: args.event.clone(),
        ..Default::default()
    };
    if let Some(event) = &args.event {
        store.require_event(event)?;
    }
    // A file is written beside its final name and renamed at the end, so a
    // failed export never leaves a half file where a good one was.
    let target = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    let temp = match target {
        Some(path) => {
            let dir = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(std::path::Path::new("."));
            Some(
                tempfile::NamedTempFile::new_in(dir)
                    .with_context(|| format!("{}: cannot write", path.display()))?,
            )
        }
        None => None,
    };
    let sink: Box<dyn Write> = match &temp {
        Some(file) => Box::new(file.reopen().with_context(|| "cannot write the export")?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::with_capacity(1 << 16, sink);
    let io = |e: std::io::Error| StoreError::Invalid(format!("writing the export: {e}"));
    let mut count = 0usize;
    match format {
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut out);
            writer.write_record(COLUMNS)?;
            store.each_claim(&filter, Order::Number, |claim| {
                count += 1;
                writer
                    .write_record(Record::from_claim(&claim).to_csv_fields())
                    .map_err(|e| StoreError::Invalid(format!("writing the export: {e}")))
            })?;
            writer.flush()?;
        }
        Format::Jsonl => store.each_claim(&filter, Order::Number, |claim| {
            count += 1;
            let line = serde_json::Value::Object(Record::from_claim(&claim).to_json());
            writeln!(out, "{line}").map_err(io)
        })?,
        Format::Json => {
            out.write_all(b"[")?;
            store.each_claim(&filter, Order::Number, |claim| {
                let sep = if count == 0 { "\n  " } else { ",\n  " };
                count += 1;
                write!(out, "{sep}{}", claim_json(&claim)).map_err(io)
            })?;
            out.write_all(b"\n]\n")?;
        }
        Format::Claimreview => {
            // Two passes: the first finds each figure's first appearance.
            let mut first = FirstAppearances::default();
            store.each_claim(&filter, Order::Number, |claim| {
                first.add(&claim);
                Ok(())
            })?;
            store.each_claim(&filter, Order::Number, |claim| {
                count += 1;
                writeln!(out, "{}", script_safe(&claim_review(&claim, &first))).map_err(io)
            })?;
        }
        Format::Table | Format::Markdown => unreachable!("refused above"),
    }
    match out.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(()),
        other => other?,
    }
    drop(out);
    if let (Some(file), Some(path)) = (temp, target) {
        // A temporary file is private; an export is an ordinary file.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = file
                .as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644));
        }
        file.persist(path)
            .map_err(|e| anyhow::anyhow!("{}: cannot write: {}", path.display(), e.error))?;
        note(format!(
            "exported {} to {}",
            super::plural(count, "claim"),
            path.display()
        ));
    }
    Ok(())
}
