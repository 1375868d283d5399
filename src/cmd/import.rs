//! `claimlog import`: interchange records from CSV or JSON Lines, in one
//! transaction: any bad row stops the import and nothing is written.
//!
//! Rows stream through: memory stays flat however long the file is.

use super::{Ctx, note, today};
use crate::domain::Kind;
use crate::interchange::records::{RecordSink, read_records};
use crate::interchange::{COLUMNS, Fields, Lookup, claim_from_fields};
use crate::render::Format;
use crate::store::{Interner, Store, StoreError};
use crate::text::CheckedClaim;
use anyhow::{Context, Result, anyhow, bail};
use std::collections::HashMap;
use std::io::{IsTerminal, Read};
use std::path::Path;

mod pipeline;
mod update;

/// Import claims (CSV with a header, or JSON Lines); re-importing adds nothing.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog import samples/kz-unrest-2022.csv
  claimlog import claims.jsonl
  claimlog import - --format jsonl < claims.jsonl
  claimlog import big.csv --dry-run     # check every row, list every bad one, write nothing
  claimlog import edited.csv --update --dry-run   # list the edits a spreadsheet brings back")]
pub struct Args {
    /// A file, or - for standard input. `--format csv|jsonl` says which
    /// (default: from the file name, else csv).
    pub file: String,
    /// Check every row and write nothing; list every bad row (and, with
    /// --update, every edit).
    #[arg(long)]
    pub dry_run: bool,
    /// A row whose id is already in the database updates that claim: its
    /// differences become an edit, kept in the claim's history (without
    /// it, such rows are skipped).
    #[arg(long)]
    pub update: bool,
}

/// How many claims an import read, added and found already there.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tally {
    pub rows: usize,
    pub added: usize,
    pub existing: usize,
    /// Claims already there that `--update` edited, with their changes.
    pub updated: Vec<crate::cmd::edit::Edited>,
    /// Every bad row, when asked to keep going (dry runs).
    pub bad: Vec<String>,
    pub new_events: Vec<String>,
}

/// Reads records from `input` and inserts them through `store` (the caller
/// holds the transaction), on this thread. `name` is used in error
/// messages. With `keep_going`, bad rows are collected in the tally instead
/// of stopping.
pub fn import_records(
    store: &Store,
    input: impl Read,
    jsonl: bool,
    name: &str,
    keep_going: bool,
) -> Result<Tally> {
    import_records_updating(store, input, jsonl, name, keep_going, false)
}

/// `import_records`, where with `update` a row already there updates its
/// claim (`--update`).
fn import_records_updating(
    store: &Store,
    input: impl Read,
    jsonl: bool,
    name: &str,
    keep_going: bool,
    update: bool,
) -> Result<Tally> {
    let mut importer = Importer::new(store, name, keep_going, update);
    read_records(input, jsonl, name, &mut importer)?;
    importer.check_corrections()
}

/// Imports a whole input for `claimlog import`: rows are read and made
/// claims on a second thread while this one writes them. With
/// `defer_indexes` (a load that brings a large share of the table) the
/// secondary indexes of claims are dropped while the rows go in and built
/// once at the end.
#[allow(clippy::too_many_arguments)]
fn import_input(
    store: &Store,
    input: Box<dyn Read + Send>,
    jsonl: bool,
    name: &str,
    defer_indexes: bool,
    pipe: bool,
    update: bool,
    stop: &dyn Fn() -> bool,
) -> Result<Tally> {
    let deferred = if defer_indexes {
        Some(store.defer_claim_indexes()?)
    } else {
        None
    };
    let mut importer = Importer::new(store, name, false, update);
    if update {
        // Rows already there are merged with their stored claims, which
        // needs the row's own fields: read on this thread, and written one
        // by one (begin_bulk streams nothing for --update).
        read_records(input, jsonl, name, &mut importer)?;
    } else {
        importer.pipelined(input, jsonl, pipe, stop)?;
    }
    // Rows a streamed load counted as added that turned out to be there;
    // Ctrl-C still stops it between the long steps (indexes take seconds).
    let stopped = || {
        stop()
            .then_some(StoreError::Interrupted)
            .map_or(Ok(()), Err)
    };
    let already = store.finish_bulk_rows()?;
    importer.tally.added -= already;
    importer.tally.existing += already;
    if let Some(deferred) = deferred {
        stopped()?;
        store.restore_claim_indexes(deferred)?;
    }
    stopped()?;
    let tally = importer.check_corrections()?;
    stopped().map(|()| tally).map_err(Into::into)
}

impl<'s> Importer<'s> {
    fn new(store: &'s Store, name: &'s str, keep_going: bool, update: bool) -> Importer<'s> {
        Importer {
            store,
            name,
            keep_going,
            update,
            updates: update::Seen::default(),
            today: today(),
            now: chrono::Utc::now(),
            interner: Interner::creating_events(),
            kinds: HashMap::new(),
            corrections: Vec::new(),
            tally: Tally::default(),
        }
    }

    /// Once every row is in: a superseded claim must name a claim of the
    /// file or the database, and its chain of corrections must end.
    fn check_corrections(mut self) -> Result<Tally> {
        let corrections = std::mem::take(&mut self.corrections);
        for (line, _, gid) in &corrections {
            if !self.store.has_claim(gid)? {
                self.bad(
                    *line,
                    format!("superseded_by: '{gid}' names no claim in the file or the database"),
                )?;
            }
        }
        let cycles = if corrections.is_empty() {
            Default::default()
        } else {
            self.store.supersede_cycles()?
        };
        for (line, id, gid) in &corrections {
            if cycles.contains(id) {
                self.bad(
                    *line,
                    format!(
                        "superseded_by: '{gid}' leads back to this claim (a cycle of corrections)"
                    ),
                )?;
            }
        }
        Ok(self.finish())
    }
}

/// The state of one import: caches and counts.
struct Importer<'s> {
    store: &'s Store,
    name: &'s str,
    keep_going: bool,
    /// `--update`: a row already there updates its claim.
    update: bool,
    /// The ids `--update` has met, to refuse one given twice.
    updates: update::Seen,
    today: chrono::NaiveDate,
    /// One recorded_at for the whole file.
    now: chrono::DateTime<chrono::Utc>,
    interner: Interner,
    /// Metric kinds looked up so far (None: unknown).
    kinds: HashMap<String, Option<Kind>>,
    /// Lines of rows naming a correction, their ids and the id of the
    /// claim that replaced them, checked once every row is in.
    corrections: Vec<(u64, String, String)>,
    tally: Tally,
}

impl RecordSink for Importer<'_> {
    fn record(&mut self, line: u64, fields: &Fields) -> Result<()> {
        if self.update {
            match self.updates.take(self.store, line, fields) {
                Ok(update::Row::New) => {}
                Ok(update::Row::Merged(merged, stored)) => {
                    self.tally.rows += 1;
                    self.tally.existing += 1;
                    let applied = self.metric_kind(merged.get("metric")).and_then(|_| {
                        let kinds = &self.kinds;
                        let kind_of = |m: &str| kinds.get(m).copied().flatten();
                        let claim = claim_of(&merged, &kind_of, self.today, self.now)?;
                        update::apply(self.store, *stored, claim.claim())
                    });
                    return match applied {
                        Ok(Some(edited)) => {
                            self.tally.updated.push(edited);
                            Ok(())
                        }
                        Ok(None) => Ok(()),
                        Err(message) => self.bad(line, message),
                    };
                }
                Err(message) => {
                    self.tally.rows += 1;
                    return self.bad(line, message);
                }
            }
        }
        let claim = self.metric_kind(fields.get("metric")).and_then(|_| {
            let kinds = &self.kinds;
            let kind_of = |m: &str| kinds.get(m).copied().flatten();
            claim_of(fields, &kind_of, self.today, self.now)
        });
        self.take(line, claim.as_ref().map_err(String::as_str))
    }

    fn bad_row(&mut self, line: u64, message: String) -> Result<()> {
        self.tally.rows += 1;
        self.bad(line, message)
    }
}

impl Importer<'_> {
    fn bad(&mut self, line: u64, message: String) -> Result<()> {
        let message = format!("{}:{line}: {message}", self.name);
        if self.keep_going {
            self.tally.bad.push(message);
            Ok(())
        } else {
            Err(anyhow!(message))
        }
    }

    /// The kind of `metric` in the database, looked up once per name.
    fn metric_kind(&mut self, metric: &str) -> std::result::Result<Option<Kind>, String> {
        if let Some(kind) = self.kinds.get(metric) {
            return Ok(*kind);
        }
        let kind = self
            .store
            .metric(metric)
            .map_err(|e| e.to_string())?
            .map(|(_, k)| k);
        self.kinds.insert(metric.to_string(), kind);
        Ok(kind)
    }

    /// One row read: a claim to store, or why it cannot be one.
    fn take(&mut self, line: u64, claim: std::result::Result<&CheckedClaim, &str>) -> Result<()> {
        self.tally.rows += 1;
        let stored = claim
            .map_err(str::to_string)
            .and_then(|claim| self.store_claim(line, claim));
        match stored {
            Ok(Some(_)) => self.tally.added += 1,
            Ok(None) => self.tally.existing += 1,
            Err(message) => self.bad(line, message)?,
        }
        Ok(())
    }

    fn store_claim(
        &mut self,
        line: u64,
        checked: &CheckedClaim,
    ) -> std::result::Result<Option<i64>, String> {
        let claim = checked.claim();
        if let Some(by) = &claim.superseded_by {
            self.corrections.push((line, claim.id.clone(), by.clone()));
        }
        if self.metric_kind(&claim.metric)?.is_none() {
            // A metric new to this database, with its kind given: create it.
            crate::text::check("metric", &claim.metric, crate::text::Rule::Name)
                .map_err(|e| e.to_string())?;
            self.store
                .add_metric(&claim.metric, claim.kind(), &[], "")
                .map_err(|e| format!("metric: {e}"))?;
            self.kinds.insert(claim.metric.clone(), Some(claim.kind()));
        }
        self.store
            .insert_checked_claim(
                checked,
                crate::store::Origin::Import,
                "",
                &mut self.interner,
            )
            .map_err(|e| match e {
                StoreError::Invalid(m) | StoreError::NotFound(m) => m,
                other => other.to_string(),
            })
    }

    /// Reads rows and makes them claims on a second thread while this one
    /// writes them (`pipeline`).
    fn pipelined(
        &mut self,
        input: Box<dyn Read + Send>,
        jsonl: bool,
        pipe: bool,
        stop: &dyn Fn() -> bool,
    ) -> Result<()> {
        let kinds = self
            .store
            .metrics()?
            .into_iter()
            .map(|m| (m.name.to_ascii_lowercase(), m.kind))
            .collect();
        let reading = pipeline::Reading {
            jsonl,
            name: self.name.to_string(),
            kinds,
            today: self.today,
            now: self.now,
            pipe,
        };
        pipeline::run(input, reading, stop, |line, claim| self.take(line, claim))
    }

    fn finish(mut self) -> Tally {
        self.tally.new_events = std::mem::take(&mut self.interner.created_events);
        self.tally
    }
}

/// A row made a claim, or why it cannot be one. A row that cannot become a
/// claim is checked for refused characters first, so a value holding ESC is
/// refused for its ESC, not as an unreadable figure (the store checks the
/// text of every claim it is given).
fn claim_of(
    fields: &Fields,
    kind_of: &dyn Fn(&str) -> Option<Kind>,
    today: chrono::NaiveDate,
    now: chrono::DateTime<chrono::Utc>,
) -> std::result::Result<CheckedClaim, String> {
    let lookup = Lookup {
        metric_kind: kind_of,
        today,
        now,
    };
    let claim = claim_from_fields(fields, &lookup).map_err(|e| {
        crate::text::check_all(
            COLUMNS
                .iter()
                .map(|c| (*c, fields.get(c), crate::text::column_rule(c))),
        )
        .map_or_else(|refused| refused.to_string(), |()| e.to_string())
    })?;
    CheckedClaim::new(claim).map_err(|refused| refused.to_string())
}

/// Opens a file or stdin, with a progress bar on a terminal for big files.
pub fn open_input(file: &str) -> Result<Box<dyn Read + Send>> {
    if file == "-" {
        // Not locked: a lock cannot move to the reading thread.
        return Ok(Box::new(std::io::stdin()));
    }
    let f = std::fs::File::open(file).with_context(|| format!("{file}: cannot open"))?;
    let size = f.metadata().map(|m| m.len()).unwrap_or(0);
    // A few thousand rows are a few hundred kilobytes; below that a bar
    // would only flicker.
    if size > 512 * 1024 && std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(size).with_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} importing {bytes}/{total_bytes} [{bar:30}] {eta} left",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        return Ok(Box::new(bar.wrap_read(f)));
    }
    Ok(Box::new(f))
}

/// Says which events an import started (a count when there are many), and
/// warns when a new slug looks like a typo of one that was already there.
fn announce_events(events: &[String], existing: &[String]) {
    for event in events {
        if let Some(close) = crate::store::names::closest(existing, event, 0.9) {
            note(format!(
                "warning: new event '{event}' looks like '{close}', which exists: a typo in the file?"
            ));
        }
    }
    match events.len() {
        0 => {}
        1..=5 => {
            for event in events {
                note(format!("new event '{event}'"));
            }
        }
        n => note(format!(
            "{n} new events ('{}', '{}', …)",
            events[0], events[1]
        )),
    }
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let jsonl = reads_jsonl(ctx, &args.file)?;
    let input = open_input(&args.file)?;
    let size = (args.file != "-")
        .then(|| std::fs::metadata(&args.file).map(|m| m.len()).ok())
        .flatten();
    let name = if args.file == "-" {
        "<stdin>"
    } else {
        &args.file
    };
    if args.dry_run {
        return dry_run(ctx, input, jsonl, name, args.update);
    }
    let tally = import_into_database(ctx, input, jsonl, name, size, args.file == "-", args.update)?;
    let updated = if args.update {
        format!(", {} updated", tally.updated.len())
    } else {
        String::new()
    };
    note(format!(
        "imported {} from {name} ({} already there{updated})",
        super::plural(tally.added, "claim"),
        tally.existing
    ));
    Ok(())
}

/// Whether the input is JSON Lines: as `--format` says, else by the file's
/// extension.
fn reads_jsonl(ctx: &Ctx, file: &str) -> Result<bool> {
    Ok(match ctx.requested {
        Some(Format::Jsonl) | Some(Format::Json) => true,
        Some(Format::Csv) => false,
        Some(other) => bail!("--format: import reads csv or jsonl, not {other:?}"),
        None => Path::new(file)
            .extension()
            .is_some_and(|e| e == "jsonl" || e == "json" || e == "ndjson"),
    })
}

/// `--dry-run`: checks every row, lists every bad one and writes nothing.
fn dry_run(
    ctx: &Ctx,
    input: Box<dyn Read + Send>,
    jsonl: bool,
    name: &str,
    update: bool,
) -> Result<()> {
    // Rehearse against the real database when there is one, so its own
    // metrics and ids are known, and roll everything back.
    let store = if Store::exists(&ctx.db) {
        ctx.open()?
    } else {
        Store::open_in_memory()?
    };
    let tally = store.rehearse(|s| import_records_updating(s, input, jsonl, name, true, update))?;
    for bad in &tally.bad {
        eprintln!("{}", crate::text::escape(bad));
    }
    if !tally.bad.is_empty() {
        bail!(
            "dry run: {} of {} rows are bad (listed above); nothing written",
            tally.bad.len(),
            tally.rows
        );
    }
    let updated = if update {
        format!(", {} would be updated", tally.updated.len())
    } else {
        String::new()
    };
    note(format!(
        "dry run: {}, all valid ({} new, {} already there{updated}); nothing written",
        super::plural(tally.rows, "row"),
        tally.added,
        tally.existing
    ));
    if update {
        super::edit::print_preview(ctx.style, &tally.updated)?;
    }
    Ok(())
}

/// The import itself, in one transaction, announcing the events it
/// started.
fn import_into_database(
    ctx: &Ctx,
    input: Box<dyn Read + Send>,
    jsonl: bool,
    name: &str,
    size: Option<u64>,
    pipe: bool,
    update: bool,
) -> Result<Tally> {
    // A database this import creates is made blank and filled in one
    // transaction; if the import fails (or is interrupted) the file is
    // taken back, unless another process has written to it meanwhile.
    let (mut store, new_file) = match Store::create_new(&ctx.db)? {
        Some((store, file)) => (store, Some(file)),
        None => (ctx.open_or_create()?, None),
    };
    // A new file, or a server's database (whose transaction the server
    // rolls back), can stop cleanly on Ctrl-C.
    let interrupted = match new_file {
        Some(_) => Some(store.stop_on_signal().context("cannot watch for Ctrl-C")?),
        None if Store::is_server(&ctx.db) => {
            Some(store.stop_on_signal().context("cannot watch for Ctrl-C")?)
        }
        None => None,
    };
    let existing = match new_file {
        Some(_) => Vec::new(),
        None => store.event_slugs()?,
    };
    let known_names = match new_file {
        Some(_) => None,
        None => Some(super::lookalike::Known::read(&store)?),
    };
    let stop_asked = || {
        interrupted
            .as_ref()
            .is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed))
    };
    // --update looks up every row, and COPY only ever adds: no streaming.
    store.begin_bulk(!update)?;
    let result = store.write(|s| {
        s.ensure_schema()?;
        let defer = pipeline::worth_deferring_indexes(s.claims_estimate()?, size);
        import_input(s, input, jsonl, name, defer, pipe, update, &stop_asked)
    });
    store.end_bulk();
    store.keep_going_on_signal();
    // Warnings only: the claims are in whether or not they can be worked out.
    let lookalikes = match (&result, known_names) {
        (Ok(_), Some(known)) => known.lookalikes(&store).unwrap_or_default(),
        _ => Vec::new(),
    };
    match (&result, new_file) {
        (Err(_), Some(file)) => {
            file.discard(store);
        }
        (Ok(_), Some(file)) => file.settle(&store),
        (_, None) => {}
    }
    // Ctrl-C that came once the import had committed stops nothing: the
    // claims are in, and the lines below say so.
    if result.is_err() && stop_asked() {
        return Err(StoreError::Interrupted.into());
    }
    let tally = result?;
    announce_events(&tally.new_events, &existing);
    for warning in lookalikes {
        note(warning);
    }
    Ok(tally)
}
