//! `claimlog import`: interchange records from CSV or JSON Lines, in one
//! transaction: any bad row stops the import and nothing is written.

use super::{Ctx, note, today};
use crate::interchange::{COLUMNS, Fields, IGNORED_KEYS, Lookup, claim_from_fields};
use crate::render::Format;
use crate::store::{Store, StoreError};
use anyhow::{Context, Result, anyhow, bail};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Import claims (CSV with a header, or JSON Lines); re-importing adds nothing.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog import samples/kz-unrest-2022.csv
  claimlog import claims.jsonl
  claimlog import - --format jsonl < claims.jsonl")]
pub struct Args {
    /// A file, or - for standard input. `--format csv|jsonl` says which
    /// (default: from the file name, else csv).
    pub file: String,
    /// Check every row and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// How many claims an import read, added and skipped.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub rows: usize,
    pub added: usize,
    pub existing: usize,
}

/// Reads records from `input` and inserts them through `store` (the caller
/// holds the transaction). `name` is used in error messages.
pub fn import_records(store: &Store, input: impl Read, jsonl: bool, name: &str) -> Result<Tally> {
    let today = today();
    let mut tally = Tally::default();
    let mut new_events: Vec<String> = Vec::new();
    let mut each = |line: u64, fields: Fields| -> Result<()> {
        let kind_of = |metric: &str| store.metric(metric).ok().flatten().map(|(_, k)| k);
        let lookup = Lookup {
            metric_kind: &kind_of,
            today,
        };
        let claim =
            claim_from_fields(&fields, &lookup).map_err(|e| anyhow!("{name}:{line}: {e}"))?;
        if store.metric(&claim.metric)?.is_none() {
            store.add_metric(&claim.metric, claim.kind(), &[], "")?;
        }
        if store
            .ensure_event(&claim.event)
            .map_err(|e| anyhow!("{name}:{line}: event: {e}"))?
            .1
        {
            new_events.push(claim.event.clone());
        }
        tally.rows += 1;
        match store
            .insert_claim(&claim, "import", "")
            .map_err(|e| row_error(name, line, e))?
        {
            Some(_) => tally.added += 1,
            None => tally.existing += 1,
        }
        Ok(())
    };
    if jsonl {
        for (i, line) in BufReader::new(input).lines().enumerate() {
            let line_no = i as u64 + 1;
            let text = line.with_context(|| format!("{name}:{line_no}: cannot read"))?;
            if text.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| anyhow!("{name}:{line_no}: not a JSON record: {e}"))?;
            let object = value
                .as_object()
                .ok_or_else(|| anyhow!("{name}:{line_no}: not a JSON object"))?;
            let fields = Fields::from_json(object).map_err(|e| anyhow!("{name}:{line_no}: {e}"))?;
            each(line_no, fields)?;
        }
    } else {
        let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(input);
        let headers = reader
            .headers()
            .map_err(|e| anyhow!("{name}:1: {e}"))?
            .clone();
        for h in headers.iter() {
            if !COLUMNS.contains(&h.trim()) && !IGNORED_KEYS.contains(&h.trim()) {
                bail!(
                    "{name}:1: unknown column '{h}' (known: {})",
                    COLUMNS.join(", ")
                );
            }
        }
        let mut record = csv::StringRecord::new();
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    bail!("{name}:{line}: malformed CSV: {}", csv_reason(&e));
                }
            }
            let line = record.position().map_or(0, |p| p.line());
            let mut fields = Fields::new();
            for (h, v) in headers.iter().zip(record.iter()) {
                fields.set(h.trim(), v.to_string());
            }
            each(line, fields)?;
        }
    }
    for event in new_events {
        note(format!("new event '{event}'"));
    }
    Ok(tally)
}

fn csv_reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("{len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".into(),
        _ => e.to_string(),
    }
}

fn row_error(name: &str, line: u64, e: StoreError) -> anyhow::Error {
    anyhow!("{name}:{line}: {e}")
}

/// Opens a file or stdin.
pub fn open_input(file: &str) -> Result<Box<dyn Read>> {
    if file == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
    }
    let f = std::fs::File::open(file).with_context(|| format!("{file}: cannot open"))?;
    Ok(Box::new(f))
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let jsonl = match ctx.requested {
        Some(Format::Jsonl) | Some(Format::Json) => true,
        Some(Format::Csv) => false,
        Some(other) => bail!("--format: import reads csv or jsonl, not {other:?}"),
        None => Path::new(&args.file)
            .extension()
            .is_some_and(|e| e == "jsonl" || e == "json" || e == "ndjson"),
    };
    let input = open_input(&args.file)?;
    let name = if args.file == "-" {
        "<stdin>"
    } else {
        &args.file
    };
    if args.dry_run {
        // Rehearse against the real database when there is one, so its own
        // metrics are known, and roll everything back.
        let store = if ctx.db.exists() {
            ctx.open()?
        } else {
            Store::open_in_memory()?
        };
        let tally = store.rehearse(|s| {
            import_records(s, input, jsonl, name).map_err(|e| StoreError::Invalid(format!("{e:#}")))
        })?;
        note(format!(
            "dry run: {} rows read, all valid; nothing written",
            tally.rows
        ));
        return Ok(());
    }
    let store = ctx.open_or_create()?;
    let tally = store.write(|s| {
        import_records(s, input, jsonl, name).map_err(|e| StoreError::Invalid(format!("{e:#}")))
    })?;
    note(format!(
        "imported {} claims from {name} ({} already there)",
        tally.added, tally.existing
    ));
    Ok(())
}
