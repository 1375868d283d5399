//! The PostgreSQL backend: a team's shared log on a database server,
//! `--db postgres://user@host:port/dbname`.
//!
//! The schema is `schema.postgres.sql` (the readable whole) and the
//! numbered migrations in `migrations/postgres/`, only ever added to; each
//! brings the database to one of claimlog's schema versions (the same
//! numbers as the SQLite files), recorded in `claimlog_meta`.
//!
//! Writers take one lock per database (`pg_advisory_xact_lock`) for the
//! length of their transaction, as SQLite's `BEGIN IMMEDIATE` does for a
//! file: two desks editing or retracting the same claim at once are done
//! one after the other, each reading what the other wrote, so no change
//! and no history row is lost, and local numbers are handed out densely
//! (each write first sets the id sequences to max(id) + 1, so a rolled-back
//! write leaves no gap). Readers never wait for the lock.
//!
//! Connections are TCP (TLS as `sslmode=` asks; see `tls`) or a Unix
//! socket.

mod check;
pub(crate) mod conn;
mod load;
mod tls;
pub(crate) mod url;

use super::db::{Db, NO_ARGS};
use super::sqlite::Mode;
use super::{Result, SCHEMA_VERSION, Store, StoreError};
use conn::Pg;
use std::path::{Path, PathBuf};
use url::Address;

/// The readable whole of the current PostgreSQL schema.
pub const SCHEMA: &str = include_str!("../../../schema.postgres.sql");

/// The numbered migrations: (the schema version it brings the database
/// to, its SQL). A new database runs `SCHEMA` instead.
pub const MIGRATIONS: &[(i64, &str)] = &[
    (2, include_str!("../../../migrations/postgres/001_init.sql")),
    (
        3,
        include_str!("../../../migrations/postgres/002_log_contexts.sql"),
    ),
    (
        4,
        include_str!("../../../migrations/postgres/003_list_indexes.sql"),
    ),
];

/// The key of the lock every writer holds ("claimlog" in ASCII).
const WRITE_LOCK: i64 = 0x636c_6169_6d6c_6f67;

/// "ClLg", as SQLite's `application_id`.
const APPLICATION_ID: i64 = super::APPLICATION_ID;

/// The built-in metrics whose figure is a running total.
const CUMULATIVE_BUILTINS: &str = "UPDATE metrics SET cumulative = 1 \
     WHERE builtin <> 0 AND name IN ('deaths', 'injured', 'detained')";

/// The `--db` text as a PostgreSQL address, when it is one.
pub(crate) fn address_of(db: &Path) -> Option<&str> {
    let text = db.to_str()?;
    url::is_postgres(text).then_some(text)
}

/// Connects to the database `db` names and checks, creates or migrates
/// its schema as `mode` allows.
pub(crate) fn open(db: &str, mode: Mode) -> Result<Store> {
    let address = Address::parse(db).map_err(StoreError::BadPath)?;
    let shown = address.shown();
    let mut config = postgres::Config::new();
    config
        .user(&address.user)
        .dbname(&address.dbname)
        .port(address.port)
        .application_name("claimlog")
        .connect_timeout(std::time::Duration::from_secs(10));
    if address.host.starts_with('/') {
        config.host_path(&address.host);
    } else {
        config.host(&address.host);
    }
    if let Some(password) = address.password() {
        config.password(password);
    }
    let connected = match tls::connector(&address)? {
        None => config.connect(postgres::NoTls),
        Some(tls) => {
            config.ssl_mode(match address.ssl_mode {
                url::SslMode::Prefer => postgres::config::SslMode::Prefer,
                _ => postgres::config::SslMode::Require,
            });
            config.connect(tls)
        }
    };
    let client = connected.map_err(|e| {
        if let Some(what) = conn::connection_trouble(&e) {
            return StoreError::Connection(format!("{shown}: {what}"));
        }
        let why = conn::message(&e);
        let why = why.trim_start_matches("database error: ");
        if why.contains("server does not support TLS") {
            return StoreError::Postgres(format!(
                "{shown}: the server does not speak TLS, and sslmode={} asks for it \
                 (turn ssl on at the server, or connect with sslmode=prefer)",
                address.ssl_mode.as_str()
            ));
        }
        if let Some((_, detail)) = why.split_once("invalid peer certificate: ") {
            return StoreError::Postgres(format!(
                "{shown}: the server's certificate fails sslmode={}'s check ({detail}: \
                 not signed by the CA in sslrootcert, expired, or for another name)",
                address.ssl_mode.as_str()
            ));
        }
        let hint = if why.contains("password missing") {
            "; set PGPASSWORD or add the address to ~/.pgpass"
        } else {
            ""
        };
        StoreError::Postgres(format!("{shown}: cannot connect ({why}){hint}"))
    })?;
    let store = Store {
        db: Db::Postgres(Box::new(Pg::new(client, address))),
    };
    store.prepare_postgres(&shown, mode)?;
    Ok(store)
}

/// Why `serve` refuses a database of an older schema (both backends).
pub(crate) const OLDER_TO_SERVE: &str = "an older claimlog database; run any claimlog command on it once (claimlog event list) to upgrade it, then serve it";

/// Connects to an existing database this connection can never write
/// (`serve`): it must hold this build's schema (upgrading would be a
/// write), and the session is read-only, so the server itself refuses any
/// write.
pub(crate) fn open_read_only(db: &str) -> Result<Store> {
    let store = open(db, Mode::Check)?;
    if store.schema_version()? < SCHEMA_VERSION {
        let shown = store.pg().map(|pg| pg.address.shown()).unwrap_or_default();
        return Err(StoreError::Invalid(format!("{shown}: {OLDER_TO_SERVE}")));
    }
    store
        .db
        .batch("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")?;
    Ok(store)
}

impl Db {
    /// Starts a PostgreSQL write transaction: the database's write lock,
    /// then the id sequences set past the highest ids.
    pub(crate) fn begin_postgres_write(pg: &Pg) -> Result<()> {
        // Before the schema exists (the write that creates it) there are
        // no sequences to set.
        let reset = if pg.has_schema.get() { RESET_IDS } else { "" };
        pg.batch(&format!(
            "BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK}); {reset}"
        ))
    }
}

/// Sets each id sequence past its table's highest id, as
/// `claimlog_reset_ids()` in the schema does, each sequence found as that
/// function finds it (an identity sequence is not always `<table>_id_seq`:
/// another object may hold that name). Written out here because a static
/// statement costs a new connection about 1.5 ms less than the PL/pgSQL
/// function, which each connection compiles afresh and which builds each
/// statement with EXECUTE; the function stays in the schema for builds of
/// this schema version that call it.
const RESET_IDS: &str = "SELECT \
    setval(pg_get_serial_sequence('events', 'id'), \
           (SELECT coalesce(max(id), 0) + 1 FROM events), false), \
    setval(pg_get_serial_sequence('sources', 'id'), \
           (SELECT coalesce(max(id), 0) + 1 FROM sources), false), \
    setval(pg_get_serial_sequence('claimants', 'id'), \
           (SELECT coalesce(max(id), 0) + 1 FROM claimants), false), \
    setval(pg_get_serial_sequence('metrics', 'id'), \
           (SELECT coalesce(max(id), 0) + 1 FROM metrics), false), \
    setval(pg_get_serial_sequence('claims', 'id'), \
           (SELECT coalesce(max(id), 0) + 1 FROM claims), false), \
    setval(pg_get_serial_sequence('claim_history', 'id'), \
           (SELECT coalesce(max(id), 0) + 1 FROM claim_history), false);";

/// A database's application id, schema version, number of tables and
/// whether its built-in lexicon is older than this build's (None: not read).
type Header = (i64, i64, i64, Option<bool>);

impl Store {
    fn pg(&self) -> Option<&Pg> {
        match &self.db {
            Db::Postgres(pg) => Some(pg),
            Db::Sqlite(_) => None,
        }
    }

    /// The application id and schema version in `claimlog_meta` (0, 0
    /// when there is none) and the number of tables in the schema.
    pub(crate) fn postgres_header(&self) -> Result<(i64, i64, i64)> {
        // One round trip for what every command asks first: each command
        // is a new connection, and each statement it prepares costs two.
        let (tables, has_meta): (i64, bool) = self.db.one(
            "SELECT (SELECT count(*) FROM pg_catalog.pg_tables \
             WHERE schemaname = current_schema()), \
             to_regclass('claimlog_meta') IS NOT NULL",
            NO_ARGS,
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if let Some(pg) = self.pg() {
            pg.has_schema.set(has_meta);
        }
        if !has_meta {
            return Ok((0, 0, tables));
        }
        let (app_id, version): (Option<i64>, Option<i64>) = self.db.one(
            "SELECT (SELECT value FROM claimlog_meta WHERE key = 'application_id'), \
             (SELECT value FROM claimlog_meta WHERE key = 'schema_version')",
            NO_ARGS,
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((app_id.unwrap_or(0), version.unwrap_or(0), tables))
    }

    /// What `postgres_header` and `lexicon_is_stale` tell, in one round
    /// trip, for a database that holds this schema's tables (None for any
    /// other, or when the server refuses the query for any reason: the
    /// two-step reading then says what the database is). Only outside a
    /// transaction: the query fails where the tables are missing.
    fn usual_header(&self) -> Result<Option<Header>> {
        let Some(pg) = self.pg() else {
            return Ok(None);
        };
        // No count of tables here: when claimlog_meta answers, the schema
        // is not blank, and planning pg_tables (a view over three
        // catalogs) costs a new connection about a millisecond.
        let rows = pg.query_or_none(
            "SELECT 1, \
             (SELECT value FROM claimlog_meta WHERE key = 'application_id'), \
             (SELECT value FROM claimlog_meta WHERE key = 'schema_version'), \
             EXISTS (SELECT 1 FROM metrics WHERE builtin <> 0 AND builtin <> ?1)",
            super::db::args![crate::store::names::lexicon_seed()],
        );
        let Some(row) = rows?.and_then(|rows| rows.into_iter().next()) else {
            return Ok(None);
        };
        pg.has_schema.set(true);
        Ok(Some((
            conn::int(&row, 1)?.unwrap_or(0),
            conn::int(&row, 2)?.unwrap_or(0),
            conn::int(&row, 0)?.unwrap_or(0),
            Some(row.try_get::<_, bool>(3)?),
        )))
    }

    /// As SQLite's `prepare`: refuses another program's database and a
    /// newer schema, creates or migrates as `mode` allows.
    fn prepare_postgres(&self, shown: &str, mode: Mode) -> Result<()> {
        let path = || PathBuf::from(shown);
        let (app_id, version, tables, stale) = match self.usual_header()? {
            Some(header) => header,
            None => {
                let (app_id, version, tables) = self.postgres_header()?;
                (app_id, version, tables, None)
            }
        };
        let blank = app_id == 0 && version == 0 && tables == 0;
        if !blank && app_id != APPLICATION_ID {
            return Err(StoreError::NotClaimlog(path()));
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                path: path(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        match (blank, mode) {
            (true, Mode::Check) => return Err(StoreError::Missing(path())),
            (true, Mode::Existing) => return Err(StoreError::Missing(path())),
            _ => {}
        }
        if mode != Mode::Check && version < SCHEMA_VERSION {
            self.write(|store| store.ensure_postgres_schema())?;
        }
        let stale = match stale {
            Some(stale) if version == SCHEMA_VERSION => stale,
            _ => mode != Mode::Check && self.lexicon_is_stale()?,
        };
        if mode != Mode::Check && stale {
            self.write(|store| store.reseed_lexicon())?;
        }
        Ok(())
    }

    /// Creates or migrates the schema; call inside a write transaction
    /// (whose lock makes concurrent creators do it once).
    pub(crate) fn ensure_postgres_schema(&self) -> Result<()> {
        let (app_id, version, tables) = self.postgres_header()?;
        if version == SCHEMA_VERSION && app_id == APPLICATION_ID {
            return Ok(());
        }
        if version == 0 && tables == 0 {
            self.db.batch(SCHEMA)?;
            self.seed_lexicon()?;
            self.db.batch(CUMULATIVE_BUILTINS)?;
        } else if app_id != APPLICATION_ID {
            let shown = self.pg().map(|pg| pg.address.shown()).unwrap_or_default();
            return Err(StoreError::NotClaimlog(PathBuf::from(shown)));
        } else {
            for (to, sql) in MIGRATIONS.iter().filter(|(to, _)| *to > version) {
                self.db.batch(sql)?;
                self.db.execute(
                    "UPDATE claimlog_meta SET value = ?1 WHERE key = 'schema_version'",
                    super::db::args![*to],
                )?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Statements with comments and spacing taken out.
    fn statements(sql: &str) -> Vec<String> {
        let text: String = sql
            .lines()
            .map(|l| l.split("--").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join(" ");
        text.split(';')
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|s| !s.is_empty())
            .collect()
    }

    #[test]
    fn the_schema_file_is_what_the_migrations_build() {
        // The schema file holds every statement the migrations run, the
        // version they record aside: the first migration writes version 2
        // and ensure_postgres_schema sets each later one's. Order aside
        // too, as the schema file keeps its version row last.
        let version_row = |v: i64| {
            format!(
                "INSERT INTO claimlog_meta (key, value) VALUES ('application_id', 1131170919), ('schema_version', {v})"
            )
        };
        // A later migration's `DROP INDEX name` takes back the index an
        // earlier one made.
        let mut migrated: Vec<String> = Vec::new();
        for s in MIGRATIONS.iter().flat_map(|(_, sql)| statements(sql)) {
            if let Some(name) = s.strip_prefix("DROP INDEX ") {
                let made = format!("CREATE INDEX {name} ");
                migrated.retain(|m| !m.starts_with(&made));
            } else if s == version_row(2) {
                migrated.push(version_row(SCHEMA_VERSION));
            } else {
                migrated.push(s);
            }
        }
        let mut schema = statements(SCHEMA);
        assert!(schema.contains(&version_row(SCHEMA_VERSION)));
        migrated.sort();
        schema.sort();
        assert_eq!(schema, migrated);
        assert_eq!(MIGRATIONS.last().unwrap().0, SCHEMA_VERSION);
        let versions: Vec<i64> = MIGRATIONS.iter().map(|(v, _)| *v).collect();
        assert!(versions.windows(2).all(|w| w[1] == w[0] + 1));
    }

    #[test]
    fn store_parameters_are_numbered_for_postgres() {
        assert_eq!(
            conn::numbered("SELECT '?' , ?2, ? FROM t WHERE a = ?1"),
            "SELECT '?' , $2, $1 FROM t WHERE a = $1"
        );
    }
}
