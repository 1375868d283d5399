//! `--db postgres://user@host:port/dbname`: reading the address, and
//! finding its password the way libpq does (`PGPASSWORD`, then the
//! password file: `PGPASSFILE` or `~/.pgpass`), since the `postgres` crate
//! reads neither. A password is never taken from the address itself and
//! never shown: every message names the database by `Address::shown`.

use std::path::{Path, PathBuf};

/// Where a PostgreSQL database is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub user: String,
    /// A host name, an IP address, or a directory holding the server's
    /// Unix socket (starts with `/`).
    pub host: String,
    pub port: u16,
    pub dbname: String,
    /// Whether and how to speak TLS (`sslmode=`, else `PGSSLMODE`).
    pub ssl_mode: SslMode,
    /// The CA certificate file (`sslrootcert=`, else `PGSSLROOTCERT`).
    pub ssl_root_cert: Option<PathBuf>,
}

/// libpq's `sslmode` values claimlog knows (`allow` aside).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    pub const ALL: [SslMode; 5] = [
        SslMode::Disable,
        SslMode::Prefer,
        SslMode::Require,
        SslMode::VerifyCa,
        SslMode::VerifyFull,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    fn parse(text: &str) -> Result<SslMode, String> {
        SslMode::ALL
            .into_iter()
            .find(|m| m.as_str() == text)
            .ok_or_else(|| {
                let known: Vec<&str> = SslMode::ALL.iter().map(|m| m.as_str()).collect();
                format!("sslmode '{text}' is not one of {}", known.join(", "))
            })
    }
}

/// Whether `--db` names a PostgreSQL database rather than a file.
pub fn is_postgres(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

fn percent_decode(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| format!("'{}' is not a %-escape", &s[i..s.len().min(i + 3)]))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "an escape that is not UTF-8".to_string())
}

impl Address {
    /// Reads `postgres://user@host:port/dbname` (port 5432 when left out;
    /// `?host=/run/postgresql` names a socket directory instead of a host).
    /// The error names the address without any password in it.
    pub fn parse(db: &str) -> Result<Address, String> {
        let rest = db
            .strip_prefix("postgresql://")
            .or_else(|| db.strip_prefix("postgres://"))
            .ok_or_else(|| format!("{}: not a postgres:// address", redact(db)))?;
        let says = |why: &str| format!("{}: {why}", redact(db));
        let bad = |why: &str| Err(says(why));
        let (main, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, dbname) = main.split_once('/').unwrap_or((main, ""));
        let (userinfo, hostport) = match authority.rsplit_once('@') {
            Some((u, h)) => (u, h),
            None => ("", authority),
        };
        if userinfo.contains(':') {
            return bad(
                "a password in the address is refused (it would show in shells, logs and \
                 process lists); give it in PGPASSWORD or ~/.pgpass",
            );
        }
        let (host, port_text) = match hostport.strip_prefix('[') {
            Some(bracketed) => match bracketed.split_once(']') {
                Some((h, tail)) => (h, tail.strip_prefix(':')),
                None => return bad("an unclosed '[' in the host"),
            },
            None => match hostport.rsplit_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (hostport, None),
            },
        };
        let port = match port_text {
            None | Some("") => 5432,
            Some(p) => match p.parse::<u16>() {
                Ok(port) if port > 0 => port,
                _ => return bad(&format!("'{p}' is not a port number")),
            },
        };
        let mut address = Address {
            user: percent_decode(userinfo).map_err(|e| says(&e))?,
            host: percent_decode(host).map_err(|e| says(&e))?,
            port,
            dbname: percent_decode(dbname).map_err(|e| says(&e))?,
            ssl_mode: SslMode::Prefer,
            ssl_root_cert: std::env::var_os("PGSSLROOTCERT")
                .filter(|f| !f.is_empty())
                .map(PathBuf::from),
        };
        let mut ssl_mode = std::env::var("PGSSLMODE").ok().filter(|m| !m.is_empty());
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("host", dir)) => address.host = percent_decode(dir).map_err(|e| says(&e))?,
                Some(("sslmode", mode)) => {
                    ssl_mode = Some(percent_decode(mode).map_err(|e| says(&e))?);
                }
                Some(("sslrootcert", file)) => {
                    let file = percent_decode(file).map_err(|e| says(&e))?;
                    address.ssl_root_cert = Some(PathBuf::from(file));
                }
                Some(("password", _)) => {
                    return bad(
                        "a password in the address is refused; give it in PGPASSWORD or ~/.pgpass",
                    );
                }
                _ => {
                    return bad(&format!(
                        "'{pair}' is not an option claimlog reads (host=DIR, sslmode=MODE and sslrootcert=FILE are)"
                    ));
                }
            }
        }
        if address.user.is_empty() {
            return bad("no user: write postgres://USER@HOST:PORT/DBNAME");
        }
        if address.dbname.is_empty() {
            return bad("no database name: write postgres://USER@HOST:PORT/DBNAME");
        }
        if address.host.is_empty() {
            address.host = "localhost".into();
        }
        // A Unix socket has no TLS: psql's default there is no TLS too.
        let socket = address.host.starts_with('/');
        address.ssl_mode = match ssl_mode {
            Some(mode) => SslMode::parse(&mode).map_err(|e| says(&e))?,
            None if socket => SslMode::Disable,
            None => SslMode::Prefer,
        };
        if socket && address.ssl_mode != SslMode::Disable && address.ssl_mode != SslMode::Prefer {
            return bad(&format!(
                "sslmode={} over a Unix socket: the server speaks TLS over TCP only",
                address.ssl_mode.as_str()
            ));
        }
        if socket {
            address.ssl_mode = SslMode::Disable;
        }
        Ok(address)
    }

    /// The address as shown in messages: never a password.
    pub fn shown(&self) -> String {
        let host = if self.host.starts_with('/') {
            format!("localhost:{}/{}?host={}", self.port, self.dbname, self.host)
        } else if self.host.contains(':') {
            format!("[{}]:{}/{}", self.host, self.port, self.dbname)
        } else {
            format!("{}:{}/{}", self.host, self.port, self.dbname)
        };
        format!("postgres://{}@{host}", self.user)
    }

    /// The password for this address: `PGPASSWORD`, else the first
    /// matching line of the password file, else none.
    pub fn password(&self) -> Option<String> {
        if let Some(p) = std::env::var_os("PGPASSWORD") {
            return Some(p.to_string_lossy().into_owned());
        }
        let file = password_file()?;
        let text = readable_password_file(&file)?;
        self.password_in(&text)
    }

    /// The password a `.pgpass` text gives this address: lines of
    /// `host:port:database:user:password`, `*` matching anything, `\:` and
    /// `\\` escaping; a socket address matches the host `localhost`.
    pub fn password_in(&self, text: &str) -> Option<String> {
        let host = if self.host.starts_with('/') {
            "localhost"
        } else {
            self.host.as_str()
        };
        let port = self.port.to_string();
        let wanted = [
            host,
            port.as_str(),
            self.dbname.as_str(),
            self.user.as_str(),
        ];
        text.lines()
            .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
            .map(pgpass_fields)
            .find(|fields| {
                fields.len() == 5
                    && wanted
                        .iter()
                        .zip(fields)
                        .all(|(want, field)| field == "*" || field == want)
            })
            .map(|mut fields| fields.swap_remove(4))
    }
}

/// One `.pgpass` line split at unescaped colons.
fn pgpass_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut().expect("one field").push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

fn password_file() -> Option<PathBuf> {
    if let Some(f) = std::env::var_os("PGPASSFILE") {
        return Some(PathBuf::from(f));
    }
    std::env::var_os("HOME").map(|h| Path::new(&h).join(".pgpass"))
}

/// The password file's text, unless others may read it (libpq ignores
/// such a file, and so does claimlog).
fn readable_password_file(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            eprintln!(
                "claimlog: warning: {} can be read by others; its passwords are not used (chmod 600 it)",
                path.display()
            );
            return None;
        }
    }
    if !meta.is_file() {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

/// `db` with anything between `//` and `@` that holds a `:` cut to the
/// user name, and any `password=` option dropped: what a message may show
/// of an address that could not be read.
pub fn redact(db: &str) -> String {
    let (scheme, rest) = db.split_once("://").unwrap_or(("", db));
    let (main, query) = rest.split_once('?').unwrap_or((rest, ""));
    let main = match main.split_once('@') {
        Some((userinfo, tail)) => {
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{user}@{tail}")
        }
        None => main.to_string(),
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("password"))
        .collect();
    let query = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    format!("{scheme}://{main}{query}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_read_with_and_without_a_port() {
        let a = Address::parse("postgres://desk@db.example:6543/stories").unwrap();
        assert_eq!(
            (a.user.as_str(), a.host.as_str(), a.port, a.dbname.as_str()),
            ("desk", "db.example", 6543, "stories")
        );
        let b = Address::parse("postgresql://desk@localhost/stories").unwrap();
        assert_eq!(b.port, 5432);
        let c = Address::parse("postgres://desk@:5433/x?host=/tmp/pg").unwrap();
        assert_eq!(c.host, "/tmp/pg");
        assert_eq!(c.shown(), "postgres://desk@localhost:5433/x?host=/tmp/pg");
    }

    #[test]
    fn sslmode_is_read_from_the_address_with_psqls_defaults() {
        let mode = |db: &str| Address::parse(db).map(|a| (a.ssl_mode, a.ssl_root_cert));
        if std::env::var_os("PGSSLMODE").is_none() {
            assert_eq!(mode("postgres://d@db/x").unwrap().0, SslMode::Prefer);
            assert_eq!(
                mode("postgres://d@/x?host=/tmp/pg").unwrap().0,
                SslMode::Disable
            );
        }
        assert_eq!(
            mode("postgres://d@db/x?sslmode=verify-full&sslrootcert=/etc/ca%20file.crt").unwrap(),
            (SslMode::VerifyFull, Some(PathBuf::from("/etc/ca file.crt")))
        );
        assert_eq!(
            mode("postgres://d@db/x?sslmode=disable").unwrap().0,
            SslMode::Disable
        );
        let err = mode("postgres://d@db/x?sslmode=always").unwrap_err();
        assert!(
            err.contains("sslmode 'always' is not one of disable, prefer"),
            "{err}"
        );
        let err = mode("postgres://d@/x?host=/tmp/pg&sslmode=require").unwrap_err();
        assert!(err.contains("over a Unix socket"), "{err}");
    }

    #[test]
    fn a_password_in_the_address_is_refused_and_never_shown() {
        for db in [
            "postgres://desk:s3cret@db:5432/stories",
            "postgres://desk@db/stories?password=s3cret",
        ] {
            let err = Address::parse(db).unwrap_err();
            assert!(!err.contains("s3cret"), "{err}");
            assert!(err.contains("PGPASSWORD"), "{err}");
        }
        assert!(!redact("postgres://a:b@c/d?password=e").contains('b'));
    }

    #[test]
    fn bad_addresses_say_what_is_missing() {
        assert!(
            Address::parse("postgres://db/x")
                .unwrap_err()
                .contains("no user")
        );
        assert!(
            Address::parse("postgres://u@db")
                .unwrap_err()
                .contains("no database")
        );
        assert!(
            Address::parse("postgres://u@db:99999/x")
                .unwrap_err()
                .contains("port")
        );
    }

    #[test]
    fn pgpass_lines_match_like_libpq() {
        let a = Address::parse("postgres://desk@db:5432/stories").unwrap();
        let text = "# comment\nother:5432:stories:desk:no\n\
                    db:5432:*:desk:pa\\:ss\\\\word\n*:*:*:*:fallback\n";
        assert_eq!(a.password_in(text).as_deref(), Some("pa:ss\\word"));
        let b = Address::parse("postgres://someone@elsewhere:1/x").unwrap();
        assert_eq!(b.password_in(text).as_deref(), Some("fallback"));
        assert_eq!(b.password_in("db:5432:x:someone:p\n"), None);
    }
}
