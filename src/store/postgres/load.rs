//! A long import into PostgreSQL: claims are buffered in COPY's binary
//! format and sent straight into `claims` with `COPY … FROM STDIN`, a
//! batch at a time, instead of one round trip per claim. It keeps what one
//! INSERT per row did: a claim whose global id came earlier in the file is
//! skipped (the ids taken are remembered), one whose id the table has
//! already is skipped, and the others get their local numbers in file
//! order, with no gap.
//!
//! Two ways to know the table's ids. Into a table with no claims yet (a
//! team's first load, a `copy`), when this role owns the table, the load
//! locks `claims` until it commits, drops its secondary indexes, its
//! unique id index and its foreign keys, and makes them again at the end
//! (`defer_claim_indexes`): nobody else can add an id meanwhile, and each
//! batch is sent on a thread while the next is made. Otherwise nothing is
//! dropped or locked, readers go on reading, and each batch asks the table
//! for its ids in one query first; two imports take turns (an advisory
//! lock), so no other load slips a row with the same id in between; claims
//! made by `add` and `log` get fresh ids and never meet a file's.
//!
//! The buffer is flushed before any statement that names a table of
//! claims (and before the commit), so every read of claims inside the
//! import (the correction checks at the end, a lookup by global id) sees
//! every row taken so far; a ROLLBACK drops it instead. Statements on
//! names (a new event, source or claimant met mid-file) do not flush: the
//! rows held refer to names only by ids already made, and a flush per new
//! name made a file of a thousand events send a thousand small batches.

use super::conn::Pg;
use crate::store::db::{Arg, ToArg};
use crate::store::{Result, StoreError};
use std::collections::HashSet;
use std::io::Write;

/// Rows buffered before they are sent: large enough that a round trip is
/// nothing next to the rows, small enough to stay a few MB.
const BATCH_ROWS: usize = 20_000;

/// The key of claimlog's imports in PostgreSQL's advisory locks ("ClLg",
/// the SQLite file's application id).
const IMPORT_LOCK: i64 = 0x436c_4c67;

/// The columns of `claims` an import writes, in the order of the store's
/// INSERT (`claims::write`).
pub(crate) const COLUMNS: &str = "gid, event_id, metric_id, qualifier, kind, value, low, high, \
     date_low, date_high, approx, vague, unit, as_of, as_of_ts, said_at, published_at, \
     recorded_at, source_id, claimant_id, url, quote, lang, status, retracted_at, \
     retract_reason, retracted_by, superseded_by, note, tags, deleted, origin, origin_detail, \
     citing_id";

/// A global id as remembered for finding repeats: the 16 bytes of a UUID
/// written the way claimlog writes them (lower-case, hyphenated: one
/// spelling per id, so equal bytes mean equal text), the text otherwise.
#[derive(Debug, PartialEq, Eq, Hash)]
enum GidKey {
    Uuid(u128),
    Text(String),
}

impl GidKey {
    fn of(gid: &str) -> GidKey {
        let canonical = gid.len() == 36 && !gid.bytes().any(|b| b.is_ascii_uppercase());
        match uuid::Uuid::try_parse(gid) {
            Ok(id) if canonical => GidKey::Uuid(id.as_u128()),
            _ => GidKey::Text(gid.to_string()),
        }
    }
}

/// Rows taken and not yet sent.
#[derive(Debug, Default)]
pub(crate) struct Load {
    /// The held rows in COPY's binary format, one after the other.
    bytes: Vec<u8>,
    /// How many rows `bytes` holds.
    rows: usize,
    /// Each held row's global id and where it ends in `bytes`, while the
    /// table's ids are not known (the batch asks the table first).
    ends: Vec<(String, usize)>,
    /// The ids of every row taken, to skip a repeat within the file.
    taken: HashSet<GidKey>,
    /// Rows skipped so far because their global id was there already.
    pub duplicates: usize,
    /// Whether `taken` started with every id the table had, the table
    /// being locked against other writers until the load commits: then a
    /// batch need not ask the table which of its ids it has (at a million
    /// rows those questions cost as much as the COPY itself).
    table_known: bool,
}

/// The type of each column of `COLUMNS`, in order, as COPY's binary
/// format writes it.
#[derive(Clone, Copy, Debug)]
enum Column {
    Text,
    Int,
    Real,
}

const COLUMN_TYPES: [Column; 34] = {
    use Column::{Int as I, Real as R, Text as T};
    [
        T, I, I, T, T, T, R, R, T, T, I, I, T, T, I, T, T, T, I, I, T, T, T, T, T, T, T, T, T, T,
        I, T, T, I,
    ]
};

/// The start of a binary COPY: its signature, no flags, no extension.
const BINARY_HEADER: &[u8] = b"PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0";

/// One row in COPY's binary format, which the server stores without
/// parsing text (a third less of its time than the text format).
fn push_row(out: &mut Vec<u8>, values: &[&dyn ToArg]) -> Result<()> {
    if values.len() != COLUMN_TYPES.len() {
        return Err(StoreError::Invalid(format!(
            "a claim of {} values where claims have {}",
            values.len(),
            COLUMN_TYPES.len()
        )));
    }
    out.extend_from_slice(&(COLUMN_TYPES.len() as i16).to_be_bytes());
    for (value, column) in values.iter().zip(COLUMN_TYPES) {
        push_value(out, column, value.arg())?;
    }
    Ok(())
}

/// One value: its length, then its bytes (-1 for NULL).
fn push_value(out: &mut Vec<u8>, column: Column, arg: Arg) -> Result<()> {
    let whole = |text: &str| {
        text.parse::<i64>()
            .map_err(|_| StoreError::Invalid(format!("'{text}' is not a whole number")))
    };
    let bytes: Vec<u8> = match (column, arg) {
        (_, Arg::Null) => {
            out.extend_from_slice(&(-1i32).to_be_bytes());
            return Ok(());
        }
        (Column::Int, Arg::Int(i)) => i.to_be_bytes().to_vec(),
        (Column::Int, Arg::Text(t)) => whole(t)?.to_be_bytes().to_vec(),
        (Column::Int, Arg::Real(f)) if f.fract() == 0.0 && f.abs() < 9.0e18 => {
            (f as i64).to_be_bytes().to_vec()
        }
        (Column::Int, Arg::Real(f)) => {
            return Err(StoreError::Invalid(format!("{f} is not a whole number")));
        }
        (Column::Real, Arg::Real(f)) => f.to_be_bytes().to_vec(),
        (Column::Real, Arg::Int(i)) => (i as f64).to_be_bytes().to_vec(),
        (Column::Real, Arg::Text(t)) => t
            .parse::<f64>()
            .map_err(|_| StoreError::Invalid(format!("'{t}' is not a number")))?
            .to_be_bytes()
            .to_vec(),
        (Column::Text, Arg::Text(t)) => {
            out.extend_from_slice(&(t.len() as i32).to_be_bytes());
            out.extend_from_slice(t.as_bytes());
            return Ok(());
        }
        (Column::Text, Arg::Int(i)) => i.to_string().into_bytes(),
        (Column::Text, Arg::Real(f)) => f.to_string().into_bytes(),
    };
    out.extend_from_slice(&(bytes.len() as i32).to_be_bytes());
    out.extend_from_slice(&bytes);
    Ok(())
}

/// Rows already in COPY's binary format into `claims`.
fn copy_binary(client: &mut postgres::Client, rows: &[u8]) -> Result<()> {
    let mut writer = client.copy_in(&format!(
        "COPY claims ({COLUMNS}) FROM STDIN (FORMAT binary)"
    ))?;
    let failed = |e: std::io::Error| StoreError::Postgres(format!("database error: {e}"));
    writer.write_all(BINARY_HEADER).map_err(failed)?;
    writer.write_all(rows).map_err(failed)?;
    writer.write_all(&(-1i16).to_be_bytes()).map_err(failed)?;
    writer.finish()?;
    Ok(())
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

    /// Takes one claim's values, in `COLUMNS` order (the global id first).
    pub fn take_row(&self, values: &[&dyn ToArg]) -> Result<()> {
        let full = {
            let mut load = self.load.borrow_mut();
            let Some(load) = load.as_mut() else {
                return Ok(());
            };
            let Some(Arg::Text(gid)) = values.first().map(|v| v.arg()) else {
                return Err(StoreError::Invalid("a claim without a global id".into()));
            };
            let key = GidKey::of(gid);
            if load.taken.contains(&key) {
                load.duplicates += 1;
                return Ok(());
            }
            let before = load.bytes.len();
            if let Err(e) = push_row(&mut load.bytes, values) {
                load.bytes.truncate(before);
                return Err(e);
            }
            load.taken.insert(key);
            load.rows += 1;
            if !load.table_known {
                load.ends.push((gid.to_string(), load.bytes.len()));
            }
            load.rows >= BATCH_ROWS
        };
        if full { self.flush_load() } else { Ok(()) }
    }

    /// Sends the buffered rows before `sql` runs, if it may read or write
    /// claims or their history (or is not a plain statement at all: a
    /// COMMIT, a batch of several).
    pub(crate) fn flush_load_before(&self, sql: &str) -> Result<()> {
        // Every statement of every command passes here: outside a load,
        // nothing to look at.
        if !self.loading() {
            return Ok(());
        }
        let rollback = sql
            .trim_start()
            .get(..8)
            .is_some_and(|word| word.eq_ignore_ascii_case("ROLLBACK"));
        if rollback {
            // Nothing held is wanted any more, and a batch in flight only
            // has to hand the client back: its failure is the rollback's
            // cause, already told.
            if let Some(load) = self.load.borrow_mut().as_mut() {
                load.bytes.clear();
                load.ends.clear();
                load.rows = 0;
            }
            let _ = self.client_mut();
            return Ok(());
        }
        if names_claims(sql) {
            self.flush_load()?;
        }
        Ok(())
    }

    /// Sends the buffered rows into `claims`, less those whose global id
    /// the table has already.
    pub fn flush_load(&self) -> Result<()> {
        let (bytes, ends, table_known) = match self.load.borrow_mut().as_mut() {
            Some(load) if load.rows > 0 => {
                load.rows = 0;
                let room = load.bytes.len();
                let bytes = std::mem::replace(&mut load.bytes, Vec::with_capacity(room));
                (bytes, std::mem::take(&mut load.ends), load.table_known)
            }
            _ => return Ok(()),
        };
        if table_known {
            // Nothing to ask the table: the batch goes on a thread while the
            // import makes the next one.
            return self.send_aside(move |client| copy_binary(client, &bytes));
        }
        let mut client = self.client_mut()?;
        client.execute("SELECT pg_advisory_xact_lock($1)", &[&IMPORT_LOCK])?;
        let ids: Vec<&str> = ends.iter().map(|(gid, _)| gid.as_str()).collect();
        let there: HashSet<String> = client
            .query("SELECT gid FROM claims WHERE gid = ANY($1)", &[&ids])?
            .iter()
            .map(|row| row.try_get(0))
            .collect::<std::result::Result<_, _>>()?;
        let mut kept = Vec::with_capacity(bytes.len());
        let mut start = 0;
        for (gid, end) in &ends {
            if !there.contains(gid) {
                kept.extend_from_slice(&bytes[start..*end]);
            }
            start = *end;
        }
        copy_binary(&mut client, &kept)?;
        drop(client);
        if let Some(load) = self.load.borrow_mut().as_mut() {
            load.duplicates += there.len();
        }
        Ok(())
    }

    /// For a load into a table with no claims yet, by the role that owns
    /// it: drops the secondary indexes and the foreign keys of `claims`
    /// (and, when rows stream, the unique index on the global id, since the
    /// load finds repeats itself) and gives the statements that make them
    /// again (the server's own definitions, so they come back the same).
    /// Each foreign key then checks every row in one join at the end
    /// instead of one lookup per row and key, which was half of a load's
    /// time. The drop holds `claims` locked until the load commits (readers
    /// of claims wait; there is nothing to read yet), and a failed load
    /// rolls it back. Anything else: nothing dropped, nothing locked.
    pub fn defer_claim_indexes(&self) -> Result<Vec<String>> {
        let mut client = self.client_mut()?;
        // Only a role that owns the table may drop its indexes and keys;
        // any other does the load with them in place.
        let owner: bool = client
            .query_one(
                "SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c \
                 WHERE c.oid = 'claims'::regclass",
                &[],
            )?
            .try_get(0)?;
        if !owner {
            return Ok(Vec::new());
        }
        // Locked first (readers of claims wait until the load commits), so
        // the table stays without claims but this load's. A table that has
        // some keeps its readers: nothing is dropped.
        client.batch_execute("LOCK TABLE claims IN ACCESS EXCLUSIVE MODE")?;
        let empty = client
            .query_opt("SELECT 1 FROM claims LIMIT 1", &[])?
            .is_none();
        if !empty {
            return Ok(Vec::new());
        }
        let streaming = match self.load.borrow_mut().as_mut() {
            Some(load) => {
                load.table_known = true;
                true
            }
            None => false,
        };
        let indexes = client.query(
            "SELECT quote_ident(n.nspname) || '.' || quote_ident(i.relname), \
             pg_get_indexdef(i.oid) FROM pg_index x \
             JOIN pg_class i ON i.oid = x.indexrelid \
             JOIN pg_namespace n ON n.oid = i.relnamespace \
             LEFT JOIN pg_constraint c ON c.conindid = i.oid \
             WHERE x.indrelid = 'claims'::regclass \
             AND NOT x.indisprimary AND c.oid IS NULL ORDER BY i.relname",
            &[],
        )?;
        // A streaming load finds repeated ids itself (above), so the
        // unique index on the global id is built once at the end too, and
        // still refuses the load then if two rows share one.
        let keys = client.query(
            "SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint \
             WHERE conrelid = 'claims'::regclass AND (contype = 'f' OR (contype = 'u' AND $1)) \
             ORDER BY contype DESC, conname",
            &[&streaming],
        )?;
        let mut restore = Vec::new();
        let mut drop = Vec::new();
        for row in &indexes {
            let (name, definition): (String, String) = (row.try_get(0)?, row.try_get(1)?);
            drop.push(format!("DROP INDEX {name}"));
            restore.push(definition);
        }
        if !keys.is_empty() {
            let mut drops = Vec::new();
            let mut adds = Vec::new();
            for row in &keys {
                let (name, definition): (String, String) = (row.try_get(0)?, row.try_get(1)?);
                drops.push(format!("DROP CONSTRAINT {name}"));
                adds.push(format!("ADD CONSTRAINT {name} {definition}"));
            }
            drop.push(format!("ALTER TABLE claims {}", drops.join(", ")));
            restore.push(format!("ALTER TABLE claims {}", adds.join(", ")));
        }
        if !drop.is_empty() {
            client.batch_execute(&drop.join("; "))?;
        }
        // Sorts for the rebuilt indexes in memory rather than on disk
        // (never less than the server's own setting).
        client.batch_execute(
            "SELECT CASE WHEN pg_size_bytes(current_setting('maintenance_work_mem')) \
             < 268435456 THEN set_config('maintenance_work_mem', '256MB', true) END",
        )?;
        Ok(restore)
    }

    /// Sends what is buffered and waits until it is in; the rows skipped
    /// so far as already there.
    pub fn finish_load(&self) -> Result<usize> {
        self.flush_load()?;
        drop(self.client_mut()?);
        Ok(self.load.borrow().as_ref().map_or(0, |l| l.duplicates))
    }
}

/// Whether a statement may see claims: it names `claims` or
/// `claim_history` (`claimants` and `claimant_aliases` do not contain
/// `claims`), or it is anything but a query on one of the name tables —
/// a transaction's end, a batch — where sending first is always right.
fn names_claims(sql: &str) -> bool {
    const NAME_TABLES: [&str; 8] = [
        "events",
        "sources",
        "source_aliases",
        "claimants",
        "claimant_aliases",
        "metrics",
        "metric_aliases",
        "log_contexts",
    ];
    if sql.contains("claims") || sql.contains("claim_history") {
        return true;
    }
    let is_name_statement = NAME_TABLES.iter().any(|t| sql.contains(t));
    !is_name_statement
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_statements_on_names_alone_leave_the_buffer() {
        assert!(!names_claims("SELECT id FROM events WHERE slug = $1"));
        assert!(!names_claims(
            "INSERT INTO claimant_aliases (key, alias, claimant_id) VALUES ($1, $2, $3)"
        ));
        assert!(names_claims("SELECT id FROM claims WHERE gid = ?1"));
        assert!(names_claims(
            "SELECT count(*) FROM claims c JOIN claimants p ON p.id = c.claimant_id"
        ));
        assert!(names_claims(
            "INSERT INTO claim_history (claim_id) VALUES (1)"
        ));
        assert!(names_claims("COMMIT"));
        assert!(names_claims("SAVEPOINT s1"));
    }

    #[test]
    fn a_row_in_binary_is_each_value_with_its_length() {
        let mut out = Vec::new();
        for (column, arg) in [
            (Column::Text, Arg::Text("a\tb")),
            (Column::Int, Arg::Int(-3)),
            (Column::Real, Arg::Real(2.5)),
            (Column::Int, Arg::Null),
            (Column::Int, Arg::Text("7")),
        ] {
            push_value(&mut out, column, arg).unwrap();
        }
        let mut expected = vec![0, 0, 0, 3, b'a', b'\t', b'b'];
        expected.extend([0, 0, 0, 8, 255, 255, 255, 255, 255, 255, 255, 253]);
        expected.extend([0, 0, 0, 8]);
        expected.extend(2.5f64.to_be_bytes());
        expected.extend([255, 255, 255, 255]);
        expected.extend([0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 7]);
        assert_eq!(out, expected);
        assert!(push_value(&mut out, Column::Int, Arg::Text("x")).is_err());
        assert!(push_value(&mut out, Column::Int, Arg::Real(0.5)).is_err());
        assert_eq!(BINARY_HEADER.len(), 19);
        assert_eq!(COLUMNS.split(',').count(), COLUMN_TYPES.len());
    }
}
