//! `import`'s two threads: one reads rows and makes them checked claims
//! (CSV, values, dates, the characters of every field), the caller's writes
//! them. Parsing and SQLite's work then overlap on two cores. Rows arrive in
//! order, in bounded batches, so the first bad row still stops the import at
//! its line and memory stays flat.

use super::claim_of;
use crate::domain::Kind;
use crate::interchange::Fields;
use crate::interchange::records::{RecordSink, read_records};
use crate::store::StoreError;
use crate::text::CheckedClaim;
use anyhow::{Result, anyhow};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::rc::Rc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender};

/// Rows per batch handed from the reading thread to the writing one, the
/// text a batch may hold whatever its rows (a row may hold a megabyte of
/// quote), and batches in flight: enough to keep both busy, few enough to
/// keep memory flat (at most about 16 MiB of rows between the threads).
const BATCH: usize = 256;
const BATCH_BYTES: usize = 1 << 20;
const BATCHES_IN_FLIGHT: usize = 16;

/// How often the writer, waiting for rows, looks whether it was asked to
/// stop (Ctrl-C while a pipe has nothing more yet).
const STOP_CHECK: std::time::Duration = std::time::Duration::from_millis(100);

/// A row as the reading thread leaves it: a claim, or why it is none (a
/// bad row counts as read either way).
type Row = std::result::Result<CheckedClaim, String>;
type Batch = Vec<(u64, Row)>;

/// What the reading thread needs to know.
pub struct Reading {
    pub jsonl: bool,
    /// The input's name, for errors about the whole of it.
    pub name: String,
    /// Metric kinds by lower-cased name, as the database has them.
    pub kinds: HashMap<String, Kind>,
    pub today: chrono::NaiveDate,
    pub now: chrono::DateTime<chrono::Utc>,
    /// The input is a pipe: rows read so far go to the writer before each
    /// wait for more, so a bad row is told at once, not when a batch fills.
    pub pipe: bool,
}

/// Reads `input` on a second thread and calls `write` for each row, in
/// order, on this one. The first error of `write` ends the import at once,
/// even while the reader waits on a pipe that has nothing more yet (the
/// thread is not joined then; the process ends with the error).
pub fn run(
    input: Box<dyn Read + Send>,
    reading: Reading,
    stop: &dyn Fn() -> bool,
    mut write: impl FnMut(u64, std::result::Result<&CheckedClaim, &str>) -> Result<()>,
) -> Result<()> {
    let (sender, batches) = std::sync::mpsc::sync_channel(BATCHES_IN_FLIGHT);
    let (spent_sender, spent) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let out = Rc::new(RefCell::new(Outbox {
            batch: Vec::with_capacity(BATCH),
            bytes: 0,
            sender,
            spent,
        }));
        let mut parser = ClaimParser {
            kinds: reading.kinds,
            today: reading.today,
            now: reading.now,
            out: out.clone(),
        };
        let read = if reading.pipe {
            let input = FlushBeforeWaiting {
                inner: input,
                out: out.clone(),
            };
            read_records(input, reading.jsonl, &reading.name, &mut parser)
        } else {
            read_records(input, reading.jsonl, &reading.name, &mut parser)
        };
        // What was read before a failure goes first, as it would without
        // the second thread.
        let _ = out.borrow_mut().flush();
        read
    });
    loop {
        let batch = match batches.recv_timeout(STOP_CHECK) {
            Ok(batch) => batch,
            Err(RecvTimeoutError::Timeout) => {
                if stop() {
                    return Err(StoreError::Interrupted.into());
                }
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        if stop() {
            return Err(StoreError::Interrupted.into());
        }
        for (line, row) in &batch {
            write(*line, row.as_ref().map_err(String::as_str))?;
        }
        // Freed where it was allocated: glibc frees memory of another
        // thread's arena slowly.
        let _ = spent_sender.send(batch);
    }
    // Every batch is in: the reader has returned or is about to. A panic
    // there is an error here, so the transaction still rolls back and a new
    // file is still taken back.
    reader
        .join()
        .map_err(|_| anyhow!("internal error: reading the input stopped unexpectedly"))?
}

/// Rows waiting to go to the writer.
struct Outbox {
    batch: Batch,
    /// The text of the rows in `batch`.
    bytes: usize,
    sender: SyncSender<Batch>,
    /// Batches the writer is done with, emptied here and reused.
    spent: Receiver<Batch>,
}

impl Outbox {
    fn push(&mut self, line: u64, row: Row, bytes: usize) -> Result<()> {
        self.batch.push((line, row));
        self.bytes += bytes;
        if self.batch.len() >= BATCH || self.bytes >= BATCH_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        // Every batch the writer is done with is emptied here (so none
        // keeps its rows alive), and one is reused.
        let mut next = None;
        while let Ok(mut done) = self.spent.try_recv() {
            done.clear();
            next.get_or_insert(done);
        }
        let next = next.unwrap_or_else(|| Vec::with_capacity(BATCH));
        self.bytes = 0;
        let batch = std::mem::replace(&mut self.batch, next);
        // The writer hung up: it stopped on an error of its own, which is
        // the one to tell.
        self.sender
            .send(batch)
            .map_err(|_| anyhow!("import stopped"))
    }
}

/// The reading thread's side: rows made claims, put in the outbox.
struct ClaimParser {
    /// Metric kinds by lower-cased name: the database's at the start, then
    /// those the file's own rows bring (the writer creates them in the
    /// same order, so both sides agree).
    kinds: HashMap<String, Kind>,
    today: chrono::NaiveDate,
    now: chrono::DateTime<chrono::Utc>,
    out: Rc<RefCell<Outbox>>,
}

impl RecordSink for ClaimParser {
    fn record(&mut self, line: u64, fields: &Fields) -> Result<()> {
        // The metric column is the name `claim_of` asks about and the
        // claim keeps: folded once per row.
        let key = fields.get("metric").to_ascii_lowercase();
        let known = self.kinds.get(&key).copied();
        let claim = claim_of(fields, &|_| known, self.today, self.now);
        if let (None, Ok(claim)) = (known, &claim) {
            self.kinds.insert(key, claim.claim().kind());
        }
        self.out.borrow_mut().push(line, claim, fields.text_len())
    }

    fn bad_row(&mut self, line: u64, message: String) -> Result<()> {
        let bytes = message.len();
        self.out.borrow_mut().push(line, Err(message), bytes)
    }
}

/// Sends the rows read so far before each read of the input, which on a
/// pipe may wait for more.
struct FlushBeforeWaiting<R> {
    inner: R,
    out: Rc<RefCell<Outbox>>,
}

impl<R: Read> Read for FlushBeforeWaiting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.out
            .borrow_mut()
            .flush()
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::BrokenPipe, e.to_string()))?;
        self.inner.read(buf)
    }
}

/// Whether a load is big enough against the table to drop its secondary
/// indexes and sort them once at the end: when the file may hold at least
/// as many rows as the table has claims (a row of the interchange record is
/// rarely under 100 bytes), or the table is empty. Standard input has no
/// size, so only an empty table qualifies.
pub(super) fn worth_deferring_indexes(claims: i64, file_size: Option<u64>) -> bool {
    const SMALLEST_ROW: u64 = 100;
    claims == 0 || file_size.is_some_and(|size| size / SMALLEST_ROW >= claims as u64)
}

#[cfg(test)]
mod deferring_tests {
    use super::worth_deferring_indexes;

    #[test]
    fn indexes_are_deferred_for_loads_as_big_as_the_table() {
        assert!(worth_deferring_indexes(0, None));
        assert!(worth_deferring_indexes(0, Some(10)));
        assert!(!worth_deferring_indexes(5, None));
        assert!(worth_deferring_indexes(1_000, Some(100_000)));
        assert!(!worth_deferring_indexes(1_000_000, Some(100_000)));
    }
}
