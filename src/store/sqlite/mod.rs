//! The SQLite backend: a database in one file, created from `schema.sql`
//! (the readable whole) or brought up to date by the numbered migrations
//! in `migrations/`, which are only ever added to. `PRAGMA user_version`
//! holds the schema version and `PRAGMA application_id` marks the file as
//! claimlog's, so a file of some other program is refused untouched.
//!
//! Opening files is in `open`, `check` and `backup` in `check`; here are
//! the errors in plain words, transactions and bulk loading.

mod check;
mod open;

pub use open::NewFile;
pub(crate) use open::{MMAP_SIZE, Mode};

use super::db::{Db, NO_ARGS};
use super::{DeferredIndexes, Result, Store, StoreError};
use rusqlite::{Connection, ErrorCode};
use std::path::Path;
use std::time::Duration;

/// The readable whole of the current schema.
pub const SCHEMA: &str = include_str!("../../../schema.sql");

/// The numbered migrations, in order; migration N brings version N-1 to N.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../../migrations/001_init.sql"),
    include_str!("../../../migrations/002_cumulative_citing.sql"),
    include_str!("../../../migrations/003_log_contexts.sql"),
    include_str!("../../../migrations/004_live_claims_by_event.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// "ClLg": marks a SQLite file as a claimlog database.
pub const APPLICATION_ID: i64 = 0x436c_4c67;

/// How long a writer waits for another before giving up. Long, because
/// several monitoring desks may type into one file at once.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

// Not `#[from]`: that would make SQLite's error the message's source, and
// `{err:#}` would then print SQLite's words twice after the plain ones.
impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> StoreError {
        StoreError::Sqlite(err)
    }
}

/// Plain words for the SQLite failures users can meet.
pub(crate) fn message(err: &rusqlite::Error) -> String {
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

impl StoreError {
    /// Whether SQLite found the file too damaged to read at all.
    pub fn is_corrupt(&self) -> bool {
        matches!(self, StoreError::Sqlite(e)
            if e.sqlite_error_code() == Some(ErrorCode::DatabaseCorrupt))
    }
}

/// A private in-memory database, for tests.
pub(crate) fn open_in_memory() -> Result<Store> {
    let store = Store {
        db: Db::Sqlite(Connection::open_in_memory()?),
    };
    store.prepare(Path::new(":memory:"), Mode::Create)?;
    Ok(store)
}

impl Db {
    /// Starts a write transaction. SQLite's is taken at once (IMMEDIATE),
    /// so concurrent writers queue on the busy timeout.
    pub(crate) fn begin_write(&self) -> Result<()> {
        match self {
            Db::Sqlite(conn) => Ok(conn.execute_batch("BEGIN IMMEDIATE")?),
            Db::Postgres(pg) => Db::begin_postgres_write(pg),
        }
    }
}

impl Store {
    /// The SQLite connection, for what only SQLite has.
    fn conn(&self, what: &str) -> Result<&Connection> {
        self.db.sqlite(what)
    }

    /// Prepares this connection for one long write (an import): a page
    /// cache large enough for the hot index pages of a million claims, and
    /// no per-row foreign-key lookups: the importer resolves every id it
    /// writes from rows it has just read or created, so SQLite's four parent
    /// lookups per claim would only repeat that work (`claimlog check` runs
    /// foreign_key_check). `end_bulk` turns the checks back on.
    /// On PostgreSQL, with `stream_new_claims`, new claims are streamed
    /// with COPY until `end_bulk` (`finish_bulk_rows` sends the last of
    /// them); without it (`import --update`, which looks each row up and
    /// may change a stored claim) every row is written as it comes.
    pub fn begin_bulk(&self, stream_new_claims: bool) -> Result<()> {
        let conn = match &self.db {
            Db::Sqlite(conn) => conn,
            Db::Postgres(pg) => {
                if stream_new_claims {
                    pg.begin_load();
                }
                return Ok(());
            }
        };
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.pragma_update(None, "foreign_keys", false)?;
        // Not through a memory map: a load into a new file (no write-ahead
        // log) would map every page it reads back while building indexes.
        conn.pragma_update(None, "mmap_size", 0)?;
        Ok(())
    }

    /// Sends the claims a bulk load still holds back (PostgreSQL's COPY);
    /// the number it found already there, which it had counted as added.
    pub fn finish_bulk_rows(&self) -> Result<usize> {
        match &self.db {
            Db::Postgres(pg) if pg.loading() => pg.finish_load().map_err(|e| pg.named(e)),
            _ => Ok(0),
        }
    }

    /// Drops the secondary indexes of `claims` inside the caller's write
    /// transaction, for a bulk load that brings a large share of the table:
    /// one sort per index afterwards (`restore_claim_indexes`) costs far less
    /// than keeping every b-tree in order row by row. The unique index on
    /// `gid` stays, so duplicates are still found as rows come in. A failed
    /// load rolls the drop back with everything else. PostgreSQL decides
    /// for itself (`Pg::defer_claim_indexes`: only into a table with no
    /// claims, by its owner).
    pub fn defer_claim_indexes(&self) -> Result<DeferredIndexes> {
        if let Db::Postgres(pg) = &self.db {
            let restore = pg.defer_claim_indexes().map_err(|e| pg.named(e))?;
            return Ok(DeferredIndexes(restore));
        }
        let indexes: Vec<(String, String)> = self.db.all(
            "SELECT name, sql FROM sqlite_master \
             WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL ORDER BY name",
            NO_ARGS,
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        for (name, _) in &indexes {
            self.db
                .batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
        }
        Ok(DeferredIndexes(
            indexes.into_iter().map(|(_, sql)| sql).collect(),
        ))
    }

    /// Builds again, from their own SQL, the indexes `defer_claim_indexes`
    /// dropped.
    pub fn restore_claim_indexes(&self, deferred: DeferredIndexes) -> Result<()> {
        for sql in &deferred.0 {
            self.db.batch(sql)?;
        }
        Ok(())
    }

    /// Ends `begin_bulk`.
    pub fn end_bulk(&self) {
        if let Db::Postgres(pg) = &self.db {
            pg.end_load();
        }
        if let Db::Sqlite(conn) = &self.db {
            let _ = conn.pragma_update(None, "foreign_keys", true);
            let _ = conn.pragma_update(None, "mmap_size", MMAP_SIZE);
        }
    }

    /// The schema as SQLite holds it, for comparing migration paths.
    pub fn schema_sql(&self) -> Result<Vec<String>> {
        self.db.all(
            "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master \
             WHERE sql IS NOT NULL ORDER BY type, name",
            NO_ARGS,
            |r| r.get(0),
        )
    }

    /// Runs raw SQL, for tests that damage a database on purpose.
    #[cfg(test)]
    pub(crate) fn execute_for_test(&self, sql: &str) {
        self.db.batch(sql).unwrap();
    }
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
            db: Db::Sqlite(Connection::open_in_memory().unwrap()),
        };
        for sql in MIGRATIONS {
            migrated.db.batch(sql).unwrap();
        }
        // Comments and spacing may differ between the two; compare the SQL
        // as `check` does.
        let strip = |rows: Vec<String>| -> Vec<String> {
            rows.iter().map(|r| check::normalise_sql(r)).collect()
        };
        assert_eq!(
            strip(fresh.schema_sql().unwrap()),
            strip(migrated.schema_sql().unwrap())
        );
        assert_eq!(fresh.schema_version().unwrap(), SCHEMA_VERSION);
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
