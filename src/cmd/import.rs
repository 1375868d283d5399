//! `claimlog import`: interchange records from CSV or JSON Lines, in one
//! transaction: any bad row stops the import and nothing is written.
//!
//! Rows stream through: memory stays flat however long the file is.

use super::{Ctx, note, today};
use crate::domain::Kind;
use crate::interchange::{
    COLUMNS, Fields, IGNORED_KEYS, Lookup, claim_from_fields, column_index, reading,
};
use crate::render::Format;
use crate::store::{Interner, Store, StoreError};
use anyhow::{Context, Result, anyhow, bail};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, IsTerminal, Read};
use std::path::Path;

/// Import claims (CSV with a header, or JSON Lines); re-importing adds nothing.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog import samples/kz-unrest-2022.csv
  claimlog import claims.jsonl
  claimlog import - --format jsonl < claims.jsonl
  claimlog import big.csv --dry-run     # check every row, list every bad one, write nothing")]
pub struct Args {
    /// A file, or - for standard input. `--format csv|jsonl` says which
    /// (default: from the file name, else csv).
    pub file: String,
    /// Check every row and write nothing; list every bad row.
    #[arg(long)]
    pub dry_run: bool,
}

/// How many claims an import read, added and found already there.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tally {
    pub rows: usize,
    pub added: usize,
    pub existing: usize,
    /// Every bad row, when asked to keep going (dry runs).
    pub bad: Vec<String>,
    pub new_events: Vec<String>,
}

/// Reads records from `input` and inserts them through `store` (the caller
/// holds the transaction). `name` is used in error messages. With
/// `keep_going`, bad rows are collected in the tally instead of stopping.
pub fn import_records(
    store: &Store,
    input: impl Read,
    jsonl: bool,
    name: &str,
    keep_going: bool,
) -> Result<Tally> {
    let mut importer = Importer {
        store,
        name,
        keep_going,
        today: today(),
        now: chrono::Utc::now(),
        interner: Interner::creating_events(),
        kinds: HashMap::new(),
        corrections: Vec::new(),
        tally: Tally::default(),
    };
    let mut input = BufReader::new(input);
    if jsonl && starts_with_bracket(&mut input) {
        // A JSON array (`export --format json`): read whole; records are
        // numbered by their place in the array. JSON Lines streams.
        let mut text = String::new();
        input
            .read_to_string(&mut text)
            .map_err(|e| anyhow!("{name}: cannot read: {e}"))?;
        let items = reading::objects_from_array(&text)
            .map_err(|e| anyhow!("{name}: not a JSON array of records: {e}"))?;
        for (i, item) in items.into_iter().enumerate() {
            let record = i as u64 + 1;
            match item.and_then(|object| Fields::from_json(&object).map_err(|e| e.to_string())) {
                Ok(fields) => importer.row(record, &fields)?,
                Err(e) => importer.bad_row(record, e)?,
            }
        }
    } else if jsonl {
        // Lines are read as bytes so a line that is not UTF-8 is one bad
        // row (a dry run lists them all), not the end of the file.
        let mut bytes = Vec::new();
        let mut line_no = 0u64;
        loop {
            bytes.clear();
            let read = input
                .read_until(b'\n', &mut bytes)
                .map_err(|e| anyhow!("{name}:{}: cannot read: {e}", line_no + 1))?;
            if read == 0 {
                break;
            }
            line_no += 1;
            let fields = std::str::from_utf8(&bytes)
                .map_err(|_| "not UTF-8 text".to_string())
                .and_then(|text| {
                    if text.trim().is_empty() {
                        return Ok(None);
                    }
                    let object = reading::object_from_line(text)?;
                    Fields::from_json(&object)
                        .map(Some)
                        .map_err(|e| e.to_string())
                });
            match fields {
                Ok(Some(fields)) => importer.row(line_no, &fields)?,
                Ok(None) => {}
                Err(e) => importer.bad_row(line_no, e)?,
            }
        }
    } else {
        let quotes = QuoteCount::default();
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(quotes.counting(input));
        let headers = reader
            .headers()
            .map_err(|e| anyhow!("{name}:1: {}", csv_reason(&e)))?
            .clone();
        let mut columns: Vec<Option<usize>> = Vec::with_capacity(headers.len());
        for h in headers.iter() {
            let h = h.trim().trim_start_matches('\u{feff}');
            match column_index(h) {
                // Two columns of one name: which one holds the value?
                Some(i) if columns.contains(&Some(i)) => {
                    bail!("{name}:1: duplicated column '{h}'")
                }
                Some(i) => columns.push(Some(i)),
                None if IGNORED_KEYS.contains(&h) => columns.push(None),
                None => bail!(
                    "{name}:1: unknown column '{h}' (known: {})",
                    COLUMNS.join(", ")
                ),
            }
        }
        let mut record = csv::StringRecord::new();
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    let short = matches!(e.kind(), csv::ErrorKind::UnequalLengths { len, expected_len, .. } if len < expected_len);
                    let why = if short && quotes.unclosed() {
                        UNCLOSED_QUOTE.to_string()
                    } else {
                        csv_reason(&e)
                    };
                    importer.bad_row(line, format!("malformed CSV: {why}"))?;
                    if e.is_io_error() {
                        break;
                    }
                    continue;
                }
            }
            let line = record.position().map_or(0, |p| p.line());
            if quotes.unclosed() && record.iter().any(|f| f.contains('\n')) {
                importer.bad_row(line, format!("malformed CSV: {UNCLOSED_QUOTE}"))?;
                continue;
            }
            let mut fields = Fields::new();
            for (column, value) in columns.iter().zip(record.iter()) {
                if let Some(i) = column {
                    fields.set_at(*i, value);
                }
            }
            importer.row(line, &fields)?;
        }
    }
    // A superseded claim must name a claim of the file or the database,
    // and its chain of corrections must end.
    let corrections = std::mem::take(&mut importer.corrections);
    for (line, _, gid) in &corrections {
        if !store.has_claim(gid)? {
            importer.bad(
                *line,
                format!("superseded_by: '{gid}' names no claim in the file or the database"),
            )?;
        }
    }
    let cycles = if corrections.is_empty() {
        Default::default()
    } else {
        store.supersede_cycles()?
    };
    for (line, id, gid) in &corrections {
        if cycles.contains(id) {
            importer.bad(
                *line,
                format!("superseded_by: '{gid}' leads back to this claim (a cycle of corrections)"),
            )?;
        }
    }
    Ok(importer.finish())
}

const UNCLOSED_QUOTE: &str = "a quote opened on this line is never closed";

/// Counts the `"` bytes a CSV reader has read. An unclosed quote swallows
/// every line to the end of the file into one field, and the reader says
/// nothing (or "3 fields where the header has 6"); an odd count of quotes
/// once the whole file is read tells it apart.
#[derive(Default, Clone)]
struct QuoteCount(std::rc::Rc<std::cell::Cell<(u64, bool)>>);

impl QuoteCount {
    fn counting<R: Read>(&self, inner: R) -> QuoteCounting<R> {
        QuoteCounting {
            inner,
            count: self.clone(),
        }
    }

    /// True once the end is reached with an odd count of quotes.
    fn unclosed(&self) -> bool {
        let (quotes, ended) = self.0.get();
        ended && quotes % 2 == 1
    }
}

struct QuoteCounting<R> {
    inner: R,
    count: QuoteCount,
}

impl<R: Read> Read for QuoteCounting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let (quotes, _) = self.count.0.get();
        let more = buf[..n].iter().filter(|&&b| b == b'"').count() as u64;
        self.count.0.set((quotes + more, n == 0 && !buf.is_empty()));
        Ok(n)
    }
}

/// Whether the input's first non-blank byte opens a JSON array.
fn starts_with_bracket(input: &mut impl BufRead) -> bool {
    loop {
        let (blank, first) = match input.fill_buf() {
            Ok(buf) if !buf.is_empty() => {
                let blank = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
                (blank, buf.get(blank).copied())
            }
            _ => return false,
        };
        match first {
            Some(b) => return b == b'[',
            None => input.consume(blank),
        }
    }
}

/// The state of one import: caches and counts.
struct Importer<'s> {
    store: &'s Store,
    name: &'s str,
    keep_going: bool,
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

    /// A line that is bad as a whole (not UTF-8, not a record): it counts
    /// as a row read.
    fn bad_row(&mut self, line: u64, message: String) -> Result<()> {
        self.tally.rows += 1;
        self.bad(line, message)
    }

    fn row(&mut self, line: u64, fields: &Fields) -> Result<()> {
        self.tally.rows += 1;
        match self.insert(line, fields) {
            Ok(Some(_)) => self.tally.added += 1,
            Ok(None) => self.tally.existing += 1,
            Err(message) => self.bad(line, message)?,
        }
        Ok(())
    }

    fn insert(&mut self, line: u64, fields: &Fields) -> std::result::Result<Option<i64>, String> {
        let metric = fields.get("metric");
        if !self.kinds.contains_key(metric) {
            let kind = self
                .store
                .metric(metric)
                .map_err(|e| e.to_string())?
                .map(|(_, k)| k);
            self.kinds.insert(metric.to_string(), kind);
        }
        let kinds = &self.kinds;
        let kind_of = |m: &str| kinds.get(m).copied().flatten();
        let lookup = Lookup {
            metric_kind: &kind_of,
            today: self.today,
            now: self.now,
        };
        // The store checks the text of every claim it is given; a row that
        // cannot become a claim is checked here, so a value holding ESC is
        // refused for its ESC, not as an unreadable figure.
        let claim = claim_from_fields(fields, &lookup).map_err(|e| {
            crate::text::check_all(
                COLUMNS
                    .iter()
                    .map(|c| (*c, fields.get(c), crate::text::column_rule(c))),
            )
            .map_or_else(|refused| refused.to_string(), |()| e.to_string())
        })?;
        if let Some(by) = &claim.superseded_by {
            self.corrections.push((line, claim.id.clone(), by.clone()));
        }
        if self.kinds.get(&claim.metric).copied().flatten().is_none() {
            // A metric new to this database, with its kind given: create it.
            crate::text::check("metric", &claim.metric, crate::text::Rule::Name)
                .map_err(|e| e.to_string())?;
            self.store
                .add_metric(&claim.metric, claim.kind(), &[], "")
                .map_err(|e| format!("metric: {e}"))?;
            self.kinds.insert(claim.metric.clone(), Some(claim.kind()));
        }
        self.store
            .insert_claim_with(&claim, "import", "", &mut self.interner)
            .map_err(|e| match e {
                StoreError::Invalid(m) | StoreError::NotFound(m) => m,
                other => other.to_string(),
            })
    }

    fn finish(mut self) -> Tally {
        self.tally.new_events = std::mem::take(&mut self.interner.created_events);
        self.tally
    }
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

/// Opens a file or stdin, with a progress bar on a terminal for big files.
pub fn open_input(file: &str) -> Result<Box<dyn Read>> {
    if file == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
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
    let as_store_error = |e: anyhow::Error| StoreError::Invalid(format!("{e:#}"));
    if args.dry_run {
        // Rehearse against the real database when there is one, so its own
        // metrics and ids are known, and roll everything back.
        let store = if ctx.db.exists() {
            ctx.open()?
        } else {
            Store::open_in_memory()?
        };
        let tally = store
            .rehearse(|s| import_records(s, input, jsonl, name, true).map_err(as_store_error))?;
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
        note(format!(
            "dry run: {}, all valid ({} new, {} already there); nothing written",
            super::plural(tally.rows, "row"),
            tally.added,
            tally.existing
        ));
        return Ok(());
    }
    // A database this import creates is made blank and filled in one
    // transaction; if the import fails (or is interrupted) the file is
    // taken back, unless another process has written to it meanwhile.
    let (mut store, new_file) = match Store::create_new(&ctx.db)? {
        Some((store, file)) => (store, Some(file)),
        None => (ctx.open_or_create()?, None),
    };
    let interrupted = match new_file {
        Some(_) => Some(store.stop_on_signal().context("cannot watch for Ctrl-C")?),
        None => None,
    };
    let existing = match new_file {
        Some(_) => Vec::new(),
        None => store.event_slugs()?,
    };
    store.begin_bulk()?;
    let result = store.write(|s| {
        s.ensure_schema()?;
        import_records(s, input, jsonl, name, false).map_err(as_store_error)
    });
    store.end_bulk();
    store.keep_going_on_signal();
    let stopped = interrupted.is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed));
    if let (Err(_), Some(file)) = (&result, new_file) {
        file.discard(store);
    }
    if stopped {
        return Err(StoreError::Interrupted.into());
    }
    let tally = result?;
    announce_events(&tally.new_events, &existing);
    note(format!(
        "imported {} from {name} ({} already there)",
        super::plural(tally.added, "claim"),
        tally.existing
    ));
    Ok(())
}
