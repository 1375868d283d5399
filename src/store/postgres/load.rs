//! A long import into PostgreSQL: claims are buffered as COPY text and
//! streamed into a temporary table with `COPY … FROM STDIN`, then moved
//! into `claims` by one INSERT per batch, instead of one round trip per
//! claim. The move keeps what one INSERT per row did: a claim whose global
//! id is there already (or came earlier in the file) is skipped, and the
//! others get their local numbers in file order, with no gap.
//!
//! The buffer is flushed before any other statement runs on the
//! connection, so every read inside the import (a new name's lookup, the
//! correction checks at the end, the commit) sees every row taken so far.

use super::conn::Pg;
use crate::store::Result;
use crate::store::db::{Arg, ToArg};
use std::io::Write;

/// Rows buffered before they are sent: large enough that a round trip is
/// nothing next to the rows, small enough to stay a few MB.
const BATCH_ROWS: usize = 20_000;

/// The columns of `claims` an import writes, in the order of the store's
/// INSERT (`claims::write`).
pub(crate) const COLUMNS: &str = "gid, event_id, metric_id, qualifier, kind, value, low, high, \
     date_low, date_high, approx, vague, unit, as_of, as_of_ts, said_at, published_at, \
     recorded_at, source_id, claimant_id, url, quote, lang, status, retracted_at, \
     retract_reason, retracted_by, superseded_by, note, tags, deleted, origin, origin_detail, \
     citing_id";

/// Rows taken and not yet sent.
#[derive(Debug, Default)]
pub(crate) struct Load {
    text: String,
    rows: usize,
    /// Rows taken in all, numbering them in file order.
    taken: i64,
    /// Rows skipped so far because their global id was there already.
    pub duplicates: usize,
}

/// One value in COPY's text format.
fn push_value(out: &mut String, arg: Arg) {
    match arg {
        Arg::Null => out.push_str("\\N"),
        Arg::Int(i) => out.push_str(&i.to_string()),
        Arg::Real(f) => out.push_str(&f.to_string()),
        Arg::Text(s) => {
            for c in s.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    c => out.push(c),
                }
            }
        }
    }
}

impl Pg {
    /// Starts buffering claims (`Store::begin_bulk`).
    pub fn begin_load(&self) {
        *self.load.borrow_mut() = Some(Load::default());
    }

    /// Ends buffering; rows not sent are dropped (the transaction that
    /// took them has ended).
    pub fn end_load(&self) {
        *self.load.borrow_mut() = None;
    }

    /// Whether claims are being buffered.
    pub fn loading(&self) -> bool {
        self.load.borrow().is_some()
    }

    /// Takes one claim's values, in `COLUMNS` order.
    pub fn take_row(&self, values: &[&dyn ToArg]) -> Result<()> {
        let full = {
            let mut load = self.load.borrow_mut();
            let Some(load) = load.as_mut() else {
                return Ok(());
            };
            load.taken += 1;
            load.text.push_str(&load.taken.to_string());
            for value in values {
                load.text.push('\t');
                push_value(&mut load.text, value.arg());
            }
            load.text.push('\n');
            load.rows += 1;
            load.rows >= BATCH_ROWS
        };
        if full { self.flush_load() } else { Ok(()) }
    }

    /// Sends the buffered rows and moves them into `claims`.
    pub fn flush_load(&self) -> Result<()> {
        let (text, rows) = {
            let mut load = self.load.borrow_mut();
            match load.as_mut() {
                Some(load) if load.rows > 0 => {
                    let rows = std::mem::replace(&mut load.rows, 0);
                    (std::mem::take(&mut load.text), rows)
                }
                _ => return Ok(()),
            }
        };
        let inserted = {
            let mut client = self.client_mut();
            client.batch_execute(
                "CREATE TEMP TABLE IF NOT EXISTS claimlog_load \
                 (LIKE claims INCLUDING DEFAULTS) ON COMMIT DROP",
            )?;
            let mut writer =
                client.copy_in(&format!("COPY claimlog_load (id, {COLUMNS}) FROM STDIN"))?;
            writer
                .write_all(text.as_bytes())
                .map_err(|e| crate::store::StoreError::Postgres(format!("database error: {e}")))?;
            writer.finish()?;
            // The first row of each global id, in file order, unless the
            // table has it: no conflict, so no sequence value is spent.
            let inserted = client.execute(
                &format!(
                    "INSERT INTO claims ({COLUMNS}) SELECT {COLUMNS} FROM \
                     (SELECT DISTINCT ON (gid) * FROM claimlog_load ORDER BY gid, id) l \
                     WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.gid = l.gid) ORDER BY id"
                ),
                &[],
            )?;
            client.batch_execute("TRUNCATE claimlog_load")?;
            inserted as usize
        };
        if let Some(load) = self.load.borrow_mut().as_mut() {
            load.duplicates += rows - inserted;
        }
        Ok(())
    }

    /// Sends what is buffered; the rows skipped so far as already there.
    pub fn finish_load(&self) -> Result<usize> {
        self.flush_load()?;
        Ok(self.load.borrow().as_ref().map_or(0, |l| l.duplicates))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_text_escapes_what_copy_reads_as_syntax() {
        let mut out = String::new();
        for arg in [
            Arg::Text("a\tb\\c\nd"),
            Arg::Null,
            Arg::Int(-3),
            Arg::Real(2.5),
        ] {
            push_value(&mut out, arg);
            out.push('|');
        }
        assert_eq!(out, "a\\tb\\\\c\\nd|\\N|-3|2.5|");
    }
}
