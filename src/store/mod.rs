//! The claim store: every line of SQL claimlog runs lives under this module.
//!
//! A new database is created from `schema.sql` (the readable whole); an
//! older one is brought up to date by the numbered migrations, which are
//! only ever added to. `PRAGMA user_version` holds the schema version and
//! `PRAGMA application_id` marks the file as claimlog's, so a file of some
//! other program is refused untouched.

mod claims;
mod history;
mod log_context;
pub mod maintenance;
pub mod names;
mod open;

pub use claims::{ClaimFilter, HistoryEntry, Interner, Order};
pub use history::{Action, Origin};
pub use maintenance::{BackupReport, Health};
pub use names::{EventRow, Merged, MetricRow, NamedRow};
pub use open::NewFile;

use rusqlite::{Connection, ErrorCode};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The readable whole of the current schema.
pub const SCHEMA: &str = include_str!("../../schema.sql");

/// The numbered migrations, in order; migration N brings version N-1 to N.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/001_init.sql"),
    include_str!("../../migrations/002_cumulative_citing.sql"),
    include_str!("../../migrations/003_log_contexts.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// "ClLg": marks a SQLite file as a claimlog database.
pub const APPLICATION_ID: i64 = 0x436c_4c67;

/// How long a writer waits for another before giving up. Long, because
/// several monitoring desks may type into one file at once.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0}: no claimlog database here yet (add a claim or import a file first)")]
    Missing(PathBuf),
    #[error("{0}: an empty file, no claimlog database yet (add a claim or import a file first)")]
    Empty(PathBuf),
    /// The path itself is unusable (a directory, a device, a missing
    /// directory, a loop of links): the message says which.
    #[error("{0}")]
    BadPath(String),
    #[error(
        "{0}: the file was removed or replaced while claimlog opened it, again and again; nothing was written"
    )]
    Moved(PathBuf),
    #[error("interrupted; nothing was written")]
    Interrupted,
    #[error("{0}: not a claimlog database; left untouched")]
    NotClaimlog(PathBuf),
    #[error(
        "{path}: written by a newer claimlog (schema version {found}, this one knows {known}); upgrade claimlog"
    )]
    Newer {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{}", sqlite_message(.0))]
    Sqlite(rusqlite::Error),
}

// Not `#[from]`: that would make SQLite's error the message's source, and
// `{err:#}` would then print SQLite's words twice after the plain ones.
impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> StoreError {
        StoreError::Sqlite(err)
    }
}

/// Plain words for the SQLite failures users can meet.
fn sqlite_message(err: &rusqlite::Error) -> String {
    match err.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => {
            "the disk is full (or the database reached its size limit); nothing was written".into()
        }
        Some(ErrorCode::ReadOnly) => "the database is read-only; nothing was written".into(),
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            "the database stayed busy with another writer for too long; nothing was written".into()
        }
        Some(ErrorCode::CannotOpen) => "cannot open the database file".into(),
        Some(ErrorCode::OperationInterrupted) => "interrupted; nothing was written".into(),
        Some(ErrorCode::NotADatabase) => "not a claimlog database".into(),
        Some(ErrorCode::DatabaseCorrupt) => {
            "the database file is damaged (`claimlog check` tells more; a backup may be needed)"
                .into()
        }
        _ => format!("database error: {err}"),
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The SQL of indexes dropped for a bulk load, to build them again.
#[must_use = "indexes dropped for a bulk load must be built again"]
pub struct DeferredIndexes(Vec<String>);

/// An open claimlog database.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// A private in-memory database, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let store = Store { conn };
        store.prepare(Path::new(":memory:"), open::Mode::Create)?;
        Ok(store)
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.header()?.1)
    }

    /// Runs `f` in one write transaction (taken at once, so concurrent
    /// writers queue on the busy timeout instead of failing to upgrade a read
    /// lock). Any error rolls everything back. The error is the caller's
    /// own (an import's `anyhow::Error`, say), handed back as `f` made it.
    pub fn write<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(StoreError::from)?;
        match f(self) {
            Ok(value) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => Ok(value),
                Err(e) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    Err(StoreError::from(e).into())
                }
            },
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Prepares this connection for one long write (an import): a page
    /// cache large enough for the hot index pages of a million claims, and
    /// no per-row foreign-key lookups: the importer resolves every id it
    /// writes from rows it has just read or created, so SQLite's four parent
    /// lookups per claim would only repeat that work (`claimlog check` runs
    /// foreign_key_check). `end_bulk` turns the checks back on.
    pub fn begin_bulk(&self) -> Result<()> {
        self.conn.pragma_update(None, "cache_size", -65_536)?;
        self.conn.pragma_update(None, "foreign_keys", false)?;
        // Not through a memory map: a load into a new file (no write-ahead
        // log) would map every page it reads back while building indexes.
        self.conn.pragma_update(None, "mmap_size", 0)?;
        Ok(())
    }

    /// How many claims the database holds, near enough to weigh a bulk
    /// load against (the highest local number: no scan).
    pub fn claims_estimate(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM claims", [], |r| r.get(0))?)
    }

    /// Drops the secondary indexes of `claims` inside the caller's write
    /// transaction, for a bulk load that brings a large share of the table:
    /// one sort per index afterwards (`restore_claim_indexes`) costs far less
    /// than keeping every b-tree in order row by row. The unique index on
    /// `gid` stays, so duplicates are still found as rows come in. A failed
    /// load rolls the drop back with everything else.
    pub fn defer_claim_indexes(&self) -> Result<DeferredIndexes> {
        let mut stmt = self.conn.prepare(
            "SELECT name, sql FROM sqlite_master \
             WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL ORDER BY name",
        )?;
        let indexes = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (name, _) in &indexes {
            self.conn
                .execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
        }
        Ok(DeferredIndexes(
            indexes.into_iter().map(|(_, sql)| sql).collect(),
        ))
    }

    /// Builds again, from their own SQL, the indexes `defer_claim_indexes`
    /// dropped.
    pub fn restore_claim_indexes(&self, deferred: DeferredIndexes) -> Result<()> {
        for sql in &deferred.0 {
            self.conn.execute_batch(sql)?;
        }
        Ok(())
    }

    /// Ends `begin_bulk`.
    pub fn end_bulk(&self) {
        let _ = self.conn.pragma_update(None, "foreign_keys", true);
        let _ = self.conn.pragma_update(None, "mmap_size", open::MMAP_SIZE);
    }

    /// Runs `f` in a write transaction that is always rolled back: a dry
    /// run that checks everything against the real data.
    pub fn rehearse<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(StoreError::from)?;
        let result = f(self);
        let _ = self.conn.execute_batch("ROLLBACK");
        result
    }

    /// The schema as SQLite holds it, for comparing migration paths.
    pub fn schema_sql(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master \
             WHERE sql IS NOT NULL ORDER BY type, name",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The current time as stored: RFC 3339 in UTC, to the second.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_deferred_for_a_bulk_load_come_back_the_same() {
        let store = Store::open_in_memory().unwrap();
        let before = store.schema_sql().unwrap();
        let after_drop = store
            .write(|s| -> Result<_> {
                let deferred = s.defer_claim_indexes()?;
                let dropped = s.schema_sql()?;
                s.restore_claim_indexes(deferred)?;
                Ok(dropped)
            })
            .unwrap();
        assert!(after_drop.len() < before.len());
        assert!(!after_drop.iter().any(|r| r.contains("claims_by_scope")));
        assert_eq!(store.schema_sql().unwrap(), before);
        // A failed load takes the drop back with it.
        let failed: Result<()> = store.write(|s| {
            let _kept_dropped = s.defer_claim_indexes()?;
            Err(StoreError::Invalid("a bad row".into()))
        });
        assert!(failed.is_err());
        assert_eq!(store.schema_sql().unwrap(), before);
    }

    #[test]
    fn schema_sql_and_migrations_give_the_same_database() {
        let fresh = Store::open_in_memory().unwrap();
        let migrated = Store {
            conn: Connection::open_in_memory().unwrap(),
        };
        for sql in MIGRATIONS {
            migrated.conn.execute_batch(sql).unwrap();
        }
        // Comments and spacing may differ between the two; compare the SQL
        // as `check` does.
        let strip = |rows: Vec<String>| -> Vec<String> {
            rows.iter().map(|r| maintenance::normalise_sql(r)).collect()
        };
        assert_eq!(
            strip(fresh.schema_sql().unwrap()),
            strip(migrated.schema_sql().unwrap())
        );
        assert_eq!(fresh.schema_version().unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn a_new_database_has_the_builtin_lexicon() {
        let store = Store::open_in_memory().unwrap();
        let lexicon = store.lexicon().unwrap();
        assert_eq!(
            lexicon.find("26 tués", crate::lang::FR).unwrap().metric,
            "deaths"
        );
    }

    #[test]
    fn a_newer_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.db");
        Store::open(&path, true).unwrap();
        {
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
                .unwrap();
        }
        let err = Store::open(&path, false).err().unwrap();
        assert!(matches!(err, StoreError::Newer { .. }), "{err}");
    }

    #[test]
    fn another_programs_database_is_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path, true).err().unwrap();
        assert!(matches!(err, StoreError::NotClaimlog(_)), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn a_text_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.txt");
        std::fs::write(
            &path,
            "these are not the claims you are looking for\n".repeat(200),
        )
        .unwrap();
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path, true).err().unwrap();
        assert!(matches!(err, StoreError::NotClaimlog(_)), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}
