//! The claim store: every line of SQL claimlog runs lives under this module.
//!
//! A new database is created from `schema.sql` (the readable whole); an
//! older one is brought up to date by the numbered migrations, which are
//! only ever added to. `PRAGMA user_version` holds the schema version and
//! `PRAGMA application_id` marks the file as claimlog's, so a file of some
//! other program is refused untouched.

mod claims;
pub mod maintenance;
pub mod names;

pub use claims::{ClaimFilter, HistoryEntry, Interner, Order};
pub use maintenance::{BackupReport, Health};
pub use names::{EventRow, MetricRow, NamedRow};

use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The readable whole of the current schema.
pub const SCHEMA: &str = include_str!("../../schema.sql");

/// The numbered migrations, in order; migration N brings version N-1 to N.
pub const MIGRATIONS: &[&str] = &[include_str!("../../migrations/001_init.sql")];

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
        Some(ErrorCode::NotADatabase) => "not a claimlog database".into(),
        Some(ErrorCode::DatabaseCorrupt) => {
            "the database file is damaged (`claimlog check` tells more; a backup may be needed)"
                .into()
        }
        _ => format!("database error: {err}"),
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// An open claimlog database.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens the database at `path`, creating it when `create` is set and
    /// the file does not exist yet.
    pub fn open(path: &Path, create: bool) -> Result<Store> {
        let exists = path.exists();
        if !exists && !create {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|_| StoreError::NotClaimlog(path.to_path_buf()))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let store = Store { conn };
        store.prepare(path, true)?;
        Ok(store)
    }

    /// Opens a database only to read it, never waiting for writers, never
    /// creating or migrating: `None` when there is no file yet, or one still
    /// being created or too old to read as is. `parse` and `extract` use it for
    /// the user's metric words, so they never queue behind an import that
    /// is reading their output (`extract … | claimlog import -`).
    pub fn open_for_reading(path: &Path) -> Result<Option<Store>> {
        if !path.exists() {
            return Ok(None);
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|_| StoreError::NotClaimlog(path.to_path_buf()))?;
        let store = Store { conn };
        let (app_id, version, tables) = match store.header() {
            Ok(header) => header,
            Err(StoreError::Sqlite(ref e))
                if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) =>
            {
                return Err(StoreError::NotClaimlog(path.to_path_buf()));
            }
            Err(_) => return Ok(None),
        };
        if app_id == 0 && version == 0 && tables == 0 {
            return Ok(None);
        }
        if app_id != APPLICATION_ID {
            return Err(StoreError::NotClaimlog(path.to_path_buf()));
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                path: path.to_path_buf(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        Ok((version == SCHEMA_VERSION).then_some(store))
    }

    /// A private in-memory database, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let store = Store { conn };
        store.prepare(Path::new(":memory:"), true)?;
        Ok(store)
    }

    /// Checks the file is ours (reading only), then creates or migrates it
    /// (unless `migrate` is off: `check` reports an old version instead).
    fn prepare(&self, path: &Path, migrate: bool) -> Result<()> {
        let not_ours = || StoreError::NotClaimlog(path.to_path_buf());
        let (app_id, version, tables) = self.header().map_err(|e| match e {
            StoreError::Sqlite(ref s) if s.sqlite_error_code() == Some(ErrorCode::NotADatabase) => {
                not_ours()
            }
            other => other,
        })?;
        let blank = app_id == 0 && version == 0 && tables == 0;
        if !blank && app_id != APPLICATION_ID {
            return Err(not_ours());
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                path: path.to_path_buf(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        if blank && !migrate {
            // An empty file: nothing to check, and checking never writes.
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        if blank {
            // WAL lets readers go on while one process writes; it is a
            // property of the file, so it is set once, at creation.
            self.conn
                .query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        }
        self.conn.pragma_update(None, "foreign_keys", true)?;
        // Reports read claims by rowid from all over the file; a memory map
        // saves a system call and a copy per page.
        self.conn
            .pragma_update(None, "mmap_size", 256 * 1024 * 1024)?;
        if migrate && version < SCHEMA_VERSION {
            self.write(|store| store.upgrade())?;
        }
        Ok(())
    }

    fn header(&self) -> Result<(i64, i64, i64)> {
        let app_id: i64 = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let tables: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        Ok((app_id, version, tables))
    }

    /// Creates or migrates inside the write lock, re-reading the version so
    /// two processes opening a new file at once create it only once.
    fn upgrade(&self) -> Result<()> {
        let (_, version, tables) = self.header()?;
        if version == 0 && tables == 0 {
            self.conn.execute_batch(SCHEMA)?;
            self.seed_lexicon()?;
        } else {
            for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
                self.conn.execute_batch(sql)?;
                if i == 0 {
                    self.seed_lexicon()?;
                }
            }
        }
        self.conn
            .pragma_update(None, "application_id", APPLICATION_ID)?;
        self.conn
            .pragma_update(None, "user_version", SCHEMA_VERSION)?;
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.header()?.1)
    }

    /// Runs `f` in one write transaction (taken at once, so concurrent
    /// writers queue on the busy timeout instead of failing to upgrade a read
    /// lock). Any error rolls everything back.
    pub fn write<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        match f(self) {
            Ok(value) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => Ok(value),
                Err(e) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    Err(e.into())
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
        Ok(())
    }

    /// Ends `begin_bulk`.
    pub fn end_bulk(&self) {
        let _ = self.conn.pragma_update(None, "foreign_keys", true);
    }

    /// Runs `f` in a write transaction that is always rolled back: a dry
    /// run that checks everything against the real data.
    pub fn rehearse<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
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

    fn normalise(rows: Vec<String>) -> Vec<String> {
        rows.into_iter()
            .map(|r| r.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
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
        // Comments may differ between the two files; compare the SQL.
        let strip = |rows: Vec<String>| -> Vec<String> {
            normalise(
                rows.into_iter()
                    .map(|r| {
                        r.lines()
                            .map(|l| l.split("--").next().unwrap_or(""))
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect(),
            )
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
            lexicon
                .find("26 tués", crate::domain::Lang::Fr)
                .unwrap()
                .metric,
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
