//! Opening a database file: what `--db` may be (a regular file, never a
//! directory, a device or a pipe), creating the file and its schema while
//! other processes may do the same, reading a database in a read-only
//! place, and taking back a new file that a failed import made.
//!
//! The rule that keeps concurrent creation safe: a file is "blank" (no
//! schema) until one transaction writes the whole schema, and whoever
//! writes it first checks, holding the write lock, that the path still names
//! the file it opened. A failed import removes the file it created only
//! while holding that lock and only while it is still blank, so no other
//! process can have committed anything into it, and any process waiting
//! on it sees it moved and opens the path again.

use super::{APPLICATION_ID, BUSY_TIMEOUT, MIGRATIONS, SCHEMA, SCHEMA_VERSION};
use crate::store::db::Db;
use crate::store::{Result, Store, StoreError, postgres};
use rusqlite::{Connection, ErrorCode, FileControl, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The built-in metrics whose figure is a running total, flagged as
/// migration 002 flags them in older files.
const CUMULATIVE_BUILTINS: &str = "UPDATE metrics SET cumulative = 1 \
     WHERE builtin <> 0 AND name IN ('deaths', 'injured', 'detained');";

/// What a caller needs of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// An existing database, brought up to date.
    Existing,
    /// Created (file and schema) when missing or blank.
    Create,
    /// An existing database as it is, never written (`check`).
    Check,
}

/// What is at a database path before SQLite opens it.
#[derive(Debug, PartialEq, Eq)]
enum State {
    Missing,
    Empty,
    Present,
}

/// Looks at `path` without touching it; a path that cannot hold a
/// database is refused with its real reason.
fn inspect(path: &Path) -> Result<State> {
    let shown = path.display();
    let bad = |why: String| Err(StoreError::BadPath(format!("{shown}: {why}")));
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => bad("is a directory; --db names the database file".into()),
        Ok(m) if !m.is_file() => bad(
            "not a regular file (a device, a pipe or a socket); --db names a database file".into(),
        ),
        Ok(m) if m.len() == 0 => Ok(State::Empty),
        Ok(_) => Ok(State::Present),
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => bad("a loop of symbolic links".into()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::fs::symlink_metadata(path).is_ok() {
                // A link to nothing: SQLite would create its target.
                return Ok(State::Missing);
            }
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            match std::fs::metadata(&dir) {
                Ok(m) if m.is_dir() => Ok(State::Missing),
                Ok(_) => bad(format!("{} is not a directory", dir.display())),
                Err(_) => bad(format!("no directory {}", dir.display())),
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
            bad("a part of the path is a file, not a directory".into())
        }
        Err(e) => bad(e.to_string()),
    }
}

fn is_busy(e: &StoreError) -> bool {
    matches!(e, StoreError::Sqlite(s) if matches!(
        s.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked)
    ))
}

/// Errors that mean SQLite cannot keep its side files here (a read-only
/// directory): reading may still work read-only.
fn unwritable_here(e: &StoreError) -> bool {
    matches!(e, StoreError::Sqlite(s) if matches!(
        s.sqlite_error_code(),
        Some(ErrorCode::CannotOpen) | Some(ErrorCode::ReadOnly) | Some(ErrorCode::SystemIoFailure)
    ))
}

/// A short pause between tries, different per process so that racing
/// processes do not retry in step.
fn pause(attempt: u32) {
    let jitter = (std::process::id() % 7) as u64;
    let ms = (2u64 << attempt.min(4)) + jitter;
    std::thread::sleep(Duration::from_millis(ms));
}

/// How much of the file reports read through a memory map.
pub(crate) const MMAP_SIZE: i64 = 256 * 1024 * 1024;

fn connect(path: &Path, flags: OpenFlags) -> Result<Store> {
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|_| StoreError::NotClaimlog(path.to_path_buf()))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    Ok(Store {
        db: Db::Sqlite(conn),
    })
}

/// `path` as a `file:` URI (for `immutable=1`).
fn file_uri(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for b in abs.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                uri.push(b as char)
            }
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    uri
}

fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

impl Store {
    /// The SQLite connection of a store opened from a file.
    fn file(&self) -> Result<&Connection> {
        self.conn("a SQLite file operation")
    }

    /// Opens the database at `path`, creating it when `create` is set and
    /// the file does not exist yet (or is still empty).
    pub fn open(path: &Path, create: bool) -> Result<Store> {
        Store::open_with(path, if create { Mode::Create } else { Mode::Existing })
    }

    /// Opens an existing database for `check`: the file must be claimlog's
    /// and not newer than this build, but an older one is reported, not
    /// migrated, so checking never writes.
    pub fn open_to_check(path: &Path) -> Result<Store> {
        Store::open_with(path, Mode::Check)
    }

    pub(crate) fn open_with(path: &Path, mode: Mode) -> Result<Store> {
        if let Some(address) = postgres::address_of(path) {
            return postgres::open(address, mode);
        }
        let deadline = Instant::now() + BUSY_TIMEOUT;
        let mut attempt = 0;
        loop {
            let state = inspect(path)?;
            match (state, mode) {
                (State::Missing, Mode::Create) => {}
                (State::Missing, _) => return Err(StoreError::Missing(path.to_path_buf())),
                (State::Empty, Mode::Existing) => {
                    return Err(StoreError::Empty(path.to_path_buf()));
                }
                (State::Empty, Mode::Check) => {
                    return Err(StoreError::Missing(path.to_path_buf()));
                }
                _ => {}
            }
            let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE;
            if mode == Mode::Create {
                flags |= OpenFlags::SQLITE_OPEN_CREATE;
            }
            let store = connect(path, flags)?;
            match store.prepare(path, mode) {
                Ok(()) => return Ok(store),
                // Another process is creating or switching the file, or
                // took back a new file it failed to fill (this connection
                // then holds a removed file): open the path afresh.
                Err(e) if is_busy(&e) || matches!(e, StoreError::Moved(_)) || store.has_moved() => {
                    if Instant::now() >= deadline {
                        return Err(e);
                    }
                    drop(store);
                    pause(attempt);
                    attempt += 1;
                }
                Err(e) if mode != Mode::Create && unwritable_here(&e) => {
                    drop(store);
                    return Store::open_read_only(path, true)?.ok_or(e);
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Opens a database only to read it, never waiting for writers, never
    /// creating or migrating: `None` when there is no file yet, or one still
    /// being created or too old to read as is. `parse` and `extract` use it for
    /// the user's metric words, so they never queue behind an import that
    /// is reading their output (`extract … | claimlog import -`).
    pub fn open_for_reading(path: &Path) -> Result<Option<Store>> {
        if let Some(address) = postgres::address_of(path) {
            return match postgres::open(address, Mode::Check) {
                Ok(store) => Ok((store.schema_version()? == SCHEMA_VERSION).then_some(store)),
                Err(StoreError::Missing(_)) => Ok(None),
                Err(e) => Err(e),
            };
        }
        match inspect(path)? {
            State::Missing | State::Empty => return Ok(None),
            State::Present => {}
        }
        Store::open_read_only(path, false)
    }

    /// Opens an existing database that this connection can never write
    /// (`serve`): waits for a writer's transaction like any
    /// reader; refuses a file being created or too old to read as it is.
    pub fn open_read_only_existing(path: &Path) -> Result<Store> {
        if let Some(address) = postgres::address_of(path) {
            return postgres::open_read_only(address);
        }
        match inspect(path)? {
            State::Missing => return Err(StoreError::Missing(path.to_path_buf())),
            State::Empty => return Err(StoreError::Empty(path.to_path_buf())),
            State::Present => {}
        }
        let older = format!("{}: {}", path.display(), postgres::OLDER_TO_SERVE);
        Store::open_read_only(path, true)?.ok_or(StoreError::Invalid(older))
    }

    /// A read-only connection: plain, or when SQLite cannot keep its shared
    /// memory file beside the database (a read-only directory) and no
    /// write-ahead log is pending, `immutable`. `None` when the file is not
    /// readable as a current claimlog database yet (being created).
    fn open_read_only(path: &Path, wait: bool) -> Result<Option<Store>> {
        let open = |flags: OpenFlags, target: &Path| -> Result<Store> {
            let conn = Connection::open_with_flags(target, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|_| StoreError::NotClaimlog(path.to_path_buf()))?;
            // rusqlite waits 5 s by default; reading metric words must not.
            conn.busy_timeout(if wait { BUSY_TIMEOUT } else { Duration::ZERO })?;
            Ok(Store {
                db: Db::Sqlite(conn),
            })
        };
        let mut store = open(OpenFlags::SQLITE_OPEN_READ_ONLY, path)?;
        let mut header = store.header();
        if matches!(&header, Err(e) if unwritable_here(e)) {
            let wal = std::fs::metadata(side_file(path, "-wal")).map_or(0, |m| m.len());
            if wal == 0 {
                let uri = format!("{}?immutable=1", file_uri(path));
                store = open(
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
                    Path::new(&uri),
                )?;
                header = store.header();
            }
        }
        let (app_id, version, tables) = match header {
            Ok(header) => header,
            Err(StoreError::Sqlite(ref e))
                if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) =>
            {
                return Err(StoreError::NotClaimlog(path.to_path_buf()));
            }
            Err(e) if wait => return Err(e),
            Err(_) => return Ok(None),
        };
        if app_id == 0 && version == 0 && tables == 0 {
            return if wait {
                Err(StoreError::Empty(path.to_path_buf()))
            } else {
                Ok(None)
            };
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

    /// Creates a new database file at `path`, only if there is none: `None`
    /// when one exists (or another process made it first). The schema is
    /// not written yet: the caller writes it with `ensure_schema` in its own
    /// first transaction, so a failure leaves the file blank and
    /// `NewFile::discard` can take it back.
    pub fn create_new(path: &Path) -> Result<Option<(Store, NewFile)>> {
        // A server's database is never a new file.
        if postgres::address_of(path).is_some() {
            return Ok(None);
        }
        if inspect(path)? != State::Missing {
            return Ok(None);
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o644);
        match options.open(path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(None),
            Err(e) => {
                return Err(StoreError::BadPath(format!(
                    "{}: cannot create: {e}",
                    path.display()
                )));
            }
        }
        // The file stays in rollback mode until `NewFile::settle`: its
        // first transaction (the schema, perhaps a million imported claims)
        // then goes straight into the file instead of through the write-ahead
        // log and a second copy at the checkpoint.
        let store = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        store.settings()?;
        Ok(Some((
            store,
            NewFile {
                path: path.to_path_buf(),
            },
        )))
    }

    /// Checks the file is ours (reading only), then creates or migrates it
    /// as `mode` allows.
    pub(crate) fn prepare(&self, path: &Path, mode: Mode) -> Result<()> {
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
        match (blank, mode) {
            // A blank file holds nothing to read, and reading never writes.
            (true, Mode::Check) => return Err(StoreError::Missing(path.to_path_buf())),
            (true, Mode::Existing) => return Err(StoreError::Empty(path.to_path_buf())),
            (true, Mode::Create) => self.use_wal()?,
            // A new file whose creator could not switch it to WAL (others
            // kept it busy) is switched by the next one that opens it while
            // nobody else has it open; nobody waits for that.
            (false, Mode::Create | Mode::Existing) => self.use_wal_if_free(),
            (false, Mode::Check) => {}
        }
        if mode != Mode::Check && version < SCHEMA_VERSION {
            self.write(|store| store.ensure_schema())?;
        }
        // Built-in words added since the file was seeded reach it here.
        if mode != Mode::Check && self.lexicon_is_stale()? {
            self.write(|store| store.reseed_lexicon())?;
        }
        self.settings()
    }

    /// WAL lets readers go on while one process writes; it is a property of
    /// the file, so it is set once, at creation (outside any transaction).
    fn use_wal(&self) -> Result<()> {
        let mode: String = self
            .file()?
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            self.file()?
                .query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        }
        Ok(())
    }

    /// `use_wal` without waiting: changing the journal mode waits on the
    /// busy timeout like any lock, and a reader must not wait for that.
    fn use_wal_if_free(&self) {
        let Ok(conn) = self.file() else { return };
        let _ = conn.busy_timeout(Duration::ZERO);
        let _ = self.use_wal();
        let _ = conn.busy_timeout(BUSY_TIMEOUT);
    }

    fn settings(&self) -> Result<()> {
        self.file()?.pragma_update(None, "foreign_keys", true)?;
        // Reports read claims by rowid from all over the file; a memory map
        // saves a system call and a copy per page.
        self.file()?.pragma_update(None, "mmap_size", MMAP_SIZE)?;
        Ok(())
    }

    /// The application id, schema version and number of schema objects,
    /// read in one statement so they describe one moment (three separate
    /// reads can straddle another process's creation of the schema).
    pub(crate) fn header(&self) -> Result<(i64, i64, i64)> {
        Ok(self.file()?.query_row(
            "SELECT (SELECT application_id FROM pragma_application_id), \
                    (SELECT user_version FROM pragma_user_version), \
                    (SELECT count(*) FROM sqlite_master)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?)
    }

    /// Whether the path no longer names the file this connection has open
    /// (removed, or replaced by another file).
    fn has_moved(&self) -> bool {
        let mut moved: std::ffi::c_int = 0;
        let Ok(conn) = self.file() else { return false };
        match conn.file_control(Some("main"), FileControl::HasMoved(&mut moved)) {
            Ok(()) => moved != 0,
            Err(_) => false,
        }
    }

    /// Creates or migrates the schema; call inside a write transaction. It
    /// re-reads the version under the lock, so processes opening a new file
    /// at once create it only once, and refuses a file whose path now names
    /// another (a failed import took it back): the caller opens it again.
    pub fn ensure_schema(&self) -> Result<()> {
        if let Db::Postgres(_) = &self.db {
            return self.ensure_postgres_schema();
        }
        if self.has_moved() {
            let path = self.file()?.path().unwrap_or_default();
            return Err(StoreError::Moved(PathBuf::from(path)));
        }
        let (app_id, version, tables) = self.header()?;
        if version == SCHEMA_VERSION && app_id == APPLICATION_ID {
            return Ok(());
        }
        if version == 0 && tables == 0 {
            self.file()?.execute_batch(SCHEMA)?;
            self.seed_lexicon()?;
            // Migration 002 flags the built-in running totals of older
            // files; a new file's are flagged here, once seeded.
            self.file()?.execute_batch(CUMULATIVE_BUILTINS)?;
        } else {
            for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
                self.file()?.execute_batch(sql)?;
                if i == 0 {
                    self.seed_lexicon()?;
                }
            }
        }
        self.file()?
            .pragma_update(None, "application_id", APPLICATION_ID)?;
        self.file()?
            .pragma_update(None, "user_version", SCHEMA_VERSION)?;
        Ok(())
    }

    /// Makes SIGINT and SIGTERM stop this connection's statements (the
    /// transaction then fails and rolls back) instead of killing the process
    /// midway; a second signal ends it at once. Returns the flag the signal
    /// sets.
    pub fn stop_on_signal(&mut self) -> std::io::Result<Arc<AtomicBool>> {
        let flag = Arc::new(AtomicBool::new(false));
        for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
            // Registered first, so it sees the flag before this signal sets it.
            signal_hook::flag::register_conditional_shutdown(signal, 130, flag.clone())?;
            signal_hook::flag::register(signal, flag.clone())?;
        }
        let seen = flag.clone();
        let Db::Sqlite(conn) = &mut self.db else {
            // A PostgreSQL write that is stopped midway is rolled back by
            // the server when the connection ends.
            return Ok(flag);
        };
        conn.progress_handler(1000, Some(move || seen.load(Ordering::Relaxed)))
            .map_err(std::io::Error::other)?;
        Ok(flag)
    }

    /// Ends `stop_on_signal`'s hold on statements (a later signal is still
    /// noted in the flag).
    pub fn keep_going_on_signal(&mut self) {
        if let Db::Sqlite(conn) = &mut self.db {
            let _ = conn.progress_handler(0, None::<fn() -> bool>);
        }
    }
}

/// A database file this process created and has not yet filled.
#[derive(Debug)]
pub struct NewFile {
    path: PathBuf,
}

impl NewFile {
    /// Switches a new file to WAL once its first transaction has committed
    /// (readers then go on while one process writes), waiting a while for
    /// other processes that opened it meanwhile. If they keep it busy, the
    /// next writer that opens it switches it.
    pub fn settle(self, store: &Store) {
        let deadline = Instant::now() + BUSY_TIMEOUT;
        let mut attempt = 0;
        while let Err(e) = store.use_wal() {
            if !is_busy(&e) || Instant::now() >= deadline {
                return;
            }
            pause(attempt);
            attempt += 1;
        }
    }

    /// Removes the file (and its side files) when it is still what this
    /// process made: the same file, and blank, checked while holding the
    /// write lock so nobody commits meanwhile. Another process that opened
    /// it and waits for the lock finds it moved and opens the path afresh.
    /// Returns whether it was removed.
    pub fn discard(self, store: Store) -> bool {
        if store.db.batch("BEGIN IMMEDIATE").is_err() {
            return false;
        }
        let ours = !store.has_moved() && matches!(store.header(), Ok((0, 0, 0)));
        if ours {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let _ = std::fs::remove_file(side_file(&self.path, suffix));
            }
        }
        let _ = store.db.batch("ROLLBACK");
        ours
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_escape_what_sqlite_would_read_as_syntax() {
        assert_eq!(
            file_uri(Path::new("/a b/c?d#e%.db")),
            "file:/a%20b/c%3Fd%23e%25.db"
        );
    }

    #[test]
    fn reading_metric_words_never_waits_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        Store::open(&path, true).unwrap();
        let store = Store::open_for_reading(&path).unwrap().unwrap();
        let wait: i64 = store
            .file()
            .unwrap()
            .query_row("PRAGMA busy_timeout", [], |r| r.get(0))
            .unwrap();
        assert_eq!(wait, 0);
    }

    #[test]
    fn a_new_file_that_stays_blank_is_taken_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("n.db");
        let (store, new) = Store::create_new(&path).unwrap().unwrap();
        assert!(Store::create_new(&path).unwrap().is_none());
        assert!(new.discard(store));
        assert!(!path.exists());
    }

    #[test]
    fn a_new_file_another_process_filled_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("n.db");
        let (store, new) = Store::create_new(&path).unwrap().unwrap();
        let other = Store::open(&path, true).unwrap();
        other.write(|s| s.create_event("kz", "", "")).unwrap();
        drop(other);
        assert!(!new.discard(store));
        assert!(
            Store::open(&path, false)
                .unwrap()
                .require_event("kz")
                .is_ok()
        );
    }
}
