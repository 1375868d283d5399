//! One PostgreSQL connection as the store uses it: statements prepared
//! once per connection (the store's `?N` parameters numbered `$N`), values
//! converted to whatever type the server gives each parameter and column,
//! and errors in plain words.

use super::url::Address;
use crate::store::db::{Arg, ToArg};
use crate::store::{Result, StoreError};
use postgres::types::{IsNull, ToSql, Type};
use postgres::{Client, Row, Statement};
use std::cell::RefCell;
use std::collections::HashMap;

/// A connection and the statements prepared on it.
pub(crate) struct Pg {
    /// The client; away (None) while a thread sends a batch of a load.
    client: RefCell<Option<Client>>,
    /// The thread sending a batch of a load, which hands the client back
    /// when it is done (`client_mut` waits for it): the next batch is made
    /// while the server stores this one.
    sending: RefCell<Option<Sending>>,
    /// Per statement text: how often it ran unprepared, or its prepared
    /// statement once it runs often enough to pay for preparing.
    statements: RefCell<HashMap<String, Prepared>>,
    pub address: Address,
    /// Whether the database holds claimlog's schema (as last read).
    pub has_schema: std::cell::Cell<bool>,
    /// Claims buffered by a long import (`load`), sent before any
    /// statement on claims.
    pub(crate) load: RefCell<Option<super::load::Load>>,
}

/// How a statement's text is sent on this connection.
#[derive(Clone)]
enum Prepared {
    /// Not prepared: parsed, planned and run in one round trip (the
    /// server infers its parameters' types, which are sent as text); the
    /// count of runs so far.
    Unnamed(u32),
    /// Prepared once (a round trip of its own), then one round trip a run.
    Named(Statement),
}

/// Runs a statement text makes unprepared before it is prepared. Most
/// commands run each statement once or twice on a connection of their own:
/// preparing would cost a round trip more than it saves; a statement run
/// in a loop is prepared on its third run.
const UNPREPARED_RUNS: u32 = 2;

/// A parameter whose type the server infers from the statement, as
/// `prepare` lets it (type oid 0): its value goes as text.
fn inferred() -> Type {
    Type::new(
        "unspecified".into(),
        0,
        postgres::types::Kind::Simple,
        "pg_catalog".into(),
    )
}

/// A batch of a load being sent: the client comes back with how it went.
type Sending = std::thread::JoinHandle<(Client, Result<()>)>;

impl From<postgres::Error> for StoreError {
    fn from(err: postgres::Error) -> StoreError {
        match connection_trouble(&err) {
            Some(what) => StoreError::Connection(what.to_string()),
            None => StoreError::Postgres(message(&err)),
        }
    }
}

/// What a failure says happened to the connection itself, when the server
/// turned it down or went away; `None` for any other failure.
pub(crate) fn connection_trouble(err: &postgres::Error) -> Option<&'static str> {
    use postgres::error::SqlState;
    if let Some(db) = err.as_db_error() {
        let code = db.code();
        return if *code == SqlState::TOO_MANY_CONNECTIONS {
            Some(
                "the server refused the connection: too many clients (every connection it allows is in use; try again when another desk has finished)",
            )
        } else if *code == SqlState::CANNOT_CONNECT_NOW {
            Some("the server refused the connection: it is starting up or shutting down")
        } else if *code == SqlState::ADMIN_SHUTDOWN || *code == SqlState::CRASH_SHUTDOWN {
            Some("the server closed the connection: it was stopped")
        } else {
            None
        };
    }
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind;
            return match io.kind() {
                ErrorKind::ConnectionRefused => Some(
                    "the server refused the connection: nothing listens at that address (is the server running?)",
                ),
                ErrorKind::ConnectionReset
                | ErrorKind::ConnectionAborted
                | ErrorKind::BrokenPipe
                | ErrorKind::UnexpectedEof => Some("the server closed the connection"),
                ErrorKind::TimedOut => Some("the server did not answer in time"),
                _ => None,
            };
        }
        source = s.source();
    }
    err.is_closed()
        .then_some("the server closed the connection")
}

/// Plain words for a PostgreSQL failure: the server's own message when it
/// sent one, else the client's (which never holds the password).
pub(crate) fn message(err: &postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => format!("database error: {}", db.message()),
        None => {
            let mut text = err.to_string();
            let mut source = std::error::Error::source(err);
            while let Some(s) = source {
                text.push_str(&format!(": {s}"));
                source = s.source();
            }
            format!("database error: {text}")
        }
    }
}

/// The store's SQL with `?N` (and bare `?`) made `$N`, leaving quoted
/// text alone.
pub(crate) fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut quoted = false;
    let mut next = 0;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    next += 1;
                    digits = next.to_string();
                }
                out.push('$');
                out.push_str(&digits);
            }
            c => out.push(c),
        }
    }
    out
}

impl Pg {
    pub fn new(client: Client, address: Address) -> Pg {
        Pg {
            client: RefCell::new(Some(client)),
            sending: RefCell::new(None),
            statements: RefCell::new(HashMap::new()),
            address,
            has_schema: std::cell::Cell::new(false),
            load: RefCell::new(None),
        }
    }

    /// The client, once any batch being sent is in: that batch's failure,
    /// if it failed, is this call's (once; the client is back either way).
    pub(crate) fn client_mut(&self) -> Result<std::cell::RefMut<'_, Client>> {
        let in_flight = self.sending.borrow_mut().take();
        if let Some(handle) = in_flight {
            let (client, sent) = handle.join().map_err(|_| {
                StoreError::Postgres("the connection was lost while sending claims".into())
            })?;
            *self.client.borrow_mut() = Some(client);
            sent?;
        }
        std::cell::RefMut::filter_map(self.client.borrow_mut(), Option::as_mut)
            .map_err(|_| StoreError::Postgres("the connection was lost".into()))
    }

    /// Runs `send` on a thread of its own with the client, which the next
    /// `client_mut` waits for.
    pub(crate) fn send_aside(
        &self,
        send: impl FnOnce(&mut Client) -> Result<()> + Send + 'static,
    ) -> Result<()> {
        drop(self.client_mut()?);
        let Some(mut client) = self.client.borrow_mut().take() else {
            return Err(StoreError::Postgres("the connection was lost".into()));
        };
        let handle = std::thread::spawn(move || {
            let sent = send(&mut client);
            (client, sent)
        });
        *self.sending.borrow_mut() = Some(handle);
        Ok(())
    }

    /// A failure as the store reports it: a connection the server refused
    /// or closed names the server.
    pub(crate) fn named(&self, err: StoreError) -> StoreError {
        match err {
            StoreError::Connection(what) if !what.starts_with("postgres://") => {
                StoreError::Connection(format!("{}: {what}", self.address.shown()))
            }
            err => err,
        }
    }

    fn fail(&self, err: postgres::Error) -> StoreError {
        self.named(err.into())
    }

    /// The prepared statement for `sql`, or None while it is still run
    /// unprepared (counting this run).
    fn statement(&self, sql: &str) -> Result<Option<Statement>> {
        self.flush_load_before(sql).map_err(|e| self.named(e))?;
        let mut statements = self.statements.borrow_mut();
        match statements.get_mut(sql) {
            Some(Prepared::Named(stmt)) => return Ok(Some(stmt.clone())),
            Some(Prepared::Unnamed(runs)) if *runs < UNPREPARED_RUNS => {
                *runs += 1;
                return Ok(None);
            }
            Some(Prepared::Unnamed(_)) => {}
            None => {
                statements.insert(sql.to_string(), Prepared::Unnamed(1));
                return Ok(None);
            }
        }
        drop(statements);
        let stmt = self
            .client_mut()
            .map_err(|e| self.named(e))?
            .prepare(&numbered(sql))
            .map_err(|e| self.fail(e))?;
        self.statements
            .borrow_mut()
            .insert(sql.to_string(), Prepared::Named(stmt.clone()));
        Ok(Some(stmt))
    }

    pub fn batch(&self, sql: &str) -> Result<()> {
        self.flush_load_before(sql).map_err(|e| self.named(e))?;
        self.client_mut()
            .map_err(|e| self.named(e))?
            .batch_execute(sql)
            .map_err(|e| self.fail(e))
    }

    pub fn execute(&self, sql: &str, args: &[&dyn ToArg]) -> Result<usize> {
        let stmt = self.statement(sql)?;
        let values: Vec<Arg> = args.iter().map(|a| a.arg()).collect();
        let mut client = self.client_mut().map_err(|e| self.named(e))?;
        let changed = match stmt {
            Some(stmt) => client.execute(&stmt, &params(&values)),
            None => client.execute_typed(&numbered(sql), &typed_params(&values)),
        };
        Ok(changed.map_err(|e| self.fail(e))? as usize)
    }

    /// Every row of a query, read whole before the caller sees any, so the
    /// caller may run other statements while it goes through them.
    pub fn query(&self, sql: &str, args: &[&dyn ToArg]) -> Result<Vec<Row>> {
        let stmt = self.statement(sql)?;
        let values: Vec<Arg> = args.iter().map(|a| a.arg()).collect();
        let mut client = self.client_mut().map_err(|e| self.named(e))?;
        let rows = match stmt {
            Some(stmt) => client.query(&stmt, &params(&values)),
            None => client.query_typed(&numbered(sql), &typed_params(&values)),
        };
        rows.map_err(|e| self.fail(e))
    }

    /// As `query`, but None when the server refuses the statement (a
    /// table or column missing, of another type, not readable). Outside a
    /// transaction only, which the refusal would abort: inside one, the
    /// caller's later statements would fail.
    pub fn query_or_none(&self, sql: &str, args: &[&dyn ToArg]) -> Result<Option<Vec<Row>>> {
        let values: Vec<Arg> = args.iter().map(|a| a.arg()).collect();
        let rows = self
            .client_mut()
            .map_err(|e| self.named(e))?
            .query_typed(&numbered(sql), &typed_params(&values));
        match rows {
            Ok(rows) => Ok(Some(rows)),
            Err(err) if err.as_db_error().is_some() && connection_trouble(&err).is_none() => {
                Ok(None)
            }
            Err(err) => Err(self.fail(err)),
        }
    }
}

fn params<'a>(values: &'a [Arg<'a>]) -> Vec<&'a (dyn ToSql + Sync)> {
    values.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
}

/// Values for an unprepared statement: each of a type the server infers.
fn typed_params<'a>(values: &'a [Arg<'a>]) -> Vec<(&'a (dyn ToSql + Sync), Type)> {
    values
        .iter()
        .map(|v| (v as &(dyn ToSql + Sync), inferred()))
        .collect()
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

impl ToSql for Arg<'_> {
    /// Each value as the type the server chose for its parameter: the
    /// store's SQL is typed by its columns, not by Rust's types.
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, BoxError> {
        if !self.has_binary_form(ty) {
            return self.write_text(out);
        }
        match *self {
            Arg::Null => Ok(IsNull::Yes),
            Arg::Int(i) => match *ty {
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::FLOAT8 => (i as f64).to_sql(ty, out),
                Type::BOOL => (i != 0).to_sql(ty, out),
                _ => i.to_sql(ty, out),
            },
            Arg::Real(f) => match *ty {
                Type::FLOAT4 => (f as f32).to_sql(ty, out),
                _ => f.to_sql(ty, out),
            },
            Arg::Text(s) => match *ty {
                Type::INT8 => s.parse::<i64>()?.to_sql(ty, out),
                Type::INT4 => s.parse::<i32>()?.to_sql(ty, out),
                _ => s.to_sql(ty, out),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    /// Binary where the value has a binary form of the parameter's type;
    /// else text, which the server reads as that type's input (always so
    /// for a parameter whose type the server infers), so a statement
    /// takes its values alike prepared or not.
    fn encode_format(&self, ty: &Type) -> postgres::types::Format {
        if self.has_binary_form(ty) {
            postgres::types::Format::Binary
        } else {
            postgres::types::Format::Text
        }
    }

    postgres::types::to_sql_checked!();
}

impl Arg<'_> {
    /// Whether `to_sql` writes this value in the binary form of `ty`.
    fn has_binary_form(&self, ty: &Type) -> bool {
        match self {
            Arg::Null => true,
            Arg::Int(_) => matches!(
                *ty,
                Type::INT8 | Type::INT4 | Type::INT2 | Type::FLOAT8 | Type::BOOL
            ),
            Arg::Real(_) => matches!(*ty, Type::FLOAT8 | Type::FLOAT4),
            Arg::Text(_) => matches!(*ty, Type::INT8 | Type::INT4) || <&str as ToSql>::accepts(ty),
        }
    }

    /// The value in the server's text input form. A float's shortest
    /// round-trip digits read back as the same number.
    fn write_text(&self, out: &mut bytes::BytesMut) -> std::result::Result<IsNull, BoxError> {
        use bytes::BufMut;
        match *self {
            Arg::Null => return Ok(IsNull::Yes),
            Arg::Int(i) => out.put_slice(i.to_string().as_bytes()),
            Arg::Real(f) if f.is_finite() => out.put_slice(f.to_string().as_bytes()),
            Arg::Real(f) if f.is_nan() => out.put_slice(b"NaN"),
            Arg::Real(f) => out.put_slice(if f > 0.0 { b"Infinity" } else { b"-Infinity" }),
            Arg::Text(s) => out.put_slice(s.as_bytes()),
        }
        Ok(IsNull::No)
    }
}

fn wrong_type(row: &Row, i: usize, wanted: &str) -> StoreError {
    let found = row
        .columns()
        .get(i)
        .map_or("nothing".to_string(), |c| c.type_().name().to_string());
    StoreError::Invalid(format!(
        "a stored value: column {i} is {found}, not {wanted}"
    ))
}

/// A whole number from any integer or boolean column.
pub(crate) fn int(row: &Row, i: usize) -> Result<Option<i64>> {
    let ty = row
        .columns()
        .get(i)
        .ok_or_else(|| wrong_type(row, i, "a number"))?
        .type_()
        .clone();
    Ok(match ty {
        Type::INT8 => row.try_get::<_, Option<i64>>(i)?,
        Type::INT4 => row.try_get::<_, Option<i32>>(i)?.map(i64::from),
        Type::INT2 => row.try_get::<_, Option<i16>>(i)?.map(i64::from),
        Type::BOOL => row.try_get::<_, Option<bool>>(i)?.map(i64::from),
        _ => return Err(wrong_type(row, i, "a whole number")),
    })
}

/// A real number from any numeric column.
pub(crate) fn real(row: &Row, i: usize) -> Result<Option<f64>> {
    let ty = row
        .columns()
        .get(i)
        .ok_or_else(|| wrong_type(row, i, "a number"))?
        .type_()
        .clone();
    Ok(match ty {
        Type::FLOAT8 => row.try_get::<_, Option<f64>>(i)?,
        Type::FLOAT4 => row.try_get::<_, Option<f32>>(i)?.map(f64::from),
        _ => int(row, i)?.map(|n| n as f64),
    })
}

/// Text from a text column.
pub(crate) fn text(row: &Row, i: usize) -> Result<Option<String>> {
    Ok(row.try_get::<_, Option<String>>(i)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(arg: Arg) -> Option<String> {
        let mut out = bytes::BytesMut::new();
        match arg.write_text(&mut out).unwrap() {
            IsNull::Yes => None,
            IsNull::No => Some(String::from_utf8(out.to_vec()).unwrap()),
        }
    }

    #[test]
    fn unprepared_values_go_as_the_servers_text_input() {
        assert_eq!(text_of(Arg::Null), None);
        assert_eq!(
            text_of(Arg::Int(-9_007_199_254_740_991)).unwrap(),
            "-9007199254740991"
        );
        assert_eq!(
            text_of(Arg::Text("Interior Ministry")).unwrap(),
            "Interior Ministry"
        );
        assert_eq!(text_of(Arg::Real(f64::NAN)).unwrap(), "NaN");
        assert_eq!(text_of(Arg::Real(f64::NEG_INFINITY)).unwrap(), "-Infinity");
        // Every float reads back as the same number: no digit is lost.
        for f in [0.1 + 0.2, 1e300, 5e-324, -2.5, 123_456.789] {
            let shown = text_of(Arg::Real(f)).unwrap();
            assert_eq!(
                shown.parse::<f64>().unwrap().to_bits(),
                f.to_bits(),
                "{shown}"
            );
        }
    }

    #[test]
    fn values_without_a_binary_form_of_their_parameters_type_go_as_text() {
        use postgres::types::Format;
        let arg = Arg::Int(5);
        assert!(matches!(arg.encode_format(&inferred()), Format::Text));
        assert!(matches!(arg.encode_format(&Type::INT8), Format::Binary));
        assert!(matches!(
            Arg::Text("x").encode_format(&inferred()),
            Format::Text
        ));
        // No binary form of a numeric from an integer: the server reads
        // the digits, prepared or not.
        assert!(matches!(arg.encode_format(&Type::NUMERIC), Format::Text));
        assert!(matches!(
            Arg::Real(1.5).encode_format(&Type::INT8),
            Format::Text
        ));
        assert!(matches!(
            Arg::Text("x").encode_format(&Type::TEXT),
            Format::Binary
        ));
    }
}
