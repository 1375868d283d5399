//! The claim store: every line of SQL claimlog runs lives under this module.
//!
//! `Store` is the one interface the commands use. Behind it is a `db::Db`,
//! a connection to one backend (a SQLite file or a PostgreSQL server): the
//! SQL both dialects read alike is written once, in `claims` and `names`;
//! what only one backend has lives in that backend's module (`sqlite`,
//! `postgres`), with its schema and numbered migrations.

mod claims;
mod copy;
pub(crate) mod db;
mod history;
mod log_context;
pub mod maintenance;
pub mod names;
mod postgres;
mod sqlite;

pub use claims::{ClaimFilter, HistoryEntry, Interner, Order};
pub use copy::Copied;
pub use history::{Action, Origin};
pub use maintenance::{BackupReport, Health};
pub use names::{EventRow, Merged, MetricRow, NamedRow};
pub use sqlite::NewFile;
pub use sqlite::{APPLICATION_ID, MIGRATIONS, SCHEMA, SCHEMA_VERSION};

use db::Db;
use std::path::PathBuf;

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
    #[error("{}", sqlite::message(.0))]
    Sqlite(rusqlite::Error),
    /// A PostgreSQL failure, already in words (never with a password).
    #[error("{0}")]
    Postgres(String),
    /// The PostgreSQL server refused the connection or closed it (too
    /// many clients, stopped, restarted): nothing more can be done on it
    /// in this run. In words, naming the server once it is known.
    #[error("{0}")]
    Connection(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The SQL of indexes dropped for a bulk load, to build them again.
#[must_use = "indexes dropped for a bulk load must be built again"]
pub struct DeferredIndexes(Vec<String>);

/// An open claimlog database.
pub struct Store {
    db: Db,
}

impl Store {
    /// A private in-memory database, for tests.
    pub fn open_in_memory() -> Result<Store> {
        sqlite::open_in_memory()
    }

    /// Whether there is a database at `path` to open: a file, or a
    /// server's database (which only connecting can tell more about).
    pub fn exists(path: &std::path::Path) -> bool {
        Store::is_server(path) || path.exists()
    }

    /// Whether `path` (`--db`) names a database on a PostgreSQL server.
    pub fn is_server(path: &std::path::Path) -> bool {
        postgres::address_of(path).is_some()
    }

    /// A server's address as messages show it (user, host, port and
    /// database; never a password), or `None` when `path` is a file or an
    /// address that cannot be read.
    pub fn server_shown(path: &std::path::Path) -> Option<String> {
        let address = postgres::url::Address::parse(postgres::address_of(path)?).ok()?;
        Some(address.shown())
    }

    pub fn schema_version(&self) -> Result<i64> {
        match &self.db {
            Db::Sqlite(_) => Ok(self.header()?.1),
            Db::Postgres(_) => Ok(self.postgres_header()?.1),
        }
    }

    /// Every check claimlog knows, reading only: problems in plain words
    /// and the row count of each table.
    pub fn check(&self) -> Result<Health> {
        match &self.db {
            Db::Sqlite(_) => self.check_sqlite(),
            Db::Postgres(_) => self.check_postgres(),
        }
    }

    /// Runs `f` in one write transaction (taken at once, so concurrent
    /// writers queue instead of failing to upgrade a read lock). Any error
    /// rolls everything back. The error is the caller's own (an import's
    /// `anyhow::Error`, say), handed back as `f` made it.
    pub fn write<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.db.begin_write()?;
        match f(self) {
            Ok(value) => match self.db.batch("COMMIT") {
                Ok(()) => Ok(value),
                Err(e) => {
                    let _ = self.db.batch("ROLLBACK");
                    Err(e.into())
                }
            },
            Err(e) => {
                let _ = self.db.batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Runs `f` in a write transaction that is always rolled back: a dry
    /// run that checks everything against the real data.
    pub fn rehearse<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.db.begin_write()?;
        let result = f(self);
        let _ = self.db.batch("ROLLBACK");
        result
    }

    /// How many claims the database holds, near enough to weigh a bulk
    /// load against (the highest local number: no scan).
    pub fn claims_estimate(&self) -> Result<i64> {
        self.db
            .value("SELECT coalesce(max(id), 0) FROM claims", db::NO_ARGS)
    }
}

/// The current time as stored: RFC 3339 in UTC, to the second.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// An in-memory database holding two claims of event `kz` (26 deaths from
/// the Interior Ministry via franceinfo, 164 from the Health Ministry via
/// Reuters), imported as a file would be: the store tests' common start.
#[cfg(test)]
pub(crate) fn two_claims_for_test() -> Store {
    let store = Store::open_in_memory().unwrap();
    let input = "event,metric,value,as_of,source,claimant\n\
                 kz,deaths,26,2022-01-07,franceinfo,Interior Ministry\n\
                 kz,deaths,164,2022-01-09,Reuters,Health Ministry\n";
    store
        .write(|s| crate::cmd::import::import_records(s, input.as_bytes(), false, "t.csv", false))
        .unwrap();
    store
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_has_the_builtin_lexicon() {
        let store = Store::open_in_memory().unwrap();
        let lexicon = store.lexicon().unwrap();
        assert_eq!(
            lexicon.find("26 tués", crate::lang::FR).unwrap().metric,
            "deaths"
        );
    }
}
