//! The backend boundary: one connection, to a SQLite file or (see
//! `postgres`) a PostgreSQL server, behind the few calls the store makes.
//!
//! Most of claimlog's SQL reads the same in both dialects and is written
//! once, in the store's modules, with numbered `?N` parameters; each
//! backend runs it its own way (PostgreSQL numbers them `$N`). What only
//! one backend has (SQLite's pragmas, backup API and file handling,
//! PostgreSQL's locks and catalogs) lives in that backend's module.
//!
//! Values cross the boundary as `Arg` (parameters) and through `FromCol`
//! (columns), so the store's code never names a driver's types.

use super::postgres::conn::{self as pg, Pg};
use super::{Result, StoreError};

/// One open connection.
pub(crate) enum Db {
    Sqlite(rusqlite::Connection),
    Postgres(Box<Pg>),
}

/// Which SQL dialect a connection speaks, for the few statements that
/// differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

/// A parameter value.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Arg<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
}

/// What can be a parameter.
pub(crate) trait ToArg {
    fn arg(&self) -> Arg<'_>;
}

impl ToArg for i64 {
    fn arg(&self) -> Arg<'_> {
        Arg::Int(*self)
    }
}

impl ToArg for bool {
    fn arg(&self) -> Arg<'_> {
        Arg::Int(i64::from(*self))
    }
}

impl ToArg for f64 {
    fn arg(&self) -> Arg<'_> {
        Arg::Real(*self)
    }
}

impl ToArg for str {
    fn arg(&self) -> Arg<'_> {
        Arg::Text(self)
    }
}

impl ToArg for String {
    fn arg(&self) -> Arg<'_> {
        Arg::Text(self)
    }
}

impl<T: ToArg + ?Sized> ToArg for &T {
    fn arg(&self) -> Arg<'_> {
        (**self).arg()
    }
}

impl<T: ToArg> ToArg for Option<T> {
    fn arg(&self) -> Arg<'_> {
        match self {
            Some(v) => v.arg(),
            None => Arg::Null,
        }
    }
}

impl ToArg for Arg<'_> {
    fn arg(&self) -> Arg<'_> {
        *self
    }
}

/// A list of parameters: `args![a, b, c]`.
macro_rules! args {
    ($($value:expr),* $(,)?) => {
        &[$(&$value as &dyn $crate::store::db::ToArg),*] as &[&dyn $crate::store::db::ToArg]
    };
}
pub(crate) use args;

/// No parameters.
pub(crate) const NO_ARGS: &[&dyn ToArg] = &[];

/// One row of a result, read by column index.
pub(crate) enum RowRef<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Postgres(&'a postgres::Row),
}

impl RowRef<'_> {
    pub fn get<T: FromCol>(&self, i: usize) -> Result<T> {
        match self {
            RowRef::Sqlite(row) => T::from_sqlite(row, i),
            RowRef::Postgres(row) => T::from_pg(row, i),
        }
    }
}

/// What a column can be read as.
pub(crate) trait FromCol: Sized {
    fn from_sqlite(row: &rusqlite::Row, i: usize) -> Result<Self>;
    fn from_pg(row: &postgres::Row, i: usize) -> Result<Self>;
}

/// A column that must not be NULL.
fn required<T>(value: Option<T>, i: usize) -> Result<T> {
    value.ok_or_else(|| StoreError::Invalid(format!("a stored value: column {i} is empty")))
}

macro_rules! from_col {
    ($($t:ty => $pg:expr),* $(,)?) => {$(
        impl FromCol for $t {
            fn from_sqlite(row: &rusqlite::Row, i: usize) -> Result<Self> {
                Ok(row.get(i)?)
            }
            fn from_pg(row: &postgres::Row, i: usize) -> Result<Self> {
                $pg(row, i)
            }
        }
    )*};
}
from_col!(
    i64 => |r, i| required(pg::int(r, i)?, i),
    f64 => |r, i| required(pg::real(r, i)?, i),
    bool => |r, i| Ok(required(pg::int(r, i)?, i)? != 0),
    String => |r, i| required(pg::text(r, i)?, i),
    Option<i64> => pg::int,
    Option<f64> => pg::real,
    Option<String> => pg::text,
);

impl Db {
    pub fn dialect(&self) -> Dialect {
        match self {
            Db::Sqlite(_) => Dialect::Sqlite,
            Db::Postgres(_) => Dialect::Postgres,
        }
    }

    /// The SQLite connection, for what only SQLite has; `what` names the
    /// feature for the error another backend gives.
    pub fn sqlite(&self, what: &str) -> Result<&rusqlite::Connection> {
        match self {
            Db::Sqlite(conn) => Ok(conn),
            Db::Postgres(pg) => Err(StoreError::Invalid(format!(
                "{}: {what} is not available on PostgreSQL yet",
                pg.address.shown()
            ))),
        }
    }

    /// Runs statements that take no parameters.
    pub fn batch(&self, sql: &str) -> Result<()> {
        match self {
            Db::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            Db::Postgres(pg) => pg.batch(sql),
        }
    }

    /// Runs one statement; the number of rows it changed.
    pub fn execute(&self, sql: &str, args: &[&dyn ToArg]) -> Result<usize> {
        match self {
            Db::Sqlite(conn) => {
                let mut stmt = conn.prepare_cached(sql)?;
                Ok(stmt.execute(rusqlite::params_from_iter(sqlite_args(args)))?)
            }
            Db::Postgres(pg) => pg.execute(sql, args),
        }
    }

    /// Runs one INSERT of a row with an `id` column: the new row's id, or
    /// `None` when it inserted nothing (`ON CONFLICT DO NOTHING`).
    pub fn insert(&self, sql: &str, args: &[&dyn ToArg]) -> Result<Option<i64>> {
        match self {
            Db::Sqlite(conn) => {
                let changed = self.execute(sql, args)?;
                Ok((changed > 0).then(|| conn.last_insert_rowid()))
            }
            Db::Postgres(pg) => {
                let rows = pg.query(&format!("{sql} RETURNING id"), args)?;
                match rows.first() {
                    Some(row) => Ok(Some(i64::from_pg(row, 0)?)),
                    None => Ok(None),
                }
            }
        }
    }

    /// The id of the row an INSERT without `ON CONFLICT` makes.
    pub fn insert_new(&self, sql: &str, args: &[&dyn ToArg]) -> Result<i64> {
        self.insert(sql, args)?
            .ok_or_else(|| StoreError::Invalid("a row was not inserted".into()))
    }

    /// Takes one new claim's values for a bulk load that streams them
    /// (PostgreSQL's COPY during `Store::begin_bulk`): whether it did.
    pub fn take_bulk_row(&self, values: &[&dyn ToArg]) -> Result<bool> {
        match self {
            Db::Postgres(pg) if pg.loading() => {
                pg.take_row(values).map_err(|e| pg.named(e))?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Calls `f` on each row in turn while it returns `true`.
    pub fn each(
        &self,
        sql: &str,
        args: &[&dyn ToArg],
        mut f: impl FnMut(&RowRef) -> Result<bool>,
    ) -> Result<()> {
        match self {
            Db::Sqlite(conn) => {
                let mut stmt = conn.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(sqlite_args(args)))?;
                while let Some(row) = rows.next()? {
                    if !f(&RowRef::Sqlite(row))? {
                        break;
                    }
                }
                Ok(())
            }
            Db::Postgres(pg) => {
                for row in &pg.query(sql, args)? {
                    if !f(&RowRef::Postgres(row))? {
                        break;
                    }
                }
                Ok(())
            }
        }
    }

    /// Every row, each made a value by `f`.
    pub fn all<T>(
        &self,
        sql: &str,
        args: &[&dyn ToArg],
        mut f: impl FnMut(&RowRef) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.each(sql, args, |row| {
            out.push(f(row)?);
            Ok(true)
        })?;
        Ok(out)
    }

    /// The first row, if any.
    pub fn first<T>(
        &self,
        sql: &str,
        args: &[&dyn ToArg],
        f: impl FnOnce(&RowRef) -> Result<T>,
    ) -> Result<Option<T>> {
        let mut f = Some(f);
        let mut out = None;
        self.each(sql, args, |row| {
            if let Some(f) = f.take() {
                out = Some(f(row)?);
            }
            Ok(false)
        })?;
        Ok(out)
    }

    /// The first row, which must be there.
    pub fn one<T>(
        &self,
        sql: &str,
        args: &[&dyn ToArg],
        f: impl FnOnce(&RowRef) -> Result<T>,
    ) -> Result<T> {
        self.first(sql, args, f)?
            .ok_or_else(|| StoreError::Invalid(format!("no row from: {sql}")))
    }

    /// The first column of the one row a query gives.
    pub fn value<T: FromCol>(&self, sql: &str, args: &[&dyn ToArg]) -> Result<T> {
        self.one(sql, args, |r| r.get(0))
    }
}

fn sqlite_args<'a>(args: &'a [&'a dyn ToArg]) -> impl Iterator<Item = Arg<'a>> + 'a {
    args.iter().map(|a| a.arg())
}

impl rusqlite::ToSql for Arg<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, Value, ValueRef};
        Ok(match *self {
            Arg::Null => ToSqlOutput::Owned(Value::Null),
            Arg::Int(i) => ToSqlOutput::Owned(Value::Integer(i)),
            Arg::Real(f) => ToSqlOutput::Owned(Value::Real(f)),
            Arg::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}
